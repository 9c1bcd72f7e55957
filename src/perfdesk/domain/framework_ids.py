"""Which row of headquarters' framework each row of a report is (its framework_id).

Reports made by this perfdesk (new, copy-forward, re-base) carry the ids from the built-in
framework. Files and documents from before have none; they get them by matching the report
against the framework with the one matcher — by place and title, by label and title, or by
similar wording — so six offices' copies of 「構面一 (一) 1.」 match by identity from then on.
A row the matcher cannot place keeps no framework id: it is the office's own.
"""

from __future__ import annotations

from perfdesk.domain.matching import match
from perfdesk.domain.report import Report
from perfdesk.domain.tree import walk


def framework_ids_for(report: Report, framework: Report) -> dict[str, str]:
    """node id → framework id, for the rows of `report` without one that match a row of `framework`."""
    taken = {p.node.framework_id for p in walk(report) if p.node.framework_id}
    found: dict[str, str] = {}
    for pair in match(framework, report, similar=True).pairs:
        if pair.new is None or pair.old is None or pair.new.node.framework_id:
            continue
        framework_id = pair.old.node.framework_id
        if framework_id and framework_id not in taken:
            found[pair.new.node.id] = framework_id
            taken.add(framework_id)
    return found


def give_framework_ids(report: Report, framework: Report) -> int:
    """Set the framework ids `framework_ids_for` finds; returns how many rows got one."""
    found = framework_ids_for(report, framework)
    for place in walk(report):
        if place.node.id in found:
            place.node.framework_id = found[place.node.id]
    return len(found)
