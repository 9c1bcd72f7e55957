"""A .perfdesk file is not trusted: every damaged row is refused with one clear message, never read wrong.

Each variant starts from a real file (the Taichung 112 sample with front matter, contributions,
carried-over origins and sub-items added, so every table has rows) and damages it with plain
sqlite3, as a crash, a disk, a bit flip or another program could. Opening it must either refuse
it with one PerfdeskError whose code is in the catalog and whose text is one line, or return
exactly the report that was written: never another exception, never rows silently dropped,
never changed text. The file itself is never modified by trying.
"""

from __future__ import annotations

import contextlib
import copy
import random
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from perfdesk.domain.limits import MAX_SUBITEM_DEPTH
from perfdesk.domain.report import Contribution, Method, Origin, Report
from perfdesk.errors import PerfdeskError
from perfdesk.i18n.messages import known_codes, render
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.report_files import load_report
from perfdesk.storage.office_file import OfficeFile, create_office_file
from perfdesk.storage.row_checksum import CHECKSUMMED_TABLES, register_checksum_function, trigger_names
from perfdesk.storage.tree_reader import read_report

CONTENT_TABLES = (
    "report",
    "front_matter",
    "roster_unit",
    "dimension",
    "dimension_column",
    "strategy",
    "method",
    "method_unit",
    "contribution",
    "method_origin",
)
SECONDS_PER_OPEN = 10


# --- the file every variant starts from --------------------------------------------------------


@dataclass(frozen=True)
class Base:
    data: bytes
    report: Report

    def method(self, index: int) -> Method:
        return list(self.report.walk_methods())[index]

    @property
    def parent(self) -> Method:
        return next(m for m in self.report.walk_methods() if m.children)

    @property
    def sub_item(self) -> Method:
        return self.parent.children[0]


def _base_report() -> Report:
    report = copy.deepcopy(sample_report("taichung-112"))
    report.front_matter = ["壹、計畫依據", "貳、執行目標\n一、提升服務品質", "參、執行策略"]
    methods = list(report.walk_methods())
    methods[0].contributions = [Contribution("基隆分局", "受理申辦", "辦理 12 場"), Contribution("新竹分局")]
    methods[1].origin = Origin("a1b2c3", 111, "去年的標題", "去年的說明", ["秘書室", "第一課"], "去年作法", "去年成果")
    methods[2].origin = Origin("d4e5f6", 111)
    methods[3].needs_review = True
    methods[4].points = 5
    return report


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    path = tmp_path_factory.mktemp("base") / "base.perfdesk"
    create_office_file(path, _base_report())
    return Base(path.read_bytes(), load_report(path))


# --- damaging a file with plain sqlite3 ---------------------------------------------------------


class Db:
    """Plain sqlite3 on the file, bypassing every rule perfdesk keeps (foreign keys are off)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, isolation_level=None)
        register_checksum_function(conn)
        try:
            yield conn
        finally:
            conn.close()

    def sql(self, *statements: str | tuple[str, tuple[Any, ...]]) -> None:
        """Run statements; a checksummed row gets its checksum recomputed by the triggers."""
        with self.connect() as conn:
            conn.execute("BEGIN")
            for statement in statements:
                sql, params = statement if isinstance(statement, tuple) else (statement, ())
                conn.execute(sql, params)
            conn.execute("COMMIT")

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with self.connect() as conn:
            return conn.execute(sql, params).fetchone()[0]

    def force(self, table: str, *statements: str | tuple[str, tuple[Any, ...]]) -> None:
        """Run statements with the table's types and constraints lifted, then put its definition back."""
        with self.connect() as conn:
            original = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
            sql = original.fetchone()[0]
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
        relaxed = f"CREATE TABLE {table} ({', '.join(row[1] for row in info)}, PRIMARY KEY ({', '.join(keys)}))"
        self._set_definition(table, relaxed)
        try:
            self.sql(*statements)
        finally:
            self._set_definition(table, sql)

    def tamper(self, table: str, *statements: str | tuple[str, tuple[Any, ...]]) -> None:
        """Change rows behind the triggers' back, so their checksums stay: a flipped bit or a foreign program."""
        with self.connect() as conn:
            query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
            triggers = conn.execute(query, (table,)).fetchall()
        self.sql(*[f"DROP TRIGGER {name}" for name, _sql in triggers], *statements, *[sql for _name, sql in triggers])

    def _set_definition(self, table: str, sql: str) -> None:
        with self.connect() as conn:
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table))
            conn.execute("PRAGMA writable_schema = OFF")


