"""The layout's typography: headings in one form, each category once, labels joined one way,
the spanning 「執行策略」 header, continuation labels (issue 12, items 6, 7, 8 and 10)."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from perfdesk.domain.report import Dimension, Field, Strategy
from perfdesk.export.layout import HeaderCell, build_layout, continued, labelled, normalised_heading
from perfdesk.export.options import ExportOptions, Orientation
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report


@pytest.mark.parametrize(
    ("typed", "label", "expected"),
    [
        ("構面一、基礎服務 (200 分)", "構面一", "構面一：基礎服務（200 分）"),
        ("構面二、服務遞送(300分)", "構面二", "構面二：服務遞送（300 分）"),
        ("構面四:服務評價 (200 分)", "構面四", "構面四：服務評價（200 分）"),
        ("構面一：基礎服務（200 分）", "構面一", "構面一：基礎服務（200 分）"),
        ("構面二、資訊流通服務（第1類：第一線服務機關）", "構面二", "構面二：資訊流通服務（第1類：第一線服務機關）"),
        ("構面三、創新 (第 1 類)", "構面三", "構面三：創新（第 1 類）"),
        ("專案名稱：強化商品安全監督作業", "", "專案名稱：強化商品安全監督作業"),
    ],
)
def test_a_heading_prints_in_the_one_form(typed: str, label: str, expected: str) -> None:
    dimension = Dimension(label=label, name="x", heading=typed)
    assert normalised_heading(dimension) == expected


def test_headings_print_normalised_by_default_and_as_typed_on_request() -> None:
    sample = sample_report("taichung-112")
    default = [t.heading for t in build_layout(sample).tables]
    typed = [t.heading for t in build_layout(sample, ExportOptions(headings_as_written=True)).tables]
    assert default[1] == "構面二：服務遞送（300 分）" and default[3] == "構面四：服務評價（200 分）"
    assert typed == [d.display_heading for d in sample.dimensions]
    hq = build_layout(sample_report("hq-108"))
    assert [t.category for t in hq.tables if t.category] == ["二、專案規劃類（1000 分）"]


def test_a_category_the_front_matter_ends_with_prints_once() -> None:
    report = copy.deepcopy(sample_report("tainan-112"))
    assert build_layout(report).tables[0].category == "一、整體服務類"
    report.front_matter.append("一、整體服務類")
    assert build_layout(report).tables[0].category is None
    assert all(table.category is None for table in build_layout(report).tables)


@pytest.mark.parametrize(
    ("label", "text", "joined"),
    [
        ("(二)", "服務友善性", "(二) 服務友善性"),
        ("（二）", "服務友善性", "（二）服務友善性"),
        ("一、", "整體服務", "一、整體服務"),
        ("1.", "訂定作業流程", "1. 訂定作業流程"),
        ("(1)", "派員", "(1) 派員"),
        ("（1）", "派員", "（1）派員"),
        ("(1) ", "派員", "(1) 派員"),
        ("(1)", " 派員", "(1) 派員"),
        ("", "只有標題", "只有標題"),
        ("2.", "", "2."),
    ],
)
def test_labels_join_their_text_one_way(label: str, text: str, joined: str) -> None:
    """A space after a half-width label, none after a full-width one, as the seeds type them; never two."""
    assert labelled(label, text) == joined


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_strategies_and_methods_print_their_labels_by_the_same_rule(name: str) -> None:
    """Strategy labels lost the space the seeds type after 「(二)」 while method labels kept theirs after 「1.」."""
    sample = sample_report(name)
    layout = build_layout(sample)
    printed = {cell for table in layout.tables for row in table.rows for cell in row.cells if cell}
    for dimension in sample.dimensions:
        for strategy in dimension.strategies:
            if not (strategy.label and strategy.title):
                continue
            gap = " " if strategy.label.endswith((".", ")")) else ""
            assert any(cell.startswith(f"{strategy.label}{gap}{strategy.title}") for cell in printed), strategy.label


def test_continuation_labels_match_the_labels_brackets_and_name_the_whole_strategy() -> None:
    assert continued("(一) 服務便捷性") == "(一) 服務便捷性(續)"
    assert continued("（一）服務便捷性") == "（一）服務便捷性（續）"
    assert continued("") == "（續）"
    # Keelung's long strategies were cut to 「(一)推動便捷、透明之服務…」: the label names the strategy in full.
    strategy = Strategy(label="(一)", title="推動便捷、透明之服務流程，提供高效率之服務", points=30)
    dimension = Dimension(label="構面一", name="x", strategies=[strategy])
    report = copy.deepcopy(sample_report("keelung-102"))
    report.dimensions = [dimension]
    assert build_layout(report).tables[0].block_labels == ("(一) 推動便捷、透明之服務流程，提供高效率之服務",)
    keelung = sample_report("keelung-102")
    for dimension, table in zip(keelung.dimensions, build_layout(keelung).tables, strict=True):
        assert table.block_labels == tuple(labelled(s.label, s.title) for s in dimension.strategies)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_a_table_without_a_method_column_prints_the_methods_beside_the_strategy(name: str) -> None:
    sample = sample_report(name)
    for dimension, table in zip(sample.dimensions, build_layout(sample).tables, strict=True):
        own = [c.field for c in dimension.columns]
        has_method_text = any(m.title or m.label for s in dimension.strategies for m in s.walk_methods())
        if Field.METHOD in own or not has_method_text:
            assert list(table.fields) == own
            assert all(cell.span == 1 for cell in table.header_row)
            continue
        strategy = own.index(Field.STRATEGY)
        assert table.fields[strategy : strategy + 2] == (Field.STRATEGY, Field.METHOD)
        assert table.header_row[strategy] == HeaderCell(dimension.columns[strategy].header, strategy, 2)
        assert sum(cell.span for cell in table.header_row) == len(table.fields)
        # The strategy cell holds the strategy alone, merged over its rows; the methods stand beside it.
        for row in table.rows:
            assert not row.cells[strategy] or row.cells[strategy].startswith(
                tuple(s.label for s in dimension.strategies)
            )
        assert {span.column for span in table.spans} <= {strategy}


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_running_header_names_the_office_and_the_year_once(name: str, seeds: Path) -> None:
    """Every sample's title is the seed's first line and already names the issuer and the year,
    headquarters' by the agency alone (「經濟部標準檢驗局 108 年度…」): the header is that title."""
    sample = sample_report(name)
    layout = build_layout(sample)
    seed_title = next(line.strip() for line in _seed(seeds, name).splitlines() if line.strip())
    assert layout.running_header == layout.title == seed_title
    assert len(re.findall(rf"(?<!\d){sample.year}(?!\d)", layout.running_header)) == 1


