"""The .perfdesk file: markers, durability settings, load, and one transaction per edit."""

import sqlite3
from pathlib import Path

import pytest

from perfdesk.domain.report import Method, Report
from perfdesk.errors import PerfdeskError
from perfdesk.storage import edits
from perfdesk.storage.file_format import APPLICATION_ID, SCHEMA_VERSION
from perfdesk.storage.office_file import OfficeFile, opened


def test_the_file_is_marked_as_ours(taichung_file: Path) -> None:
    conn = sqlite3.connect(taichung_file)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        written_by = conn.execute("SELECT value FROM meta WHERE key = 'written_by'").fetchone()[0]
        assert written_by.startswith("perfdesk ")
    finally:
        conn.close()


def test_connections_use_full_sync_and_foreign_keys(taichung_file: Path) -> None:
    with opened(taichung_file) as office_file, office_file._writer().connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_load_returns_the_report_that_was_written(taichung_file: Path, taichung: Report) -> None:
    with opened(taichung_file) as office_file:
        assert office_file.load() == taichung


def test_an_edit_is_on_disk_when_it_returns(taichung_file: Path, taichung: Report) -> None:
    method = next(taichung.walk_methods())
    with opened(taichung_file) as office_file:
        office_file.edit(lambda c: edits.update_fields(c, "method", method.id, {"results": "新的成果"}))
        # A second, independent connection sees it at once: nothing waits for a Save.
        other = sqlite3.connect(taichung_file)
        try:
            stored = other.execute("SELECT results FROM method WHERE id = ?", (method.id,)).fetchone()[0]
        finally:
            other.close()
    assert stored == "新的成果"


def test_a_failed_edit_changes_nothing(taichung_file: Path, taichung: Report) -> None:
    method = next(taichung.walk_methods())

    def half_then_fail(conn: object) -> None:
        edits.update_fields(conn, "method", method.id, {"results": "半途"})  # type: ignore[arg-type]
        raise RuntimeError("crash in the middle of an edit")

    with opened(taichung_file) as office_file:
        with pytest.raises(RuntimeError):
            office_file.edit(half_then_fail)
        assert office_file.load() == taichung


def test_read_only_files_refuse_edits(taichung_file: Path) -> None:
    with opened(taichung_file, read_only=True) as office_file, pytest.raises(PerfdeskError) as caught:
        office_file.edit(lambda c: None)
    assert caught.value.code == "file.opened_read_only"


def test_structure_edits(taichung_file: Path, taichung: Report) -> None:
    strategy = taichung.dimensions[0].strategies[0]
    first, second = strategy.methods[0], strategy.methods[1]
    added = Method("4.", "新增方法", units=["秘書室"], children=[Method("(1)", "子項")])
    with opened(taichung_file) as office_file:
        office_file.edit(lambda c: edits.insert_method(c, strategy.id, None, 1, added))
        office_file.edit(lambda c: edits.move_method(c, first.id, strategy.id, added.id, 1))
        office_file.edit(lambda c: edits.delete_node(c, "method", second.id))
        office_file.edit(lambda c: edits.set_method_units(c, added.id, ["人事室", "秘書室"]))
        result = office_file.load().dimensions[0].strategies[0]
    assert [m.title for m in result.methods] == ["新增方法", strategy.methods[2].title]
    assert [c.title for c in result.methods[0].children] == ["子項", first.title]
    assert result.methods[0].units == ["人事室", "秘書室"]


def test_deleting_a_dimension_removes_everything_under_it(taichung_file: Path, taichung: Report) -> None:
    with opened(taichung_file) as office_file:
        office_file.edit(lambda c: edits.delete_node(c, "dimension", taichung.dimensions[0].id))
        report = office_file.load()
    assert [d.label for d in report.dimensions] == [d.label for d in taichung.dimensions[1:]]
    conn = sqlite3.connect(taichung_file)
    try:
        orphans = conn.execute(
            "SELECT count(*) FROM method WHERE strategy_id NOT IN (SELECT id FROM strategy)"
        ).fetchone()[0]
    finally:
        conn.close()
    assert orphans == 0


def test_open_makes_a_backup(taichung_file: Path) -> None:
    from perfdesk.storage.backups import list_backups

    OfficeFile.open(taichung_file).close()
    assert [b.reason for b in list_backups(taichung_file)] == ["open"]
