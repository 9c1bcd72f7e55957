"""Starting a new year from last year's report: the structure carries over, each row flagged for review."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from perfdesk.domain.field_table import carried_values, fields_of
from perfdesk.domain.report import (
    Column,
    Contribution,
    Dimension,
    Method,
    Origin,
    Report,
    ReportKind,
    Strategy,
    new_id,
)

# A front-matter heading: 壹、計畫依據 / 肆、113 年度執行策略 — an ordinal and a short line, not a
# numbered body paragraph such as 「三、經濟部標準檢驗局 111 年 12 月 13 日…函訂定「112 年度…」。」
_HEADING = re.compile(r"^\s*[壹貳參肆伍陸柒捌玖拾一二三四五六七八九十]+、[^。]{0,30}$")


@dataclass(frozen=True)
class CarryOptions:
    """What carries beyond structure, descriptions, units and practice (which always do)."""

    keep_results: bool = False
    keep_comments: bool = False


def copy_forward(last: Report, year: int, kind: ReportKind, options: CarryOptions | None = None) -> Report:
    """Next year's report from last year's: new ids, the year moved on, every row flagged and traced."""
    options = options or CarryOptions()
    return Report(
        id=new_id(),
        agency=last.agency,
        office=last.office,
        year=year,
        kind=kind,
        title=_move_title(last, year, kind),
        front_matter=[_move_heading(p, last.year, year) for p in last.front_matter],
        units=list(last.units),
        dimensions=[_dimension(d, last.year, options) for d in last.dimensions],
    )


def move_year(text: str, old: int, new: int) -> str:
    """「112 年度」/「112年度」 → 「113 年度」/「113年度」, keeping the spacing as written."""
    return re.sub(rf"(?<![0-9]){old}(\s*)年度", lambda m: f"{new}{m.group(1)}年度", text)


def _move_title(last: Report, year: int, kind: ReportKind) -> str:
    if last.title == last.generated_title:
        # A generated title follows the new kind too (results → next year's plan).
        return Report(last.agency, last.office, year, kind).generated_title
    title = move_year(last.title, last.year, year)
    if last.kind is not kind:
        title = title.replace(last.kind.title_word, kind.title_word)
    return title


def _move_heading(paragraph: str, old: int, new: int) -> str:
    # Body text keeps last year's year as written: the checks list it for a person to judge.
    return move_year(paragraph, old, new) if _HEADING.match(paragraph) else paragraph


def carried_fields(node: object, options: CarryOptions) -> dict[str, Any]:
    """The fields of `node` as the new year takes them (the field table's `carry`)."""
    return carried_values(node, keep_results=options.keep_results, keep_comments=options.keep_comments)


def _dimension(dimension: Dimension, source_year: int, options: CarryOptions) -> Dimension:
    return Dimension(
        id=new_id(),
        **carried_fields(dimension, options),
        columns=[Column(**carried_fields(c, options)) for c in dimension.columns],
        strategies=[_strategy(s, source_year, options) for s in dimension.strategies],
    )


def _strategy(strategy: Strategy, source_year: int, options: CarryOptions) -> Strategy:
    return Strategy(
        id=new_id(),
        **carried_fields(strategy, options),
        methods=[carry_method(m, source_year, options) for m in strategy.methods],
    )


def carry_method(method: Method, source_year: int, options: CarryOptions) -> Method:
    """One row carried into the new year, flagged for review, remembering where it came from."""
    carried = Method(
        id=new_id(),
        **carried_fields(method, options),
        contributions=[Contribution(**carried_fields(c, options)) for c in method.contributions],
        children=[carry_method(child, source_year, options) for child in method.children],
        origin=origin_of(method, source_year),
    )
    carried.needs_review = True
    return carried


def origin_of(method: Method, year: int) -> Origin:
    """What a carried-over row remembers of the row it came from (the fields marked `remembered`)."""
    remembered: dict[str, Any] = {}
    for spec in fields_of(Method):
        if spec.remembered:
            value = getattr(method, spec.name)
            remembered[spec.name] = list(value) if isinstance(value, list) else value
    return Origin(id=method.id, year=year, **remembered)
