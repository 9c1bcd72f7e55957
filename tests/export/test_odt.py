"""The ODF text export: valid ODF 1.2, a proper package, read back as the same report, opened by LibreOffice."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from perfdesk.domain.report import Field
from perfdesk.export.layout import build_layout
from perfdesk.export.odt_writer import write_odt
from perfdesk.export.options import ExportOptions
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from perfdesk.services.document_import import import_document
from perfdesk.services.export_report import export_report
from tests.export.number_reports import assert_libreoffice_keeps_numbers_whole
from tests.export.odf_schema import assert_valid_odf_1_2
from tests.export.unit_reports import FITS, TOO_WIDE, WIDE, report_with_units
from tests.interchange.documents.test_document_round_trip import AS_WRITTEN, outline
from tests.office_conversion import convert_with_libreoffice, pdf_text

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _export(name: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{name}.odt"
    export_report(sample_report(name), out, options=AS_WRITTEN)
    return out


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_odt_is_valid_opendocument_1_2(name: str, tmp_path: Path) -> None:
    assert_valid_odf_1_2(_export(name, tmp_path), tmp_path / "unpacked")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_mimetype_comes_first_and_stored(name: str, tmp_path: Path) -> None:
    with zipfile.ZipFile(_export(name, tmp_path)) as package:
        first = package.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert not first.extra
        assert package.read("mimetype") == ODT_MIMETYPE
        names = package.namelist()
    assert not any(n.startswith(("Thumbnails/", "Configurations2/")) for n in names)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_a_samples_odt_export_imports_back_to_the_same_report(name: str, tmp_path: Path) -> None:
    sample = sample_report(name)
    document = _export(name, tmp_path)
    imported = import_document(document, tmp_path / f"{name}.perfdesk")
    assert outline(imported.report) == outline(sample)


def test_the_odt_states_page_header_rows_merges_and_kinsoku(tmp_path: Path) -> None:
    with zipfile.ZipFile(_export("taichung-112", tmp_path)) as package:  # a sample with merged strategy cells
        content = package.read("content.xml").decode()
        styles = package.read("styles.xml").decode()
    assert "<table:table-header-rows>" in content
    assert "table:number-rows-spanned" in content and "<table:covered-table-cell/>" in content
    assert 'style:print-orientation="landscape"' in styles and 'fo:page-width="29.7cm"' in styles
    assert "<text:page-number" in styles and "<text:page-count" in styles and "頁，共" in styles
    assert 'style:line-break="strict"' in styles and 'style:punctuation-wrap="hanging"' in styles
    assert "loext:" not in content + styles


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_libreoffice_opens_the_odt(name: str, tmp_path: Path) -> None:
    document = _export(name, tmp_path)
    text = pdf_text(convert_with_libreoffice(document, "pdf", tmp_path / "pdf"))
    sample = sample_report(name)
    squeezed = "".join(text.split())
    assert "".join(sample.title.split())[:20] in squeezed
    strategy = next(s for d in sample.dimensions for s in d.strategies if s.title)
    # A strategy cell is narrow: its first line holds a few characters only, the rest are interleaved with other cells.
    assert "".join(strategy.title.split())[:4] in squeezed
    assert "第1頁，共" in squeezed


def test_the_odt_names_the_recipients_font_in_zh_tw_with_widow_control_and_a_spanning_header(tmp_path: Path) -> None:
    with zipfile.ZipFile(_export("tainan-112", tmp_path)) as package:  # no method column: 「執行策略」 spans two
        content = package.read("content.xml").decode()
        styles = package.read("styles.xml").decode()
    assert 'style:font-name-asian="標楷體"' in styles  # whatever font the exporting machine has
    # Each part declares the face its styles name: LibreOffice ignores a name its part does not declare.
    for part in (styles, content):
        declarations = etree.fromstring(part.encode()).find(_q("office:font-face-decls"))
        assert declarations is not None
        assert [face.get(_q("style:name")) for face in declarations] == ["標楷體"]
    assert 'style:language-asian="zh"' in styles and 'style:country-asian="TW"' in styles
    assert 'fo:widows="2"' in styles and 'fo:orphans="2"' in styles
    tables = content.count("<table:table-header-rows>")
    assert content.count('table:number-columns-spanned="2"') == tables == 5


def _units_cell(options: ExportOptions, *units: str) -> list[etree._Element]:
    """The text:p elements of the first row's units cell, as written in content.xml."""
    layout = build_layout(report_with_units(*units), options)
    stream = io.BytesIO()
    write_odt(layout, options, stream)
    with zipfile.ZipFile(stream) as package:
        content = etree.fromstring(package.read("content.xml"))
    table = next(content.iter(_q("table:table")))
    row = table.find(_q("table:table-row"))  # the first after the header rows
    assert row is not None
    return list(row[layout.tables[0].fields.index(Field.UNITS)].iter(_q("text:p")))


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{urn:oasis:names:tc:opendocument:xmlns:{prefix}:1.0}}{local}"


