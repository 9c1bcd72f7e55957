"""The PDF exporter, checked by reading its output back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm)."""

from __future__ import annotations

import copy
import dataclasses
import io
import itertools
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from perfdesk.domain.report import Field, Report
from perfdesk.export.export_text import REPLACEMENT, clean_export_text
from perfdesk.export.fonts import shipped_kai
from perfdesk.export.kinsoku import NO_LINE_END, NO_LINE_START
from perfdesk.export.layout import DocumentLayout, Row, Span, Table, build_layout, continued
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.export.pdf_font import register_font
from perfdesk.export.pdf_page import page_number_text
from perfdesk.export.pdf_table import (
    KEEP_WHOLE_LINES,
    Cursor,
    TableMetrics,
    paginate,
    prepare_table,
    take_page,
)
from perfdesk.export.pdf_text import TextMeasure, break_lines
from perfdesk.export.pdf_writer import write_pdf
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from tests.conftest import REPO

ARTIFACTS = REPO / "artifacts" / "pdf-pages"


@pytest.fixture(scope="module", autouse=True)
def shipped_font_only() -> Iterator[None]:
    """The shipped AR PL UKai TW face, whatever fonts the machine has, so the output is the same everywhere."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERFDESK_IGNORE_SYSTEM_FONTS", "1")
        yield


# ---------------------------------------------------------------- reading PDFs back


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=60).stdout


def _squash(text: str) -> str:
    """Text without any whitespace (and without the characters the PDF drops; U+FFFD extracts as a space)."""
    return "".join(clean_export_text(text, drawn=True).replace(REPLACEMENT, " ").split())


@dataclass(frozen=True)
class PdfText:
    """`pdftotext -raw` of a PDF, whitespace removed, pages joined by form feeds."""

    pages: tuple[str, ...]

    @property
    def joined(self) -> str:
        return "\f".join(self.pages)

    def page_of(self, offset: int) -> int:
        return self.joined.count("\f", 0, offset)

    def page_start(self, page: int) -> int:
        return sum(len(p) + 1 for p in self.pages[:page])

    def find_cell(self, text: str, start: int, page: int | None = None) -> int | None:
        """Where `text` ends when read from `start`: whole, or broken only at page ends onto the next pages.

        Returns None when the text is not there in full and in order. Pages are tried in order, and
        on each page a whole occurrence before a broken one, so that a cell split over two pages is
        not mistaken for a later cell with the same text, nor a short cell for a stray fragment.
        """
        joined = self.joined
        candidates: dict[int, list[int]] = {}
        at = joined.find(text[:2], start)
        while at >= 0 and (page is None or self.page_of(at) == page):
            candidates.setdefault(self.page_of(at), []).append(at)
            at = joined.find(text[:2], at + 1)
        for on_page, starts in candidates.items():
            lengths = [(_common_prefix(joined, at, text), at) for at in starts]
            whole = [at for length, at in lengths if length == len(text)]
            if whole:
                return whole[0] + len(text)
            if on_page + 1 >= len(self.pages):
                continue
            for length, _at in lengths:
                if length >= 2:
                    end = self.find_cell(text[length:], self.page_start(on_page + 1), on_page + 1)
                    if end is not None:
                        return end
        return None


def _common_prefix(haystack: str, at: int, text: str) -> int:
    length, limit = 0, min(len(text), len(haystack) - at)
    while length < limit and haystack[at + length] == text[length]:
        length += 1
    return length


def _pdf_text(pdf: bytes, tmp: Path) -> PdfText:
    path = tmp / "out.pdf"
    path.write_bytes(pdf)
    raw = _run("pdftotext", "-raw", "-enc", "UTF-8", str(path), "-")
    pages = raw.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return PdfText(tuple(_squash(page) for page in pages))


def _pdf_info(pdf: bytes, tmp: Path) -> dict[str, str]:
    path = tmp / "info.pdf"
    path.write_bytes(pdf)
    info = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", str(path)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def _pdf(layout: DocumentLayout, options: ExportOptions | None = None) -> bytes:
    stream = io.BytesIO()
    write_pdf(layout, options or ExportOptions(), stream)
    return stream.getvalue()


@dataclass(frozen=True)
class Exported:
    layout: DocumentLayout
    pdf: bytes
    text: PdfText
    info: dict[str, str]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exported]:
    """The three samples, exported once for the whole module (A4 landscape, 12 pt)."""
    out = {}
    for name in SAMPLE_NAMES:
        tmp = tmp_path_factory.mktemp(name)
        layout = build_layout(sample_report(name))
        pdf = _pdf(layout)
        out[name] = Exported(layout, pdf, _pdf_text(pdf, tmp), _pdf_info(pdf, tmp))
    return out


def _header_row(table: Table) -> str:
    """The header row as the PDF prints it: a header spanning two columns once."""
    return _squash("".join(cell.text for cell in table.header_row))


def _assert_every_text_in_order(layout: DocumentLayout, text: PdfText) -> None:
    """Title, front matter, headings and every cell, each in full, in reading order."""
    cursor = 0
    for block in (layout.title, *layout.front_matter):
        end = text.find_cell(_squash(block), cursor)
        assert end is not None, f"missing: {block[:60]!r}"
        cursor = end
    for table in layout.tables:
        for heading in (table.category, table.heading, table.note):
            if heading:
                end = text.find_cell(_squash(heading), cursor)
                assert end is not None, f"missing: {heading[:60]!r}"
                cursor = end
        # A merged strategy cell may run on past the rows beside it, so it does not move the reading position.
        merged = {(span.first_row, span.column) for span in table.spans}
        for number, row in enumerate(table.rows):
            row_start, row_end = cursor, cursor
            for column, cell in enumerate(row.cells):
                if not _squash(cell):
                    continue
                end = text.find_cell(_squash(cell), row_start)
                assert end is not None, f"{table.heading} row {number}: missing {cell[:60]!r}"
                if (number, column) not in merged:
                    row_end = max(row_end, end)
            cursor = row_end


# ---------------------------------------------------------------- the samples


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_font_is_embedded_and_subset(name: str, exported: dict[str, Exported], tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(exported[name].pdf)
    rows = _run("pdffonts", str(path)).splitlines()[2:]
    assert rows, "no fonts at all"
    for row in rows:
        # name type encoding emb sub uni object-id gen: the type may be two words ("Type 1").
        fields = row.split()
        emb, sub, uni = fields[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert "UKai" in fields[0], row
        assert "Helvetica" not in row and "Type 1" not in row, row


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_cell_is_in_the_text_in_reading_order(name: str, exported: dict[str, Exported]) -> None:
    _assert_every_text_in_order(exported[name].layout, exported[name].text)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_running_header_page_numbers_and_repeated_header_row(name: str, exported: dict[str, Exported]) -> None:
    result = exported[name]
    pages = result.text.pages
    total = int(result.info["Pages"])
    assert len(pages) == total > 1
    running = _squash(result.layout.running_header)
    header_rows = {_header_row(table) for table in result.layout.tables}
    first_table_page = next(i for i, page in enumerate(pages) if _squash(result.layout.tables[0].heading) in page)
    for number, page in enumerate(pages, start=1):
        assert page.startswith(running), f"page {number} lacks the running header"
        assert page.endswith(_squash(page_number_text(number, total))), f"page {number} lacks its number"
        if number - 1 >= first_table_page:
            assert any(header in page for header in header_rows), f"page {number} lacks the table's header row"
    assert _squash(f"第 1 頁，共 {total} 頁") in pages[0]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_metadata(name: str, exported: dict[str, Exported]) -> None:
    result = exported[name]
    assert result.info["Title"] == result.layout.title
    assert result.info["Author"] == result.layout.author == f"經濟部標準檢驗局{result.layout.office}"
    assert result.info["Page size"].startswith("841.89 x 595.27")  # A4 landscape


def test_a_strategy_block_that_crosses_a_page_is_labelled_continued(exported: dict[str, Exported]) -> None:
    """In the real Taichung report blocks run over pages; each such page opens with 「label（續）」."""
    result = exported["taichung-112"]
    running = _squash(result.layout.running_header)
    labels = {_squash(continued(label)) for table in result.layout.tables for label in table.block_labels}
    header_rows = {_header_row(table) for table in result.layout.tables}
    continued_pages = 0
    for page in result.text.pages:
        if "（續）" in page or "(續)" in page:
            continued_pages += 1
            after_header = next(
                page[len(running) + len(h) :] for h in header_rows if page[len(running) :].startswith(h)
            )
            assert any(after_header.startswith(label) for label in labels), after_header[:40]
    assert continued_pages >= 2


def test_portrait(tmp_path: Path) -> None:
    layout = build_layout(sample_report("taichung-112"))
    pdf = _pdf(layout, ExportOptions(orientation=Orientation.PORTRAIT, font_size=11))
    info = _pdf_info(pdf, tmp_path)
    assert info["Page size"].startswith("595.27")
    assert info["Page size"].endswith("(A4)")
    _assert_every_text_in_order(layout, _pdf_text(pdf, tmp_path))


def test_first_pages_are_rendered_for_ci(exported: dict[str, Exported]) -> None:
    """PNGs of the first pages land in artifacts/pdf-pages, for people to look at (CI keeps them)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, result in exported.items():
        for old in ARTIFACTS.glob(f"{name}-*.png"):
            old.unlink()
        pdf_path = ARTIFACTS / f"{name}.pdf"
        pdf_path.write_bytes(result.pdf)
        _run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", str(pdf_path), str(ARTIFACTS / name))
        pdf_path.unlink()
        assert len(list(ARTIFACTS.glob(f"{name}-*.png"))) == 3