@pytest.mark.parametrize(
    ("office", "title", "header"),
    [
        ("總局", "經濟部標準檢驗局 108 年度提升服務效能", "經濟部標準檢驗局 108 年度提升服務效能"),
        ("總局", "108 年度提升服務效能執行績效與成果", "總局　108 年度提升服務效能執行績效與成果"),
        ("臺中分局", "經濟部標準檢驗局 112 年度提升服務效能", "臺中分局　經濟部標準檢驗局 112 年度提升服務效能"),
        ("臺中分局", "臺中分局提升服務效能執行計畫", "112 年度　臺中分局提升服務效能執行計畫"),
        ("台中分局", "經濟部標準檢驗局臺中分局 112 年度執行計畫", "經濟部標準檢驗局臺中分局 112 年度執行計畫"),
        ("臺中分局", "", "臺中分局　112 年度"),
        ("臺中分局", "經濟部標準檢驗局臺中分局 1120 件", "112 年度　經濟部標準檢驗局臺中分局 1120 件"),
    ],
    ids=["hq-by-agency", "hq-no-agency", "no-office", "no-year", "tai-spelling", "no-title", "year-inside-number"],
)
def test_the_running_header_adds_only_what_the_title_leaves_out(office: str, title: str, header: str) -> None:
    report = copy.deepcopy(sample_report("taichung-112"))
    report.office, report.title = office, title
    report.year = 108 if office == "總局" else 112
    assert build_layout(report).running_header == header


