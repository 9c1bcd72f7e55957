"""Reading an ODF text document (.odt) into neutral blocks: its body's paragraphs and tables in reading order.

content.xml is walked directly, parsed only through package.py and within its limits. The text is
what LibreOffice shows with tracked changes as they stand (deleted text lives apart, in
text:tracked-changes), white space collapsed as ODF says, a field's displayed value, and never a
footnote, comment, ruby annotation or text box (each box is listed in Document.not_imported).
What LibreOffice computes the reader computes too: list and heading numbers (odt_lists.py),
heading levels, bold paragraphs, cells merged across rows (odt_styles.py answers about styles).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from perfdesk.errors import PerfdeskError
from perfdesk.interchange.documents.model import Block, Cell, Document, Paragraph, Row, Table
from perfdesk.interchange.documents.odt_lists import Counters, Lists, ListStyle, read_list_style, start_value
from perfdesk.interchange.documents.odt_styles import DRAW, MAX_OUTLINE_LEVEL, OFFICE, TABLE, TEXT, OdtStyles
from perfdesk.interchange.documents.package import ODT_MIMETYPE, Package, open_package

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"

TEXT_BOX_PREVIEW = 30  # characters of a text box's text named in the not-imported list
MAX_COLUMNS = 1024  # far beyond any real table; a repeat count past it is a broken or hostile file
# Repeat counts (text:c spaces, repeated cells and rows) make a small file expand: a document
# asking for more than these is refused as too large rather than spelled out.
MAX_SPACES = 1_000_000
MAX_CELLS = 1_000_000

_WHITE_SPACE = re.compile(r"[ \t\r\n]+")
# Elements inside a paragraph whose content is not the paragraph's text (ODF 1.2 §6.1.1), or is a
# cached copy of a label computed here (text:number).
_NOT_TEXT = {
    TEXT + "note",
    TEXT + "ruby-text",
    TEXT + "number",
    TEXT + "tracked-changes",
    OFFICE + "annotation",
    OFFICE + "annotation-end",
}
# Elements of the body that hold no report text (an index template, *-source, and declarations,
# *-decls, are passed over by name).
_NOT_BODY = {TEXT + "tracked-changes", OFFICE + "forms", OFFICE + "annotation", OFFICE + "annotation-end"}


def read_odt(path: Path) -> Document:
    """The body of the .odt at `path` as blocks; PerfdeskError (document.*) for anything unreadable."""
    path = Path(path)
    with open_package(path) as package:
        if package.text("mimetype") != ODT_MIMETYPE:
            raise PerfdeskError("document.unknown_package", path=str(path))
        _refuse_encrypted(package)
        content = package.xml("content.xml")
        if content is None or content.tag != OFFICE + "document-content":
            raise PerfdeskError("document.damaged", path=str(path), reason="content.xml is missing")
        reader = _BodyReader(path, OdtStyles(content, package.xml("styles.xml")))
        body = content.find(f"{OFFICE}body/{OFFICE}text")
        try:
            blocks = list(reader.blocks(body)) if body is not None else []
        except RecursionError:
            # libxml2 limits nesting to 256 levels, well inside Python's; this is a second guard.
            raise PerfdeskError("document.damaged", path=str(path), reason="nested too deeply") from None
        return Document(tuple(blocks), tuple(reader.not_imported))


def _refuse_encrypted(package: Package) -> None:
    # A password-protected .odt is a zip whose parts are encrypted; the manifest says so.
    manifest = package.xml("META-INF/manifest.xml")
    if manifest is not None and next(manifest.iter(MANIFEST + "encryption-data"), None) is not None:
        raise PerfdeskError("document.encrypted", path=str(package.path))


Spans = tuple[str, ...]  # the text:style-name of each enclosing span, outermost first


class _BodyReader:
    """One walk over a document body; collects the not-imported list as it goes."""

    def __init__(self, path: Path, styles: OdtStyles) -> None:
        self.path = path
        self.styles = styles
        self.lists = Lists()
        self.outline = read_list_style(styles.outline)
        self.not_imported: list[tuple[str, dict[str, str]]] = []
        self._list_styles: dict[str, ListStyle] = {}
        self._quiet = False  # reading a text box's own text: nested boxes are part of it
        self._spaces = 0
        self._cells = 0

    def blocks(self, container: etree._Element) -> Iterator[Block]:
        for child in container:
            yield from self._block(child)

    def _block(self, element: etree._Element) -> Iterator[Block]:
        tag = element.tag
        if not isinstance(tag, str) or tag in _NOT_BODY or tag.endswith(("-source", "-decls")):
            return  # comments; deleted text; an index's template; declarations of fields
        if tag == TEXT + "p":
            yield self.paragraph(element)
        elif tag == TEXT + "h":
            yield self.paragraph(element, self._heading_label(element))
        elif tag == TEXT + "list":
            yield from self._list(element, None, "", 1)
        elif tag == TEXT + "numbered-paragraph":
            yield from self._numbered_paragraph(element)
        elif tag == TABLE + "table":
            yield self._table(element)
        elif tag.startswith(DRAW):
            self._report_drawing(element)  # a frame anchored to the page
        else:
            yield from self.blocks(element)  # sections, an index's body, change marks: look inside

    # Paragraphs

    def paragraph(self, element: etree._Element, label: str = "") -> Paragraph:
        name = element.get(TEXT + "style-name")
        pieces = self._pieces(element)
        return Paragraph(
            text="".join(text for text, _ in pieces),
            label=label,
            style=self.styles.display_name("paragraph", name),
            heading_level=self._heading_level(element),
            bold=self._bold(name, pieces),
        )

    def _heading_level(self, element: etree._Element) -> int | None:
        name = element.get(TEXT + "style-name")
        if element.tag != TEXT + "h":
            return self.styles.heading_level(name)
        level = _int(element.get(TEXT + "outline-level"), 0)
        if 1 <= level <= MAX_OUTLINE_LEVEL:
            return level
        return self.styles.heading_level(name) or 1  # a text:h is a heading, level 1 unless told

    def _heading_label(self, element: etree._Element) -> str:
        if element.get(TEXT + "is-list-header") == "true":
            return ""
        level = self._heading_level(element) or 1
        restart: int | None = None
        if element.get(TEXT + "restart-numbering") == "true":
            restart = start_value(element.get(TEXT + "start-value"))
            restart = self.outline.start(level) if restart is None else restart
        return self.lists.headings.count(level, self.outline, restart)

    def _pieces(self, paragraph: etree._Element) -> list[tuple[str, Spans]]:
        """The paragraph's text in pieces, each with its spans' styles, white space collapsed."""
        raw: list[tuple[str, bool, Spans]] = []  # (text, is it XML text whose white space collapses, spans)
        self._inline(paragraph, (), raw)
        pieces: list[tuple[str, bool, Spans]] = []
        after_space = True  # white space at the start of a paragraph is ignored
        for text, collapses, spans in raw:
            if collapses:
                text = _WHITE_SPACE.sub(" ", text)
                if after_space and text.startswith(" "):
                    text = text[1:]
                after_space = text.endswith(" ") if text else after_space
            else:
                after_space = False  # a space after text:s, a tab or a line break is kept
            if text:
                pieces.append((text, collapses, spans))
        while pieces and pieces[-1][1]:  # … and so is white space at its end
            text, _, spans = pieces.pop()
            if text.rstrip(" "):
                pieces.append((text.rstrip(" "), True, spans))
                break
        return [(text, spans) for text, _, spans in pieces]

    def _inline(self, element: etree._Element, spans: Spans, raw: list[tuple[str, bool, Spans]]) -> None:
        if element.text:
            raw.append((element.text, True, spans))
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                pass  # an XML comment; its tail is text all the same
            elif tag == TEXT + "s":
                raw.append((" " * self._space_count(child), False, spans))
            elif tag == TEXT + "tab":
                raw.append(("\t", False, spans))
            elif tag == TEXT + "line-break":
                raw.append(("\n", False, spans))
            elif tag.startswith(DRAW):
                self._report_drawing(child)
            elif tag not in _NOT_TEXT:
                # Spans and links carry a text style; fields, bookmarks, ruby bases, meta: their content.
                style = child.get(TEXT + "style-name") if tag in (TEXT + "span", TEXT + "a") else None
                self._inline(child, (*spans, style) if style else spans, raw)
            if child.tail:
                raw.append((child.tail, True, spans))

    def _space_count(self, element: etree._Element) -> int:
        count = max(1, _int(element.get(TEXT + "c"), 1))
        self._spaces += count
        if self._spaces > MAX_SPACES:
            raise PerfdeskError("document.too_large", path=str(self.path))
        return count

    def _bold(self, style_name: str | None, pieces: list[tuple[str, Spans]]) -> bool:
        """Every character but spaces is bold (fo:font-weight, or the East Asian weight for CJK)."""
        paragraph_weights = self.styles.weights("paragraph", style_name)
        seen = False
        for text, spans in pieces:
            western, asian = None, None
            for span in reversed(spans):  # the innermost span decides first
                span_western, span_asian = self.styles.weights("text", span)
                western, asian = western or span_western, asian or span_asian
            western, asian = western or paragraph_weights[0], asian or paragraph_weights[1]
            for character in text:
                if character.isspace():
                    continue
                seen = True
                # LibreOffice keeps a weight per script; a writer that sets only fo:font-weight means
                # it for every script.
                weight = asian if asian is not None and _east_asian(character) else western
                if not _is_bold(weight):
                    return False
        return seen

    # Lists

    def _list(self, element: etree._Element, counters: Counters | None, style_name: str, level: int) -> Iterator[Block]:
        own_style = element.get(TEXT + "style-name")
        if counters is None:  # a top-level list: a new one, or one continued
            counters = self.lists.open(
                own_style or "",
                element.get(XML_ID),
                element.get(TEXT + "continue-list"),
                element.get(TEXT + "continue-numbering") == "true",
            )
        # A nested list without a style of its own is formatted by its parent's (and counts with it).
        style_name = own_style or style_name
        for item in element:
            if item.tag not in (TEXT + "list-item", TEXT + "list-header"):
                continue
            item_style = item.get(TEXT + "style-override") or style_name
            restart = start_value(item.get(TEXT + "start-value"))
            numbered = item.tag == TEXT + "list-item"  # a list header is never numbered nor counted
            first = True
            for child in item:
                tag = child.tag
                if tag in (TEXT + "p", TEXT + "h"):
                    label = counters.count(level, self._list_style(item_style), restart) if first and numbered else ""
                    first = False
                    yield self.paragraph(child, label)
                elif tag == TEXT + "list":
                    first = False  # an item opening with a sublist has no number of its own
                    yield from self._list(child, counters, item_style, min(level + 1, MAX_OUTLINE_LEVEL))
                elif tag != TEXT + "number":
                    yield from self._block(child)

    def _numbered_paragraph(self, element: etree._Element) -> Iterator[Block]:
        # ODF's other way to number a paragraph: the list named by id, the level given.
        list_id = element.get(TEXT + "list-id")
        counters = self.lists.find(list_id)
        style_name = element.get(TEXT + "style-name") or (counters.style_name if counters else "")
        if counters is None:
            counters = self.lists.open(style_name, list_id, None, element.get(TEXT + "continue-numbering") == "true")
        level = _int(element.get(TEXT + "level"), 1)
        restart = start_value(element.get(TEXT + "start-value"))
        first = True
        for child in element:
            if child.tag in (TEXT + "p", TEXT + "h"):
                yield self.paragraph(
                    child, counters.count(level, self._list_style(style_name), restart) if first else ""
                )
                first = False

    def _list_style(self, name: str) -> ListStyle:
        if name not in self._list_styles:
            self._list_styles[name] = read_list_style(self.styles.list_style(name))
        return self._list_styles[name]

    # Tables

    def _table(self, table: etree._Element) -> Table:
        columns = min(_column_count(table), MAX_COLUMNS)
        rows: list[Row] = []
        above: dict[int, tuple[int, int]] = {}  # grid column → (rows it still covers, its column span)
        for row, header in _rows(table, header=False):
            for _ in range(max(1, _int(row.get(TABLE + "number-rows-repeated"), 1))):
                cells, above = self._row(row, columns, above)
                rows.append(Row(cells, repeats_as_header=header))
        return Table(tuple(rows))

    def _row(
        self, row: etree._Element, columns: int, above: dict[int, tuple[int, int]]
    ) -> tuple[tuple[Cell, ...], dict[int, tuple[int, int]]]:
        """The row's cells, and what cells merged downwards cover in the rows below it."""
        cells: list[Cell] = []
        below = {column: (rows - 1, span) for column, (rows, span) in above.items() if rows > 1}
        column = 0
        spanned_to = 0  # grid columns before this belong to a cell of this row spanning rightwards
        for element in row:
            if element.tag not in (TABLE + "table-cell", TABLE + "covered-table-cell"):
                continue
            repeat = max(1, _int(element.get(TABLE + "number-columns-repeated"), 1))
            if element.tag == TABLE + "covered-table-cell":
                for _ in range(min(repeat, MAX_COLUMNS - column)):
                    if column >= spanned_to:
                        covering = above.get(column)
                        span = covering[1] if covering else 1
                        # Covered from above: the merged cell continues; covered by nothing known: a gap.
                        cells.append(Cell(continues_above=covering is not None, span=span))
                        spanned_to = column + span
                    column += 1
                continue
            paragraphs = self._cell_paragraphs(element)
            span = min(max(1, _int(element.get(TABLE + "number-columns-spanned"), 1)), MAX_COLUMNS)
            down = max(1, _int(element.get(TABLE + "number-rows-spanned"), 1))
            # LibreOffice pads a row with one empty cell repeated; past the table's columns it is nothing.
            padding = repeat > 1 and not any(p.full_text for p in paragraphs)
            for _ in range(repeat):
                if column >= MAX_COLUMNS or (padding and columns and column >= columns):
                    break
                cells.append(Cell(paragraphs, span))
                if down > 1:
                    below[column] = (down - 1, span)
                spanned_to = column + span
                column += 1
        self._cells += max(1, len(cells))  # a row of nothing repeated a billion times counts too
        if self._cells > MAX_CELLS:
            raise PerfdeskError("document.too_large", path=str(self.path))
        return tuple(cells), below

    def _cell_paragraphs(self, cell: etree._Element) -> tuple[Paragraph, ...]:
        """A cell's paragraphs; a table nested in it gives its paragraphs, in reading order."""
        paragraphs: list[Paragraph] = []
        for block in self.blocks(cell):
            if isinstance(block, Table):
                paragraphs.extend(p for row in block.rows for inner in row.cells for p in inner.paragraphs)
            else:
                paragraphs.append(block)
        return tuple(paragraphs)

    # Drawings

    def _report_drawing(self, element: etree._Element) -> None:
        """A frame or shape is not report text: one not-imported line for the words it holds."""
        if self._quiet:
            return
        self._quiet = True
        try:
            texts = [p.text for p in (self.paragraph(e) for e in element.iter(TEXT + "p", TEXT + "h"))]
        finally:
            self._quiet = False
        text = " ".join(" ".join(t.split()) for t in texts).strip()
        if text:  # a picture, or a box without words, loses nothing
            self.not_imported.append(("document.text_box", {"text": text[:TEXT_BOX_PREVIEW]}))


