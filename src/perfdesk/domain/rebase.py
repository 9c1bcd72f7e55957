"""Re-basing a new year onto headquarters' new template without losing a word of last year's report.

The new report takes the template's structure and wording. Last year's rows are mapped onto
the template's rows by the one matcher (matching.py: id, place and title, label and title,
similar wording), under the walk's outline paths (tree.py); a mapped row brings
its units, practice (and, if asked, results and comments) and remembers last year's text. Rows
of last year that match nothing are kept in a clearly marked holding section, never dropped;
template rows that match nothing arrive empty. Every row is flagged for review.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from perfdesk.domain.copy_forward import CarryOptions, carried_fields, carry_method, move_year, origin_of
from perfdesk.domain.field_table import Source, fields_of
from perfdesk.domain.matching import Reason, match
from perfdesk.domain.report import HOLDING_NAME, Dimension, Method, Report, ReportKind, Strategy, new_id
from perfdesk.domain.tree import Node, Place, walk_methods


@dataclass(frozen=True)
class Decision:
    """How one row of the new year was filled, or where one of last year's rows went."""

    template_path: str | None  # None: last year's row went to the holding section
    source_path: str | None  # None: the template row starts empty
    reason: Reason
    score: float = 1.0


@dataclass
class Rebased:
    report: Report
    decisions: list[Decision] = field(default_factory=list)


def plan_mapping(
    last: Report, template: Report, chosen: dict[str, str | None] | None = None
) -> tuple[dict[str, Place | None], list[Decision]]:
    """For each template row (by path): the row of last year that fills it, and why.

    The one matcher (matching.py) decides, similar wording included; `chosen` overrides it:
    template path → last year's path, or None for empty.
    """
    mapping: dict[str, Place | None] = {}
    decisions: list[Decision] = []
    for pair in match(last, template, kinds=("method",), chosen=chosen, similar=True).pairs:
        if pair.new is not None:
            mapping[pair.new.path] = pair.old
        decisions.append(
            Decision(pair.new.path if pair.new else None, pair.old.path if pair.old else None, pair.reason, pair.score)
        )
    return mapping, decisions


def rebase(
    last: Report,
    template: Report,
    year: int,
    kind: ReportKind,
    options: CarryOptions | None = None,
    chosen: dict[str, str | None] | None = None,
) -> Rebased:
    """Next year's report on the template's structure, filled from last year's by the mapping."""
    options = options or CarryOptions()
    mapping, decisions = plan_mapping(last, template, chosen)
    report = copy.deepcopy(template)
    report.id = new_id()
    report.agency = last.agency or template.agency
    report.office = last.office
    report.year, report.kind = year, kind
    report.units = list(dict.fromkeys([*last.units, *template.units]))
    report.front_matter = list(template.front_matter) or [move_year(p, last.year, year) for p in last.front_matter]
    report.title = template.title if template.title else report.generated_title
    for dimension in report.dimensions:
        dimension.id = new_id()
        for strategy in dimension.strategies:
            strategy.id = new_id()
    for place in walk_methods(report):
        _fill(place.node, mapping.get(place.path), last.year, options)
    held = [d.source_path for d in decisions if d.template_path is None and d.source_path is not None]
    if held:
        report.dimensions.append(_holding_section(last, held, options))
    return Rebased(report, decisions)


def _fill(method: Node, source: Place | None, source_year: int, options: CarryOptions) -> None:
    """Give a template row last year's content (or none), keeping the template's wording."""
    assert isinstance(method, Method)
    method.id = new_id()
    method.needs_review = True
    if source is None:
        method.origin = None
        return
    old = source.node
    assert isinstance(old, Method)
    carried = carried_fields(old, options)
    for spec in fields_of(Method):
        if spec.source is Source.CONTENT:  # the office's text; the template's wording stays
            setattr(method, spec.name, carried[spec.name])
    method.origin = origin_of(old, source_year)


def _holding_section(last: Report, held_paths: list[str], options: CarryOptions) -> Dimension:
    """Last year's rows the template has no place for, kept whole (each without its sub-items,
    which are held or placed on their own)."""
    rows = {place.path: place.node for place in walk_methods(last)}
    methods = []
    for path in held_paths:
        row = rows[path]
        assert isinstance(row, Method)
        carried = carry_method(row, last.year, options)
        carried.children = []
        carried.framework_id = None  # not a row of the new framework: the template's row keeps that id
        carried.label = path  # where it stood last year, so the reader can place it
        methods.append(carried)
    strategy = Strategy(label="", title="去年報告中在新範本找不到對應位置的項目；請移到合適位置或刪除", methods=methods)
    return Dimension(label="", name=HOLDING_NAME, note="此區不屬於新範本，送出前請清空。", strategies=[strategy])
