"""What every writer shares: one text cleaning and line-break rule, one 禁則 set, one set of type sizes."""

from __future__ import annotations

import ast
import base64
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from openpyxl import load_workbook

from perfdesk.export.docx_writer import write_docx
from perfdesk.export.export_text import clean_export_text, paragraphs
from perfdesk.export.fonts import shipped_kai
from perfdesk.export.kinsoku import NO_LINE_END, NO_LINE_START, as_text
from perfdesk.export.layout import build_layout, is_front_matter_heading
from perfdesk.export.ods_writer import write_ods
from perfdesk.export.odt_writer import write_odt
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.pdf_font import register_font
from perfdesk.export.pdf_page import PageFurniture
from perfdesk.export.pdf_text import TextMeasure, break_lines
from perfdesk.export.pdf_writer import write_pdf
from perfdesk.export.sheet_names import valid_sheet_name
from perfdesk.export.text_wrapping import text_width, wrap_paragraph
from perfdesk.export.type_sizes import TypeSizes, type_sizes
from perfdesk.export.unit_names import UNIT_KINDS
from perfdesk.export.xlsx_page_setup import header_text
from perfdesk.export.xlsx_writer import write_xlsx
from perfdesk.services.builtin_reports import sample_report

EXPORT = Path(__file__).resolve().parents[2] / "src" / "perfdesk" / "export"


@pytest.fixture(scope="module", autouse=True)
def shipped_font_only() -> Iterator[None]:
    """The shipped AR PL UKai TW face, whatever the machine has, so the measures are the same everywhere."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERFDESK_IGNORE_SYSTEM_FONTS", "1")
        yield


# ------------------------------------------------------------------ one text cleaning, one line-break rule


def test_a_paragraph_ends_at_every_line_break_and_one_line_text_has_none() -> None:
    assert paragraphs("一\x0b二\r\n三\r四\u2028五\x0c六\x85七") == ["一", "二", "三", "四", "五", "六", "七"]
    assert paragraphs("") == [""]
    assert clean_export_text(" 甲\r\n乙\t丙\u2029丁\x00 ", one_line=True) == "甲 乙 丙 丁\ufffd"
    # Every place that needs one line follows that one rule.
    assert header_text("甲\r\n乙\t丙", "臺中分局", 112) == "甲 乙 丙"
    assert valid_sheet_name("構面一\u2028基礎\t服務") == "構面一 基礎 服務"
    furniture = PageFurniture(register_font(shipped_kai()), 10, " 甲\x0b乙\t丙 ", 842, 40, 570, 565, 20)
    assert furniture._header_line == ("甲 乙 丙", 10)


def test_no_writer_splits_or_joins_lines_by_a_rule_of_its_own() -> None:
    """Line breaks are found and replaced in export_text alone."""
    own_rule = re.compile(r"""\.(split|replace)\(\s*["']\\[nrt]|splitlines\(|\\x0b|\\u2028""")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(EXPORT.glob("*.py"))
        if path.name != "export_text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if own_rule.search(line) and not line.lstrip().startswith("#")
    ]
    assert not offenders


# ------------------------------------------------------------------ one 禁則 set


def _pdf_lines(text: str, width_in_chars: int) -> list[str]:
    measure = TextMeasure(register_font(shipped_kai()), 12)
    return break_lines(text, width_in_chars * 12 + 0.5, measure)


@pytest.mark.parametrize("char", sorted(NO_LINE_START))
def test_no_line_starts_with_closing_punctuation_in_the_pdf_or_the_workbook(char: str) -> None:
    paragraph = "中" * 10 + char + "文字" * 5  # the break falls right before `char`
    pdf = _pdf_lines(paragraph, 10)
    for lines in (pdf, wrap_paragraph(paragraph, 20)):
        assert len(lines) > 1 and not any(line.startswith(char) for line in lines), (char, lines)


