"""The one description of a report's printed form that the Excel and PDF exporters both draw.

A report becomes: title, front matter, then per dimension (構面) its heading, note and a table
whose columns are that dimension's own. Each table row is one method or sub-item; the strategy
cell spans all rows of its strategy. A parent method heads its sub-item rows with a row of its
own. Where a dimension has no method column, the methods get a printed column of their own
beside the strategy, under one 「執行策略」 header cell spanning both. Internal comments and
review flags never reach the layout.

Every text of the layout is cleaned once here (export_text): what no format can store is
U+FFFD, and `replaced_characters` counts it so the caller can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from perfdesk.domain.method_text import title_separator
from perfdesk.domain.offices import HEADQUARTERS, in_office_order, office_key
from perfdesk.domain.report import CONTRIBUTIONS_LEAD_IN, Dimension, Field, Method, Report, Strategy
from perfdesk.domain.tree import methods_under
from perfdesk.export.export_text import clean_export_text, paragraphs, replaced_in
from perfdesk.export.kinsoku import NO_LINE_START
from perfdesk.export.options import ExportOptions


@dataclass(frozen=True)
class Row:
    """One table row: a text per column (paragraphs separated by "\\n"; an empty paragraph is a blank line)."""

    cells: tuple[str, ...]
    # Index of the strategy block this row belongs to, within its table.
    strategy_block: int
    # True for a parent method's own row, which heads the rows of its sub-items.
    heads_sub_items: bool = False


@dataclass(frozen=True)
class Span:
    """A vertically merged cell: `column` from `first_row` to `last_row`, inclusive (row indexes)."""

    column: int
    first_row: int
    last_row: int


@dataclass(frozen=True)
class HeaderCell:
    """One cell of a table's header row: `text` over `span` columns from `column`."""

    text: str
    column: int
    span: int = 1


@dataclass(frozen=True)
class Table:
    """One dimension's table."""

    category: str | None  # 「一、整體服務類」 when this table starts a new category
    heading: str
    note: str | None
    fields: tuple[Field, ...]
    headers: tuple[str, ...]
    widths: tuple[float, ...]  # relative column widths, summing to 1
    rows: tuple[Row, ...]
    spans: tuple[Span, ...]
    # The label each strategy block carries in full, for 「（續）」 when it continues on a new page.
    block_labels: tuple[str, ...] = ()
    # The header row as printed; empty means one cell per entry of `headers`.
    header_cells: tuple[HeaderCell, ...] = ()

    @property
    def header_row(self) -> tuple[HeaderCell, ...]:
        """The header row's cells, a spanning 「執行策略」 as one cell."""
        return self.header_cells or tuple(HeaderCell(text, column) for column, text in enumerate(self.headers))

    @property
    def strategy_column(self) -> int | None:
        return self.fields.index(Field.STRATEGY) if Field.STRATEGY in self.fields else None


@dataclass(frozen=True)
class DocumentLayout:
    """The whole printed report."""

    title: str
    front_matter: tuple[str, ...]
    tables: tuple[Table, ...]
    office: str
    year: int
    author: str
    running_header: str = field(default="")
    # Characters of the report's text no export format can store, each replaced by U+FFFD.
    replaced_characters: int = 0


