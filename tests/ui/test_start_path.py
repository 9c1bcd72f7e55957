"""What the window's start imports before its first frame: nothing heavy, nothing that can wait.

Not a timing test (the benchmark measures the start: bench/ui.py). It keeps the start path from
drifting as features are added: a child process runs the real entry point, `perfdesk FILE`, and
reports the modules loaded when the window paints for the first time, whether PySide6 had built the
`Qt` namespace by then (ui/qt_values.py says why it must not), then what the checks panel shows
once it has caught up. A second start reopens the file where a 執行方法 was last selected, so its
editor is the one on the first frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

_DEADLINE_S = 30

# Each of these brings a library the first frame does not need, or work that waits until after it.
MUST_WAIT = {
    "sqlalchemy": "the storage edits (the first write, on the writer thread)",
    "reportlab": "the PDF export",
    "openpyxl": "the Excel export",
    "docx": "the Word export and import",
    "odfdo": "the ODF export and import",
    "lxml": "the Word and ODF export and import",
    "psutil": "stale-lock and temp-file checks (only when there is something to check)",
    "_hashlib": "OpenSSL (submissions' digests; paths are hashed by CPython's own SHA-256)",
    "perfdesk.domain.validation": "the checks panel's first run (after the first frame)",
    "perfdesk.ui.find_bar": "the find bar (built when first opened)",
    "perfdesk.interchange": "JSON, Word and ODF import",
    "perfdesk.services.report_files": "save-as, submission, backups",
    "perfdesk.services.submission": "a submission's window only",
    "perfdesk.ui.job_runner": "the 檔案 menu's first action (the window's job runner)",
    "perfdesk.ui.unit_filter": "the 單位 filter's first use (ui/tree_filter.py shows the report model until then)",
    "perfdesk.storage.backups": "the open-time backup (on its own thread, after the first frame)",
    "perfdesk.services.background_writer": "the writer's thread (started by the open backup, after the first frame)",
    "perfdesk.domain.numbering": "adding or renumbering rows",
    "perfdesk.ui.badges": "the rows' badges (ReportTreeModel.show_details, after the first frame)",
    "perfdesk.ui.undo_commands": "the undo entries (the first edit)",
    "perfdesk.i18n.messages": "the message catalogue (the first message: the checks' summary, after the first frame)",
    "perfdesk.i18n.quoting": "naming a damaged row or a bad value in a message",
}

_CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    import PySide6.QtCore
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
    from perfdesk.ui.app import main

    app = QApplication(sys.argv)
    deadline = time.monotonic() + float(sys.argv[2])
    report = {}

    def checks_done(window):
        summary = window.checks.summary.text()
        if summary != window.checks.tr("檢查中…") or time.monotonic() > deadline:
            report["checks"] = summary
            tasks = "/proc/self/task"  # Linux: the process's threads by name, once the window has painted
            if os.path.isdir(tasks):
                report["threads"] = [open(f"{tasks}/{tid}/comm").read().strip() for tid in os.listdir(tasks)]
            print(json.dumps(report), flush=True)
            window.close()
            app.quit()
        else:
            QTimer.singleShot(20, lambda: checks_done(window))

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if not report and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                window = watched.window()
                if isinstance(window, QMainWindow):
                    report["modules"] = sorted(sys.modules)
                    # PySide6 puts `Qt` in the module's namespace once it has built it (on first use).
                    report["qt_namespace_built"] = "Qt" in vars(PySide6.QtCore)
                    report["editor"] = type(window.stack.currentWidget()).__name__
                    report["checks_at_first_paint"] = window.checks.summary.text()
                    QTimer.singleShot(0, lambda: checks_done(window))
            return False

    first_paint = FirstPaint(app)
    app.installEventFilter(first_paint)
    sys.exit(main(["perfdesk", sys.argv[1]]))
    """
)


