"""Whatever a report holds as text, every exporter writes a complete, readable file, and says what it replaced.

Each case puts one kind of hostile text into every exported field of a small report (two 構面,
one with and one without a method column), each field framed by markers of its own
(「k07a … k07z」); the file is written through the export service, reopened (pdftotext,
openpyxl, python-docx) and every marker must be there. Characters a format cannot store come
out as U+FFFD and are counted in what export_report returns.
"""

from __future__ import annotations

import copy
import re
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from openpyxl import load_workbook

from perfdesk.domain.report import Column, Contribution, Field, Method, Report
from perfdesk.export.export_text import REPLACEMENT, clean_export_text, replaced_in
from perfdesk.export.layout import build_layout
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.export_report import FORMATS, ExportResult, export_report


@pytest.fixture(scope="module", autouse=True)
def shipped_font_only() -> Iterator[None]:
    """The shipped AR PL UKai TW face (which lacks Extension B and U+FFFD), whatever the machine has."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERFDESK_IGNORE_SYSTEM_FONTS", "1")
        yield


@dataclass(frozen=True)
class Case:
    text: str
    # How many characters of `text` no format can store (so each comes out as U+FFFD).
    replaced: int = 0
    # Where the markers go: around the text, only after it (so the field starts with it), or nowhere.
    frame: str = "both"
    # Only these fields get the text (big texts everywhere would make a PDF of thousands of pages).
    few_fields: bool = False
    # The formats that must cut the column header short (the header row repeats on every page).
    cut_in: tuple[str, ...] = ()


C0 = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n")
CASES: dict[str, Case] = {
    # \r, \x0b (Word's manual line break) and \x0c are line breaks; the 27 others are not text.
    "c0_controls": Case(f"前{C0}後", replaced=27),
    "del_and_c1": Case("甲\x7f乙\x80丙\x9f丁", replaced=3),
    "next_line": Case("甲\x85乙"),
    "line_and_paragraph_separators": Case("甲\u2028乙\u2029丙"),
    "lone_surrogates": Case("甲\ud800乙\udfff丙\ud83d", replaced=3),
    "noncharacters": Case("甲\ufffe乙\uffff丙\ufdd0丁\U0001fffe", replaced=4),
    "extension_b": Case("𠀀𠀁𪚥 中文"),
    "rtl_override": Case("順\u202e倒過來\u202c順"),
    "zero_width": Case("👨\u200d👩\u200d👧 零\u200b寬\ufeff"),
    "tab": Case("甲\t乙"),
    "long_latin_word": Case("A" * 10_000, few_fields=True, cut_in=("pdf",)),
    "long_cjk_run": Case("中" * 10_000, few_fields=True, cut_in=("pdf",)),
    "forty_thousand": Case(
        ("推動服務流程簡化，辦理說明會。" * 2_700)[:40_000], few_fields=True, cut_in=("pdf", "xlsx", "ods")
    ),
    "formula_equals": Case("=1+1", frame="after"),
    "formula_at": Case("@SUM(A1:A9)", frame="after"),
    "formula_plus": Case("+", frame="after"),
    "formula_minus": Case("-", frame="after"),
    "excel_escape": Case("_x0041_ _x000D_", frame="after"),
    "xml_lookalike": Case("<w:t>&amp;</w:t>]]><?xml?>"),
    "empty": Case("", frame="none"),
    "only_newlines": Case("\n\n\n", frame="none"),
}


# ------------------------------------------------------------------ the report


def _small_report() -> Report:
    """Two 構面 from the sample, one strategy each, two methods (the second with a sub-item) and contributions."""
    report = copy.deepcopy(sample_report("taichung-112"))
    with_methods, without = report.dimensions[0], report.dimensions[4]
    assert Field.METHOD in [c.field for c in with_methods.columns]
    assert Field.METHOD not in [c.field for c in without.columns]
    with_methods.columns = [*with_methods.columns, Column(Field.PRACTICE, "作法"), Column(Field.CRITERIA, "評核")]
    for dimension in (with_methods, without):
        strategy = dimension.strategies[0]
        first = strategy.methods[0]
        second = copy.deepcopy(first)
        second.label, second.children = "2.", [Method("(1)", "子項目")]
        strategy.methods = [first, second]
        dimension.strategies = [strategy]
        for method in strategy.walk_methods():
            method.contributions = [Contribution("基隆分局", results="成果"), Contribution("新竹分局", practice="作法")]
            method.units = ["秘書室", "人事室"]
    report.dimensions = [with_methods, without]
    with_methods.heading = None  # so the name is what prints
    with_methods.category = "一、整體服務類"
    without.note = "備註"
    report.front_matter = ["計畫依據", "計畫目標"]
    return report


Setter = Callable[[str], None]


def _fields(report: Report) -> dict[str, Setter]:
    """Every exported text field of the small report, by name, as a setter."""
    setters: dict[str, Setter] = {}

    def attr(name: str, obj: object, attribute: str) -> None:
        setters[name] = lambda value: setattr(obj, attribute, value)

    def item(name: str, items: list[str], index: int) -> None:
        setters[name] = lambda value: items.__setitem__(index, value)

    attr("title", report, "title")
    item("front_matter", report.front_matter, 1)
    first, second = report.dimensions
    attr("dimension_name", first, "name")
    attr("dimension_category", first, "category")
    attr("dimension_heading", second, "heading")
    attr("dimension_note", second, "note")
    for d, dimension in enumerate(report.dimensions):
        for c, column in enumerate(dimension.columns):
            attr(f"header_{d}_{c}", column, "header")
        strategy = dimension.strategies[0]
        attr(f"strategy_label_{d}", strategy, "label")
        attr(f"strategy_title_{d}", strategy, "title")
        for m, method in enumerate(strategy.walk_methods()):
            for name in ("label", "title", "description", "practice", "results", "criteria"):
                printed = dimension.shows(Field.CRITERIA) if name == "criteria" else True
                if name == "practice" and not dimension.shows(Field.PRACTICE):
                    printed = False
                if printed:
                    attr(f"method_{name}_{d}_{m}", method, name)
            item(f"units_{d}_{m}", method.units, 1)
            attr(f"contribution_office_{d}_{m}", method.contributions[0], "office")
            attr(f"contribution_results_{d}_{m}", method.contributions[0], "results")
            attr(f"contribution_practice_{d}_{m}", method.contributions[1], "practice")
    return setters


# Where the big texts go: one of each kind of place a text is drawn.
FEW_FIELDS = (
    "title",
    "front_matter",
    "dimension_note",
    "header_0_3",
    "strategy_title_0",
    "method_description_0_0",
    "method_results_0_1",
    "units_0_0",
    "contribution_results_1_0",
)


def _marker(number: int, end: str) -> str:
    return f"k{number:02d}{end}"


@dataclass(frozen=True)
class Hostile:
    report: Report
    markers: list[str]
    fields: int
    # The end markers of column headers, which a format may have to cut short.
    header_ends: frozenset[str] = frozenset()


def _hostile_report(case: Case) -> Hostile:
    report = _small_report()
    setters = _fields(report)
    names = FEW_FIELDS if case.few_fields else tuple(setters)
    markers: list[str] = []
    header_ends: set[str] = set()
    for number, name in enumerate(names):
        if case.frame == "none":
            setters[name](case.text)
            continue
        after = _marker(number, "z")
        before = "" if case.frame == "after" else _marker(number, "a") + " "
        setters[name](f"{before}{case.text} {after}")
        markers += [after] + ([before.strip()] if before else [])
        if name.startswith("header_"):
            header_ends.add(after)
    return Hostile(report, markers, len(names), frozenset(header_ends))


# ------------------------------------------------------------------ reading the files back


def _pdf_text(path: Path, tables: int = 2) -> str:
    del tables  # pdftotext has no tables to count
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True, timeout=60).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) >= 1  # type: ignore[union-attr]
    assert path.read_bytes().rstrip().endswith(b"%%EOF")
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True, timeout=60).stdout


def _xlsx_text(path: Path, tables: int = 2) -> str:
    book = load_workbook(path)
    texts: list[str] = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if cell.value is not None:
                    texts.append(str(cell.value))
    # Tables with the same header row share a sheet; the title and front matter may have one of their own.
    assert 1 <= sum(1 for sheet in book.worksheets if sheet.print_title_rows) <= tables
    return "\n".join([*texts, book.properties.title or ""])


def _docx_text(path: Path, tables: int = 2) -> str:
    document = Document(str(path))
    assert len(document.tables) == tables
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    texts += [p.text for p in document.sections[0].header.paragraphs]
    return "\n".join([*texts, document.core_properties.title or ""])


def _odt_text(path: Path, tables: int = 2) -> str:
    with zipfile.ZipFile(path) as package:
        content = etree.fromstring(package.read("content.xml"))
        styles = etree.fromstring(package.read("styles.xml"))
    assert len(content.findall(".//{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table")) == tables
    return _odt_text_of(content, styles)


def _ods_text(path: Path, tables: int = 2) -> str:
    table_ns = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    with zipfile.ZipFile(path) as package:
        content = etree.fromstring(package.read("content.xml"))
    sheets = content.findall(f".//{table_ns}table")
    assert 1 <= len(sheets) <= 1 + tables  # tables with the same header row share a sheet
    return _odt_text_of(content)


def _odt_text_of(*roots: etree._Element) -> str:
    """What a reader sees of ODF's white-space elements (odfdo writes tabs and runs of spaces so)."""
    text_ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    for root in roots:
        for tab in root.iter(f"{text_ns}tab"):
            tab.text = "\t"
        for spaces in root.iter(f"{text_ns}s"):
            spaces.text = " " * int(spaces.get(f"{text_ns}c", "1"))
    return "\n".join("".join(p.itertext()) for root in roots for p in root.iter(f"{text_ns}p"))


