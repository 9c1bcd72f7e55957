"""The report recognised in a document's blocks: every shape real office files have, and the judgements."""

from __future__ import annotations

import pytest

from perfdesk.domain.report import Field, ReportKind
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.documents.model import Cell, Document, Paragraph, Row, Table
from perfdesk.interchange.documents.report_from_blocks import build_report

P = Paragraph


def cell(*texts: str, span: int = 1, label: str = "") -> Cell:
    return Cell(tuple(P(t, label=label if i == 0 else "") for i, t in enumerate(texts)), span=span)


MERGED = Cell(continues_above=True)
HEADER = Row((cell("執行策略"), cell("執行方法"), cell("主辦單位"), cell("具體作法"), cell("執行成果與績效")), True)


def doc(*blocks: Paragraph | Table) -> Document:
    return Document(tuple(blocks))


def test_title_on_two_lines_names_office_year_and_kind_and_front_matter_comes_before_the_first_heading() -> None:
    imported = build_report(
        doc(
            P("經濟部標準檢驗局新竹分局"),
            P("107 年度提升服務效能執行績效與成果"),
            P("壹、依據"),
            P("一、行政院函頒「政府服務躍升方案」。"),
            P("一、整體服務類"),
            P("構面一：基礎服務（200 分）"),
            Table((HEADER, Row((cell("(一)服務一致"), cell("1.訂定流程"), cell("秘書室"), cell(""), cell("完成"))))),
        ),
        source="x.docx",
    )
    report = imported.report
    assert (report.office, report.year, report.kind) == ("新竹分局", 107, ReportKind.RESULTS)
    assert report.title == "經濟部標準檢驗局新竹分局 107 年度提升服務效能執行績效與成果"
    assert report.front_matter == ["壹、依據", "一、行政院函頒「政府服務躍升方案」。"]
    dimension = report.dimensions[0]
    assert (dimension.category, dimension.label, dimension.name, dimension.points) == (
        "一、整體服務類",
        "構面一",
        "基礎服務",
        200,
    )
    assert dimension.heading is None  # as the layout prints it
    assert [c.field for c in dimension.columns] == [
        Field.STRATEGY,
        Field.METHOD,
        Field.UNITS,
        Field.PRACTICE,
        Field.RESULTS,
    ]
    assert [c.header for c in dimension.columns][-1] == "執行成果與績效"


@pytest.mark.parametrize(
    ("heading", "label", "name", "points"),
    [
        ("構面一：基礎服務（200 分）", "構面一", "基礎服務", 200),
        ("構面二、服務遞送 (300 分)", "構面二", "服務遞送", 300),
        ("構面四:服務評價(200分)", "構面四", "服務評價", 200),
        ("構面一、優質便民服務（第 1 類：第一線服務機關）", "構面一", "優質便民服務", None),
    ],
)
def test_dimension_headings_in_any_form(heading: str, label: str, name: str, points: int | None) -> None:
    table = Table((HEADER, Row((cell("(一)甲"), cell("1. 乙"), cell("丙"), cell(""), cell("丁")))))
    dimension = build_report(
        doc(P("臺中分局 112 年度提升服務效能執行績效與成果"), P(heading), table), source="x"
    ).report.dimensions[0]
    assert (dimension.label, dimension.name, dimension.points) == (label, name, points)
    assert dimension.display_heading == heading  # printed back as written


def test_merged_and_unmerged_strategy_cells_sub_items_and_units() -> None:
    rows = (
        HEADER,
        Row(
            (
                cell("（一）服務友善性"),
                cell("1. 提升服務設施合宜度", "(1) 進行環境美化"),
                cell("秘書室", "總務科"),
                cell(""),
                cell("第一段", "第二段"),
            )
        ),
        Row((MERGED, cell("（2）妥適規劃動線"), cell("秘書室\n政風室"), cell(""), cell("已規劃"))),
        Row((cell(""), cell("2.提高網站便利性"), cell("資訊室"), cell(""), cell("已改版"))),  # not merged: left empty
        Row((cell("(二)服務可近性"), cell("", label="1."), cell("各單位"), cell(""), cell("自動編號"))),
    )
    imported = build_report(doc(P("構面一：基礎服務（200 分）"), Table(rows)), source="x", year=112, office="臺中分局")
    first, second = imported.report.dimensions[0].strategies
    assert (first.label, first.title) == ("（一）", "服務友善性")
    parent = first.methods[0]
    assert (parent.label, parent.title, parent.units, parent.results) == ("1.", "提升服務設施合宜度", [], "")
    assert [(c.label, c.title) for c in parent.children] == [("(1)", "進行環境美化"), ("（2）", "妥適規劃動線")]
    assert parent.children[0].units == ["秘書室", "總務科"] and parent.children[0].results == "第一段\n第二段"
    assert parent.children[1].units == ["秘書室", "政風室"]  # a soft line break between units
    assert [(m.label, m.title) for m in first.methods] == [("1.", "提升服務設施合宜度"), ("2.", "提高網站便利性")]
    assert second.methods[0].label == "1." and second.methods[0].results == "自動編號"
    codes = [j.code for j in imported.judgements]
    assert "import.sub_item_in_cell" in codes and "import.automatic_number" in codes
    assert imported.report.units == ["秘書室", "總務科", "政風室", "資訊室", "各單位"]
    # Every row is to be reviewed, and remembers the text it came from.
    for method in imported.report.walk_methods():
        assert method.needs_review and method.origin is not None
        assert (method.origin.title, method.origin.results, method.origin.year) == (method.title, method.results, 112)


