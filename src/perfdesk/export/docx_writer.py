"""The report as a Word document: the same layout as the PDF and Excel, for offices that edit in Word.

Pure: a function of the layout and the options, writing to a stream. Strategy cells are merged
vertically over their rows, the header row repeats on every page (w:tblHeader), text is set in
the 楷書 face for both Latin and East Asian runs, and the footer counts 「第 X 頁，共 Y 頁」 with
Word's own PAGE/NUMPAGES fields. Word breaks the lines itself; the document's settings give it
the export's one 禁則 set (export.kinsoku) for text Word takes as Traditional Chinese. Only a unit
name too wide for its column gets manual line breaks, where export.unit_names says it may break,
since Word would break it wherever the width runs out (「桃園國際機場辦 / 事處」).
"""

from __future__ import annotations

from typing import BinaryIO

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from perfdesk.domain.report import Field
from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.fonts import recipient_font
from perfdesk.export.kinsoku import NO_LINE_END, NO_LINE_START, as_text
from perfdesk.export.layout import DocumentLayout, Table, is_front_matter_heading
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.text_language import EAST_ASIAN, LATIN, language_tag
from perfdesk.export.text_wrapping import capacity_for_width, text_width
from perfdesk.export.type_sizes import TypeSizes, type_sizes
from perfdesk.export.unit_names import unit_name_lines

_A4 = (Cm(21.0), Cm(29.7))
_MARGIN = Cm(1.5)
# The running header and the page number sit in bands of their own, as in the PDF: Word puts the
# header at `header_distance` from the edge and the body at the top margin, so these keep them apart.
_MARGIN_TOP, _HEADER_DISTANCE = Cm(2.0), Cm(0.9)
_MARGIN_BOTTOM, _FOOTER_DISTANCE = Cm(1.8), Cm(0.8)
_HEADER_SHADE = "E7E6E6"
# The "Table Grid" style's cell margins left and right (108 twips, 5.4 pt), restated beside the top and bottom ones.
_CELL_SIDE_TWIPS = 108
# What a cell's text loses of the column's width: those margins and the style's half-point borders, each side.
_CELL_INSET_POINTS = 2 * _CELL_SIDE_TWIPS / 20 + 2 * 0.5
# python-docx refuses document properties longer than this; the full title prints on the first page.
_PROPERTY_LIMIT = 255
# The language of East Asian text, the one Word applies the 禁則 sets to, and that of Latin-script text.
_LANGUAGE, _LATIN_LANGUAGE = language_tag(EAST_ASIAN), language_tag(LATIN)
# The settings that come after the 禁則 lists in a settings part (w:settings is a strict sequence).
_AFTER_KINSOKU = (
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
)


