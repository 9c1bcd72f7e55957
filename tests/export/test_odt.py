"""The ODF text export: valid ODF 1.2, a proper package, read back as the same report, opened by LibreOffice."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from perfdesk.services.document_import import import_document
from perfdesk.services.export_report import export_report
from tests.export.odf_schema import assert_valid_odf_1_2
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
    assert 'style:language-asian="zh"' in styles and 'style:country-asian="TW"' in styles
    assert 'fo:widows="2"' in styles and 'fo:orphans="2"' in styles
    tables = content.count("<table:table-header-rows>")
    assert content.count('table:number-columns-spanned="2"') == tables == 5
