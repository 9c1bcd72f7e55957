"""Run by the installed perfdesk's own Python under Wine (installer/wine_test.py): open FILE in the window on
Qt's offscreen platform, save a picture of it to OUT.png, and print what it shows."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTreeView

from perfdesk.ui.app import apply_language_preference
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.window_manager import WindowManager


def main() -> int:
    path, out = Path(sys.argv[1]), Path(sys.argv[2])
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]  # read by wine_test.py as UTF-8
    # Offscreen by argument: Wine does not hand QT_QPA_PLATFORM from Linux to Windows programs.
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    settings = SettingsStore()
    apply_language_preference(app, settings)
    window = WindowManager(settings).open_file(path)
    if window is None:
        return 1
    window.resize(1360, 860)

    def look() -> None:
        try:
            tree = window.findChild(QTreeView)
            model = tree.model() if tree is not None else None
            rows = [model.index(r, 0).data() for r in range(model.rowCount())] if model is not None else []
            print(f"title: {window.windowTitle()}")
            print(f"platform: {QApplication.platformName()}")
            for row in rows:
                print(f"row: {row}")
            window.grab().save(str(out))
        finally:
            window.close()
            app.quit()

    QTimer.singleShot(1500, look)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
