"""Reading .docx bodies into blocks: small documents built here, one per shape Word writes, and a perfdesk export."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from perfdesk.cli.main import main
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.documents.docx_blocks import read_docx
from perfdesk.interchange.documents.docx_numbering import format_number
from perfdesk.interchange.documents.model import Cell, Document, Paragraph, Table

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    "</Types>"
)
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
DOCUMENT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{RELATIONSHIPS}/numbering" Target="numbering.xml"/>'
    "</Relationships>"
)
DEFAULT_STYLES = """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
"""


def _docx(
    tmp_path: Path, body: str, *, styles: str = DEFAULT_STYLES, numbering: str = "", name: str = "t.docx"
) -> Path:
    """A minimal .docx of these body, style and numbering elements, zipped by hand."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        archive.writestr("word/document.xml", f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>")
        archive.writestr("word/styles.xml", f"<w:styles {NAMESPACES}>{styles}</w:styles>")
        archive.writestr("word/numbering.xml", f"<w:numbering {NAMESPACES}>{numbering}</w:numbering>")
    return path


def _read(tmp_path: Path, body: str, **parts: str) -> Document:
    return read_docx(_docx(tmp_path, body, **parts))


def _p(*runs: str, properties: str = "") -> str:
    return f"<w:p><w:pPr>{properties}</w:pPr>{''.join(runs)}</w:p>"


def _r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks if isinstance(block, Paragraph)]


def _labels(document: Document) -> list[str]:
    return [block.label for block in document.blocks if isinstance(block, Paragraph)]


def _tables(document: Document) -> list[Table]:
    return [block for block in document.blocks if isinstance(block, Table)]


# Text as written