# --- the variants -------------------------------------------------------------------------------

Mutation = Callable[[Db, Base], None]


@dataclass(frozen=True)
class Variant:
    name: str
    mutate: Mutation
    # "refuse": must raise; "accept": must load the original report; "either": refuse or load it;
    # "load": must load (the change is legitimate), rows all there.
    outcome: str = "refuse"
    codes: tuple[str, ...] = ()  # the codes that may refuse it (empty: any catalog code)
    direct: bool = True  # the reader alone (without the file check before it) must also refuse it
    writable: bool = False  # also opened for editing (migrations run for real)


_TEXT_WRONG = (("blob", "x'41'"), ("integer", "5"), ("real", "1.5"))
_INT_WRONG = (("text", "'abc'"), ("real", "1.5"), ("blob", "x'00'"))
_NULLABLE = {
    ("method", "parent_id"),
    ("method", "points"),
    ("dimension", "points"),
    ("dimension", "category"),
    ("dimension", "heading"),
    ("dimension", "note"),
    ("strategy", "points"),
}
_INTEGER_COLUMNS = {"position", "year", "points", "needs_review"}
_COLUMNS = {
    "report": ("id", "agency", "office", "year", "kind", "title"),
    "front_matter": ("report_id", "position", "text"),
    "roster_unit": ("report_id", "position", "name"),
    "dimension": ("id", "report_id", "position", "label", "name", "points", "category", "heading", "note"),
    "dimension_column": ("dimension_id", "position", "field", "header"),
    "strategy": ("id", "dimension_id", "position", "label", "title", "points"),
    "method": (
        "id",
        "strategy_id",
        "parent_id",
        "position",
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
    "method_unit": ("method_id", "position", "name"),
    "contribution": ("method_id", "position", "office", "practice", "results"),
    "method_origin": ("method_id", "origin_id", "year", "title", "description", "units", "practice", "results"),
}
_FIRST = "rowid = (SELECT min(rowid) FROM {table})"
# A NULL or a wrong type: the reader names it; opening the file may already stop at PRAGMA quick_check.
_BAD_VALUE = ("file.bad_value", "file.damaged")


def _set(table: str, column: str, literal: str, where: str = _FIRST) -> Mutation:
    statement = f"UPDATE {table} SET {column} = {literal} WHERE {where.format(table=table)}"
    return lambda db, _base: db.force(table, statement)


def _tamper(table: str, column: str, expression: str, where: str = _FIRST) -> Mutation:
    statement = f"UPDATE {table} SET {column} = {expression} WHERE {where.format(table=table)}"
    return lambda db, _base: db.tamper(table, statement)


def _run(*statements: str) -> Mutation:
    return lambda db, _base: db.sql(*statements)


def _with(make: Callable[[Base], tuple[str, ...]], *, force: str | None = None) -> Mutation:
    """Statements that need ids from the base report."""

    def mutate(db: Db, base: Base) -> None:
        statements = make(base)
        if force is None:
            db.sql(*statements)
        else:
            db.force(force, *statements)

    return mutate


def _chain(depth: int) -> Mutation:
    """Hang a chain of `depth` sub-items under the first method."""

    def mutate(db: Db, base: Base) -> None:
        top = base.method(0)
        strategy = next(s for s in base.report.strategies() if top in s.methods)
        rows = []
        parent = top.id
        for level in range(depth):
            node = f"chain{level:05d}"
            rows.append((node, strategy.id, parent, 0, "(1)", f"第 {level + 1} 層"))
            parent = node
        with db.connect() as conn:
            conn.execute("BEGIN")
            conn.execute("UPDATE method SET position = position + 1 WHERE parent_id = ?", (top.id,))
            conn.executemany(
                "INSERT INTO method (id, strategy_id, parent_id, position, label, title, description, practice, "
                "results, criteria, points, comment, needs_review) "
                "VALUES (?, ?, ?, ?, ?, ?, '', '', '', '', NULL, '', 0)",
                rows,
            )
            conn.execute("COMMIT")

    return mutate


def _user_version(value: int) -> Mutation:
    return _run(f"PRAGMA user_version = {value}")


def _flip(seed: int) -> Mutation:
    """Flip one bit at a random offset of a page holding report rows (table or overflow pages)."""

    def mutate(db: Db, _base: Base) -> None:
        with db.connect() as conn:
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            pages = sorted(
                {
                    row[0]
                    for row in conn.execute(
                        "SELECT pageno FROM dbstat WHERE name IN ({})".format(", ".join("?" * len(CONTENT_TABLES))),
                        CONTENT_TABLES,
                    )
                }
            )
        chance = random.Random(seed)
        page = chance.choice(pages)
        offset = (page - 1) * page_size + chance.randrange(page_size)
        data = bytearray(db.path.read_bytes())
        data[offset] ^= 1 << chance.randrange(8)
        db.path.write_bytes(bytes(data))

    return mutate


def _variants() -> Iterator[Variant]:
    # NULL in every NOT NULL column, and wrong types in every column.
    for table, columns in _COLUMNS.items():
        for column in columns:
            if (table, column) not in _NULLABLE:
                yield Variant(f"null-{table}.{column}", _set(table, column, "NULL"), codes=_BAD_VALUE)
            wrong = _INT_WRONG if column in _INTEGER_COLUMNS else _TEXT_WRONG
            for kind, literal in wrong:
                yield Variant(f"{kind}-in-{table}.{column}", _set(table, column, literal), codes=_BAD_VALUE)
    for table, column, text in (("method", "title", "x'e68eaa80ff'"), ("method_unit", "name", "x'c0af'")):
        # 措 cut short, an overlong "/": bytes no UTF-8 decoder accepts, stored as TEXT.
        mutation = _tamper(table, column, f"CAST({text} AS TEXT)")
        yield Variant(f"invalid-utf8-{table}.{column}", mutation, codes=("file.bad_text",))
    yield Variant("empty-blob-method.results", _set("method", "results", "x''"), codes=_BAD_VALUE)

    # Values of the right type that cannot be right.
    for value in ("'other'", "'PLAN'", "''"):
        yield Variant(f"kind-{value}", _set("report", "kind", value), codes=("file.bad_value",))
    for value in ("'notes'", "'Strategy'", "''"):
        yield Variant(f"column-field-{value}", _set("dimension_column", "field", value), codes=("file.bad_value",))
    for value in ("2", "-1"):
        yield Variant(f"needs-review-{value}", _set("method", "needs_review", value), codes=("file.bad_value",))
    for value in ("0", "1000", "-112", str(2**62)):
        yield Variant(f"year-{value}", _set("report", "year", value), codes=("file.out_of_range",))
    yield Variant("origin-year-0", _set("method_origin", "year", "0"), codes=("file.out_of_range",))
    for table in ("dimension", "strategy", "method"):
        yield Variant(f"negative-points-{table}", _set(table, "points", "-1"), codes=("file.out_of_range",))
        yield Variant(f"huge-points-{table}", _set(table, "points", str(2**40)), codes=("file.out_of_range",))
    for table in ("dimension", "strategy", "method", "dimension_column", "method_unit", "front_matter"):
        yield Variant(f"negative-position-{table}", _set(table, "position", "-1"), codes=("file.out_of_range",))
    for name, literal in (
        ("not-json", "'秘書室'"),
        ("object", "'{\"a\": 1}'"),
        ("numbers", "'[1, 2]'"),
        ("null-inside", "'[\"秘書室\", null]'"),
        ("string", "'\"秘書室\"'"),
        ("empty", "''"),
        ("nested", "'[[\"秘書室\"]]'"),
        ("nan", "'NaN'"),
        ("deep", "'" + "[" * 100_000 + "]" * 100_000 + "'"),
        ("trailing", "'[\"a\"] x'"),
    ):
        yield Variant(f"origin-units-{name}", _set("method_origin", "units", literal), codes=("file.bad_value",))

    # Rows pointing nowhere.
    for table, column in (
        ("dimension", "report_id"),
        ("front_matter", "report_id"),
        ("roster_unit", "report_id"),
        ("dimension_column", "dimension_id"),
        ("strategy", "dimension_id"),
        ("method", "strategy_id"),
        ("method_unit", "method_id"),
        ("contribution", "method_id"),
        ("method_origin", "method_id"),
    ):
        mutation = _run(f"UPDATE {table} SET {column} = 'nowhere' WHERE rowid = 1")
        yield Variant(f"dangling-{table}.{column}", mutation, codes=("file.dangling",))
    yield Variant(
        "dangling-parent",
        _with(lambda b: (f"UPDATE method SET parent_id = 'nowhere' WHERE id = '{b.sub_item.id}'",)),
        codes=("file.missing_parent",),
    )
    # A strategy gone: its 23 methods must not be read as 22, or as none.
    yield Variant(
        "missing-strategy",
        _with(lambda b: (f"DELETE FROM strategy WHERE id = '{b.report.dimensions[0].strategies[0].id}'",)),
        codes=("file.dangling",),
    )
    yield Variant(
        "missing-dimension",
        _with(lambda b: (f"DELETE FROM dimension WHERE id = '{b.report.dimensions[1].id}'",)),
        codes=("file.dangling",),
    )
    yield Variant(
        "missing-parent",
        _with(lambda b: (f"DELETE FROM method WHERE id = '{b.parent.id}'",)),
        codes=("file.missing_parent",),
    )
    yield Variant(
        "parent-in-another-strategy",
        _with(
            lambda b: (
                f"UPDATE method SET strategy_id = '{b.report.dimensions[-1].strategies[-1].id}' "
                f"WHERE id = '{b.sub_item.id}'",
            )
        ),
        codes=("file.parent_elsewhere",),
    )
    yield Variant(
        "parent-in-another-strategy-top-level",
        _with(
            lambda b: (
                f"UPDATE method SET parent_id = '{b.method(0).id}' "
                f"WHERE id = '{list(b.report.dimensions[-1].walk_methods())[-1].id}'",
            )
        ),
        codes=("file.parent_elsewhere",),
    )

    # Parents in a circle, rows reachable twice or not at all.
    yield Variant(
        "cycle-self",
        _with(lambda b: (f"UPDATE method SET parent_id = id WHERE id = '{b.method(0).id}'",)),
        codes=("file.cycle",),
    )
    yield Variant(
        "cycle-two",
        _with(
            lambda b: (
                f"UPDATE method SET parent_id = '{b.method(1).id}' WHERE id = '{b.method(0).id}'",
                f"UPDATE method SET parent_id = '{b.method(0).id}' WHERE id = '{b.method(1).id}'",
            )
        ),
        codes=("file.cycle",),
    )
    yield Variant(
        "cycle-through-sub-item",
        _with(lambda b: (f"UPDATE method SET parent_id = '{b.sub_item.id}' WHERE id = '{b.parent.id}'",)),
        codes=("file.cycle",),
    )
    yield Variant("no-report", _run("DELETE FROM report"), codes=("file.no_report",))
    yield Variant(
        "two-reports",
        _run(
            "INSERT INTO report (id, agency, office, year, kind, title) "
            "SELECT id || 'x', agency, office, year, kind, title FROM report"
        ),
        codes=("file.report_count",),
    )
    yield Variant(
        "duplicate-method-position",
        _with(
            lambda b: (
                f"UPDATE method SET position = 0 WHERE id = '{b.report.dimensions[0].strategies[0].methods[1].id}'",
            )
        ),
        codes=("file.duplicate_position",),
    )
    yield Variant(
        "duplicate-strategy-position",
        _with(lambda b: (f"UPDATE strategy SET position = 0 WHERE id = '{b.report.dimensions[0].strategies[1].id}'",)),
        codes=("file.duplicate_position",),
    )
    yield Variant(
        "duplicate-dimension-position",
        _with(lambda b: (f"UPDATE dimension SET position = 0 WHERE id = '{b.report.dimensions[1].id}'",)),
        codes=("file.duplicate_position",),
    )
    # Sub-items nested too deep: refused quickly, whatever the depth.
    yield Variant("chain-3000", _chain(3000), codes=("file.too_deep",))
    yield Variant("chain-too-deep", _chain(MAX_SUBITEM_DEPTH + 1), codes=("file.too_deep",))
    yield Variant("chain-deepest-allowed", _chain(MAX_SUBITEM_DEPTH), outcome="load")

    # The file's version.
    for value in (0, -1):
        yield Variant(
            f"user-version-{value}", _user_version(value), codes=("file.unknown_version",), direct=False, writable=True
        )
    yield Variant("user-version-99", _user_version(99), codes=("file.newer_version",), direct=False, writable=True)
    yield Variant("v1-with-v2-tables", _user_version(1), outcome="accept", direct=False, writable=True)

    # Tables, columns, triggers: the file's own definitions.
    for table in (*CONTENT_TABLES, "meta"):
        yield Variant(f"missing-table-{table}", _run(f"DROP TABLE {table}"), codes=("file.missing_table",))
    for table, column in (("method", "comment"), ("method_unit", "name"), ("method_unit", "checksum")):
        mutation = _run(f"ALTER TABLE {table} DROP COLUMN {column}")
        yield Variant(f"missing-column-{table}.{column}", mutation, codes=("file.missing_column",))
    yield Variant(
        "extra-table", _run("CREATE TABLE notes (x TEXT)", "INSERT INTO notes VALUES ('hello')"), outcome="accept"
    )
    yield Variant("extra-view", _run("CREATE VIEW titles AS SELECT title FROM method"), outcome="accept")
    yield Variant("extra-index", _run("CREATE INDEX ix_extra ON method (title)"), outcome="accept")
    yield Variant("analyzed", _run("ANALYZE"), outcome="accept")
    yield Variant(
        "extra-trigger",
        _run(
            "CREATE TRIGGER sneaky AFTER UPDATE ON method BEGIN UPDATE method SET results = '' WHERE id = NEW.id; END"
        ),
        codes=("file.unknown_trigger",),
    )
    yield Variant(
        "column-type-changed",
        lambda db, _b: db._set_definition(
            "method",
            db.one("SELECT sql FROM sqlite_master WHERE name = 'method'").replace("title TEXT", "title INTEGER"),
        ),
        codes=("file.column_type",),
    )

    # Text changed without its checksum: a flipped bit or another program.
    for table, column in (
        ("report", "title"),
        ("front_matter", "text"),
        ("roster_unit", "name"),
        ("dimension", "name"),
        ("dimension_column", "header"),
        ("strategy", "title"),
        ("method", "results"),
        ("method", "label"),
        ("method_unit", "name"),
        ("contribution", "results"),
        ("method_origin", "results"),
    ):
        yield Variant(
            f"changed-text-{table}.{column}",
            _tamper(table, column, f"'措' || {column}"),
            codes=("file.checksum_mismatch",),
        )
    yield Variant(
        "changed-text-one-character",
        _tamper(
            "method",
            "title",
            "replace(title, '訂', '計')",
            where="rowid = (SELECT min(rowid) FROM method WHERE title LIKE '%訂%')",
        ),
        codes=("file.checksum_mismatch",),
    )
    yield Variant("changed-points", _tamper("method", "points", "7"), codes=("file.checksum_mismatch",))
    yield Variant(
        "changed-position", _tamper("method", "position", "position + 100"), codes=("file.checksum_mismatch",)
    )
    yield Variant(
        "changed-needs-review", _tamper("method", "needs_review", "1 - needs_review"), codes=("file.checksum_mismatch",)
    )
    yield Variant(
        "changed-text-every-method",
        _tamper("method", "title", "title || '。'", where="1"),
        codes=("file.checksum_mismatch_many",),
    )

    # The checksums themselves, and the triggers that keep them.
    for table in CHECKSUMMED_TABLES:
        for trigger in trigger_names(table):
            yield Variant(f"missing-trigger-{trigger}", _run(f"DROP TRIGGER {trigger}"), codes=("file.bad_trigger",))
    yield Variant(
        "altered-trigger",
        _run(
            "DROP TRIGGER perfdesk_checksum_method_update",
            "CREATE TRIGGER perfdesk_checksum_method_update AFTER UPDATE OF title ON method "
            "BEGIN UPDATE method SET checksum = 0 WHERE rowid = NEW.rowid; END",
        ),
        codes=("file.bad_trigger",),
    )
    yield Variant(
        "altered-trigger-text-only",
        lambda db, _b: _rewrite_trigger(db, "perfdesk_checksum_method_insert", "title", "titlf"),
        codes=("file.bad_trigger", "file.damaged"),
    )
    yield Variant(
        "checksum-null",
        _run("UPDATE method SET checksum = NULL WHERE rowid = 3"),
        codes=("file.checksum_mismatch",),
    )
    yield Variant(
        "checksum-text", _set("method", "checksum", "'abc'", where="rowid = 3"), codes=("file.checksum_mismatch",)
    )
    yield Variant(
        "checksum-off-by-one",
        _run("UPDATE strategy SET checksum = checksum + 1 WHERE rowid = 2"),
        codes=("file.checksum_mismatch",),
    )
    yield Variant("v2-with-v3-tables", _user_version(2), outcome="accept", direct=False, writable=True)
    yield Variant(
        "v2-with-v3-tables-and-changed-text",
        lambda db, b: (_tamper("method", "title", "title || '。'")(db, b), _user_version(2)(db, b)),
        codes=("file.checksum_mismatch",),
        direct=False,
        writable=True,
    )

    # Single bit flips anywhere in the pages that hold report rows.
    for seed in range(40):
        yield Variant(f"bit-flip-{seed:02d}", _flip(seed), outcome="either", direct=False)


def _rewrite_trigger(db: Db, name: str, old: str, new: str) -> None:
    """Change a trigger's stored text in place, the way a flipped bit would."""
    sql = db.one("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,))
    with db.connect() as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new, 1), name))
        conn.execute("PRAGMA writable_schema = OFF")