class _Cleaner:
    """clean_export_text, counting what it replaces in the texts that print (not in those derived from them)."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, text: str, *, counted: bool = True) -> str:
        if counted:
            self.replaced += replaced_in(text)
        return clean_export_text(text)

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self(text)


def build_layout(report: Report, options: ExportOptions | None = None) -> DocumentLayout:
    """Lay the report out for printing; a pure function of the report and the options."""
    options = options or ExportOptions()
    clean = _Cleaner()
    tables = []
    # A category the front matter already ends with (「肆、執行策略… 一、整體服務類」) prints once.
    previous_category: str | None = report.front_matter[-1].strip() if report.front_matter else None
    for dimension in report.dimensions:
        category = dimension.category if dimension.category != previous_category else None
        if category and not options.headings_as_written:
            category = _with_points(category)
        previous_category = dimension.category or previous_category
        tables.append(_table(report, dimension, category, options, clean))
    return DocumentLayout(
        title=clean(report.title),
        front_matter=tuple(clean(paragraph) for paragraph in report.front_matter),
        tables=tuple(tables),
        office=clean(report.office, counted=False),  # printed only inside the running header
        year=report.year,
        author=clean(f"{report.agency}{report.office}"),  # every format's document properties
        running_header=clean(_running_header(report), counted=False),
        replaced_characters=clean.replaced,
    )


def _running_header(report: Report) -> str:
    """Office, year and title, each once: the usual title already names the office and the year, and
    only what it leaves out goes before it (「臺中分局　112 年度」 for an empty title)."""
    title = report.title.strip()
    missing = []
    if not _names_issuer(report, title):
        missing.append(report.office)
    if not re.search(rf"(?<!\d){report.year}(?!\d)", title):
        missing.append(f"{report.year} 年度")
    return "　".join(part for part in (*missing, title) if part)


def _names_issuer(report: Report, title: str) -> bool:
    """Whether `title` names who issues the report. Headquarters' own report is the bureau's and is
    titled by the agency alone (hq-108 seed: 「經濟部標準檢驗局 108 年度…」), never 「總局」."""
    key = office_key(title)
    if office_key(report.office) in key:
        return True
    headquarters = office_key(report.office) == office_key(HEADQUARTERS)
    return headquarters and bool(report.agency) and office_key(report.agency) in key


# 「壹、計畫依據」「肆、執行策略及具體推動作法」: the front matter's own section headings, numbered in the
# formal numerals (tainan-112 seed), as against its items 「一、行政院…函頒…。」 and its prose.
_FRONT_MATTER_HEADING = re.compile(r"^[壹貳參叁肆伍陸柒捌玖拾]+、")
# A heading is a short line; a paragraph that starts 「壹、」 and runs on is text under that number.
_FRONT_MATTER_HEADING_MAX = 30


def is_front_matter_heading(paragraph: str) -> bool:
    """Whether a front-matter paragraph is a section heading, printed bold at heading size in every format."""
    text = paragraph.strip()
    return (
        bool(_FRONT_MATTER_HEADING.match(text))
        and len(text) <= _FRONT_MATTER_HEADING_MAX
        and len(paragraphs(text)) == 1
        and not text.endswith(("。", "；", ";"))
    )


# A line that is a sub-item's label and nothing else: 「(2)」「A.」「3.」「（二）」「一、」 over its text's lines
# (keelung-102's results: 「(2)」 / 「A. 線上申辦服務：…」).
_BARE_LABEL = re.compile(
    r"^\s*(?:[(（]\s*[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s*[)）]"
    r"|[0-9０-９A-Za-z]{1,3}[.．、]|[一二三四五六七八九十]{1,3}、)\s*$"
)


def is_bare_label(line: str) -> bool:
    """Whether a printed line is a label alone, which heads the next line: no page may end after it."""
    return bool(_BARE_LABEL.match(line))


# A continuation label repeats on every page its strategy continues on, so it must leave room there for the
# rows: a label longer than this (a pasted paragraph, a hostile file) is cut, or a strategy taller than a page
# would never end. Real ones are far shorter: the seeds' longest, Keelung's 「(二) 推廣網路申辦及電子參與，提供友善
# 網路服務，促進網路溝通」, has 31 characters.
_CONTINUED_LABEL_LIMIT = 80


def _continued_label(strategy: Strategy) -> str:
    """What a strategy continued on a new page is called: its label and title in full, 「(一) 服務一致及正確性」,
    on one line for the strategy cell to wrap.

    Not cut short (「(一)推動便捷、透明之服務…」 no longer named the strategy), but past _CONTINUED_LABEL_LIMIT,
    and then at a word, never after punctuation.
    """
    label = " ".join(labelled(strategy.label, strategy.title).split())
    if len(label) > _CONTINUED_LABEL_LIMIT:
        label = _without_trailing_punctuation(label[: _CONTINUED_LABEL_LIMIT - 1]) + "…"
    return label


def _without_trailing_punctuation(text: str) -> str:
    """`text` without the punctuation (and spaces) it ends in: what may not start a line may not end a cut title."""
    while text and (text[-1] in NO_LINE_START or text[-1].isspace()):
        text = text[:-1]
    return text


# 「(續)」 beside a label in half-width brackets, 「（續）」 beside full-width ones or none.
_CONTINUED = ("（續）", "(續)")


def continued(label: str) -> str:
    """A strategy's label as it heads a page where the strategy continues: 「(一) 服務便捷性(續)」."""
    half_width = "(" in label and "（" not in label
    return label + _CONTINUED[half_width]


