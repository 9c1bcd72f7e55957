"""A report recognised in an office document's blocks (model.py), whatever format they came from.

The document is read top to bottom: the title (one or two lines) names the office, year and
kind; paragraphs before the first 類 line or 構面 heading are the front matter; each 構面
heading opens a dimension, whose tables — one, or several where page breaks cut it, the header
row repeated or not — give its column set (from the header row's names) and its rows. Every
judgement that is not plain reading (a two-line title, a row joined over a page break, results
written under 具體作法, the points of a lone project) is recorded, for --dry-run and the window
to show. Every row comes in flagged 待檢視 with the text of its cells remembered, so the usual
review walks the coordinator through what was imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from perfdesk.domain.report import (
    Column,
    Dimension,
    Field,
    Method,
    Origin,
    Report,
    ReportKind,
    Strategy,
    standard_title,
)
from perfdesk.domain.tree import walk
from perfdesk.errors import PerfdeskError
from perfdesk.export.unit_names import joined_unit_names
from perfdesk.interchange.documents import outline_text as text_of
from perfdesk.interchange.documents.column_names import header_fields
from perfdesk.interchange.documents.model import Cell, Document, Paragraph, Row, Table


@dataclass(frozen=True)
class Judgement:
    """One decision the import made, as a message code and its parameters (rendered by i18n)."""

    code: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class Imported:
    report: Report
    judgements: list[Judgement] = field(default_factory=list)


@dataclass
class _Grid:
    """A table's header: the field at each grid position (None: a position no field reads)."""

    fields: list[Field | None]
    columns: list[Column]
    headers: tuple[str, ...]


@dataclass
class _Builder:
    report: Report
    judgements: list[Judgement] = field(default_factory=list)
    category: str | None = None
    dimension: Dimension | None = None
    strategy: Strategy | None = None
    stack: list[Method] = field(default_factory=list)  # the open method and its open sub-items, by level
    grid: _Grid | None = None
    note: list[str] = field(default_factory=list)

    # Judgements about a row, named by its outline path once the whole tree is known.
    about_rows: list[tuple[int, Method]] = field(default_factory=list)

    def judge(self, code: str, **params: object) -> None:
        self.judgements.append(Judgement(code, {k: str(v) for k, v in params.items()}))

    def judge_row(self, code: str, method: Method, **params: object) -> None:
        self.about_rows.append((len(self.judgements), method))
        self.judge(code, row="", **params)

    def name_rows(self) -> None:
        """Fill in each row judgement's 「構面一 (一) 2.」, the path the checks and the CLI name rows by."""
        paths = {place.node.id: place.path for place in walk(self.report)}
        for index, method in self.about_rows:
            self.judgements[index].params["row"] = paths.get(method.id, method.label or method.title[:20])


def build_report(
    document: Document,
    *,
    source: str,
    office: str | None = None,
    year: int | None = None,
    kind: ReportKind | None = None,
) -> Imported:
    """The report in `document` (from the file named `source`); office, year and kind given win over the title's."""
    blocks = list(document.blocks)
    title_text, rest = _title(blocks)
    found = text_of.report_title(title_text)
    report = Report(
        agency=found.agency or text_of.AGENCY,
        office=office or found.office or "",
        year=year or found.year or 0,
        kind=kind or found.kind or ReportKind.RESULTS,
        title=title_text,
    )
    builder = _Builder(report)
    if title_text:
        builder.judge("import.title", title=title_text)
    for name, given, read in (
        ("office", office, found.office),
        ("year", year, found.year),
        ("kind", kind.title_word if kind else None, found.kind.title_word if found.kind else None),
    ):
        if given is None and read is None:
            builder.judge(f"import.{name}_not_in_title")
    if not report.title:
        report.title = standard_title(report.agency, report.office, report.year, report.kind)
    for code, params in document.not_imported:
        builder.judge(code, **params)
    for block in rest:
        if isinstance(block, Table):
            _table(builder, block)
        else:
            _paragraph(builder, block)
    _close_dimension(builder)
    if not any(d.strategies for d in report.dimensions):
        raise PerfdeskError("document.no_report_table", path=source)
    builder.name_rows()
    report.units = list(dict.fromkeys(u for m in report.walk_methods() for u in m.units))
    for method in report.walk_methods():
        method.needs_review = True
        method.origin = Origin(
            method.id,
            report.year,
            method.title,
            method.description,
            list(method.units),
            method.practice,
            method.results,
        )
    return Imported(report, builder.judgements)


