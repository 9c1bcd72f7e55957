"""The field table is the one description of the report's fields: everything else derives from it."""

from __future__ import annotations

import dataclasses

import pytest

from perfdesk.domain.compare import COMPARED_FIELDS
from perfdesk.domain.copy_forward import CarryOptions, carry_method
from perfdesk.domain.field_table import Carry, Shape, Source, fields_of, spec_of
from perfdesk.domain.report import (
    EDITABLE_FIELDS,
    Column,
    Contribution,
    Dimension,
    Field,
    Method,
    Origin,
    Report,
    ReportKind,
    Strategy,
)
from perfdesk.domain.search import SEARCHED_FIELDS
from perfdesk.storage.row_checks import TABLES

NODE_CLASSES = (Report, Dimension, Column, Strategy, Method, Contribution, Origin)


@pytest.mark.parametrize("node_type", NODE_CLASSES, ids=lambda t: t.__name__)
def test_every_dataclass_attribute_is_a_field_or_structure(node_type: type) -> None:
    """Nothing a node holds is left out of the table by accident: what is not in it is structure."""
    structure = {"id", "children", "contributions", "origin", "columns", "strategies", "methods", "dimensions"}
    names = {f.name for f in dataclasses.fields(node_type)}
    assert names - {spec.name for spec in fields_of(node_type)} <= structure


def test_an_origin_remembers_exactly_the_remembered_fields_of_a_method() -> None:
    remembered = [spec for spec in fields_of(Method) if spec.remembered]
    origin = [spec for spec in fields_of(Origin) if spec.name != "year"]
    assert [(s.name, s.shape) for s in origin] == [(s.name, s.shape) for s in remembered]
    assert [s.name for s in remembered] == ["title", "description", "units", "practice", "results"]


def test_the_derived_lists_are_what_the_table_says() -> None:
    assert EDITABLE_FIELDS["method"] == tuple(s.name for s in fields_of(Method) if not s.is_list and s.editable)
    assert "framework_id" not in EDITABLE_FIELDS["method"]
    assert "units" not in EDITABLE_FIELDS["method"] and "needs_review" in EDITABLE_FIELDS["method"]
    not_compared = {"comment", "needs_review", "framework_id"}  # internal, state, identity
    assert set(COMPARED_FIELDS["method"]) == {s.name for s in fields_of(Method)} - not_compared
    assert SEARCHED_FIELDS[Dimension] == ("label", "name", "heading", "note")
    assert "comment" in SEARCHED_FIELDS[Method] and "units" not in SEARCHED_FIELDS[Method]


def test_every_field_has_a_column_and_the_columns_follow_the_table() -> None:
    for table, node_type in (("method", Method), ("dimension", Dimension), ("contribution", Contribution)):
        stored = [rule.name for rule in TABLES[table]]
        own = [s.name for s in fields_of(node_type) if not s.is_list]
        assert stored[-len(own) :] == own, table
    origin_columns = [rule.name for rule in TABLES["method_origin"]]
    assert origin_columns[2:] == [s.name for s in fields_of(Origin)]
    assert next(rule for rule in TABLES["method_origin"] if rule.name == "units").json_strings


def test_shapes_decide_the_text_rule() -> None:
    assert spec_of(Method, "label").one_line and not spec_of(Method, "title").one_line
    assert spec_of(Report, "title").one_line  # a report's title is printed on one line
    assert spec_of(Report, "front_matter").shape is Shape.PARAGRAPHS
    assert spec_of(Report, "front_matter").clean(["甲\x0b乙"]) == ["甲\n乙"]
    assert spec_of(Method, "units").clean(["秘書室\n第一科"]) == ["秘書室 第一科"]
    assert spec_of(Report, "kind").choices is ReportKind and spec_of(Column, "field").choices is Field


def test_carry_rules_come_from_the_table() -> None:
    assert spec_of(Method, "results").carry is Carry.WITH_RESULTS
    assert spec_of(Method, "comment").carry is Carry.WITH_COMMENTS
    assert spec_of(Contribution, "results").carry is Carry.WITH_RESULTS
    row = Method(
        "1.",
        "標題",
        units=["秘書室"],
        practice="作法",
        results="成果",
        comment="備註",
        contributions=[Contribution("新竹分局", "分局作法", "分局成果")],
    )
    plain = carry_method(row, 112, CarryOptions())
    assert (plain.results, plain.comment, plain.contributions[0].results) == ("", "", "")
    assert (plain.practice, plain.units, plain.contributions[0].practice) == ("作法", ["秘書室"], "分局作法")
    assert plain.units is not row.units
    kept = carry_method(row, 112, CarryOptions(keep_results=True, keep_comments=True))
    assert (kept.results, kept.comment, kept.contributions[0].results) == ("成果", "備註", "分局成果")
    assert plain.needs_review and kept.needs_review


def test_what_the_office_writes_is_content_and_the_framework_words_are_wording() -> None:
    content = {s.name for s in fields_of(Method) if s.source is Source.CONTENT}
    assert content == {"units", "practice", "results", "comment"}
    assert spec_of(Method, "needs_review").source is Source.STATE


def test_a_missing_field_is_named() -> None:
    with pytest.raises(KeyError, match="Method has no field colour"):
        spec_of(Method, "colour")