def _rows(container: etree._Element, header: bool) -> Iterator[tuple[etree._Element, bool]]:
    """A table's rows in order, each with whether it repeats as the header on every page."""
    for child in container:
        if child.tag == TABLE + "table-row":
            yield child, header
        elif child.tag == TABLE + "table-header-rows":
            yield from _rows(child, header=True)
        elif child.tag in (TABLE + "table-rows", TABLE + "table-row-group"):
            yield from _rows(child, header)


def _column_count(element: etree._Element) -> int:
    count = 0
    for child in element:
        if child.tag == TABLE + "table-column":
            count += max(1, _int(child.get(TABLE + "number-columns-repeated"), 1))
        elif child.tag in (TABLE + "table-columns", TABLE + "table-header-columns", TABLE + "table-column-group"):
            count += _column_count(child)
    return count


def _is_bold(weight: str | None) -> bool:
    if weight is None:
        return False
    return weight == "bold" or (weight.isdigit() and int(weight) >= 600)


def _east_asian(character: str) -> bool:
    """Written in LibreOffice's Asian script: Han, kana, hangul, bopomofo, CJK and full-width punctuation."""
    code = ord(character)
    return (
        0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0xA4CF
        or 0xA960 <= code <= 0xA97F
        or 0xAC00 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or code >= 0x20000
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
