"""Headquarters' consolidated report: its own text in each row, then each office's part of that row.

The consolidated report starts as headquarters' own report. Each office's rows are matched onto
it with the one matcher (framework identity first, then place and title, then wording); a
matched row with text becomes that office's contribution to the row — printed as
「另所屬分局執行情形：1.基隆分局：…」 — in the bureau's office order, whatever order the files
come in. An office's row that matches nothing is kept, per office, in a marked section
「未對應之分局內容」 that the checks list until it is emptied: nothing an office sent is dropped.
Merging an office again replaces its contributions; the other offices' stay as they are.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from perfdesk.domain.matching import Pair, match
from perfdesk.domain.offices import office_key, office_order, office_rank
from perfdesk.domain.report import UNMATCHED_NAME, Contribution, Dimension, Method, Report, Strategy, new_id
from perfdesk.domain.tree import walk_methods


@dataclass(frozen=True)
class OfficeMerge:
    """What merging one office did: counts for the preview, and every decision."""

    office: str
    matched: int = 0  # rows that found their row in headquarters' report, with text
    new: int = 0  # rows that gave a row a contribution it did not have
    changed: int = 0  # rows whose contribution replaced a different earlier one
    unchanged: int = 0  # rows whose contribution was already there as it is
    kept: int = 0  # rows whose new text stands beside headquarters' edit of the old one (row flagged)
    empty: int = 0  # matched rows without any text (no contribution)
    unmatched: int = 0  # rows kept in the unmatched section
    pairs: tuple[Pair, ...] = ()


@dataclass(frozen=True)
class SourceFile:
    """Which file an office's report came from, for each contribution's provenance."""

    name: str
    digest: str  # SHA-256 of the report's content (a submission's seal digest)
    submitted_at: str | None = None  # None: a draft, not a submission


@dataclass
class Merged:
    report: Report
    offices: list[OfficeMerge] = field(default_factory=list)


def merge(
    headquarters: Report,
    offices: Sequence[Report],
    *,
    order: Sequence[str] | None = None,
    chosen: dict[str, dict[str, str | None]] | None = None,
    files: dict[str, SourceFile] | None = None,
    merged_at: str | None = None,
) -> Merged:
    """The consolidated report of `headquarters` with the contributions of `offices` (a new report).

    `chosen` corrects the matcher per office: office → {headquarters path: office path or None};
    `files` (by report id) and `merged_at` go into each contribution's provenance. The offices
    are listed in `order`, by default headquarters' setting (domain/offices.office_order).
    """
    order = order or office_order(headquarters)
    report = copy.deepcopy(headquarters)
    report.id = new_id()
    result = Merged(report)
    for office in sorted(offices, key=lambda r: office_rank(r.office, order)):
        result.offices.append(
            merge_office(
                report,
                office,
                order=order,
                chosen=next(
                    (rows for name, rows in (chosen or {}).items() if office_key(name) == office_key(office.office)),
                    None,
                ),
                file=(files or {}).get(office.id),
                merged_at=merged_at,
            )
        )
    return result


def merge_office(
    consolidated: Report,
    office: Report,
    *,
    order: Sequence[str] | None = None,
    chosen: dict[str, str | None] | None = None,
    file: SourceFile | None = None,
    merged_at: str | None = None,
) -> OfficeMerge:
    """Bring one office's rows into `consolidated` (in place), replacing what that office gave before.

    Where headquarters has edited the office's earlier contribution (its text differs from the
    text as received), the edit is kept, the new text stands beside it as received, and the row
    is flagged 待檢視: nothing is lost either way.
    """
    order = order or office_order(consolidated)
    name = office.office
    key = office_key(name)
    targets = [p for p in walk_methods(consolidated) if p.dimension.name != UNMATCHED_NAME]
    counts = {"matched": 0, "new": 0, "changed": 0, "unchanged": 0, "kept": 0, "empty": 0, "unmatched": 0}
    pairs = match(office, _without_unmatched(consolidated), kinds=("method",), chosen=chosen, similar=True).pairs
    given: set[str] = set()
    leftovers: list[Method] = []
    for pair in pairs:
        source = pair.old.node if pair.old is not None else None
        if not isinstance(source, Method):
            continue
        if pair.new is None:
            if _has_text(source):
                leftovers.append(source)
                counts["unmatched"] += 1
            continue
        row = pair.new.node
        assert isinstance(row, Method)
        given.add(row.id)
        if not _has_text(source):
            counts["empty"] += 1
            _set_contribution(row, key, None, order)
            continue
        counts["matched"] += 1
        counts[_set_contribution(row, key, _received(name, source, file, merged_at), order)] += 1
    # A row this office no longer matches loses the office's earlier contribution.
    for place in targets:
        if place.node.id not in given and isinstance(place.node, Method):
            _set_contribution(place.node, key, None, order)
    _keep_unmatched(consolidated, name, leftovers)
    return OfficeMerge(name, pairs=tuple(pairs), **counts)


def _has_text(method: Method) -> bool:
    return bool(method.results.strip() or method.practice.strip())


def _received(office: str, row: Method, file: SourceFile | None, merged_at: str | None) -> Contribution:
    return Contribution(
        office,
        row.practice,
        row.results,
        source_id=row.id,
        source_file=file.name if file else None,
        source_digest=file.digest if file else None,
        submitted_at=file.submitted_at if file else None,
        merged_at=merged_at,
        received_practice=row.practice,
        received_results=row.results,
    )


def _as_received(contribution: Contribution) -> tuple[str, str]:
    """The office's text as it arrived (a contribution from before provenance: its text)."""
    return contribution.as_received("practice"), contribution.as_received("results")


