"""Text as the report stores it: paragraphs separated by "\\n", no other control characters.

What people paste from Word carries vertical tabs (a manual line break), form feeds, carriage
returns and Unicode line separators; the file and the interchange format hold none of them.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Fields printed on one line: a line break there is a typing slip, not a paragraph.
ONE_LINE_FIELDS = frozenset({"label", "name", "category", "heading", "agency", "office", "header", "unit"})


def clean_text(text: str, *, one_line: bool = False) -> str:
    """`text` with line breaks made "\\n" (or spaces on one-line fields) and other controls removed."""
    text = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
    return text.replace("\n", " ") if one_line else text


def clean_field(field: str, value: object, *, report_title: bool = False) -> object:
    """A field's value cleaned as the field needs; non-text values pass unchanged."""
    if not isinstance(value, str):
        return value
    return clean_text(value, one_line=field in ONE_LINE_FIELDS or report_title)
