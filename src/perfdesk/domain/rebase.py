"""Re-basing a new year onto headquarters' new template without losing a word of last year's report.

The new report takes the template's structure and wording. Last year's rows are mapped onto
the template's rows by id, then by label and title, then by similar wording; a mapped row brings
its units, practice (and, if asked, results and comments) and remembers last year's text. Rows
of last year that match nothing are kept in a clearly marked holding section, never dropped;
template rows that match nothing arrive empty. Every row is flagged for review.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field

from perfdesk.domain.copy_forward import CarryOptions, carry_method, move_year, origin_of
from perfdesk.domain.report import HOLDING_NAME, Dimension, Method, Report, ReportKind, Strategy, new_id

SIMILARITY_THRESHOLD = 0.6


@dataclass(frozen=True)
class Decision:
    """How one row of the new year was filled, or where one of last year's rows went."""

    template_path: str | None  # None: last year's row went to the holding section
    source_path: str | None  # None: the template row starts empty
    reason: str  # "id", "label+title", "similar", "chosen", "new", "unmatched"
    score: float = 1.0


@dataclass
class Rebased:
    report: Report
    decisions: list[Decision] = field(default_factory=list)

    @property
    def held(self) -> int:
        return sum(1 for d in self.decisions if d.template_path is None)


@dataclass(frozen=True)
class _Row:
    method: Method
    path: str
    dimension: str
    strategy: str


def rows_of(report: Report) -> Iterator[_Row]:
    """Every method and sub-item with a unique outline path, e.g. 「構面一 (一) 1. (2)」.

    Unlabelled nodes are named by position ([2]); a label used twice among siblings gets its
    position too, so every path names exactly one row.
    """

    def names(labels: list[str]) -> list[str]:
        seen = [label for label in labels if label]
        return [
            label if label and seen.count(label) == 1 else f"{label}[{i}]" for i, label in enumerate(labels, start=1)
        ]

    def visit(methods: list[Method], prefix: str, dimension: str, strategy: str) -> Iterator[_Row]:
        for method, name in zip(methods, names([m.label for m in methods]), strict=True):
            path = f"{prefix} {name}"
            yield _Row(method, path, dimension, strategy)
            yield from visit(method.children, path, dimension, strategy)

    dimension_names = names([d.label for d in report.dimensions])
    for dimension, dimension_name in zip(report.dimensions, dimension_names, strict=True):
        strategy_names = names([s.label for s in dimension.strategies])
        for strategy, strategy_name in zip(dimension.strategies, strategy_names, strict=True):
            yield from visit(strategy.methods, f"{dimension_name} {strategy_name}", dimension_name, strategy_name)


def plan_mapping(
    last: Report, template: Report, chosen: dict[str, str | None] | None = None
) -> tuple[dict[str, _Row | None], list[Decision]]:
    """For each template row (by path): the row of last year that fills it, and why.

    `chosen` overrides the automatic choice: template path → last year's path, or None for empty.
    """
    sources = list(rows_of(last))
    targets = list(rows_of(template))
    by_path = {row.path: row for row in sources}
    used: set[str] = set()
    assigned: dict[str, tuple[_Row | None, str, float]] = {}

    def take(target: _Row, source: _Row | None, reason: str, score: float = 1.0) -> None:
        assigned[target.path] = (source, reason, score)
        if source is not None:
            used.add(source.method.id)

    for target in targets:
        if chosen and target.path in chosen:
            wanted = chosen[target.path]
            take(target, by_path.get(wanted) if wanted else None, "chosen")
    # 1. Ids: the template row is last year's row, or was carried from it.
    by_id = {row.method.id: row for row in sources}
    for target in targets:
        if target.path in assigned:
            continue
        origin = target.method.origin.id if target.method.origin else None
        for candidate in (target.method.id, origin):
            source = by_id.get(candidate or "")
            if source is not None and source.method.id not in used:
                take(target, source, "id")
                break
    # 2. The same place and the same title.
    for target in targets:
        if target.path in assigned:
            continue
        source = by_path.get(target.path)
        if source and source.method.id not in used and _norm(source.method.title) == _norm(target.method.title):
            take(target, source, "label+title")
    # 3. Similar wording, best pairs first, preferring the same dimension.
    pairs = []
    for target in targets:
        if target.path in assigned:
            continue
        for source in sources:
            if source.method.id in used:
                continue
            score = _similarity(target.method, source.method) + (0.05 if source.dimension == target.dimension else 0)
            if score >= SIMILARITY_THRESHOLD:
                pairs.append((score, target.path, source))
    targets_by_path = {t.path: t for t in targets}
    for score, path, source in sorted(pairs, key=lambda p: -p[0]):
        if path not in assigned and source.method.id not in used:
            take(targets_by_path[path], source, "similar", min(score, 1.0))

    mapping: dict[str, _Row | None] = {}
    decisions: list[Decision] = []
    for target in targets:
        source, reason, score = assigned.get(target.path, (None, "new", 0.0))
        mapping[target.path] = source
        decisions.append(Decision(target.path, source.path if source else None, reason, score))
    for source in sources:
        if source.method.id not in used:
            decisions.append(Decision(None, source.path, "unmatched", 0.0))
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
    for row in rows_of(report):
        _fill(row.method, mapping.get(row.path), last.year, options)
    held = [d.source_path for d in decisions if d.template_path is None and d.source_path is not None]
    if held:
        report.dimensions.append(_holding_section(last, held, options))
    return Rebased(report, decisions)


def _fill(method: Method, source: _Row | None, source_year: int, options: CarryOptions) -> None:
    """Give a template row last year's content (or none), keeping the template's wording."""
    method.id = new_id()
    method.needs_review = True
    if source is None:
        method.origin = None
        return
    old = source.method
    method.units = list(old.units)
    method.practice = old.practice
    method.results = old.results if options.keep_results else ""
    method.comment = old.comment if options.keep_comments else ""
    method.origin = origin_of(old, source_year)


def _holding_section(last: Report, held_paths: list[str], options: CarryOptions) -> Dimension:
    """Last year's rows the template has no place for, kept whole (each without its sub-items,
    which are held or placed on their own)."""
    rows = {row.path: row for row in rows_of(last)}
    methods = []
    for path in held_paths:
        carried = carry_method(rows[path].method, last.year, options)
        carried.children = []
        carried.label = path  # where it stood last year, so the reader can place it
        methods.append(carried)
    strategy = Strategy(label="", title="去年報告中在新範本找不到對應位置的項目；請移到合適位置或刪除", methods=methods)
    return Dimension(label="", name=HOLDING_NAME, note="此區不屬於新範本，送出前請清空。", strategies=[strategy])


def _norm(text: str) -> str:
    return "".join(text.split()).replace("：", ":").replace("，", ",")


def _similarity(a: Method, b: Method) -> float:
    left = _norm(f"{a.title}{a.description}")
    right = _norm(f"{b.title}{b.description}")
    if not left or not right:
        return 0.0
    return difflib.SequenceMatcher(a=left, b=right, autojunk=False).ratio()