def _seed(seeds: Path, name: str) -> str:
    return next(seeds.glob(f"{name}-*.txt")).read_text(encoding="utf-8")


def _squashed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_a_method_s_title_and_description_are_joined_as_the_real_report_joins_them(name: str, seeds: Path) -> None:
    """A colon where the seed has one (「案件處理流程查詢公開：提供…。」), none where it prints the
    description as a line of its own (keelung-102 構面三: 「2. 消費安心資訊 e 化推廣」 / 「運用資通訊…」)."""
    sample = sample_report(name)
    seed = _squashed(_seed(seeds, name))
    # Whether a colon stands there, not its width (which follows the office's punctuation).
    tables = build_layout(sample).tables
    printed = {_squashed(cell).replace(":", "：") for table in tables for row in table.rows for cell in row.cells}
    checked = 0
    for method in sample.walk_methods():
        if not method.description:
            continue
        title, description = _squashed(method.title), _squashed(method.description)
        found = re.search(re.escape(title) + r"([:：]|</p><p>)?" + re.escape(description[:6]), seed)
        assert found is not None, method.title
        colon = "：" if found.group(1) in (":", "：") else ""
        text = (_squashed(labelled(method.label, method.title)) + colon + description).replace(":", "：")
        assert any(cell.startswith(text) for cell in printed), (method.title, colon)
        checked += 1
    assert checked >= 8


def test_a_description_that_is_no_sentence_prints_on_the_line_under_its_title() -> None:
    sample = sample_report("keelung-102")
    table = build_layout(sample).tables[2]
    method = table.fields.index(Field.METHOD)
    cells = [row.cells[method] for row in table.rows]
    assert "2. 消費安心資訊 e 化推廣\n運用資通訊社群行銷服務，讓民眾隨時可取得消費安心資訊" in cells
    assert not any("：" in cell or ":" in cell for cell in cells)


def test_in_portrait_the_results_beside_a_two_column_strategy_header_get_a_usable_width() -> None:
    """Taichung 構面五 in portrait gave its results 4.8 cm of A4's 18 (ten characters a line) while its
    strategy column held one short name: the strategy column gives way to the results."""
    printable_cm = 21.0 - 2 * 1.5
    sample = sample_report("taichung-112")
    portrait = build_layout(sample, ExportOptions(orientation=Orientation.PORTRAIT)).tables[-1]
    assert portrait.header_row[0].span == 2
    width = dict(zip(portrait.fields, portrait.widths, strict=True))
    assert width[Field.RESULTS] * printable_cm >= 6.0
    assert width[Field.RESULTS] == max(width.values())
    assert width[Field.STRATEGY] < width[Field.METHOD]
    # A table with its own method column, and every landscape table, keep their widths; the user's widths win.
    own_method_column = build_layout(sample, ExportOptions(orientation=Orientation.PORTRAIT)).tables[0]
    assert own_method_column.widths == pytest.approx([w / 12.1 for w in (2.2, 3.4, 2.3, 4.2)])
    landscape = build_layout(sample).tables[-1]
    assert landscape.widths == pytest.approx([w / 16.8 for w in (2.2, 3.4, 1.6, 4.4, 5.2)])
    chosen = ExportOptions(orientation=Orientation.PORTRAIT, widths={Field.RESULTS: 2.0})
    assert dict(zip(portrait.fields, build_layout(sample, chosen).tables[-1].widths, strict=True))[Field.RESULTS] < 0.2


def test_a_strategy_title_as_long_as_a_paragraph_is_cut_in_its_continuation_label() -> None:
    """Repeated on every page the strategy runs on, a 2,000-character "title" would leave no room for its rows."""
    report = copy.deepcopy(sample_report("keelung-102"))
    report.dimensions[0].strategies[0].title = "推動便捷、透明之服務流程，" * 150
    label = build_layout(report).tables[0].block_labels[0]
    assert label.startswith("(一) 推動便捷") and label.endswith("…") and len(label) <= 80
    assert label[-2] not in "，、；：,;: "
