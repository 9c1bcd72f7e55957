"""How a message quotes text taken from a user's file or document: on one line, nothing invisible.

A message is one line on a terminal or in a dialog. Text quoted from a damaged file or a hostile
JSON document may hold line breaks, control or format characters (an RTL override) or half a
surrogate pair; shown as they are, they would break the line, hide or reorder what follows, or
fail to print. They are written as \\uXXXX instead. Both the JSON reader and the file reader quote
through here.
"""

from __future__ import annotations

import unicodedata

# Control, format, surrogate, unassigned, line and paragraph separator characters.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Cn", "Zl", "Zp"})


def escape_invisible(text: str) -> str:
    """`text` with every character that is not plainly visible (but a space) written as \\uXXXX."""
    return "".join(_visible(char) for char in text)


def shortened(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, with "…" where it was cut."""
    return text if len(text) <= limit else text[:limit] + "…"


def _visible(char: str) -> str:
    if char == " " or not (char.isspace() or unicodedata.category(char) in _ESCAPED_CATEGORIES):
        return char
    return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
