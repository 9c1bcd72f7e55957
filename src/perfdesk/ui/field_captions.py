"""How the window names each field of the field table (domain/field_table.py), in one place.

Undo entries (「修改 執行方法 2. 的具體作法」), 去年內容 and 與去年比較 all take their captions
from here; a test checks that every field of every node has one.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from perfdesk.domain.field_table import FieldSpec, fields_of
from perfdesk.domain.report import DEFAULT_HEADERS, Contribution, Field, Method, Report
from perfdesk.domain.tree import Editable, TreeIndex

_CONTEXT = "FieldCaptions"

# By field name; the same name means the same thing on every kind of node, except below.
_CAPTIONS = cast(
    dict[str, str],
    {
        "label": QT_TRANSLATE_NOOP("FieldCaptions", "編號"),
        "title": QT_TRANSLATE_NOOP("FieldCaptions", "標題"),
        "name": QT_TRANSLATE_NOOP("FieldCaptions", "名稱"),
        "description": QT_TRANSLATE_NOOP("FieldCaptions", "說明"),
        "units": QT_TRANSLATE_NOOP("FieldCaptions", "主辦單位"),
        "practice": QT_TRANSLATE_NOOP("FieldCaptions", "具體作法"),
        "results": QT_TRANSLATE_NOOP("FieldCaptions", "執行績效與成果"),
        "criteria": QT_TRANSLATE_NOOP("FieldCaptions", "評核重點"),
        "points": QT_TRANSLATE_NOOP("FieldCaptions", "配分"),
        "comment": QT_TRANSLATE_NOOP("FieldCaptions", "內部備註"),
        "needs_review": QT_TRANSLATE_NOOP("FieldCaptions", "待檢視"),
        "category": QT_TRANSLATE_NOOP("FieldCaptions", "類別"),
        "heading": QT_TRANSLATE_NOOP("FieldCaptions", "標題列"),
        "note": QT_TRANSLATE_NOOP("FieldCaptions", "說明"),
        "agency": QT_TRANSLATE_NOOP("FieldCaptions", "機關"),
        "office": QT_TRANSLATE_NOOP("FieldCaptions", "單位"),
        "year": QT_TRANSLATE_NOOP("FieldCaptions", "年度"),
        "kind": QT_TRANSLATE_NOOP("FieldCaptions", "類型"),
        "front_matter": QT_TRANSLATE_NOOP("FieldCaptions", "前言"),
        "field": QT_TRANSLATE_NOOP("FieldCaptions", "欄位"),
        "header": QT_TRANSLATE_NOOP("FieldCaptions", "欄名"),
        "framework_id": QT_TRANSLATE_NOOP("FieldCaptions", "框架代號"),
        "office_order": QT_TRANSLATE_NOOP("FieldCaptions", "分局順序"),
    },
)
_BY_NODE = cast(
    dict[tuple[type, str], str],
    {
        (Contribution, "office"): QT_TRANSLATE_NOOP("FieldCaptions", "分局"),
        (Contribution, "source_id"): QT_TRANSLATE_NOOP("FieldCaptions", "來稿列代號"),
        (Contribution, "source_file"): QT_TRANSLATE_NOOP("FieldCaptions", "來稿檔案"),
        (Contribution, "source_digest"): QT_TRANSLATE_NOOP("FieldCaptions", "來稿 SHA-256"),
        (Contribution, "submitted_at"): QT_TRANSLATE_NOOP("FieldCaptions", "提交時間"),
        (Contribution, "merged_at"): QT_TRANSLATE_NOOP("FieldCaptions", "彙整時間"),
        (Contribution, "received_practice"): QT_TRANSLATE_NOOP("FieldCaptions", "分局來稿（具體作法）"),
        (Contribution, "received_results"): QT_TRANSLATE_NOOP("FieldCaptions", "分局來稿（執行績效與成果）"),
        (Report, "units"): QT_TRANSLATE_NOOP("FieldCaptions", "單位名冊"),
    },
)


def caption_text(node_type: type, field: str) -> str:
    """The untranslated caption (the source text of the translation)."""
    return _BY_NODE.get((node_type, field)) or _CAPTIONS[field]


def caption(node_type: type, field: str) -> str:
    """The caption of `field` of `node_type` in the interface's language."""
    return QCoreApplication.translate(_CONTEXT, caption_text(node_type, field))


# A row's fields that are columns of its 構面's table: the table's header names them on that 構面's rows.
_COLUMN_FIELDS = {f.value: f for f in (Field.UNITS, Field.PRACTICE, Field.RESULTS, Field.CRITERIA)}


def row_caption(index: TreeIndex, node: Editable, field: str) -> str:
    """How `field` of this row is named: as its 構面's table heads the column, where that differs from the
    usual name (臺中's 構面一 writes its results under 「具體作法」), else caption() — as the editor labels it."""
    column = _COLUMN_FIELDS.get(field)
    if column is not None and isinstance(node, (Method, Contribution)):
        method = index.owner_of(node) if isinstance(node, Contribution) else node
        header = index.dimension_of(method).header(column)
        if header != DEFAULT_HEADERS[column]:
            return header
    return caption(type(node), field)


def label_caption(node_type: type, field: str) -> str:
    """The caption as a form label or a heading: in English with a capital letter (「Planned practice」)."""
    text = caption(node_type, field)
    return text[:1].upper() + text[1:]


def row_label_caption(index: TreeIndex, node: Editable, field: str) -> str:
    """row_caption() as a heading: 「Results」, or the 構面's own header (「具體作法」)."""
    text = row_caption(index, node, field)
    return text[:1].upper() + text[1:]


def remembered_fields() -> tuple[FieldSpec, ...]:
    """The fields a carried row remembers of last year, as 去年內容 and 與去年比較 show them."""
    return tuple(spec for spec in fields_of(Method) if spec.remembered)
