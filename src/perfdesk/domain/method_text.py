"""What stands between a method's title and its description when the two print as one text.

The reports print a method whose description is a sentence as 「1. 標題：說明。」. An office that
types its punctuation half-width (Taichung: 「訂定申辦業務標準作業流程:訂定…,維持…。」) gets a
half-width colon, so the export adds no mixed form. A description that is no sentence, a phrase
without a closing full stop, is a subtitle the reports print on a line of its own under the title,
with no colon (Keelung's 構面三: 「2. 消費安心資訊 e 化推廣」 / 「運用資通訊社群行銷服務，讓民眾隨時可取得消費
安心資訊」); in all four seeds every description written after a colon ends with 「。」 and none of
those written on their own line does. The import splits the text back where this rule joined it.
"""

from __future__ import annotations

FULL_WIDTH_COLON = "："
HALF_WIDTH_COLON = ":"
LINE_BREAK = "\n"
_HALF_WIDTH = ",;:"
_FULL_WIDTH = "，；："
_COLONS = FULL_WIDTH_COLON + HALF_WIDTH_COLON
# What ends a sentence; a closing bracket or quote may follow it (「…（含電話、網路、現場查詢）。」 ends at 。).
_SENTENCE_ENDS = "。.!！?？"
_CLOSERS = "）)」』\"'”’ \t"


def title_separator(title: str, description: str) -> str:
    """What to print between `title` and `description`: a colon before a sentence, half-width where
    their punctuation is; a line break before a description that is no sentence."""
    if not is_sentence(description):
        return LINE_BREAK
    return HALF_WIDTH_COLON if _half_width(title + description) else FULL_WIDTH_COLON


def description_colon(text: str) -> str | None:
    """Where a printed 「標題：說明」 text is split, None where it is a title alone: at a colon in its
    first line (the first full-width one in the text, else the first half-width one: offices type
    either, 「2.提升服務及時性:提升…，確保…」); else at its first line break when the rest is no
    sentence (a subtitle, which `title_separator` puts on a line of its own); else at a colon.
    `title_separator` prints one of these, so perfdesk's own text splits back where it was joined."""
    first, line_break, rest = text.partition(LINE_BREAK)
    if not any(c in first for c in _COLONS) and line_break and rest.strip() and not is_sentence(rest):
        return LINE_BREAK
    if FULL_WIDTH_COLON in text:
        return FULL_WIDTH_COLON
    return HALF_WIDTH_COLON if HALF_WIDTH_COLON in text else None


def is_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does, with a full stop (or ! ?), a closing bracket allowed after it."""
    return text.rstrip(_CLOSERS)[-1:] in tuple(_SENTENCE_ENDS)


def _half_width(text: str) -> bool:
    return any(c in text for c in _HALF_WIDTH) and not any(c in text for c in _FULL_WIDTH)