READERS: dict[str, Callable[[Path, int], str]] = {
    "pdf": _pdf_text,
    "xlsx": _xlsx_text,
    "docx": _docx_text,
    "odt": _odt_text,
    "ods": _ods_text,
}


def _export(report: Report, fmt: str, tmp_path: Path) -> tuple[Path, ExportResult]:
    out = tmp_path / f"report.{fmt}"
    result = export_report(report, out, fmt=fmt)
    assert out.is_file() and not [p for p in tmp_path.iterdir() if p != out]
    if fmt != "pdf":
        with zipfile.ZipFile(out) as package:
            assert package.testzip() is None
    return out, result


# ------------------------------------------------------------------ the tests


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(CASES))
def test_hostile_text_is_written_or_replaced_and_counted(name: str, fmt: str, tmp_path: Path) -> None:
    case = CASES[name]
    hostile = _hostile_report(case)
    out, result = _export(hostile.report, fmt, tmp_path)
    text = READERS[fmt](out, 2)
    assert result.replaced_characters == case.replaced * hostile.fields
    assert bool(result.cut_characters) == (fmt in case.cut_in)
    cut = hostile.header_ends if result.cut_characters else frozenset()
    missing = [marker for marker in hostile.markers if marker not in text and marker not in cut]
    assert not missing, f"{name}: markers missing from the {fmt}: {missing[:8]}"
    if cut:
        assert "…" in text and result.notice("en")
    if fmt == "pdf" or case.frame == "none":
        return
    if case.replaced:
        assert REPLACEMENT in text
    # What every format can store comes back exactly as written, in the field it was written to.
    expected = clean_export_text(case.text)
    if "\n" not in expected and len(expected) < 100 and "_x" not in expected:
        assert f"{_marker(0, 'a')} {expected} {_marker(0, 'z')}" in text or f"{expected} {_marker(0, 'z')}" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_full_sample_with_hostile_text_in_every_method(fmt: str, tmp_path: Path) -> None:
    report = copy.deepcopy(sample_report("taichung-112"))
    hostile = "".join(case.text for case in CASES.values() if not case.few_fields)
    per_method = sum(case.replaced for case in CASES.values() if not case.few_fields)
    methods = list(report.walk_methods())
    for number, method in enumerate(methods):
        method.results = f"{_marker(number, 'a')} {hostile} {_marker(number, 'z')}"
    out, result = _export(report, fmt, tmp_path)
    text = READERS[fmt](out, len(report.dimensions))
    assert result.replaced_characters == per_method * len(methods) and not result.cut_characters
    missing = [m for n in range(len(methods)) for m in (_marker(n, "a"), _marker(n, "z")) if m not in text]
    assert not missing


