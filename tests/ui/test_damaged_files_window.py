"""Every damaged-file variant the reader refuses ends in one dialog in the window: no traceback, file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from perfdesk.services.report_files import load_report
from perfdesk.storage.office_file import create_office_file
from perfdesk.ui.window_manager import WindowManager
from tests.storage.test_damaged_rows import VARIANTS, Base, Db, Variant, _base_report

REFUSED = [v for v in VARIANTS if v.outcome == "refuse"]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    path = tmp_path_factory.mktemp("base") / "base.perfdesk"
    create_office_file(path, _base_report())
    return Base(path.read_bytes(), load_report(path))


@pytest.mark.parametrize("variant", REFUSED, ids=[v.name for v in REFUSED])
def test_the_window_explains_a_damaged_file(
    variant: Variant, base: Base, tmp_path: Path, manager: WindowManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    damaged = tmp_path / "臺中分局-112.perfdesk"
    damaged.write_bytes(base.data)
    variant.mutate(Db(damaged), base)
    before = damaged.read_bytes()
    assert manager.open_file(damaged) is None
    assert len(shown) == 1 and "\n" not in shown[0] and "未預期" not in shown[0], shown
    assert damaged.read_bytes() == before