def _start(folder: Path, *, selected_method: bool) -> dict[str, object]:
    from perfdesk.services.builtin_reports import sample_report
    from perfdesk.storage.office_file import create_office_file

    report = sample_report("taichung-112")
    path = folder / "taichung.perfdesk"
    create_office_file(path, report)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PERFDESK_DATA_DIR": str(folder / "data")}
    if selected_method:
        _remember_selection(env, path, report.dimensions[0].strategies[0].methods[0].id)
    try:
        result = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), str(_DEADLINE_S)],
            capture_output=True,
            text=True,
            env=env,
            timeout=_DEADLINE_S + 30,
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the window did not paint and quit within {expired.timeout} s; stderr:\n{expired.stderr!r}")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the child reported nothing; stderr:\n{result.stderr}"
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def _remember_selection(env: dict[str, str], path: Path, node_id: str) -> None:
    """What closing the window on `node_id` saves, written by the settings store in a child of its own."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QByteArray
        from PySide6.QtWidgets import QApplication
        from perfdesk.ui.settings_store import SettingsStore
        app = QApplication([])
        SettingsStore().save_file_state(Path(sys.argv[1]), QByteArray(), QByteArray(), sys.argv[2])
        """
    )
    subprocess.run([sys.executable, "-c", script, str(path), node_id], env=env, check=True, timeout=60)


@pytest.fixture(scope="module")
def start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return _start(tmp_path_factory.mktemp("start"), selected_method=False)


@pytest.fixture(scope="module")
def start_on_a_method(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return _start(tmp_path_factory.mktemp("start-method"), selected_method=True)


def test_nothing_heavy_is_imported_before_the_first_frame(start: dict[str, object]) -> None:
    modules = set(start["modules"])  # type: ignore[call-overload]
    loaded = {
        name: why
        for name, why in MUST_WAIT.items()
        if name in modules or any(module.startswith(name + ".") for module in modules)
    }
    assert not loaded, "imported before the window's first frame, though only needed for: " + "; ".join(
        f"{name} ({why})" for name, why in loaded.items()
    )


def test_the_first_frame_has_what_the_user_needs_at_once(start: dict[str, object]) -> None:
    # The tree model and the selected row's editor are there for the first paint (not deferred).
    modules = set(start["modules"])  # type: ignore[call-overload]
    assert {"perfdesk.ui.report_tree_model", "perfdesk.ui.editors.dimension_editor"} <= modules


def test_the_start_does_not_build_the_qt_namespace(start: dict[str, object]) -> None:
    assert start["editor"] == "DimensionEditor"
    assert start["qt_namespace_built"] is False, "something on the start path names `Qt` (see ui/qt_values.py)"


def test_a_start_on_a_method_neither_imports_what_must_wait_nor_builds_the_qt_namespace(
    start_on_a_method: dict[str, object],
) -> None:
    assert start_on_a_method["editor"] == "MethodEditor"
    assert start_on_a_method["qt_namespace_built"] is False, "the method editor's start names `Qt` (ui/qt_values.py)"
    test_nothing_heavy_is_imported_before_the_first_frame(start_on_a_method)


def test_the_window_paints_without_qt_s_thread_pool(start: dict[str, object]) -> None:
    # ui/app.py paint_on_the_ui_thread: the pool's threads would cost the first frame some 3 ms of handovers.
    if "threads" not in start:
        pytest.skip("no /proc/self/task here to list the threads")
    threads = list(start["threads"])  # type: ignore[call-overload]
    assert "Thread (pooled)" not in threads, threads
    assert any(name.startswith("python") for name in threads), threads  # the list is the process's own


def test_the_checks_arrive_after_the_first_frame(start: dict[str, object]) -> None:
    assert start["checks_at_first_paint"] == "檢查中…"
    assert start["checks"] != "檢查中…"
    assert str(start["checks"]).startswith(("檢查通過", "待補正"))


def test_the_list_of_what_must_wait_names_real_modules() -> None:
    # A renamed module would make the guard pass vacuously.
    import importlib.util

    for name in MUST_WAIT:
        assert importlib.util.find_spec(name) is not None, name
