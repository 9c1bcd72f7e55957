"""Times in the window: the computer's zone, 民國 years in Chinese, day month year in English."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest

from perfdesk.ui.app import use_interface_time_locale
from perfdesk.ui.local_time import time_text
from perfdesk.ui.ui_language import current_language, set_language


def test_times_are_local_and_in_the_windows_language(taipei_time: None) -> None:
    assert time_text("2026-12-01T18:18:54+00:00") == "民國115年12月2日 02:18"  # UTC evening is Taipei's night
    assert time_text("2026-12-01T18:18:54+00:00", seconds=True) == "民國115年12月2日 02:18:54"
    assert time_text(datetime(2024, 1, 5, 9, 30)) == "民國113年1月5日 09:30"  # no zone: already local
    before = current_language()
    set_language("en")
    try:
        assert time_text("2026-12-01T18:18:54+00:00") == "2 Dec 2026 02:18"
    finally:
        set_language(before)


def test_text_that_is_not_a_time_is_shown_as_it_is() -> None:
    assert time_text("garbled") == "garbled"


def test_qt_dialogs_date_in_the_interface_language_where_the_system_locale_is_english_or_c() -> None:
    # Qt's own file dialog formats dates by the system locale, which on Linux comes from LC_TIME when the
    # application starts: the entry point names the interface's locale there first.
    script = textwrap.dedent(
        """
        import sys
        from perfdesk.ui.app import use_interface_time_locale
        if sys.argv[1] != "untouched":
            use_interface_time_locale(sys.argv[1])
        from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        when = QDateTime(QDate(2026, 12, 1), QTime(18, 18))
        print(QLocale.system().toString(when, QLocale.FormatType.ShortFormat))
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": "C.UTF-8"}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def shown(language: str) -> str:
        run = subprocess.run([sys.executable, "-c", script, language], capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    if sys.platform == "win32":
        pytest.skip("on Windows Qt takes dates from the user's own regional settings")
    assert "2026/12/1" not in shown("untouched")  # the C locale: 「1 Dec 2026」
    assert shown("zh_TW").startswith("2026/12/1")
    assert shown("en").startswith("12/1/26")


def test_a_locale_set_on_purpose_with_lc_all_is_left_alone() -> None:
    env = {"LC_ALL": "de_DE.UTF-8", "LANG": "C"}
    use_interface_time_locale("zh_TW", env)
    assert "LC_TIME" not in env
    env = {"LANG": "C"}
    use_interface_time_locale("zh_TW", env)
    assert env.get("LC_TIME") == (None if sys.platform == "win32" else "zh_TW.UTF-8")
