"""Whole processes: the window starts and quits; an edit survives the process being killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from perfdesk.storage.office_file import opened

_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_the_window_starts_on_a_file_and_quits(taichung_file: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from perfdesk.ui.app import main

        app = QApplication(sys.argv)
        def check():
            window = app.topLevelWidgets()
            titles = [w.windowTitle() for w in window if w.isVisible()]
            print("TITLES", titles, flush=True)
            app.quit()
        QTimer.singleShot(1500, check)
        sys.exit(main(["perfdesk", sys.argv[1]]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(taichung_file)], capture_output=True, text=True, env=_ENV, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert f"{taichung_file.name} — perfdesk" in result.stdout
    assert "Traceback" not in result.stderr


def test_an_edit_is_in_the_file_when_the_process_is_killed(taichung_file: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from perfdesk.ui.settings_store import SettingsStore
        from perfdesk.ui.window_manager import WindowManager

        app = QApplication(sys.argv)
        window = WindowManager(SettingsStore()).open_file(sys.argv[1])
        method = window.session.report.dimensions[0].strategies[0].methods[0]
        window.select_node(method)
        editor = window.stack.currentWidget()
        editor.form.resultsEdit.setFocus()
        editor.form.resultsEdit.insertPlainText("【殺掉前最後一次輸入】")
        window.autosave.saved.connect(lambda when: print("SAVED", flush=True))
        sys.exit(app.exec())
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(taichung_file)], stdout=subprocess.PIPE, text=True, env=_ENV
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "SAVED"  # within the autosave delay of the last keystroke
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    with opened(taichung_file, read_only=True) as office_file:
        method = office_file.load().dimensions[0].strategies[0].methods[0]
    assert method.results.startswith("【殺掉前最後一次輸入】")
    # The killed process left its lock behind; the next editor on this host takes it over.
    with opened(taichung_file) as office_file:
        assert not office_file.read_only
