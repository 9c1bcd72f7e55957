"""Times in the window: the computer's zone, 民國 years in Chinese, day month year in English."""

from __future__ import annotations

from datetime import datetime

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
