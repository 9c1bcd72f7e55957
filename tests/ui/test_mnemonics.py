"""No two keyboard mnemonics clash: within a window (Alt+letter) and within each menu, in both languages.

In a window, Alt+letter goes to the menu bar's titles and to every visible label, button and group
box alike, so 配分(&S) beside 結構(&S) took Alt+S away from the menu. Inside a menu, one letter
must choose one item (匯出報表(&X) and 結束(&X) chose the first).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QGroupBox, QLabel, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from perfdesk.domain.report import Dimension, Method, Origin, Strategy
from perfdesk.ui.main_window import MainWindow
from perfdesk.ui.window_manager import WindowManager
from tests.ui.test_translations import english

__all__ = ["english"]  # the fixture, for the English run

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def window_clashes(window: QWidget) -> list[str]:
    """Letters that more than one of the window's Alt+letter targets answers to: 「s: 結構(&S), 配分(&S)」."""
    owners: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                owners[letter].append(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if letter := mnemonic(text):
            owners[letter].append(text)
    return [f"{letter}: {', '.join(texts)}" for letter, texts in sorted(owners.items()) if len(texts) > 1]


def menu_clashes(menu: QMenu) -> Iterator[str]:
    """Letters that choose more than one item of `menu` (and of each of its submenus)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if letter := mnemonic(action.text()):
            owners[letter].append(action.text())
        if action.menu() is not None:
            yield from menu_clashes(action.menu())
    for letter, texts in sorted(owners.items()):
        if len(texts) > 1:
            yield f"{menu.title()} {letter}: {', '.join(texts)}"


def _every_editor(window: MainWindow) -> Iterator[str]:
    """Show each kind of editor (a carried-over row shows 去年內容 too), then each again under the open find
    bar, whose letters share the window with whichever editor is shown; yields what is shown."""
    report = window.session.report
    # A row carried over from last year, whose editor shows 去年內容 with its 已檢視 button.
    carried = list(report.walk_methods())[1]
    carried.origin, carried.needs_review = Origin("last-year", report.year - 1, carried.title, results="去年"), True
    shown = {
        "Dimension": report.dimensions[0],
        "Strategy": report.dimensions[0].strategies[0],
        "Method": next(report.walk_methods()),
        "carried-over Method": carried,
    }
    for name, node in shown.items():
        window.select_node(node)
        yield name
    window.find_bar.open()
    for name, node in shown.items():
        window.select_node(node)
        assert window.find_bar.isVisibleTo(window)
        yield f"find bar over {name}"


def _check_window(window: MainWindow) -> list[str]:
    found = [f"menu {clash}" for top in window.menuBar().actions() for clash in menu_clashes(top.menu())]
    for shown in _every_editor(window):
        found += [f"{shown}: {clash}" for clash in window_clashes(window)]
    return found


def _dialogs(window: MainWindow) -> Iterator[QDialog]:
    from perfdesk.ui.compare_dialog import CompareDialog
    from perfdesk.ui.copy_forward_dialog import CopyForwardDialog
    from perfdesk.ui.export_dialog import ExportDialog
    from perfdesk.ui.print_preview import PrintPreview
    from perfdesk.ui.renumber_dialog import RenumberDialog
    from perfdesk.ui.report_properties_dialog import ReportPropertiesDialog

    report = window.session.report
    yield ExportDialog(window.session, window)
    yield ReportPropertiesDialog(report, window)
    yield RenumberDialog(report, window.session.index, report.dimensions[0].strategies[0], window)
    yield CompareDialog(report, window.session.index, None, lambda _row: None, window)
    yield PrintPreview(window.session, window)
    yield CopyForwardDialog(report, Path(window.session.path), window)


def test_the_window_and_its_menus_have_no_clashing_mnemonics(window: MainWindow) -> None:
    assert _check_window(window) == []


def test_the_dialogs_have_no_clashing_mnemonics(window: MainWindow, qtbot: QtBot) -> None:
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        assert window_clashes(dialog) == [], type(dialog).__name__


def test_in_english_too(english: QTranslator, manager: WindowManager, taichung_file: Path, qtbot: QtBot) -> None:
    window = manager.open_file(taichung_file)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert _check_window(window) == []
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        assert window_clashes(dialog) == [], type(dialog).__name__


def test_the_check_finds_a_clash(window: MainWindow) -> None:
    """The walkthrough's Alt+S: the check must see a label's letter against the menu bar's."""
    window.select_node(window.session.report.dimensions[0])
    editor = window.stack.currentWidget()
    editor.form.pointsLabel.setText("配分(&S)")  # type: ignore[attr-defined]
    assert any(clash.startswith("s: 結構(&S)") for clash in window_clashes(window))


@pytest.mark.parametrize("kind", [Dimension, Strategy, Method])
def test_every_editor_is_checked(window: MainWindow, kind: type) -> None:
    shown = []
    for _ in _every_editor(window):
        shown.append(type(window.current_node()))
    assert kind in shown


def test_every_control_of_the_find_bar_has_a_letter(window: MainWindow) -> None:
    """Alt+letter reaches each of the find bar's buttons and its check box (✕ is Escape's)."""
    bar = window.find_bar
    bar.open()
    texts = [button.text() for button in bar.findChildren(QAbstractButton) if button.text() != "✕"]
    assert len(texts) == 4
    assert [text for text in texts if mnemonic(text) is None] == []


def test_every_field_of_the_new_year_dialog_has_a_letter(window: MainWindow, qtbot: QtBot) -> None:
    from perfdesk.ui.copy_forward_dialog import CopyForwardDialog

    dialog = CopyForwardDialog(window.session.report, Path(window.session.path), window)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)  # Escape's
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog) and w is not cancel]
    assert len(texts) >= 9
    assert [text for text in texts if mnemonic(text) is None] == []
