"""The one rule for what text a field may hold: paragraphs separated by "\\n", nothing invisible.

What people paste from Word carries vertical tabs (a manual line break), form feeds, carriage
returns and Unicode line separators; text from elsewhere can carry C1 control characters,
noncharacters or half a surrogate pair. The file and the interchange format hold none of them.

Both ways in use the character classes below, so they can never disagree:

- a paste or an edit in the window is *cleaned* (`clean_text`): line breaks become
  "\\n" (a space in one-line fields), everything else in those classes is removed;
- strict JSON import *refuses* exactly what cleaning would change (`text_fault`).

Which fields are one line is the field table's to say (field_table.FieldSpec.one_line: labels,
names, units, the report's title); a line break there is a typing slip, not a paragraph.

`text_fault(text, one_line=…) is None` exactly when `clean_text(text, one_line=…) == text`.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import NamedTuple

# Character classes, written as the inside of a regular-expression [...] class.
PARAGRAPH_BREAK = "\n"
OTHER_LINE_BREAKS = r"\r\x0b\x0c\x85\u2028\u2029"  # CR, VT (Word's manual break), FF, NEL, LS, PS
TAB = r"\t"
# C0 and C1 control characters that are neither tab nor a line break, and DEL.
CONTROLS = r"\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
# Half of a surrogate pair on its own: not a character, and not encodable as UTF-8.
SURROGATES = r"\ud800-\udfff"
# The 66 noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.
NONCHARACTERS = r"\ufdd0-\ufdef" + "".join(
    rf"\U{plane:08x}\U{plane + 1:08x}" for plane in range(0xFFFE, 0x110000, 0x10000)
)


class _Patterns:
    """The classes above compiled, once, on first use: the window's start reads no text through them,
    and compiling the noncharacter ranges costs it about 5 ms."""

    def __init__(self) -> None:
        self.removed = re.compile(f"[{CONTROLS}{SURROGATES}{NONCHARACTERS}]")
        self.line_breaks = re.compile(rf"\r\n|[{OTHER_LINE_BREAKS}]")
        self.surrogate_pair = re.compile(r"[\ud800-\udbff][\udc00-\udfff]")
        self.any_surrogate = re.compile(f"[{SURROGATES}]")
        self.fault = {
            False: re.compile(f"[{OTHER_LINE_BREAKS}{CONTROLS}{SURROGATES}{NONCHARACTERS}]"),
            True: re.compile(f"[{PARAGRAPH_BREAK}{OTHER_LINE_BREAKS}{TAB}{CONTROLS}{SURROGATES}{NONCHARACTERS}]"),
        }
        self.is_line_break = re.compile(f"[{PARAGRAPH_BREAK}{OTHER_LINE_BREAKS}]")
        self.is_not_a_character = re.compile(f"[{SURROGATES}{NONCHARACTERS}]")


@cache
def _patterns() -> _Patterns:
    return _Patterns()


class FaultKind(StrEnum):
    """Why a character may not stand where it is."""

    LINE_BREAK = "line_break"  # any line break in a one-line field
    PARAGRAPH_BREAK = "paragraph_break"  # a line break other than "\n" in multi-line text
    CONTROL = "control"  # a control character (a tab, in a one-line field)
    NOT_A_CHARACTER = "not_a_character"  # a noncharacter or an unpaired surrogate


class TextFault(NamedTuple):
    """The first character of a text that the rule does not allow, and where it is."""

    kind: FaultKind
    char: str
    position: int

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.char):04X}"


def clean_text(text: str, *, one_line: bool = False) -> str:
    """`text` with line breaks made "\\n" (or spaces on one-line fields) and everything else not allowed removed."""
    patterns = _patterns()
    if patterns.any_surrogate.search(text):
        # Two halves side by side are one character that went through UTF-16 badly: join them.
        text = patterns.surrogate_pair.sub(_joined, text)
    text = patterns.removed.sub("", patterns.line_breaks.sub("\n", text))
    return text.replace("\n", " ").replace("\t", " ") if one_line else text


def text_fault(text: str, *, one_line: bool = False) -> TextFault | None:
    """The first character `clean_text` would change or remove, or None when the text is fine as it is."""
    patterns = _patterns()
    match = patterns.fault[one_line].search(text)
    if match is None:
        return None
    char = match.group()
    if patterns.is_not_a_character.match(char):
        kind = FaultKind.NOT_A_CHARACTER
    elif patterns.is_line_break.match(char):
        kind = FaultKind.LINE_BREAK if one_line else FaultKind.PARAGRAPH_BREAK
    else:
        kind = FaultKind.CONTROL
    return TextFault(kind, char, match.start())


def _joined(pair: re.Match[str]) -> str:
    return pair.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le")
