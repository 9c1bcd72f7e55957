"""What every row of a .perfdesk file must look like, checked before it becomes part of a report.

SQLite is dynamically typed: a TEXT column can hold a blob, an INTEGER column text, a NOT NULL
column NULL (written by another program, or left by damage that `PRAGMA quick_check` does not
see). The reader trusts nothing: each value's Python type, NULLs, enums, JSON, ranges, every
reference and the shape of the tree are checked here, and the first problem found becomes one
PerfdeskError naming the table, the row and where it sits in the report.

TABLES is the reader's view of schema.py (tests/storage/test_tree_reader.py keeps them in step);
it lives here, without SQLAlchemy, because opening a file must not import SQLAlchemy.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple, NoReturn

from perfdesk.domain.field_table import FieldSpec, Shape, fields_of
from perfdesk.domain.limits import MAX_SUBITEM_DEPTH, SQLITE_INTEGER_MAX
from perfdesk.domain.report import Column, Contribution, Dimension, Method, Origin, Report, Strategy
from perfdesk.domain.tree import sibling_names
from perfdesk.errors import PerfdeskError

# One row as read: its values in TABLES order, then its checksum. Values are checked, not trusted.
Row = tuple[Any, ...]

# The largest value a CRC-32 takes.
CHECKSUM_MAX = 2**32 - 1


class ColumnRule(NamedTuple):
    """One column: its declared SQL type (which fixes the Python type read back) and what it may hold."""

    name: str
    declared: str  # VARCHAR / TEXT → str, INTEGER → int, BOOLEAN → 0 or 1
    nullable: bool = False
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    json_strings: bool = False  # text holding a JSON list of strings

    @property
    def python_type(self) -> type:
        return str if self.declared in ("VARCHAR", "TEXT") else int

    @property
    def expected(self) -> str:
        """What the column should hold, as a schema expectation (rendered by i18n.describe_expected)."""
        if self.choices:
            words = "|".join(self.choices)
        elif self.json_strings:
            words = "list:string"
        elif self.declared == "BOOLEAN":
            words = "0|1"
        else:
            words = "string" if self.python_type is str else "integer"
        return f"{words}|null" if self.nullable else words


def _id(name: str) -> ColumnRule:
    return ColumnRule(name, "VARCHAR")


def _text(name: str) -> ColumnRule:
    return ColumnRule(name, "TEXT")


def _position() -> ColumnRule:
    return ColumnRule("position", "INTEGER", low=0, high=SQLITE_INTEGER_MAX)


def field_column(spec: FieldSpec) -> ColumnRule:
    """The column that stores one field of the field table (domain/field_table.py)."""
    low, high = spec.limits or (None, None)
    if spec.shape in (Shape.LINE, Shape.TEXT):
        return ColumnRule(spec.name, "TEXT", nullable=spec.optional)
    if spec.shape in (Shape.POINTS, Shape.YEAR):
        return ColumnRule(spec.name, "INTEGER", nullable=spec.shape is Shape.POINTS, low=low, high=high)
    if spec.shape is Shape.FLAG:
        return ColumnRule(spec.name, "BOOLEAN", low=0, high=1)
    if spec.shape is Shape.CHOICE:
        assert spec.choices is not None
        return ColumnRule(spec.name, "VARCHAR", choices=tuple(value.value for value in spec.choices))
    # A list inside a row (an origin's units): read together, never queried.
    return ColumnRule(spec.name, "TEXT", json_strings=True)


def field_columns(node_type: type) -> tuple[ColumnRule, ...]:
    """The columns of a node's own fields, in field-table order; list fields have tables of their own."""
    return tuple(field_column(spec) for spec in fields_of(node_type) if not spec.is_list)


# The tables that hold a node's list fields: (node class, field) → (table, owner column, value column).
LIST_TABLES: dict[tuple[type, str], tuple[str, str, str]] = {
    (Report, "front_matter"): ("front_matter", "report_id", "text"),
    (Report, "units"): ("roster_unit", "report_id", "name"),
    (Report, "office_order"): ("office_order", "report_id", "name"),
    (Method, "units"): ("method_unit", "method_id", "name"),
}

# The report's own lists (front matter, roster, office order): (Report, field), and their tables.
REPORT_LISTS: tuple[tuple[type, str], ...] = tuple(key for key in LIST_TABLES if key[0] is Report)
REPORT_LIST_TABLES: tuple[str, ...] = tuple(LIST_TABLES[key][0] for key in REPORT_LISTS)

