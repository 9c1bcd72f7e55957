"""說明 → 使用說明: a short user guide in the interface's language, naming the window's real commands and keys.

The guide is HTML (resources/guide/user-guide.zh_TW.html and user-guide.en.html), not Markdown: Qt's
Markdown gives headings no anchors, so a table of contents could not link to its sections, and the key
tables made here are HTML either way. The files hold the prose; what would drift from the code if it
were written there is filled in when the guide opens:

- ``<!--shortcuts-->``: every menu command that has a key, read from the window's menus (the name
  without its mnemonic, every key in the platform's own notation), then the keys that are no command;
- ``[[menu:NAME]]``: 「檔案 → 從去年檔案建立新年度（Ctrl+Shift+N）」 for the field NAME of menus.Actions;
- ``[[badge:empty|review|comment]]``: the tree's badge in its colour (badges.py);
- ``[[formats]]``: the export formats (export/formats.py); ``[[backups]]``: this PC's backup folder.

A placeholder the guide does not know is a bug of the guide file and raises (the tests load both files).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout

from perfdesk.export.formats import export_formats
from perfdesk.i18n.language import Language
from perfdesk.services.app_folders import data_folder
from perfdesk.ui.badges import COMMENT, EMPTY, REVIEW
from perfdesk.ui.menus import without_mnemonic
from perfdesk.ui.screen_fit import resize_to_fit
from perfdesk.ui.ui_language import current_language

if TYPE_CHECKING:
    from perfdesk.ui.main_window import MainWindow

# Small enough for a 1024×700 screen with its taskbar; resize_to_fit shrinks it on a smaller one.
WIDTH, HEIGHT = 900, 620
SHORTCUTS = "<!--shortcuts-->"
_PLACEHOLDER = re.compile(r"\[\[(\w+)(?::(\w+))?\]\]")
# Notes to whoever edits the file; the shortcuts placeholder is the one comment that is content.
_COMMENT = re.compile(r"<!--(?!shortcuts-->).*?-->", re.DOTALL)
_BADGES = {"empty": EMPTY, "review": REVIEW, "comment": COMMENT}
_TABLE = '<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-color:#c8c8c8">'
# Column widths (percent) of the commands' table and of the other keys' one: the keys' column wide enough for
# 「Ctrl+Y、Ctrl+Shift+Z」 on one line, the names for the longest menu item.
_COMMAND_WIDTHS = (14, 50, 36)
_OTHER_WIDTHS = (32, 22, 46)


@dataclass(frozen=True)
class Command:
    """One menu command as the guide names it: its menu, its name, its keys."""

    menu: str
    name: str
    keys: tuple[QKeySequence, ...]


def key_text(keys: tuple[QKeySequence, ...] | list[QKeySequence], language: Language) -> str:
    """「Ctrl+Y、Ctrl+Shift+Z」: every key of a command, as this platform writes keys."""
    separator = ", " if language == "en" else "、"
    return separator.join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


def menu_commands(window: MainWindow) -> list[tuple[QAction, Command]]:
    """Every command of the window's menu bar, in menu order, with the action behind it."""
    found = []
    # Held in a list: PySide 6.9 lets a menu's wrapper go with a temporary action's.
    titles = window.menuBar().actions()
    for title in titles:
        menu = title.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            command = Command(without_mnemonic(title.text()), _command_name(window, action), tuple(action.shortcuts()))
            found.append((action, command))
    return found


def _command_name(window: MainWindow, action: QAction) -> str:
    # 復原 and 取消復原 name the entry they would undo (復原「刪除 執行方法 2.」): the guide names the command.
    if action is window.menu_actions.undo:
        return without_mnemonic(QCoreApplication.translate("MainWindow", "復原(&Z)"))
    if action is window.menu_actions.redo:
        return without_mnemonic(QCoreApplication.translate("MainWindow", "取消復原(&Y)"))
    return without_mnemonic(action.text())


def other_keys(language: Language) -> list[tuple[str, str, str]]:
    """(where, key, what it does) for the keys that are no menu command.

    They live in the widgets that handle them (find_bar.py, main_window.py, the method editor), which the
    guide cannot ask without building them; tests/ui/test_keyboard_editing.py and test_editing.py hold them.
    """

    def key(text: str) -> str:
        return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)

    # The tree's key is made as main_window.py makes it: QKeySequence(StandardKey) keeps only the first binding.
    delete = QKeySequence(QKeySequence.StandardKey.Delete).toString(QKeySequence.SequenceFormat.NativeText)
    find, replace = (
        QCoreApplication.translate("UserGuide", "尋找列的「尋找…」"),
        QCoreApplication.translate("UserGuide", "尋找列的「取代為…」"),
    )
    return [
        (
            QCoreApplication.translate("UserGuide", "報告樹"),
            delete,
            QCoreApplication.translate("UserGuide", "刪除選取的列（先詢問，可復原）"),
        ),
        (find, key("Enter"), QCoreApplication.translate("UserGuide", "下一個符合處（不會改動文字）")),
        (find, key("Shift+Enter"), QCoreApplication.translate("UserGuide", "上一個符合處")),
        (
            QCoreApplication.translate("UserGuide", "尋找列"),
            key("Esc"),
            QCoreApplication.translate("UserGuide", "關閉尋找列，游標移到最後顯示的符合處"),
        ),
        (replace, key("Enter"), QCoreApplication.translate("UserGuide", "全部取代（先詢問，可復原）")),
        (
            QCoreApplication.translate("UserGuide", "主辦單位的「新增單位名稱」"),
            key("Enter"),
            QCoreApplication.translate("UserGuide", "新增這個單位"),
        ),
        (
            QCoreApplication.translate("UserGuide", "選單、欄位、按鈕"),
            QCoreApplication.translate("UserGuide", "Alt＋底線字母"),
            QCoreApplication.translate("UserGuide", "開啟該選單，或移到該欄位、按下該按鈕"),
        ),
        (
            QCoreApplication.translate("UserGuide", "本說明"),
            key("Esc"),
            QCoreApplication.translate("UserGuide", "關閉"),
        ),
    ]


