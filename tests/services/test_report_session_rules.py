"""What the session promises each edit: it changes the report at once, returns what undo needs, and
reaches the file — read back after the session is closed — or, for a read-only file, never does."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from perfdesk.domain.report import Column, Contribution, Dimension, Field, Method, Report, ReportKind, Strategy
from perfdesk.errors import PerfdeskError
from perfdesk.services.report_session import ReportSession
from perfdesk.storage.lock import lock_path
from perfdesk.storage.office_file import opened


@contextlib.contextmanager
def _editing(path: Path) -> Iterator[ReportSession]:
    """A session on `path`; everything it was given is on disk, and the file let go, when the block ends."""
    session = ReportSession.open(path)
    try:
        yield session
        assert session.wait_until_saved(timeout=10), "the writer did not finish within 10 s"
        assert session.write_error is None, session.write_error
    finally:
        session.close()


def _on_disk(path: Path) -> Report:
    with opened(path, read_only=True) as office_file:
        return office_file.load()


# --- fields ---------------------------------------------------------------------------------------


def test_set_field_returns_the_old_value_and_reaches_the_file_for_every_kind_of_node(
    taichung_file: Path, taichung: Report
) -> None:
    with _editing(taichung_file) as session:
        report = session.report
        dimension = report.dimensions[0]
        strategy = dimension.strategies[0]
        method = strategy.methods[0]
        sub_item = dimension.strategies[1].methods[0].children[0]
        assert session.set_field(report, "title", "新的報告標題") == taichung.title
        assert session.set_field(report, "kind", "plan") is ReportKind.RESULTS
        assert session.set_field(dimension, "note", "構面附註") is None
        assert session.set_field(dimension, "points", 250) == 200
        assert session.set_field(strategy, "points", 40) is None
        assert (
            session.set_field(method, "results", "新的成果") == taichung.dimensions[0].strategies[0].methods[0].results
        )
        assert session.set_field(method, "needs_review", True) is False
        assert session.set_field(sub_item, "comment", "子項目意見") == ""
        expected = copy.deepcopy(report)
    on_disk = _on_disk(taichung_file)
    assert on_disk == expected
    assert on_disk.kind is ReportKind.PLAN
    assert on_disk.title == "新的報告標題"
    assert (on_disk.dimensions[0].note, on_disk.dimensions[0].points) == ("構面附註", 250)
    assert on_disk.dimensions[0].strategies[0].points == 40
    first = on_disk.dimensions[0].strategies[0].methods[0]
    assert (first.results, first.needs_review) == ("新的成果", True)
    assert on_disk.dimensions[0].strategies[1].methods[0].children[0].comment == "子項目意見"


@pytest.mark.parametrize("given", ["plan", ReportKind.PLAN], ids=["text", "kind"])
def test_the_kind_set_on_a_report_stays_a_kind(taichung_file: Path, given: str) -> None:
    with _editing(taichung_file) as session:
        session.set_field(session.report, "kind", given)
        assert session.report.kind is ReportKind.PLAN
        assert session.report.generated_title.endswith("執行計畫")


def test_a_field_is_held_until_flush_then_written(taichung_file: Path, taichung: Report) -> None:
    with _editing(taichung_file) as session:
        method = session.report.dimensions[0].strategies[0].methods[0]
        session.set_field(method, "results", "打字中")
        assert session.has_unsaved_text
        assert _on_disk(taichung_file) == taichung
        session.flush()
        assert not session.has_unsaved_text
        assert session.wait_until_saved(timeout=10)
        assert _on_disk(taichung_file).dimensions[0].strategies[0].methods[0].results == "打字中"


def test_set_field_cleans_text_as_the_field_needs(taichung_file: Path) -> None:
    with _editing(taichung_file) as session:
        method = session.report.dimensions[0].strategies[0].methods[0]
        session.set_field(method, "label", "1.\n(改)")  # one line
        session.set_field(method, "results", "第一行\r\n第二行\x00")  # paragraphs kept, NUL removed
        assert (method.label, method.results) == ("1. (改)", "第一行\n第二行")
    on_disk = _on_disk(taichung_file).dimensions[0].strategies[0].methods[0]
    assert (on_disk.label, on_disk.results) == ("1. (改)", "第一行\n第二行")


@pytest.mark.parametrize(
    ("where", "field"),
    [
        ("method", "bogus"),
        ("method", "id"),
        ("method", "units"),  # a list: set_units
        ("method", "children"),
        ("method", "name"),  # a dimension's
        ("dimension", "title"),  # a strategy's and a method's
        ("dimension", "columns"),  # a list: set_columns
        ("strategy", "results"),
        ("report", "front_matter"),  # a list: set_report_list
        ("report", "dimensions"),
    ],
)
def test_set_field_refuses_a_field_the_node_does_not_edit_that_way(
    taichung_file: Path, taichung: Report, where: str, field: str
) -> None:
    with _editing(taichung_file) as session:
        report = session.report
        dimension = report.dimensions[0]
        node = {
            "report": report,
            "dimension": dimension,
            "strategy": dimension.strategies[0],
            "method": dimension.strategies[0].methods[0],
        }[where]
        with pytest.raises(ValueError, match=field):
            session.set_field(node, field, "x")
        assert not session.has_unsaved_text
        assert report == taichung
    assert _on_disk(taichung_file) == taichung


# --- lists ----------------------------------------------------------------------------------------


def test_list_setters_return_the_old_list_and_reach_the_file(taichung_file: Path, taichung: Report) -> None:
    with _editing(taichung_file) as session:
        report = session.report
        dimension = report.dimensions[0]
        method = dimension.strategies[0].methods[0]
        old_units = session.set_units(method, ["秘書室", "人事\n室"])
        old_columns = session.set_columns(
            dimension, [Column(Field.CRITERIA, "評核\n重點"), Column(Field.METHOD, "方法")]
        )
        old_roster = session.set_report_list("units", ["秘書室", "人事室"])
        old_front = session.set_report_list("front_matter", ["壹、前言", "貳、說明\r\n第二行"])
        # What is returned is what was there, untouched by the new value or later edits.
        session.set_report_list("units", ["其他"])
        assert old_units == taichung.dimensions[0].strategies[0].methods[0].units
        assert old_columns == taichung.dimensions[0].columns
        assert old_roster == taichung.units
        assert old_front == taichung.front_matter == []
        session.set_report_list("units", ["秘書室", "人事室"])
    on_disk = _on_disk(taichung_file)
    assert on_disk.dimensions[0].strategies[0].methods[0].units == ["秘書室", "人事 室"]
    assert on_disk.dimensions[0].columns == [Column(Field.CRITERIA, "評核 重點"), Column(Field.METHOD, "方法")]
    assert on_disk.units == ["秘書室", "人事室"]
    assert on_disk.front_matter == ["壹、前言", "貳、說明\n第二行"]


def test_a_list_given_to_a_setter_can_change_afterwards_without_changing_the_report(taichung_file: Path) -> None:
    with _editing(taichung_file) as session:
        method = session.report.dimensions[0].strategies[0].methods[0]
        units = ["秘書室"]
        session.set_units(method, units)
        units.append("之後加的")
        assert method.units == ["秘書室"]
    assert _on_disk(taichung_file).dimensions[0].strategies[0].methods[0].units == ["秘書室"]


# --- structure ------------------------------------------------------------------------------------


def test_insert_remove_and_move_reach_the_file(taichung_file: Path, taichung: Report) -> None:
    with _editing(taichung_file) as session:
        report = session.report
        d1 = report.dimensions[0]
        s1 = d1.strategies[0]
        new_method = Method("新.", "新方法", units=["秘書室"], children=[Method("(1)", "新子項目")])
        session.insert(s1, 1, new_method)
        new_strategy = Strategy("(新)", "新策略")
        session.insert(d1, 2, new_strategy)
        new_dimension = Dimension("構面新", "新構面")
        session.insert(report, 1, new_dimension)
        removed = report.dimensions[2].strategies[0].methods[1]  # 構面二 (一) 2. with its sub-items
        gone = {m.id for m in removed.walk()}
        assert len(gone) == 4
        assert session.remove(removed) == (report.dimensions[2].strategies[0], 1)
        moved = s1.methods[0]
        assert session.move(moved, new_strategy, 0) == (s1, 0)
        sub_item = d1.strategies[1].methods[0].children[2]
        assert session.move(sub_item, d1.strategies[1], 1) == (d1.strategies[1].methods[0], 2)
        assert session.move(d1, report, 2) == (report, 0)
        assert session.move(new_strategy, report.dimensions[0], 0) == (d1, 2)
        expected = copy.deepcopy(report)
    on_disk = _on_disk(taichung_file)
    assert on_disk == expected
    assert [d.id for d in on_disk.dimensions[:3]] == [new_dimension.id, taichung.dimensions[1].id, d1.id]
    assert on_disk.dimensions[0].strategies[0].id == new_strategy.id
    assert [m.id for m in on_disk.dimensions[0].strategies[0].methods] == [moved.id]
    placed = on_disk.dimensions[2].strategies[0].methods[0]
    assert (placed.id, placed.title, [c.title for c in placed.children]) == (new_method.id, "新方法", ["新子項目"])
    assert on_disk.dimensions[2].strategies[1].methods[1].id == sub_item.id
    assert not gone & {m.id for m in on_disk.walk_methods()}


def test_structure_that_cannot_be_is_refused_and_nothing_changes(taichung_file: Path, taichung: Report) -> None:
    with _editing(taichung_file) as session:
        report = session.report
        d1 = report.dimensions[0]
        s1 = d1.strategies[0]
        parent = d1.strategies[1].methods[0]
        with pytest.raises(ValueError):
            session.insert(s1, 0, Dimension("構面", "不該在這"))
        with pytest.raises(ValueError):
            session.insert(d1, 0, Method("1.", "不該在這"))
        with pytest.raises(ValueError):
            session.insert(report, 0, Strategy("(一)", "不該在這"))
        with pytest.raises(ValueError):
            session.move(parent, parent.children[0], 0)  # into its own sub-item
        with pytest.raises(ValueError):
            session.move(parent, parent, 0)  # into itself
        with pytest.raises(ValueError):
            session.move(s1, report, 0)
        assert report == taichung
    assert _on_disk(taichung_file) == taichung


def test_renumber_writes_the_customary_labels_and_says_what_it_changed(taichung_file: Path, taichung: Report) -> None:
    with _editing(taichung_file) as session:
        report = session.report
        changes = session.renumber()
        assert changes
        for change in changes:
            assert change.old != change.new
            assert session.index.node(change.node_id).label == change.new
        assert session.renumber() == []  # already customary
        expected = copy.deepcopy(report)
    on_disk = _on_disk(taichung_file)
    assert on_disk == expected
    before = {m.id: m.label for m in taichung.walk_methods()}
    after = {m.id: m.label for m in on_disk.walk_methods()}
    changed = {change.node_id: (change.old, change.new) for change in changes}
    assert {i: (before[i], after[i]) for i in before if before[i] != after[i]} == {
        i: pair for i, pair in changed.items() if i in before
    }
    d1 = on_disk.dimensions[0]
    assert [s.label for s in on_disk.dimensions[1].strategies] == ["(一)", "(二)", "(三)"]  # was （二）
    assert [s.label for s in d1.strategies] == ["(一)", "(二)", "(三)", "(四)"]  # two were "2." and "3."
    assert [m.label for m in d1.strategies[1].methods[0].children] == [f"({n})" for n in range(1, 7)]
    # A strategy's lone method the office left unnumbered stays so (issue 13: the reports write it so on purpose).
    assert on_disk.dimensions[2].strategies[0].methods[0].label == ""


# --- undo: applying what each edit returned puts the file back -----------------------------------


def test_applying_the_returned_old_values_in_reverse_restores_the_file(taichung_file: Path, taichung: Report) -> None:
    with _editing(taichung_file) as session:
        report = session.report
        d1 = report.dimensions[0]
        s1, s2 = d1.strategies[:2]
        method = s1.methods[0]
        undo: list[Callable[[], object]] = []

        def field(node: object, name: str, value: object) -> None:
            old = session.set_field(node, name, value)  # type: ignore[arg-type]
            undo.append(lambda: session.set_field(node, name, old))  # type: ignore[arg-type]

        field(method, "results", "暫時的成果")
        field(s1, "points", 12)
        field(d1, "heading", "暫時的標題")
        field(report, "kind", ReportKind.PLAN)
        old_units = session.set_units(method, ["暫時的單位"])
        undo.append(lambda: session.set_units(method, old_units))
        old_columns = session.set_columns(d1, [Column(Field.PRACTICE, "暫時")])
        undo.append(lambda: session.set_columns(d1, old_columns))
        old_roster = session.set_report_list("units", ["暫時"])
        undo.append(lambda: session.set_report_list("units", old_roster))
        old_front = session.set_report_list("front_matter", ["暫時的前言"])
        undo.append(lambda: session.set_report_list("front_matter", old_front))
        inserted = Method("新.", "暫時的方法", children=[Method("(1)", "暫時的子項目")])
        session.insert(s2, 0, inserted)
        undo.append(lambda: session.remove(inserted))
        removed = s2.methods[1]  # with its six sub-items
        parent, row = session.remove(removed)
        undo.append(lambda: session.insert(parent, row, removed))
        moving = s2.methods[0].children[0]
        old_parent, old_row = session.move(moving, s1, 1)
        undo.append(lambda: session.move(moving, old_parent, old_row))
        moved_dimension = report.dimensions[3]
        dimension_parent, dimension_row = session.move(moved_dimension, report, 0)
        undo.append(lambda: session.move(moved_dimension, dimension_parent, dimension_row))
        changes = session.renumber()
        nodes = {change.node_id: session.index.node(change.node_id) for change in changes}
        undo.append(lambda: [session.set_field(nodes[c.node_id], "label", c.old) for c in changes])

        assert session.wait_until_saved(timeout=10)
        assert _on_disk(taichung_file) != taichung  # the edits did reach the file
        for step in reversed(undo):
            step()
        assert report == taichung
    assert _on_disk(taichung_file) == taichung


# --- read-only ------------------------------------------------------------------------------------


def _edit_everything(session: ReportSession) -> None:
    report = session.report
    d1 = report.dimensions[0]
    method = d1.strategies[0].methods[0]
    session.set_field(method, "results", "不該寫入")
    session.set_units(method, ["不該寫入"])
    session.set_columns(d1, [Column(Field.RESULTS, "不該寫入")])
    session.set_report_list("units", ["不該寫入"])
    session.set_report_list("front_matter", ["不該寫入"])
    session.insert(d1.strategies[0], 0, Method("新.", "不該寫入"))
    session.remove(d1.strategies[1])
    session.move(report.dimensions[1], report, 0)
    session.renumber()


def test_a_read_only_session_never_changes_or_locks_the_file(taichung_file: Path, taichung: Report) -> None:
    before = taichung_file.read_bytes()
    session = ReportSession.open(taichung_file, read_only=True)
    try:
        assert session.read_only
        assert not lock_path(taichung_file).exists()
        with contextlib.suppress(PerfdeskError):  # whether it refuses or drops them, the file stays
            _edit_everything(session)
        assert session.wait_until_saved(timeout=5)
        assert session.write_error is None
        assert not session.has_unsaved_text
    finally:
        session.close()
    assert taichung_file.read_bytes() == before
    assert _on_disk(taichung_file) == taichung
    assert not lock_path(taichung_file).exists()


def test_a_read_only_session_refuses_every_edit_and_memory_stays_as_the_file(
    taichung_file: Path, taichung: Report
) -> None:
    session = ReportSession.open(taichung_file, read_only=True)
    try:
        report = session.report
        d1 = report.dimensions[0]
        method = d1.strategies[0].methods[0]
        method.contributions = [Contribution("基隆分局", results="來稿")]
        edits: list[Callable[[], object]] = [
            lambda: session.set_field(method, "results", "不該寫入"),
            lambda: session.edit_field(method.contributions[0], "results", "不該寫入"),
            lambda: session.set_units(method, ["不該寫入"]),
            lambda: session.set_columns(d1, [Column(Field.RESULTS, "不該寫入")]),
            lambda: session.set_report_list("office_order", ["不該寫入"]),
            lambda: session.insert(d1.strategies[0], 0, Method("新.", "不該寫入")),
            lambda: session.remove(d1.strategies[1]),
            lambda: session.move(report.dimensions[1], report, 0),
            lambda: session.renumber(),
        ]
        for edit in edits:
            with pytest.raises(PerfdeskError) as refused:
                edit()
            assert refused.value.code == "file.opened_read_only"
        method.contributions = []
        assert session.report == taichung
    finally:
        session.close()
