"""The Qt binding itself holds up: a PySide6 release that corrupts None's refcount aborts perfdesk."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_many_calls_returning_none_do_not_abort_the_process() -> None:
    # PySide6 6.12.0 on Python 3.11 released None once per such call; the process aborted
    # ("deallocating None") after a few thousand edits. pyproject pins a release without it.
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QSignalBlocker
        from PySide6.QtWidgets import QApplication, QLineEdit
        app = QApplication([])
        line = QLineEdit()
        for i in range(50_000):
            with QSignalBlocker(line):
                line.setText(str(i))
        print("ok")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-500:]