# Table → its columns in schema order, without `checksum` (row_checksum adds it to each table):
# first the keys that place a row in the tree, then the fields of the field table.
TABLES: dict[str, tuple[ColumnRule, ...]] = {
    "report": (_id("id"), *field_columns(Report)),
    **{
        table: (_id(owner), _position(), _text(value))
        for (_node_type, _field), (table, owner, value) in LIST_TABLES.items()
        if _node_type is Report
    },
    "dimension": (_id("id"), _id("report_id"), _position(), *field_columns(Dimension)),
    "dimension_column": (_id("dimension_id"), _position(), *field_columns(Column)),
    "strategy": (_id("id"), _id("dimension_id"), _position(), *field_columns(Strategy)),
    "method": (
        _id("id"),
        _id("strategy_id"),
        ColumnRule("parent_id", "VARCHAR", nullable=True),
        _position(),
        *field_columns(Method),
    ),
    "method_unit": (_id("method_id"), _position(), _text("name")),
    "contribution": (_id("method_id"), _position(), *field_columns(Contribution)),
    # An origin's own fields, its units inline as a JSON list.
    "method_origin": (
        _id("method_id"),
        _id("origin_id"),
        *(field_column(spec) for spec in fields_of(Origin)),
    ),
}
# Tables the reader needs besides those (their rows are not report content).
OTHER_TABLES: dict[str, tuple[ColumnRule, ...]] = {"meta": (ColumnRule("key", "VARCHAR"), _text("value"))}


class Rows:
    """Every row of every table, as read, with what is needed to name a row in a message."""

    def __init__(self, tables: dict[str, list[Row]]) -> None:
        self.tables = tables
        # By id, to say where a row sits (whatever else is wrong with them).
        self.dimensions: dict[object, Row] = {row[0]: row for row in tables["dimension"]}
        self.strategies: dict[object, Row] = {row[0]: row for row in tables["strategy"]}
        self.methods: dict[object, Row] = {row[0]: row for row in tables["method"]}
        self._names: dict[tuple[str, object], str] | None = None

    # --- naming rows ------------------------------------------------------------------------

    def describe(self, table: str, row: Row) -> tuple[str, str]:
        """(row, where): the row by its key, and its place in the report ("?" where unknown)."""
        if table in ("report", "dimension", "strategy", "method", "method_origin"):
            key = shown_id(row[0])
        else:
            key = f"{shown_id(row[0])}#{shown_value(row[1])}"
        return key, self.place(table, row)

    def place(self, table: str, row: Row) -> str:
        try:
            if table == "report":
                return _clean(f"{row[2]} {row[3]}") or "?"
            if table in REPORT_LIST_TABLES:
                reports = self.tables["report"]
                return self.place("report", reports[0]) if len(reports) == 1 else "?"
            if table == "dimension":
                return self._name("dimension", row[0])
            if table == "dimension_column":
                return self._dimension_place(row[0])
            if table == "strategy":
                return self._strategy_place(row[0])
            return self._method_place(row[0])  # method and its method_unit, contribution, method_origin
        except (KeyError, IndexError, TypeError):
            return "?"

    def _dimension_place(self, dimension_id: object) -> str:
        return self._name("dimension", dimension_id) if dimension_id in self.dimensions else "?"

    def _strategy_place(self, strategy_id: object) -> str:
        row = self.strategies.get(strategy_id)
        if row is None:
            return "?"
        return f"{self._dimension_place(row[1])} {self._name('strategy', strategy_id)}"

    def _name(self, table: str, node_id: object) -> str:
        """How the walk's path rule (domain/tree.py) names this node among its siblings."""
        if self._names is None:
            self._names = self._sibling_names()
        return self._names.get((table, node_id), "?")

    def _sibling_names(self) -> dict[tuple[str, object], str]:
        # Siblings share an owner (a method: its strategy and parent), in order of position;
        # a damaged position sorts first, a damaged label counts as none.
        groups: dict[tuple[object, ...], list[Row]] = {}
        for table, owner in (("dimension", (1,)), ("strategy", (1,)), ("method", (1, 2))):
            for row in self.tables[table]:
                groups.setdefault((table, *(row[at] for at in owner)), []).append(row)
        names: dict[tuple[str, object], str] = {}
        for key, rows in groups.items():
            table = str(key[0])
            position_at, label_at = _PLACE_COLUMNS[table]
            rows.sort(key=lambda row: row[position_at] if type(row[position_at]) is int else -1)
            labels = [row[label_at] if isinstance(row[label_at], str) else "" for row in rows]
            for row, name in zip(rows, sibling_names(labels), strict=True):
                names[(table, row[0])] = _label(name)
        return names

    def _method_place(self, method_id: object) -> str:
        """構面一 (一) 2. (1): names from the dimension down, cut short in a long or endless chain."""
        labels: list[str] = []
        seen: set[object] = set()
        current = self.methods.get(method_id)
        top = current
        while current is not None and current[0] not in seen and len(seen) <= MAX_SUBITEM_DEPTH + 1:
            seen.add(current[0])
            labels.append(self._name("method", current[0]))
            top = current
            current = self.methods.get(current[2]) if current[2] is not None else None
        if top is None:
            return "?"
        labels.reverse()
        if current is not None:  # a parent chain that does not end where it should
            labels.insert(0, "…")
        if len(labels) > 5:
            labels = [*labels[:2], "…", *labels[-2:]]
        return f"{self._strategy_place(top[1])} {' '.join(labels)}"

    # --- failing ----------------------------------------------------------------------------

    def error(self, code: str, table: str, row: Row, **params: object) -> PerfdeskError:
        """The error for a problem with `row`, naming it and where it sits."""
        key, where = self.describe(table, row)
        return PerfdeskError(code, table=table, row=key, where=where, **params)

    def fail(self, code: str, table: str, row: Row, **params: object) -> NoReturn:
        raise self.error(code, table, row, **params)


