"""Editing a carried-over row counts as reviewing it — a rule of the core, applied by the session."""

from __future__ import annotations

from pathlib import Path

from perfdesk.domain.copy_forward import copy_forward
from perfdesk.domain.report import Report, ReportKind
from perfdesk.services.report_session import ReportSession
from perfdesk.storage.office_file import create_office_file, opened


def _saved(path: Path) -> Report:
    """The report as the file holds it (read-only: the session keeps its lock)."""
    with opened(path, read_only=True, backup=False) as office_file:
        return office_file.load()


def _carried_file(tmp_path: Path, taichung: Report) -> Path:
    path = tmp_path / "next.perfdesk"
    create_office_file(path, copy_forward(taichung, 113, ReportKind.PLAN))
    return path


def test_editing_content_clears_the_flag_and_undo_puts_it_back(tmp_path: Path, taichung: Report) -> None:
    path = _carried_file(tmp_path, taichung)
    session = ReportSession.open(path)
    try:
        method = next(session.report.walk_methods())
        assert method.needs_review
        before = method.practice
        revert = session.edit_field(method, "practice", "今年的作法")
        assert (method.practice, method.needs_review) == ("今年的作法", False)
        assert session.wait_until_saved()
        on_disk = next(_saved(path).walk_methods())
        assert (on_disk.practice, on_disk.needs_review) == ("今年的作法", False)
        revert()
        assert (method.practice, method.needs_review) == (before, True)
        assert session.wait_until_saved()
        on_disk = next(_saved(path).walk_methods())
        assert (on_disk.practice, on_disk.needs_review) == (before, True)
    finally:
        session.close()


def test_a_comment_or_the_flag_itself_is_not_a_review(tmp_path: Path, taichung: Report) -> None:
    path = _carried_file(tmp_path, taichung)
    session = ReportSession.open(path)
    try:
        method = next(session.report.walk_methods())
        session.edit_field(method, "comment", "內部備註")
        assert method.needs_review
        revert = session.edit_field(method, "needs_review", False)
        assert not method.needs_review
        revert()
        assert method.needs_review
    finally:
        session.close()


def test_changing_units_reviews_the_row_and_a_reviewed_row_stays_reviewed(tmp_path: Path, taichung: Report) -> None:
    path = _carried_file(tmp_path, taichung)
    session = ReportSession.open(path)
    try:
        first, second, *_ = session.report.walk_methods()
        revert = session.edit_units(first, ["秘書室"])
        assert (first.units, first.needs_review) == (["秘書室"], False)
        revert()
        assert first.needs_review and first.units != ["秘書室"]
        session.set_field(second, "needs_review", False)
        revert = session.edit_field(second, "title", "新標題")
        revert()
        assert not second.needs_review  # undo does not flag a row nobody flagged
    finally:
        session.close()
