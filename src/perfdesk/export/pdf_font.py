"""Registering the 楷書 face with reportlab, once per file and face, as the only font a PDF uses."""

from __future__ import annotations

import hashlib
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from perfdesk.errors import PerfdeskError
from perfdesk.export.fonts import FontChoice

_lock = threading.Lock()


def register_font(choice: FontChoice) -> str:
    """The reportlab name of `choice`, registering it (and its bold/italic mapping) on first use.

    reportlab's font registry is global, so the name is derived from the file and face: two
    exports with different fonts never see each other's, and a second export with the same
    font skips parsing the (large) collection again.
    """
    digest = hashlib.sha1(f"{choice.path.resolve()}#{choice.subfont_index}".encode()).hexdigest()[:10]
    name = f"PerfdeskKai-{digest}"
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            try:
                font = TTFont(name, str(choice.path), subfontIndex=choice.subfont_index)
            except (TTFError, OSError, ValueError, IndexError):
                # Not a TrueType font reportlab can embed (e.g. OpenType/CFF outlines, a damaged file).
                raise PerfdeskError("export.bad_font", path=str(choice.path)) from None
            pdfmetrics.registerFont(font)
            # Map every style of the family to the one face, so markup asking for bold or italic
            # never falls back to Helvetica-Bold (the face has no bold; PDF readers would substitute).
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
    return name
