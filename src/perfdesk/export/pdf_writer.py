"""The report as a PDF: A4, the 楷書 face throughout, tables that repeat their header on every page.

A pure function of the layout and the options: no Qt, no database, no paths but the fonts'.
The pieces: pdf_text (line breaking with 禁則), pdf_table (cutting tables into pages),
pdf_table_flowable (drawing them), pdf_text_block (title and headings), pdf_page (running
header and page numbers), pdf_font (registering a face), pdf_font_chain (the face each
character is drawn in: the 楷書 face, else a fallback), pdf_missing_glyphs (naming what no face has).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer

from perfdesk.export.export_text import clean_export_text
from perfdesk.export.fonts import fallback_fonts, kai_font
from perfdesk.export.layout import DocumentLayout, Table, is_front_matter_heading
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.pdf_font import register_font
from perfdesk.export.pdf_font_chain import FontChain
from perfdesk.export.pdf_missing_glyphs import missing_glyphs
from perfdesk.export.pdf_page import PageFurniture, numbered_canvas
from perfdesk.export.pdf_table import TableMetrics, opening_height, prepare_table
from perfdesk.export.pdf_table_flowable import ReportTableFlowable, TableLook
from perfdesk.export.pdf_text import TextMeasure
from perfdesk.export.pdf_text_block import TextBlock
from perfdesk.export.text_language import EAST_ASIAN, language_tag
from perfdesk.export.type_sizes import LINE_SPACING, TypeSizes, type_sizes
from perfdesk.export.write_outcome import WriteOutcome

MARGIN_X = 1.5 * cm
MARGIN_TOP = 2.0 * cm  # the running header sits in this band
MARGIN_BOTTOM = 1.8 * cm  # and the page number in this one
# The header row repeats on every page: it may take at most this share of one, the rows need the rest.
HEADER_SHARE = 1 / 2


@dataclass(frozen=True)
class _Typesetter:
    """Measures and line positions for the report's fonts at the sizes a report uses."""

    fonts: FontChain
    ascent: float  # of the face, as a fraction of the font size (the rest of the em is below the baseline)
    measures: dict[float, TextMeasure] = field(default_factory=dict)  # one per size, caching widths

    def measure(self, size: float) -> TextMeasure:
        measure = self.measures.get(size)
        if measure is None:
            measure = self.measures[size] = TextMeasure(self.fonts, size)
        return measure

    def baseline(self, size: float, leading: float) -> float:
        """From the top of a line's band to its baseline, centring the em box in the band."""
        return (leading - size) / 2 + self.ascent * size

    def block(
        self,
        text: str,
        size: float,
        *,
        centred: bool = False,
        space_before: float = 0.0,
        space_after: float = 0.0,
        bold: bool = False,
    ) -> TextBlock:
        """A paragraph of `text` at `size` points (`bold`: synthetic, see pdf_font_chain)."""
        leading = size * LINE_SPACING
        return TextBlock(
            text,
            self.measure(size),
            leading=leading,
            baseline=self.baseline(size, leading),
            centred=centred,
            space_before=space_before,
            space_after=space_after,
            bold=bold,
        )


