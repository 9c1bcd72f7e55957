"""The one roster rule: an explicit roster, else the units the rows name."""

from __future__ import annotations

import dataclasses

from perfdesk.domain.report import Report
from perfdesk.domain.roster import has_explicit_roster, outside_roster, roster, units_in_use
from perfdesk.domain.validation import ProblemCode, validate


def test_without_a_roster_the_units_in_use_are_the_roster(taichung: Report) -> None:
    report = dataclasses.replace(taichung, units=[])
    in_use = units_in_use(report)
    assert len(in_use) > 5 and len(set(in_use)) == len(in_use)
    assert in_use[0] == next(report.walk_methods()).units[0]  # in the order they first appear
    assert roster(report) == in_use and not has_explicit_roster(report)
    assert not any(outside_roster(report, unit) for unit in in_use)
    assert not any(p.code is ProblemCode.UNKNOWN_UNIT for p in validate(report))


def test_an_explicit_roster_is_the_roster_and_flags_the_rest(taichung: Report) -> None:
    report = dataclasses.replace(taichung, units=["秘書室"])
    assert roster(report) == ["秘書室"]
    assert outside_roster(report, "報驗發證科") and not outside_roster(report, "秘書室")
    flagged = {p.params["unit"] for p in validate(report) if p.code is ProblemCode.UNKNOWN_UNIT}
    assert flagged == set(units_in_use(report)) - {"秘書室"}