def test_text_is_kept_as_typed_with_tabs_and_soft_line_breaks(tmp_path: Path) -> None:
    run = (
        '<w:r><w:t>ＡＢＣ１２３ abc</w:t><w:tab/><w:t xml:space="preserve">（一） </w:t><w:br/><w:t>次行</w:t>'
        '<w:cr/><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:sym w:font="Wingdings" w:char="F0FC"/>'
        '<w:br w:type="page"/><w:softHyphen/><w:t>c</w:t></w:r>'
    )
    document = _read(tmp_path, _p(run) + _p() + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    assert document.blocks == (
        Paragraph("ＡＢＣ１２３ abc\t（一） \n次行\na-bc", style="Normal"),
        Paragraph("", style="Normal"),
    )
    assert document.not_imported == ()


def test_tracked_insertions_count_and_deletions_and_moves_away_do_not(tmp_path: Path) -> None:
    body = _p(
        _r("今年"),
        f'<w:ins w:id="1" w:author="a">{_r("新增")}</w:ins>',
        '<w:del w:id="2" w:author="a"><w:r><w:delText>刪除</w:delText></w:r></w:del>',
        f'<w:moveFrom w:id="3" w:author="a">{_r("移走")}</w:moveFrom>',
        f'<w:moveTo w:id="4" w:author="a">{_r("移來")}</w:moveTo>',
    )
    # A paragraph whose mark is deleted joins the next; one deleted entirely leaves nothing.
    joined = _p(_r("前段"), properties='<w:rPr><w:del w:id="5" w:author="a"/></w:rPr>') + _p(_r("後段"))
    gone = _p(
        '<w:del w:id="6" w:author="a"><w:r><w:delText>整段刪除</w:delText></w:r></w:del>',
        properties='<w:rPr><w:del w:id="7" w:author="a"/></w:rPr>',
    )
    deleted_row = '<w:tr><w:trPr><w:del w:id="8" w:author="a"/></w:trPr><w:tc><w:p/></w:tc></w:tr>'
    table = f"<w:tbl><w:tr><w:tc>{_p(_r('留下'))}</w:tc></w:tr>{deleted_row}</w:tbl>"
    document = _read(tmp_path, body + joined + gone + table)
    assert _texts(document) == ["今年新增移來", "前段後段"]
    assert [cell.text for row in _tables(document)[0].rows for cell in row.cells] == ["留下"]


def test_fields_give_their_result_never_their_instruction(tmp_path: Path) -> None:
    simple = _p(_r("第"), f'<w:fldSimple w:instr=" PAGE ">{_r("3")}</w:fldSimple>', _r("頁"))
    complex_field = _p(
        _r("見"),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>',
        # A field nested in the instruction: its result is part of the instruction too.
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>SEQ</w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>內層</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        _r("表 1"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        _r("說明"),
    )
    # A table of contents: one field whose result runs over several paragraphs.
    toc = _p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \\o "1-3"</w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        _r("目錄一"),
    ) + _p(_r("目錄二"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    # A field that never leaves its instruction (a broken file) hides nothing after its paragraph.
    broken = _p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>X</w:instrText></w:r>')
    document = _read(tmp_path, simple + complex_field + toc + broken + _p(_r("之後")))
    assert _texts(document) == ["第3頁", "見表 1說明", "目錄一", "目錄二", "", "之後"]


def test_content_controls_are_looked_into_at_every_level(tmp_path: Path) -> None:
    def sdt(content: str) -> str:
        return f'<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'

    cell = f"<w:tc>{sdt(_p(_r('格內')))}</w:tc>"
    row = f"<w:tr>{sdt(cell)}<w:tc>{_p(_r('旁格'))}</w:tc></w:tr>"
    table = f"<w:tbl>{sdt(row)}</w:tbl>"
    document = _read(tmp_path, sdt(_p(_r("區塊"))) + _p(_r("前"), sdt(_r("欄位")), _r("後")) + sdt(table))
    assert _texts(document) == ["區塊", "前欄位後"]
    assert [cell.text for cell in _tables(document)[0].rows[0].cells] == ["格內", "旁格"]


def _text_box(text: str) -> str:
    content = f"<w:txbxContent>{_p(_r(text))}</w:txbxContent>"
    drawing = (
        '<w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing>"
    )
    vml = f"<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_text_box_is_reported_once_and_its_text_left_out(tmp_path: Path) -> None:
    long = "備註：本表所列數據係統計至一一二年十二月底止，另有附件"
    vml_box = f"<v:textbox><w:txbxContent>{_p(_r('舊式'))}</w:txbxContent></v:textbox>"
    vml_only = f"<w:r><w:pict><v:shape>{vml_box}</v:shape></w:pict></w:r>"
    document = _read(tmp_path, _p(_r("本文"), _text_box(long), _r("續")) + _p(vml_only) + _p(_text_box(" ")))
    assert _texts(document) == ["本文續", "", ""]
    assert document.not_imported == (
        ("document.text_box", {"text": long[:30]}),
        ("document.text_box", {"text": "舊式"}),
    )


# Styles: names, headings, bold


HEADING_STYLES = (
    DEFAULT_STYLES
    + """
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="標題 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="MyTitle"><w:name w:val="我的標題"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="內文段落"/><w:basedOn w:val="Heading1"/>
  <w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
"""
)


def test_heading_levels_come_from_outline_levels_and_heading_style_names(tmp_path: Path) -> None:
    body = (
        _p(_r("一"), properties='<w:pStyle w:val="Heading1"/>')
        + _p(_r("二"), properties='<w:pStyle w:val="2"/>')
        + _p(_r("三"), properties='<w:pStyle w:val="MyTitle"/>')
        + _p(_r("四"), properties='<w:pStyle w:val="Plain"/>')
        + _p(_r("五"), properties='<w:outlineLvl w:val="2"/>')
        + _p(_r("六"), properties='<w:pStyle w:val="NoSuchStyle"/>')
    )
    document = _read(tmp_path, body, styles=HEADING_STYLES)
    found = [(b.style, b.heading_level) for b in document.blocks if isinstance(b, Paragraph)]
    assert found == [
        ("heading 1", 1),
        ("標題 2", 2),
        ("我的標題", 1),  # inherited through w:basedOn
        ("內文段落", None),  # outline level 9: body text, though based on a heading
        ("Normal", 3),
        ("Normal", None),  # a style the document does not define: Word uses the default
    ]


def test_a_paragraph_is_bold_when_every_printed_run_is(tmp_path: Path) -> None:
    body = (
        _p(_r("全部", "<w:b/>"), _r("  "), _r("粗體", '<w:b w:val="true"/>'))
        + _p(_r("一半", "<w:b/>"), _r("不是"))
        + _p(_r("關掉", '<w:b w:val="0"/>'))
        + _p(_r("樣式"), properties='<w:pStyle w:val="Heading1"/>')
        + _p(_r("樣式關掉"), properties='<w:pStyle w:val="Plain"/>')
        + _p(_r("字元樣式", '<w:rStyle w:val="Strong"/>'))
        + _p(_r("  ", "<w:b/>"))
    )
    document = _read(tmp_path, body, styles=HEADING_STYLES)
    assert [b.bold for b in document.blocks if isinstance(b, Paragraph)] == [
        True,
        False,
        False,
        True,
        False,
        True,
        False,
    ]


# Numbering


def _level(ilvl: int, number_format: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="space"/>{extra}</w:lvl>'
    )


def _numbered(text: str, num_id: int, ilvl: int | None = 0) -> str:
    level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    return _p(_r(text), properties=f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>')


def test_decimal_numbering_continues_across_instances_and_restarts_on_a_start_override(tmp_path: Path) -> None:
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{_level(0, "decimal", "%1.")}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    body = (
        _numbered("甲", 1)
        + _numbered("乙", 1)
        + _p(_r("其間的本文"))
        + _numbered("丙", 2)  # another instance of the same list: Word continues it
        + _numbered("丁", 3)  # "Restart at 1"
        + _numbered("戊", 3)
        + _numbered("己", 1)
        + _numbered("關閉", 0)
    )
    document = _read(tmp_path, body, numbering=numbering)
    assert _labels(document) == ["1.", "2.", "", "3.", "1.", "2.", "3.", ""]
    assert _texts(document)[0] == "甲" and document.blocks[0].full_text == "1.甲"  # type: ignore[union-attr]


OUTLINE = (
    '<w:abstractNum w:abstractNumId="5">'
    + _level(0, "taiwaneseCountingThousand", "%1、")
    + _level(1, "taiwaneseCountingThousand", "（%2）")
    + _level(2, "decimal", "%3.")
    + _level(3, "decimal", "(%4)")
    + _level(4, "decimalFullWidth", "%1.%2.%5")
    + "</w:abstractNum>"
    '<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>'
)


def test_deeper_levels_restart_under_each_item_of_a_shallower_one(tmp_path: Path) -> None:
    levels = [0, 1, 2, 3, 3, 2, 3, 1, 2, 0, 1, 1, 2, 4]
    body = "".join(_numbered(f"項{i}", 7, level) for i, level in enumerate(levels))
    document = _read(tmp_path, body, numbering=OUTLINE)
    assert _labels(document) == [
        "一、", "（一）", "1.", "(1)", "(2)", "2.", "(1)", "（二）", "1.", "二、", "（一）", "（二）", "1.", "二.二.１",
    ]  # fmt: skip
    assert _texts(document)[0] == "項0"


def test_taiwanese_counting_goes_past_ten(tmp_path: Path) -> None:
    document = _read(tmp_path, "".join(_numbered("x", 7) for _ in range(12)), numbering=OUTLINE)
    assert _labels(document)[8:] == ["九、", "十、", "十一、", "十二、"]


def test_level_restart_zero_never_restarts_and_a_level_not_reached_shows_zero(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _level(0, "decimal", "%1.")
        + _level(1, "lowerLetter", "%2)", '<w:lvlRestart w:val="0"/>')
        + _level(2, "upperRoman", "%1.%2.%3", "<w:isLgl/>")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = "".join(_numbered("x", 1, level) for level in (2, 1, 0, 1, 2, 2))
    assert _labels(_read(tmp_path, body, numbering=numbering)) == ["0.0.1", "a)", "1.", "b)", "1.2.1", "1.2.2"]


def test_numbering_inherited_from_a_paragraph_style_and_bullets(tmp_path: Path) -> None:
    styles = (
        DEFAULT_STYLES
        + """
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>
  <w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MyList"><w:name w:val="我的清單"/><w:basedOn w:val="ListNumber"/></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="子項"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>
  <w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
"""
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _level(0, "decimal", "%1.")
        + _level(1, "decimal", "(%2)", '<w:pStyle w:val="Heading2"/>')
        + '</w:abstractNum><w:abstractNum w:abstractNumId="1">'
        + _level(0, "bullet", "●")
        + '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="9"><w:abstractNumId w:val="1"/></w:num>'
    )
    body = (
        _p(_r("一"), properties='<w:pStyle w:val="ListNumber"/>')
        + _p(_r("二"), properties='<w:pStyle w:val="Sub"/>')
        + _p(_r("三"), properties='<w:pStyle w:val="Heading2"/>')  # level from the list's w:pStyle link
        + _p(_r("四"), properties='<w:pStyle w:val="MyList"/>')  # through w:basedOn
        + _p(_r("五"), properties='<w:pStyle w:val="MyList"/><w:numPr><w:numId w:val="0"/></w:numPr>')
        + _numbered("點", 9)
    )
    document = _read(tmp_path, body, styles=styles, numbering=numbering)
    assert _labels(document) == ["1.", "(1)", "(2)", "2.", "", ""]
    assert _texts(document) == ["一", "二", "三", "四", "五", "點"]


def test_a_list_defined_by_a_numbering_style_counts_in_the_list_it_links_to(tmp_path: Path) -> None:
    styles = (
        DEFAULT_STYLES
        + """
<w:style w:type="numbering" w:styleId="Outline"><w:name w:val="我的大綱"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
"""
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Outline"/>'
        + _level(0, "decimal", "%1.")
        + '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )
    document = _read(
        tmp_path, _numbered("a", 1) + _numbered("b", 2) + _numbered("c", 1), styles=styles, numbering=numbering
    )
    assert _labels(document) == ["1.", "2.", "3."]


def test_numbered_paragraphs_in_table_cells_count_in_document_order(tmp_path: Path) -> None:
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{_level(0, "decimal", "%1.")}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    table = f"<w:tbl><w:tr><w:tc>{_numbered('格一', 1)}</w:tc><w:tc>{_numbered('格二', 1)}</w:tc></w:tr></w:tbl>"
    document = _read(tmp_path, _numbered("前", 1) + table + _numbered("後", 1), numbering=numbering)
    assert _labels(document) == ["1.", "4."]
    assert [c.paragraphs[0].full_text for c in _tables(document)[0].rows[0].cells] == ["2.格一", "3.格二"]


@pytest.mark.parametrize(
    ("value", "number_format", "printed"),
    [
        (3, "decimal", "3"),
        (12, "decimalFullWidth", "１２"),
        (21, "taiwaneseCountingThousand", "二十一"),
        (101, "chineseCounting", "一百零一"),
        (110, "taiwaneseCounting", "一百一十"),
        (10, "taiwaneseDigital", "一〇"),
        (3, "ideographTraditional", "丙"),
        (11, "ideographLegalTraditional", "壹拾壹"),
        (28, "upperLetter", "BB"),
        (4, "lowerRoman", "iv"),
        (1994, "upperRoman", "MCMXCIV"),
        (2, "decimalEnclosedCircle", "②"),
        (5, "decimalZero", "05"),
        (5, "bullet", ""),
        (5, "someFutureFormat", "5"),
    ],
)
def test_number_formats(value: int, number_format: str, printed: str) -> None:
    assert format_number(value, number_format) == printed


# Tables


def test_merged_spanned_and_header_cells(tmp_path: Path) -> None:
    def tc(text: str, properties: str = "") -> str:
        return f"<w:tc><w:tcPr>{properties}</w:tcPr>{_p(_r(text)) if text else '<w:p/>'}</w:tc>"

    span2, restart, merged = '<w:gridSpan w:val="2"/>', '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    merged_too = '<w:vMerge w:val="continue"/>'
    header = f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{tc('執行策略')}{tc('具體作法', span2)}</w:tr>"
    first = f"<w:tr>{tc('(一)策略', restart)}{tc('甲')}{tc('乙')}</w:tr>"
    second = f"<w:tr>{tc('', merged)}{tc('丙')}{tc('丁')}</w:tr>"
    not_header = '<w:trPr><w:tblHeader w:val="0"/></w:trPr>'
    third = f"<w:tr>{not_header}{tc('', merged_too)}{tc('戊', span2)}</w:tr>"
    shifted = f"<w:tr><w:trPr><w:gridBefore w:val='1'/><w:gridAfter w:val='1'/></w:trPr>{tc('中')}</w:tr>"
    table = _tables(_read(tmp_path, f"<w:tbl><w:tblGrid/>{header}{first}{second}{third}{shifted}</w:tbl>"))[0]
    assert [row.repeats_as_header for row in table.rows] == [True, False, False, False, False]
    shape = [[(cell.text, cell.span, cell.continues_above) for cell in row.cells] for row in table.rows]
    assert shape == [
        [("執行策略", 1, False), ("具體作法", 2, False)],
        [("(一)策略", 1, False), ("甲", 1, False), ("乙", 1, False)],
        [("", 1, True), ("丙", 1, False), ("丁", 1, False)],
        [("", 1, True), ("戊", 2, False)],
        [("", 1, False), ("中", 1, False), ("", 1, False)],
    ]
    assert table.rows[4].cells[0] == Cell(span=1)


def test_a_nested_tables_paragraphs_join_its_cell_in_reading_order(tmp_path: Path) -> None:
    a, b, c = (f"<w:tc>{_p(_r(text))}</w:tc>" for text in "ABC")
    inner = f"<w:tbl><w:tr>{a}{b}</w:tr><w:tr>{c}</w:tr></w:tbl>"
    document = _read(tmp_path, f"<w:tbl><w:tr><w:tc>{_p(_r('前'))}{inner}{_p(_r('後'))}</w:tc></w:tr></w:tbl>")
    assert [p.text for p in _tables(document)[0].rows[0].cells[0].paragraphs] == ["前", "A", "B", "C", "後"]


# Documents from elsewhere, refusals


def test_a_python_docx_document(tmp_path: Path) -> None:
    import docx

    made = docx.Document()
    made.add_heading("一、基礎服務", level=1)
    made.add_paragraph("本文", style="List Number")
    made.add_paragraph("第二項", style="List Number")
    grid = made.add_table(rows=3, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "執行策略", "具體作法"
    grid.cell(1, 0).merge(grid.cell(2, 0)).text = "(一)策略"
    grid.cell(1, 1).text, grid.cell(2, 1).text = "甲", "乙"
    made.save(str(tmp_path / "made.docx"))
    document = read_docx(tmp_path / "made.docx")
    heading = document.blocks[0]
    assert isinstance(heading, Paragraph) and (heading.text, heading.style, heading.heading_level) == (
        "一、基礎服務",
        "heading 1",  # as styles.xml names it; Word shows 標題 1 or Heading 1 by language
        1,
    )
    assert _texts(document)[1:] == ["本文", "第二項"]
    assert _labels(document)[1:] == ["1.", "2."]  # the template's List Number style is numbered
    rows = _tables(document)[0].rows
    assert [(c.text, c.continues_above) for c in rows[2].cells] == [("", True), ("乙", False)]


def test_strict_open_xml_reads_like_transitional(tmp_path: Path) -> None:
    path = _docx(tmp_path, _p(_r("嚴格"), properties='<w:pStyle w:val="Heading1"/>'))
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(strict, "w") as target:
        for info in source.infolist():
            data = source.read(info).replace(W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            target.writestr(info, data)
    assert read_docx(strict).blocks == (Paragraph("嚴格", style="heading 1", heading_level=1, bold=True),)


def test_refusals_are_perfdesk_errors(tmp_path: Path) -> None:
    not_word = tmp_path / "book.xlsx"
    with zipfile.ZipFile(not_word, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {NAMESPACES}><w:body><w:p>")
    wrong_root = tmp_path / "wrong.docx"
    with zipfile.ZipFile(wrong_root, "w") as archive:
        archive.writestr("word/document.xml", "<office:document xmlns:office='urn:x'/>")
    deep = _docx(tmp_path, "<w:sdt><w:sdtContent>" * 400 + "</w:sdtContent></w:sdt>" * 400, name="deep.docx")
    (tmp_path / "old.doc").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(512))
    cases = {
        not_word: "document.unknown_package",
        wrong_root: "document.unknown_package",
        damaged: "document.damaged",
        deep: "document.damaged",
        tmp_path / "old.doc": "document.ole",
        tmp_path / "missing.docx": "document.missing",
    }
    for path, code in cases.items():
        with pytest.raises(PerfdeskError) as caught:
            read_docx(path)
        assert caught.value.code == code, path


def test_malformed_numbers_in_the_xml_are_tolerated(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="x"/><w:lvl w:ilvl="0"><w:start w:val="9999999999"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="?"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="404"/></w:num>'
    )
    body = (
        _numbered("a", 1)
        + _p(_r("b"), properties='<w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr>')
        + _numbered("c", 2)
        + _numbered("d", 77)
        + '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="many"/></w:trPr>'
        + '<w:tc><w:tcPr><w:gridSpan w:val="-3"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>'
    )
    document = _read(tmp_path, body, numbering=numbering)
    assert _labels(document) == ["32767.", "", "", ""]
    assert _tables(document)[0].rows[0].cells == (Cell((Paragraph("", style="Normal"),)),)


def test_the_deepest_nesting_the_parser_allows_is_read(tmp_path: Path) -> None:
    depth = 80  # tables in cells in tables …: 240 XML levels, near libxml2's 256
    body = "<w:tbl><w:tr><w:tc>" * depth + _p(_r("底")) + "</w:tc></w:tr></w:tbl>" * depth
    assert _tables(_read(tmp_path, body))[0].rows[0].cells[0].text == "底"


def test_the_input_is_never_modified(tmp_path: Path) -> None:
    path = _docx(tmp_path, _p(_r("不動")), numbering=OUTLINE)
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    read_docx(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_a_perfdesk_word_export_reads_back_with_its_header_and_merged_strategies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sample", "--name", "taichung-112"]) == 0
    sample = Path(capsys.readouterr().out.strip())
    exported = tmp_path / "臺中-112.docx"
    assert main(["export", str(sample), "-o", str(exported)]) == 0
    document = read_docx(exported)
    tables = _tables(document)
    assert tables and document.not_imported == ()
    header = tables[0].rows[0]
    assert header.repeats_as_header
    assert [cell.text for cell in header.cells][:4] == ["執行策略", "執行方法", "主辦單位", "具體作法"]
    strategy_column = [row.cells[0] for row in tables[0].rows[1:]]
    assert strategy_column[0].text.startswith("(一)") and not strategy_column[0].continues_above
    assert strategy_column[1].continues_above and strategy_column[1].text == ""
    assert any("構面一" in text for text in _texts(document))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_document_through_word_97_and_back_reads_the_same(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _level(0, "taiwaneseCountingThousand", "%1、")
        + _level(1, "decimal", "(%2)")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    cell = '<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/>{}</w:tcPr>{}</w:tc>'
    rows = (
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        + cell.format("", _p(_r("執行策略")))
        + cell.format("", _p(_r("具體作法")))
        + "</w:tr><w:tr>"
        + cell.format('<w:vMerge w:val="restart"/>', _p(_r("(一)策略")))
        + cell.format("", _numbered("甲", 1, 1))
        + "</w:tr><w:tr>"
        + cell.format("<w:vMerge/>", "<w:p/>")
        + cell.format("", _numbered("乙", 1, 1))
        + "</w:tr>"
    )
    table = f'<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>{rows}</w:tbl>'
    body = _numbered("基礎服務", 1) + _p(_r("全形１２３，半形 abc", "<w:b/>")) + table + _numbered("服務遞送", 1)
    original = _docx(tmp_path, body, numbering=numbering, name="original.docx")
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"

    def convert(source: Path, target_format: str, folder: Path) -> Path:
        folder.mkdir()
        command = [
            "soffice",
            profile,
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(folder),
            str(source),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=180)
        (converted,) = folder.iterdir()
        return converted

    back = convert(convert(original, "doc", tmp_path / "doc"), "docx:MS Word 2007 XML", tmp_path / "docx")

    def shape(document: Document) -> list[object]:
        out: list[object] = []
        for block in document.blocks:
            if isinstance(block, Paragraph):
                out.append((block.label, block.text, block.bold))
            else:
                out.append(
                    [
                        (row.repeats_as_header, [(c.text, c.span, c.continues_above) for c in row.cells])
                        for row in block.rows
                    ]
                )
        return out

    assert shape(read_docx(back)) == shape(read_docx(original))
    assert shape(read_docx(back))[0] == ("一、", "基礎服務", False)