def test_a_dimension_cut_into_tables_with_its_header_typed_again_and_a_row_continued_over_the_break() -> None:
    plain_header = Row(tuple(Cell(c.paragraphs) for c in HEADER.cells))  # typed again, not marked
    first = Table(
        (HEADER, Row((cell("(一)甲"), cell("1. 乙：說明"), cell("丙"), cell("作法"), cell("成果寫到一半，"))))
    )
    second = Table(
        (
            plain_header,
            Row((cell(""), cell(""), cell(""), cell(""), cell("下一頁接著寫。"))),
            Row((cell(""), cell("2. 丁"), cell("戊"), cell(""), cell("(1) 另一列"))),
        )
    )
    imported = build_report(doc(P("構面一：基礎服務"), first, P(""), second), source="x")
    strategy = imported.report.dimensions[0].strategies[0]
    one, two = strategy.methods
    assert (one.title, one.description, one.practice) == ("乙", "說明", "作法")
    assert one.results == "成果寫到一半，下一頁接著寫。"
    assert two.results == "(1) 另一列"
    assert "import.joined_over_page_break" in [j.code for j in imported.judgements]


def test_a_header_over_two_columns_gives_strategy_then_method() -> None:
    header = Row((cell("執行策略", span=2), cell("主辦單位"), cell("具體作法"), cell("112 年度執行成果")))
    row = Row((cell("(一)開放參與"), cell("適時運用多元管道"), cell("電資產品科"), cell("作法"), cell("成果")))
    dimension = build_report(doc(P("構面五:開放創新 (100 分)"), Table((header, row))), source="x").report.dimensions[0]
    assert [c.field for c in dimension.columns] == [Field.STRATEGY, Field.UNITS, Field.PRACTICE, Field.RESULTS]
    method = dimension.strategies[0].methods[0]
    assert (method.label, method.title, method.practice, method.results) == ("", "適時運用多元管道", "作法", "成果")


def test_results_written_under_practice_in_a_results_report() -> None:
    header = Row((cell("執行策略"), cell("執行方法"), cell("主辦單位"), cell("具體作法")))
    row = Row((cell("(一)甲"), cell("1. 乙"), cell("丙"), cell("辦理 3 場")))
    results = build_report(
        doc(P("臺中分局 112 年度提升服務效能執行績效與成果"), P("構面一：甲"), Table((header, row))), source="x"
    )
    plan = build_report(
        doc(P("臺中分局 112 年度提升服務效能執行計畫"), P("構面一：甲"), Table((header, row))), source="x"
    )
    assert results.report.dimensions[0].columns[-1].field is Field.RESULTS
    assert results.report.dimensions[0].strategies[0].methods[0].results == "辦理 3 場"
    assert plan.report.kind is ReportKind.PLAN and plan.report.dimensions[0].columns[-1].field is Field.PRACTICE


def test_a_document_without_a_report_table_is_refused() -> None:
    with pytest.raises(PerfdeskError) as refused:
        build_report(doc(P("會議紀錄"), Table((Row((cell("時間"), cell("地點"))),))), source="x.docx")
    assert refused.value.code == "document.no_report_table"
    with pytest.raises(PerfdeskError):
        build_report(doc(), source="empty.docx")


def test_units_on_one_line_a_method_with_its_first_sub_item_and_method_text_over_a_page_break() -> None:
    first = Table(
        (
            HEADER,
            Row(
                (
                    cell("(一)服務友善性"),
                    cell("1.提升服務設施合宜度: (1) 進行環境美化"),
                    cell("報驗發證科 臺中港口辦事處 秘書室 (研考)\n(本局各一級單位 各分局)"),
                    cell(""),
                    cell("已美化"),
                )
            ),
            Row((MERGED, cell("(2) 確保服務人員(姓名及"), cell("秘書室"), cell(""), cell("已公告，"))),
        )
    )
    second = Table(
        (
            HEADER,
            Row((cell(""), cell("代理人)、方向引導", "(3) 設置指標"), cell("總務科"), cell(""), cell("已設置"))),
        )
    )
    strategy = build_report(doc(P("構面一：基礎服務"), first, second), source="x").report.dimensions[0].strategies[0]
    parent = strategy.methods[0]
    assert (parent.label, parent.title, parent.units, parent.results) == ("1.", "提升服務設施合宜度", [], "")
    one, two, three = parent.children
    assert one.units == ["報驗發證科", "臺中港口辦事處", "秘書室 (研考)", "(本局各一級單位 各分局)"]
    assert (one.label, one.title, one.results) == ("(1)", "進行環境美化", "已美化")
    # The page cut 「(2) 確保服務人員(姓名及」 mid-sentence: the next table's first row ends it.
    assert two.title == "確保服務人員(姓名及代理人)、方向引導" and two.results == "已公告，"
    assert (three.label, three.title, three.units, three.results) == ("(3)", "設置指標", ["總務科"], "已設置")


def test_units_listed_with_the_enumeration_comma_are_separate_units_when_each_names_a_unit() -> None:
    from perfdesk.interchange.documents.report_from_blocks import _enumerated_units

    assert _enumerated_units("資訊小組、各課室") == ["資訊小組", "各課室"]
    assert _enumerated_units("秘書室(研考)、嘉辦") == ["秘書室(研考)", "嘉辦"]
    assert _enumerated_units("第一、二課") == ["第一、二課"]  # the first and second 課: one entry
    assert _enumerated_units("報驗發證科") == ["報驗發證科"]
