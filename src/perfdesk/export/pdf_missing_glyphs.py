"""Where in the layout the characters that no font has stand, so the export can name them for the user."""

from __future__ import annotations

import re
from collections.abc import Iterator

from perfdesk.export.layout import DocumentLayout, Table
from perfdesk.export.write_outcome import NAMED_PLACES, GlyphPlace, MissingGlyph, PlaceKind

# 「構面一」 of 「構面一：基礎服務（200 分）」; a heading of another shape is named by its start.
_DIMENSION_NAME = re.compile(r"^\s*(構面\s*[一二三四五六七八九十〇0-9０-９]+)")
_SHORT_HEADING = 16


def missing_glyphs(layout: DocumentLayout, missing: set[str]) -> tuple[MissingGlyph, ...]:
    """Each of `missing` with the first places it stands in `layout`, in the order the report first has them."""
    if not missing:
        return ()
    places: dict[str, list[GlyphPlace]] = {}
    counts: dict[str, int] = {}
    for text, place in _texts(layout):
        found = missing.intersection(text)
        for char in sorted(found, key=text.index):
            counts[char] = counts.get(char, 0) + text.count(char)
            named = places.setdefault(char, [])
            if len(named) < NAMED_PLACES:
                named.append(place)
    return tuple(MissingGlyph(char, tuple(places[char]), counts[char]) for char in places)


def dimension_name(heading: str) -> str:
    """「構面一」 for 「構面一：基礎服務（200 分）」; the start of any other heading."""
    found = _DIMENSION_NAME.match(heading)
    if found:
        return "".join(found[1].split())
    short = re.split(r"[：:]", heading, maxsplit=1)[0].strip()
    return short if len(short) <= _SHORT_HEADING else short[: _SHORT_HEADING - 1] + "…"


def _texts(layout: DocumentLayout) -> Iterator[tuple[str, GlyphPlace]]:
    """Every printed text of the layout with its place, in reading order."""
    yield layout.title, GlyphPlace(PlaceKind.TITLE)
    for number, paragraph in enumerate(layout.front_matter, start=1):
        yield paragraph, GlyphPlace(PlaceKind.FRONT_MATTER, row=number)
    for table in layout.tables:
        yield from _table_texts(table)


def _table_texts(table: Table) -> Iterator[tuple[str, GlyphPlace]]:
    dimension = dimension_name(table.heading)
    for text in (table.category, table.heading, table.note):
        if text:
            yield text, GlyphPlace(PlaceKind.HEADING, dimension=dimension)
    for header in table.headers:
        yield header, GlyphPlace(PlaceKind.HEADER, dimension=dimension, column=header)
    for number, row in enumerate(table.rows, start=1):
        block = row.strategy_block
        strategy = table.block_labels[block] if block < len(table.block_labels) else ""
        for column, cell in enumerate(row.cells):
            if cell:
                header = table.headers[column] if column < len(table.headers) else ""
                yield cell, GlyphPlace(PlaceKind.CELL, dimension, strategy, number, header)