VARIANTS = list(_variants())


# --- opening a damaged file ---------------------------------------------------------------------


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _count_rows(path: Path) -> dict[str, int]:
    """Rows in the tables, as plain SQL sees them (-1 where a table cannot be counted)."""
    counts = {}
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        for table in ("dimension", "strategy", "method", "method_unit"):
            try:
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except sqlite3.Error:
                counts[table] = -1
    finally:
        conn.close()
    return counts


def _counts(report: Report) -> dict[str, int]:
    methods: list[Method] = []
    stack = [m for s in report.strategies() for m in s.methods]
    while stack:  # not Method.walk: a loaded tree may be deeper than recursion allows
        method = stack.pop()
        methods.append(method)
        stack.extend(method.children)
    return {
        "dimension": len(report.dimensions),
        "strategy": sum(1 for _ in report.strategies()),
        "method": len(methods),
        "method_unit": sum(len(m.units) for m in methods),
    }


Attempt = Callable[[Path], Report]


def _read_only(path: Path) -> Report:
    return load_report(path)


def _for_editing(path: Path) -> Report:
    office_file = OfficeFile.open(path)
    try:
        return office_file.load()
    finally:
        office_file.close()


def _reader_alone(path: Path) -> Report:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return read_report(conn)
    finally:
        conn.close()


