"""Which colon stands between a method's title and its description when the two print as one text.

The reports print a method as 「1. 標題：說明」. An office that types its punctuation half-width
(Taichung: 「訂定申辦業務標準作業流程:訂定…,維持…」) gets a half-width colon, so the export adds
no mixed form; the import splits the text back at the colon this rule chose.
"""

from __future__ import annotations

FULL_WIDTH_COLON = "："
HALF_WIDTH_COLON = ":"
_HALF_WIDTH = ",;:"
_FULL_WIDTH = "，；："


def title_separator(title: str, description: str) -> str:
    """The colon to print between `title` and `description`: half-width where their punctuation is."""
    return HALF_WIDTH_COLON if _half_width(title + description) else FULL_WIDTH_COLON


def description_colon(text: str) -> str | None:
    """The colon a printed 「標題：說明」 text is split at, None where it has none: the first full-width
    one, else the first half-width one (offices type either: 「2.提升服務及時性:提升…，確保…」).
    `title_separator` prints one of these, so perfdesk's own text splits back where it was joined."""
    if FULL_WIDTH_COLON in text:
        return FULL_WIDTH_COLON
    return HALF_WIDTH_COLON if HALF_WIDTH_COLON in text else None


def _half_width(text: str) -> bool:
    return any(c in text for c in _HALF_WIDTH) and not any(c in text for c in _FULL_WIDTH)