# ---- title and paragraphs ---------------------------------------------------------------


def _title(blocks: list[Paragraph | Table]) -> tuple[str, list[Paragraph | Table]]:
    """The title (on one line, or two: 「經濟部標準檢驗局新竹分局」 / 「107 年度提升服務效能…」) and what follows."""
    leading = [i for i, b in enumerate(blocks[:4]) if isinstance(b, Paragraph) and b.full_text.strip()]
    if leading and isinstance(blocks[leading[0]], Paragraph):
        first = blocks[leading[0]].full_text.strip()  # type: ignore[union-attr]
        if text_of.is_title(first):
            return first, blocks[leading[0] + 1 :]
        if len(leading) > 1:
            second = blocks[leading[1]].full_text.strip()  # type: ignore[union-attr]
            joined = _joined_lines(first, second)
            if text_of.is_title(joined) and not text_of.dimension_heading(second):
                return joined, blocks[leading[1] + 1 :]
    return "", blocks


def _joined_lines(first: str, second: str) -> str:
    """Two lines of a title as one: a space where a year meets a word (「…高雄分局」 + 「108 年度…」),
    as the reports write 「高雄分局 108 年度」; Chinese text on both sides joins directly."""
    digit_meets_word = (first[-1:].isascii() and first[-1:].isdigit()) != (
        second[:1].isascii() and second[:1].isdigit()
    )
    return (
        f"{first} {second}" if digit_meets_word and (first[-1:].isdigit() or second[:1].isdigit()) else first + second
    )


def _paragraph(builder: _Builder, paragraph: Paragraph) -> None:
    text = paragraph.full_text.strip()
    if not text:
        return
    heading = text_of.dimension_heading(text)
    if heading is not None:
        _close_dimension(builder)
        dimension = Dimension(label=heading.label, name=heading.name, points=heading.points)
        dimension.category = builder.category
        generated = dimension.generated_heading
        dimension.heading = None if text == generated else text
        dimension.columns = []
        builder.dimension, builder.strategy, builder.stack, builder.grid = dimension, None, [], None
        builder.report.dimensions.append(dimension)
        builder.judge("import.dimension", heading=text)
        return
    if text_of.CATEGORY.match(text):
        _close_dimension(builder)
        builder.category = text
        builder.dimension = None
        return
    if builder.dimension is None:
        builder.report.front_matter.append(text)
    elif not builder.dimension.strategies:
        builder.note.append(text)  # between a heading and its table: the dimension's note
    else:
        builder.judge("import.paragraph_skipped", text=text[:30])


def _close_dimension(builder: _Builder) -> None:
    dimension = builder.dimension
    if dimension is None:
        return
    if builder.note:
        dimension.note = "\n".join(builder.note)
        builder.note = []
    if dimension.points is None and dimension.label == "" and builder.category:
        # A project (專案名稱：…) alone in its 類 carries the category's points (二、專案規劃類(1000 分)).
        same = [d for d in builder.report.dimensions if d.category == builder.category]
        points = text_of.category_points(builder.category)
        if len(same) == 1 and points is not None:
            dimension.points = points
            builder.judge("import.project_points", name=dimension.name, points=points)


# ---- tables -----------------------------------------------------------------------------


