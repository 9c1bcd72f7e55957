"""The sqlite3 reader and the SQLAlchemy tables stay in step: every stored column is read back."""

from __future__ import annotations

import inspect
import subprocess
import sys

from perfdesk.storage import schema, tree_reader

# Columns that only order or link rows; the reader uses them in ORDER BY / joins by name.
_STRUCTURAL = {"position", "report_id", "key", "value"}


def test_every_column_of_every_table_is_read() -> None:
    source = inspect.getsource(tree_reader)
    for table in schema.metadata.sorted_tables:
        if table.name == "meta":
            continue
        assert f"FROM {table.name}" in source, f"{table.name} is never read"
        for column in table.columns:
            if column.name not in _STRUCTURAL:
                assert column.name in source, f"{table.name}.{column.name} is never read"


def test_opening_and_reading_a_report_does_not_import_sqlalchemy(taichung_file) -> None:  # type: ignore[no-untyped-def]
    script = (
        "import sys\n"
        "from perfdesk.services.report_files import load_report\n"
        f"report = load_report({str(taichung_file)!r})\n"
        "assert report.office == '臺中分局'\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
