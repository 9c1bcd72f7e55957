"""The 禁則 (line-breaking prohibitions) every export follows: one set of characters, one rule.

A line never starts with closing punctuation (，。、）」 …: it stays with the character before it)
and never ends with an opening bracket (（「『 …: it goes down with the character after it), even
where a space stands between the two (「（ 含」, 「人) 、」), as in UAX #14, which Word and LibreOffice
follow. The PDF breaks its lines by this rule (pdf_text), Excel's row heights are estimated by
it (text_wrapping), and the Word document's settings give Word, which breaks its own lines, the
same two sets for Traditional Chinese (docx_writer). LibreOffice Calc (7.4) wraps cell text without
it, whatever the document's Asian language, so a sheet shown there may start a line with 「、」; the
XLSX writer's own breaks (a row cut at a planned page end) still follow it.
"""

from __future__ import annotations

# Characters that may not start a line: closing brackets and quotes, stops, pauses, ellipses, dashes.
NO_LINE_START = frozenset("，。、；：！？）」』】〉》〕｝］’”．,.;:!?)]}%％…‥‧·—")
# Characters that may not end a line: opening brackets and quotes.
NO_LINE_END = frozenset("（「『【〈《〔｛［‘“([{")


def unbreakable(before: str, after: str) -> bool:
    """Whether a line may not break between the character `before` and the character `after`."""
    return after in NO_LINE_START or before in NO_LINE_END


def as_text(characters: frozenset[str]) -> str:
    """The set as one string, in code point order (for a file format that stores the list)."""
    return "".join(sorted(characters))
