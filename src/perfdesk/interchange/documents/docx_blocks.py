"""Reading a Word document (.docx) into neutral blocks: its body's paragraphs and tables in reading order.

The XML is walked directly (python-docx's reader would drop tracked insertions and read field
instructions as text) and parsed only through package.py, within its limits. The text is what Word
shows with all changes accepted: insertions and moved-to text kept, deletions and moved-from text
gone, a field's result but never its instruction, content controls looked into. What Word computes,
the reader computes too: numbering labels (docx_numbering.py), heading levels, bold paragraphs,
merged and spanned cells. Text boxes are not report text: each is listed in Document.not_imported.
Comments, footnotes, headers and footers live in other parts and are never read.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from perfdesk.errors import PerfdeskError
from perfdesk.interchange.documents.docx_numbering import LEVELS, Numbering
from perfdesk.interchange.documents.model import Block, Cell, Document, Paragraph, Row, Table
from perfdesk.interchange.documents.package import Package, open_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Word's "Strict Open XML" saves use other namespace names for the same elements.
STRICT_W = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"

MAX_SPAN = 63  # Word's widest table; a larger w:gridSpan is a broken file
TEXT_BOX_PREVIEW = 30  # characters of a text box's text named in the not-imported list
_HEADING_NAME = re.compile(r"^(?:heading|標題)\s*([1-9])$", re.IGNORECASE)
# Inline wrappers whose children are read as if they stood in the paragraph itself.
_INLINE_WRAPPERS = {W + t for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")}


def read_docx(path: Path) -> Document:
    """The body of the .docx at `path` as blocks; PerfdeskError (document.*) for anything unreadable."""
    with open_package(Path(path)) as package:
        document_part = _main_part(package)
        root = package.xml(document_part) if document_part else None
        if root is None or _transitional(root).tag != W + "document":
            raise PerfdeskError("document.unknown_package", path=str(path))
        related = _related_parts(package, document_part or "")
        styles = _Styles(_transitional_or_none(package.xml(related.get("styles", "word/styles.xml"))))
        numbering_root = _transitional_or_none(package.xml(related.get("numbering", "word/numbering.xml")))
        reader = _BodyReader(styles, Numbering(numbering_root, styles.list_of_style))
        body = root.find(W + "body")
        try:
            blocks = reader.blocks(body) if body is not None else []
        except RecursionError:
            # libxml2 limits nesting to 256 levels, well inside Python's; this is a second guard.
            raise PerfdeskError("document.damaged", path=str(path), reason="nested too deeply") from None
        return Document(tuple(blocks), tuple(reader.not_imported))


def _main_part(package: Package) -> str | None:
    # The package's relationships name the main part; Word always calls it word/document.xml.
    rels = package.xml("_rels/.rels")
    for rel in rels.iter(RELS + "Relationship") if rels is not None else ():
        if (rel.get("Type") or "").endswith("/officeDocument") and rel.get("TargetMode") != "External":
            name = posixpath.normpath((rel.get("Target") or "").lstrip("/"))
            if name in package.names():
                return name
    return "word/document.xml" if "word/document.xml" in package.names() else None


def _related_parts(package: Package, document_part: str) -> dict[str, str]:
    """The document's styles and numbering parts, by the kind its relationships give them."""
    folder, name = posixpath.split(document_part)
    rels = package.xml(posixpath.join(folder, "_rels", f"{name}.rels"))
    parts: dict[str, str] = {}
    for rel in rels.iter(RELS + "Relationship") if rels is not None else ():
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if kind in ("styles", "numbering") and rel.get("TargetMode") != "External":
            absolute = target.startswith("/")
            parts.setdefault(kind, posixpath.normpath(target[1:] if absolute else posixpath.join(folder, target)))
    return parts


def _transitional(root: etree._Element) -> etree._Element:
    """The part with Strict namespace names renamed to the usual ones, so one set of names reads both."""
    if isinstance(root.tag, str) and root.tag.startswith(STRICT_W):
        for element in root.iter():
            if isinstance(element.tag, str):
                element.tag = element.tag.replace(STRICT_W, W)
            for key in [k for k in element.attrib if k.startswith(STRICT_W)]:
                element.set(key.replace(STRICT_W, W), element.attrib.pop(key))
    return root