def write_docx(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> int:
    """Write the laid-out report to `stream` as a .docx document; the characters left out (none: Word holds all)."""
    document = Document()
    sizes = type_sizes(options.font_size)
    font = recipient_font(options.font_file)
    _set_default_font(document, font, sizes.body)
    _set_kinsoku(document)
    section = document.sections[0]
    width, height = _A4
    if options.orientation is Orientation.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    section.left_margin = section.right_margin = _MARGIN
    section.top_margin, section.header_distance = _MARGIN_TOP, _HEADER_DISTANCE
    section.bottom_margin, section.footer_distance = _MARGIN_BOTTOM, _FOOTER_DISTANCE
    printable = width - 2 * _MARGIN
    _running_header(section.header.paragraphs[0], layout.running_header, sizes.page_furniture)
    _page_numbers(section.footer.paragraphs[0], sizes.page_furniture)
    document.core_properties.title = _property(layout.title)
    document.core_properties.author = _property(layout.author)

    _paragraph(document, layout.title, size=sizes.title, bold=True, centred=True)
    for text in layout.front_matter:
        if is_front_matter_heading(text):
            _paragraph(document, text, size=sizes.heading, bold=True, keep_with_next=True)
        else:
            _paragraph(document, text, size=sizes.body)
    for table in layout.tables:
        # As in the PDF, a line's room above the headings (else they touch the table before), and
        # the headings kept on the page of the table's first row, never alone at the foot of one.
        gap = Pt(sizes.body)
        if table.category:
            _paragraph(document, table.category, size=sizes.heading, bold=True, space_before=gap, keep_with_next=True)
        _paragraph(
            document,
            table.heading,
            size=sizes.heading,
            bold=True,
            space_before=None if table.category else gap,
            keep_with_next=True,
        )
        if table.note:
            _paragraph(document, table.note, size=sizes.body, keep_with_next=True)
        _table(document, table, printable, sizes)
    document.save(stream)
    return 0


def _property(text: str) -> str:
    """A document property cut to what python-docx (and Word's dialog) accepts."""
    text = clean_export_text(text)
    return text if len(text) <= _PROPERTY_LIMIT else text[: _PROPERTY_LIMIT - 1] + "…"


def _table(document: DocumentObject, table: Table, printable: int, sizes: TypeSizes) -> None:
    header_size, size = sizes.header_row, sizes.body
    columns = len(table.headers)
    grid = document.add_table(rows=1 + len(table.rows), cols=columns)
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _cell_margins(grid, sizes.cell_padding)
    widths = [int(printable * share) for share in table.widths]
    # One pass over python-docx's cell grid: Table.cell() rebuilds the whole grid on every call,
    # which made a large report's export quadratic (20,000 methods never finished).
    cells = grid._cells
    for column, width in enumerate(widths):
        # The grid column is what LibreOffice reads, the cell width what Word reads: set both.
        grid.columns[column].width = width
    for index, cell in enumerate(cells):
        cell.width = widths[index % columns]
    _repeat_as_header(grid)
    # How wide a line of a units column is, counted as the workbook counts it (a CJK glyph is 1 em, two units).
    unit_widths = {
        column: capacity_for_width(Length(widths[column]).pt, size, _CELL_INSET_POINTS)
        for column, field in enumerate(table.fields)
        if field is Field.UNITS
    }
    for row_index, row in enumerate(table.rows, start=1):
        for column, text in enumerate(row.cells):
            if text:
                _cell_paragraphs(cells[row_index * columns + column], text, size, unit_widths.get(column))
    for span in table.spans:
        # Word keeps the merged cell's text from the top cell; the others are empty already.
        first, *covered = (cells[(row + 1) * columns + span.column] for row in range(span.first_row, span.last_row + 1))
        _vertical_merge(first, "restart")
        for cell in covered:
            _vertical_merge(cell, "continue")
    header_cells = [cells[header.column] for header in table.header_row]
    for header, cell in zip(table.header_row, header_cells, strict=True):
        _cell_text(cell.paragraphs[0], header.text, header_size, bold=True, centred=True)
        _shade(cell, _HEADER_SHADE)
    for header, cell in zip(table.header_row, header_cells, strict=True):
        if header.span > 1:
            # 「執行策略」 over the strategy and the method columns, as the reports print it.
            cell.merge(cells[header.column + header.span - 1])


def _cell_margins(grid: WordTable, padding: float) -> None:
    """Every cell's margins (w:tblCellMar): `padding` points above and below the text, as in the PDF, and the
    style's own at the sides; "Table Grid" has none above or below, so the text touched the cell's rules."""
    margins = OxmlElement("w:tblCellMar")
    above_and_below = round(padding * 20)
    sides = {"top": above_and_below, "left": _CELL_SIDE_TWIPS, "bottom": above_and_below, "right": _CELL_SIDE_TWIPS}
    for side, twips in sides.items():  # in the schema's order
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    grid._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _vertical_merge(cell: object, value: str) -> None:
    cell._tc.vMerge = value  # type: ignore[attr-defined]  # w:vMerge in its place in w:tcPr


def _repeat_as_header(grid: WordTable) -> None:
    properties = grid.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _shade(cell: object, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]


def _cell_paragraphs(cell: object, text: str, size: float, unit_width: int | None = None) -> None:
    """A paragraph for each paragraph of `text`; in a units column (`unit_width` its width in units) one
    for each unit, a name too wide for the column broken by manual line breaks (w:br) where it may break."""
    for number, paragraph_text in enumerate(paragraphs(text)):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        if unit_width is None:
            _cell_text(paragraph, paragraph_text, size)
            continue
        first, *rest = unit_name_lines(paragraph_text, unit_width, text_width)
        run = _cell_text(paragraph, first, size)
        for line in rest:
            run.add_break()
            run.add_text(line)


def _cell_text(paragraph: Paragraph, text: str, size: float, bold: bool = False, centred: bool = False) -> Run:
    paragraph.paragraph_format.space_after = Pt(0)
    # Stated on every cell paragraph, not only inherited from Normal (w:widowControl). LibreOffice 7.4 applies
    # it to no table cell, where a row breaks across pages, either way; Word's own layout decides there.
    paragraph.paragraph_format.widow_control = True
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(clean_export_text(text))
    run.font.size = Pt(size)
    run.font.bold = bold
    return run


def _paragraph(
    document: DocumentObject,
    text: str,
    *,
    size: float,
    bold: bool = False,
    centred: bool = False,
    space_before: Length | None = None,
    keep_with_next: bool = False,
) -> None:
    for number, line in enumerate(paragraphs(text)):
        paragraph = document.add_paragraph()
        if space_before is not None and number == 0:
            paragraph.paragraph_format.space_before = space_before
        if keep_with_next:
            paragraph.paragraph_format.keep_with_next = True
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        run.font.bold = bold


def _set_default_font(document: DocumentObject, font: str, size: float) -> None:
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    # No line of a paragraph alone at the foot or the head of a page, in a table cell too.
    style.paragraph_format.widow_control = True
    properties = style.element.get_or_add_rPr()
    # Word picks the East Asian face from w:eastAsia; without it CJK text falls back to 新細明體.
    properties.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), _LATIN_LANGUAGE)
    language.set(qn("w:eastAsia"), _LANGUAGE)
    properties.append(language)


