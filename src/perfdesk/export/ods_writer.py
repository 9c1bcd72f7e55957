"""The report as an ODF spreadsheet (.ods, OpenDocument 1.2, as CNS 15251): the Excel workbook's sheets.

Pure: a function of the layout and the options, writing to a stream. It draws the same sheet
plan as xlsx_writer (sheet_plan: sheets, rows, heights, merges, page breaks), so both print the
same pages: merged cells (table:number-*-spanned over table:covered-table-cell), the header row
repeated on every page (table:table-header-rows), a print range per sheet, a manual page break
where the plan ends a page (fo:break-before on the row), A4 with the columns filling its width, the running header
and 「第 X 頁，共 Y 頁」, the 楷書 face for Latin and East Asian text, zh-TW East Asian text (export.text_language).

odfdo writes the package (manifest, meta, styles) from LibreOffice's template; the sheets' rows
are built as XML text and parsed once per sheet, since adding cells one by one through odfdo's
table API costs time that grows with the sheet. The package is then rewritten as plain ODF 1.2
(odf_package).
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from odfdo import Document, Element

from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.layout import DocumentLayout
from perfdesk.export.odf_package import STYLE_NS, strict_odf_1_2
from perfdesk.export.options import ExportOptions
from perfdesk.export.sheet_page import MARGINS, WIDEST_POINTS_PER_UNIT, paper_size
from perfdesk.export.sheet_plan import SheetPlan, plan_workbook
from perfdesk.export.sheet_rows import CellStyle
from perfdesk.export.text_language import odf_language_attributes
from perfdesk.export.type_sizes import TypeSizes

_TABLE_NS = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
_OFFICE_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
_CELL_STYLES = {
    CellStyle.TITLE: "PerfdeskTitle",
    CellStyle.HEADING: "PerfdeskHeading",
    CellStyle.TEXT: "PerfdeskText",
    CellStyle.HEADER: "PerfdeskHeader",
    CellStyle.BODY: "PerfdeskBody",
}
_BORDER = "0.5pt solid #000000"
# Runs of spaces after the first, leading spaces and tabs: ODF collapses white space unless it is marked up.
_SPACES = re.compile(r"(?<= ) +|^ +|\t")


def write_ods(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> int:
    """Write the laid-out report to `stream` as an .ods spreadsheet; the characters it had to leave out.

    As in the workbook, only a column header longer than a cell holds loses characters.
    """
    plan = plan_workbook(layout, options)
    document = Document("spreadsheet")
    document.body.clear()
    # The template's own styles carry ODF 1.3 properties and LibreOffice's defaults: the report brings its own.
    document.delete_styles()
    for default in document.styles.get_elements("//style:default-style"):
        default.delete()  # the template's defaults (French, Liberation Serif): the report sets its own
    _fonts(document, plan.font)
    _cell_styles(document, plan.font, plan.sizes)
    _page(document, options, plan.font, layout.running_header, plan.sizes.page_furniture)
    document.meta.set_title(clean_export_text(layout.title))
    document.meta.set_initial_creator(clean_export_text(layout.author))
    document.meta.set_creator(clean_export_text(layout.author))
    styles = _RowAndColumnStyles(document)
    for sheet in plan.sheets:
        document.body.append(Element.from_tag(_sheet_xml(sheet, styles)))
    raw = io.BytesIO()
    document.save(raw)
    stream.write(strict_odf_1_2(raw.getvalue()))
    return plan.cut_characters


def _fonts(document: Document, font: str) -> None:
    """Declare the face the file names: the recipient's 標楷體 (or the font file the user chose).

    No style:font-pitch, as in the ODT: "fixed" made LibreOffice, where 標楷體 is missing, substitute a
    monospaced sans face, taller than the Kai faces the rows are planned for, and cut the last lines off.
    """
    family = quoteattr(f"'{font}'")
    declaration = (
        f"<style:font-face {STYLE_NS} style:name={quoteattr(font)} svg:font-family={family}"
        ' style:font-family-generic="script"/>'
    )
    document.insert_style(declaration)  # content.xml
    document.insert_style(declaration, default=True)  # styles.xml


def _text_properties(font: str, size: float, bold: bool = False) -> str:
    """`font` at `size` for Latin, East Asian and complex text, in the languages of export.text_language."""
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' if bold else ""
    return (
        f"<style:text-properties style:font-name={quoteattr(font)} style:font-name-asian={quoteattr(font)}"
        f" style:font-name-complex={quoteattr(font)}"
        f' fo:font-size="{size}pt" style:font-size-asian="{size}pt" style:font-size-complex="{size}pt"'
        f" {odf_language_attributes()}{weight}/>"
    )


def _cell_styles(document: Document, font: str, sizes: TypeSizes) -> None:
    """The default cell style (禁則, wrapping, 楷書) and one named cell style per kind of cell."""
    document.insert_style(
        f'<style:default-style {STYLE_NS} style:family="table-cell">'
        '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
        '<style:paragraph-properties style:punctuation-wrap="hanging" style:line-break="strict"'
        ' style:writing-mode="lr-tb"/>'
        f"{_text_properties(font, sizes.body)}"
        "</style:default-style>",
        default=True,
    )
    for kind, name in _CELL_STYLES.items():
        boxed = kind in (CellStyle.HEADER, CellStyle.BODY)
        centred = kind in (CellStyle.HEADER, CellStyle.TITLE)
        size = {CellStyle.TITLE: sizes.title, CellStyle.HEADING: sizes.heading, CellStyle.HEADER: sizes.header_row}
        cell = f' fo:border="{_BORDER}"' if boxed else ""
        vertical = "middle" if centred else "top"
        bold = kind in (CellStyle.TITLE, CellStyle.HEADING, CellStyle.HEADER)
        document.insert_style(
            f'<style:style {STYLE_NS} style:name="{name}" style:family="table-cell">'
            f'<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="{vertical}"{cell}/>'
            f'<style:paragraph-properties fo:text-align="{"center" if centred else "start"}"'
            ' style:punctuation-wrap="hanging" style:line-break="strict"/>'
            f"{_text_properties(font, size.get(kind, sizes.body), bold=bold)}"
            "</style:style>"
        )


def _page(document: Document, options: ExportOptions, font: str, running_header: str, furniture: int) -> None:
    """A4 in the chosen orientation, the body where the workbook's is; the running header and the page count."""
    width, height = paper_size(options.orientation)
    inch = 72.0
    header_space = (MARGINS["top"] - MARGINS["header"]) * inch
    footer_space = (MARGINS["bottom"] - MARGINS["footer"]) * inch
    document.insert_style(
        f'<style:page-layout {STYLE_NS} style:name="PerfdeskPage">'
        f'<style:page-layout-properties fo:page-width="{width:.2f}pt" fo:page-height="{height:.2f}pt"'
        f' style:print-orientation="{options.orientation.value}"'
        f' fo:margin-top="{MARGINS["header"] * inch:.2f}pt" fo:margin-bottom="{MARGINS["footer"] * inch:.2f}pt"'
        f' fo:margin-left="{MARGINS["left"] * inch:.2f}pt" fo:margin-right="{MARGINS["right"] * inch:.2f}pt"'
        # ODF 1.2 has no fit-to-width (style:scale-to-X is 1.3); the columns' widths in points fill the page exactly.
        ' style:table-centering="horizontal" style:print-page-order="ttb"'
        ' style:first-page-number="continue"/>'
        # The header and footer take the space between the paper's edge distance and the body's margin.
        f'<style:header-style><style:header-footer-properties fo:min-height="{header_space:.2f}pt"'
        ' fo:margin-bottom="0pt"/></style:header-style>'
        f'<style:footer-style><style:header-footer-properties fo:min-height="{footer_space:.2f}pt"'
        ' fo:margin-top="0pt"/></style:footer-style>'
        "</style:page-layout>"
    )
    document.insert_style(
        f'<style:style {STYLE_NS} style:name="PerfdeskFurniture" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="center"/>'
        f"{_text_properties(font, furniture)}"
        "</style:style>"
    )
    header = clean_export_text(running_header, one_line=True)
    document.insert_style(
        f'<style:master-page {STYLE_NS} style:name="PerfdeskMaster" style:page-layout-name="PerfdeskPage">'
        f'<style:header><text:p text:style-name="PerfdeskFurniture">{_inline(header)}</text:p></style:header>'
        '<style:footer><text:p text:style-name="PerfdeskFurniture">第 '
        '<text:page-number text:select-page="current">1</text:page-number> 頁，共 '
        "<text:page-count>1</text:page-count> 頁</text:p></style:footer>"
        "</style:master-page>"
    )
    document.insert_style(
        f'<style:style {STYLE_NS} {_TABLE_NS} style:name="PerfdeskSheet" style:family="table"'
        ' style:master-page-name="PerfdeskMaster"><style:table-properties table:display="true"'
        ' style:writing-mode="lr-tb"/></style:style>',
        automatic=True,
    )


