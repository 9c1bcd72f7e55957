"""The sqlite3 reader and the SQLAlchemy tables stay in step; checksums are kept by every write path."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Integer, String, Text

from perfdesk.domain.report import (
    Column,
    Contribution,
    Dimension,
    Field,
    Method,
    Origin,
    Report,
    ReportKind,
    Strategy,
)
from perfdesk.errors import PerfdeskError
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


def test_every_column_of_every_content_table_is_checksummed() -> None:
    for table, rules in TABLES.items():
        assert row_checksum.COLUMNS[table] == tuple(rule.name for rule in rules)


# --- the file perfdesk writes is the file the reader expects ----------------------------------------


def _table_info(path: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """Every table of the file (SQLite's own excepted): its columns as (name, declared type, nullable)."""
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: [(row[1], str(row[2]).upper(), not row[3]) for row in conn.execute(f'PRAGMA table_info("{name}")')]
            for name in names
        }
    finally:
        conn.close()


def test_a_file_perfdesk_creates_has_exactly_the_tables_and_columns_the_reader_describes(
    taichung_file: Path,
) -> None:
    found = _table_info(taichung_file)
    assert set(found) == set(TABLES) | set(OTHER_TABLES)
    for name, rules in {**TABLES, **OTHER_TABLES}.items():
        wanted = [(rule.name, rule.declared, rule.nullable) for rule in rules]
        if name in TABLES:
            wanted.append((row_checksum.CHECKSUM_COLUMN, "INTEGER", True))
        assert found[name] == wanted, name


def _every_field_set() -> Report:
    """A report in which every field of every kind of node holds something other than its default."""
    origin = Origin(
        id="0rigin-of-1",
        year=111,
        title="去年標題",
        description="去年說明",
        units=["去年單位甲", "去年單位乙"],
        practice="去年作法",
        results="去年成果",
    )
    deepest = Method(
        label="A.",
        title="孫項目",
        description="孫說明",
        units=["第三課"],
        practice="孫作法",
        results="孫成果",
        criteria="孫評核",
        points=1,
        comment="孫意見",
        needs_review=True,
        framework_id="fw-1-1-1-1-1",
        contributions=[
            Contribution(
                "彰化站",
                "彰化作法",
                "彰化成果",
                source_id="row-of-office",
                source_file="彰化站-112.perfdesk",
                source_digest="ab" * 32,
                submitted_at="2026-12-01T10:00:00+08:00",
                merged_at="2026-12-02T09:00:00+08:00",
                received_practice="來稿作法",
                received_results="來稿成果",
            )
        ],
        origin=dataclasses.replace(origin, id="0rigin-of-A", units=["去年丙"]),
        children=[],
        id="m-1-1-A",
    )
    sub_item = Method(
        label="(1)",
        title="子項目",
        description="子說明",
        units=["第二課"],
        practice="子作法",
        results="子成果",
        criteria="子評核",
        points=2,
        comment="子意見",
        needs_review=True,
        framework_id="fw-1-1-1-1",
        contributions=[Contribution("南投站", "南投作法", "南投成果")],
        origin=dataclasses.replace(origin, id="0rigin-of-(1)"),
        children=[deepest],
        id="m-1-1",
    )
    first = Method(
        label="1.",
        title="方法一",
        description="說明一",
        units=["第一課", "第二課"],
        practice="作法一",
        results="成果一",
        criteria="評核一",
        points=30,
        comment="意見一",
        needs_review=True,
        framework_id="fw-1-1-1",
        contributions=[Contribution("豐原站", "豐原作法", "豐原成果"), Contribution("大甲站", "大甲作法", "大甲成果")],
        children=[sub_item, dataclasses.replace(sub_item, label="(2)", title="子項目二", children=[], id="m-1-2")],
        origin=origin,
        id="m-1",
    )
    second = dataclasses.replace(
        first,
        label="2.",
        title="方法二",
        units=["第三課"],
        contributions=[Contribution("清水站", "清水作法", "清水成果")],
        children=[],
        origin=dataclasses.replace(origin, id="0rigin-of-2", year=110),
        id="m-2",
    )
    strategy = Strategy(
        label="(一)", title="策略一", points=60, framework_id="fw-1-1", methods=[first, second], id="s-1"
    )
    columns = [
        Column(Field.CRITERIA, "評核重點（自訂）"),
        Column(Field.METHOD, "方法欄"),
        Column(Field.UNITS, "單位欄"),
    ]
    dimension = Dimension(
        label="構面一",
        name="專業",
        points=200,
        category="服務遞送",
        heading="構面一：專業（自訂標題）",
        note="構面附註",
        framework_id="fw-1",
        columns=columns,
        strategies=[strategy, Strategy(label="(二)", title="策略二", points=0, methods=[], id="s-2")],
        id="d-1",
    )
    other = dataclasses.replace(
        dimension,
        label="構面二",
        name="便民",
        columns=[Column(Field.RESULTS, "成果欄")],
        strategies=[],
        id="d-2",
    )
    return Report(
        agency="財政部中區國稅局",
        office="臺中分局",
        year=112,
        kind=ReportKind.RESULTS,
        title="自訂的報告標題",
        front_matter=["壹、前言", "貳、說明"],
        units=["第一課", "第二課", "第三課"],
        office_order=["基隆分局", "花蓮分局"],
        dimensions=[dimension, other],
        id="report-1",
    )


