"""The report tree and the pure rules over it. No Qt, no database."""
