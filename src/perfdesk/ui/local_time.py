"""Times as the person reads them: in this computer's time zone and the window's language.

Files and locks keep ISO 8601 times (「2026-12-01T18:18:54+00:00」); the window shows
「民國115年12月1日 18:18」 in the Chinese interface (the reports count years so) and
「1 Dec 2026 18:18」 in the English one. Minutes are what a person needs to tell two times apart;
`seconds` adds them where two backups may fall in one minute.
"""

from __future__ import annotations

from datetime import datetime

from perfdesk.ui.ui_language import current_language

ROC_OFFSET = 1911  # 民國 1 年 is 1912
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_time(moment: datetime | str) -> datetime:
    """`moment` (a datetime or ISO text) in this computer's zone; a time without a zone is taken as local."""
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return when.astimezone() if when.tzinfo is not None else when


def time_text(moment: datetime | str, *, seconds: bool = False) -> str:
    """「民國115年12月1日 18:18」 or 「1 Dec 2026 18:18」; ISO text that is not a time is shown as it is."""
    try:
        when = local_time(moment)
    except ValueError:
        return str(moment)
    clock = f"{when:%H:%M:%S}" if seconds else f"{when:%H:%M}"
    if current_language() == "en":
        return f"{when.day} {_MONTHS[when.month - 1]} {when.year} {clock}"
    return f"民國{when.year - ROC_OFFSET}年{when.month}月{when.day}日 {clock}"
