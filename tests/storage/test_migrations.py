"""An older file is migrated on open, after a backup of it was taken."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from perfdesk.storage import file_format as schema
from perfdesk.storage import migrations
from perfdesk.storage.backups import list_backups
from perfdesk.storage.office_file import opened


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
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM method_origin").fetchone()[0] == 0
    finally:
        conn.close()
    assert [b.reason for b in list_backups(taichung_file)] == ["before_migration"]