# What ends a half-width label: 「1.」「(二)」「A.」. The reports type a space after such a label and none
# after a full-width one, whose 「、」 or 「）」 carries its own room (the four seeds: 「(二) 服務友善性」
# 「1. 提升服務設施合宜度」「(1) 進行環境美(綠)化」, but 「（一）內部作業簡化」「一、整體服務類」).
_HALF_WIDTH_LABEL_ENDS = (".", ")")


def labelled(label: str, text: str) -> str:
    """A label and its text as the reports print them: 「(一) 服務便捷性」「1. 訂定…」, but 「（一）服務便捷性」.

    One rule for strategies, methods and sub-items alike: a space after a label in half-width
    punctuation, none after a full-width one; a space already typed on either side is kept, not doubled.
    """
    if not label:
        return text
    if not text:
        return label
    typed_space = label[-1].isspace() or text[0].isspace()
    return f"{label} {text}" if label.endswith(_HALF_WIDTH_LABEL_ENDS) and not typed_space else f"{label}{text}"


_POINTS = re.compile(r"\s*[（(]\s*(\d+)\s*分\s*[)）]\s*$")
_HEADING_SEPARATOR = re.compile(r"^\s*[、:：]?\s*")


def _with_points(text: str) -> str:
    """「…（N 分）」 in the one form at the end of a heading or category: 「專案規劃類(1000 分)」 → 「…（1000 分）」."""
    points = _POINTS.search(text)
    return f"{text[: points.start()]}（{points.group(1)} 分）" if points else text


def normalised_heading(dimension: Dimension) -> str:
    """A 構面's heading in the reports' one form, 「構面一：基礎服務（200 分）」, whatever the office typed
    (「構面一、基礎服務 (200 分)」「構面四:服務評價(200分)」); words of its own beyond the name
    (「（第 1 類：第一線服務機關）」) are kept, in full-width brackets."""
    heading = dimension.display_heading
    if not dimension.label or not heading.startswith(dimension.label):
        return _with_points(heading)
    rest = _HEADING_SEPARATOR.sub("", heading[len(dimension.label) :], count=1)
    points = _POINTS.search(rest)
    if points:
        rest = rest[: points.start()]
    rest = re.sub(r"\s*\(([^()]*)\)", r"（\1）", rest).strip()
    suffix = f"（{points.group(1)} 分）" if points else ""
    return f"{dimension.label}：{rest}{suffix}" if rest else f"{dimension.label}{suffix}"


