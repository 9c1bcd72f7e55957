"""The sqlite3 reader and the SQLAlchemy tables stay in step; checksums are kept by every write path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Integer, String, Text

from perfdesk.domain.report import Column, Field, Method, Report, Strategy
from perfdesk.storage import edits, row_checksum, schema, tree_reader
from perfdesk.storage.office_file import create_office_file, opened
from perfdesk.storage.row_checks import OTHER_TABLES, TABLES

_DECLARED = {String: "VARCHAR", Text: "TEXT", Integer: "INTEGER", Boolean: "BOOLEAN"}


def test_the_reader_knows_every_column_of_every_table_as_schema_defines_it() -> None:
    tables = {table.name: table for table in schema.metadata.sorted_tables}
    assert set(tables) == set(TABLES) | set(OTHER_TABLES)
    for name, rules in {**TABLES, **OTHER_TABLES}.items():
        columns = [c for c in tables[name].columns if c.name != row_checksum.CHECKSUM_COLUMN]
        assert [c.name for c in columns] == [r.name for r in rules], name
        for column, rule in zip(columns, rules, strict=True):
            assert _DECLARED[type(column.type)] == rule.declared, (name, column.name)
            assert column.nullable == rule.nullable, (name, column.name)
        if name in TABLES:
            assert row_checksum.CHECKSUM_COLUMN in tables[name].columns, name
            assert name in tree_reader._SELECT[name]


def test_every_column_of_every_content_table_is_read_and_checksummed() -> None:
    for table, rules in TABLES.items():
        assert row_checksum.COLUMNS[table] == tuple(rule.name for rule in rules)
        select = tree_reader._SELECT[table]
        assert select == f"SELECT {', '.join(row_checksum.COLUMNS[table])}, checksum FROM {table}"


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


def test_a_new_file_has_exactly_the_triggers_the_reader_expects(taichung_file: Path) -> None:
    conn = sqlite3.connect(taichung_file)
    try:
        found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    finally:
        conn.close()
    assert found == row_checksum.all_triggers()
    assert len(found) == 2 * len(TABLES)


# --- the canonical encoding ---------------------------------------------------------------------


def test_the_checksum_of_a_row_is_fixed_by_the_file_format() -> None:
    # Every existing file depends on these numbers: changing the encoding needs a schema version.
    assert (
        row_checksum.encode("method_unit", ["ab", 0, "措施"]) == b"t11:method_unitt2:abi0;t6:\xe6\x8e\xaa\xe6\x96\xbd"
    )
    assert row_checksum.row_checksum("method_unit", ["ab", 0, "措施"]) == 0x0AB920D6
    values = ["3f2a", "s1", None, 2, "2.", "標題", "", "", "", "", -5, "", 1]
    assert row_checksum.encode("method", values) == (
        b"t6:methodt4:3f2at2:s1ni2;t2:2.t6:\xe6\xa8\x99\xe9\xa1\x8ct0:t0:t0:t0:i-5;t0:i1;"
    )
    assert row_checksum.row_checksum("method", values) == 0x6F6576FC
    assert row_checksum.encode("x", [b"\x00\x01", 1.5, True]) == b"t1:xb2:\x00\x01r1.5;i1;"


@pytest.mark.parametrize(
    "values",
    [
        ("a", None, 0),
        ("措施", 2**63 - 1, -(2**63)),
        ("\x00\n\t\u200b😀", "", "e\u0301"),
        (b"\x00\xff", 1.5, float("inf")),
    ],
)
def test_sqlite_and_the_reader_compute_the_same_checksum(values: tuple[object, ...]) -> None:
    conn = sqlite3.connect(":memory:")
    row_checksum.register_checksum_function(conn)
    try:
        conn.execute("CREATE TABLE t (a, b, c)")
        conn.execute("INSERT INTO t VALUES (?, ?, ?)", values)
        stored = conn.execute("SELECT a, b, c FROM t").fetchone()
        in_sql = conn.execute(f"SELECT {row_checksum.FUNCTION}('t', a, b, c) FROM t").fetchone()[0]
    finally:
        conn.close()
    assert in_sql == row_checksum.row_checksum("t", stored)
    # Neighbouring values never run together: moving a character between columns changes the sum.
    assert row_checksum.row_checksum("t", ["ab", "c"]) != row_checksum.row_checksum("t", ["a", "bc"])
    assert row_checksum.row_checksum("t", [None]) != row_checksum.row_checksum("t", [""])
    assert row_checksum.row_checksum("t", [1]) != row_checksum.row_checksum("t", ["1"])


# --- every write path keeps the checksums ---------------------------------------------------------


def _assert_checksums_hold(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        for table, columns in row_checksum.COLUMNS.items():
            for row in conn.execute(f"SELECT {', '.join(columns)}, checksum FROM {table}"):
                assert row[-1] == row_checksum.row_checksum(table, row[:-1]), (table, row)
    finally:
        conn.close()


def test_every_kind_of_edit_keeps_the_checksums(taichung_file: Path, taichung: Report) -> None:
    dimension = taichung.dimensions[0]
    strategy = dimension.strategies[0]
    method = strategy.methods[0]
    other = taichung.dimensions[1].strategies[0]
    with opened(taichung_file) as office_file:
        office_file.edit(lambda c: edits.update_fields(c, "method", method.id, {"results": "新", "points": 3}))
        office_file.edit(lambda c: edits.update_fields(c, "report", taichung.id, {"title": "新標題", "year": 113}))
        office_file.edit(lambda c: edits.update_fields(c, "dimension", dimension.id, {"note": "備註"}))
        office_file.edit(lambda c: edits.update_fields(c, "strategy", strategy.id, {"points": None}))
        office_file.edit(lambda c: edits.set_front_matter(c, taichung.id, ["壹", "貳"]))
        office_file.edit(lambda c: edits.set_roster(c, taichung.id, ["秘書室"]))
        office_file.edit(lambda c: edits.set_method_units(c, method.id, ["第一課", "第二課"]))
        office_file.edit(lambda c: edits.set_columns(c, dimension.id, [Column(Field.METHOD, "方法")]))
        child = Method(label="(1)", title="新子項目", units=["秘書室"])
        office_file.edit(lambda c: edits.insert_method(c, strategy.id, method.id, 0, child))
        office_file.edit(lambda c: edits.insert_strategy(c, dimension.id, 0, Strategy(label="(零)", title="新")))
        office_file.edit(lambda c: edits.move_method(c, method.id, other.id, None, 0))
        office_file.edit(lambda c: edits.move_strategy(c, strategy.id, taichung.dimensions[1].id, 1))
        office_file.edit(lambda c: edits.move_dimension(c, dimension.id, 2))
        office_file.edit(lambda c: edits.delete_node(c, "method", other.methods[-1].id))
        report = office_file.load()
    _assert_checksums_hold(taichung_file)
    assert report.title == "新標題"
    assert any(m.title == "新子項目" for m in report.walk_methods())


def test_a_program_without_the_checksum_function_cannot_write_rows(taichung_file: Path) -> None:
    conn = sqlite3.connect(taichung_file)
    try:
        with pytest.raises(sqlite3.OperationalError, match="perfdesk_row_checksum"):
            conn.execute("UPDATE method SET title = 'x'")
    finally:
        conn.close()


# --- reading ------------------------------------------------------------------------------------


def test_reading_leaves_the_connection_as_it_found_it(taichung_file: Path, taichung: Report) -> None:
    conn = sqlite3.connect(taichung_file)
    conn.row_factory = sqlite3.Row
    try:
        assert tree_reader.read_report(conn) == taichung
        assert conn.row_factory is sqlite3.Row
        assert conn.text_factory is str
        assert not conn.in_transaction
    finally:
        conn.close()


def test_a_read_is_one_snapshot(taichung_file: Path, taichung: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    # Between the reader's queries no editor can commit (a move half seen would look like damage).
    attempts: list[str] = []
    check_definitions = tree_reader._check_definitions

    def then_try_to_commit(conn: sqlite3.Connection) -> None:
        check_definitions(conn)
        writer = sqlite3.connect(taichung_file, timeout=0, isolation_level=None)
        row_checksum.register_checksum_function(writer)
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE method SET position = position + 1")
            writer.execute("COMMIT")
            attempts.append("committed")
        except sqlite3.OperationalError as error:
            attempts.append(str(error))
        finally:
            writer.close()

    monkeypatch.setattr(tree_reader, "_check_definitions", then_try_to_commit)
    conn = sqlite3.connect(taichung_file)
    try:
        assert tree_reader.read_report(conn) == taichung
        assert not conn.in_transaction
    finally:
        conn.close()
    assert attempts == ["database is locked"]


def test_a_callers_transaction_is_left_to_the_caller(taichung_file: Path, taichung: Report) -> None:
    conn = sqlite3.connect(taichung_file)
    try:
        conn.execute("BEGIN")
        assert tree_reader.read_report(conn) == taichung
        assert conn.in_transaction
    finally:
        conn.close()


def test_a_large_report_is_checked_quickly(tmp_path: Path, taichung: Report) -> None:
    import copy

    large = copy.deepcopy(taichung)
    for _ in range(9):
        extra = copy.deepcopy(taichung.dimensions)
        for dimension in extra:
            dimension.id += f"-{_}"
            for s in dimension.strategies:
                s.id += f"-{_}"
                for m in s.walk_methods():
                    m.id += f"-{_}"
        large.dimensions += extra
    path = tmp_path / "large.perfdesk"
    create_office_file(path, large)
    conn = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        assert tree_reader.read_report(conn) == large
        assert time.perf_counter() - started < 1.0
    finally:
        conn.close()
