"""The language the window speaks, chosen at start-up (preferences, else the locale)."""

from __future__ import annotations

from typing import Any

from perfdesk.errors import PerfdeskError
from perfdesk.i18n.language import Language, user_language
from perfdesk.i18n.messages import render

_current: Language = user_language()


def set_language(language: Language) -> None:
    global _current
    _current = language


def current_language() -> Language:
    return _current


def message(code: str, **params: Any) -> str:
    return render(code, _current, **params)


def error_text(error: PerfdeskError) -> str:
    return render(error.code, _current, **error.params)