def _nodes(value: object) -> Iterator[object]:
    """Every dataclass instance in the report (the report, nodes, columns, contributions, origins)."""
    if dataclasses.is_dataclass(value):
        yield value
        for field in dataclasses.fields(value):
            yield from _nodes(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _nodes(item)


def test_the_report_used_below_sets_every_field_of_every_kind_of_node() -> None:
    # Not a check of perfdesk but of the next test: a field added to the model and left at its
    # default here would round-trip however badly it is written or read.
    # (Leaves have no children, so a field counts as set when some node of its kind sets it.)
    report = _every_field_set()
    left_default: dict[type, set[str]] = {}
    for node in _nodes(report):
        fields = dataclasses.fields(node)  # type: ignore[arg-type]
        unset = left_default.setdefault(type(node), {field.name for field in fields})
        for field in fields:
            if field.default is not dataclasses.MISSING:
                default = field.default
            elif field.default_factory is not dataclasses.MISSING:
                default = field.default_factory()
            else:
                default = dataclasses.MISSING  # a required field: any value is one the writer must keep
            if getattr(node, field.name) != default:
                unset.discard(field.name)
    assert set(left_default) == {Report, Dimension, Column, Strategy, Method, Contribution, Origin}
    assert {kind.__name__: names for kind, names in left_default.items() if names} == {}


def test_a_report_written_and_read_back_is_the_same_in_every_field(tmp_path: Path) -> None:
    report = _every_field_set()
    path = tmp_path / "every-field.perfdesk"
    create_office_file(path, report)
    conn = sqlite3.connect(path)
    try:
        read = tree_reader.read_report(conn)
    finally:
        conn.close()
    assert read == report
    # A StrEnum equals its text: equality alone would not notice plain strings read back.
    assert read.kind is ReportKind.RESULTS
    assert all(type(column.field) is Field for dimension in read.dimensions for column in dimension.columns)


def _changed(value: object, choices: tuple[str, ...]) -> object:
    if choices:
        return next(choice for choice in choices if choice != value)
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, int):
        return value + 1000
    return "x"


def test_a_change_to_any_column_of_any_row_that_leaves_its_checksum_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "every-field.perfdesk"
    create_office_file(path, _every_field_set())
    original = path.read_bytes()
    for table, rules in TABLES.items():
        for rule in rules:
            path.write_bytes(original)
            conn = sqlite3.connect(path)
            row_checksum.register_checksum_function(conn)
            try:
                rowid, value, checksum = conn.execute(
                    f'SELECT rowid, "{rule.name}", checksum FROM "{table}" LIMIT 1'
                ).fetchone()
                with conn:
                    conn.execute(
                        f'UPDATE "{table}" SET "{rule.name}" = ? WHERE rowid = ?',
                        (_changed(value, rule.choices), rowid),
                    )
                    conn.execute(f'UPDATE "{table}" SET checksum = ? WHERE rowid = ?', (checksum, rowid))
                with pytest.raises(PerfdeskError) as caught:
                    tree_reader.read_report(conn)
            finally:
                conn.close()
            assert caught.value.code == "file.checksum_mismatch", (table, rule.name)


def _in_a_fresh_interpreter(script: str, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_opening_and_reading_a_report_does_not_import_sqlalchemy(taichung_file: Path) -> None:
    script = """
        import sys
        from perfdesk.services.report_files import load_report
        report = load_report(sys.argv[1])
        assert report.office == '臺中分局'
        print('sqlalchemy' in sys.modules)
        """
    assert _in_a_fresh_interpreter(script, str(taichung_file)) == ["False"]


def test_opening_a_file_for_editing_imports_sqlalchemy_only_at_the_first_edit(taichung_file: Path) -> None:
    # The same probe, shown able to see SQLAlchemy arrive: the edit needs it, the open and read do not.
    script = """
        import sys
        from perfdesk.storage.office_file import opened
        with opened(sys.argv[1]) as office_file:
            report = office_file.load()
            print(len(report.dimensions) > 0, 'sqlalchemy' in sys.modules)
            office_file.edit(lambda conn: None)
            print('sqlalchemy' in sys.modules)
        """
    assert _in_a_fresh_interpreter(script, str(taichung_file)) == ["True", "False", "True"]


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
        office_file.edit(lambda c: edits.set_report_list(c, taichung.id, "front_matter", ["壹", "貳"]))
        office_file.edit(lambda c: edits.set_report_list(c, taichung.id, "units", ["秘書室"]))
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
