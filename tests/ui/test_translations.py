"""The English catalogue: complete, compiled, current with the sources, and what the window shows with it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Method
from perfdesk.ui.app import load_english_catalogue
from perfdesk.ui.edit_controller import describe
from perfdesk.ui.editors.dimension_editor import DimensionEditor
from perfdesk.ui.editors.method_editor import MethodEditor
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.ui_language import current_language, set_language
from perfdesk.ui.window_manager import WindowManager

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "resources" / "translations" / "perfdesk_en.ts"
COMPILED = REPO / "resources" / "translations" / "perfdesk_en.qm"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
MNEMONIC = re.compile(r"&[^&\s]")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is installed with PySide6"
    return found


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", m) for context in root.iter("context") for m in context.iter("message")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


# ---- the catalogue ----------------------------------------------------------------------------


def test_every_message_is_translated() -> None:
    messages = _messages(CATALOGUE)
    assert len(messages) > 250  # the window's strings, not an empty file
    for context, message in messages:
        where = f"{context}: {message.findtext('source')!r}"
        translation = message.find("translation")
        assert translation is not None, where
        assert translation.get("type") is None, f"{translation.get('type')}: {where}"
        texts = _translations(message)
        if message.get("numerus") == "yes":
            assert len(texts) == 2, f"English has two plural forms: {where}"
        assert all(text.strip() for text in texts), f"empty translation: {where}"


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for context, message in _messages(CATALOGUE):
        source = message.findtext("source") or ""
        where = f"{context}: {source!r}"
        wanted = set(PLACEHOLDER.findall(source))
        texts = _translations(message)
        for text in texts:
            # str.format fails on a name it is not given; a singular may leave out the count.
            assert set(PLACEHOLDER.findall(text)) <= wanted, where
        assert set(PLACEHOLDER.findall(texts[-1])) == wanted, where
        if MNEMONIC.search(source):
            assert all(MNEMONIC.search(text) for text in texts), f"lost its keyboard mnemonic: {where}"


def test_the_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    fresh = tmp_path / "perfdesk_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == COMPILED.read_bytes(), "run scripts/dev.sh translations"


def test_the_catalogue_has_every_string_of_the_window(tmp_path: Path) -> None:
    """lupdate over the sources (as scripts/dev.sh translations runs it) finds nothing new and nothing gone."""
    copy = tmp_path / "perfdesk_en.ts"
    shutil.copyfile(CATALOGUE, copy)
    sources = sorted(p for p in (REPO / "src" / "perfdesk" / "ui").rglob("*.py") if "forms" not in p.parts)
    forms = sorted((REPO / "forms").glob("*.ui"))
    options = ["-silent", "-no-obsolete", "-locations", "none"]
    subprocess.run([_tool("pyside6-lupdate"), *options, *map(str, forms + sources), "-ts", str(copy)], check=True)

    def keys(path: Path) -> set[tuple[str, str, str]]:
        return {(c, m.findtext("source") or "", m.findtext("comment") or "") for c, m in _messages(path)}

    assert keys(copy) == keys(CATALOGUE), "run scripts/dev.sh translations and translate what is new"


# ---- the window in English --------------------------------------------------------------------


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[QTranslator]:
    """perfdesk's English catalogue installed for one test (the other tests see the Chinese source strings)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert load_english_catalogue(translator)
    before = current_language()
    app.installTranslator(translator)
    set_language("en")
    yield translator
    app.removeTranslator(translator)
    set_language(before)


@pytest.fixture
def english_window(english: QTranslator, manager: WindowManager, taichung_file: Path, qtbot: QtBot) -> MainWindow:
    window = manager.open_file(taichung_file)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    return window


def test_the_catalogue_loads_from_the_package(english: QTranslator) -> None:
    assert english.language() == "en"
    assert english.translate("Menus", "檔案(&F)") == "&File"


def test_the_window_speaks_english(english_window: MainWindow, qtbot: QtBot) -> None:
    window = english_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Structure", "&View", "&Help"]
    # Hold the action: PySide 6.9 lets its menu's wrapper go with a temporary action's.
    file_action = window.menuBar().actions()[0]
    file_menu = file_action.menu()
    assert "&New Report…" in [action.text() for action in file_menu.actions()]
    assert window.save_label.text() == "Every change is saved automatically"
    assert window.checks.heading.text() == "Checks"
    assert window.unit_combo.itemText(0) == "(All units)"
    # The checks arrive just after the window's first frame.
    qtbot.waitUntil(lambda: window.checks.summary.text().startswith(("Problems:", "Checks passed")))
    assert window.menu_actions.english.text() == "&English interface (restart)"


def test_editors_speak_english_but_the_report_stays_as_written(english_window: MainWindow) -> None:
    window = english_window
    dimension = window.session.report.dimensions[0]
    window.select_node(dimension)
    editor = window.stack.currentWidget()
    assert isinstance(editor, DimensionEditor)
    assert editor.form.nameLabel.text() == "N&ame"
    # The categories are the report's own (printed) text: offered as written, in any language.
    assert editor.form.categoryCombo.itemText(0) == "一、整體服務類"

    method = next(m for m in window.session.report.walk_methods() if m.description and not m.children)
    window.select_node(method)
    editor = window.stack.currentWidget()
    assert isinstance(editor, MethodEditor)
    assert editor.form.headingLabel.text() in ("Method", "Sub-item")
    assert editor.form.titleLabel.text() == "&Title"
    # The counter's text comes from the shared NodeEditor; plural forms follow the count.
    assert editor.form.descriptionCount.text() == f"{len(method.description):,} characters"


def test_undo_entries_are_named_in_english(english_window: MainWindow) -> None:
    window = english_window
    method = next(window.session.report.walk_methods())
    assert isinstance(method, Method)
    window.controller.edit_field(method, "title", method.title + "（改）")
    assert describe(method).startswith(("Method ", "Sub-item "))
    assert window.menu_actions.undo.text() == f"&Undo “Edit title of {describe(method)}”"
    window.controller.undo_stack.undo()
    assert window.menu_actions.redo.text() == f"&Redo “Edit title of {describe(method)}”"


def test_perfdesk_starts_in_english_when_asked(taichung_file: Path) -> None:
    """The preference is read at start-up (app.main) and the catalogue comes from the installed package."""
    settings = SettingsStore()
    settings.set_language("en")
    settings.qsettings.sync()
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow
        from perfdesk.ui.app import main

        app = QApplication(sys.argv)
        def check():
            for window in app.topLevelWidgets():
                if isinstance(window, QMainWindow) and window.isVisible():
                    print("MENUS", [a.text() for a in window.menuBar().actions()], flush=True)
            app.quit()
        QTimer.singleShot(1500, check)
        sys.exit(main(["perfdesk", sys.argv[1]]))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(taichung_file)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "MENUS ['&File', '&Edit', '&Structure', '&View', '&Help']" in result.stdout
