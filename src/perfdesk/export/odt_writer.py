"""The report as an ODF text document (.odt, OpenDocument 1.2, as CNS 15251): the Word layout, for ODF offices.

Pure: a function of the layout and the options, writing to a stream. It follows docx_writer's
decisions: the title, front matter and headings as paragraphs (headings kept with their table),
one table per dimension with its header row repeated on every page (table:table-header-rows),
strategy cells merged down their rows (table:covered-table-cell below), the column widths, the
楷書 face for Latin and East Asian text, the running header and 「第 X 頁，共 Y 頁」 in the footer.
ODF states the 禁則 as paragraph properties (style:line-break="strict", hanging punctuation);
the office application applies its own forbidden-character lists, as Word does.

odfdo builds the document from LibreOffice's template, which is ODF 1.4 with LibreOffice's
extension attributes; the package is rewritten as plain 1.2 (no loext:, no thumbnail or UI
configuration) so the strictest checker accepts it.
"""

from __future__ import annotations

import io
import zipfile
from typing import BinaryIO
from xml.sax.saxutils import quoteattr

from lxml import etree
from odfdo import Cell, Document, Element, Paragraph, Row
from odfdo import Table as OdfTable

from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.fonts import kai_font
from perfdesk.export.layout import DocumentLayout, Table
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.type_sizes import type_sizes