def _transitional_or_none(root: etree._Element | None) -> etree._Element | None:
    return _transitional(root) if root is not None else None


def _val(element: etree._Element | None, child: str) -> str | None:
    if element is None:
        return None
    found = element.find(W + child)
    return None if found is None else found.get(W + "val")


def _is_on(element: etree._Element | None) -> bool:
    """An on/off property (w:b, w:tblHeader …) that is present and not switched off."""
    return element is not None and element.get(W + "val") not in ("0", "false", "off")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    paragraph_properties: etree._Element | None
    run_properties: etree._Element | None


class _Styles:
    """word/styles.xml: style names, and properties followed up the w:basedOn chain."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.default_bold = False
        self.list_of_style: dict[str, str] = {}  # style id → the w:numId its paragraphs are numbered in
        if root is None:
            return
        for style in root.findall(W + "style"):
            style_id = style.get(W + "styleId") or ""
            self._styles[style_id] = _Style(
                name=_val(style, "name") or style_id,
                based_on=_val(style, "basedOn"),
                paragraph_properties=style.find(W + "pPr"),
                run_properties=style.find(W + "rPr"),
            )
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                self.default_paragraph = style_id
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_bold = _is_on(defaults.find(W + "b")) if defaults is not None else False
        self.list_of_style = {
            style_id: num_id
            for style_id in self._styles
            if (num_id := _val(self._numbering_properties(style_id), "numId")) is not None
        }

    def _numbering_properties(self, style_id: str) -> etree._Element | None:
        properties = self._styles[style_id].paragraph_properties
        return properties.find(W + "numPr") if properties is not None else None

    def name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "")
        return style.name if style else ""

    def chain(self, style_id: str | None) -> list[_Style]:
        """The style, then the one it is based on, and so on (a cycle in a broken file is cut)."""
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            chain.append(self._styles[style_id])
            style_id = chain[-1].based_on
        return chain

    def known(self, style_id: str | None) -> bool:
        return (style_id or "") in self._styles


@dataclass(slots=True)
class _Piece:
    text: str
    bold: bool


class _BodyReader:
    """One walk over a story (the body, or a text box's content) in reading order."""

    def __init__(self, styles: _Styles, numbering: Numbering | None) -> None:
        self.styles = styles
        self.numbering = numbering  # None inside a text box: its paragraphs count in no list
        self.not_imported: list[tuple[str, dict[str, str]]] = []
        # One entry per complex field open at this point: True once past its w:fldChar "separate",
        # that is, in its result. Text shows only when every open field is in its result.
        self._fields: list[bool] = []
        # The text of paragraphs whose paragraph mark is a tracked deletion: it joins the next one.
        self._carried: list[_Piece] = []

    # Block level

    def blocks(self, container: etree._Element) -> list[Block]:
        out: list[Block] = []
        for child in container:
            if child.tag == W + "p":
                paragraph = self._paragraph(child)
                if paragraph is not None:
                    out.append(paragraph)
                continue
            self._flush_carried(out)
            if child.tag == W + "tbl":
                out.append(self._table(child))
            elif child.tag in (W + "sdt", W + "customXml", MC + "AlternateContent"):
                content = _content(child)
                if content is not None:
                    out.extend(self.blocks(content))
        self._flush_carried(out)
        return out

    def _flush_carried(self, out: list[Block]) -> None:
        # Deleted paragraph marks before a table or at the end of a cell: there is nothing to join.
        if any(piece.text for piece in self._carried):
            out.append(Paragraph("".join(piece.text for piece in self._carried)))
        self._carried = []

    def _paragraph(self, p: etree._Element) -> Paragraph | None:
        properties = p.find(W + "pPr")
        mark = properties.find(W + "rPr") if properties is not None else None
        style_id = _val(properties, "pStyle")
        if not self.styles.known(style_id):
            style_id = self.styles.default_paragraph
        chain = self.styles.chain(style_id)
        pieces, self._carried = self._carried, []
        self._inline(p, pieces, chain)
        # A field still in its instruction at the end of a paragraph is broken: it must not hide the rest.
        self._fields = [in_result for in_result in self._fields if in_result]
        if mark is not None and (mark.find(W + "del") is not None or mark.find(W + "moveFrom") is not None):
            self._carried = pieces
            return None
        printed = [piece for piece in pieces if piece.text.strip()]
        return Paragraph(
            text="".join(piece.text for piece in pieces),
            label=self._label(properties, chain, style_id),
            style=self.styles.name(style_id),
            heading_level=_heading_level(properties, chain),
            bold=bool(printed) and all(piece.bold for piece in printed),
        )

    def _label(self, properties: etree._Element | None, chain: list[_Style], style_id: str | None) -> str:
        if self.numbering is None:
            return ""
        # The paragraph's own w:numPr first, then its styles', nearest first.
        sources = [properties, *(style.paragraph_properties for style in chain)]
        numbering = [source.find(W + "numPr") for source in sources if source is not None]
        num_id = next((n for n in (_val(found, "numId") for found in numbering if found is not None) if n), None)
        if num_id is None or num_id == "0":  # numId 0: numbering switched off
            return ""
        level = next((_val(found, "ilvl") for found in numbering if _val(found, "ilvl") is not None), None)
        if level is None and style_id:
            linked = self.numbering.level_of_style(num_id, style_id)
            level = str(linked) if linked is not None else None
        index = _int(level, 0)
        return self.numbering.label(num_id, index) if 0 <= index < LEVELS else ""

    # Inline level

    def _inline(self, parent: etree._Element, pieces: list[_Piece], chain: list[_Style]) -> None:
        for child in parent:
            if child.tag == W + "r":
                self._run(child, pieces, chain)
            elif child.tag in _INLINE_WRAPPERS:
                self._inline(child, pieces, chain)
            elif child.tag in (W + "sdt", MC + "AlternateContent"):
                content = _content(child)
                if content is not None:
                    self._inline(content, pieces, chain)
            elif child.tag in (M + "oMath", M + "oMathPara") and all(self._fields):
                pieces.append(_Piece("".join(t.text or "" for t in child.iter(M + "t")), False))
            # w:del and w:moveFrom (tracked removals), bookmarks, comment ranges: no text.

    def _run(self, run: etree._Element, pieces: list[_Piece], chain: list[_Style]) -> None:
        bold = self._run_is_bold(run, chain)
        for child in run:
            tag = child.tag
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    self._fields.append(False)
                elif kind == "separate" and self._fields:
                    self._fields[-1] = True
                elif kind == "end" and self._fields:
                    self._fields.pop()
            elif tag in (W + "drawing", W + "pict", W + "object", MC + "AlternateContent"):
                self._report_text_boxes(child)
            elif not all(self._fields):
                continue  # a field's instruction (w:instrText and all): never text
            elif tag == W + "t":
                pieces.append(_Piece(child.text or "", bold))
            elif tag in (W + "tab", W + "ptab"):
                pieces.append(_Piece("\t", bold))
            elif (tag == W + "br" and child.get(W + "type") in (None, "textWrapping")) or tag == W + "cr":
                pieces.append(_Piece("\n", bold))  # page and column breaks are layout, not text
            elif tag == W + "noBreakHyphen":
                pieces.append(_Piece("-", bold))
            elif tag == W + "ruby":
                base = child.find(W + "rubyBase")  # the text; w:rt is its pronunciation guide
                if base is not None:
                    self._inline(base, pieces, chain)
            # w:delText, w:instrText, w:sym, w:softHyphen, note and comment references: not text.

    def _run_is_bold(self, run: etree._Element, chain: list[_Style]) -> bool:
        # The nearest word wins: the run's own, its character style's, its paragraph style's, the
        # document default. (Word toggles w:b through style levels; reports never rely on that.)
        properties = run.find(W + "rPr")
        sources = [properties]
        sources += [style.run_properties for style in self.styles.chain(_val(properties, "rStyle"))]
        sources += [style.run_properties for style in chain]
        for source in sources:
            found = source.find(W + "b") if source is not None else None
            if found is not None:
                return _is_on(found)
        return self.styles.default_bold

    def _report_text_boxes(self, element: etree._Element) -> None:
        for box in _text_boxes(element):
            inner = _BodyReader(self.styles, None)
            text = " ".join(" ".join(p.text.split()) for p in _paragraphs(inner.blocks(box))).strip()
            if text:  # a shape without words loses nothing
                self.not_imported.append(("document.text_box", {"text": text[:TEXT_BOX_PREVIEW]}))
            self.not_imported.extend(inner.not_imported)

    # Tables

    def _table(self, table: etree._Element) -> Table:
        return Table(tuple(self._row(row) for row in _table_parts(table, W + "tr")))

    def _row(self, row: etree._Element) -> Row:
        properties = row.find(W + "trPr")
        before = _int(_val(properties, "gridBefore"), 0)
        after = _int(_val(properties, "gridAfter"), 0)
        # Grid positions a row leaves empty before its first cell or after its last (w:gridBefore/After).
        cells = [Cell(span=min(before, MAX_SPAN))] if before > 0 else []
        cells += [self._cell(cell) for cell in _table_parts(row, W + "tc")]
        cells += [Cell(span=min(after, MAX_SPAN))] if after > 0 else []
        header = properties.find(W + "tblHeader") if properties is not None else None
        return Row(tuple(cells), repeats_as_header=_is_on(header))

    def _cell(self, cell: etree._Element) -> Cell:
        properties = cell.find(W + "tcPr")
        merge = properties.find(W + "vMerge") if properties is not None else None
        return Cell(
            paragraphs=tuple(_paragraphs(self.blocks(cell))),
            span=max(1, min(_int(_val(properties, "gridSpan"), 1), MAX_SPAN)),
            # A bare <w:vMerge/> (or w:val="continue") continues the cell above; "restart" begins one.
            continues_above=merge is not None and merge.get(W + "val") != "restart",
        )


def _content(element: etree._Element) -> etree._Element | None:
    """What a wrapper holds: a content control's w:sdtContent, a custom XML element itself, or the
    branch of mc:AlternateContent a reader takes (the first w:Choice, else the w:Fallback)."""
    if element.tag == W + "sdt":
        return element.find(W + "sdtContent")
    if element.tag == MC + "AlternateContent":
        choice = element.find(MC + "Choice")
        return choice if choice is not None else element.find(MC + "Fallback")
    return element


def _table_parts(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The rows of a table or the cells of a row, looking into content controls and custom XML."""
    for child in parent:
        if child.tag == tag:
            deleted = child.find(f"{W}trPr/{W}del") if tag == W + "tr" else None
            if deleted is None:  # a row deleted as a tracked change is gone
                yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = _content(child)
            if content is not None:
                yield from _table_parts(content, tag)


def _text_boxes(element: etree._Element) -> Iterator[etree._Element]:
    """The outermost text box contents under a drawing; one branch only of mc:AlternateContent,
    whose Choice (DrawingML) and Fallback (VML) hold the same box twice."""
    if element.tag == W + "txbxContent":
        yield element
        return
    if element.tag == MC + "AlternateContent":
        branch = _content(element)
        if branch is not None:
            yield from _text_boxes(branch)
        return
    for child in element:
        yield from _text_boxes(child)


def _paragraphs(blocks: list[Block]) -> list[Paragraph]:
    """A cell's paragraphs: a nested table's cells are read row by row, cell by cell, in place."""
    out: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block)
        else:
            out.extend(p for row in block.rows for cell in row.cells for p in cell.paragraphs)
    return out


def _heading_level(properties: etree._Element | None, chain: list[_Style]) -> int | None:
    # The nearest statement wins: the paragraph's w:outlineLvl, then each style's, or its name.
    outline = _val(properties, "outlineLvl")
    for style in chain:
        if outline is not None:
            break
        outline = _val(style.paragraph_properties, "outlineLvl")
        named = _HEADING_NAME.match(style.name)
        if outline is None and named:
            return int(named[1])
    level = _int(outline, 9)
    return level + 1 if 0 <= level < LEVELS else None  # w:outlineLvl 9 is body text