def _outcome(attempt: Attempt, path: Path) -> tuple[Report | None, PerfdeskError | None]:
    """What opening gives: the report, or the one error a user sees. Anything else fails the test."""
    before = path.read_bytes()
    try:
        with _time_limit(SECONDS_PER_OPEN):
            return attempt(path), None
    except PerfdeskError as error:
        return None, error
    except TimeoutError:
        pytest.fail("HANG: opening did not finish")
    except BaseException as error:  # every other exception is the failure being tested
        pytest.fail(f"UNEXPECTED: {type(error).__name__}: {str(error)[:200]}")
    finally:
        if path.exists() and path.read_bytes() != before and attempt is not _for_editing:
            pytest.fail("MODIFIED: reading changed the file")


def _check(variant: Variant, attempt: Attempt, path: Path, base: Base, outcome: str) -> None:
    rows = _count_rows(path)
    with _attempt_named(attempt):
        report, error = _outcome(attempt, path)
        _judge(variant, report, error, rows, base, outcome)


@contextlib.contextmanager
def _attempt_named(attempt: Attempt) -> Iterator[None]:
    """Failures say which way of opening the file they came from."""
    try:
        yield
    except (AssertionError, pytest.fail.Exception) as failure:
        raise AssertionError(f"[{attempt.__name__.strip('_')}] {failure}") from None


