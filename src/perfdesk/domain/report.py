"""The annual report as plain data: report → dimensions → strategies → methods → sub-items."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from perfdesk.domain.field_table import (
    Carry,
    Source,
    choice,
    editable_fields,
    flag,
    line,
    lines,
    paragraphs,
    points,
    text,
    year,
)


class _ComparedByFields:
    """`==` and repr() from the dataclass fields, one pair shared by every class of the tree below.

    What `@dataclass` would generate for each class (the same order, the same text), written once: a
    dataclass execs the source of each generated method as its module is imported, and these seven
    classes' __eq__ and __repr__ were some 9M instructions, about 1.7 ms of every start of the window.
    """

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, as with eq=True

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(self) if f.compare)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]
        return f"{self.__class__.__qualname__}({shown})"


def new_id() -> str:
    """A stable node id: random, so ids never collide across offices and years."""
    import uuid  # on first use: uuid brings `platform`, and opening a file makes no new ids

    return uuid.uuid4().hex


class ReportKind(StrEnum):
    """Whether the report is the year's plan or its year-end results."""

    PLAN = "plan"
    RESULTS = "results"

    @property
    def title_word(self) -> str:
        return "執行計畫" if self is ReportKind.PLAN else "執行績效與成果"


class Field(StrEnum):
    """A column a dimension's table can show."""

    STRATEGY = "strategy"
    METHOD = "method"
    UNITS = "units"
    PRACTICE = "practice"
    RESULTS = "results"
    CRITERIA = "criteria"


DEFAULT_HEADERS: dict[Field, str] = {
    Field.STRATEGY: "執行策略",
    Field.METHOD: "執行方法",
    Field.UNITS: "主辦單位",
    Field.PRACTICE: "具體作法",
    Field.RESULTS: "執行績效與成果",
    Field.CRITERIA: "評核重點",
}


@dataclass(slots=True, eq=False, repr=False)
class Column(_ComparedByFields):
    """One column of a dimension's table: which field it shows, under which header."""

    field: Field = choice(Field)
    header: str = line(required=True)


def default_columns() -> list[Column]:
    fields = (Field.STRATEGY, Field.METHOD, Field.UNITS, Field.PRACTICE, Field.RESULTS)
    return [Column(f, DEFAULT_HEADERS[f]) for f in fields]


def _framework_identity() -> Any:
    """Which row of headquarters' framework (the built-in template) a node is, the same in every
    office's file and every year: the identity merges and comparisons across offices match by.
    None for a row the framework does not have (added by the office, or kept from an old one)."""
    return line(optional=True, printed=False, editable=False)


# The fields of each node class below are its field table (field_table.py): what each holds,
# whether it is printed, searched, compared, carried into a new year, written by headquarters'
# template (WORDING) or by the office (CONTENT), and whether editing it counts as reviewing.


@dataclass(slots=True, eq=False, repr=False)
class Contribution(_ComparedByFields):
    """A branch office's part of a method in headquarters' consolidated report."""

    # Which office sent it is a fact of its arrival, not text headquarters rewrites.
    office: str = line(required=True, editable=False)
    # The office's text (headquarters may shorten or rephrase it): its row's content, so editing
    # it reviews the row (domain/review_rule.py), and 尋找 looks in it.
    practice: str = text(searched=True, reviews=True, source=Source.CONTENT)
    results: str = text(searched=True, reviews=True, carry=Carry.WITH_RESULTS, source=Source.CONTENT)
    # Where it came from (set by the merge, domain/merge.py): the office's row, the file, when.
    # A new year's contribution was received from nobody, so none of this carries forward.
    source_id: str | None = line(optional=True, printed=False, editable=False, carry=Carry.NEVER)
    source_file: str | None = line(optional=True, printed=False, editable=False, carry=Carry.NEVER)
    source_digest: str | None = line(optional=True, printed=False, editable=False, carry=Carry.NEVER)
    submitted_at: str | None = line(optional=True, printed=False, editable=False, carry=Carry.NEVER)
    merged_at: str | None = line(optional=True, printed=False, editable=False, carry=Carry.NEVER)
    # The office's text as it arrived: headquarters' edits are told from it, and kept on update.
    received_practice: str = text(printed=False, editable=False, carry=Carry.NEVER)
    received_results: str = text(printed=False, editable=False, carry=Carry.NEVER)

    def as_received(self, field: str) -> str:
        """The office's `field` ("practice" or "results") as it arrived, whatever headquarters made of it.

        A contribution from before perfdesk kept provenance (or typed in by hand) has no received
        text: what it holds is taken as what arrived.
        """
        if self.source_id is None and not (self.received_practice or self.received_results):
            return str(getattr(self, field))
        return str(getattr(self, f"received_{field}"))

    def edited(self, field: str) -> bool:
        """Headquarters has changed the office's `field` since it arrived."""
        return getattr(self, field) != self.as_received(field)


@dataclass(slots=True, eq=False, repr=False)
class Origin(_ComparedByFields):
    """Where a carried-over row came from: last year's node id and its text, for review and comparison.

    Its fields are those of Method marked `remembered` (a test keeps the two in step).
    """

    id: str
    year: int = year(printed=False)
    title: str = text(printed=False)
    description: str = text(printed=False)
    units: list[str] = lines(printed=False)
    practice: str = text(printed=False)
    results: str = text(printed=False)


