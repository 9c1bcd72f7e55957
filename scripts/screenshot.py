"""Start perfdesk on a file (default: the sample's working copy) and save a screenshot of the screen.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot.py OUT.png [FILE]
(`scripts/dev.sh screenshot` does that.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from perfdesk.services.sample_copy import sample_working_copy
from perfdesk.ui.app import apply_language_preference
from perfdesk.ui.interface_font import use_chinese_interface_font
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.window_manager import WindowManager


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshot.png")
    app = QApplication(sys.argv[:1])
    settings = SettingsStore()
    apply_language_preference(app, settings)  # English when the preferences say so
    use_chinese_interface_font(app)  # as perfdesk's main() does
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else sample_working_copy()
    manager = WindowManager(settings)
    window = manager.open_file(path)
    if window is None:
        return 1
    window.resize(1360, 860)
    window.move(20, 20)
    # Show the editor people use most: a method row (with results, or carried over from last year).
    report = window.session.report
    rows = [m for m in report.walk_methods() if not m.children]
    window.select_node(next((m for m in rows if m.results or m.origin), rows[0]))

    def shoot() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(out))
        print(out)
        window.close()
        app.quit()

    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
