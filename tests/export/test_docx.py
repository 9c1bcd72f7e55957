"""The Word export: reopened with python-docx, it holds every cell, merged strategies and a repeating header."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt

from perfdesk.domain.report import Field
from perfdesk.export.docx_writer import write_docx
from perfdesk.export.layout import build_layout
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from tests.export.number_reports import assert_libreoffice_keeps_numbers_whole
from tests.export.unit_reports import FITS, TOO_WIDE, WIDE, report_with_units


def _written(name: str, options: ExportOptions | None = None):  # type: ignore[no-untyped-def]
    options = options or ExportOptions()
    layout = build_layout(sample_report(name), options)
    stream = io.BytesIO()
    write_docx(layout, options, stream)
    stream.seek(0)
    return layout, Document(stream)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_cell_text_is_in_the_document(name: str) -> None:
    layout, document = _written(name)
    assert len(document.tables) == len(layout.tables)
    for table, grid in zip(layout.tables, document.tables, strict=True):
        assert [c.text for c in grid.rows[0].cells] == list(table.headers)
        for row_index, row in enumerate(table.rows, start=1):
            for column, text in enumerate(row.cells):
                cell = grid.cell(row_index, column)
                if text and table.fields[column] is Field.UNITS:
                    # A unit a paragraph; a name too wide for the column holds manual line breaks.
                    assert "\n".join(p.text.replace("\n", "") for p in cell.paragraphs) == text
                elif text:
                    assert cell.text == text


def test_strategy_cells_are_merged_and_the_header_repeats() -> None:
    layout, document = _written("taichung-112")
    table, grid = layout.tables[0], document.tables[0]
    assert grid.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    for span in table.spans:
        top = grid.cell(span.first_row + 1, span.column)
        bottom = grid.cell(span.last_row + 1, span.column)
        assert top._tc is bottom._tc  # one merged cell


def test_page_setup_fonts_fields_and_metadata() -> None:
    layout, document = _written("tainan-112", ExportOptions(orientation=Orientation.PORTRAIT, font_size=11))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT and section.page_width < section.page_height
    normal = document.styles["Normal"]
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == normal.font.name
    footer = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    assert document.core_properties.title == layout.title
    assert layout.front_matter[0] in "\n".join(p.text for p in document.paragraphs)


def test_control_characters_never_reach_the_xml() -> None:
    report = sample_report("taichung-112")
    next(report.walk_methods()).results = "一\x0b二\x07三"
    stream = io.BytesIO()
    write_docx(build_layout(report), ExportOptions(), stream)
    stream.seek(0)
    assert "一\n二\ufffd三" in Document(stream).tables[0].cell(1, 3).text


def test_the_offices_paragraphs_are_paragraphs_of_their_own_with_a_blank_line_between() -> None:
    """As in the real consolidated report: 「…等，另所屬分局執行情形：」, 1.基隆分局：… under it, a blank line, 2.…"""
    layout, document = _written("hq-108")
    table, grid = layout.tables[0], document.tables[0]
    cell = grid.cell(1, table.headers.index("執行績效與成果"))
    texts = [paragraph.text for paragraph in cell.paragraphs]
    assert texts == table.rows[0].cells[-1].split("\n")
    assert texts[0].endswith("進行簡化及標準化等，另所屬分局執行情形：")
    assert texts[1].startswith("1.基隆分局：") and texts[2] == "" and texts[3].startswith("2.新竹分局：")
    assert [t[:6] for t in texts if t[:1].isdigit()] == [
        "1.基隆分局",
        "2.新竹分局",
        "3.臺中分局",
        "4.臺南分局",
        "5.高雄分局",
    ]


def test_headings_keep_a_line_above_and_stay_with_their_table() -> None:
    """二、專案規劃類 does not touch the table before it, nor stand alone at the foot of a page."""
    layout, document = _written("hq-108")
    by_text = {paragraph.text: paragraph for paragraph in document.paragraphs}
    project = layout.tables[-1]
    assert project.category and project.note
    for text in (project.category, project.heading, project.note):
        assert by_text[text].paragraph_format.keep_with_next, text
    assert by_text[project.category].paragraph_format.space_before == Pt(12)
    for table in layout.tables[:-1]:
        assert by_text[table.heading].paragraph_format.space_before == Pt(12), table.heading


def test_zh_tw_the_recipients_font_widow_control_and_a_clear_header() -> None:
    _, document = _written("taichung-112")
    normal = document.styles["Normal"]
    assert normal.font.name == "標楷體" and normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "標楷體"
    language = normal.element.rPr.find(qn("w:lang"))
    # East Asian text zh-TW, Latin-script text en-US, as Word on a Taiwanese Windows writes (export.text_language).
    assert language.get(qn("w:val")) == "en-US" and language.get(qn("w:eastAsia")) == "zh-TW"
    assert normal.paragraph_format.widow_control is True
    section = document.sections[0]
    # The running header ends well above the body: a line of 9 pt from header_distance, then a gap.
    assert section.top_margin - section.header_distance >= Pt(9) * 2
    assert section.bottom_margin - section.footer_distance >= Pt(9) * 2


def test_a_table_without_a_method_column_merges_its_strategy_header_over_two_columns() -> None:
    layout, document = _written("taichung-112")
    table, grid = layout.tables[-1], document.tables[-1]  # 構面五: 執行策略 · 主辦單位 · 具體作法 · 112 年度執行成果
    assert table.header_row[0].span == 2
    first, second = grid.rows[0].cells[0], grid.rows[0].cells[1]
    assert first._tc is second._tc and first.text == "執行策略"
    assert len(grid.columns) == len(table.fields) == 5


def _units_cell(options: ExportOptions, *units: str) -> list[list[str]]:
    """The first row's units cell as written: per paragraph, its runs' texts and manual breaks in order."""
    report = report_with_units(*units)
    layout = build_layout(report, options)
    stream = io.BytesIO()
    write_docx(layout, options, stream)
    stream.seek(0)
    cell = Document(stream).tables[0].cell(1, layout.tables[0].fields.index(Field.UNITS))
    return [
        ["<w:br/>" if child.tag == qn("w:br") else child.text for child in p._p.iter(qn("w:t"), qn("w:br"))]
        for p in cell.paragraphs
    ]


def test_a_unit_name_too_wide_for_its_column_breaks_before_the_kind_of_office() -> None:
    """Word would break 「桃園國際機場辦 / 事處」 where the width runs out; a manual break (w:br) goes first."""
    assert _units_cell(ExportOptions(), FITS, TOO_WIDE) == [["秘書室"], ["桃園國際機場", "<w:br/>", "辦事處"]]
    # A name that fits stays whole, and so does one that holds no kind of office to break before.
    assert _units_cell(WIDE, FITS, TOO_WIDE) == [["秘書室"], ["桃園國際機場辦事處"]]
    assert _units_cell(ExportOptions(), "國際機場旅客服務台") == [["國際機場旅客服務台"]]


def test_cells_keep_the_pdfs_margin_above_and_below_their_text() -> None:
    """ "Table Grid" sets no cell margin above or below: the text touched the rules until the table set one."""
    options = ExportOptions(font_size=12)
    _, document = _written("taichung-112", options)
    for grid in document.tables:
        margins = grid._tbl.tblPr.find(qn("w:tblCellMar"))
        assert margins is not None
        # The schema's order, and the PDF's padding (a quarter of the body size: 3 pt, 60 twips) above and below.
        assert [child.tag for child in margins] == [qn(f"w:{side}") for side in ("top", "left", "bottom", "right")]
        widths = {child.tag.split("}")[1]: int(child.get(qn("w:w"))) for child in margins}
        assert widths == {"top": 60, "bottom": 60, "left": 108, "right": 108}
        assert all(child.get(qn("w:type")) == "dxa" for child in margins)


def test_every_cell_paragraph_states_widow_control_itself() -> None:
    """Not only through Normal: each paragraph of every cell carries w:widowControl (issue 12, item 5)."""
    _, document = _written("keelung-102")
    checked = 0
    for grid in document.tables:
        for paragraph in grid._tbl.iter(qn("w:p")):
            if paragraph.xpath("string(.)"):
                assert paragraph.pPr is not None and paragraph.pPr.find(qn("w:widowControl")) is not None
                checked += 1
    assert checked > 100


def test_libreoffice_breaks_no_line_inside_a_number_or_a_latin_word(tmp_path: Path) -> None:
    """Latin-script text tagged zh-TW was broken anywhere (「4,00/8 件」); tagged en-US, only at spaces."""
    assert_libreoffice_keeps_numbers_whole(".docx", tmp_path)
