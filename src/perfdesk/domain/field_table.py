"""The one description of the report's fields: what each holds and what it takes part in.

Every node class of the report (report.py) declares its fields with the functions below, so the
class *is* its field table: `label: str = line(compared=True, …)`. Everything that reads, writes,
compares, searches, carries or cleans fields derives from that table — storage's columns
(storage/field_columns.py), the interchange JSON (interchange/), compare, search, copy-forward,
re-basing, the text rule and the review-on-edit rule — and the window's captions live in one
module (ui/field_captions.py). Adding a field is: one line in its class, a migration, a caption.

What is not a field is structure: ids, children, the origin of a carried row; those are plain
dataclass attributes without a spec, handled by the code that walks the tree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from typing import Any, NamedTuple

from perfdesk.domain.limits import MAX_POINTS, MAX_YEAR, MIN_POINTS, MIN_YEAR
from perfdesk.domain.plain_text import TextFault, clean_text, text_fault

_SPEC = "perfdesk.field"


class Shape(StrEnum):
    """What a field holds."""

    LINE = "line"  # one line of text: a label, a name, a unit
    TEXT = "text"  # paragraphs separated by "\n"
    LINES = "lines"  # a list of one-line texts (a row's units, the roster)
    PARAGRAPHS = "paragraphs"  # a list of paragraphs (the front matter)
    POINTS = "points"  # an optional whole number of points
    YEAR = "year"  # an ROC year
    FLAG = "flag"  # yes or no
    CHOICE = "choice"  # one value of an enumeration


class Carry(StrEnum):
    """What a new year (copy-forward, re-basing) takes of a field from last year's row."""

    ALWAYS = "always"
    WITH_RESULTS = "with_results"  # only when the coordinator asks to keep last year's results
    WITH_COMMENTS = "with_comments"  # only when asked to keep internal comments
    NEVER = "never"  # the new year starts with the field's default


class Source(StrEnum):
    """Who writes a field, which decides where re-basing onto a new template takes it from."""

    # The framework's words (labels, titles, points): headquarters' template decides them.
    WORDING = "wording"
    # What the office writes into a row (units, practice, results): last year's row brings it.
    CONTENT = "content"
    # The row's state in this file (the 待檢視 flag): neither template nor last year decides it.
    STATE = "state"


class FieldSpec(NamedTuple):
    """One field of one kind of node and what it takes part in.

    A NamedTuple rather than a frozen dataclass, as are the other small immutable records the window
    builds as it starts (a Place, a LockOwner, a ColumnRule…): a frozen dataclass execs six generated
    methods when its module is imported, some 0.7 ms each on the start path (issue #15).
    """

    name: str
    shape: Shape
    optional: bool = False  # may be None (a heading the report does not spell, no points)
    printed: bool = True  # the exports print it
    editable: bool = True  # a person may change it (identities such as framework_id are kept as given)
    searched: bool = False  # 尋找 and 取代 look in it
    compared: bool = False  # `diff` and the year comparison report a change of it
    carry: Carry = Carry.ALWAYS
    source: Source = Source.WORDING
    reviews: bool = False  # editing it on a row flagged 待檢視 counts as reviewing the row
    remembered: bool = False  # a carried row remembers last year's value (Origin, 去年內容, 與去年比較)
    choices: type[StrEnum] | None = None  # the enumeration of a CHOICE field

    @property
    def one_line(self) -> bool:
        """Text of this field (each item, for a list) is printed on one line."""
        return self.shape in (Shape.LINE, Shape.LINES)

    @property
    def is_list(self) -> bool:
        return self.shape in (Shape.LINES, Shape.PARAGRAPHS)

    @property
    def is_text(self) -> bool:
        return self.shape in (Shape.LINE, Shape.TEXT)

    @property
    def limits(self) -> tuple[int, int] | None:
        """The range a number must lie in."""
        if self.shape is Shape.POINTS:
            return MIN_POINTS, MAX_POINTS
        if self.shape is Shape.YEAR:
            return MIN_YEAR, MAX_YEAR
        return None

    def default(self) -> Any:
        """What the field holds when nothing was given (and what NEVER-carried fields start as)."""
        if self.is_list:
            return []
        if self.optional or self.shape is Shape.POINTS:
            return None
        if self.shape is Shape.FLAG:
            return False
        return ""

    def clean(self, value: Any) -> Any:
        """`value` as the text rule allows it in this field (plain_text); other values unchanged."""
        if isinstance(value, str):
            return clean_text(value, one_line=self.one_line)
        if self.is_list and isinstance(value, list):
            return [clean_text(item, one_line=self.one_line) if isinstance(item, str) else item for item in value]
        return value

    def fault(self, text: str) -> TextFault | None:
        """The first character of `text` (or one item of a list) the text rule does not allow here."""
        return text_fault(text, one_line=self.one_line)

    def carried(self, value: Any, *, keep_results: bool, keep_comments: bool) -> Any:
        """This field's value in the new year, given last year's (lists copied, never shared)."""
        keep = {
            Carry.ALWAYS: True,
            Carry.WITH_RESULTS: keep_results,
            Carry.WITH_COMMENTS: keep_comments,
            Carry.NEVER: False,
        }[self.carry]
        if not keep:
            return self.default()
        return list(value) if isinstance(value, list) else value


