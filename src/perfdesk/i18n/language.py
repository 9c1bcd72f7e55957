"""Which language the user reads: Traditional Chinese unless the locale asks for English."""

from __future__ import annotations

import os
from typing import Literal

Language = Literal["zh_TW", "en"]


def user_language(environ: dict[str, str] | None = None) -> Language:
    """Follow the POSIX precedence (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); default zh_TW."""
    env = os.environ if environ is None else environ
    for name in ("PERFDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value or value in ("C", "POSIX", "C.UTF-8"):
            continue
        first = value.split(":")[0].lower()
        return "en" if first.startswith("en") else "zh_TW"
    return "zh_TW"