class _RowAndColumnStyles:
    """Automatic styles for each distinct row height (with or without a page break before it) and column width."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.rows: dict[tuple[float, bool], str] = {}
        self.columns: dict[float, str] = {}

    def row(self, height: float, page_break: bool) -> str:
        key = (round(height, 2), page_break)
        if key not in self.rows:
            name = self.rows[key] = f"ro{len(self.rows) + 1}"
            before = ' fo:break-before="page"' if page_break else ""
            self.document.insert_style(
                f'<style:style {STYLE_NS} style:name="{name}" style:family="table-row">'
                f'<style:table-row-properties style:row-height="{key[0]}pt"'
                f' style:use-optimal-row-height="false"{before}/></style:style>',
                automatic=True,
            )
        return self.rows[key]

    def column(self, units: float) -> str:
        points = round(units * WIDEST_POINTS_PER_UNIT, 2)
        if points not in self.columns:
            name = self.columns[points] = f"co{len(self.columns) + 1}"
            self.document.insert_style(
                f'<style:style {STYLE_NS} style:name="{name}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{points}pt"/></style:style>',
                automatic=True,
            )
        return self.columns[points]


def _sheet_xml(sheet: SheetPlan, styles: _RowAndColumnStyles) -> str:
    """One table:table: columns, then the rows, the repeated header row wrapped in table:table-header-rows."""
    name = clean_export_text(sheet.name, one_line=True)
    quoted = "'" + name.replace("'", "''") + "'"
    last = f"{_column_letters(sheet.columns)}{max(1, len(sheet.rows))}"
    out = [
        f"<table:table {_TABLE_NS} {_OFFICE_NS} {STYLE_NS} table:name={quoteattr(name)}"
        f' table:style-name="PerfdeskSheet" table:print-ranges={quoteattr(f"{quoted}.A1:{quoted}.{last}")}>'
    ]
    out += [f'<table:table-column table:style-name="{styles.column(width)}"/>' for width in sheet.widths]
    covered: set[tuple[int, int]] = set()
    for index, row in enumerate(sheet.rows):
        if index == sheet.title_row:
            out.append("<table:table-header-rows>")
        out.append(f'<table:table-row table:style-name="{styles.row(row.height, row.page_break)}">')
        starting = {cell.column: cell for cell in row.cells}
        for column in range(sheet.columns):
            cell = starting.get(column)
            if cell is not None:
                covered.update(
                    (r, c)
                    for r in range(index, index + cell.rows)
                    for c in range(column, column + cell.columns)
                    if (r, c) != (index, column)
                )
                spans = ""
                if cell.rows > 1 or cell.columns > 1:
                    spans = f' table:number-columns-spanned="{cell.columns}" table:number-rows-spanned="{cell.rows}"'
                text = "".join(f"<text:p>{_inline(p)}</text:p>" for p in paragraphs(cell.text)) if cell.text else ""
                kind = ' office:value-type="string"' if cell.text else ""
                out.append(
                    f'<table:table-cell table:style-name="{_CELL_STYLES[cell.style]}"{kind}{spans}>'
                    f"{text}</table:table-cell>"
                )
            elif (index, column) in covered:
                covered.discard((index, column))
                out.append("<table:covered-table-cell/>")
            else:
                out.append("<table:table-cell/>")
        out.append("</table:table-row>")
        if index == sheet.title_row:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "".join(out)


def _inline(text: str) -> str:
    """Text for a text:p: escaped, with spaces ODF would collapse and tabs marked up."""
    return _SPACES.sub(_space_markup, escape(text))


def _space_markup(found: re.Match[str]) -> str:
    run = found.group(0)
    if run == "\t":
        return "<text:tab/>"
    return "<text:s/>" if len(run) == 1 else f'<text:s text:c="{len(run)}"/>'


def _column_letters(number: int) -> str:
    """1 → A, 27 → AA: a column as a cell address names it."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
