"""The report as an ODF text document (.odt, OpenDocument 1.2, as CNS 15251): the Word layout, for ODF offices.

Pure: a function of the layout and the options, writing to a stream. It follows docx_writer's
decisions: the title, front matter and headings as paragraphs (headings kept with their table),
one table per dimension with its header row repeated on every page (table:table-header-rows),
strategy cells merged down their rows (table:covered-table-cell below), the column widths, the
楷書 face for Latin and East Asian text, the running header and 「第 X 頁，共 Y 頁」 in the footer.
ODF states the 禁則 as paragraph properties (style:line-break="strict", hanging punctuation);
the office application applies its own forbidden-character lists, as Word does, and breaks the
lines, but for a unit name too wide for its column: as in the Word document, it gets line breaks
(text:line-break) where export.unit_names says it may break.

odfdo builds the document from LibreOffice's template; odf_package rewrites it as plain 1.2.
"""

from __future__ import annotations

import io
from typing import BinaryIO
from xml.sax.saxutils import quoteattr

from lxml import etree
from odfdo import Document, Element, Paragraph

from perfdesk.domain.report import Field
from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.fonts import recipient_font
from perfdesk.export.layout import DocumentLayout, Table, is_front_matter_heading
from perfdesk.export.odf_package import ODF_PREFIX, STYLE_NS, strict_odf_1_2
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.text_language import odf_language_attributes
from perfdesk.export.text_wrapping import capacity_for_width, text_width
from perfdesk.export.type_sizes import type_sizes
from perfdesk.export.unit_names import unit_name_lines

_A4_CM = (21.0, 29.7)
_MARGIN_CM = 1.5
_HEADER_SHADE = "#E7E6E6"
# Word's default cell margins at the sides (0.08 in), as the docx's; above and below the PDF's (TypeSizes.cell_padding).
_CELL_PADDING_CM = 0.19
_CELL_PADDING = f"{_CELL_PADDING_CM}cm"
# What a cell's text loses of the column's width: that padding and the half-point border, each side.
_CELL_INSET_POINTS = 2 * _CELL_PADDING_CM / 2.54 * 72 + 2 * 0.5
# No line of a paragraph alone at the foot or the head of a page (widow and orphan control). LibreOffice 7.4
# applies it to body paragraphs only, not to a table cell's paragraphs where a row breaks across pages; the cell
# styles state it all the same, for readers that do.
_WIDOWS = 'fo:widows="2" fo:orphans="2"'
_LANGUAGE = odf_language_attributes()


