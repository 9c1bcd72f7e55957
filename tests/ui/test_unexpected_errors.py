"""An exception that escapes a slot reaches the user as a dialog and the log, not only stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from perfdesk.ui import unexpected_errors


def test_an_escaped_exception_is_shown_in_one_line_and_logged(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_folder: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    unexpected_errors.install()
    try:
        raise ValueError("All strings must be XML compatible")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and shown[0].splitlines()[0].startswith("發生未預期的錯誤：ValueError: All strings")
    log = unexpected_errors.log_path()
    assert log.parent == isolated_data_folder and "Traceback" in log.read_text(encoding="utf-8")
