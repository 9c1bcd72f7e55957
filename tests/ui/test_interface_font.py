"""Chinese text in the window falls back to a Traditional Chinese sans face on Linux, not a 楷書 one."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from perfdesk.ui.interface_font import TRADITIONAL_CHINESE_SANS, use_chinese_interface_font

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the system's interface font decides")


@pytest.fixture
def app_font(qapp: QApplication):  # type: ignore[no-untyped-def]
    before = QFont(qapp.font())
    yield qapp
    qapp.setFont(before)


def test_latin_face_first_then_the_chinese_sans_faces(app_font: QApplication) -> None:
    latin = app_font.font().family()
    use_chinese_interface_font(app_font)
    use_chinese_interface_font(app_font)  # twice changes nothing: each face named once
    families = app_font.font().families()
    assert families[0] == latin
    assert families[1:] == list(TRADITIONAL_CHINESE_SANS)


def test_chinese_text_is_drawn_in_a_sans_face_when_one_is_installed(app_font: QApplication) -> None:
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    if not installed & set(TRADITIONAL_CHINESE_SANS):
        pytest.skip("no Traditional Chinese sans face installed (fonts-noto-cjk)")
    use_chinese_interface_font(app_font)
    layout = QTextLayout("訂定申辦業務標準作業流程", app_font.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    faces = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert faces and faces <= set(TRADITIONAL_CHINESE_SANS), faces
