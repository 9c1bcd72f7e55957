"""The one cleaning every exporter gives its text: what no export format can store becomes U+FFFD.

A report's fields may hold anything a str can (pasted text, imported files, older versions):
NUL and other control characters, lone surrogates, noncharacters. XML 1.0 (Excel, Word) forbids
most of them, UTF-8 cannot encode a lone surrogate, and none of them is text a reader could want.
Each becomes U+FFFD, the Unicode replacement character, so the gap stays visible and
replaced_in() can count it for the notice the caller shows. Line breaks in any spelling (Word's
manual break, CR LF, U+2028 …) become "\\n". Everything else passes unchanged: CJK beyond the
BMP, bidi and zero-width characters, private-use characters (造字), markup-looking text.

`drawn=True` is for a renderer that draws code points one by one (the PDF): there a tab is a
space and invisible format characters (zero-width joiner, bidi overrides, soft hyphens, BOM)
are dropped rather than drawn as glyphs; they were never visible, so nothing is counted.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"

# Line and page breaks pasted from Word (vertical tab, form feed), CR, NEL and Unicode's separators.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0 controls but tab and newline (the line breaks among them are gone by then), DEL and the other
# C1 controls, lone surrogates, and the noncharacters: U+FDD0–U+FDEF and the last two code points
# of every plane (U+FFFE/U+FFFF are not XML; none of them is ever text).
_PLANE_ENDS = "".join(chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF))
_UNSTORABLE = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef{_PLANE_ENDS}]")


def clean_export_text(text: str, *, drawn: bool = False) -> str:
    """`text` as every export format can store it: line breaks as "\\n", the unstorable as U+FFFD; never raises."""
    if text.isascii() and text.isprintable():
        return text  # the common case for short fields, kept fast
    text = _UNSTORABLE.sub(REPLACEMENT, _LINE_BREAKS.sub("\n", text))
    if drawn:
        text = text.replace("\t", " ")
        # Looked up per distinct character: a 40,000-character field has only a few hundred.
        invisible = {c for c in set(text) if not c.isascii() and unicodedata.category(c) == "Cf"}
        if invisible:
            text = text.translate(dict.fromkeys(map(ord, invisible)))
    return text


def replaced_in(text: str) -> int:
    """How many characters of `text` clean_export_text replaces with U+FFFD."""
    if text.isascii() and text.isprintable():
        return 0
    return sum(1 for _ in _UNSTORABLE.finditer(text))