def _table(
    report: Report, dimension: Dimension, category: str | None, options: ExportOptions, clean: _Cleaner
) -> Table:
    fields, headers, header_cells = _columns(dimension, clean)
    beside = any(cell.span > 1 for cell in header_cells)
    raw = [options.width_of(f, methods_beside_strategy=beside) for f in fields]
    widths = tuple(w / sum(raw) for w in raw)
    rows: list[Row] = []
    spans: list[Span] = []
    labels: list[str] = []
    strategy_column = fields.index(Field.STRATEGY) if Field.STRATEGY in fields else None
    for block, strategy in enumerate(dimension.strategies):
        first = len(rows)
        labels.append(clean(_continued_label(strategy), counted=False))
        # Depth first (the one walk): each method, then its sub-items; a method with sub-items heads them.
        for position, method in enumerate(methods_under(strategy)):
            heads = bool(method.children)
            cells = []
            for column in fields:
                if column is Field.STRATEGY:
                    cells.append(strategy_text(strategy) if position == 0 else "")
                else:
                    cells.append(_cell(report, method, column))
            rows.append(Row(tuple(clean(cell) for cell in cells), block, heads))
        if not strategy.methods:
            cells = [strategy_text(strategy) if f is Field.STRATEGY else "" for f in fields]
            rows.append(Row(tuple(clean(cell) for cell in cells), block))
        last = len(rows) - 1
        if strategy_column is not None and last > first:
            spans.append(Span(strategy_column, first, last))
    return Table(
        category=clean.optional(category),
        heading=clean(dimension.display_heading if options.headings_as_written else normalised_heading(dimension)),
        note=clean.optional(dimension.note),
        fields=fields,
        headers=headers,
        widths=widths,
        rows=tuple(rows),
        spans=tuple(spans),
        block_labels=tuple(labels),
        header_cells=header_cells,
    )


def _columns(
    dimension: Dimension, clean: _Cleaner
) -> tuple[tuple[Field, ...], tuple[str, ...], tuple[HeaderCell, ...]]:
    """The printed columns: the dimension's own, and where it has no 執行方法 column the methods in
    a column of their own beside the strategy, both under one 「執行策略」 header cell, as the
    seeds print them (Taichung 構面五, every table of Tainan and of hq-108). Where no method has
    a text of its own (hq-108's project table) there is nothing to put in such a column."""
    fields = [column.field for column in dimension.columns]
    headers = [clean(column.header) for column in dimension.columns]
    if Field.STRATEGY in fields and Field.METHOD not in fields and _methods_have_text(dimension):
        at = fields.index(Field.STRATEGY)
        fields.insert(at + 1, Field.METHOD)
        headers.insert(at + 1, headers[at])
        cells = [HeaderCell(text, column) for column, text in enumerate(headers)]
        cells[at : at + 2] = [HeaderCell(headers[at], at, 2)]
    else:
        cells = [HeaderCell(text, column) for column, text in enumerate(headers)]
    return tuple(fields), tuple(headers), tuple(cells)


def _methods_have_text(dimension: Dimension) -> bool:
    return any(method_text(m) for strategy in dimension.strategies for m in methods_under(strategy))


def strategy_text(strategy: Strategy) -> str:
    text = labelled(strategy.label, strategy.title)
    return text + (f"（{strategy.points} 分）" if strategy.points is not None else "")


def method_text(method: Method) -> str:
    """「1. 標題：說明」 as the reports print it."""
    head = labelled(method.label, method.title)
    text = f"{head}{title_separator(head, method.description)}{method.description}" if method.description else head
    return text + (f"（{method.points} 分）" if method.points is not None else "")


def _cell(report: Report, method: Method, column: Field) -> str:
    if column is Field.METHOD:
        return method_text(method)
    if column is Field.UNITS:
        return "\n".join(method.units)
    if column is Field.PRACTICE:
        return method.practice
    if column is Field.CRITERIA:
        return method.criteria
    if column is Field.RESULTS:
        return _results_with_contributions(report, method)
    raise ValueError(column)


def _results_with_contributions(report: Report, method: Method) -> str:
    """Headquarters' text, then 「另所屬分局執行情形：」 and the offices' paragraphs, as the consolidated report reads.

    The real report (hq-108 seed) runs the lead-in on at the end of headquarters' last paragraph
    (「…進行簡化及標準化等，另所屬分局執行情形：」), starts 「1.基隆分局：…」 on the next line and
    leaves a blank line between one office's paragraph and the next. Only offices with something
    to say are numbered, 1. 2. … in the report's office order (its setting, or the bureau's).
    """
    contributions = in_office_order(method.contributions, report)
    said = [(c.office, text) for c in contributions if (text := c.results or c.practice).strip()]
    if not said:
        return method.results
    offices = "\n\n".join(f"{number}.{office}：{text}" for number, (office, text) in enumerate(said, start=1))
    return f"{method.results}{CONTRIBUTIONS_LEAD_IN}\n{offices}"
