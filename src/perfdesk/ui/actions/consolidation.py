"""檔案 → 彙整分局報告…: headquarters' panel over the offices' files (ui/consolidation/)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from perfdesk.ui.actions.context import ActionContext


def consolidate(context: ActionContext) -> None:
    """Open the panel on the remembered folder (or the open report's), reading it once it shows."""
    from perfdesk.ui.consolidation.dialog import ConsolidationDialog

    dialog = ConsolidationDialog(context)
    # Read after the dialog has painted: a folder on a network drive takes a moment.
    QTimer.singleShot(0, dialog.refresh)
    dialog.exec()
