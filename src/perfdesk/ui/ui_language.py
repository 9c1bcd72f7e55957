"""The language the window speaks, chosen at start-up (preferences, else the locale).

The message catalogue (i18n/messages.py) is imported with the first message: the window's first frame
shows none (issue: the window within 1.5× of a bare one).
"""

from __future__ import annotations

from typing import Any

from perfdesk.errors import PerfdeskError
from perfdesk.i18n.language import Language, user_language

_current: Language = user_language()


def set_language(language: Language) -> None:
    global _current
    _current = language


def current_language() -> Language:
    return _current


def message(code: str, **params: Any) -> str:
    from perfdesk.i18n.messages import render

    return render(code, _current, **params)


def error_text(error: PerfdeskError) -> str:
    from perfdesk.i18n.messages import render

    return render(error.code, _current, **error.params)