def _table(builder: _Builder, table: Table) -> None:
    rows = list(table.rows)
    grid = _header(rows[0], builder.report.kind) if rows else None
    if grid is not None:
        rows = rows[1:]
        if builder.dimension is None:
            builder.dimension = Dimension(label="", name="", columns=[])
            builder.dimension.category = builder.category
            builder.report.dimensions.append(builder.dimension)
            builder.judge("import.table_without_heading")
        if builder.grid is not None and grid.headers == builder.grid.headers and builder.dimension.strategies:
            builder.judge("import.header_repeated")
        elif not builder.dimension.columns:
            builder.dimension.columns = grid.columns
            builder.judge(
                "import.columns",
                dimension=builder.dimension.display_heading,
                columns="、".join(c.header for c in grid.columns),
            )
        builder.grid = grid
    elif builder.grid is None or builder.dimension is None:
        builder.judge("import.not_a_report_table", first=_row_text(rows[0]) if rows else "")
        return
    grid = builder.grid
    assert grid is not None
    for number, row in enumerate(rows):
        if row.repeats_as_header or tuple(_cell_texts(row)) == grid.headers:
            continue
        _row(builder, grid, row, first_of_table=number == 0)


def _header(row: Row, kind: ReportKind) -> _Grid | None:
    headers = [cell.text.strip() for cell in row.cells]
    fields = header_fields(headers, kind)
    if fields is None:
        return None
    grid: list[Field | None] = []
    columns: list[Column] = []
    for cell, header, column_field in zip(row.cells, headers, fields, strict=True):
        columns.append(Column(column_field, header))
        grid.append(column_field)
        if cell.span > 1 and column_field is Field.STRATEGY:
            # 「執行策略」 over two columns: the strategy, then the method beside it (Taichung 構面五).
            grid += [Field.METHOD] + [None] * (cell.span - 2)
        else:
            grid += [None] * (cell.span - 1)
    return _Grid(grid, columns, tuple(headers))


def _cells_by_field(grid: _Grid, row: Row) -> dict[Field, Cell]:
    found: dict[Field, Cell] = {}
    position = 0
    for cell in row.cells:
        if position < len(grid.fields):
            column_field = grid.fields[position]
            if column_field is not None and column_field not in found:
                found[column_field] = cell
        position += max(cell.span, 1)
    return found


def _row(builder: _Builder, grid: _Grid, row: Row, *, first_of_table: bool) -> None:
    cells = _cells_by_field(grid, row)
    strategy_cell = cells.get(Field.STRATEGY)
    method_cell = cells.get(Field.METHOD)
    units_cell = cells.get(Field.UNITS)
    text_fields: tuple[Field, ...] = (Field.PRACTICE, Field.RESULTS, Field.CRITERIA)
    data = {f: _text(cells[f]) for f in text_fields if f in cells}
    strategy_paragraphs = _paragraphs(strategy_cell)
    method_paragraphs = _paragraphs(method_cell)
    units = _units(units_cell)
    if not strategy_paragraphs and not method_paragraphs and not units:
        if not any(data.values()):
            return
        if builder.stack and first_of_table:
            _join_continuation(builder, data, [], [])
            return
    if Field.METHOD not in grid.fields:
        # No method column: the strategy column holds the strategy on its first row, then each method.
        strategy_paragraphs, method_paragraphs = _split_strategy_column(builder, strategy_paragraphs)
    if first_of_table and not strategy_paragraphs and builder.stack and _continues(method_paragraphs):
        # The head of the cell ends the sentence the page cut; a labelled paragraph after it
        # (「度」 then 「(1)資訊公開：…」) starts the next method, which takes the row's data.
        starts = next(
            (i for i, p in enumerate(method_paragraphs) if p.label or text_of.starts_with_label(p.text)), None
        )
        if starts is None:
            _join_continuation(builder, data, method_paragraphs, units)
            return
        _join_continuation(builder, {}, method_paragraphs[:starts], [])
        method_paragraphs = method_paragraphs[starts:]
    if strategy_paragraphs:
        _new_strategy(builder, strategy_paragraphs)
    if builder.strategy is None:
        _new_strategy(builder, [])
        builder.judge("import.row_without_strategy", row=_row_text(row))
    target = _methods(builder, method_paragraphs)
    if target is None:
        target = Method(label="", title="")
        _place(builder, target)
    target.units = units
    target.practice = data.get(Field.PRACTICE, "")
    target.criteria = data.get(Field.CRITERIA, "")
    results = data.get(Field.RESULTS, "")
    own, contributions = text_of.results_and_contributions(results)
    target.results, target.contributions = own, contributions
    if contributions:
        builder.judge_row("import.contributions", target, count=len(contributions))


