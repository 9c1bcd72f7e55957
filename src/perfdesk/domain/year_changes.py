"""What changed since last year, row by row: the list 與去年比較 walks through.

A carried-over row remembers last year's text (its Origin); the fields it remembers are those the
field table marks `remembered`. A row with no Origin in a report that carries rows was added this year.
"""

from __future__ import annotations

from dataclasses import dataclass

from perfdesk.domain.field_table import fields_of
from perfdesk.domain.report import Method, Report
from perfdesk.domain.tree import Place, walk_methods


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row of this year's report against last year's."""

    place: Place
    changed: tuple[str, ...]  # remembered fields rewritten since last year, in field-table order
    emptied: tuple[str, ...] = ()  # remembered fields last year filled and this year's row leaves empty

    @property
    def method(self) -> Method:
        assert isinstance(self.place.node, Method)
        return self.place.node

    @property
    def added(self) -> bool:
        """The row was not carried over: it is new this year."""
        return self.method.origin is None


def remembered_names() -> tuple[str, ...]:
    return tuple(spec.name for spec in fields_of(Method) if spec.remembered)


def row_change(place: Place) -> RowChange:
    """How a row differs from last year's; a row copied forward for new results has them emptied, not changed.

    Copying forward clears the results a new year must write afresh: listing every such row as changed
    would bury the rows a person actually rewrote, so an emptied field is told apart.
    """
    method = place.node
    assert isinstance(method, Method)
    origin = method.origin
    if origin is None:
        return RowChange(place, ())
    differing = [name for name in remembered_names() if getattr(origin, name) != getattr(method, name)]
    emptied = tuple(name for name in differing if not _filled(getattr(method, name)))
    return RowChange(place, tuple(name for name in differing if name not in emptied), emptied)


def _filled(value: str | list[str]) -> bool:
    return any(v.strip() for v in value) if isinstance(value, list) else bool(value.strip())


def year_changes(report: Report) -> list[RowChange]:
    """Every method and sub-item in report order with what changed; empty when no row came from last year."""
    places = list(walk_methods(report))
    if not any(isinstance(p.node, Method) and p.node.origin is not None for p in places):
        return []
    return [row_change(place) for place in places]
