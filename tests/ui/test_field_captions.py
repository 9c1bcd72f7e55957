"""Every field of the field table has a caption, and the window's lists of fields derive from the table."""

from __future__ import annotations

import pytest

from perfdesk.domain.field_table import fields_of
from perfdesk.domain.report import Column, Contribution, Dimension, Method, Origin, Report, Strategy
from perfdesk.ui.compare_dialog import comparison_html
from perfdesk.ui.field_captions import caption, caption_text, label_caption, remembered_fields


@pytest.mark.parametrize("node_type", [Report, Dimension, Column, Strategy, Method, Contribution, Origin])
def test_every_field_has_a_caption(node_type: type) -> None:
    for spec in fields_of(node_type):
        assert caption_text(node_type, spec.name), f"{node_type.__name__}.{spec.name}"


def test_captions_say_what_the_reports_call_the_fields(qapp: object) -> None:
    assert caption(Method, "practice") == "具體作法"
    assert caption(Report, "units") == "單位名冊"  # the report's list is the roster, a row's its units
    assert caption(Method, "units") == "主辦單位"
    assert caption(Contribution, "office") == "分局"


def test_the_comparison_shows_the_remembered_fields(qapp: object) -> None:
    from perfdesk.domain.report import Origin as LastYear

    last_year = LastYear("x", 111, "甲乙", "說明文字", ["會計室"], "作法", "成果")
    method = Method("1.", "丙丁", units=["秘書室"], origin=last_year)
    html = comparison_html(method, lambda field: label_caption(Method, field))
    for spec in remembered_fields():
        assert label_caption(Method, spec.name) in html
    assert "甲乙" in html and "丙丁" in html and "會計" in html and "秘書" in html
