"""The window's actions, menus and toolbar, in the window's language with a shortcut for each."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from perfdesk.export.formats import format_names
from perfdesk.ui.editors.undo_keys import redo_shortcuts, undo_shortcuts
from perfdesk.ui.ui_language import current_language


class Actions(NamedTuple):
    """Every action of the window, created once; the window connects them.

    A NamedTuple, as domain/field_table.py's FieldSpec says why: a dataclass execs its __init__'s source.
    """

    new: QAction
    copy_forward: QAction
    compare: QAction
    next_unreviewed: QAction
    open: QAction
    import_json: QAction
    import_document: QAction
    export_json: QAction
    save_copy: QAction
    submit: QAction
    consolidate: QAction
    export: QAction
    preview: QAction
    print: QAction
    backups: QAction
    properties: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    add_sibling: QAction
    add_child: QAction
    delete: QAction
    move_up: QAction
    move_down: QAction
    indent: QAction
    outdent: QAction
    renumber: QAction
    checks: QAction
    english: QAction
    guide: QAction
    about: QAction
    recent_menu: QMenu


def build_actions(window: QMainWindow, undo: QAction, redo: QAction, checks: QAction) -> Actions:
    def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        # Not QAction(text, window): PySide6 weighs a text against QAction(QIcon, …), and building QIcon's
        # Python type (its 151 theme icons) costs every start about a millisecond.
        act = QAction(window, text=text)
        if shortcut is not None:
            # setShortcuts with a list of one: PySide6's setShortcut checks its argument against overloads that
            # take `Qt` enums, which builds the whole namespace as the window starts (ui/qt_values.py).
            act.setShortcuts([QKeySequence(shortcut)])
        return act

    # Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z both redo, whatever the desktop's habit (also inside the fields, undo_keys.py).
    undo.setShortcuts(undo_shortcuts())
    redo.setShortcuts(redo_shortcuts())
    checks.setText(QCoreApplication.translate("Menus", "檢查面板(&K)"))
    checks.setShortcuts([QKeySequence("F8")])  # a list, as action() says
    actions = Actions(
        new=action(QCoreApplication.translate("Menus", "新增報告(&N)…"), QKeySequence.StandardKey.New),
        open=action(QCoreApplication.translate("Menus", "開啟(&O)…"), QKeySequence.StandardKey.Open),
        copy_forward=action(QCoreApplication.translate("Menus", "從去年檔案建立新年度(&Y)…"), "Ctrl+Shift+N"),
        compare=action(QCoreApplication.translate("Menus", "與去年比較(&C)…"), "Ctrl+Shift+D"),
        next_unreviewed=action(QCoreApplication.translate("Menus", "下一個待檢視(&N)"), "F6"),
        import_json=action(QCoreApplication.translate("Menus", "從 JSON 匯入(&I)…"), "Ctrl+Shift+I"),
        import_document=action(QCoreApplication.translate("Menus", "從 Word／ODF 文件匯入(&W)…")),
        export_json=action(QCoreApplication.translate("Menus", "匯出為 JSON(&J)…"), "Ctrl+Shift+E"),
        save_copy=action(QCoreApplication.translate("Menus", "另存副本(&A)…"), QKeySequence.StandardKey.SaveAs),
        submit=action(QCoreApplication.translate("Menus", "提交總局(&T)…")),
        consolidate=action(QCoreApplication.translate("Menus", "彙整分局報告(&M)…")),
        # Every export format, as export.formats names them: 「匯出報表（Excel／PDF／Word／ODF）」.
        # Each menu gives each of its items a letter of its own (tests/ui/test_mnemonics.py).
        export=action(
            QCoreApplication.translate("Menus", "匯出報表（{formats}）(&E)…").format(
                formats=format_names(current_language())
            ),
            "Ctrl+E",
        ),
        preview=action(QCoreApplication.translate("Menus", "預覽列印(&V)…"), "Ctrl+Alt+P"),
        print=action(QCoreApplication.translate("Menus", "列印(&P)…"), QKeySequence.StandardKey.Print),
        backups=action(QCoreApplication.translate("Menus", "備份與還原(&B)…"), "Ctrl+Shift+B"),
        properties=action(QCoreApplication.translate("Menus", "報告屬性(&D)…"), "Ctrl+Shift+P"),
        quit=action(QCoreApplication.translate("Menus", "結束(&X)"), QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        find=action(QCoreApplication.translate("Menus", "尋找與取代(&F)…"), QKeySequence.StandardKey.Find),
        add_sibling=action(QCoreApplication.translate("Menus", "新增同層項目(&S)"), "Ctrl+Return"),
        add_child=action(QCoreApplication.translate("Menus", "新增下層項目(&C)"), "Ctrl+Shift+Return"),
        delete=action(QCoreApplication.translate("Menus", "刪除(&D)…"), "Ctrl+Delete"),
        move_up=action(QCoreApplication.translate("Menus", "上移(&U)"), "Alt+Up"),
        move_down=action(QCoreApplication.translate("Menus", "下移(&W)"), "Alt+Down"),
        indent=action(QCoreApplication.translate("Menus", "降階為子項目(&T)"), "Alt+Right"),
        outdent=action(QCoreApplication.translate("Menus", "升階(&O)"), "Alt+Left"),
        renumber=action(QCoreApplication.translate("Menus", "重新編號(&R)"), "Ctrl+Shift+R"),
        checks=checks,
        # Deliberately English in every language: someone who reads no Chinese must be able to find it.
        english=action("&English interface (restart)"),
        guide=action(QCoreApplication.translate("Menus", "使用說明(&G)"), QKeySequence.StandardKey.HelpContents),
        about=action(QCoreApplication.translate("Menus", "關於 perfdesk(&A)")),
        recent_menu=QMenu(QCoreApplication.translate("Menus", "最近開啟(&R)"), window),
    )
    actions.english.setCheckable(True)

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "檔案(&F)"))
    for item in (actions.new, actions.copy_forward, actions.open):
        file_menu.addAction(item)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addSeparator()
    for item in (
        actions.import_document,
        actions.import_json,
        actions.export_json,
        actions.save_copy,
        actions.submit,
        actions.consolidate,
    ):
        file_menu.addAction(item)
    file_menu.addSeparator()
    for item in (actions.export, actions.preview, actions.print):
        file_menu.addAction(item)
    file_menu.addSeparator()
    file_menu.addAction(actions.backups)
    file_menu.addAction(actions.properties)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "編輯(&E)"))
    for item in (actions.undo, actions.redo):
        edit_menu.addAction(item)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)

    structure_menu = bar.addMenu(QCoreApplication.translate("Menus", "結構(&S)"))
    for item in (actions.add_sibling, actions.add_child, actions.delete):
        structure_menu.addAction(item)
    structure_menu.addSeparator()
    for item in (actions.move_up, actions.move_down, actions.indent, actions.outdent):
        structure_menu.addAction(item)
    structure_menu.addSeparator()
    structure_menu.addAction(actions.renumber)

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "檢視(&V)"))
    view_menu.addAction(actions.checks)
    view_menu.addAction(actions.next_unreviewed)
    view_menu.addAction(actions.compare)
    view_menu.addSeparator()
    view_menu.addAction(actions.english)

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "說明(&H)"))
    help_menu.addAction(actions.guide)
    help_menu.addAction(actions.about)

    toolbar = QToolBar(QCoreApplication.translate("Menus", "工具列"), window)
    toolbar.setObjectName("mainToolbar")
    tools: tuple[QAction | None, ...] = (
        actions.undo,
        actions.redo,
        None,
        actions.add_sibling,
        actions.add_child,
        actions.delete,
        None,
        actions.move_up,
        actions.move_down,
        actions.indent,
        actions.outdent,
        None,
        actions.find,
    )
    for tool in tools:
        if tool is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(tool)
    window.addToolBar(toolbar)
    return actions


def without_mnemonic(text: str) -> str:
    """「匯出報表…」 for 「匯出報表(&E)…」, 「Export」 for 「&Export」: a menu text as a name."""
    return re.sub(r"\(&[^&]\)|&(?=[^&])", "", text).removesuffix("…").strip()