@pytest.mark.parametrize("char", sorted(NO_LINE_END))
def test_no_line_ends_with_an_opening_bracket_in_the_pdf_or_the_workbook(char: str) -> None:
    paragraph = "中" * (10 - text_width(char) // 2) + char + "文字" * 5  # `char` is the last to fit
    for lines in (_pdf_lines(paragraph, 10), wrap_paragraph(paragraph, 20)):
        assert len(lines) > 1 and not any(line.rstrip().endswith(char) for line in lines), (char, lines)


@pytest.mark.parametrize("char", sorted(NO_LINE_END))
def test_a_space_after_an_opening_bracket_is_no_place_to_break(char: str) -> None:
    """「（ 含委外」: the break may not fall at the space either, or the line ends on the bracket."""
    paragraph = "中" * (10 - text_width(char) // 2) + char + " " + "文字" * 5  # the space is the first not to fit
    for lines in (_pdf_lines(paragraph, 10), wrap_paragraph(paragraph, 20)):
        assert len(lines) > 1 and not any(line.rstrip().endswith(char) for line in lines), (char, lines)


@pytest.mark.parametrize("char", sorted(NO_LINE_START))
def test_a_space_before_closing_punctuation_is_no_place_to_break(char: str) -> None:
    """「(姓名及代理人) 、方向」 (keelung-102): a line may not start with the pause after the space."""
    paragraph = "中" * 10 + " " + char + "文字" * 5  # the break falls at the space
    for lines in (_pdf_lines(paragraph, 10), wrap_paragraph(paragraph, 20)):
        assert len(lines) > 1 and not any(line.lstrip().startswith(char) for line in lines), (char, lines)


def test_word_is_given_the_same_set() -> None:
    stream = io.BytesIO()
    write_docx(build_layout(sample_report("tainan-112")), ExportOptions(), stream)
    settings = zipfile.ZipFile(stream).read("word/settings.xml").decode()
    assert f'<w:noLineBreaksBefore w:lang="zh-TW" w:val="{as_text(NO_LINE_START)}"/>' in settings
    assert f'<w:noLineBreaksAfter w:lang="zh-TW" w:val="{as_text(NO_LINE_END)}"/>' in settings
    # In their place in the settings' sequence: after the character spacing, before the compatibility options.
    assert settings.index("characterSpacingControl") < settings.index("noLineBreaksAfter")
    assert settings.index("noLineBreaksBefore") < settings.index("<w:compat>")


def test_no_other_kinsoku_set_is_written_down() -> None:
    kinsoku = NO_LINE_START | NO_LINE_END
    sets = []
    for path in sorted(EXPORT.parent.rglob("*.py")):
        if path.name == "kinsoku.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                listed = set(node.value) & kinsoku
                if len(listed) >= 8 and len(listed) * 2 >= len(set(node.value)):
                    sets.append(f"{path.name}:{node.lineno}")
    assert not sets


def test_no_other_list_of_the_kinds_of_office_a_unit_name_breaks_before() -> None:
    """export.unit_names alone says where a unit's name may break; the PDF, the documents and the sheets ask it."""
    kinds = set(UNIT_KINDS)
    lists = []
    for path in sorted(EXPORT.parent.rglob("*.py")):
        if path.name == "unit_names.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                named = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
                if len(named & kinds) >= 3:
                    lists.append(f"{path.name}:{node.lineno}")
    assert not lists


# ------------------------------------------------------------------ one set of type sizes


def test_the_sizes_follow_the_body_size() -> None:
    assert type_sizes(12) == TypeSizes(body=12, header_row=12, title=18, heading=14, page_furniture=10)
    assert type_sizes(10.5) == TypeSizes(body=10.5, header_row=10.5, title=16, heading=12, page_furniture=8)
    assert type_sizes(36).page_furniture == 10 and type_sizes(6).page_furniture == 7
    for body in (6, 8, 10.5, 11, 12, 14.5, 20, 36):
        sizes = type_sizes(body)
        assert sizes.title > sizes.heading > sizes.body == sizes.header_row
        assert (sizes.title * 2).is_integer() and (sizes.heading * 2).is_integer()


def _pdf_sizes(pdf: bytes) -> set[float]:
    """Every font size the pages' content streams set (reportlab writes them ASCII85 and Flate encoded)."""
    sizes: set[float] = set()
    for found in re.finditer(rb"/Filter \[ /ASCII85Decode /FlateDecode \] /Length (\d+)\s*>>\s*stream\r?\n", pdf):
        encoded = pdf[found.end() : found.end() + int(found.group(1))].strip().removesuffix(b"~>")
        content = zlib.decompress(base64.a85decode(encoded))
        sizes |= {float(size) for size in re.findall(rb"/\S+ ([\d.]+) Tf", content)}
    return sizes


def _xlsx_sizes(xlsx: bytes) -> dict[str, set[float]]:
    """The sizes of each kind of text, told apart by their named cell styles (one per kind)."""
    book = load_workbook(io.BytesIO(xlsx))
    roles: dict[str, set[float]] = {"title": set(), "heading": set(), "header_row": set(), "body": set()}
    kinds = {"title": "title", "heading": "heading", "header": "header_row", "text": "body", "body": "body"}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in (c for c in row if c.value):
                roles[kinds[cell.style.removeprefix("Perfdesk ")]].add(float(cell.font.sz))
    roles["page_furniture"] = {float(s.oddHeader.center.size) for s in book} | {s.oddFooter.center.size for s in book}
    return roles


def _docx_sizes(docx: bytes) -> dict[str, set[float]]:
    document = Document(io.BytesIO(docx))
    title, *rest = document.paragraphs
    roles: dict[str, set[float]] = {"title": {run.font.size.pt for run in title.runs}}
    roles["heading"], roles["body"] = set(), set()
    for paragraph in rest:
        for run in paragraph.runs:
            roles["heading" if run.font.bold else "body"].add(run.font.size.pt)
    roles["header_row"] = {
        r.font.size.pt for t in document.tables for c in t.rows[0].cells for r in c.paragraphs[0].runs
    }
    roles["body"] |= {
        run.font.size.pt
        for table in document.tables
        for row in table.rows[1:]
        for cell in row.cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
    }
    # The header and footer, page number fields included, in half points.
    package = zipfile.ZipFile(io.BytesIO(docx))
    furniture = package.read("word/header1.xml") + package.read("word/footer1.xml")
    roles["page_furniture"] = {int(half) / 2 for half in re.findall(rb'<w:sz w:val="(\d+)"/>', furniture)}
    return roles


@pytest.mark.parametrize(
    ("body", "orientation"), [(12.0, Orientation.LANDSCAPE), (10.5, Orientation.PORTRAIT), (16.0, Orientation.PORTRAIT)]
)
def test_every_writer_prints_the_same_sizes(body: float, orientation: Orientation) -> None:
    options = ExportOptions(orientation=orientation, font_size=body)
    report = sample_report("tainan-112")  # front matter and a category line; and a note, here
    report.dimensions[1].note = "本構面之評核依據總局來函辦理。"
    layout = build_layout(report, options)
    assert layout.front_matter and any(t.category for t in layout.tables) and any(t.note for t in layout.tables)
    written = {}
    for name, writer in (("pdf", write_pdf), ("xlsx", write_xlsx), ("docx", write_docx)):
        stream = io.BytesIO()
        writer(layout, options, stream)
        written[name] = stream.getvalue()
    sizes = type_sizes(body)
    expected = {role: {float(getattr(sizes, role))} for role in TypeSizes.__dataclass_fields__}
    assert _xlsx_sizes(written["xlsx"]) == expected
    assert _docx_sizes(written["docx"]) == expected
    # The PDF draws column headers and cells at one size, the body size.
    assert _pdf_sizes(written["pdf"]) == set().union(*expected.values())


# ------------------------------------------------------------------ the front matter's headings

_ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


def _pdf_text_objects(pdf: bytes) -> list[bytes]:
    """Every BT … ET text object of the pages' content streams."""
    objects: list[bytes] = []
    for found in re.finditer(rb"/Filter \[ /ASCII85Decode /FlateDecode \] /Length (\d+)\s*>>\s*stream\r?\n", pdf):
        encoded = pdf[found.end() : found.end() + int(found.group(1))].strip().removesuffix(b"~>")
        objects += re.findall(rb"\bBT\b.*?\bET\b", zlib.decompress(base64.a85decode(encoded)), re.DOTALL)
    return objects


def _odf_bold_styles(*parts: bytes) -> set[str]:
    """The names of the ODF styles whose text is bold."""
    names = set()
    for part in parts:
        for style in etree.fromstring(part).iter(f"{{{_ODF['style']}}}style"):
            props = style.find("style:text-properties", _ODF)
            if props is not None and props.get(f"{{{_ODF['fo']}}}font-weight") == "bold":
                names.add(style.get(f"{{{_ODF['style']}}}name"))
    return names


def test_the_front_matters_headings_print_bold_at_heading_size_in_every_format() -> None:
    """「壹、計畫依據」…「肆、執行策略及具體推動作法」 are the seed's section headings (tainan-112): bold at the
    size of a 構面 heading, as that heading prints; the paragraphs under them stay body text."""
    options = ExportOptions()
    layout = build_layout(sample_report("tainan-112"), options)
    sizes = type_sizes(options.font_size)
    headings = [p for p in layout.front_matter if is_front_matter_heading(p)]
    body = [p for p in layout.front_matter if not is_front_matter_heading(p)]
    assert [h[:2] for h in headings] == ["壹、", "貳、", "參、", "肆、"] and len(body) >= 5
    written = {}
    writers = (("pdf", write_pdf), ("xlsx", write_xlsx), ("docx", write_docx), ("odt", write_odt), ("ods", write_ods))
    for name, writer in writers:
        stream = io.BytesIO()
        writer(layout, options, stream)
        written[name] = stream.getvalue()

    document = Document(io.BytesIO(written["docx"]))
    runs = {p.text: p.runs for p in document.paragraphs}
    for text in headings:
        assert all(r.font.bold and r.font.size.pt == sizes.heading for r in runs[text]), text
    assert all(not r.font.bold and r.font.size.pt == sizes.body for text in body for r in runs[text])

    book = load_workbook(io.BytesIO(written["xlsx"]))
    cells = {c.value: c for sheet in book for row in sheet.iter_rows() for c in row if c.value}
    for text in headings:
        assert cells[text].font.b and float(cells[text].font.sz) == sizes.heading, text
    assert all(not cells[text].font.b for text in body)

    for name, element in (("odt", "text:p"), ("ods", "table:table-cell")):
        with zipfile.ZipFile(io.BytesIO(written[name])) as package:
            content, styles = package.read("content.xml"), package.read("styles.xml")
        bold = _odf_bold_styles(content, styles)
        style_of = {}
        for node in etree.fromstring(content).iterfind(f".//{element}", _ODF):
            text = "".join(node.itertext())
            style = node.get(f"{{{_ODF['text']}}}style-name") or node.get(f"{{{_ODF['table']}}}style-name")
            style_of[text] = style
        assert all(style_of[text] in bold for text in headings), (name, style_of)
        assert all(style_of[text] not in bold for text in body), name

    # The PDF strokes bold text (text render mode 2): one stroked line at heading size per heading,
    # category and 構面 heading (all one line here), and no line at that size unstroked.
    at_heading_size = [o for o in _pdf_text_objects(written["pdf"]) if f" {sizes.heading:g} Tf".encode() in o]
    one_line = headings + [t.category for t in layout.tables if t.category] + [t.heading for t in layout.tables]
    assert all(len(text) < 40 for text in one_line)
    assert len(at_heading_size) == len(one_line)
    assert all(b"2 Tr" in o for o in at_heading_size)