def shown_id(value: object) -> str:
    """An id as a message shows it: short, one line, whatever it holds."""
    if isinstance(value, str):
        text = _clean(value[:11])
        return text if len(text) <= 10 else text[:8] + "…"
    return shown_value(value)


def shown_value(value: object) -> str:
    """A stored value as a message shows it, language-neutral and short (SQLite's notation)."""
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"x'{value[:8].hex()}{'…' if len(value) > 8 else ''}'"
    if isinstance(value, str):
        text = _clean(value[:25])
        return repr(text if len(text) <= 24 else text[:24] + "…")
    return repr(value)


# Per table: the columns of a row's position and label.
_PLACE_COLUMNS = {"dimension": (2, 3), "strategy": (2, 3), "method": (3, 4)}


def _label(value: object) -> str:
    """A label as a place in a message: 構面一, (一), 2. ("?" for none)."""
    if not isinstance(value, str) or not value.strip():
        return "?"
    text = _clean(value[:21])
    return text if len(text) <= 20 else text[:20] + "…"


def _clean(text: str) -> str:
    """One line, nothing invisible (the same quoting as every message, i18n.quoting)."""
    from perfdesk.i18n.quoting import escape_invisible  # (and unicodedata) only to name a damaged row

    return escape_invisible(text.strip())


# --- values ---------------------------------------------------------------------------------------


def check_values(rows: Rows) -> None:
    """Every value has the type, range and form its column allows."""
    for table, rules in _COMPILED.items():
        for row in rows.tables[table]:
            for value, (name, python_type, nullable, choices, low, high, is_json) in zip(row, rules, strict=False):
                if value is None:
                    if not nullable:
                        _bad_value(rows, table, row, name, value)
                elif type(value) is not python_type or (choices and value not in choices):
                    _bad_value(rows, table, row, name, value)
                elif low is not None and not low <= value <= high:  # type: ignore[operator]
                    if python_type is int and (low, high) == (0, 1):
                        _bad_value(rows, table, row, name, value)
                    rows.fail("file.out_of_range", table, row, column=name, value=value, low=low, high=high)
                elif is_json and json_strings(value) is None:  # type: ignore[arg-type]
                    _bad_value(rows, table, row, name, value)


def _bad_value(rows: Rows, table: str, row: Row, column: str, value: object) -> NoReturn:
    rule = next(rule for rule in TABLES[table] if rule.name == column)
    rows.fail("file.bad_value", table, row, column=column, expected=rule.expected, found=shown_value(value))


# Per table, per column: (name, Python type, nullable, allowed values, low, high, JSON list of strings),
# unpacked in check_values' inner loop, which sees every value of the file.
_COMPILED: dict[str, tuple[tuple[str, type, bool, frozenset[str], int | None, int | None, bool], ...]] = {
    table: tuple(
        (r.name, r.python_type, r.nullable, frozenset(r.choices), r.low, r.high, r.json_strings) for r in rules
    )
    for table, rules in TABLES.items()
}