def _judge(
    variant: Variant, report: Report | None, error: PerfdeskError | None, rows: dict[str, int], base: Base, outcome: str
) -> None:
    if error is not None:
        assert error.code in known_codes(), f"UNEXPECTED: uncatalogued code {error.code}"
        for language in ("zh_TW", "en"):
            text = render(error.code, language, **error.params)  # type: ignore[arg-type]
            assert "\n" not in text and 0 < len(text) < 400, text
        assert outcome in ("refuse", "either"), f"WRONGLY_REFUSED: {error.code}: {error}"
        if variant.codes and outcome == "refuse":
            assert error.code in variant.codes, f"WRONG_CODE: {error.code}: {error}"
        return
    assert report is not None
    if _counts(report) != rows:
        pytest.fail(f"SILENT_DROP: {_counts(report)} read of {rows}")
    if outcome == "refuse":
        pytest.fail("UNDETECTED: the damaged file loaded")
    if outcome in ("accept", "either"):
        assert report == base.report, "UNDETECTED: the report loaded with changed content"


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_a_damaged_file_is_refused_or_read_exactly(variant: Variant, base: Base, tmp_path: Path) -> None:
    path = tmp_path / "臺中分局-112.perfdesk"
    path.write_bytes(base.data)
    variant.mutate(Db(path), base)
    started = time.perf_counter()
    _check(variant, _read_only, path, base, variant.outcome)
    if variant.direct:
        _check(variant, _reader_alone, path, base, variant.outcome)
    if variant.writable:
        _check(variant, _for_editing, path, base, variant.outcome)
    assert time.perf_counter() - started < 5, "SLOW"


