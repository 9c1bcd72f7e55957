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

One line-break rule for every writer: a paragraph ends at each line break, whatever its spelling
(`paragraphs`); where a text must stand on one line (a running header, a sheet name) each line
break and tab is a space, as in the text rule's one-line fields, and the ends are trimmed
(`one_line=True`). Every writer cleans and splits its text here, and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata

from perfdesk.domain.plain_text import CONTROLS, NONCHARACTERS, OTHER_LINE_BREAKS, PARAGRAPH_BREAK, SURROGATES

REPLACEMENT = "\ufffd"

# The character classes are the text rule's own (domain.plain_text), so what an export replaces
# is exactly what a paste would have removed and an import refused.
_LINE_BREAKS = re.compile(rf"\r\n|[{OTHER_LINE_BREAKS}]")
_UNSTORABLE = re.compile(f"[{CONTROLS}{SURROGATES}{NONCHARACTERS}]")


def clean_export_text(text: str, *, drawn: bool = False, one_line: bool = False) -> str:
    """`text` as every export format can store it: line breaks as "\\n", the unstorable as U+FFFD; never raises.

    With `one_line`, line breaks and tabs are spaces and the ends trimmed: a text that must stay on one line.
    """
    if not (text.isascii() and text.isprintable()):  # the common case for short fields, kept fast
        text = _UNSTORABLE.sub(REPLACEMENT, _LINE_BREAKS.sub(PARAGRAPH_BREAK, text))
        if drawn:
            text = text.replace("\t", " ")
            # Looked up per distinct character: a 40,000-character field has only a few hundred.
            invisible = {c for c in set(text) if not c.isascii() and unicodedata.category(c) == "Cf"}
            if invisible:
                text = text.translate(dict.fromkeys(map(ord, invisible)))
    if one_line:
        text = text.replace(PARAGRAPH_BREAK, " ").replace("\t", " ").strip()
    return text


def paragraphs(text: str, *, drawn: bool = False) -> list[str]:
    """The paragraphs of `text`, cleaned: one for every line break, whatever its spelling; at least one."""
    return clean_export_text(text, drawn=drawn).split(PARAGRAPH_BREAK)


def replaced_in(text: str) -> int:
    """How many characters of `text` clean_export_text replaces with U+FFFD."""
    if text.isascii() and text.isprintable():
        return 0
    return sum(1 for _ in _UNSTORABLE.finditer(text))