# ---------------------------------------------------------------- headquarters' consolidated report


def _pdf_lines(pdf: bytes, tmp: Path, page: int) -> list[str]:
    """The lines of one page as pdftotext -raw reads them (in drawing order: cell by cell)."""
    path = tmp / "lines.pdf"
    path.write_bytes(pdf)
    raw = _run("pdftotext", "-raw", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-")
    return [line.strip() for line in raw.splitlines()]


def _line_starts(pdf: bytes, tmp: Path, page: int, left: float) -> list[tuple[float, str]]:
    """(top, first word) of each line on `page` that starts at `left` points from the page's edge, top down."""
    path = tmp / "bbox.pdf"
    path.write_bytes(pdf)
    html = _run("pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    return sorted((float(y), text) for x, y, text in words if abs(float(x) - left) < 0.5)


def _word_left(pdf: bytes, tmp: Path, page: int, start: str) -> float:
    path = tmp / "bbox.pdf"
    path.write_bytes(pdf)
    html = _run("pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-")
    return float(re.search(rf'<word xMin="([\d.]+)"[^>]*>{re.escape(start)}', html)[1])  # type: ignore[index]


def test_the_lead_in_runs_on_and_the_first_office_starts_the_next_line(
    exported: dict[str, Exported], tmp_path: Path
) -> None:
    """「…標準化等，另所屬分局執行情形：」 ends a line, 「1.基隆分局：…」 starts the next (seed lines 22-25)."""
    lines = _pdf_lines(exported["hq-108"].pdf, tmp_path, 1)
    at = next(number for number, line in enumerate(lines) if line.endswith("等，另所屬分局執行情形："))
    assert lines[at + 1].startswith("1.基隆分局：完成訂定商品報驗發證")
    assert "另所屬分局執行情形：" not in lines  # never a line of its own


def test_a_blank_line_stands_between_two_offices_but_not_under_the_lead_in(
    exported: dict[str, Exported], tmp_path: Path
) -> None:
    pdf = exported["hq-108"].pdf
    left = _word_left(pdf, tmp_path, 1, "1.基隆分局：")
    starts = _line_starts(pdf, tmp_path, 1, left)
    pitch = min(below[0] - above[0] for above, below in itertools.pairwise(starts))  # one line's advance
    # How far each line starts below the line before it, by its first six characters.
    gaps = {below[1][:6]: below[0] - above[0] for above, below in itertools.pairwise(starts)}
    assert gaps["1.基隆分局"] == pytest.approx(pitch, abs=0.5)
    for office in ("2.新竹分局", "3.臺中分局", "4.臺南分局", "5.高雄分局"):
        assert gaps[office] == pytest.approx(2 * pitch, abs=0.5), office


def test_a_row_continued_on_a_new_page_does_not_open_it_with_a_blank_line(measure: TextMeasure) -> None:
    table = _one_block_table(1)
    cell = "\n\n".join(f"{n}.分局：" + "成果說明" * 12 for n in range(1, 30))
    table = dataclasses.replace(table, rows=(Row(("(一)策略", "1. 方法", "秘書室", cell), 0),), spans=())
    prepared = prepare_table(table, _metrics((80, 200, 80, 300)), measure)
    pages = paginate(prepared, 700, 700)
    assert len(pages) > 2
    for page in pages[1:]:
        assert page.pieces[0].lines[3][0] != "", page.pieces[0].lines[3][:2]
    printed = [line for page in pages for piece in page.pieces for line in piece.lines[3]]
    assert [line for line in printed if line] == [line for line in prepared.cells[0][3] if line]


# ---------------------------------------------------------------- hard cases


def _long_text(length: int) -> str:
    """Varied report-like text, numbered so that any lost or repeated stretch shows."""
    parts: list[str] = []
    size = 0
    while size < length:
        parts.append(f"第{len(parts) + 1}項：辦理商品檢驗（含「標準」與計量），共 {len(parts) * 7} 件；成效良好。")
        size += len(parts[-1])
    return "".join(parts)[:length]


def test_a_40000_character_cell_is_exported_in_full(tmp_path: Path) -> None:
    report: Report = copy.deepcopy(sample_report("taichung-112"))
    method = report.dimensions[0].strategies[1].methods[0].children[2]
    method.results = method.practice = _long_text(40_000)  # 臺中 prints results under 具體作法
    layout = build_layout(report)
    pdf = _pdf(layout)
    text = _pdf_text(pdf, tmp_path)
    assert len(text.pages) > 40
    _assert_every_text_in_order(layout, text)


def test_control_characters_and_markup_characters_come_out_literally(tmp_path: Path) -> None:
    report: Report = copy.deepcopy(sample_report("tainan-112"))
    method = report.dimensions[0].strategies[0].methods[0]
    method.results = "A&B <b>粗體</b> 1<2 & 3>2\x0b第二段\x07鈴\ttab\u200b零寬"
    method.title = "<para>標題</para> &amp;"
    layout = build_layout(report)
    text = _pdf_text(_pdf(layout), tmp_path)
    joined = text.joined
    assert "A&B<b>粗體</b>1<2&3>2第二段鈴tab零寬" in joined  # the bell is a U+FFFD (a box, extracted as a space)
    assert "<para>標題</para>&amp;" in joined
    _assert_every_text_in_order(layout, text)


def _one_block_table(rows: int, strategy: str = "(一)服務一致及正確性") -> Table:
    fields = (Field.STRATEGY, Field.METHOD, Field.UNITS, Field.PRACTICE)
    body = [
        Row(
            (strategy if i == 0 else "", f"{i + 1}. 方法說明第{i + 1}列", "秘書室\n人事室", "具體作法" * (i % 5 + 1)), 0
        )
        for i in range(rows)
    ]
    return Table(
        category=None,
        heading="構面一：基礎服務（200 分）",
        note=None,
        fields=fields,
        headers=("執行策略", "執行方法", "主辦單位", "具體作法"),
        widths=(0.2, 0.3, 0.15, 0.35),
        rows=tuple(body),
        spans=(Span(0, 0, rows - 1),) if rows > 1 else (),
        block_labels=(strategy,),
    )


def _layout(*tables: Table) -> DocumentLayout:
    return DocumentLayout(
        title="測試報告", front_matter=(), tables=tables, office="臺中分局", year=112, author="經濟部標準檢驗局臺中分局"
    )


def test_a_merged_strategy_cell_repeats_its_label_on_every_page_it_continues(tmp_path: Path) -> None:
    layout = _layout(_one_block_table(120))
    text = _pdf_text(_pdf(layout), tmp_path)
    assert len(text.pages) >= 3
    header = _squash("執行策略執行方法主辦單位具體作法")
    assert text.pages[0].count("(一)服務一致及正確性") == 1
    for page in text.pages[1:]:
        assert header + _squash(continued("(一)服務一致及正確性")) in page
    _assert_every_text_in_order(layout, text)


# ---------------------------------------------------------------- pagination


@pytest.fixture(scope="module")
def measure() -> TextMeasure:
    return TextMeasure(register_font(shipped_kai()), 12)


def _metrics(widths: tuple[float, ...]) -> TableMetrics:
    return TableMetrics(column_widths=widths, font_size=12, leading=15.6, pad_x=3.6, pad_y=3)


def test_a_merged_cell_taller_than_its_rows_makes_the_last_row_grow(measure: TextMeasure) -> None:
    table = _one_block_table(2, strategy="很長的執行策略" * 12)
    prepared = prepare_table(table, _metrics((80, 200, 80, 200)), measure)
    (page,) = paginate(prepared, 2000, 2000)
    merged_lines = len(prepared.group_lines[0])
    assert merged_lines > sum(piece.line_count for piece in page.pieces[:1]) + 1
    assert page.merged[0].lines == prepared.group_lines[0]
    assert prepared.metrics.lines_in(sum(prepared.metrics.height(p.line_count) for p in page.pieces)) >= merged_lines


def test_a_row_taller_than_a_page_is_split_over_pages(measure: TextMeasure) -> None:
    table = _one_block_table(1)
    long_row = Row(("(一)策略", "1. 方法", "秘書室", _long_text(5_000)), 0)
    table = dataclasses.replace(table, rows=(long_row,))
    prepared = prepare_table(table, _metrics((80, 200, 80, 300)), measure)
    pages = paginate(prepared, 300, 500)
    assert len(pages) > 5
    assert all(page.height <= 500 + 1e-6 for page in pages[1:]) and pages[0].height <= 300 + 1e-6
    printed = [line for page in pages for piece in page.pieces for line in piece.lines[3]]
    assert printed == list(prepared.cells[0][3])


def test_a_short_row_moves_to_the_next_page_whole(measure: TextMeasure) -> None:
    prepared = prepare_table(_one_block_table(3), _metrics((80, 200, 80, 200)), measure)
    m = prepared.metrics
    first = take_page(prepared, Cursor(), 10_000, fresh_page=True)[0]
    assert first is not None
    heights = [m.height(piece.line_count) for piece in first.pieces]
    assert all(piece.line_count <= KEEP_WHOLE_LINES for piece in first.pieces)
    # Room for the header, the first row and half of the second: the second row waits for the next page.
    room = m.height(prepared.header_lines) + heights[0] + heights[1] / 2
    page, rest = take_page(prepared, Cursor(), room, fresh_page=False)
    assert page is not None and len(page.pieces) == 1 and rest == Cursor(1, (), len(prepared.group_lines[0]))


def test_a_parent_method_row_is_never_last_on_a_page(measure: TextMeasure) -> None:
    table = _one_block_table(3)
    heading = Row(("(一)服務一致及正確性", "1. 提升服務設施合宜度", "", ""), 0, heads_sub_items=True)
    table = dataclasses.replace(table, rows=(heading, *table.rows[1:]))
    prepared = prepare_table(table, _metrics((80, 200, 80, 200)), measure)
    m = prepared.metrics
    whole = take_page(prepared, Cursor(), 10_000, fresh_page=True)[0]
    assert whole is not None
    first, second = (m.height(piece.line_count) for piece in whole.pieces[:2])
    header = m.height(prepared.header_lines)
    assert take_page(prepared, Cursor(), header + first + second - 1, fresh_page=False)[0] is None
    page = take_page(prepared, Cursor(), header + first + second, fresh_page=False)[0]
    assert page is not None and len(page.pieces) == 2


# ---------------------------------------------------------------- 禁則


def _width_one(text: str) -> float:
    return float(len(text))


def test_closing_punctuation_takes_the_character_before_it_to_the_next_line() -> None:
    assert break_lines("一二三四，五六", 4, _width_one) == ["一二三", "四，五六"]
    assert break_lines("一二三四。」五", 4, _width_one) == ["一二三", "四。」五"]


def test_an_opening_bracket_goes_down_with_the_character_after_it() -> None:
    assert break_lines("一二三「四五」", 4, _width_one) == ["一二三", "「四五」"]
    assert break_lines("一二（三", 3, _width_one) == ["一二", "（三"]


def test_latin_words_and_numbers_stay_whole_and_spaces_vanish_at_breaks() -> None:
    # A number stays with the word it counts (「19,352 件」), as it does in 「112 年度」.
    assert break_lines("共 19,352 件 call center", 9, _width_one) == ["共", "19,352 件", "call", "center"]
    assert break_lines("abcdefghij", 4, _width_one) == ["abcd", "efgh", "ij"]


def test_a_title_never_breaks_between_the_year_and_年度() -> None:
    title = "經濟部標準檢驗局臺中分局 107 年度提升服務效能執行績效與成果"
    for width in range(14, 30):
        for line in break_lines(title, width, _width_one)[1:]:
            assert not line.startswith(("年", "度")), (width, line)  # neither 「107 / 年度」 nor 「107 年 / 度」


def test_paragraphs_and_empty_text_are_kept() -> None:
    assert break_lines("秘書室\n人事室", 10, _width_one) == ["秘書室", "人事室"]
    assert break_lines("", 10, _width_one) == [""]
    assert break_lines("甲\n\n乙", 10, _width_one) == ["甲", "", "乙"]


def test_control_characters_are_line_breaks_replaced_or_dropped() -> None:
    assert clean_export_text("甲\x0b乙\r\n丙\x07丁\t戊\u200b", drawn=True) == f"甲\n乙\n丙{REPLACEMENT}丁 戊"


@pytest.mark.parametrize("width", [60.0, 110.0, 230.0])
def test_no_line_of_the_real_reports_breaks_the_rules(width: float, measure: TextMeasure) -> None:
    for name in SAMPLE_NAMES:
        layout = build_layout(sample_report(name))
        texts = [cell for table in layout.tables for row in table.rows for cell in row.cells]
        for paragraph in (p for text in texts for p in clean_export_text(text, drawn=True).split("\n")):
            lines = break_lines(paragraph, width, measure)
            assert _squash("".join(lines)) == _squash(paragraph)
            for line in lines:
                assert measure.width(line) <= width + 0.01 or len(line) == 1, line
            for line in lines[1:]:
                assert line[:1] not in NO_LINE_START, (name, line)
            for line in lines[:-1]:
                assert line[-1:] not in NO_LINE_END, (name, line)


def test_the_rules_hold_across_a_space_in_a_real_report(measure: TextMeasure) -> None:
    """keelung-102 writes 「(姓名及代理人) 、方向引導」: at no width may a line start with 「、」."""
    texts = [
        cell for table in build_layout(sample_report("keelung-102")).tables for row in table.rows for cell in row.cells
    ]
    (paragraph,) = {p for text in texts for p in text.split("\n") if ") 、" in p}
    breaks_there = 0
    for width in range(60, 300):
        lines = break_lines(paragraph, float(width), measure)
        assert not any(line.startswith("、") for line in lines), width
        breaks_there += any(line.startswith("人) 、") for line in lines)
    assert breaks_there  # where the break would fall at the space, 「人) 、」 goes down whole


@pytest.mark.parametrize(("orientation", "size"), [(Orientation.PORTRAIT, 20.0), (Orientation.LANDSCAPE, 8.0)])
def test_other_sizes_and_a_table_without_rows(orientation: Orientation, size: float, tmp_path: Path) -> None:
    sample = build_layout(sample_report("keelung-102"))
    empty = dataclasses.replace(_one_block_table(1), heading="構面六：尚無策略", rows=(), spans=(), block_labels=())
    layout = dataclasses.replace(sample, tables=(*sample.tables[:1], empty))
    pdf = _pdf(layout, ExportOptions(orientation=orientation, font_size=size))
    text = _pdf_text(pdf, tmp_path)
    _assert_every_text_in_order(layout, text)
    assert text.pages[-1].endswith(
        _squash("構面六：尚無策略執行策略執行方法主辦單位具體作法" + page_number_text(len(text.pages), len(text.pages)))
    )


def _content_streams(pdf: bytes) -> str:
    """Every stream of the PDF, inflated where it is compressed (the pages' drawing operators)."""
    import base64
    import re
    import zlib

    texts = []
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        data = raw.strip()
        if data.endswith(b"~>"):  # reportlab's pages: ASCII85 (ended by ~>) over Flate
            data = base64.a85decode(data.removeprefix(b"<~").removesuffix(b"~>"))
        try:
            texts.append(zlib.decompressobj().decompress(data).decode("latin-1"))
        except zlib.error:
            texts.append(data.decode("latin-1"))
    return "\n".join(texts)


def test_title_headings_and_header_row_are_bold_by_stroking_the_single_weight_face(tmp_path: Path) -> None:
    """The 楷書 face has one weight: bold is synthetic (fill and stroke, text render mode 2), and the
    text stays text (it extracts as written)."""
    layout = build_layout(sample_report("taichung-112"))
    pdf = _pdf(layout)
    streams = _content_streams(pdf)
    # Title, heading, four header cells on page 1 at least; body text is never stroked.
    assert streams.count("2 Tr") >= 6
    assert streams.count("2 Tr") < streams.count("BT") / 2
    text = _pdf_text(pdf, tmp_path)
    assert _squash(layout.title) in text.pages[0] and _squash(layout.tables[0].heading) in text.pages[0]


def test_a_unit_name_too_wide_for_its_column_breaks_before_the_kind_of_office() -> None:
    from perfdesk.export.pdf_text import break_unit_names

    units = "秘書室\n桃園國際機場辦事處"
    assert break_unit_names(units, 7, _width_one) == ["秘書室", "桃園國際機場", "辦事處"]
    # 處 inside 辦事處 is no kind of office of its own: never 「桃園國際機場辦事 / 處」.
    assert break_unit_names(units, 8, _width_one) == ["秘書室", "桃園國際機場", "辦事處"]
    assert break_unit_names("報驗發證科(資訊)", 7, _width_one) == ["報驗發證科", "(資訊)"]
    assert break_lines(units, 7, _width_one) == ["秘書室", "桃園國際機場辦", "事處"]  # what it avoids
    assert break_unit_names(units, 20, _width_one) == ["秘書室", "桃園國際機場辦事處"]
    assert break_unit_names("很長很長的單位名稱", 4, _width_one) == break_lines("很長很長的單位名稱", 4, _width_one)


def test_a_continued_strategy_is_named_in_full_however_long(tmp_path: Path) -> None:
    """Keelung's 「(二)推廣網路申辦及電子參與，提…(續)」 was cut: the page it continues on names the whole strategy."""
    layout = build_layout(sample_report("keelung-102"))
    text = _pdf_text(_pdf(layout), tmp_path)
    label = _squash(continued("(二) 推廣網路申辦及電子參與，提供友善網路服務，促進網路溝通"))
    assert any(label in page for page in text.pages[1:])
    assert "…(續)" not in text.joined
