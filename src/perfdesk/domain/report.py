"""The annual report as plain data: report → dimensions → strategies → methods → sub-items."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


def new_id() -> str:
    """A stable node id: random, so ids never collide across offices and years."""
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


@dataclass(slots=True)
class Column:
    """One column of a dimension's table: which field it shows, under which header."""

    field: Field
    header: str


def default_columns() -> list[Column]:
    fields = (Field.STRATEGY, Field.METHOD, Field.UNITS, Field.PRACTICE, Field.RESULTS)
    return [Column(f, DEFAULT_HEADERS[f]) for f in fields]


@dataclass(slots=True)
class Contribution:
    """A branch office's part of a method in headquarters' consolidated report."""

    office: str
    practice: str = ""
    results: str = ""


@dataclass(slots=True)
class Origin:
    """Where a carried-over row came from: last year's node id and its text, for review and comparison."""

    id: str
    year: int
    title: str = ""
    description: str = ""
    units: list[str] = field(default_factory=list)
    practice: str = ""
    results: str = ""


@dataclass(slots=True)
class Method:
    """An 執行方法 row, or a sub-item (1)(2)… of one when it sits in a parent's children."""

    label: str
    title: str
    description: str = ""
    units: list[str] = field(default_factory=list)
    practice: str = ""
    results: str = ""
    criteria: str = ""
    points: int | None = None
    comment: str = ""
    needs_review: bool = False
    contributions: list[Contribution] = field(default_factory=list)
    children: list[Method] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    origin: Origin | None = None

    def walk(self) -> Iterator[Method]:
        """This method and all its sub-items, depth first, in report order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True)
class Strategy:
    """An 執行策略 of a dimension, holding its methods."""

    label: str
    title: str
    points: int | None = None
    methods: list[Method] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def walk_methods(self) -> Iterator[Method]:
        for method in self.methods:
            yield from method.walk()


@dataclass(slots=True)
class Dimension:
    """A 構面 with its points, its own table columns and its strategies."""

    label: str
    name: str
    points: int | None = None
    category: str | None = None
    heading: str | None = None
    note: str | None = None
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

    def walk_methods(self) -> Iterator[Method]:
        for strategy in self.strategies:
            yield from strategy.walk_methods()


@dataclass(slots=True)
class Report:
    """One office's report for one ROC year: its plan or its results."""

    agency: str
    office: str
    year: int
    kind: ReportKind
    title: str = ""
    front_matter: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def generated_title(self) -> str:
        return standard_title(self.agency, self.office, self.year, self.kind)

    def walk_methods(self) -> Iterator[Method]:
        """Every method and sub-item of the report, in report order."""
        for dimension in self.dimensions:
            yield from dimension.walk_methods()

    def strategies(self) -> Iterator[Strategy]:
        for dimension in self.dimensions:
            yield from dimension.strategies


def standard_title(agency: str, office: str, year: int, kind: ReportKind) -> str:
    """「{agency}{office} {year} 年度提升服務效能{執行計畫|執行績效與成果}」, as the reports write it."""
    return f"{agency}{office} {year} 年度提升服務效能{kind.title_word}"


# The name of the section a template change creates for last year's rows it has no place for.
HOLDING_NAME = "未對應之去年內容"

# The scalar fields an edit may change, per kind of node (lists such as units and columns
# have edits of their own).
EDITABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "report": ("agency", "office", "year", "kind", "title"),
    "dimension": ("label", "name", "points", "category", "heading", "note"),
    "strategy": ("label", "title", "points"),
    "method": (
        "label",
        "title",
        "description",
        "practice",
        "results",
        "criteria",
        "points",
        "comment",
        "needs_review",
    ),
}