@dataclass(slots=True, eq=False, repr=False)
class Method(_ComparedByFields):
    """An 執行方法 row, or a sub-item (1)(2)… of one when it sits in a parent's children."""

    label: str = line(required=True, searched=True, compared=True, reviews=True)
    title: str = text(required=True, searched=True, compared=True, reviews=True, remembered=True)
    description: str = text(searched=True, compared=True, reviews=True, remembered=True)
    units: list[str] = lines(compared=True, reviews=True, remembered=True, source=Source.CONTENT)
    practice: str = text(searched=True, compared=True, reviews=True, remembered=True, source=Source.CONTENT)
    results: str = text(
        searched=True, compared=True, reviews=True, remembered=True, carry=Carry.WITH_RESULTS, source=Source.CONTENT
    )
    criteria: str = text(searched=True, compared=True, reviews=True)
    points: int | None = points(compared=True, reviews=True)
    comment: str = text(printed=False, searched=True, carry=Carry.WITH_COMMENTS, source=Source.CONTENT)
    # Set on every row a new year brings in, cleared when a person has looked at it.
    needs_review: bool = flag(printed=False, carry=Carry.NEVER, source=Source.STATE)
    framework_id: str | None = _framework_identity()
    contributions: list[Contribution] = field(default_factory=list)
    children: list[Method] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    origin: Origin | None = None

    def walk(self) -> Iterator[Method]:
        """This method and all its sub-items, depth first, in report order."""
        return _methods_under(self)


@dataclass(slots=True, eq=False, repr=False)
class Strategy(_ComparedByFields):
    """An 執行策略 of a dimension, holding its methods."""

    label: str = line(required=True, searched=True, compared=True)
    title: str = text(required=True, searched=True, compared=True)
    points: int | None = points(compared=True)
    framework_id: str | None = _framework_identity()
    methods: list[Method] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def walk_methods(self) -> Iterator[Method]:
        return _methods_under(self)


@dataclass(slots=True, eq=False, repr=False)
class Dimension(_ComparedByFields):
    """A 構面 with its points, its own table columns and its strategies."""

    label: str = line(required=True, searched=True, compared=True)
    name: str = line(required=True, searched=True, compared=True)
    points: int | None = points(compared=True)
    category: str | None = line(optional=True, compared=True)
    heading: str | None = line(optional=True, searched=True, compared=True)
    note: str | None = text(optional=True, searched=True, compared=True)
    framework_id: str | None = _framework_identity()
    columns: list[Column] = field(default_factory=default_columns)
    strategies: list[Strategy] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def generated_heading(self) -> str:
        """The heading perfdesk writes when the report does not spell its own."""
        if self.points is None:
            return f"{self.label}：{self.name}"
        return f"{self.label}：{self.name}（{self.points} 分）"

    @property
    def display_heading(self) -> str:
        return self.heading if self.heading is not None else self.generated_heading

    def shows(self, wanted: Field) -> bool:
        return any(column.field is wanted for column in self.columns)

    def header(self, wanted: Field) -> str:
        """What this 構面's table calls `wanted` (臺中's 構面一 prints results under 「具體作法」), else the usual name.

        The one rule for naming a row's field wherever the report's words are used: the editor's
        labels, undo entries, the checks.
        """
        return next((c.header for c in self.columns if c.field is wanted and c.header.strip()), DEFAULT_HEADERS[wanted])

    def walk_methods(self) -> Iterator[Method]:
        return _methods_under(self)


@dataclass(slots=True, eq=False, repr=False)
class Report(_ComparedByFields):
    """One office's report for one ROC year: its plan or its results."""

    agency: str = line(required=True)
    office: str = line(required=True)
    year: int = year()
    kind: ReportKind = choice(ReportKind)
    title: str = line()
    front_matter: list[str] = paragraphs()
    # The roster: the units the report's rows may name (not printed; the rows print theirs).
    units: list[str] = lines(printed=False)
    # Headquarters' consolidated report: the offices whose contributions it gathers, in the order
    # it prints them (empty: the bureau's order, domain/offices.BRANCH_OFFICES). A setting, kept
    # from year to year; an office's report leaves it empty.
    office_order: list[str] = lines(printed=False)
    dimensions: list[Dimension] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def generated_title(self) -> str:
        return standard_title(self.agency, self.office, self.year, self.kind)

    def walk_methods(self) -> Iterator[Method]:
        """Every method and sub-item of the report, in report order."""
        return _methods_under(self)

    def strategies(self) -> Iterator[Strategy]:
        for dimension in self.dimensions:
            yield from dimension.strategies


def _methods_under(node: Report | Dimension | Strategy | Method) -> Iterator[Method]:
    # The one walk lives in tree.py, which builds on this module.
    from perfdesk.domain.tree import methods_under

    return methods_under(node)


def standard_title(agency: str, office: str, year: int, kind: ReportKind) -> str:
    """「{agency}{office} {year} 年度提升服務效能{執行計畫|執行績效與成果}」, as the reports write it."""
    return f"{agency}{office} {year} 年度提升服務效能{kind.title_word}"


# The name of the section a template change creates for last year's rows it has no place for.
HOLDING_NAME = "未對應之去年內容"
# What headquarters' report prints between its own text and the offices' paragraphs (hq-108 seed);
# the Word import reads the offices' contributions back from behind it.
CONTRIBUTIONS_LEAD_IN = "另所屬分局執行情形："
# The section of a consolidated report that keeps offices' rows matching no row of headquarters' report.
UNMATCHED_NAME = "未對應之分局內容"

# The kinds of node, by the name edits, storage and messages use for them.
NODE_TYPES: dict[str, type] = {"report": Report, "dimension": Dimension, "strategy": Strategy, "method": Method}

# The scalar fields an edit may change, per kind of node (lists such as units and columns
# have setters of their own). A contribution is not a node of the tree, but its text is edited
# like a field of one; storage writes a method's contributions together (edits.set_contributions).
EDITABLE_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(spec.name for spec in editable_fields(node_type))
    for kind, node_type in {**NODE_TYPES, "contribution": Contribution}.items()
}