def _declare(shape: Shape, required: bool, flags: dict[str, Any]) -> Any:
    spec = FieldSpec("", shape, **flags)
    metadata = {_SPEC: spec}
    if required:
        return dataclasses.field(metadata=metadata)
    if spec.is_list:
        return dataclasses.field(default_factory=list, metadata=metadata)
    return dataclasses.field(default=spec.default(), metadata=metadata)


# The declarations the node classes use; `required` fields have no default (given on creation).
def line(*, required: bool = False, **flags: Any) -> Any:
    return _declare(Shape.LINE, required, flags)


def text(*, required: bool = False, **flags: Any) -> Any:
    return _declare(Shape.TEXT, required, flags)


def lines(**flags: Any) -> Any:
    return _declare(Shape.LINES, False, flags)


def paragraphs(**flags: Any) -> Any:
    return _declare(Shape.PARAGRAPHS, False, flags)


def points(**flags: Any) -> Any:
    return _declare(Shape.POINTS, False, flags)


def year(**flags: Any) -> Any:
    return _declare(Shape.YEAR, True, flags)


def flag(**flags: Any) -> Any:
    return _declare(Shape.FLAG, False, flags)


def choice(enum: type[StrEnum], *, required: bool = True, **flags: Any) -> Any:
    return _declare(Shape.CHOICE, required, {"choices": enum, **flags})


_TABLES: dict[type, tuple[FieldSpec, ...]] = {}
_BY_NAME: dict[type, dict[str, FieldSpec]] = {}


def fields_of(node_type: type) -> tuple[FieldSpec, ...]:
    """The field table of a node class, in declaration order (which is also the file's column order)."""
    table = _TABLES.get(node_type)
    if table is None:
        table = _TABLES[node_type] = tuple(
            f.metadata[_SPEC]._replace(name=f.name) for f in dataclasses.fields(node_type) if _SPEC in f.metadata
        )
        _BY_NAME[node_type] = {spec.name: spec for spec in table}
    return table


def spec_of(node_type: type, name: str) -> FieldSpec:
    """One field of a node class (KeyError if it has no such field)."""
    fields_of(node_type)
    try:
        return _BY_NAME[node_type][name]
    except KeyError:
        raise KeyError(f"{node_type.__name__} has no field {name}") from None


def names_where(node_type: type, wanted: Callable[[FieldSpec], bool]) -> tuple[str, ...]:
    """The names of the fields of `node_type` that `wanted` picks, in table order."""
    return tuple(spec.name for spec in fields_of(node_type) if wanted(spec))


def scalar_fields(node_type: type) -> tuple[FieldSpec, ...]:
    """The fields that hold one value (not a list): one column each."""
    return tuple(spec for spec in fields_of(node_type) if not spec.is_list)


def editable_fields(node_type: type) -> tuple[FieldSpec, ...]:
    """The one-value fields a person's edit may set (lists have setters of their own)."""
    return tuple(spec for spec in scalar_fields(node_type) if spec.editable)


def carried_values(node: object, *, keep_results: bool, keep_comments: bool) -> dict[str, Any]:
    """Every field of `node` as a new year takes it (see Carry)."""
    return {
        spec.name: spec.carried(getattr(node, spec.name), keep_results=keep_results, keep_comments=keep_comments)
        for spec in fields_of(type(node))
    }