def shortcut_tables(window: MainWindow, language: Language) -> str:
    """The menu commands that have keys, then the other keys, as HTML tables."""
    menu, command_text = (
        QCoreApplication.translate("UserGuide", "選單"),
        QCoreApplication.translate("UserGuide", "指令"),
    )
    key, where, effect = (
        QCoreApplication.translate("UserGuide", "按鍵"),
        QCoreApplication.translate("UserGuide", "在哪裡"),
        QCoreApplication.translate("UserGuide", "作用"),
    )
    rows = [_row((menu, command_text, key), header=_COMMAND_WIDTHS)]
    previous = None
    for _action, command in menu_commands(window):
        if not command.keys:
            continue
        # A menu's name heads its first row only: the table reads as the menus do.
        rows.append(
            _row((command.menu if command.menu != previous else "", command.name, key_text(command.keys, language)))
        )
        previous = command.menu
    others = [_row((where, key, effect), header=_OTHER_WIDTHS)]
    others += [_row((place, keys, what), keys_at=1) for place, keys, what in other_keys(language)]
    heading = html.escape(QCoreApplication.translate("UserGuide", "其他按鍵"))
    return f"{_TABLE}{''.join(rows)}</table><p><b>{heading}</b></p>{_TABLE}{''.join(others)}</table>"


def _row(cells: tuple[str, str, str], *, header: tuple[int, int, int] | None = None, keys_at: int = 2) -> str:
    """One table row (a header row with its columns' widths); the keys' cell in code type, as the text writes keys."""
    if header is not None:
        heads = (
            f'<th align=left width="{width}%">{html.escape(cell)}</th>'
            for cell, width in zip(cells, header, strict=True)
        )
        return "<tr>" + "".join(heads) + "</tr>"
    shown = [f"<code>{html.escape(c)}</code>" if i == keys_at else html.escape(c) for i, c in enumerate(cells)]
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in shown) + "</tr>"


def guide_html(window: MainWindow, language: Language) -> str:
    """The guide in `language`, its placeholders filled in from `window` (see the module's docstring)."""
    name = f"user-guide.{language}.html"
    text = resources.files("perfdesk.resources").joinpath("guide", name).read_text(encoding="utf-8")
    text = _COMMENT.sub("", text)
    commands = menu_commands(window)

    def menu_reference(field: str) -> str:
        wanted = getattr(window.menu_actions, field)  # AttributeError: the guide names a command that is gone
        command = next((c for action, c in commands if action is wanted), None)
        if command is None:
            raise ValueError(f"{name}: the command {field} is in no menu")
        named = html.escape(f"{command.menu} → {command.name}")
        if not command.keys:
            return f"<b>{named}</b>"
        keys = html.escape(key_text(command.keys, language))
        return f"<b>{named}</b> ({keys})" if language == "en" else f"<b>{named}</b>（{keys}）"

    def fill(match: re.Match[str]) -> str:
        kind, argument = match.group(1), match.group(2)
        if kind == "menu" and argument:
            return menu_reference(argument)
        if kind == "badge" and argument in _BADGES:
            return f'<span style="color:{_BADGES[argument].name()}">●</span>'
        if kind == "formats" and not argument:
            return html.escape(_format_list(language))
        if kind == "backups" and not argument:
            return html.escape(str(data_folder() / "backups"))
        raise ValueError(f"{name}: unknown placeholder {match.group(0)}")

    text = _PLACEHOLDER.sub(fill, text)
    if SHORTCUTS not in text:
        raise ValueError(f"{name}: no {SHORTCUTS} placeholder")
    return text.replace(SHORTCUTS, shortcut_tables(window, language))


def _format_list(language: Language) -> str:
    """「Excel 活頁簿（.xlsx）、PDF 文件（.pdf）…」: the export dialog's formats, in its order."""
    if language == "en":
        return ", ".join(f"{f.caption_in(language)} ({f.extension})" for f in export_formats())
    return "、".join(f"{f.caption_in(language)}（{f.extension}）" for f in export_formats())


class UserGuideDialog(QDialog):
    """The guide beside the window, not blocking it: a coordinator reads it while trying what it says."""

    def __init__(self, window: MainWindow, language: Language | None = None) -> None:
        super().__init__(window)
        self.setObjectName("userGuide")
        self.setWindowTitle(QCoreApplication.translate("UserGuide", "perfdesk 使用說明"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        # The contents' links are anchors in the page; a web address, should the guide get one, opens outside.
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html(window, language or current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(QCoreApplication.translate("UserGuide", "關閉(&C)"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.setSizeGripEnabled(True)
        resize_to_fit(self, WIDTH, HEIGHT)
