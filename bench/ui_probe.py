"""Measurements taken inside a GUI process (run by bench.ui in a subprocess, offscreen).

python -m bench.ui_probe startup-perfdesk FILE | startup-bare | startup-bare-rows ROWS.json W H | interaction FILE
Prints one JSON object. The start-up probes print `painted_at`, the system-wide monotonic clock
(time.perf_counter) when the window's first frame has been painted, so the parent can measure from
the moment it started the process, interpreter start and imports included; and `painted_at_wall`,
the same moment by the wall clock, for a parent on the other side of Wine (bench/wine_startup.py),
whose Windows programs count perf_counter from another origin.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time


def _watch_first_paint(app, window) -> None:  # type: ignore[no-untyped-def]
    """Report and quit once `window` has painted its first frame (its children paint in the same pass).

    The filter sits on the window alone: one on the whole application would be handed Qt's private
    objects (QWidgetWindow), and PySide6 resolves every lazily loaded class to find their Python type,
    some 30 ms that neither window would spend on its own.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                # The rest of this frame's paint events are already queued: report after them.
                QTimer.singleShot(0, lambda: _report_and_quit(app, _painted_now(window), window))
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def _painted_now(window) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {
        "painted_at": time.perf_counter(),
        "painted_at_wall": time.time(),
        # The CPU the process used until then (all its threads): unlike the wall clock, not lengthened by
        # the time the machine gave to others (bench/ui.py shows it beside the wall-clock ratio).
        "cpu_s": time.process_time(),
        "width": window.width(),
        "height": window.height(),
    }


def _startup_perfdesk(path: str) -> None:
    """The real entry point, `perfdesk FILE`, stopped as soon as its window has painted.

    Nothing of perfdesk is imported before its `main()`, as with the `perfdesk` command: main() turns the
    garbage collector off while it imports, and a probe that imported the window first would time those
    imports with it on. The watch goes on QMainWindow.show, which perfdesk's window inherits.
    """
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    show = QMainWindow.show

    def show_watched(window) -> None:  # type: ignore[no-untyped-def]
        _watch_first_paint(app, window)
        show(window)

    QMainWindow.show = show_watched  # type: ignore[method-assign]
    from perfdesk.ui.app import main  # what the `perfdesk` command imports: the light entry module

    main(["perfdesk", path])


def _startup_bare() -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter, QTreeView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel()
    for i in range(5):
        model.appendRow(QStandardItem(f"item {i}"))
    tree = QTreeView()
    tree.setModel(model)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(QPlainTextEdit())
    window.setCentralWidget(splitter)
    _watch_first_paint(app, window)
    window.show()
    app.exec()


def _startup_bare_rows(rows_file: str, width: int, height: int) -> None:
    """The bare window drawing what perfdesk's first frame draws: the report's rows, in its interface font, at its size.

    Not a target: it tells how much of perfdesk's start is drawing the report's Chinese text (every glyph
    rasterised the first time) rather than perfdesk's own work. The rows are a tree of (text, children).
    """
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter, QTreeView

    from perfdesk.ui.interface_font import use_chinese_interface_font

    with open(rows_file, encoding="utf-8") as file:
        shown = json.load(file)
    app = QApplication(sys.argv[:1])
    use_chinese_interface_font(app)
    window = QMainWindow()
    model = QStandardItemModel()

    def add(parent: QStandardItem, rows: list) -> None:  # type: ignore[type-arg]
        for text, children in rows:
            item = QStandardItem(text)
            parent.appendRow(item)
            add(item, children)

    add(model.invisibleRootItem(), shown["rows"])
    tree = QTreeView(headerHidden=True, uniformRowHeights=True)
    tree.setModel(model)
    tree.expandToDepth(1)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(QPlainTextEdit(shown["editor"]))
    window.setCentralWidget(splitter)
    window.resize(width, height)
    _watch_first_paint(app, window)
    window.show()
    app.exec()


def _interaction(path: str) -> None:
    import psutil
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from perfdesk.ui.settings_store import SettingsStore
    from perfdesk.ui.window_manager import WindowManager

    app = QApplication(sys.argv[:1])
    window = WindowManager(SettingsStore()).open_file(path)
    assert window is not None
    app.processEvents()
    methods = [m for m in window.session.report.walk_methods() if not m.children][:200]
    selects = []
    for method in methods:
        start = time.perf_counter()
        window.select_node(method)
        app.processEvents()
        selects.append(time.perf_counter() - start)
    editor = window.stack.currentWidget().form.resultsEdit  # type: ignore[attr-defined]
    editor.setFocus()
    keystrokes = []
    for char in "本年度共辦理教育訓練十二場次參訓人數三百人" * 5:
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        window.autosave.flush_now()  # worst case: every keystroke also hands a write to the writer
        keystrokes.append(time.perf_counter() - start)
    window.session.wait_until_saved()
    rss = psutil.Process(os.getpid()).memory_info().rss / 2**20
    _report_and_quit(
        app,
        {
            "select": statistics.median(selects),
            "keystroke": statistics.median(keystrokes),
            "keystroke_max": max(keystrokes),
            "rss_mib": rss,
        },
        window,
    )


def _report_and_quit(app, values, window) -> None:  # type: ignore[no-untyped-def]
    print(json.dumps(values), flush=True)
    if os.environ.get("BENCH_EXIT_AT_PAINT"):
        os._exit(0)  # counting instructions (bench/start_instructions.py): the start only, not the teardown
    window.close()
    app.quit()


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "startup-perfdesk":
        _startup_perfdesk(sys.argv[2])
    elif command == "startup-bare":
        _startup_bare()
    elif command == "startup-bare-rows":
        _startup_bare_rows(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        _interaction(sys.argv[2])