def _set_kinsoku(document: DocumentObject) -> None:
    """Give Word the export's 禁則 sets for Traditional Chinese, in their place in the settings."""
    settings = document.settings.element
    successor = next((found for tag in _AFTER_KINSOKU if (found := settings.find(qn(f"w:{tag}"))) is not None), None)
    for tag, characters in (("w:noLineBreaksAfter", NO_LINE_END), ("w:noLineBreaksBefore", NO_LINE_START)):
        kinsoku = OxmlElement(tag)
        kinsoku.set(qn("w:lang"), _LANGUAGE)
        kinsoku.set(qn("w:val"), as_text(characters))
        if successor is None:
            settings.append(kinsoku)
        else:
            successor.addprevious(kinsoku)


def _running_header(paragraph: Paragraph, text: str, size: float) -> None:
    run = paragraph.add_run(clean_export_text(text))
    run.font.size = Pt(size)


def _page_numbers(paragraph: Paragraph, size: float) -> None:
    """「第 X 頁，共 Y 頁」 with fields Word fills in when it lays the pages out, all at `size`."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in ("第 ", "PAGE", " 頁，共 ", "NUMPAGES", " 頁"):
        if piece in ("PAGE", "NUMPAGES"):
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), piece)
            run = OxmlElement("w:r")
            run_properties = OxmlElement("w:rPr")
            half_points = OxmlElement("w:sz")
            half_points.set(qn("w:val"), str(round(size * 2)))
            run_properties.append(half_points)
            run.append(run_properties)
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            paragraph._p.append(field)
        else:
            paragraph.add_run(piece).font.size = Pt(size)
