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

from perfdesk.domain.plain_text import CONTROLS, NONCHARACTERS, OTHER_LINE_BREAKS, SURROGATES

REPLACEMENT = "\ufffd"

# The character classes are the text rule's own (domain.plain_text), so what an export replaces
# is exactly what a paste would have removed and an import refused.
_LINE_BREAKS = re.compile(rf"\r\n|[{OTHER_LINE_BREAKS}]")
_UNSTORABLE = re.compile(f"[{CONTROLS}{SURROGATES}{NONCHARACTERS}]")


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
