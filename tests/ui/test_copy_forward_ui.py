"""檔案 → 從去年檔案建立新年度… end to end: plain, and onto a new template through the mapping dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from perfdesk.domain.report import HOLDING_NAME
from perfdesk.interchange.json_writer import report_to_data
from perfdesk.services.builtin_reports import sample_report
from perfdesk.ui.actions.year_rollover import copy_forward
from perfdesk.ui.copy_forward_dialog import CopyForwardDialog
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.mapping_dialog import MappingDialog


def _answer_dialogs(monkeypatch: pytest.MonkeyPatch, source: Path, target: Path, template: Path | None) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))

    def fill_in(dialog: CopyForwardDialog) -> int:
        dialog.output.setText(str(target))
        if template is not None:
            dialog.template.setText(str(template))
        seen.append("copy-forward")
        return 1

    def accept_mapping(dialog: MappingDialog) -> int:
        seen.append(f"mapping {dialog.table.rowCount()}")
        return 1

    monkeypatch.setattr(CopyForwardDialog, "exec", fill_in)
    monkeypatch.setattr(MappingDialog, "exec", accept_mapping)
    return seen


def test_next_year_from_the_window(
    window: MainWindow, taichung_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "臺中分局-113.perfdesk"
    seen = _answer_dialogs(monkeypatch, taichung_file, target, None)
    copy_forward(window.action_context)
    assert seen == ["copy-forward"]
    opened = next(w for w in window.manager.windows if w.session.path == target)  # type: ignore[attr-defined]
    assert opened.session.report.year == 113
    assert all(m.needs_review and m.origin for m in opened.session.report.walk_methods())


def test_next_year_on_a_new_template_shows_the_mapping_first(
    window: MainWindow, taichung_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = report_to_data(sample_report("taichung-112"))
    del data["dimensions"][0]["strategies"][0]["methods"][1]
    template = tmp_path / "範本-113.json"
    template.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "臺中分局-113.perfdesk"
    seen = _answer_dialogs(monkeypatch, taichung_file, target, template)
    copy_forward(window.action_context)
    assert seen[0] == "copy-forward" and seen[1].startswith("mapping ")
    opened = next(w for w in window.manager.windows if w.session.path == target)  # type: ignore[attr-defined]
    assert opened.session.report.dimensions[-1].name == HOLDING_NAME
