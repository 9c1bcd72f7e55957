"""說明 → 使用說明: F1 opens the guide beside the window, in its language, with the window's real commands and keys."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.user_guide_dialog import HEIGHT, WIDTH, UserGuideDialog, guide_html
from perfdesk.ui.window_manager import WindowManager
from tests.ui.test_mnemonics import window_clashes
from tests.ui.test_translations import english

__all__ = ["english"]  # the fixture, for the English run

REPO = Path(__file__).resolve().parents[2]
GUIDES = REPO / "resources" / "guide"
HEADINGS = {
    "zh_TW": [
        "一年的工作",
        "樹上的標記與檢視",
        "檢查面板",
        "自動儲存與當機之後",
        "別人正在編輯同一個檔案時",
        "備份與還原",
        "鍵盤快速鍵",
    ],
    "en": [
        "The year's work",
        "Badges in the tree, and reviewing",
        "The checks panel",
        "Autosave, and after a crash",
        "When someone else is editing the file",
        "Backups and restoring",
        "Keyboard shortcuts",
    ],
}


def shown_guides(window: MainWindow) -> list[UserGuideDialog]:
    return [dialog for dialog in window.findChildren(UserGuideDialog) if dialog.isVisible()]


def open_guide(window: MainWindow, qtbot: QtBot) -> UserGuideDialog:
    window.menu_actions.guide.trigger()
    qtbot.waitUntil(lambda: len(shown_guides(window)) == 1)
    return shown_guides(window)[0]


def native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def test_f1_opens_the_guide_beside_the_window(active: MainWindow, qtbot: QtBot) -> None:
    assert active.menu_actions.guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    qtbot.keyClick(active.tree, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(shown_guides(active)) == 1)
    guide = shown_guides(active)[0]
    assert "perfdesk 使用說明" in guide.browser.toPlainText()
    # Not modal: the coordinator reads it while working in the window.
    assert not guide.isModal() and QApplication.activeModalWidget() is None


def test_the_guide_is_first_in_the_help_menu(window: MainWindow) -> None:
    titles = window.menuBar().actions()  # held: PySide 6.9 lets a menu's wrapper go with a temporary action's
    help_menu = titles[-1].menu()
    assert [action.text() for action in help_menu.actions()] == ["使用說明(&G)", "關於 perfdesk(&A)"]


def test_asking_again_brings_the_open_guide_forward(window: MainWindow, qtbot: QtBot) -> None:
    first = open_guide(window, qtbot)
    window.menu_actions.guide.trigger()
    assert shown_guides(window) == [first]


def test_the_shortcut_table_is_read_from_the_actions(window: MainWindow) -> None:
    find = window.menu_actions.find
    row = f"<td>尋找與取代</td><td><code>{native(find.shortcut())}</code></td>"
    assert row in guide_html(window, "zh_TW")
    # Give 尋找與取代 and 下一個待檢視 other keys: the table and the text follow.
    find.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.menu_actions.next_unreviewed.setShortcut(QKeySequence("F7"))
    text = guide_html(window, "zh_TW")
    assert f"<td>尋找與取代</td><td><code>{native(QKeySequence('Ctrl+Alt+J'))}</code></td>" in text
    assert row not in text
    assert "<b>檢視 → 下一個待檢視</b>（F7）" in text


def test_every_key_of_a_command_is_listed_and_undo_is_named_as_a_command(window: MainWindow) -> None:
    redo = window.menu_actions.redo
    keys = "、".join(native(key) for key in redo.shortcuts())
    assert len(redo.shortcuts()) >= 2  # Ctrl+Y and Ctrl+Shift+Z
    text = guide_html(window, "zh_TW")
    assert f"<td>取消復原</td><td><code>{keys}</code></td>" in text
    # Not the entry the undo stack would take back (復原「編輯…」), which changes with every edit.
    assert "<td>復原</td>" in text


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_both_languages_load_with_their_sections_and_links(window: MainWindow, language: str) -> None:
    text = guide_html(window, language)  # type: ignore[arg-type]
    for heading in HEADINGS[language]:
        assert heading in text, heading
    assert "[[" not in text and "<!--" not in text  # every placeholder filled, the editors' notes left out
    # The contents link to anchors that are there.
    anchors = set(re.findall(r'<a name="(\w+)">', text))
    links = set(re.findall(r'<a href="#(\w+)">', text))
    assert len(links) >= 7 and links <= anchors


def test_the_two_guides_have_the_same_sections() -> None:
    def shape(name: str) -> tuple[list[str], list[str]]:
        text = (GUIDES / name).read_text(encoding="utf-8")
        return re.findall(r'<a name="(\w+)">', text), sorted(set(re.findall(r"\[\[(\w+(?::\w+)?)\]\]", text)))

    assert shape("user-guide.zh_TW.html") == shape("user-guide.en.html")


def test_the_guide_names_this_pcs_backup_folder(window: MainWindow, isolated_data_folder: Path) -> None:
    assert f"<code>{isolated_data_folder / 'backups'}</code>" in guide_html(window, "zh_TW")


def test_the_guide_follows_the_interface_language(
    english: QTranslator, manager: WindowManager, taichung_file: Path, qtbot: QtBot
) -> None:
    window = manager.open_file(taichung_file)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    text = open_guide(window, qtbot).browser.toPlainText()
    assert "perfdesk user guide" in text
    # The commands as the English menus name them.
    assert "File → New Year from Last Year's File (Ctrl+Shift+N)" in text
    assert "Find and Replace" in text


def test_escape_and_the_close_button_close_it(window: MainWindow, qtbot: QtBot) -> None:
    guide = open_guide(window, qtbot)
    guide.activateWindow()
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown_guides(window) == [])
    guide = open_guide(window, qtbot)
    assert guide.close_button.text() == "關閉(&C)" and window_clashes(guide) == []
    guide.close_button.click()
    qtbot.waitUntil(lambda: shown_guides(window) == [])


def test_it_fits_a_1024_by_700_screen_and_can_be_resized(window: MainWindow, qtbot: QtBot) -> None:
    guide = open_guide(window, qtbot)
    # Room for the title bar and the taskbar, as ui/screen_fit.py leaves it.
    assert WIDTH <= 1024 - 24 and HEIGHT <= 700 - 56
    assert guide.width() <= WIDTH and guide.height() <= HEIGHT
    minimum = guide.minimumSizeHint()
    assert minimum.width() <= 1024 - 24 and minimum.height() <= 700 - 56
    assert guide.isSizeGripEnabled()


def test_the_guide_ships_in_the_package() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "perfdesk.resources.guide" in config["packages"]
    patterns = config["package-data"]["perfdesk.resources.guide"]
    for guide in GUIDES.glob("*.html"):
        assert any(fnmatch(guide.name, pattern) for pattern in patterns), guide.name


def test_opening_the_window_does_not_load_the_guide() -> None:
    code = (
        "import sys, perfdesk.ui.main_window, perfdesk.ui.window_manager\n"
        "print(sorted(m for m in sys.modules if 'user_guide' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
