"""The .perfdesk office file: one SQLite database per office and year, written through SQLAlchemy."""
