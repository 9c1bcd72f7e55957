"""An older file is migrated on open, after a backup of it was taken; a version that lies is handled."""

import copy
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from perfdesk.domain.framework_ids import give_framework_ids
from perfdesk.domain.report import Contribution, Origin, Report
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.builtin_framework import framework_report
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.report_files import load_report
from perfdesk.storage import edits, migrations, row_checksum
from perfdesk.storage import file_format as schema
from perfdesk.storage.backups import list_backups
from perfdesk.storage.office_file import create_office_file, opened


def test_an_older_file_is_backed_up_then_migrated(taichung_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend this perfdesk is one schema version ahead, with one real migration step.
    def add_review_note(conn: Connection) -> None:
        conn.execute(text("ALTER TABLE method ADD COLUMN review_note TEXT NOT NULL DEFAULT ''"))

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, schema.SCHEMA_VERSION - 1, add_review_note)
    before = sqlite3.connect(taichung_file)
    original_methods = before.execute("SELECT count(*) FROM method").fetchone()[0]
    before.close()

    with opened(taichung_file) as office_file:
        assert office_file.load().office == "臺中分局"

    conn = sqlite3.connect(taichung_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        columns = [row[1] for row in conn.execute("PRAGMA table_info(method)")]
    finally:
        conn.close()
    assert "review_note" in columns
    backups = list_backups(taichung_file)
    assert [b.reason for b in backups] == ["before_migration"]
    old = sqlite3.connect(backups[0].path)
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION - 1
        assert "review_note" not in [row[1] for row in old.execute("PRAGMA table_info(method)")]
        assert old.execute("SELECT count(*) FROM method").fetchone()[0] == original_methods
    finally:
        old.close()


def test_a_failing_migration_leaves_the_file_as_it_was(taichung_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn: Connection) -> None:
        conn.execute(text("ALTER TABLE method ADD COLUMN extra TEXT"))
        raise RuntimeError("bug in a migration")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, schema.SCHEMA_VERSION - 1, broken)
    with pytest.raises(RuntimeError):
        opened(taichung_file).__enter__()
    conn = sqlite3.connect(taichung_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION - 1
        assert "extra" not in [row[1] for row in conn.execute("PRAGMA table_info(method)")]
    finally:
        conn.close()


def test_a_version_1_file_gains_the_origin_table(taichung_file: Path) -> None:
    # Make the file exactly what perfdesk 0.1 wrote: no method_origin table, user_version 1.
    conn = sqlite3.connect(taichung_file)
    conn.execute("DROP TABLE method_origin")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    with opened(taichung_file) as office_file:
        report = office_file.load()
    assert all(m.origin is None for m in report.walk_methods())

    conn = sqlite3.connect(taichung_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM method_origin").fetchone()[0] == 0
    finally:
        conn.close()
    assert [b.reason for b in list_backups(taichung_file)] == ["before_migration"]


# --- files as earlier perfdesk versions wrote them -----------------------------------------------

# The tables exactly as perfdesk wrote them at schema version 2 (SQLAlchemy's create_all of that
# release), frozen here: the current schema.py cannot write an old file any more.
_V2_TABLES = {
    "meta": 'CREATE TABLE meta (\n\t"key" VARCHAR NOT NULL, \n\tvalue TEXT NOT NULL, \n\tPRIMARY KEY ("key")\n)',
    "report": "CREATE TABLE report (\n\tid VARCHAR NOT NULL, \n\tagency TEXT NOT NULL, \n\toffice TEXT NOT NULL, "
    "\n\tyear INTEGER NOT NULL, \n\tkind VARCHAR NOT NULL CHECK (kind IN ('plan', 'results')), "
    "\n\ttitle TEXT NOT NULL, \n\tPRIMARY KEY (id)\n)",
    "front_matter": "CREATE TABLE front_matter (\n\treport_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, "
    "\n\ttext TEXT NOT NULL, \n\tPRIMARY KEY (report_id, position), "
    "\n\tFOREIGN KEY(report_id) REFERENCES report (id) ON DELETE CASCADE\n)",
    "roster_unit": "CREATE TABLE roster_unit (\n\treport_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, "
    "\n\tname TEXT NOT NULL, \n\tPRIMARY KEY (report_id, position), "
    "\n\tFOREIGN KEY(report_id) REFERENCES report (id) ON DELETE CASCADE\n)",
    "dimension": "CREATE TABLE dimension (\n\tid VARCHAR NOT NULL, \n\treport_id VARCHAR NOT NULL, "
    "\n\tposition INTEGER NOT NULL, \n\tlabel TEXT NOT NULL, \n\tname TEXT NOT NULL, \n\tpoints INTEGER, "
    "\n\tcategory TEXT, \n\theading TEXT, \n\tnote TEXT, \n\tPRIMARY KEY (id), "
    "\n\tFOREIGN KEY(report_id) REFERENCES report (id) ON DELETE CASCADE\n)",
    "dimension_column": "CREATE TABLE dimension_column (\n\tdimension_id VARCHAR NOT NULL, "
    "\n\tposition INTEGER NOT NULL, \n\tfield VARCHAR NOT NULL, \n\theader TEXT NOT NULL, "
    "\n\tPRIMARY KEY (dimension_id, position), "
    "\n\tFOREIGN KEY(dimension_id) REFERENCES dimension (id) ON DELETE CASCADE\n)",
    "strategy": "CREATE TABLE strategy (\n\tid VARCHAR NOT NULL, \n\tdimension_id VARCHAR NOT NULL, "
    "\n\tposition INTEGER NOT NULL, \n\tlabel TEXT NOT NULL, \n\ttitle TEXT NOT NULL, \n\tpoints INTEGER, "
    "\n\tPRIMARY KEY (id), \n\tFOREIGN KEY(dimension_id) REFERENCES dimension (id) ON DELETE CASCADE\n)",
    "method": "CREATE TABLE method (\n\tid VARCHAR NOT NULL, \n\tstrategy_id VARCHAR NOT NULL, "
    "\n\tparent_id VARCHAR, \n\tposition INTEGER NOT NULL, \n\tlabel TEXT NOT NULL, \n\ttitle TEXT NOT NULL, "
    "\n\tdescription TEXT NOT NULL, \n\tpractice TEXT NOT NULL, \n\tresults TEXT NOT NULL, "
    "\n\tcriteria TEXT NOT NULL, \n\tpoints INTEGER, \n\tcomment TEXT NOT NULL, "
    "\n\tneeds_review BOOLEAN NOT NULL, \n\tPRIMARY KEY (id), "
    "\n\tFOREIGN KEY(strategy_id) REFERENCES strategy (id) ON DELETE CASCADE, "
    "\n\tFOREIGN KEY(parent_id) REFERENCES method (id) ON DELETE CASCADE\n)",
    "method_unit": "CREATE TABLE method_unit (\n\tmethod_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, "
    "\n\tname TEXT NOT NULL, \n\tPRIMARY KEY (method_id, position), "
    "\n\tFOREIGN KEY(method_id) REFERENCES method (id) ON DELETE CASCADE\n)",
    "contribution": "CREATE TABLE contribution (\n\tmethod_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, "
    "\n\toffice TEXT NOT NULL, \n\tpractice TEXT NOT NULL, \n\tresults TEXT NOT NULL, "
    "\n\tPRIMARY KEY (method_id, position), "
    "\n\tFOREIGN KEY(method_id) REFERENCES method (id) ON DELETE CASCADE\n)",
    "method_origin": "CREATE TABLE method_origin (\n\tmethod_id VARCHAR NOT NULL, \n\torigin_id VARCHAR NOT NULL, "
    "\n\tyear INTEGER NOT NULL, \n\ttitle TEXT NOT NULL, \n\tdescription TEXT NOT NULL, "
    "\n\tunits TEXT NOT NULL, \n\tpractice TEXT NOT NULL, \n\tresults TEXT NOT NULL, "
    "\n\tPRIMARY KEY (method_id), \n\tFOREIGN KEY(method_id) REFERENCES method (id) ON DELETE CASCADE\n)",
}
_V2_INDEXES = (
    "CREATE INDEX ix_dimension_report ON dimension (report_id, position)",
    "CREATE INDEX ix_strategy_dimension ON strategy (dimension_id, position)",
    "CREATE INDEX ix_method_parent ON method (parent_id)",
    "CREATE INDEX ix_method_strategy ON method (strategy_id, position)",
)


def _old_file(path: Path, report: Report, version: int) -> Path:
    """`report` in a file exactly as perfdesk wrote it at schema `version` (1 or 2)."""
    current = path.with_name("current.perfdesk")
    create_office_file(current, report)
    tables = {name: sql for name, sql in _V2_TABLES.items() if version >= 2 or name != "method_origin"}
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for sql in (*tables.values(), *_V2_INDEXES):
            conn.execute(sql)
        conn.execute("ATTACH DATABASE ? AS current", (str(current),))
        for table in tables:
            columns = ", ".join(f'"{row[1]}"' for row in conn.execute(f"PRAGMA main.table_info({table})"))
            conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM current.{table}")
        conn.execute("UPDATE main.meta SET value = 'perfdesk 0.1.0' WHERE key = 'written_by'")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE current")
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()
    current.unlink()
    return path


def _as_migrated(report: Report) -> Report:
    """`report` as an older file of it reads after migration: with the built-in framework's ids."""
    migrated = copy.deepcopy(report)
    give_framework_ids(migrated, framework_report())
    return migrated


@pytest.fixture
def carried() -> Report:
    """The Taichung sample with every kind of row: front matter, contributions, a carried-over origin."""
    report = copy.deepcopy(sample_report("taichung-112"))
    report.front_matter = ["壹、計畫依據", "貳、執行目標"]
    first, second = list(report.walk_methods())[:2]
    first.contributions = [Contribution("基隆分局", "受理", "12 場")]
    second.origin = Origin("a1b2c3", 111, "去年", "說明", ["秘書室"], "作法", "成果")
    second.needs_review = True
    return report


def _table_sql(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return {name: sql for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _assert_checksummed(path: Path) -> None:
    """Every content row has the checksum its columns give, and the triggers are all there."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
        assert found == row_checksum.all_triggers()
        for table, columns in row_checksum.COLUMNS.items():
            for row in conn.execute(f"SELECT {', '.join(columns)}, checksum FROM {table}"):
                assert row[-1] == row_checksum.row_checksum(table, row[:-1]), (table, row)
    finally:
        conn.close()


_SOURCES = ("source_id", "source_file", "source_digest", "submitted_at", "merged_at")


def test_the_frozen_version_2_tables_are_what_perfdesk_wrote(tmp_path: Path, carried: Report) -> None:
    # Today's tables are version 2's plus a checksum column each (version 3), a framework id on
    # dimensions, strategies and methods (version 4), a contribution's source (version 5) and
    # the office order, a list like the roster (version 6): nothing else may have moved.
    create_office_file(tmp_path / "now.perfdesk", carried)
    now = _table_sql(tmp_path / "now.perfdesk")
    assert set(now) == {*_V2_TABLES, "office_order"}
    roster = now["roster_unit"]
    assert now["office_order"] == roster.replace("CREATE TABLE roster_unit", "CREATE TABLE office_order")
    for table, sql in _V2_TABLES.items():
        if table == "meta":
            assert now[table] == sql
            continue
        added = "framework_id TEXT, \n\t" if table in ("dimension", "strategy", "method") else ""
        if table == "contribution":
            added = "".join(f"{name} TEXT, \n\t" for name in _SOURCES) + "".join(
                f"{name} TEXT NOT NULL, \n\t" for name in ("received_practice", "received_results")
            )
        expected = sql.replace(", \n\tPRIMARY KEY", f", \n\t{added}checksum INTEGER, \n\tPRIMARY KEY", 1)
        assert now[table] == expected, table


def test_a_version_2_file_gains_row_checksums(tmp_path: Path, carried: Report) -> None:
    path = _old_file(tmp_path / "臺中分局-112.perfdesk", carried, 2)
    old = _table_sql(path)
    with opened(path) as office_file:
        assert office_file.load() == _as_migrated(carried)
        method = list(carried.walk_methods())[5]
        office_file.edit(lambda conn: edits.update_fields(conn, "method", method.id, {"results": "新的成果"}))
        method.results = "新的成果"
        assert office_file.load() == _as_migrated(carried)
    _assert_checksummed(path)
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["before_migration"]
    assert _table_sql(backups[0].path) == old


def test_a_version_2_file_opened_read_only_is_read_as_migrated_and_left_alone(tmp_path: Path, carried: Report) -> None:
    path = _old_file(tmp_path / "臺中分局-112.perfdesk", carried, 2)
    before = path.read_bytes()
    assert load_report(path) == _as_migrated(carried)
    assert path.read_bytes() == before


def test_a_version_1_file_as_perfdesk_0_1_wrote_it(tmp_path: Path, carried: Report) -> None:
    path = _old_file(tmp_path / "臺中分局-112.perfdesk", carried, 1)
    with opened(path) as office_file:
        report = office_file.load()
    for method in carried.walk_methods():
        method.origin = None
    assert report == _as_migrated(carried)
    _assert_checksummed(path)


def test_a_version_1_file_that_already_has_version_2_tables_is_migrated(tmp_path: Path, carried: Report) -> None:
    path = _old_file(tmp_path / "臺中分局-112.perfdesk", carried, 2)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    assert load_report(path) == _as_migrated(carried)
    with opened(path) as office_file:
        assert office_file.load() == _as_migrated(carried)
    _assert_checksummed(path)


def test_a_version_1_file_with_a_foreign_origin_table_is_refused(tmp_path: Path, carried: Report) -> None:
    path = _old_file(tmp_path / "臺中分局-112.perfdesk", carried, 1)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE method_origin (method_id VARCHAR PRIMARY KEY, note TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(PerfdeskError) as caught:
            opened(path, read_only=read_only).__enter__()
        assert caught.value.code == "file.version_mismatch"
        assert "method_origin" in str(caught.value)
    assert path.read_bytes() == before


def test_a_version_3_file_labelled_2_keeps_its_checksums(tmp_path: Path, carried: Report) -> None:
    # One flipped bit turns user_version 3 into 2: the file is brought back without recomputing
    # anything, so rows changed meanwhile are still caught.
    path = tmp_path / "臺中分局-112.perfdesk"
    create_office_file(path, carried)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert load_report(path) == _as_migrated(carried)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER perfdesk_checksum_method_update")
    conn.execute("UPDATE method SET title = '探' || title WHERE rowid = 1")
    conn.close()
    with pytest.raises(PerfdeskError) as caught:
        load_report(path)
    assert caught.value.code == "file.checksum_mismatch"


@pytest.mark.parametrize("version", [0, -1])
def test_a_version_no_perfdesk_wrote_is_refused(taichung_file: Path, version: int) -> None:
    conn = sqlite3.connect(taichung_file)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = taichung_file.read_bytes()
    for read_only in (True, False):
        with pytest.raises(PerfdeskError) as caught:
            opened(taichung_file, read_only=read_only).__enter__()
        assert caught.value.code == "file.unknown_version"
        assert str(version) in str(caught.value)
    assert taichung_file.read_bytes() == before


def test_a_migration_that_hits_a_database_error_is_one_clear_message(
    taichung_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def clumsy(conn: Connection) -> None:
        conn.execute(text("ALTER TABLE method ADD COLUMN title TEXT"))  # already there

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, schema.SCHEMA_VERSION - 1, clumsy)
    before = taichung_file.read_bytes()
    with pytest.raises(PerfdeskError) as caught:
        opened(taichung_file).__enter__()
    assert caught.value.code == "file.migration_failed"
    assert "duplicate column" in str(caught.value)
    assert taichung_file.read_bytes() == before


def test_an_older_file_gets_the_framework_ids_of_its_rows(tmp_path: Path, carried: Report) -> None:
    # A version 2 or 3 file has no framework ids: the migration finds them by matching against
    # the built-in framework, the ones the shipped sample carries, and keeps a backup first.
    expected = {m.id: m.framework_id for m in carried.walk_methods()}
    assert sum(1 for fid in expected.values() if fid) > 50
    path = _old_file(tmp_path / "臺中分局-112.perfdesk", carried, 2)
    conn = sqlite3.connect(path)
    assert "framework_id" not in {row[1] for row in conn.execute("PRAGMA table_info(method)")}
    conn.close()
    with opened(path) as office_file:
        migrated = office_file.load()
    assert {m.id: m.framework_id for m in migrated.walk_methods()} == expected
    assert migrated.dimensions[0].framework_id == "fw112-1"
    _assert_checksummed(path)
    assert [b.reason for b in list_backups(path)] == ["before_migration"]


def _as_version_5(path: Path) -> None:
    """A file written now, made what perfdesk wrote at schema 5: no office_order table."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for name in row_checksum.triggers("office_order"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE office_order")
        conn.execute("PRAGMA user_version = 5")
    finally:
        conn.close()


def test_a_version_5_file_gains_the_office_order(tmp_path: Path, carried: Report) -> None:
    path = tmp_path / "總局-108.perfdesk"
    create_office_file(path, carried)
    _as_version_5(path)
    with opened(path) as office_file:
        assert office_file.load() == carried  # no order yet: the bureau's
        office_file.edit(lambda conn: edits.set_report_list(conn, carried.id, "office_order", ["花蓮分局", "基隆分局"]))
    with opened(path, read_only=True) as office_file:
        assert office_file.load().office_order == ["花蓮分局", "基隆分局"]
    _assert_checksummed(path)
    assert [b.reason for b in list_backups(path)] == ["before_migration"]


def test_a_version_6_file_labelled_5_keeps_its_office_order(tmp_path: Path, carried: Report) -> None:
    carried.office_order = ["臺南分局", "高雄分局"]
    path = tmp_path / "總局-108.perfdesk"
    create_office_file(path, carried)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    with opened(path) as office_file:
        assert office_file.load().office_order == ["臺南分局", "高雄分局"]
    _assert_checksummed(path)
