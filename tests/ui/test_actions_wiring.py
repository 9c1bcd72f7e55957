"""Every menu action reaches its function; the modules behind them load when first used, not at start."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

from perfdesk.ui.actions import TARGETS
from perfdesk.ui.menus import Actions


def test_every_target_exists_and_takes_the_context() -> None:
    names = set(Actions._fields)
    for action, (module, function) in TARGETS.items():
        assert action in names, action
        target = getattr(importlib.import_module(f"perfdesk.ui.actions.{module}"), function)
        assert next(iter(inspect.signature(target).parameters)) == "context", (module, function)


def test_opening_the_window_module_does_not_load_the_year_rollover_or_the_matcher() -> None:
    code = (
        "import sys, perfdesk.ui.main_window, perfdesk.ui.window_manager\n"
        "print(sorted(m for m in ('perfdesk.domain.matching', 'perfdesk.domain.rebase',"
        " 'perfdesk.services.year_rollover', 'perfdesk.interchange.builtin_framework', 'difflib')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