def json_strings(text: str) -> list[str] | None:
    """The list of strings `text` holds as JSON, or None if it holds anything else."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return None
    return value


# --- the tree -------------------------------------------------------------------------------------


def check_tree(rows: Rows) -> None:
    """Every row belongs to the one report exactly once: references, positions, parents, depth.

    Runs after check_values, so every value has its column's type.
    """
    tables = rows.tables
    reports = tables["report"]
    if not reports:
        raise PerfdeskError("file.no_report")
    if len(reports) > 1:
        raise PerfdeskError("file.report_count", count=len(reports))
    report = reports[0]
    report_id = report[0]

    for table in REPORT_LIST_TABLES:
        _owned(rows, table, {report_id: report}, "report")

    dimensions = _unique(rows, "dimension")
    _owned(rows, "dimension", {report_id: report}, "report", owner_at=1, position_at=2)
    _owned(rows, "dimension_column", dimensions, "dimension")
    strategies = _unique(rows, "strategy")
    _owned(rows, "strategy", dimensions, "dimension", owner_at=1, position_at=2)
    methods = _unique(rows, "method")
    _check_methods(rows, methods, strategies)
    for table in ("method_unit", "contribution"):
        _owned(rows, table, methods, "method")
    _owned(rows, "method_origin", methods, "method", position_at=None)


def _unique(rows: Rows, table: str) -> dict[object, Row]:
    """The table's rows by id; a duplicate id (a damaged primary key index) is refused."""
    found: dict[object, Row] = {}
    for row in rows.tables[table]:
        if row[0] in found:
            rows.fail("file.duplicate_row", table, row)
        found[row[0]] = row
    return found


def _owned(
    rows: Rows,
    table: str,
    owners: dict[object, Row],
    owner_table: str,
    *,
    owner_at: int = 0,
    position_at: int | None = 1,
) -> None:
    """Each row's owner exists, and no two rows of one owner share a position."""
    taken: set[tuple[object, object]] = set()
    name = TABLES[table][owner_at].name
    for row in rows.tables[table]:
        owner = row[owner_at]
        if owner not in owners:
            rows.fail("file.dangling", table, row, column=name, target=owner_table, value=shown_id(owner))
        key = (owner, row[position_at] if position_at is not None else None)
        if key in taken:
            if position_at is None:
                rows.fail("file.duplicate_row", table, row)
            rows.fail("file.duplicate_position", table, row, position=row[position_at])
        taken.add(key)


def _check_methods(rows: Rows, methods: dict[object, Row], strategies: dict[object, Row]) -> None:
    """Strategy and parent exist, a parent is in the same strategy, no circles, not too deep."""
    taken: set[tuple[object, object, object]] = set()
    for row in methods.values():
        strategy_id, parent_id, position = row[1], row[2], row[3]
        if strategy_id not in strategies:
            rows.fail(
                "file.dangling", "method", row, column="strategy_id", target="strategy", value=shown_id(strategy_id)
            )
        if parent_id is not None:
            parent = methods.get(parent_id)
            if parent is None:
                rows.fail("file.missing_parent", "method", row, parent=shown_id(parent_id))
            if parent[1] != strategy_id:
                rows.fail("file.parent_elsewhere", "method", row, parent=shown_id(parent_id))
        key = (strategy_id, parent_id, position)
        if key in taken:
            rows.fail("file.duplicate_position", "method", row, position=position)
        taken.add(key)

    # The depth of every method (0 for a method, 1 for its sub-items …), walking up its parents
    # without recursion: each method is visited once, so a chain of thousands costs nothing.
    depth: dict[object, int] = {}
    for start in methods:
        path: list[object] = []
        on_path: set[object] = set()
        current: object = start
        while True:
            if current in depth:
                level = depth[current]
                break
            if current in on_path:
                cycle = path[path.index(current) :]
                chain = " → ".join(shown_id(m) for m in [*cycle[:4], current])
                rows.fail("file.cycle", "method", methods[current], chain=chain if len(cycle) <= 4 else chain + " …")
            on_path.add(current)
            path.append(current)
            parent_id = methods[current][2]
            if parent_id is None:
                level = -1
                break
            current = parent_id
        for node in reversed(path):
            level += 1
            depth[node] = level
    deepest = max(depth, key=depth.__getitem__, default=None)
    if deepest is not None and depth[deepest] > MAX_SUBITEM_DEPTH:
        rows.fail("file.too_deep", "method", methods[deepest], depth=depth[deepest], limit=MAX_SUBITEM_DEPTH)