def write_pdf(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> WriteOutcome:
    """Write `layout` as a PDF to `stream` (A4, orientation and font size from `options`).

    Returns what it could not print as the report has it: characters left out (only a column
    header taller than half a page loses any, cut short with 「…」; every other text runs over as
    many pages as it needs), and the characters no installed font has (drawn as empty boxes) with
    where they stand.
    """
    font_name = register_font(kai_font(options.font_file))
    fonts = FontChain(font_name, fallback_fonts())
    face = pdfmetrics.getFont(font_name).face
    ascent = face.ascent / (face.ascent - face.descent) if face.ascent > face.descent else 0.88
    setter = _Typesetter(fonts, ascent)

    page_size = portrait(A4) if options.orientation is Orientation.PORTRAIT else landscape(A4)
    page_width, page_height = page_size
    frame_width = page_width - 2 * MARGIN_X
    frame_height = page_height - MARGIN_TOP - MARGIN_BOTTOM
    sizes = type_sizes(options.font_size)
    furniture = PageFurniture(
        fonts=fonts,
        font_size=sizes.page_furniture,
        running_header=layout.running_header,
        page_width=page_width,
        margin_x=MARGIN_X,
        header_baseline=page_height - MARGIN_TOP + 0.55 * cm,
        header_rule=page_height - MARGIN_TOP + 0.4 * cm,
        footer_baseline=MARGIN_BOTTOM - 1.0 * cm,
    )
    doc = BaseDocTemplate(
        stream,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_export_text(layout.title),
        author=clean_export_text(layout.author),
        subject=clean_export_text(layout.running_header),
        creator="perfdesk",
        lang=language_tag(EAST_ASIAN),  # the document's language, as its East Asian text's
        displayDocTitle=1,
        # reportlab would otherwise start every page in Helvetica, which pdffonts then lists.
        initialFontName=font_name,
        initialFontSize=sizes.body,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width, frame_height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=furniture.draw_running_header)])
    story, cut = _story(layout, sizes, setter, frame_width, frame_height)
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return WriteOutcome(cut_characters=cut, missing_glyphs=missing_glyphs(layout, fonts.missing))


def _story(
    layout: DocumentLayout, sizes: TypeSizes, setter: _Typesetter, width: float, page_height: float
) -> tuple[list[Flowable], int]:
    """The flowables of the whole report, and the characters cut from headers too tall for a page."""
    size = sizes.body
    story: list[Flowable] = [setter.block(layout.title, sizes.title, centred=True, space_after=size, bold=True)]
    for paragraph in layout.front_matter:
        if is_front_matter_heading(paragraph):
            # Bold at heading size like a 構面 heading, and never left alone at the foot of a page.
            heading = setter.block(paragraph, sizes.heading, space_before=size * 0.3, space_after=size * 0.3, bold=True)
            heading.keepWithNext = True
            story.append(heading)
        else:
            story.append(setter.block(paragraph, size, space_after=size * 0.3))
    cut = 0
    for table in layout.tables:
        flowables, left_out = _table_flowables(table, setter, sizes, width, page_height)
        story += flowables
        cut += left_out
    return story, cut


def _table_flowables(
    table: Table, setter: _Typesetter, sizes: TypeSizes, width: float, page_height: float
) -> tuple[list[Flowable], int]:
    """Category line, heading and note, kept on the page of the table's first rows, then the table."""
    size = sizes.body
    heading_size = sizes.heading
    texts: list[TextBlock] = []
    if table.category:
        texts.append(setter.block(table.category, heading_size, space_before=size * 0.6, bold=True))
    texts.append(setter.block(table.heading, heading_size, space_before=size * 0.6, space_after=size * 0.2, bold=True))
    if table.note:
        texts.append(setter.block(table.note, size, space_after=size * 0.2))
    gap = size * 0.4
    leading = size * LINE_SPACING
    metrics = TableMetrics(
        column_widths=tuple(share * width / (sum(table.widths) or 1) for share in table.widths),
        font_size=size,
        leading=leading,
        pad_x=size * 0.3,
        pad_y=sizes.cell_padding,
    )
    prepared = prepare_table(table, metrics, setter.measure(size), metrics.lines_in(page_height * HEADER_SHARE))
    look = TableLook(fonts=setter.fonts, baseline=setter.baseline(size, leading))
    # Never leave the heading alone at the foot of a page: ask for room for it and the table's first rows.
    keep = sum(t.height_at(width) + t.spaceBefore + t.spaceAfter for t in texts) + gap + opening_height(prepared)
    table_flowable = ReportTableFlowable(prepared, look, page_height)
    flowables = [CondPageBreak(min(keep, page_height)), *texts, Spacer(0, gap), table_flowable, Spacer(0, size)]
    return flowables, prepared.cut_characters
