"""說明 → 使用說明 (F1): the user guide beside the window; asking again brings the open one to the front."""

from __future__ import annotations

from perfdesk.ui.actions.context import ActionContext
from perfdesk.ui.user_guide_dialog import UserGuideDialog


def show_user_guide(context: ActionContext) -> None:
    window = context.window
    # A closed guide is only deleted later (WA_DeleteOnClose): until then it is there, hidden, and not reused.
    shown = next((dialog for dialog in window.findChildren(UserGuideDialog) if dialog.isVisible()), None)
    if shown is not None:
        shown.raise_()
        shown.activateWindow()
        return
    UserGuideDialog(window).show()
