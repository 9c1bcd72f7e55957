"""The report as a Word document: the same layout as the PDF and Excel, for offices that edit in Word.

Pure: a function of the layout and the options, writing to a stream. Strategy cells are merged
vertically over their rows, the header row repeats on every page (w:tblHeader), text is set in
the 楷書 face for both Latin and East Asian runs, and the footer counts 「第 X 頁，共 Y 頁」 with
Word's own PAGE/NUMPAGES fields. Word breaks the lines itself; the document's settings give it
the export's one 禁則 set (export.kinsoku) for text Word takes as Traditional Chinese.
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

from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.fonts import kai_font
from perfdesk.export.kinsoku import NO_LINE_END, NO_LINE_START, as_text
from perfdesk.export.layout import DocumentLayout, Table
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.type_sizes import type_sizes

_A4 = (Cm(21.0), Cm(29.7))
_MARGIN = Cm(1.5)
_HEADER_SHADE = "E7E6E6"
# python-docx refuses document properties longer than this; the full title prints on the first page.
_PROPERTY_LIMIT = 255
# The language Word applies the 禁則 sets to: text it takes as Traditional Chinese (by detection,
# or as typed in a zh-TW Word). The exported text is not marked zh-TW: that makes LibreOffice
# space its CJK lines wider (a quarter more pages), a change no one asked for.
_LANGUAGE = "zh-TW"
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
    font = kai_font(options.font_file).family
    _set_default_font(document, font, sizes.body)
    _set_kinsoku(document)
    section = document.sections[0]
    width, height = _A4
    if options.orientation is Orientation.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, _MARGIN)
    printable = width - 2 * _MARGIN
    _running_header(section.header.paragraphs[0], layout.running_header, sizes.page_furniture)
    _page_numbers(section.footer.paragraphs[0], sizes.page_furniture)
    document.core_properties.title = _property(layout.title)
    document.core_properties.author = _property(layout.author)

    _paragraph(document, layout.title, size=sizes.title, bold=True, centred=True)
    for text in layout.front_matter:
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
        _table(document, table, printable, sizes.header_row, sizes.body)
    document.save(stream)
    return 0


def _property(text: str) -> str:
    """A document property cut to what python-docx (and Word's dialog) accepts."""
    text = clean_export_text(text)
    return text if len(text) <= _PROPERTY_LIMIT else text[: _PROPERTY_LIMIT - 1] + "…"


def _table(document: DocumentObject, table: Table, printable: int, header_size: float, size: float) -> None:
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.headers))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [int(printable * share) for share in table.widths]
    for column, header in enumerate(table.headers):
        cell = grid.cell(0, column)
        _cell_text(cell.paragraphs[0], header, header_size, bold=True, centred=True)
        _shade(cell, _HEADER_SHADE)
    _repeat_as_header(grid)
    for row_index, row in enumerate(table.rows, start=1):
        for column, text in enumerate(row.cells):
            if text:
                _cell_paragraphs(grid.cell(row_index, column), text, size)
    for span in table.spans:
        # Word keeps the merged cell's text from the top cell; the others are empty already.
        grid.cell(span.first_row + 1, span.column).merge(grid.cell(span.last_row + 1, span.column))
    grid.autofit = False
    for column, width in enumerate(widths):
        # The grid column is what LibreOffice reads, the cell width what Word reads: set both.
        grid.columns[column].width = width
        for cell in grid.columns[column].cells:
            cell.width = width


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


def _cell_paragraphs(cell: object, text: str, size: float) -> None:
    first_paragraph, *more_paragraphs = paragraphs(text)
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    _cell_text(first, first_paragraph, size)
    for more in more_paragraphs:
        _cell_text(cell.add_paragraph(), more, size)  # type: ignore[attr-defined]


def _cell_text(paragraph: Paragraph, text: str, size: float, bold: bool = False, centred: bool = False) -> None:
    paragraph.paragraph_format.space_after = Pt(0)
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(clean_export_text(text))
    run.font.size = Pt(size)
    run.font.bold = bold


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
    # Word picks the East Asian face from w:eastAsia; without it CJK text falls back to 新細明體.
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


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
