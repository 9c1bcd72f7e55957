"""Whole processes: the window starts and quits; an edit survives the process being killed.

Nothing here waits on a fixed delay or reads a child's pipe without a deadline: the child polls for
the state it reports, and every read of its output gives up with a message after a timeout.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from perfdesk.storage.lock import read_lock
from perfdesk.storage.office_file import opened

# How long a child may take to show its window or save an edit (a slow CI machine included).
_DEADLINE_S = 30


def _env() -> dict[str, str]:
    # Built per test, so the child uses the test's own data folder (set by the autouse fixture).
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _output_lines(stream: object) -> queue.Queue[str | None]:
    """The lines of a child's pipe as they come, read on a thread (None once it closes)."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in stream:  # type: ignore[attr-defined]
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _next_line(lines: queue.Queue[str | None], timeout: float, what: str, stderr: Path) -> str:
    try:
        line = lines.get(timeout=timeout)
    except queue.Empty:
        pytest.fail(f"the child printed no line within {timeout} s while {what}; its stderr:\n{stderr.read_text()}")
    if line is None:
        pytest.fail(f"the child closed its output while {what}; its stderr:\n{stderr.read_text()}")
    return line.strip()


def test_the_window_starts_on_a_file_and_quits(taichung_file: Path) -> None:
    # The child looks for the window every 50 ms, and reports as soon as it shows the file, or what
    # it shows when the deadline passes.
    script = textwrap.dedent(
        """
        import sys
        import time
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from perfdesk.ui.app import main

        app = QApplication(sys.argv)
        wanted = Path(sys.argv[1]).name
        deadline = time.monotonic() + float(sys.argv[2])
        def check():
            titles = [w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()]
            if any(wanted in title for title in titles) or time.monotonic() > deadline:
                print("TITLES", titles, flush=True)
                app.quit()
            else:
                QTimer.singleShot(50, check)
        QTimer.singleShot(0, check)
        sys.exit(main(["perfdesk", sys.argv[1]]))
        """
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", script, str(taichung_file), str(_DEADLINE_S)],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=_DEADLINE_S + 30,
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the window did not quit within {expired.timeout} s; its stderr:\n{expired.stderr!r}")
    assert result.returncode == 0, result.stderr
    assert f"{taichung_file.name} — perfdesk" in result.stdout
    assert "Traceback" not in result.stderr


def test_an_edit_is_in_the_file_when_the_process_is_killed(taichung_file: Path, tmp_path: Path) -> None:
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
    stderr = tmp_path / "child-stderr.txt"
    with stderr.open("w") as child_stderr:
        process = subprocess.Popen(
            [sys.executable, "-c", script, str(taichung_file)],
            stdout=subprocess.PIPE,
            stderr=child_stderr,
            text=True,
            env=_env(),
        )
        try:
            assert process.stdout is not None
            lines = _output_lines(process.stdout)
            # Within the autosave delay of the last keystroke (a deadline, not a wait of that length).
            assert _next_line(lines, _DEADLINE_S, "waiting for the autosave", stderr) == "SAVED"
            child = process.pid
            process.send_signal(signal.SIGKILL)
            assert process.wait(timeout=_DEADLINE_S) == -signal.SIGKILL
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=_DEADLINE_S)
    with opened(taichung_file, read_only=True) as office_file:
        method = office_file.load().dimensions[0].strategies[0].methods[0]
    assert method.results.startswith("【殺掉前最後一次輸入】")
    # The killed process left its lock behind; the next editor on this host takes it over.
    left = read_lock(taichung_file)
    assert left is not None and left.pid == child
    with opened(taichung_file) as office_file:
        assert not office_file.read_only
        assert read_lock(taichung_file).pid == os.getpid()  # type: ignore[union-attr]
