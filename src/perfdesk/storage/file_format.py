"""The markers in a .perfdesk file's header, kept apart from the table definitions so that
checking and reading a file need not import SQLAlchemy."""

# PRAGMA application_id: "PfDk" as a big-endian 32-bit integer.
APPLICATION_ID = 0x5066446B
# PRAGMA user_version: the schema version this perfdesk writes; older files are migrated.
# 1: the first release. 2: method_origin (last year's text of carried-over rows).
# 3: a checksum per row of report content, kept by triggers (row_checksum.py).
# 4: framework_id on dimensions, strategies and methods (domain/framework_ids.py).
# 5: where a contribution came from, and its text as received (domain/merge.py).
# 6: office_order, the order a consolidated report prints its offices in.
SCHEMA_VERSION = 6
