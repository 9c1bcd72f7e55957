"""The ODF spreadsheet export: valid ODF 1.2, the workbook's sheets and pages, opened by LibreOffice."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from openpyxl import load_workbook

from perfdesk.export.fonts import RECIPIENT_KAI
from perfdesk.export.layout import build_layout
from perfdesk.export.ods_writer import write_ods
from perfdesk.export.options import ExportOptions
from perfdesk.export.xlsx_writer import write_xlsx
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from perfdesk.services.export_report import export_report
from tests.export.number_reports import assert_libreoffice_keeps_numbers_whole
from tests.export.odf_schema import assert_valid_odf_1_2
from tests.export.unit_reports import FITS, TOO_WIDE, WIDE, report_with_units
from tests.office_conversion import convert_with_libreoffice, pdf_text

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


def _export(name: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{name}.ods"
    export_report(sample_report(name), out)
    return out


def _parts(name: str) -> tuple[etree._Element, etree._Element, bytes]:
    """content.xml and styles.xml of the sample's spreadsheet, and the workbook of the same layout."""
    options = ExportOptions()
    layout = build_layout(sample_report(name), options)
    ods, xlsx = io.BytesIO(), io.BytesIO()
    write_ods(layout, options, ods)
    write_xlsx(layout, options, xlsx)
    with zipfile.ZipFile(ods) as package:
        content = etree.fromstring(package.read("content.xml"))
        styles = etree.fromstring(package.read("styles.xml"))
    return content, styles, xlsx.getvalue()


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _grid(table: etree._Element) -> list[list[str | None]]:
    """The sheet's cells' texts row by row, a covered cell as None, "" for an empty cell (repeats expanded)."""
    grid = []
    for row in table.iter(_q("table:table-row")):
        cells: list[str | None] = []
        for cell in row:
            repeat = int(cell.get(_q("table:number-columns-repeated"), "1"))
            if cell.tag == _q("table:covered-table-cell"):
                cells += [None] * repeat
            else:
                for spaces in cell.iter(_q("text:s")):
                    spaces.text = " " * int(spaces.get(_q("text:c"), "1"))
                text = "\n".join("".join(p.itertext()) for p in cell.iter(_q("text:p")))
                cells += [text] * repeat
        grid.append(cells)
    return grid


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_ods_is_valid_opendocument_1_2(name: str, tmp_path: Path) -> None:
    assert_valid_odf_1_2(_export(name, tmp_path), tmp_path / "unpacked")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_mimetype_comes_first_and_stored_and_no_extension_markup(name: str, tmp_path: Path) -> None:
    with zipfile.ZipFile(_export(name, tmp_path)) as package:
        first = package.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED and not first.extra
        assert package.read("mimetype") == ODS_MIMETYPE
        names = package.namelist()
        xml = b"".join(package.read(n) for n in names if n.endswith(".xml"))
    assert not any(n.startswith(("Thumbnails/", "Configurations2/")) for n in names)
    assert b"loext:" not in xml and b"calcext:" not in xml and b'office:version="1.2"' in xml


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_ods_has_the_workbooks_sheets_cells_and_page_breaks(name: str) -> None:
    """One plan, two formats: the same sheets, the same texts in the same cells, the same page ends."""
    content, _, xlsx = _parts(name)
    book = load_workbook(io.BytesIO(xlsx))
    tables = content.findall(".//table:table", NS)
    assert [t.get(_q("table:name")) for t in tables] == book.sheetnames
    row_styles = {
        s.get(_q("style:name")): s.find("style:table-row-properties", NS) for s in content.iter(_q("style:style"))
    }
    for table, sheet in zip(tables, book.worksheets, strict=True):
        grid = _grid(table)
        assert len(grid) == sheet.max_row
        for r, cells in enumerate(grid, start=1):
            for c, text in enumerate(cells, start=1):
                value = sheet.cell(row=r, column=c).value
                if text is None:
                    assert value is None
                else:
                    assert text == (value or "").replace("_x005F_x", "_x"), (sheet.title, r, c)
        rows = table.findall(".//table:table-row", NS)
        breaks = [
            i + 1
            for i, row in enumerate(rows)
            if row_styles[row.get(_q("table:style-name"))] is not None
            and row_styles[row.get(_q("table:style-name"))].get(_q("fo:break-before")) == "page"
        ]
        assert breaks == sorted(b.id + 1 for b in sheet.row_breaks.brk)
        heights = [float(row_styles[row.get(_q("table:style-name"))].get(_q("style:row-height"))[:-2]) for row in rows]
        assert heights == pytest.approx([sheet.row_dimensions[r].height for r in range(1, sheet.max_row + 1)])
        assert table.get(_q("table:print-ranges")).endswith(f".{chr(ord('A') + sheet.max_column - 1)}{sheet.max_row}")


def test_merged_cells_repeated_header_rows_and_the_two_column_header() -> None:
    content, _, _ = _parts("tainan-112")
    first = content.find(".//table:table", NS)
    header_rows = first.findall("table:table-header-rows", NS)
    assert len(header_rows) == 1 and len(header_rows[0]) == 1
    header = [c for c in header_rows[0][0] if c.tag == _q("table:table-cell")]
    # 「執行策略」 over the strategy column and the method column, as the seed prints it.
    assert header[0].get(_q("table:number-columns-spanned")) == "2"
    assert "".join(header[0].itertext()) == "執行策略"
    rows_spanned = [int(c.get(_q("table:number-rows-spanned"), "1")) for c in first.iter(_q("table:table-cell"))]
    assert max(rows_spanned) > 1
    assert len(first.findall(".//table:covered-table-cell", NS)) >= sum(n - 1 for n in rows_spanned)