def _edited(contribution: Contribution) -> bool:
    """Headquarters changed the office's text after it arrived."""
    return (contribution.practice, contribution.results) != _as_received(contribution)


def _set_contribution(row: Method, key: str, incoming: Contribution | None, order: Sequence[str]) -> str:
    """Put the office's contribution on the row (or take it off); says new, changed, unchanged or kept."""
    before = next((c for c in row.contributions if office_key(c.office) == key), None)
    others = [c for c in row.contributions if office_key(c.office) != key]
    outcome = "new" if before is None else "changed"
    chosen = incoming
    if (
        before is not None
        and incoming is not None
        and _as_received(before)
        == (
            incoming.received_practice,
            incoming.received_results,
        )
    ):
        chosen, outcome = before, "unchanged"  # the same text again: nothing changes
    elif before is not None and _edited(before):
        # Headquarters' edit stays; what the office sends now stands beside it, to take or leave.
        practice, results = ("", "") if incoming is None else (incoming.practice, incoming.results)
        chosen = dataclasses.replace(
            incoming or before,
            practice=before.practice,
            results=before.results,
            received_practice=practice,
            received_results=results,
        )
        row.needs_review, outcome = True, "kept"
    row.contributions = sorted(
        [*others, *([chosen] if chosen is not None else [])], key=lambda c: office_rank(c.office, order)
    )
    return outcome


def _without_unmatched(report: Report) -> Report:
    view = copy.copy(report)
    view.dimensions = [d for d in report.dimensions if d.name != UNMATCHED_NAME]
    return view


def _unmatched_section(report: Report) -> Dimension:
    for dimension in report.dimensions:
        if dimension.name == UNMATCHED_NAME:
            return dimension
    section = Dimension(
        label="", name=UNMATCHED_NAME, note="分局來稿中在總局報告找不到對應列的內容；請移到合適位置或刪除。"
    )
    report.dimensions.append(section)
    return section


def _keep_unmatched(report: Report, office: str, rows: list[Method]) -> None:
    """The office's part of the unmatched section becomes `rows` (the section goes when it is empty).

    Each row keeps the office row's id, so merging the same file again changes nothing.
    """
    key = office_key(office)
    section = next((d for d in report.dimensions if d.name == UNMATCHED_NAME), None)
    existing = next((s for s in section.strategies if office_key(s.title) == key), None) if section else None
    if rows:
        if section is None:
            section = _unmatched_section(report)
        if existing is None:
            existing = Strategy(label="", title=office)
            section.strategies.append(existing)
        existing.methods = [_kept(office, row) for row in rows]
    elif section is not None and existing is not None:
        section.strategies.remove(existing)
    if section is not None and not section.strategies:
        report.dimensions.remove(section)


def _kept(office: str, row: Method) -> Method:
    """An office's unmatched row, on its own, with the office's text as its contribution."""
    return Method(
        id=row.id,
        label=row.label,
        title=row.title,
        description=row.description,
        units=list(row.units),
        framework_id=row.framework_id,
        contributions=[Contribution(office, row.practice, row.results)],
    )
