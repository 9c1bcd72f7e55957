"""Registering TrueType faces with reportlab, once per file and face, with a text layer right for every character."""

from __future__ import annotations

import hashlib
import threading
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFError, TTFont

from perfdesk.errors import PerfdeskError
from perfdesk.export.fonts import FontChoice

_lock = threading.Lock()
# The PDF specification allows at most 100 entries in one beginbfchar … endbfchar section.
_BFCHAR_SECTION = 100


class _FaceWithUnicodeText(TTFont):
    """reportlab's TTFont with a ToUnicode map that is also right beyond the BMP.

    reportlab (up to 5.1 at least) writes each subset's ToUnicode entry as "<%04X>" of the code
    point, so 𡃁 U+210C1 becomes <210C1>, which readers take as U+210C and a stray byte: the glyph
    is drawn right but copies and extracts as 「ℌ␚」. The PDF wants the destination in UTF-16BE,
    a surrogate pair for such a character; the map is rewritten so once reportlab has made it.
    """

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)  # which forgets the document's subsets
        for number, subset in enumerate(subsets):
            base = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = to_unicode_cmap(base, subset)


def to_unicode_cmap(name: str, code_points: list[int]) -> str:
    """The ToUnicode CMap of a one-byte subset whose code i draws `code_points[i]`, in UTF-16BE."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{max(0, len(code_points) - 1):02X}>",
        "endcodespacerange",
    ]
    entries = list(enumerate(code_points))
    for start in range(0, len(entries), _BFCHAR_SECTION):
        section = entries[start : start + _BFCHAR_SECTION]
        lines.append(f"{len(section)} beginbfchar")
        lines += [f"<{code:02X}> <{_utf16_hex(point)}>" for code, point in section]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def _utf16_hex(code_point: int) -> str:
    if 0xD800 <= code_point <= 0xDFFF or code_point > 0x10FFFF:
        code_point = 0xFFFD  # a lone surrogate has no UTF-16 of its own
    return chr(code_point).encode("utf-16-be").hex().upper()


def font_name(choice: FontChoice) -> str:
    """The reportlab name `choice` is (or would be) registered under.

    reportlab's font registry is global, so the name is derived from the file and face: two
    exports with different fonts never see each other's, and a second export with the same
    font skips parsing the (large) file again.
    """
    digest = hashlib.sha1(f"{choice.path.resolve()}#{choice.subfont_index}".encode()).hexdigest()[:10]
    return f"PerfdeskKai-{digest}"


def register_font(choice: FontChoice) -> str:
    """The reportlab name of `choice`, registering it (and its bold/italic mapping) on first use."""
    name = font_name(choice)
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            try:
                font = _FaceWithUnicodeText(name, str(choice.path), subfontIndex=choice.subfont_index)
            except (TTFError, OSError, ValueError, IndexError, KeyError, AssertionError):
                # Not a TrueType font reportlab can embed (e.g. OpenType/CFF outlines, a damaged file).
                raise PerfdeskError("export.bad_font", path=str(choice.path)) from None
            pdfmetrics.registerFont(font)
            # Map every style of the family to the one face, so markup asking for bold or italic
            # never falls back to Helvetica-Bold (the face has no bold; PDF readers would substitute).
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
    return name
