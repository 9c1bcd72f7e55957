"""The 檔案 menu's actions (and 關於, the language switch), one module per thing a person does.

Each action is a function of an ActionContext (context.py): the window, the window manager that
opens files into new windows, and the window's job runner, which runs every slow job the same
way (ui/job_runner.py). Use cases themselves live in perfdesk.services; these only ask and show.

A module is imported when its action is first used, not when the window opens: together they
bring in the matcher, re-basing, the framework and the exporters' registry, which the first
paint does not need (tests/ui/test_actions_wiring.py checks every target exists).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from perfdesk.ui.menus import Actions, without_mnemonic

if TYPE_CHECKING:
    from perfdesk.ui.actions.context import ActionContext
    from perfdesk.ui.settings_store import SettingsStore

# menu action → (module of perfdesk.ui.actions, function), each called with the context.
TARGETS: dict[str, tuple[str, str]] = {
    "new": ("new_report", "new_report"),
    "open": ("open_and_import", "open_report"),
    "copy_forward": ("year_rollover", "copy_forward"),
    "import_json": ("open_and_import", "import_json"),
    "import_document": ("document_import", "import_document_file"),
    "export_json": ("json_export", "export_json"),
    "save_copy": ("save_copy", "save_copy"),
    "submit": ("submission", "submit"),
    "consolidate": ("consolidation", "consolidate"),
    "export": ("report_export", "export_report_file"),
    "preview": ("report_export", "preview"),
    "backups": ("backups", "open_backup"),
    "properties": ("report_properties", "edit_properties"),
    "compare": ("year_compare", "compare_with_last_year"),
    "guide": ("user_guide", "show_user_guide"),
    "about": ("about", "about"),
}


def run(module: str, function: str, context: ActionContext, *args: Any, **options: Any) -> None:
    """Call perfdesk.ui.actions.MODULE.FUNCTION(context, …), importing the module on first use.

    Whatever the action does not report itself still reaches the person: a dialog naming the action
    and the one-line reason (and the log, for a bug), never only a traceback on stderr.
    """
    try:
        getattr(importlib.import_module(f"perfdesk.ui.actions.{module}"), function)(context, *args, **options)
    except Exception as error:
        from perfdesk.ui.unexpected_errors import tell_failure

        action = _action_names.get((module, function), "")
        title = QCoreApplication.translate("FileActions", "無法完成「{action}」").format(action=action)
        tell_failure(context.window, title if action else "perfdesk", error)


# (module, function) → the menu's name for it, without its mnemonic: how a failure names what failed.
_action_names: dict[tuple[str, str], str] = {}


def connect(context: Callable[[], ActionContext], settings: SettingsStore, actions: Actions) -> None:
    """Wire the menu's file actions to the functions that carry them out for this window.

    `context` makes the window's context when an action first runs: its job runner is not needed to open.
    """
    for name, (module, function) in TARGETS.items():
        action = getattr(actions, name)
        _action_names.setdefault((module, function), without_mnemonic(action.text()))
        action.triggered.connect(lambda _checked=False, m=module, f=function: run(m, f, context()))
    actions.print.triggered.connect(lambda: run("report_export", "preview", context(), print_now=True))
    actions.english.setChecked(settings.language() == "en")
    actions.english.toggled.connect(lambda on: run("language", "set_language", context(), on))
    actions.recent_menu.aboutToShow.connect(
        lambda: run("open_and_import", "fill_recent", context(), actions.recent_menu)
    )