def test_there_are_enough_variants() -> None:
    assert len(VARIANTS) >= 130


def test_the_deepest_tree_a_file_may_hold_goes_through_everything_that_walks_trees(base: Base, tmp_path: Path) -> None:
    # The reader's depth limit is what keeps the recursive walks of the tree (Method.walk,
    # numbering, comparison, JSON, layout, copies) far from Python's recursion limit.
    from perfdesk.domain.compare import compare
    from perfdesk.domain.copy_forward import copy_forward
    from perfdesk.domain.numbering import renumber
    from perfdesk.domain.report import ReportKind
    from perfdesk.domain.validation import validate
    from perfdesk.export.layout import build_layout
    from perfdesk.interchange.json_reader import parse_report_json
    from perfdesk.interchange.json_writer import report_to_json

    path = tmp_path / "deep.perfdesk"
    path.write_bytes(base.data)
    _chain(MAX_SUBITEM_DEPTH)(Db(path), base)
    with _time_limit(SECONDS_PER_OPEN):
        report = load_report(path)
        assert len(list(report.walk_methods())) == len(list(base.report.walk_methods())) + MAX_SUBITEM_DEPTH
        validate(report)
        assert parse_report_json(report_to_json(report).encode("utf-8")) == report
        compare(base.report, report)
        build_layout(report)
        renumber(copy.deepcopy(report))
        copy_forward(report, 113, ReportKind.PLAN)


def test_every_code_the_reader_raises_has_a_message() -> None:
    import re

    from perfdesk.storage import migrations, row_checks, tree_reader

    source = "".join(Path(m.__file__ or "").read_text(encoding="utf-8") for m in (row_checks, tree_reader, migrations))
    codes = set(re.findall(r"\"(file\.[a-z_]+)\"", source))
    assert len(codes) >= 20
    assert codes <= known_codes(), sorted(codes - known_codes())


@pytest.mark.parametrize("seed", range(40))
def test_a_bit_flipped_anywhere_in_the_file_never_changes_what_the_reader_returns(
    seed: int, base: Base, tmp_path: Path
) -> None:
    # Anywhere: the header, the schema, indexes, free pages too. The reader alone (opening also
    # runs file_check first, which has its own tests).
    chance = random.Random(10_000 + seed)
    data = bytearray(base.data)
    data[chance.randrange(len(data))] ^= 1 << chance.randrange(8)
    path = tmp_path / "flipped.perfdesk"
    path.write_bytes(bytes(data))
    _check(Variant("flip", _run(), outcome="either"), _reader_alone, path, base, "either")