def test_a_unit_name_too_wide_for_its_column_breaks_before_the_kind_of_office() -> None:
    """LibreOffice would break 「桃園國際機場辦 / 事處」; a text:line-break puts 「辦事處」 on its own line."""
    fits, broken = _units_cell(ExportOptions(), FITS, TOO_WIDE)
    assert [broken.text, *((child.tag, child.tail) for child in broken)] == [
        "桃園國際機場",
        (_q("text:line-break"), "辦事處"),
    ]
    assert fits.text == FITS and len(fits) == 0
    # A name that fits its column stays whole.
    fits, whole = _units_cell(WIDE, FITS, TOO_WIDE)
    assert (fits.text, whole.text, len(fits), len(whole)) == (FITS, TOO_WIDE, 0, 0)


@pytest.mark.parametrize("suffix", [".odt", ".docx"])
def test_a_unit_name_broken_for_its_column_imports_back_whole(suffix: str, tmp_path: Path) -> None:
    report = report_with_units(FITS, TOO_WIDE, "報驗發證科(資訊)", "資訊管理中心資訊組")
    document = tmp_path / f"narrow{suffix}"
    export_report(report, document, options=ExportOptions(widths={Field.UNITS: 0.9}, headings_as_written=True))
    imported = import_document(document, tmp_path / "narrow.perfdesk")
    assert next(imported.report.walk_methods()).units == [FITS, TOO_WIDE, "報驗發證科(資訊)", "資訊管理中心資訊組"]
    assert outline(imported.report) == outline(report)


def test_libreoffice_prints_a_unit_name_too_wide_for_its_column_broken_before_the_kind_of_office(
    tmp_path: Path,
) -> None:
    document = tmp_path / "units.odt"
    export_report(report_with_units(FITS, TOO_WIDE), document, options=AS_WRITTEN)
    lines = pdf_text(convert_with_libreoffice(document, "pdf", tmp_path / "pdf")).splitlines()
    assert "桃園國際機場" in lines and "辦事處" in lines
    assert lines.index("辦事處") == lines.index("桃園國際機場") + 1
    # Not 「桃園國際機場辦 / 事處」 (the text's own words may well end a line with 辦: 「業務承辦」).
    assert not any(line.endswith("機場辦") for line in lines) and "事處" not in lines


def test_cells_keep_the_pdfs_margin_above_and_below_their_text(tmp_path: Path) -> None:
    """Without padding above and below, LibreOffice set a cell's first line against its top rule."""
    with zipfile.ZipFile(_export("taichung-112", tmp_path)) as package:
        content = etree.fromstring(package.read("content.xml"))
    cell_styles = [s for s in content.iter(_q("style:style")) if s.get(_q("style:family")) == "table-cell"]
    assert {s.get(_q("style:name")) for s in cell_styles} == {"PerfdeskGridCell", "PerfdeskGridHeader"}
    for style in cell_styles:
        properties = style.find(_q("style:table-cell-properties"))
        assert properties is not None
        fo = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
        # A quarter of the 12 pt body, as the PDF pads its cells.
        assert properties.get(f"{fo}padding-top") == properties.get(f"{fo}padding-bottom") == "3.0pt"


def test_the_cell_paragraph_styles_state_widow_and_orphan_control(tmp_path: Path) -> None:
    """The cells' own paragraph styles say fo:widows and fo:orphans, not only the default style they inherit from."""
    with zipfile.ZipFile(_export("keelung-102", tmp_path)) as package:
        styles = etree.fromstring(package.read("styles.xml"))
    fo = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
    by_name = {s.get(_q("style:name")): s for s in styles.iter(_q("style:style"))}
    for name in ("PerfdeskCell", "PerfdeskHeaderCell"):
        properties = by_name[name].find(_q("style:paragraph-properties"))
        assert properties is not None
        assert (properties.get(f"{fo}widows"), properties.get(f"{fo}orphans")) == ("2", "2"), name


def test_latin_script_text_is_english_and_east_asian_text_traditional_chinese(tmp_path: Path) -> None:
    """zh-TW on Latin-script text made LibreOffice break it with its CJK rule, anywhere: see export.text_language."""
    with zipfile.ZipFile(_export("taichung-112", tmp_path)) as package:
        styles = etree.fromstring(package.read("styles.xml"))
    fo = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
    default = styles.find(f".//{_q('style:default-style')}[@{_q('style:family')}='paragraph']")
    assert default is not None
    text = default.find(_q("style:text-properties"))
    assert text is not None
    assert (text.get(f"{fo}language"), text.get(f"{fo}country")) == ("en", "US")
    assert (text.get(_q("style:language-asian")), text.get(_q("style:country-asian"))) == ("zh", "TW")


def test_libreoffice_breaks_no_line_inside_a_number_or_a_latin_word(tmp_path: Path) -> None:
    assert_libreoffice_keeps_numbers_whole(".odt", tmp_path)