def test_the_page_the_fonts_and_the_language() -> None:
    content, styles, _ = _parts("taichung-112")
    layout = styles.find(".//style:page-layout-properties", NS)
    assert layout.get(_q("style:print-orientation")) == "landscape"
    assert float(layout.get(_q("fo:page-width"))[:-2]) == pytest.approx(841.89, abs=0.01)
    footer = "".join(styles.find(".//style:footer", NS).itertext())
    assert footer == "第 1 頁，共 1 頁"
    assert styles.find(".//style:footer//text:page-number", NS) is not None
    assert styles.find(".//style:footer//text:page-count", NS) is not None
    assert "臺中分局" in "".join(styles.find(".//style:header", NS).itertext())
    faces = {f.get(_q("style:name")) for f in content.iter(_q("style:font-face"))}
    assert RECIPIENT_KAI in faces
    # No fixed pitch: where 標楷體 is missing LibreOffice then took a monospaced CJK sans (Noto) instead of a Kai
    # face, whose taller lines ran out of the rows planned for 標楷體 (taichung-112 p2, 主辦單位 cut off).
    assert {f.get(_q("style:font-pitch")) for f in content.iter(_q("style:font-face"))} == {None}
    default = styles.find(".//style:default-style[@style:family='table-cell']/style:text-properties", NS)
    assert default.get(_q("style:font-name-asian")) == RECIPIENT_KAI
    assert (default.get(_q("style:language-asian")), default.get(_q("style:country-asian"))) == ("zh", "TW")
    # Latin-script text en-US: tagged zh-TW, LibreOffice broke it anywhere (export.text_language).
    assert (default.get(_q("fo:language")), default.get(_q("fo:country"))) == ("en", "US")


def test_spaces_and_tabs_survive_as_odf_marks_them_up(tmp_path: Path) -> None:
    report = sample_report("tainan-112")
    next(report.walk_methods()).results = "  兩個空格開頭　a   b\t c"
    out = tmp_path / "spaces.ods"
    export_report(report, out)
    with zipfile.ZipFile(out) as package:
        content = etree.fromstring(package.read("content.xml"))
    for tab in content.iter(_q("text:tab")):
        tab.text = "\t"
    texts = [t for table in content.iter(_q("table:table")) for row in _grid(table) for t in row if t]
    assert "  兩個空格開頭　a   b\t c" in texts


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_libreoffice_opens_the_ods(name: str, tmp_path: Path) -> None:
    document = _export(name, tmp_path)
    pdf = convert_with_libreoffice(document, "pdf", tmp_path / "pdf")
    text = pdf_text(pdf)
    sample = sample_report(name)
    squeezed = "".join(text.split())
    assert "".join(sample.title.split())[:20] in squeezed
    for dimension in sample.dimensions:
        strategy = next((s for s in dimension.strategies if s.title), None)
        if strategy is not None:
            assert "".join(strategy.title.split())[:4] in squeezed
    assert "第1頁，共" in squeezed
    # As many pages as the plan has: its page breaks, one more per sheet.
    with zipfile.ZipFile(document) as package:
        content = package.read("content.xml").decode()
    pages = content.count("<table:table ") + sum(
        content.count(f'table:style-name="{style}"') for style in _break_styles(content)
    )
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    assert int(info.split("Pages:")[1].split()[0]) == pages


def _break_styles(content: str) -> list[str]:
    root = etree.fromstring(content.encode())
    return [
        s.get(_q("style:name"))
        for s in root.iter(_q("style:style"))
        if (props := s.find("style:table-row-properties", NS)) is not None
        and props.get(_q("fo:break-before")) == "page"
    ]


def _units_paragraphs(options: ExportOptions, *units: str) -> list[str]:
    """The text:p texts of the first cell that names the first of `units`: the first row's units cell."""
    stream = io.BytesIO()
    write_ods(build_layout(report_with_units(*units), options), options, stream)
    with zipfile.ZipFile(stream) as package:
        content = etree.fromstring(package.read("content.xml"))
    sheet = content.find(".//table:table", NS)
    assert sheet is not None
    cells = [[p.text or "" for p in cell.iter(_q("text:p"))] for cell in sheet.iter(_q("table:table-cell"))]
    return next(texts for texts in cells if units[0] in texts)


def test_a_unit_name_too_wide_for_its_column_breaks_before_the_kind_of_office() -> None:
    """LibreOffice would break 「桃園國際機場辦 / 事處」; the cell's text starts 「辦事處」 on a line of its own."""
    assert _units_paragraphs(ExportOptions(), FITS, TOO_WIDE) == ["秘書室", "桃園國際機場", "辦事處"]
    # A name that fits its column stays whole.
    assert _units_paragraphs(WIDE, FITS, TOO_WIDE) == ["秘書室", "桃園國際機場辦事處"]


def test_libreoffice_breaks_no_line_inside_a_number_or_a_latin_word(tmp_path: Path) -> None:
    """Latin-script text tagged zh-TW was broken anywhere (「C/NS」); tagged en-US, only at spaces."""
    assert_libreoffice_keeps_numbers_whole(".ods", tmp_path)
