"""Hostile JSON imported in the window: one dialog with the one-line reason, no file written, no new window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from perfdesk.ui.actions.open_and_import import import_json
from perfdesk.ui.main_window import MainWindow
from tests.interchange.test_json_mutations import CASES, CLI_SAMPLE, Case

SAMPLE = [case for case in CASES if case.name in CLI_SAMPLE]


@pytest.mark.parametrize("case", SAMPLE, ids=[c.name for c in SAMPLE])
def test_the_window_refuses_hostile_json_with_one_line(
    case: Case, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "import"
    folder.mkdir()
    source, target = folder / "hostile.json", folder / "imported.perfdesk"
    made = case.make()
    source.write_bytes(made if isinstance(made, bytes) else made.encode("utf-8", "surrogatepass"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    windows_before = len(window.manager.windows)
    import_json(window.action_context)
    assert len(shown) == 1 and "\n" not in shown[0] and "未預期" not in shown[0], shown
    assert not target.exists()
    assert len(window.manager.windows) == windows_before
    assert sorted(p.name for p in folder.iterdir()) == ["hostile.json"], "nothing written, not even a temporary file"
