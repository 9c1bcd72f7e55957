"""The problems a reviewer at headquarters would flag, returned as data (never raised)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from perfdesk.domain.report import HOLDING_NAME, UNMATCHED_NAME, Dimension, Field, Method, Report, ReportKind
from perfdesk.domain.roster import outside_roster
from perfdesk.domain.tree import Node, Place, children_of, sibling_names, walk


class ProblemCode(StrEnum):
    EMPTY_RESULTS = "empty_results"
    MISSING_UNITS = "missing_units"
    UNKNOWN_UNIT = "unknown_unit"
    DUPLICATE_LABEL = "duplicate_label"
    MISSING_LABEL = "missing_label"
    EARLIER_YEAR = "earlier_year"
    NOT_REVIEWED = "not_reviewed"
    HELD_OVER = "held_over"
    UNMATCHED_CONTRIBUTION = "unmatched_contribution"

    @property
    def is_warning(self) -> bool:
        """Warnings need a person's judgement (the text may be right); errors need fixing.

        A missing label is one: real reports leave them off on purpose (hq-108's scored sections
        內部效益, 成本合理性 … under 壹、貳、叁、 carry none), and the report prints as written.
        """
        return self in (ProblemCode.EARLIER_YEAR, ProblemCode.NOT_REVIEWED, ProblemCode.MISSING_LABEL)


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
    """All problems of the report, in report order; each names its node by its outline path."""
    problems: list[Problem] = []
    problems += _label_problems(report, report.dimensions, "")
    # Whether a row or one above it names units (a sub-item may leave them to its parent).
    has_units: dict[str, bool] = {}
    for place in walk(report):
        node = place.node
        if place.dimension.name == HOLDING_NAME:
            # Last year's rows a template change left without a place: they must not be submitted.
            # Their label says where they stood last year, which is what the reader needs to see.
            if isinstance(node, Method):
                problems.append(Problem(ProblemCode.HELD_OVER, node.id, node.label))
            continue
        if place.dimension.name == UNMATCHED_NAME:
            # An office's rows the merge found no place for (domain/merge.py): headquarters must place them.
            if isinstance(node, Method) and place.strategy is not None:
                problems.append(
                    Problem(ProblemCode.UNMATCHED_CONTRIBUTION, node.id, node.label, {"office": place.strategy.title})
                )
            continue
        if not isinstance(node, Method):
            problems += _label_problems(report, children_of(node), place.path)
            continue
        problems += _method_problems(report, place, has_units)
    return problems


def _label_problems(report: Report, nodes: Sequence[Node], parent_path: str) -> Iterator[Problem]:
    """Duplicate labels among siblings, and missing ones where there are siblings to tell apart.

    A lone method without a number is how the reports write a strategy with one method, so it
    is not flagged; nor is a dimension alone in its category (二、專案規劃類's one project).
    """
    counts = Counter(node.label.strip() for node in nodes)
    categories = Counter(node.category for node in nodes if isinstance(node, Dimension))
    for node, name in zip(nodes, sibling_names([node.label for node in nodes]), strict=True):
        label = node.label.strip()
        location = f"{parent_path} {name}".strip()
        if not label:
            alone = categories[node.category] == 1 if isinstance(node, Dimension) else len(nodes) == 1
            if not alone:
                title = node.name if isinstance(node, Dimension) else node.title
                yield Problem(ProblemCode.MISSING_LABEL, node.id, location, {"title": _short(title)})
        elif counts[label] > 1:
            yield Problem(ProblemCode.DUPLICATE_LABEL, node.id, location, {"label": label})


def _method_problems(report: Report, place: Place, has_units: dict[str, bool]) -> Iterator[Problem]:
    method = place.node
    assert isinstance(method, Method)
    location = place.path
    if method.needs_review:
        yield Problem(ProblemCode.NOT_REVIEWED, method.id, location)
    for unit in method.units:
        if outside_roster(report, unit):
            yield Problem(ProblemCode.UNKNOWN_UNIT, method.id, location, {"unit": unit})
    inherited = isinstance(place.parent, Method) and has_units[place.parent.id]
    has_units[method.id] = inherited or bool(method.units)
    if method.children:
        yield from _label_problems(report, method.children, location)
        return
    # Leaf rows are where a table row is printed, so that is where text and units must be.
    dimension = place.dimension
    # The field is named as this 構面's table names it (Dimension.header).
    if dimension.shows(Field.UNITS) and not has_units[method.id]:
        yield Problem(ProblemCode.MISSING_UNITS, method.id, location, {"field": dimension.header(Field.UNITS)})
    if report.kind is ReportKind.RESULTS and dimension.shows(Field.RESULTS) and not method.results.strip():
        yield Problem(ProblemCode.EMPTY_RESULTS, method.id, location, {"field": dimension.header(Field.RESULTS)})


def _short(text: str, limit: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