_A4_CM = (21.0, 29.7)
_MARGIN_CM = 1.5
_HEADER_SHADE = "#E7E6E6"
# Word's default cell margins (0.08 in left and right, none above or below), so the rows are as tall as the docx's.
_CELL_PADDING = "0.19cm"
_ODF_VERSION = "1.2"
_STYLE_NS = (
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
# Parts of odfdo's template that are LibreOffice's own (its UI state, a thumbnail, RDF metadata), not the report.
_TEMPLATE_ONLY = ("Configurations2/", "Thumbnails/", "manifest.rdf")
# The namespaces of ODF 1.2 itself; attributes and elements of any other (loext:, officeooo: …) are dropped.
_ODF_NAMESPACES = frozenset(
    {
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/1999/xlink",
        "http://purl.org/dc/elements/1.1/",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/2003/g/data-view#",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/2001/xml-events",
        "http://www.w3.org/2002/xforms",
    }
)
_ODF_PREFIX = "urn:oasis:names:tc:opendocument:xmlns:"
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def write_odt(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> int:
    """Write the laid-out report to `stream` as an .odt document; the characters left out (none: ODF holds all)."""
    document = Document("text")
    document.body.clear()
    # The template's own styles carry ODF 1.3 properties (style:contextual-spacing …): the report brings its own.
    document.delete_styles()
    sizes = type_sizes(options.font_size)
    font = kai_font(options.font_file).family
    width, height = _A4_CM
    if options.orientation is Orientation.LANDSCAPE:
        width, height = height, width
    printable = width - 2 * _MARGIN_CM
    _styles(document, font, sizes.body, sizes.title, sizes.heading, sizes.page_furniture)
    _page(document, width, height, layout.running_header)
    document.meta.set_title(clean_export_text(layout.title))
    document.meta.set_initial_creator(clean_export_text(layout.author))
    document.meta.set_creator(clean_export_text(layout.author))

    body = document.body
    _paragraphs(body, layout.title, "PerfdeskTitle")
    for text in layout.front_matter:
        _paragraphs(body, text, "PerfdeskBody")
    for number, table in enumerate(layout.tables, start=1):
        # As in the Word document: a line's room above the headings, kept on the page of the table's first row.
        if table.category:
            _paragraphs(body, table.category, "PerfdeskCategory")
        _paragraphs(body, table.heading, "PerfdeskHeadingAfterCategory" if table.category else "PerfdeskHeading")
        if table.note:
            _paragraphs(body, table.note, "PerfdeskNote")
        _table(document, table, number, printable)
    raw = io.BytesIO()
    document.save(raw)
    stream.write(_strict_1_2(raw.getvalue()))
    return 0


def _styles(document: Document, font: str, body: float, title: float, heading: float, furniture: int) -> None:
    """The font, the default paragraph style (禁則, 楷書) and the named paragraph styles a user can edit."""
    face = quoteattr(font)
    family = quoteattr(f"'{font}'")
    document.insert_style(
        f'<style:font-face {_STYLE_NS} style:name={face} svg:font-family={family} style:font-family-generic="script"/>'
    )
    document.insert_style(
        f'<style:default-style {_STYLE_NS} style:family="paragraph">'
        '<style:paragraph-properties style:punctuation-wrap="hanging" style:line-break="strict"'
        ' style:writing-mode="lr-tb"/>'
        f"<style:text-properties {_font(font, body)}/>"
        "</style:default-style>",
        default=True,
    )
    gap = f"{body}pt"
    for name, size, extra_paragraph, bold in (
        ("PerfdeskTitle", title, 'fo:text-align="center" fo:margin-bottom="0.2cm"', True),
        ("PerfdeskBody", body, 'fo:margin-bottom="0.2cm"', False),
        ("PerfdeskCategory", heading, f'fo:margin-top="{gap}" fo:keep-with-next="always"', True),
        ("PerfdeskHeading", heading, f'fo:margin-top="{gap}" fo:keep-with-next="always"', True),
        ("PerfdeskHeadingAfterCategory", heading, 'fo:keep-with-next="always"', True),
        ("PerfdeskNote", body, 'fo:keep-with-next="always"', False),
        ("PerfdeskCell", body, 'fo:margin-bottom="0cm"', False),
        ("PerfdeskHeaderCell", body, 'fo:text-align="center" fo:margin-bottom="0cm"', True),
        ("PerfdeskRunningHeader", furniture, "", False),
        ("PerfdeskPageNumbers", furniture, 'fo:text-align="center"', False),
    ):
        weight = (
            ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' if bold else ""
        )
        document.insert_style(
            f'<style:style {_STYLE_NS} style:name="{name}" style:family="paragraph">'
            f"<style:paragraph-properties {extra_paragraph}/>"
            f"<style:text-properties {_font(font, size)}{weight}/>"
            "</style:style>"
        )


def _font(font: str, size: float) -> str:
    """The text properties setting `font` at `size` for Latin, East Asian and complex scripts alike."""
    face = quoteattr(font)
    return (
        f"style:font-name={face} style:font-name-asian={face} style:font-name-complex={face}"
        f' fo:font-size="{size}pt" style:font-size-asian="{size}pt" style:font-size-complex="{size}pt"'
    )


def _page(document: Document, width: float, height: float, running_header: str) -> None:
    """A4 in the chosen orientation, 1.5 cm margins, the running header and the page count in the footer."""
    orientation = "landscape" if width > height else "portrait"
    margin = f"{_MARGIN_CM}cm"
    document.insert_style(
        f'<style:page-layout {_STYLE_NS} style:name="PerfdeskPage">'
        f'<style:page-layout-properties fo:page-width="{width}cm" fo:page-height="{height}cm"'
        f' style:print-orientation="{orientation}" fo:margin-top="1cm" fo:margin-bottom="1cm"'
        f' fo:margin-left="{margin}" fo:margin-right="{margin}"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/>'
        "</style:header-style>"
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/>'
        "</style:footer-style>"
        "</style:page-layout>"
    )
    header = clean_export_text(running_header, one_line=True)
    header_xml = (
        f'<style:header><text:p text:style-name="PerfdeskRunningHeader">{_escape(header)}</text:p></style:header>'
        if header
        else ""
    )
    document.insert_style(
        f'<style:master-page {_STYLE_NS} style:name="Standard" style:page-layout-name="PerfdeskPage">'
        f"{header_xml}"
        '<style:footer><text:p text:style-name="PerfdeskPageNumbers">第 '
        '<text:page-number text:select-page="current">1</text:page-number> 頁，共 '
        "<text:page-count>1</text:page-count> 頁</text:p></style:footer>"
        "</style:master-page>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs(container: Element, text: str, style: str) -> None:
    for line in paragraphs(text):
        container.append(Paragraph(clean_export_text(line), style=style))


def _table(document: Document, table: Table, number: int, printable: float) -> None:
    name = f"Perfdesk{number}"
    document.insert_style(
        f'<style:style {_STYLE_NS} style:name="{name}" style:family="table">'
        f'<style:table-properties style:width="{printable:.3f}cm" table:align="center"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"/>'
        "</style:style>",
        automatic=True,
    )
    for column, share in enumerate(table.widths):
        document.insert_style(
            f'<style:style {_STYLE_NS} style:name="{name}.C{column}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{printable * share:.3f}cm"/>'
            "</style:style>",
            automatic=True,
        )
    for cell_style, shade in (
        ("PerfdeskGridCell", ""),
        ("PerfdeskGridHeader", f' fo:background-color="{_HEADER_SHADE}"'),
    ):
        document.insert_style(
            f'<style:style {_STYLE_NS} style:name="{cell_style}" style:family="table-cell">'
            f'<style:table-cell-properties fo:border="0.5pt solid #000000"'
            ' fo:padding-top="0cm" fo:padding-bottom="0cm"'
            f' fo:padding-left="{_CELL_PADDING}" fo:padding-right="{_CELL_PADDING}"{shade}/>'
            "</style:style>",
            automatic=True,
        )
    grid = OdfTable(name, style=name)
    for column in range(len(table.headers)):
        grid.append(Element.from_tag(f'<table:table-column table:style-name="{name}.C{column}"/>'))
    header_rows = Element.from_tag("<table:table-header-rows/>")
    header = Row()
    for text in table.headers:
        cell = Cell(style="PerfdeskGridHeader")
        cell.append(Paragraph(clean_export_text(text), style="PerfdeskHeaderCell"))
        header.append(cell)
    header_rows.append(header)
    grid.append(header_rows)
    # Which cells a merged strategy cell covers, and how far down each merge reaches.
    spans = {(span.first_row, span.column): span.last_row - span.first_row + 1 for span in table.spans}
    covered = {(row, span.column) for span in table.spans for row in range(span.first_row + 1, span.last_row + 1)}
    for row_index, row in enumerate(table.rows):
        line = Row()
        for column, text in enumerate(row.cells):
            if (row_index, column) in covered:
                line.append(_covered_cell())
                continue
            cell = Cell(style="PerfdeskGridCell")
            if (row_index, column) in spans:
                cell.set_attribute("table:number-rows-spanned", str(spans[row_index, column]))
            for piece in paragraphs(text) if text else [""]:
                cell.append(Paragraph(clean_export_text(piece), style="PerfdeskCell"))
            line.append(cell)
        grid.append(line)
    document.body.append(grid)


def _covered_cell() -> Cell:
    """A table:covered-table-cell (odfdo reads that tag as a Cell, but makes only table:table-cell)."""
    covered = Element.from_tag("<table:covered-table-cell/>")
    assert isinstance(covered, Cell)
    return covered


def _strict_1_2(package: bytes) -> bytes:
    """The package as plain ODF 1.2: version 1.2, foreign markup and template parts dropped, mimetype first."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr(zipfile.ZipInfo("mimetype"), source.read("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name in source.namelist():
            if name == "mimetype" or name.startswith(_TEMPLATE_ONLY):
                continue
            data = source.read(name)
            if name.endswith(".xml"):
                data = _plain_xml(data, manifest=name == "META-INF/manifest.xml")
            target.writestr(name, data)
    return out.getvalue()


def _plain_xml(data: bytes, *, manifest: bool) -> bytes:
    root = etree.fromstring(data)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if not _is_odf(element.tag):
            element.getparent().remove(element)
            continue
        for attribute in list(element.attrib):
            if not _is_odf(attribute):
                del element.attrib[attribute]
        if manifest and element.get(f"{{{_MANIFEST}}}full-path", "").startswith(_TEMPLATE_ONLY):
            element.getparent().remove(element)
            continue
        for version in ("office", "manifest"):
            key = f"{{{_ODF_PREFIX}{version}:1.0}}version"
            if key in element.attrib:
                element.set(key, _ODF_VERSION)
    etree.cleanup_namespaces(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _is_odf(name: str) -> bool:
    """Whether an element's or attribute's {namespace}name belongs to ODF 1.2 (a name without a namespace does)."""
    if not name.startswith("{"):
        return True
    namespace = name[1:].split("}", 1)[0]
    return namespace.startswith(_ODF_PREFIX) or namespace in _ODF_NAMESPACES
