"""The problems a reviewer at headquarters would flag, returned as data (never raised)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from perfdesk.domain.report import HOLDING_NAME, Dimension, Field, Method, Report, ReportKind, Strategy

Node = Dimension | Strategy | Method


class ProblemCode(StrEnum):
    EMPTY_RESULTS = "empty_results"
    MISSING_UNITS = "missing_units"
    UNKNOWN_UNIT = "unknown_unit"
    DUPLICATE_LABEL = "duplicate_label"
    MISSING_LABEL = "missing_label"
    EARLIER_YEAR = "earlier_year"
    NOT_REVIEWED = "not_reviewed"
    HELD_OVER = "held_over"

    @property
    def is_warning(self) -> bool:
        """Warnings need a person's judgement (the text may be right); errors need fixing."""
        return self in (ProblemCode.EARLIER_YEAR, ProblemCode.NOT_REVIEWED)


# 「112 年」「112年度」: an ROC year of two or three digits followed by 年.
_YEAR_MENTION = re.compile(r"(?<![0-9０-９])([0-9]{2,3})\s*年")


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: what is wrong, on which node, where it sits in the outline."""

    code: ProblemCode
    node_id: str
    location: str
    params: dict[str, str] = field(default_factory=dict)


def validate(report: Report) -> list[Problem]:
    """All problems of the report, in report order."""
    problems: list[Problem] = []
    roster = set(report.units)
    problems += _label_problems(report.dimensions, "")
    for dimension in report.dimensions:
        if dimension.name == HOLDING_NAME:
            # Last year's rows a template change left without a place: they must not be submitted.
            problems += [Problem(ProblemCode.HELD_OVER, m.id, m.label) for m in dimension.walk_methods()]
            continue
        problems += _label_problems(dimension.strategies, dimension.label)
        for strategy in dimension.strategies:
            where = f"{dimension.label} {strategy.label}".strip()
            problems += _label_problems(strategy.methods, where)
            for method in strategy.methods:
                problems += _method_problems(report, dimension, method, where, roster, inherited_units=False)
    return problems


def _label_problems(nodes: Sequence[Node], parent_location: str) -> Iterator[Problem]:
    """Duplicate labels among siblings, and missing ones where there are siblings to tell apart.

    A lone method without a number is how the reports write a strategy with one method, so it
    is not flagged.
    """
    counts = Counter(node.label.strip() for node in nodes)
    for node in nodes:
        label = node.label.strip()
        if not label:
            if len(nodes) > 1:
                title = node.name if isinstance(node, Dimension) else node.title
                yield Problem(ProblemCode.MISSING_LABEL, node.id, parent_location, {"title": _short(title)})
        elif counts[label] > 1:
            location = f"{parent_location} {label}".strip()
            yield Problem(ProblemCode.DUPLICATE_LABEL, node.id, location, {"label": label})


def _method_problems(
    report: Report,
    dimension: Dimension,
    method: Method,
    parent_location: str,
    roster: set[str],
    inherited_units: bool,
) -> Iterator[Problem]:
    location = f"{parent_location} {method.label}".strip()
    if method.needs_review:
        yield Problem(ProblemCode.NOT_REVIEWED, method.id, location)
    if roster:
        for unit in method.units:
            if unit not in roster:
                yield Problem(ProblemCode.UNKNOWN_UNIT, method.id, location, {"unit": unit})
    has_units = inherited_units or bool(method.units)
    if method.children:
        yield from _label_problems(method.children, location)
        for child in method.children:
            yield from _method_problems(report, dimension, child, location, roster, has_units)
        return
    # Leaf rows are where a table row is printed, so that is where text and units must be.
    if dimension.shows(Field.UNITS) and not has_units:
        yield Problem(ProblemCode.MISSING_UNITS, method.id, location)
    if report.kind is ReportKind.RESULTS and dimension.shows(Field.RESULTS) and not method.results.strip():
        yield Problem(ProblemCode.EMPTY_RESULTS, method.id, location)


def _short(text: str, limit: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
