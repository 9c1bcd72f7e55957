"""Reading the printed text of a report's parts back into fields: the inverse of export/layout.py.

The layout prints a strategy as 「(一)服務一致及正確性（200 分）」, a method as 「1. 標題：說明」,
a dimension's heading as 「構面一：基礎服務（200 分）」 and headquarters' results as
「…，另所屬分局執行情形：\\n1.基隆分局：…」; office files write the same things by hand, with
full- or half-width brackets and colons. Each function here takes such a text apart, keeping
every character that is data as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from perfdesk.domain.method_text import description_colon
from perfdesk.domain.report import CONTRIBUTIONS_LEAD_IN, Contribution, ReportKind

_CHINESE = "一二三四五六七八九十百零"
_FORMAL = "壹貳參叁肆伍陸柒捌玖拾"
# Brackets and digits as offices type them, half- or full-width (named, so the patterns read).
_OPEN, _CLOSE, _DIGIT, _DOT = "[(（]", "[)）]", "[0-9０-９]", "[.．]"
_SEPARATOR = "[：:、．.]"  # between 「構面一」 and its name
_NOT_IN_NAME = "[^，。、：:]"  # a category's name is a few characters, no punctuation
# 「(一)」「（一）」「一、」「壹、」: how the reports label strategies (and 類 lines, with 一、).
STRATEGY_LABEL = re.compile(rf"^(?:{_OPEN}[{_CHINESE}]+{_CLOSE}|[{_CHINESE}{_FORMAL}]+、)")
# 「1.」「１.」「1、」: a method; 「(1)」「（1）」「A.」「(A)」: its sub-items, level by level.
_SUB_ITEM = rf"{_OPEN}{_DIGIT}+{_CLOSE}|[A-Za-z]{_DOT}(?![A-Za-z])|{_OPEN}[A-Za-z]{_CLOSE}"
METHOD_LABEL = re.compile(rf"^(?:{_DIGIT}+(?:{_DOT}|、)(?!{_DIGIT})|{_SUB_ITEM})")
SUB_ITEM_LABEL = re.compile(rf"^(?:{_SUB_ITEM})")
# 「（200 分）」「(300分)」 at the end of a heading or strategy.
_POINTS = re.compile(rf"\s*{_OPEN}\s*({_DIGIT}+)\s*分\s*{_CLOSE}\s*$")
_DIMENSION = re.compile(rf"^(構面[{_CHINESE}]+)\s*{_SEPARATOR}?\s*(?P<rest>.*)$")
_PROJECT = re.compile(r"^專案名稱\s*[：:]\s*(.+)$")
# 「一、整體服務類」「二、專案規劃類(1000 分)」
CATEGORY = re.compile(rf"^[{_CHINESE}]+、{_NOT_IN_NAME}{{1,12}}類(?:\s*{_OPEN}\s*{_DIGIT}+\s*分\s*{_CLOSE})?\s*$")
_TITLE = re.compile(r"^(?P<agency>.*?局)?\s*(?P<office>\S{2}分局|總局)?\s*(?P<year>[0-9０-９]{2,3})\s*年度")
_OFFICE_NAME = re.compile(r"\S{2}分局")
_OFFICE_PARAGRAPH = re.compile(r"^([0-9０-９]+)[.．](\S{2,6}?分局|總局)[：:]")

AGENCY = "經濟部標準檢驗局"


def _number(text: str) -> int:
    return int(text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def points_at_end(text: str) -> tuple[str, int | None]:
    """「基礎服務（200 分）」 → (「基礎服務」, 200); text without such an ending is kept whole."""
    found = _POINTS.search(text)
    if found is None:
        return text, None
    return text[: found.start()], _number(found.group(1))


@dataclass(frozen=True)
class Heading:
    label: str  # 「構面一」, or "" for a project (專案名稱：…)
    name: str
    points: int | None


def dimension_heading(text: str) -> Heading | None:
    """「構面一：基礎服務（200 分）」, 「構面四:服務評價(200分)」, 「專案名稱：強化…」; None for other text."""
    text = text.strip()
    found = _DIMENSION.match(text)
    if found is not None:
        rest, points = points_at_end(found.group(2))
        # 「優質便民服務（第 1 類：第一線服務機關）」: a remark in brackets is not part of the name.
        name = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", rest).strip() if points is None else rest.strip()
        return Heading(found.group(1), name, points)
    project = _PROJECT.match(text)
    if project is not None:
        return Heading("", project.group(1).strip(), None)
    return None


def category_points(text: str) -> int | None:
    return points_at_end(text.strip())[1]


@dataclass(frozen=True)
class Labelled:
    label: str
    title: str
    description: str = ""
    points: int | None = None


def strategy_text(text: str) -> Labelled:
    """「(一)服務一致及正確性」 → label 「(一)」, title; 「壹、專案問題分析（200 分）」 with its points."""
    text, points = points_at_end(text.strip())
    found = STRATEGY_LABEL.match(text) or METHOD_LABEL.match(text)
    if found is None:
        return Labelled("", text, points=points)
    return Labelled(found.group(0), text[found.end() :].strip(), points=points)


def method_text(text: str, label: str = "") -> Labelled:
    """「1. 標題：說明」 → label 「1.」, title, description (split at the first colon the export would print).

    `label` is the number Word's automatic numbering printed, when the text itself has none.
    The colon is the full-width one, or the half-width one in a text whose punctuation is all
    half-width (domain.method_text: the rule the export prints by), so the text comes back as written.
    """
    text = text.strip()
    text, points = points_at_end(text)
    if not label:
        found = METHOD_LABEL.match(text) or STRATEGY_LABEL.match(text)
        if found is not None:
            label, text = found.group(0), text[found.end() :].strip()
    colon = description_colon(text)
    title, _, description = text.partition(colon) if colon else (text, "", "")
    if not colon or title.endswith(_EXAMPLE):
        # 「…契機。如：透過…」: after a full stop the colon introduces examples, not the
        # description (Tainan 構面五); 「電子參與途徑如：留言版…」 is a title and its description.
        return Labelled(label.strip(), text, "", points)
    return Labelled(label.strip(), title.strip(), description.strip(), points)


# What stands before a colon that introduces examples rather than a method's description.
_EXAMPLE = ("。如", "。例如", "。包括", "。包含")


# How deep each label style conventionally sits in an outline, shallowest first (no label: a banner).
_RANKS = (
    re.compile(r"^$"),
    re.compile(rf"^[{_CHINESE}{_FORMAL}]+、$"),
    re.compile(rf"^[(（][{_CHINESE}]+[)）]$"),
    re.compile(r"^[0-9０-９]+[.．、]$"),
    re.compile(r"^[(（][0-9０-９]+[)）]$"),
    re.compile(r"^[A-Za-z][.．]$"),
    re.compile(r"^[(（][A-Za-z][)）]$"),
)


def label_rank(label: str) -> int:
    """0 for no label, then 「一、」「(一)」「1.」「(1)」「A.」「(A)」: the customary depth order of an outline."""
    label = label.strip()
    return next((rank for rank, pattern in enumerate(_RANKS) if pattern.match(label)), len(_RANKS))


# 「: (1) 」「： (1)」「 (1)」 inside a method's first paragraph: where its first sub-item begins.
_FIRST_SUB_ITEM = re.compile(rf"(?:[：:]\s*|\s+)(?={_OPEN}[1１]{_CLOSE}\s*\S)")


def parent_and_first_sub_item(text: str, label: str = "") -> tuple[str, str]:
    """(「1.提升服務設施合宜度」, 「(1) 進行環境美化…」) of a method written with its first sub-item in
    one paragraph; (text, "") for any other text.

    Only a method whose own label ranks above 「(1)」 (a 「1.」, or none) can hold its first
    sub-item, and only a (1) after a colon or a space starts one: 「(1)」 inside a sentence of a
    sub-item, or 「(1)」 opening the text, is the text's own.
    """
    typed = METHOD_LABEL.match(text) or STRATEGY_LABEL.match(text)
    own = label or (typed.group(0) if typed else "")
    if label_rank(own) >= label_rank("(1)"):
        return text, ""
    found = _FIRST_SUB_ITEM.search(text, len(own) if not label else 0)
    if found is None or found.start() == 0:
        return text, ""
    return text[: found.start()].rstrip("：: "), text[found.end() :]


def starts_with_label(text: str) -> bool:
    return bool(METHOD_LABEL.match(text.strip()) or STRATEGY_LABEL.match(text.strip()))


@dataclass(frozen=True)
class Title:
    agency: str
    office: str | None
    year: int | None
    kind: ReportKind | None


def report_title(text: str) -> Title:
    """「經濟部標準檢驗局新竹分局 107 年度提升服務效能執行績效與成果」 → the agency, 新竹分局, 107, results."""
    text = " ".join(text.split())
    found = _TITLE.match(text)
    kind = ReportKind.PLAN if "執行計畫" in text else ReportKind.RESULTS if ("成果" in text or "績效" in text) else None
    if found is None:
        # No year in the title: the office may still be named in it.
        named = _OFFICE_NAME.search(text)
        return Title(AGENCY if text.startswith(AGENCY) else "", named.group(0) if named else None, None, kind)
    agency = (found.group("agency") or "").strip()
    office = found.group("office")
    if office is None and agency:
        office = "總局"  # the bureau's own report names no office
    return Title(agency, office, _number(found.group("year")), kind)


def is_title(text: str) -> bool:
    """The report's title names the programme (提升服務效能, or 提升服務品質 before 107), usually the year."""
    return "提升服務" in text or "服務效能" in text or ("年度" in text and "服務品質" in text)


def results_and_contributions(text: str) -> tuple[str, list[Contribution]]:
    """Headquarters' text and the offices' paragraphs behind 「另所屬分局執行情形：」, as the layout prints them.

    Without the lead-in, or when what follows it is not numbered office paragraphs, the text is
    all headquarters' own.
    """
    own, lead_in, rest = text.partition(CONTRIBUTIONS_LEAD_IN)
    if not lead_in or not rest.startswith("\n"):
        return text, []
    contributions: list[Contribution] = []
    for paragraph in rest[1:].split("\n\n"):
        found = _OFFICE_PARAGRAPH.match(paragraph)
        if found is None:
            return text, []
        contributions.append(Contribution(found.group(2), results=paragraph[found.end() :]))
    return own, contributions
