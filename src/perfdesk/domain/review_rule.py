"""When a person's edit counts as having reviewed a carried-over row.

A new year flags every row it brings in as 待檢視 (needs_review). A coordinator who changes the
row's wording or content has evidently looked at it, so the edit clears the flag; changing an
internal comment or the flag itself does not. Which fields count is the field table's `reviews`.
"""

from __future__ import annotations

from perfdesk.domain.field_table import spec_of
from perfdesk.domain.report import Method


def edit_reviews(node: object, field: str) -> bool:
    """Whether editing `field` of `node` now also clears the row's 待檢視 flag."""
    return isinstance(node, Method) and node.needs_review and spec_of(Method, field).reviews