def test_formulas_stay_text_in_the_workbook(tmp_path: Path) -> None:
    hostile = _hostile_report(CASES["formula_equals"])
    out, _ = _export(hostile.report, "xlsx", tmp_path)
    starts = [c for s in load_workbook(out).worksheets for row in s.iter_rows() for c in row if c.value]
    formulas = [c for c in starts if str(c.value).startswith("=1+1")]
    assert formulas and all(c.data_type == "s" and c.quotePrefix for c in formulas)


def test_the_count_is_the_same_for_every_format_and_nothing_when_clean(tmp_path: Path) -> None:
    clean = _small_report()
    assert build_layout(clean).replaced_characters == 0
    for fmt in FORMATS:
        assert export_report(clean, tmp_path / f"clean.{fmt}").replaced_characters == 0


def test_cleaning_replaces_only_what_cannot_be_stored() -> None:
    assert clean_export_text("甲\x00乙\ud800丙\ufffe") == f"甲{REPLACEMENT}乙{REPLACEMENT}丙{REPLACEMENT}"
    assert clean_export_text("一\x0b二\r\n三\r四\u2028五\x0c六\x85七") == "一\n二\n三\n四\n五\n六\n七"
    kept = "𠀀\u202e\u200d\t<w:t>&amp;</w:t>=1+1\ue000"
    assert clean_export_text(kept) == kept
    assert clean_export_text(kept, drawn=True) == "𠀀 <w:t>&amp;</w:t>=1+1\ue000"
    assert replaced_in("甲\x00\x01乙\r\n\ud800\U0010ffff") == 4
    assert replaced_in(REPLACEMENT) == 0 and clean_export_text(REPLACEMENT) == REPLACEMENT
    text = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000) + "\ud800\udfff"
    once = clean_export_text(text)
    assert clean_export_text(once) == once and replaced_in(once) == 0


def test_the_notice_names_what_was_replaced_and_cut() -> None:
    assert ExportResult().notice("en") is None and ExportResult().complete
    assert ExportResult(replaced_characters=3).notice("en") == (
        "3 characters could not be exported (control or invalid characters) and were replaced with �"
    )
    both = ExportResult(replaced_characters=2, cut_characters=9000).notice("zh_TW")
    assert both is not None and "2 個字元" in both and "9000 個字元" in both and "\n" not in both
