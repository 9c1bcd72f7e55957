"""When a person's edit counts as having reviewed a carried-over row.

A new year flags every row it brings in as 待檢視 (needs_review). A coordinator who changes the
row's wording or content has evidently looked at it, so the edit clears the flag; changing an
internal comment or the flag itself does not. Which fields count is the field table's `reviews`.
An office's contribution to a method is part of that row: editing its text reviews the row
(a merge flags a row whose office sent new text beside headquarters' edit of the old).
"""

from __future__ import annotations

from perfdesk.domain.field_table import spec_of
from perfdesk.domain.report import Contribution, Method


def edit_reviews(node: object, field: str, row: Method | None = None) -> bool:
    """Whether editing `field` of `node` now also clears the row's 待檢視 flag.

    `row` is the method a contribution belongs to (the node itself for a method).
    """
    if isinstance(node, Contribution):
        return row is not None and row.needs_review and spec_of(Contribution, field).reviews
    return isinstance(node, Method) and node.needs_review and spec_of(Method, field).reviews