def write_odt(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> int:
    """Write the laid-out report to `stream` as an .odt document; the characters left out (none: ODF holds all)."""
    document = Document("text")
    document.body.clear()
    # The template's own styles carry ODF 1.3 properties (style:contextual-spacing …): the report brings its own.
    document.delete_styles()
    sizes = type_sizes(options.font_size)
    font = recipient_font(options.font_file)
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
        _paragraphs(body, text, "PerfdeskFrontMatterHeading" if is_front_matter_heading(text) else "PerfdeskBody")
    columns = _table_styles(document, layout, printable, sizes.cell_padding)
    for number, table in enumerate(layout.tables, start=1):
        # As in the Word document: a line's room above the headings, kept on the page of the table's first row.
        if table.category:
            _paragraphs(body, table.category, "PerfdeskCategory")
        _paragraphs(body, table.heading, "PerfdeskHeadingAfterCategory" if table.category else "PerfdeskHeading")
        if table.note:
            _paragraphs(body, table.note, "PerfdeskNote")
        body.append(_table(table, number, printable, columns, sizes.body))
    raw = io.BytesIO()
    document.save(raw)
    stream.write(strict_odf_1_2(raw.getvalue()))
    return 0


def _styles(document: Document, font: str, body: float, title: float, heading: float, furniture: int) -> None:
    """The font, the default paragraph style (禁則, 楷書) and the named paragraph styles a user can edit."""
    face = quoteattr(font)
    family = quoteattr(f"'{font}'")
    declaration = (
        f'<style:font-face {STYLE_NS} style:name={face} svg:font-family={family} style:font-family-generic="script"/>'
    )
    # Declared in both parts: styles.xml's named styles and content.xml's automatic ones each see only their
    # own part's declarations, and a face undeclared there is ignored (LibreOffice then prints a sans face).
    document.insert_style(declaration, default=True)
    document.insert_style(declaration)
    document.insert_style(
        f'<style:default-style {STYLE_NS} style:family="paragraph">'
        f'<style:paragraph-properties style:punctuation-wrap="hanging" style:line-break="strict"'
        f' style:writing-mode="lr-tb" {_WIDOWS}/>'
        f"<style:text-properties {_font(font, body)} {_LANGUAGE}/>"
        "</style:default-style>",
        default=True,
    )
    gap = f"{body}pt"
    for name, size, extra_paragraph, bold in (
        ("PerfdeskTitle", title, 'fo:text-align="center" fo:margin-bottom="0.2cm"', True),
        ("PerfdeskBody", body, 'fo:margin-bottom="0.2cm"', False),
        ("PerfdeskFrontMatterHeading", heading, 'fo:margin-bottom="0.2cm" fo:keep-with-next="always"', True),
        ("PerfdeskCategory", heading, f'fo:margin-top="{gap}" fo:keep-with-next="always"', True),
        ("PerfdeskHeading", heading, f'fo:margin-top="{gap}" fo:keep-with-next="always"', True),
        ("PerfdeskHeadingAfterCategory", heading, 'fo:keep-with-next="always"', True),
        ("PerfdeskNote", body, 'fo:keep-with-next="always"', False),
        ("PerfdeskCell", body, f'fo:margin-bottom="0cm" {_WIDOWS}', False),
        ("PerfdeskHeaderCell", body, f'fo:text-align="center" fo:margin-bottom="0cm" {_WIDOWS}', True),
        ("PerfdeskRunningHeader", furniture, "", False),
        ("PerfdeskPageNumbers", furniture, 'fo:text-align="center"', False),
    ):
        weight = (
            ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' if bold else ""
        )
        document.insert_style(
            f'<style:style {STYLE_NS} style:name="{name}" style:family="paragraph">'
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
        f'<style:page-layout {STYLE_NS} style:name="PerfdeskPage">'
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
        f'<style:master-page {STYLE_NS} style:name="Standard" style:page-layout-name="PerfdeskPage">'
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


def _table_styles(document: Document, layout: DocumentLayout, printable: float, padding: float) -> dict[float, str]:
    """The styles every table shares (one table style, one column style per width, the two cell styles).

    Inserted once for the whole document: odfdo looks through the automatic styles on every
    insert, so styles per table made a large report quadratic.
    """
    document.insert_style(
        f'<style:style {STYLE_NS} style:name="PerfdeskTable" style:family="table">'
        f'<style:table-properties style:width="{printable:.3f}cm" table:align="center"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"/>'
        "</style:style>",
        automatic=True,
    )
    columns: dict[float, str] = {}
    for table in layout.tables:
        for share in table.widths:
            width = round(printable * share, 3)
            if width not in columns:
                columns[width] = name = f"PerfdeskColumn{len(columns) + 1}"
                document.insert_style(
                    f'<style:style {STYLE_NS} style:name="{name}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{width:.3f}cm"/>'
                    "</style:style>",
                    automatic=True,
                )
    for cell_style, shade in (
        ("PerfdeskGridCell", ""),
        ("PerfdeskGridHeader", f' fo:background-color="{_HEADER_SHADE}"'),
    ):
        document.insert_style(
            f'<style:style {STYLE_NS} style:name="{cell_style}" style:family="table-cell">'
            f'<style:table-cell-properties fo:border="0.5pt solid #000000"'
            f' fo:padding-top="{padding}pt" fo:padding-bottom="{padding}pt"'
            f' fo:padding-left="{_CELL_PADDING}" fo:padding-right="{_CELL_PADDING}"{shade}/>'
            "</style:style>",
            automatic=True,
        )
    return columns


def _table(table: Table, number: int, printable: float, columns: dict[float, str], size: float) -> Element:
    """One dimension's table, built as XML directly (odfdo's Row and Cell copy every cell they are given)."""
    # How wide a line of a units column is, counted as the workbook counts it (a CJK glyph is 1 em, two units).
    unit_widths = {
        column: capacity_for_width(round(printable * table.widths[column], 3) / 2.54 * 72, size, _CELL_INSET_POINTS)
        for column, field in enumerate(table.fields)
        if field is Field.UNITS
    }
    grid = _element(None, "table", "table", {"name": f"Perfdesk{number}", "style-name": "PerfdeskTable"})
    for share in table.widths:
        _element(grid, "table", "table-column", {"style-name": columns[round(printable * share, 3)]})
    header = _element(_element(grid, "table", "table-header-rows"), "table", "table-row")
    for header_cell in table.header_row:
        cell = _element(header, "table", "table-cell", {"style-name": "PerfdeskGridHeader"})
        if header_cell.span > 1:
            # 「執行策略」 over the strategy and the method columns, as the reports print it.
            _set(cell, "table", "number-columns-spanned", str(header_cell.span))
        _text(cell, header_cell.text, "PerfdeskHeaderCell")
        for _ in range(header_cell.span - 1):
            _element(header, "table", "covered-table-cell")
    # Which cells a merged strategy cell covers, and how far down each merge reaches.
    spans = {(span.first_row, span.column): span.last_row - span.first_row + 1 for span in table.spans}
    covered = {(row, span.column) for span in table.spans for row in range(span.first_row + 1, span.last_row + 1)}
    for row_index, row in enumerate(table.rows):
        line = _element(grid, "table", "table-row")
        for column, text in enumerate(row.cells):
            if (row_index, column) in covered:
                _element(line, "table", "covered-table-cell")
                continue
            cell = _element(line, "table", "table-cell", {"style-name": "PerfdeskGridCell"})
            if (row_index, column) in spans:
                _set(cell, "table", "number-rows-spanned", str(spans[row_index, column]))
            unit_width = unit_widths.get(column)
            for piece in paragraphs(text) if text else [""]:
                if unit_width is not None:
                    # One unit a paragraph; odfdo writes each "\n" of a name too wide for the column as text:line-break.
                    piece = "\n".join(unit_name_lines(piece, unit_width, text_width))
                _text(cell, piece, "PerfdeskCell")
    return Element.from_tag(grid)


def _element(
    parent: etree._Element | None, prefix: str, tag: str, attributes: dict[str, str] | None = None
) -> etree._Element:
    name = f"{{{ODF_PREFIX}{prefix}:1.0}}{tag}"
    element = etree.Element(name) if parent is None else etree.SubElement(parent, name)
    for key, value in (attributes or {}).items():
        _set(element, prefix, key, value)
    return element


def _set(element: etree._Element, prefix: str, key: str, value: str) -> None:
    element.set(f"{{{ODF_PREFIX}{prefix}:1.0}}{key}", value)


def _text(cell: etree._Element, text: str, style: str) -> None:
    """A text:p of `text` in `style`, with runs of spaces, tabs and line breaks as ODF writes them."""
    paragraph = Paragraph(clean_export_text(text), style=style)
    cell.append(paragraph._xml_element)  # odfdo's own accessor for the lxml element