def _split_strategy_column(builder: _Builder, paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    if not paragraphs:
        return [], []
    first = paragraphs[0].full_text.strip()
    scored = text_of.points_at_end(first)[1] is not None
    opens_strategy = bool(text_of.STRATEGY_LABEL.match(first)) or builder.strategy is None or scored
    if opens_strategy and not text_of.METHOD_LABEL.match(first):
        return paragraphs[:1], paragraphs[1:]
    return [], paragraphs


def _new_strategy(builder: _Builder, paragraphs: list[Paragraph]) -> None:
    assert builder.dimension is not None
    text = "\n".join(p.full_text for p in paragraphs).strip()
    read = text_of.strategy_text(text)
    strategy = Strategy(label=read.label, title=read.title, points=read.points)
    builder.dimension.strategies.append(strategy)
    builder.strategy, builder.stack = strategy, []


def _methods(builder: _Builder, paragraphs: list[Paragraph]) -> Method | None:
    """The methods a method cell writes (a parent and its first sub-item may share one).

    A paragraph that starts with a label (typed, or made by automatic numbering) starts a
    method; the paragraphs after it, up to the next label, are the rest of its text, which is
    read whole — so a description over several lines, and the points after its last, come back
    as printed. Returns the last method, which the row's data fills.
    """
    groups: list[tuple[str, list[str]]] = []  # (automatic label, lines) per method
    # Each line is read like a paragraph: a soft line break is how many offices start a sub-item.
    pieces = [
        (paragraph.label if number == 0 else "", line.strip())
        for paragraph in paragraphs
        for number, line in enumerate((paragraph.text if paragraph.label else paragraph.full_text).split("\n"))
    ]
    for label, text in pieces:
        if not text and not label:
            continue
        parent, child = text_of.parent_and_first_sub_item(text, label)
        if groups and not label and not text_of.starts_with_label(text):
            groups[-1][1].append(text)
        elif child:
            # 「1.提升服務設施合宜度: (1) 進行環境美化…」: the parent's title, then its first sub-item.
            groups += [(label, [parent]), ("", [child])]
        else:
            groups.append((label, [text]))
    last: Method | None = None
    for label, lines in groups:
        read = text_of.method_text("\n".join(lines), label)
        method = Method(label=read.label, title=read.title, description=read.description, points=read.points)
        level = _place(builder, method)
        if last is not None and level > 0:
            builder.judge_row("import.sub_item_in_cell", method)
        if label:
            builder.judge_row("import.automatic_number", method, label=label)
        last = method
    return last


def _place(builder: _Builder, method: Method) -> int:
    """Put `method` under the nearest open method whose label style is shallower (「1.」 above 「(1)」); its level.

    Styles rank as outlines customarily nest them (label_rank), relative to what is open, not at
    fixed depths: Taichung's strategy 「2.提高網站使用便利性」 lists methods (1)…(8) side by side,
    Keelung's innovation plan nests 「一、」 under an unlabelled banner and 「1.」 under 「一、」.
    """
    assert builder.strategy is not None
    rank = text_of.label_rank(method.label)
    while builder.stack and text_of.label_rank(builder.stack[-1].label) >= rank:
        builder.stack.pop()
    if builder.stack:
        builder.stack[-1].children.append(method)
    else:
        builder.strategy.methods.append(method)
    builder.stack.append(method)
    return len(builder.stack) - 1


def _continues(method_paragraphs: list[Paragraph]) -> bool:
    """A table's first row goes on with the row above when its method text starts with no label
    (「代理人) 、…」: the cell was cut mid-sentence by the page break), or it has none at all."""
    if not method_paragraphs:
        return True
    first = method_paragraphs[0]
    return not first.label and not text_of.starts_with_label(first.full_text)


def _join_continuation(
    builder: _Builder, data: dict[Field, str], method_paragraphs: list[Paragraph], units: list[str]
) -> None:
    """A row continued over a page break: its text belongs to the row above, in the same cells.

    The text was cut mid-sentence, so it joins without a break, unless it starts with a label or
    the text above ends a sentence (the page fell between two paragraphs).
    """
    method = builder.stack[-1]
    if method_paragraphs:
        more = "\n".join(p.full_text.strip() for p in method_paragraphs)
        if method.description:
            method.description += more
        else:
            method.title += more
    method.units += units
    for column_field, text in data.items():
        if not text:
            continue
        name = {Field.PRACTICE: "practice", Field.RESULTS: "results", Field.CRITERIA: "criteria"}[column_field]
        before = getattr(method, name)
        glue = "\n" if text_of.starts_with_label(text) or before.rstrip().endswith(_SENTENCE_ENDS) else ""
        setattr(method, name, f"{before}{glue}{text}" if before else text)
    builder.judge_row("import.joined_over_page_break", method)


_SENTENCE_ENDS = ("。", "！", "？")


# ---- cells ------------------------------------------------------------------------------


def _paragraphs(cell: Cell | None) -> list[Paragraph]:
    if cell is None or cell.continues_above:
        return []
    return [p for p in cell.paragraphs if p.full_text.strip()]


def _text(cell: Cell) -> str:
    """A text cell's paragraphs, kept as lines; empty paragraphs between them kept as written."""
    if cell.continues_above:
        return ""
    lines = [p.full_text for p in cell.paragraphs]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def _units(cell: Cell | None) -> list[str]:
    """One unit per paragraph or line (soft line breaks), or per name where one line lists several.

    Offices type 「報驗發證科 臺中港口辦事處 員林辦事處」 on one line. A space before a bracket
    qualifies the unit before it (「秘書室 (研考)」 is one unit), and one inside brackets is part
    of the name (「(本局各一級單位 各分局)」), so neither divides. A name the export broke over two
    lines of one paragraph, where it breaks a unit's name too wide for its column (「桃園國際機場 /
    辦事處」, export.unit_names), is one unit again.
    """
    if cell is None or cell.continues_above:
        return []
    lines = [line for p in cell.paragraphs for line in joined_unit_names(p.full_text.split("\n"))]
    return [part for line in lines for unit in _unit_names(line.strip()) for part in _enumerated_units(unit)]


# How the name of a unit ends: 科, 課, 室, 組, 處 (辦事處), 辦 (嘉辦), 局 (分局), 中心.
_UNIT_NAME_END = re.compile(r"(?:科|課|室|組|處|辦|局|中心)(?:[(（][^()（）]*[)）])?$")


def _enumerated_units(text: str) -> list[str]:
    """「資訊小組、各課室」: units listed with 「、」, each part a unit's whole name; 「第一、二課」 (the
    first and second 課) stays one, as its first part names no unit."""
    parts = [part.strip() for part in text.split("、")]
    if len(parts) > 1 and all(len(part) >= 2 and _UNIT_NAME_END.search(part) for part in parts):
        return parts
    return [text]


def _unit_names(line: str) -> list[str]:
    names, current, depth = [], "", 0
    for position, char in enumerate(line):
        depth += (char in "(（") - (char in ")）")
        if char.isspace() and depth <= 0:
            following = line[position:].lstrip()[:1]
            if following and following not in "(（":
                names.append(current)
                current = ""
                continue
        current += char
    names.append(current)
    return [name.strip() for name in names if name.strip()]


def _cell_texts(row: Row) -> list[str]:
    return [cell.text.strip() for cell in row.cells]


def _row_text(row: Row) -> str:
    return " | ".join(t[:15] for t in _cell_texts(row) if t)[:60]
