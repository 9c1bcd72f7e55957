"""The .odt reader: small documents built here, one per shape, then LibreOffice's own files and labels.

Each hand-built .odt is a zip written by this module (mimetype first and stored, the manifest,
content.xml, styles.xml), so every attribute is under the test's control. Where LibreOffice is
installed it converts a perfdesk Word export and a Word document with automatic numbering to
.odt, and prints documents as text: the reader's labels must be the ones LibreOffice prints.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from perfdesk.domain.report import Field
from perfdesk.errors import PerfdeskError
from perfdesk.export.layout import build_layout
from perfdesk.export.options import ExportOptions
from perfdesk.i18n.messages import render
from perfdesk.interchange.documents.model import Cell, Document, Paragraph, Table
from perfdesk.interchange.documents.odt_blocks import ODT_MIMETYPE, read_odt
from perfdesk.interchange.documents.odt_lists import format_number
from perfdesk.services.builtin_reports import sample_report

NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in {
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
        "dc": "http://purl.org/dc/elements/1.1/",
        "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    }.items()
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
# Chinese (Taiwan) text, as in a report: LibreOffice then prints full-width digits full-width.
TAIWAN = (
    '<style:default-style style:family="paragraph"><style:text-properties fo:language="zh" fo:country="TW"'
    ' style:language-asian="zh" style:country-asian="TW"/></style:default-style>'
)


def write_odt(
    path: Path,
    body: str,
    *,
    automatic: str = "",
    styles: str = "",
    mimetype: str = ODT_MIMETYPE,
    manifest: str = MANIFEST,
    content: str | None = None,
) -> Path:
    if content is None:
        content = (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} office:version="1.3">'
            f"<office:automatic-styles>{automatic}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
        )
    styles_part = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES} office:version="1.3">'
        f"<office:styles>{TAIWAN}{styles}</office:styles></office:document-styles>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as ODF requires
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", styles_part, zipfile.ZIP_DEFLATED)
    return path


def read(tmp_path: Path, body: str, **parts: str) -> Document:
    return read_odt(write_odt(tmp_path / "report.odt", body, **parts))


def paragraphs(document: Document) -> list[Paragraph]:
    found: list[Paragraph] = []
    for block in document.blocks:
        if isinstance(block, Table):
            found.extend(p for row in block.rows for cell in row.cells for p in cell.paragraphs)
        else:
            found.append(block)
    return found


def labelled(document: Document) -> list[tuple[str, str]]:
    return [(p.label, p.text) for p in paragraphs(document)]


def only_table(document: Document) -> Table:
    tables = [block for block in document.blocks if isinstance(block, Table)]
    assert len(tables) == 1
    return tables[0]


def p(text: str, style: str = "") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>' if style else f"<text:p>{text}</text:p>"


def cell(text: str, attributes: str = "") -> str:
    return f"<table:table-cell {attributes}>{p(text)}</table:table-cell>"


def table(rows: str, columns: int = 3) -> str:
    return f'<table:table><table:table-column table:number-columns-repeated="{columns}"/>{rows}</table:table>'


def row(*cells: str) -> str:
    return f"<table:table-row>{''.join(cells)}</table:table-row>"


COVERED = "<table:covered-table-cell/>"


def number_level(level: int, num_format: str = "1", prefix: str = "", suffix: str = ".", extra: str = "") -> str:
    attributes = f'text:level="{level}" style:num-format="{num_format}" style:num-suffix="{suffix}" {extra}'
    if prefix:
        attributes += f' style:num-prefix="{prefix}"'
    return f"<text:list-level-style-number {attributes}/>"


def list_style(name: str, *levels: str) -> str:
    return f'<text:list-style style:name="{name}">{"".join(levels)}</text:list-style>'


# A report's usual numbering: 1. then (1) beneath it.
REPORT_LIST = list_style("Report", number_level(1), number_level(2, prefix="(", suffix=")"))


def items(*texts: str, attributes: str = "") -> str:
    return "".join(f"<text:list-item {attributes}>{p(text)}</text:list-item>" for text in texts)


def item(text: str, sublist: str) -> str:
    return f"<text:list-item>{p(text)}<text:list>{sublist}</text:list></text:list-item>"


# Tables


def test_a_strategy_cell_merged_over_rows_continues_in_the_rows_below(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        table(
            row(cell("(一)服務一致及正確性", 'table:number-rows-spanned="3"'), cell("1. 訂定流程"), cell("各單位"))
            + row(COVERED, cell("2. 提升及時性"), cell("報驗發證科"))
            + row(COVERED, cell("3. 提高專業度"), cell("各單位"))
            + row(cell("(二)服務友善性"), cell("1. 設施"), cell("秘書室"))
        ),
    )
    rows = only_table(document).rows
    assert [c.text for c in rows[0].cells] == ["(一)服務一致及正確性", "1. 訂定流程", "各單位"]
    assert rows[1].cells == (Cell(continues_above=True), *rows[1].cells[1:])
    assert rows[2].cells[0] == Cell(continues_above=True) and len(rows[2].cells) == 3
    assert rows[3].cells[0].text == "(二)服務友善性" and not rows[3].cells[0].continues_above


def test_a_cell_spanning_columns_is_one_cell_and_a_block_merge_continues_with_its_span(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        table(
            row(cell("合併兩欄", 'table:number-columns-spanned="2"'), COVERED, cell("c"))
            + row(
                cell("四格合併", 'table:number-columns-spanned="2" table:number-rows-spanned="2"'), COVERED, cell("x")
            )
            + row('<table:covered-table-cell table:number-columns-repeated="2"/>', cell("y"))
        ),
    )
    rows = only_table(document).rows
    assert [(c.text, c.span) for c in rows[0].cells] == [("合併兩欄", 2), ("c", 1)]
    assert [(c.text, c.span) for c in rows[1].cells] == [("四格合併", 2), ("x", 1)]
    assert rows[2].cells == (Cell(span=2, continues_above=True), rows[2].cells[1])
    assert rows[2].cells[1].text == "y"


def test_header_rows_repeat_and_row_groups_are_read_in_order(tmp_path: Path) -> None:
    header = row(cell("執行策略"), cell("執行方法"), cell("主辦單位"))
    document = read(
        tmp_path,
        table(
            f"<table:table-header-rows><text:soft-page-break/>{header}</table:table-header-rows>"
            f"<table:table-rows>{row(cell('a'), cell('b'), cell('c'))}</table:table-rows>"
            "<text:soft-page-break/>"
            f"<table:table-row-group>{row(cell('d'), cell('e'), cell('f'))}</table:table-row-group>"
        ),
    )
    rows = only_table(document).rows
    assert [r.repeats_as_header for r in rows] == [True, False, False]
    assert [[c.text for c in r.cells] for r in rows] == [["執行策略", "執行方法", "主辦單位"], list("abc"), list("def")]


def test_repeated_cells_are_expanded_but_padding_past_the_last_column_is_dropped(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        table(
            row(cell("a"), '<table:table-cell table:number-columns-repeated="1000"><text:p/></table:table-cell>')
            + row(cell("同", 'table:number-columns-repeated="2"'), cell("z"))
        ),
    )
    rows = only_table(document).rows
    assert [c.text for c in rows[0].cells] == ["a", "", ""]
    assert [c.text for c in rows[1].cells] == ["同", "同", "z"]


def test_a_table_nested_in_a_cell_gives_its_paragraphs_in_reading_order(tmp_path: Path) -> None:
    inner = table(row(cell("內1"), cell("內2")) + row(cell("內3"), cell("內4")), columns=2)
    document = read(tmp_path, table(row(f"<table:table-cell>{p('前')}{inner}{p('後')}</table:table-cell>"), 1))
    assert [p.text for p in only_table(document).rows[0].cells[0].paragraphs] == [
        "前",
        "內1",
        "內2",
        "內3",
        "內4",
        "後",
    ]


# Text


def test_spaces_tabs_and_white_space_are_read_as_libreoffice_shows_them(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        '<text:p>\n   a   b<text:s text:c="3"/>c<text:tab/>d  \n</text:p>'
        '<text:p>x <text:s/>y</text:p><text:p><text:s text:c="2"/>縮排</text:p>'
        '<text:p><text:span text:style-name="T1">前 </text:span> 後</text:p>',
    )
    assert [p.text for p in paragraphs(document)] == ["a b   c\td", "x  y", "  縮排", "前 後"]


def test_a_line_break_is_a_newline_and_a_soft_page_break_is_nothing(tmp_path: Path) -> None:
    document = read(tmp_path, p("第一行<text:line-break/>第二行") + p("前<text:soft-page-break/>後"))
    assert [p.text for p in paragraphs(document)] == ["第一行\n第二行", "前後"]


def test_footnotes_comments_and_ruby_annotations_are_not_text(tmp_path: Path) -> None:
    note = (
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>註腳內容</text:p></text:note-body></text:note>"
    )
    comment = "<office:annotation><dc:creator>審查</dc:creator><text:p>意見</text:p></office:annotation>"
    ruby = "<text:ruby><text:ruby-base>標檢局</text:ruby-base><text:ruby-text>ㄅㄧㄠ</text:ruby-text></text:ruby>"
    document = read(tmp_path, p(f"本文{note}續{comment}完") + p(ruby))
    assert [p.text for p in paragraphs(document)] == ["本文續完", "標檢局"]
    assert document.not_imported == ()


def test_tracked_changes_read_as_the_text_stands(tmp_path: Path) -> None:
    info = "<office:change-info><dc:creator>甲</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info>"
    document = read(
        tmp_path,
        "<text:tracked-changes>"
        f'<text:changed-region text:id="c1"><text:deletion>{info}<text:p>刪掉的字</text:p></text:deletion>'
        "</text:changed-region>"
        f'<text:changed-region text:id="c2"><text:insertion>{info}</text:insertion></text:changed-region>'
        "</text:tracked-changes>"
        + p('保留<text:change text:change-id="c1"/>，<text:change-start text:change-id="c2"/>新增'
            '<text:change-end text:change-id="c2"/>。'),
    )  # fmt: skip
    assert [p.text for p in paragraphs(document)] == ["保留，新增。"]


def test_fields_show_their_value_and_bookmarks_are_nothing(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        p(
            '第<text:page-number text:select-page="current">3</text:page-number>頁，'
            '<text:date text:date-value="2024-03-01">2024/3/1</text:date>'
            '<text:bookmark text:name="b"/><text:bookmark-start text:name="r"/>更新<text:bookmark-end text:name="r"/>'
            '<text:a xlink:href="https://www.bsmi.gov.tw">網站</text:a><!-- a comment -->止'
        ),
    )
    assert [p.text for p in paragraphs(document)] == ["第3頁，2024/3/1更新網站止"]


def test_a_text_box_is_reported_and_its_text_left_out(tmp_path: Path) -> None:
    box = (
        '<draw:frame draw:name="框" text:anchor-type="as-char"><draw:text-box>'
        "<text:p>說明：本表所列數據為一百一十二年度統計，詳見附件。</text:p><text:p>第二段</text:p>"
        "</draw:text-box></draw:frame>"
    )
    picture = '<draw:frame draw:name="圖"><draw:image xlink:href="Pictures/a.png"/></draw:frame>'
    page_box = f'<draw:frame text:anchor-type="page"><draw:text-box>{p("頁面方塊")}</draw:text-box></draw:frame>'
    document = read(tmp_path, page_box + p(f"前{box}後{picture}"))
    assert [p.text for p in paragraphs(document)] == ["前後"]
    assert document.not_imported == (
        ("document.text_box", {"text": "頁面方塊"}),
        ("document.text_box", {"text": "說明：本表所列數據為一百一十二年度統計，詳見附件。 第二段"[:30]}),
    )


def test_sections_and_an_index_are_read_in_order_and_empty_paragraphs_kept(tmp_path: Path) -> None:
    toc = (
        '<text:table-of-content text:name="目錄"><text:table-of-content-source>'
        "<text:index-title-template>目錄範本</text:index-title-template></text:table-of-content-source>"
        f"<text:index-body>{p('構面一 ……… 1')}</text:index-body></text:table-of-content>"
    )
    document = read(
        tmp_path, p("標題") + toc + f'<text:section text:name="S">{p("甲")}<text:p/>{p("乙")}</text:section>'
    )
    assert [p.text for p in paragraphs(document)] == ["標題", "構面一 ……… 1", "甲", "", "乙"]
    assert paragraphs(document)[3] == Paragraph("")


# Styles


def test_an_automatic_style_is_reported_by_its_parents_display_name(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        p("a", "P1") + p("b", "P2") + p("c", "Standard") + p("d"),
        automatic='<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
        '<style:style style:name="P2" style:family="paragraph"/>'
        '<style:style style:name="Text_20_body" style:family="text"/>',  # another family: not the parent
        styles='<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"/>'
        '<style:style style:name="Standard" style:family="paragraph"/>',
    )
    assert [p.style for p in paragraphs(document)] == ["Text body", "", "Standard", ""]


def test_heading_levels_from_the_outline_level_a_style_or_its_name(tmp_path: Path) -> None:
    document = read(
        tmp_path,
        '<text:h text:outline-level="2">構面一</text:h><text:h>無層級</text:h>'
        + p("a", "P1")
        + p("b", "Title")
        + p("c", "Body")
        + p("d", "Heading_20_3")
        + p("e"),
        automatic='<style:style style:name="P1" style:family="paragraph" style:parent-style-name="H2"/>',
        styles='<style:style style:name="H2" style:display-name="標題 2" style:family="paragraph"/>'
        '<style:style style:name="Title" style:display-name="報告標題" style:family="paragraph"'
        ' style:default-outline-level="1"/>'
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Title"'
        ' style:default-outline-level=""/>'
        '<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"/>',
    )
    assert [(p.text, p.heading_level) for p in paragraphs(document)] == [
        ("構面一", 2), ("無層級", 1), ("a", 2), ("b", 1), ("c", None), ("d", 3), ("e", None),
    ]  # fmt: skip


def test_bold_from_automatic_and_inherited_styles(tmp_path: Path) -> None:
    bold = '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>'
    document = read(
        tmp_path,
        p('<text:span text:style-name="T1">構面一、基礎服務</text:span> ')
        + p('<text:span text:style-name="T1">部分</text:span>粗體')
        + p("標題樣式", "P1")
        + p('<text:span text:style-name="T2">Bold 700</text:span>')
        + p('<text:span text:style-name="T3">只有西文粗體</text:span>', "P2")
        + p('<text:span text:style-name="T4">全部粗體</text:span>')
        + p(" ")
        + p('<text:span text:style-name="T1">外<text:span text:style-name="T5">內不粗</text:span></text:span>'),
        automatic=f'<style:style style:name="T1" style:family="text">{bold}</style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="700"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T4" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T5" style:family="text"><style:text-properties fo:font-weight="normal"'
        ' style:font-weight-asian="normal"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Strong_20_Heading"/>'
        '<style:style style:name="P2" style:family="paragraph"><style:text-properties'
        ' style:font-weight-asian="normal"/></style:style>',
        styles=f'<style:style style:name="Strong_20_Heading" style:family="paragraph">{bold}</style:style>',
    )
    # Only fo:font-weight set means every script; a paragraph saying Chinese is normal overrides it.
    assert [p.bold for p in paragraphs(document)] == [True, False, True, True, False, True, False, False]


# Lists


def test_a_numbered_list_with_parenthesised_numbers_beneath(tmp_path: Path) -> None:
    body = (
        '<text:list text:style-name="Report">'
        + item("訂定流程", items("公布於網站", "持續檢討"))
        + item("提升及時性", items("工作簡化"))
        + "</text:list>"
    )
    document = read(tmp_path, body, styles=REPORT_LIST)
    assert labelled(document) == [
        ("1.", "訂定流程"), ("(1)", "公布於網站"), ("(2)", "持續檢討"), ("2.", "提升及時性"), ("(1)", "工作簡化"),
    ]  # fmt: skip
    assert paragraphs(document)[1].full_text == "(1)公布於網站"


def test_a_list_continues_across_two_lists_only_as_libreoffice_continues_it(tmp_path: Path) -> None:
    other = list_style("Other", number_level(1, "a", suffix=")"))
    body = (
        f'<text:list text:style-name="Report" xml:id="first">{items("一", "二")}</text:list>'
        + p("中間的段落")
        + f'<text:list text:style-name="Report" text:continue-numbering="true">{items("三")}</text:list>'
        + f'<text:list text:style-name="Other">{items("甲")}</text:list>'
        # The list just before is of another style: continue-numbering starts afresh, as in LibreOffice.
        + f'<text:list text:style-name="Report" text:continue-numbering="true">{items("新")}</text:list>'
        + f'<text:list text:style-name="Report" text:continue-list="first">{items("四")}</text:list>'
    )
    document = read(tmp_path, body, styles=REPORT_LIST + other)
    assert [p.full_text for p in paragraphs(document)] == ["1.一", "2.二", "中間的段落", "3.三", "a)甲", "1.新", "4.四"]


def test_a_start_value_restarts_and_a_list_header_is_not_numbered(tmp_path: Path) -> None:
    start_at_3 = list_style("From3", number_level(1, extra='text:start-value="3"'))
    body = (
        '<text:list text:style-name="Report"><text:list-header>'
        + p("說明")
        + "</text:list-header>"
        + items("一")
        + items("五", attributes='text:start-value="5"')
        + items("六")
        + "<text:list-item>"
        + p("七")
        + p("七的第二段")
        + "</text:list-item></text:list>"
        + f'<text:list text:style-name="From3">{items("三", "四")}</text:list>'
    )
    document = read(tmp_path, body, styles=REPORT_LIST + start_at_3)
    assert labelled(document) == [
        ("", "說明"), ("1.", "一"), ("5.", "五"), ("6.", "六"), ("7.", "七"), ("", "七的第二段"),
        ("3.", "三"), ("4.", "四"),
    ]  # fmt: skip


def test_a_bullet_list_has_no_label_but_its_items_count(tmp_path: Path) -> None:
    bullets = list_style(
        "Bullets", '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>', number_level(2)
    )
    body = f'<text:list text:style-name="Bullets">{item("甲", items("a", "b"))}{item("乙", items("c"))}</text:list>'
    document = read(tmp_path, body, styles=bullets)
    assert labelled(document) == [("", "甲"), ("1.", "a"), ("2.", "b"), ("", "乙"), ("1.", "c")]


def test_display_levels_chinese_numbers_and_libreoffices_list_format(tmp_path: Path) -> None:
    styles = list_style(
        "Outline",
        number_level(1, "一, 二, 三, ...", suffix="、"),
        number_level(2, "一, 二, 三, ...", prefix="(", suffix=")"),
        number_level(3, extra='text:display-levels="3"'),
        # LibreOffice's own format string wins over prefix and suffix, as LibreOffice reads it.
        number_level(4, prefix="&lt;", suffix="&gt;", extra='loext:num-list-format="%3%-%4%"'),
    )
    deep = item("一之一", f"<text:list-item>{p('1.1.1')}<text:list>{items('1-1')}</text:list></text:list-item>")
    # A third-level item straight under the first counts the missing second level once (1.1.1).
    skipped = f"<text:list-item><text:list>{items('跳層')}</text:list></text:list-item>"
    body = (
        '<text:list text:style-name="Outline">'
        + f"<text:list-item>{p('壹')}<text:list>{deep}</text:list></text:list-item>"
        + items(*[f"第{n}項" for n in range(2, 12)])
        + f"<text:list-item>{p('十二')}<text:list>{skipped}{items('(二)')}</text:list></text:list-item>"
        + "</text:list>"
    )
    document = read(tmp_path, body, styles=styles)
    labels = [p.label for p in paragraphs(document)]
    # Upper levels are shown each in its own format, without its prefix and suffix.
    assert labels[:4] == ["一、", "(一)", "一.一.1.", "1-1"]
    assert labels[4:14] == ["二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、"]
    assert labels[14:] == ["十二、", "十二.一.1.", "(二)"]


def test_headings_numbered_by_the_outline_style(tmp_path: Path) -> None:
    outline = (
        '<text:outline-style style:name="Outline">'
        '<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-prefix="構面"'
        ' style:num-suffix="、"/>'
        '<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>'
        '<text:outline-level-style text:level="3" style:num-format=""/>'
        "</text:outline-style>"
    )
    body = (
        '<text:h text:outline-level="1">基礎服務</text:h><text:h text:outline-level="2">服務一致</text:h>'
        '<text:h text:outline-level="3">未編號</text:h><text:h text:outline-level="1">服務遞送</text:h>'
        '<text:h text:outline-level="2" text:is-list-header="true">說明</text:h>'
        '<text:h text:outline-level="2">便捷性</text:h>'
        '<text:h text:outline-level="2" text:restart-numbering="true" text:start-value="5">重新</text:h>'
    )
    document = read(tmp_path, body, styles=outline)
    assert [p.full_text for p in paragraphs(document)] == [
        "構面一、基礎服務", "一.1.服務一致", "未編號", "構面二、服務遞送", "說明", "二.1.便捷性", "二.5.重新",
    ]  # fmt: skip
    assert [p.heading_level for p in paragraphs(document)] == [1, 2, 3, 1, 2, 2, 2]


@pytest.mark.parametrize(
    ("num_format", "expected"),
    [
        # As LibreOffice 7.4 printed them (start values 1, 2, 9, 10, 11, 20, 21, 27, 53, 101, 110, 1010, 2024, 10001).
        ("1", "1 2 9 10 11 20 21 27 53 101 110 1010 2024 10001"),
        ("a", "a b i j k t u aa ba cw df alv byv ntq"),
        ("A", "A B I J K T U AA BA CW DF ALV BYV NTQ"),
        ("i", "i ii ix x xi xx xxi xxvii liii ci cx mx mmxxiv mmmmmmmmmmi"),
        ("I", "I II IX X XI XX XXI XXVII LIII CI CX MX MMXXIV MMMMMMMMMMI"),
        (
            "一, 二, 三, ...",
            "一 二 九 十 十一 二十 二十一 二十七 五十三 一百零一 一百一十 一千零一十 二千零二十四 一万零一",
        ),
        (
            "壹, 貳, 參, ...",
            "壹 貳 玖 壹拾 壹拾壹 貳拾 貳拾壹 貳拾柒 伍拾參 壹佰零壹 壹佰壹拾 壹仟零壹拾 貳仟零貳拾肆 壹萬零壹",
        ),
        (
            "壹, 贰, 叁, ...",
            "壹 贰 玖 壹拾 壹拾壹 贰拾 贰拾壹 贰拾柒 伍拾叁 壹佰零壹 壹佰壹拾 壹仟零壹拾 贰仟零贰拾肆 壹万零壹",
        ),
        ("甲, 乙, 丙, ...", "甲 乙 壬 癸 11 20 21 27 53 101 110 1010 2024 10001"),
        ("子, 丑, 寅, ...", "子 丑 申 酉 戌 20 21 27 53 101 110 1010 2024 10001"),
        ("①, ②, ③, ...", "① ② ⑨ ⑩ ⑪ ⑳ ㉑ ㉗ 53 101 110 1010 2024 10001"),
        ("01, 02, 03, ...", "01 02 09 10 11 20 21 27 53 101 110 1010 2024 10001"),
        ("1, 2, 3, ...", "１ ２ ９ １０ １１ ２０ ２１ ２７ ５３ １０１ １１０ １０１０ ２０２４ １０００１"),
        ("Native Numbering", "一 二 九 一〇 一一 二〇 二一 二七 五三 一〇一 一一〇 一〇一〇 二〇二四 一〇〇〇一"),
        ("unknown", "1 2 9 10 11 20 21 27 53 101 110 1010 2024 10001"),
    ],
)
def test_number_formats_as_libreoffice_prints_them(num_format: str, expected: str) -> None:
    values = (1, 2, 9, 10, 11, 20, 21, 27, 53, 101, 110, 1010, 2024, 10001)
    assert " ".join(format_number(v, num_format) for v in values) == expected
    assert format_number(5, "") == ""


def test_letters_in_sync_repeat_the_letter() -> None:
    assert [format_number(v, "a", letter_sync=True) for v in (1, 26, 27, 28, 53)] == ["a", "z", "aa", "bb", "aaa"]


# Refusals


def test_a_zip_that_is_not_a_text_document_is_refused(tmp_path: Path) -> None:
    spreadsheet = write_odt(tmp_path / "book.ods", p("x"), mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(PerfdeskError) as raised:
        read_odt(spreadsheet)
    assert raised.value.code == "document.unknown_package" and raised.value.params["path"] == str(spreadsheet)
    no_mimetype = tmp_path / "plain.odt"
    with zipfile.ZipFile(no_mimetype, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(PerfdeskError, match="not a Word"):
        read_odt(no_mimetype)


@pytest.mark.parametrize(
    ("content", "manifest", "reason"),
    [
        ("<office:document-content", MANIFEST, "content.xml"),  # cut short
        (f"<office:document-styles {NAMESPACES}/>", MANIFEST, "content.xml is missing"),
    ],
)
def test_a_damaged_document_is_refused(tmp_path: Path, content: str | None, manifest: str, reason: str) -> None:
    path = write_odt(tmp_path / "report.odt", p("x"), content=content, manifest=manifest)
    with pytest.raises(PerfdeskError) as raised:
        read_odt(path)
    assert raised.value.code == "document.damaged" and reason in raised.value.params["reason"]


def test_a_password_protected_odt_is_named_so_not_damaged(tmp_path: Path) -> None:
    encrypted = MANIFEST.replace(
        'manifest:media-type="text/xml"/>',
        'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum="x"/></manifest:file-entry>',
        1,
    )
    path = write_odt(tmp_path / "report.odt", p("x"), manifest=encrypted)
    with pytest.raises(PerfdeskError) as raised:
        read_odt(path)
    assert raised.value.code == "document.encrypted"
    assert "密碼" in render("document.encrypted", "zh", path="x") and "password-protected" in str(raised.value)


def test_a_document_spelling_out_too_many_spaces_or_cells_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PerfdeskError) as raised:
        read(tmp_path, p('<text:s text:c="900000"/>') * 2)
    assert raised.value.code == "document.too_large"
    empty_rows = '<table:table><table:table-row table:number-rows-repeated="2000000"/></table:table>'
    with pytest.raises(PerfdeskError) as raised:
        read(tmp_path, empty_rows)
    assert raised.value.code == "document.too_large"


def test_the_document_is_only_read(tmp_path: Path) -> None:
    path = write_odt(tmp_path / "report.odt", p("內容"))
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    read_odt(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.odt"]


# LibreOffice: its conversion of a perfdesk Word export and of Word numbering, and its labels

CONVERSION_TIMEOUT = 180  # seconds; a first start of LibreOffice with a fresh profile takes a few


def _soffice(profile: Path, target: str, outdir: Path, *files: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice is not None
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target]
    # Its own session, so that a conversion that hangs is ended with every process it started.
    process = subprocess.Popen(
        [*command, "--outdir", str(outdir), *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=CONVERSION_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"LibreOffice did not convert {[f.name for f in files]} within {CONVERSION_TIMEOUT} s")
    extension = target.split(":")[0]
    for file in files:
        assert (outdir / f"{file.stem}.{extension}").is_file(), output


@dataclass(frozen=True)
class Converted:
    export: Path  # the taichung sample exported by perfdesk-cli to .docx, then converted to .odt
    numbering: Path  # a Word document with automatic numbering, converted to .odt
    numbering_printed: list[str]  # LibreOffice's text rendering of that .odt, line by line
    lists: Path  # an .odt written here with many list shapes
    lists_printed: list[str]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Converted]:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    profile = Path(tempfile.mkdtemp(prefix="lo-odt-test-"))  # its own profile, never the user's
    try:
        export = _export_sample(folder)
        numbering = _word_numbering_document(folder / "numbering.docx")
        _soffice(profile, "odt", folder, export, numbering)
        lists = write_odt(folder / "lists.odt", ORACLE_BODY, styles=ORACLE_STYLES)
        printed = folder / "printed"
        _soffice(profile, "txt:Text (encoded):UTF8", printed, folder / "numbering.odt", lists)
        yield Converted(
            export=folder / f"{export.stem}.odt",
            numbering=folder / "numbering.odt",
            numbering_printed=_printed(printed / "numbering.txt"),
            lists=lists,
            lists_printed=_printed(printed / "lists.txt"),
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _export_sample(folder: Path) -> Path:
    """The taichung sample exported to .docx by perfdesk-cli, as a user would."""
    cli = [sys.executable, "-m", "perfdesk.cli.main"]
    env = {**os.environ, "PERFDESK_DATA_DIR": str(folder / "data"), "PERFDESK_LANG": "zh_TW"}
    sample = subprocess.run([*cli, "sample"], capture_output=True, text=True, env=env, check=True).stdout.strip()
    target = folder / "taichung.docx"
    subprocess.run([*cli, "export", sample, "-o", str(target)], capture_output=True, env=env, check=True)
    return target


def _printed(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def _as_printed(paragraph: Paragraph) -> str:
    # LibreOffice's text export: indentation, the label, a space, the text.
    return f"{paragraph.label} {paragraph.text}" if paragraph.label else paragraph.text


def test_libreoffice_converted_export_keeps_header_and_merged_strategy_cells(converted: Converted) -> None:
    layout = build_layout(sample_report("taichung-112"), ExportOptions())
    tables = [block for block in read_odt(converted.export).blocks if isinstance(block, Table)]
    assert len(tables) == len(layout.tables)
    first, expected = tables[0], layout.tables[0]
    header = first.rows[0]
    assert header.repeats_as_header and [c.text for c in header.cells] == list(expected.headers)
    assert {"執行策略", "主辦單位"} <= {c.text for c in header.cells}
    assert expected.spans, "the sample's first table merges strategy cells"
    for span in expected.spans:
        top = first.rows[span.first_row + 1].cells[span.column]
        assert top.text == expected.rows[span.first_row].cells[span.column] and not top.continues_above
        for below in first.rows[span.first_row + 2 : span.last_row + 2]:
            assert below.cells[span.column] == Cell(continues_above=True)
    for table_read, table_laid_out in zip(tables, layout.tables, strict=True):
        units = table_laid_out.fields.index(Field.UNITS) if Field.UNITS in table_laid_out.fields else None
        for row_read, row_laid_out in zip(table_read.rows[1:], table_laid_out.rows, strict=True):
            texts = [c.text for c in row_read.cells]
            if units is not None:
                # A unit a paragraph; a name too wide for its column holds the export's line breaks (export.unit_names).
                texts[units] = "\n".join(p.full_text.replace("\n", "") for p in row_read.cells[units].paragraphs)
            assert texts == list(row_laid_out.cells)


def test_word_automatic_numbering_converted_by_libreoffice_reads_with_words_labels(converted: Converted) -> None:
    document = read_odt(converted.numbering)
    assert [p.full_text for p in paragraphs(document)] == WORD_LABELS
    # … which are the labels LibreOffice prints for the converted document, too.
    assert [line.strip() for line in converted.numbering_printed] == [_as_printed(p) for p in paragraphs(document)]


def test_list_labels_are_the_ones_libreoffice_prints(converted: Converted) -> None:
    read_back = [_as_printed(p) for p in paragraphs(read_odt(converted.lists))]
    assert [line.strip() for line in converted.lists_printed] == read_back


# The Word document: a report's outline numbering (一、 (一) 1. (1)), a restart, a multilevel list,
# full-width digits and a numbered heading style, as Word writes them in numbering.xml.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WORD_ABSTRACTS = {
    1: [
        ("taiwaneseCountingThousand", "%1、"),
        ("taiwaneseCountingThousand", "(%2)"),
        ("decimal", "%3."),
        ("decimal", "(%4)"),
    ],
    2: [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")],
    3: [("decimalFullWidth", "%1、"), ("decimalEnclosedCircle", "%2"), ("ideographTraditional", "%3、")],
}
WORD_PARAGRAPHS: list[tuple[str, int | None, int, str | None]] = [  # text, numId, level, paragraph style
    ("報告", None, 0, None),
    ("基礎服務", 1, 0, None),
    ("服務一致", 1, 1, None),
    ("訂定流程", 1, 2, None),
    ("公布", 1, 3, None),
    ("檢討", 1, 3, None),
    ("提升及時性", 1, 2, None),
    ("服務友善", 1, 1, None),
    ("服務遞送", 1, 0, None),
    ("中間", None, 0, None),
    ("繼續", 1, 1, None),
    ("重新開始", 4, 0, None),
    ("甲", 2, 0, None),
    ("甲甲", 2, 1, None),
    ("甲甲甲", 2, 2, None),
    ("乙", 2, 0, None),
    ("乙甲", 2, 1, None),
    ("全形", 3, 0, None),
    ("圈號", 3, 1, None),
    ("天干", 3, 2, None),
    ("全形二", 3, 0, None),
    ("標題編號", None, 0, "Heading2"),
]
WORD_LABELS = [
    "報告", "一、基礎服務", "(一)服務一致", "1.訂定流程", "(1)公布", "(2)檢討", "2.提升及時性", "(二)服務友善",
    "二、服務遞送", "中間", "(一)繼續", "一、重新開始", "1.甲", "1.1.甲甲", "1.1.1.甲甲甲", "2.乙", "2.1.乙甲",
    "１、全形", "①圈號", "甲、天干", "２、全形二",
    # LibreOffice makes Word's restarted list (numId 4) part of the same ODF list, so the heading
    # continues after 重新開始 — as LibreOffice shows the converted file (Word itself shows (二)).
    "(一)標題編號",
]  # fmt: skip


def _word_numbering_document(path: Path) -> Path:
    def level(index: int, num_format: str, text: str) -> str:
        return (
            f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{num_format}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        )

    abstracts = "".join(
        f'<w:abstractNum w:abstractNumId="{key}"><w:multiLevelType w:val="multilevel"/>'
        + "".join(level(i, f, t) for i, (f, t) in enumerate(levels))
        + "</w:abstractNum>"
        for key, levels in WORD_ABSTRACTS.items()
    )
    nums = "".join(f'<w:num w:numId="{key}"><w:abstractNumId w:val="{key}"/></w:num>' for key in WORD_ABSTRACTS)
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    nums += f'<w:num w:numId="4"><w:abstractNumId w:val="1"/>{restart}</w:num>'

    def paragraph(text: str, num: int | None, level: int, style: str | None) -> str:
        properties = f'<w:pStyle w:val="{style}"/>' if style else ""
        if num is not None:
            properties += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
        return f"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"

    body = "".join(paragraph(*entry) for entry in WORD_PARAGRAPHS)
    styles = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-TW"/></w:rPr></w:rPrDefault>'
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    )
    relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
            f'<Override PartName="/word/numbering.xml" ContentType="{main}.numbering+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{relationship}/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{relationship}/numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId2" Type="{relationship}/styles" Target="styles.xml"/></Relationships>'
        ),
        "word/document.xml": f"<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/numbering.xml": f"<w:numbering {W}>{abstracts}{nums}</w:numbering>",
        "word/styles.xml": f"<w:styles {W}>{styles}</w:styles>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return path


# The .odt LibreOffice prints for the comparison: list shapes whose labels it computes.
ORACLE_STYLES = (
    REPORT_LIST
    + list_style(
        "Deep",
        number_level(1, "I"),
        number_level(2, "A", extra='text:display-levels="2"'),
        number_level(3, "i", extra='text:display-levels="3" text:start-value="4"'),
        number_level(4, "a", suffix=")", extra='style:num-letter-sync="true"'),
    )
    + list_style(
        "Chinese",
        number_level(1, "壹, 貳, 參, ...", suffix="、"),
        number_level(2, "一, 二, 三, ...", prefix="(", suffix=")"),
        number_level(3, "甲, 乙, 丙, ...", suffix="、"),
        number_level(4, "①, ②, ③, ...", suffix=""),
        number_level(5, "1, 2, 3, ...", suffix="."),
        number_level(6, "", suffix=""),
        number_level(7, "1", extra='text:display-levels="3"'),
    )
    + list_style(
        "Loext",
        number_level(1, extra='loext:num-list-format="第%1%條"'),
        number_level(2, extra='text:display-levels="2" loext:num-list-format="%1%-%2%"'),
    )
    + '<text:outline-style style:name="Outline">'
    + "".join(
        f'<text:outline-level-style text:level="{n}" style:num-format="1" style:num-suffix="."'
        f' text:display-levels="{n}"/>'
        for n in range(1, 4)
    )
    + "</text:outline-style>"
)


def _oracle_body() -> str:
    def nest(depth: int, count: int) -> str:
        # `count` items a level, the last one holding the next level down
        sub = nest(depth - 1, count) if depth > 1 else ""
        last = f"<text:list-item>{p(f'層{depth}之{count}')}<text:list>{sub}</text:list></text:list-item>"
        return items(*[f"層{depth}之{n}" for n in range(1, count)]) + (last if sub else items(f"層{depth}之{count}"))

    empty_item = "<text:list-item><text:list>{}</text:list></text:list-item>"
    return (
        '<text:h text:outline-level="1">一</text:h><text:h text:outline-level="2">一之一</text:h>'
        '<text:h text:outline-level="3">一之一之一</text:h><text:h text:outline-level="1">二</text:h>'
        '<text:h text:outline-level="3">二之跳層</text:h><text:h text:outline-level="2">二之次</text:h>'
        f'<text:list text:style-name="Report" xml:id="r">{nest(2, 3)}</text:list>'
        + p("間隔")
        + f'<text:list text:style-name="Report" text:continue-numbering="true">{items("續一", "續二")}</text:list>'
        + f'<text:list text:style-name="Deep">{nest(4, 2)}</text:list>'
        + f'<text:list text:style-name="Report" text:continue-numbering="true">{items("不續")}</text:list>'
        + f'<text:list text:style-name="Report" text:continue-list="r">{items("續前")}</text:list>'
        + f'<text:list text:style-name="Chinese">{nest(7, 2)}'
        + "".join(f"<text:list-item>{p(f'第{n}')}</text:list-item>" for n in range(3, 24))
        + "</text:list>"
        + f'<text:list text:style-name="Report">{item("甲", empty_item.format(items("跳過一層")) + items("再一層"))}'
        + "<text:list-header><text:p>說明不編號</text:p></text:list-header>"
        + items("乙", attributes='text:start-value="9"')
        + items("丙", attributes='text:style-override="Deep"')
        + "</text:list>"
        + f'<text:list text:style-name="Loext">{item("條", items("款一", "款二"))}{items("條二")}</text:list>'
    )


ORACLE_BODY = _oracle_body()


def test_the_comparison_document_covers_what_it_should(tmp_path: Path) -> None:
    """Without LibreOffice, the shapes it would compare still read: spot checks of the same document."""
    document = read_odt(write_odt(tmp_path / "lists.odt", ORACLE_BODY, styles=ORACLE_STYLES))
    texts = [p.full_text for p in paragraphs(document)]
    assert texts[:6] == ["1.一", "1.1.一之一", "1.1.1.一之一之一", "2.二", "2.1.1.二之跳層", "2.2.二之次"]
    assert "4.續一" in texts and "1.不續" in texts and "6.續前" in texts and "第1條條" in texts and "1-2款二" in texts
    # A level the list style leaves out prints as LibreOffice's default level does: 1.
    assert (
        "1.跳過一層" in texts and "(2)再一層" in texts and "說明不編號" in texts and "9.乙" in texts and "X.丙" in texts
    )
    assert "貳拾參、第23" in texts
