import pytest

from perfdesk.domain.numbering import (
    chinese_numeral,
    dimension_label,
    method_label,
    renumber,
    renumber_plan,
    strategy_label,
)
from perfdesk.domain.report import Dimension, Method, Report, ReportKind, Strategy


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (111, "一百一十一"),
        (1000, "一千"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (2305, "二千三百零五"),
    ],
)
def test_chinese_numerals(number: int, expected: str) -> None:
    assert chinese_numeral(number) == expected


def test_numerals_outside_range_are_refused() -> None:
    with pytest.raises(ValueError):
        chinese_numeral(0)


def test_label_styles_per_level() -> None:
    assert dimension_label(5) == "構面五"
    assert strategy_label(11) == "(十一)"
    assert method_label(3) == "3."
    assert method_label(3, depth=1) == "(3)"
    assert method_label(2, depth=2) == "B."
    assert method_label(27, depth=3) == "(AA)"


def test_renumber_fixes_gaps_and_reports_changes() -> None:
    sub_items = [Method("(1)", "a"), Method("(3)", "b")]
    method = Method("", "parent", children=sub_items)
    strategies = [Strategy(f"({n})", "s") for n in "一二三四五六七八九十"] + [Strategy("", "eleventh")]
    strategies[0].methods = [method, Method("5.", "second")]
    report = Report(
        "機關",
        "臺中分局",
        113,
        ReportKind.PLAN,
        dimensions=[Dimension("構面", "基礎服務", strategies=strategies)],
    )

    changes = renumber(report)

    assert report.dimensions[0].label == "構面一"
    assert strategies[10].label == "(十一)"
    assert [m.label for m in strategies[0].methods] == ["1.", "2."]
    assert [m.label for m in sub_items] == ["(1)", "(2)"]
    changed = {(c.old, c.new) for c in changes}
    assert changed == {("構面", "構面一"), ("", "(十一)"), ("", "1."), ("5.", "2."), ("(3)", "(2)")}
    assert renumber(report) == []


def test_renumber_plan_changes_nothing_keeps_unnumbered_lists_and_stays_within() -> None:
    lone = Method("", "the strategy's one method")
    gap = [Method("1.", "a"), Method("3.", "b")]
    strategies = [Strategy("(一)", "s1", methods=[lone]), Strategy("(三)", "s2", methods=gap)]
    other = Dimension("構面二", "其他", strategies=[Strategy("(二)", "t", methods=[Method("5.", "c")])])
    report = Report(
        "機關", "臺中分局", 113, ReportKind.PLAN, dimensions=[Dimension("構面一", "基礎", strategies=strategies), other]
    )
    whole = renumber_plan(report)
    assert [(c.old, c.new) for c in whole] == [("(三)", "(二)"), ("3.", "2."), ("(二)", "(一)"), ("5.", "1.")]
    assert lone.label == "" and gap[1].label == "3."  # a plan, not a change
    assert [(c.old, c.new) for c in renumber_plan(report, strategies[1])] == [("3.", "2.")]
    assert [(c.old, c.new) for c in renumber_plan(report, report.dimensions[0])] == [("(三)", "(二)"), ("3.", "2.")]
    assert renumber_plan(report, strategies[0]) == []  # the lone method stays unnumbered
