"""Strict import under fire: hundreds of mutations of a real export, each refused cleanly or stored intact.

Every case starts from the Taichung 112 sample as perfdesk exports it (with an origin and a
contribution added, so every kind of node is present) and changes one thing. The outcome is
always one of two: `parse_report_json` raises PerfdeskError with a catalogued code whose text
is one printable line, or it returns a report that survives a .perfdesk file unchanged. A
sample of the refused cases also goes through `perfdesk-cli import-json` as a user would run it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from perfdesk.errors import PerfdeskError
from perfdesk.i18n.messages import known_codes, render
from perfdesk.interchange.json_reader import parse_report_json
from perfdesk.interchange.json_writer import report_to_json
from perfdesk.services.builtin_reports import sample_report
from perfdesk.storage.office_file import OfficeFile, create_office_file

Path_ = tuple[str | int, ...]

ROOT: Path_ = ()
DIM: Path_ = ("dimensions", 0)
COLUMN: Path_ = (*DIM, "columns", 0)
STRATEGY: Path_ = (*DIM, "strategies", 0)
METHOD: Path_ = (*STRATEGY, "methods", 0)
CHILD: Path_ = (*DIM, "strategies", 1, "methods", 0, "children", 0)
CONTRIBUTION: Path_ = (*METHOD, "contributions", 0)
ORIGIN: Path_ = (*METHOD, "origin")

NODES: dict[str, Path_] = {
    "report": ROOT,
    "dimension": DIM,
    "column": COLUMN,
    "strategy": STRATEGY,
    "method": METHOD,
    "sub-item": CHILD,
    "contribution": CONTRIBUTION,
    "origin": ORIGIN,
}
REQUIRED: dict[str, list[str]] = {
    "report": ["format", "version", "agency", "office", "year", "kind", "title", "front_matter", "dimensions"],
    "dimension": ["label", "name", "columns", "strategies"],
    "column": ["field", "header"],
    "strategy": ["label", "title", "methods"],
    "method": ["label", "title"],
    "sub-item": ["label", "title"],
    "contribution": ["office"],
    "origin": ["id", "year"],
}
OPTIONAL: dict[str, list[str]] = {
    "report": ["id", "units"],
    "dimension": ["id", "points", "category", "heading", "note"],
    "column": [],
    "strategy": ["id", "points"],
    "method": [
        "id",
        "description",
        "units",
        "practice",
        "results",
        "criteria",
        "points",
        "comment",
        "needs_review",
        "origin",
        "contributions",
        "children",
    ],
    "sub-item": ["id", "units", "results", "points", "children"],
    "contribution": ["practice", "results"],
    "origin": ["title", "description", "units", "practice", "results"],
}

# One-line fields (and list items of one-line strings), multi-line text fields, ids, integers.
LINES: list[Path_] = [
    ("agency",),
    ("office",),
    ("title",),
    ("units", 0),
    (*DIM, "label"),
    (*DIM, "name"),
    (*DIM, "category"),
    (*DIM, "heading"),
    (*COLUMN, "header"),
    (*STRATEGY, "label"),
    (*METHOD, "label"),
    (*METHOD, "units", 0),
    (*CHILD, "label"),
    (*CONTRIBUTION, "office"),
    (*ORIGIN, "units", 0),
]
TEXTS: list[Path_] = [
    ("front_matter", 0),
    (*DIM, "note"),
    (*STRATEGY, "title"),
    (*METHOD, "title"),
    (*METHOD, "description"),
    (*METHOD, "practice"),
    (*METHOD, "results"),
    (*METHOD, "criteria"),
    (*METHOD, "comment"),
    (*CHILD, "results"),
    (*CONTRIBUTION, "practice"),
    (*CONTRIBUTION, "results"),
    (*ORIGIN, "title"),
    (*ORIGIN, "description"),
    (*ORIGIN, "practice"),
    (*ORIGIN, "results"),
]
IDS: list[Path_] = [("id",), (*DIM, "id"), (*STRATEGY, "id"), (*METHOD, "id"), (*CHILD, "id"), (*ORIGIN, "id")]
POINTS: list[Path_] = [(*DIM, "points"), (*STRATEGY, "points"), (*METHOD, "points"), (*CHILD, "points")]
YEARS: list[Path_] = [("year",), (*ORIGIN, "year")]

# Characters no field may hold (the import refuses them, a paste removes or replaces them).
BAD_ANYWHERE: dict[str, str] = {
    "nul": "\x00",
    "bel": "\x07",
    "backspace": "\x08",
    "esc": "\x1b",
    "unit-separator": "\x1f",
    "del": "\x7f",
    "c1-80": "\x80",
    "nel": "\x85",
    "c1-9f": "\x9f",
    "cr": "\r",
    "crlf": "\r\n",
    "vt": "\x0b",
    "ff": "\x0c",
    "line-separator": "\u2028",
    "paragraph-separator": "\u2029",
    "lone-high-surrogate": "\ud800",
    "lone-low-surrogate": "\udfff",
    "reversed-surrogates": "\udc00\ud800",
    "nonchar-fffe": "\ufffe",
    "nonchar-ffff": "\uffff",
    "nonchar-fdd0": "\ufdd0",
    "nonchar-fdef": "\ufdef",
    "nonchar-1fffe": "\U0001fffe",
    "nonchar-10ffff": "\U0010ffff",
}
# Fine everywhere.
GOOD_ANYWHERE: dict[str, str] = {
    "astral-cjk": "\U00020000",
    "emoji": "\U0001f600",
    "fdcf": "\ufdcf",
    "fdf0": "\ufdf0",
    "replacement": "\ufffd",
    "ideographic-space": "\u3000",
    "nbsp": "\u00a0",
    "zwj": "\u200d",
    "last-private-use-bmp": "\uf8ff",
    "1fffd": "\U0001fffd",
}
# Fine in multi-line text only.
GOOD_IN_TEXT: dict[str, str] = {"lf": "\n", "tab": "\t", "trailing-lf": "\n"}


def _build_base() -> dict[str, Any]:
    data = json.loads(report_to_json(sample_report("taichung-112")))
    data["front_matter"] = data["front_matter"] or ["壹、計畫依據", "貳、執行情形\n第二段"]
    method = _get(data, METHOD)
    method["origin"] = {
        "id": "last-year-0001",
        "year": 111,
        "title": "訂定申辦業務標準作業流程",
        "description": "去年的說明",
        "units": ["報驗發證科"],
        "practice": "",
        "results": "去年的成果\n第二段",
    }
    method["contributions"] = [{"office": "基隆分局", "practice": "作法", "results": "成果"}]
    method["points"] = 10
    _get(data, CHILD)["points"] = 5
    _get(data, STRATEGY)["points"] = 50
    _get(data, DIM)["category"] = "一、整體服務類"
    _get(data, DIM)["note"] = "備註第一段\n備註第二段"
    return data


@cache
def _base_text() -> str:
    return json.dumps(_build_base(), ensure_ascii=False, indent=2) + "\n"


def base() -> dict[str, Any]:
    return json.loads(_base_text())  # type: ignore[no-any-return]


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def _set(data: Any, path: Path_, value: Any) -> Any:
    _get(data, path[:-1])[path[-1]] = value
    return data


def _delete(data: Any, path: Path_) -> Any:
    del _get(data, path[:-1])[path[-1]]
    return data


RAW = "\x00raw\x00"  # placeholder: dumps writes it as a string, _dump puts the literal there


def _dump(data: Any, raw: str | None = None, duplicate: tuple[str, str] | None = None) -> bytes:
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2)
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: write them as \u escapes, as a JSON file would
        text = json.dumps(data, ensure_ascii=True, indent=2)
        encoded = text.encode("utf-8")
    if raw is not None:
        encoded = encoded.replace(json.dumps(RAW).encode(), raw.encode())
    if duplicate is not None:
        marker, key = duplicate
        encoded = encoded.replace(json.dumps(marker).encode(), json.dumps(key, ensure_ascii=False).encode())
    return encoded


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], bytes | str]
    accept: bool = False
    code: str | None = None  # the message code a refusal must carry, where it matters


def _changed(path: Path_, value: Any) -> Callable[[], bytes]:
    return lambda: _dump(_set(base(), path, value))


def _raw_at(path: Path_, literal: str) -> Callable[[], bytes]:
    return lambda: _dump(_set(base(), path, RAW), raw=literal)


def _removed(path: Path_) -> Callable[[], bytes]:
    return lambda: _dump(_delete(base(), path))


def _with_duplicate(node: Path_, key: str, value: Any) -> Callable[[], bytes]:
    def make() -> bytes:
        data = base()
        target = _get(data, node)
        rebuilt: dict[str, Any] = {}
        for k, v in target.items():
            rebuilt[k] = v
            if k == key:
                rebuilt["\x00dup\x00"] = value
        if key not in target:
            rebuilt[key] = value
            rebuilt["\x00dup\x00"] = value
        target.clear()
        target.update(rebuilt)
        return _dump(data, duplicate=("\x00dup\x00", key))

    return make


def _name(path: Path_) -> str:
    return ".".join(str(p) for p in path) or "root"


def _chain(depth: int) -> str:
    """A sub-item with `depth` levels of sub-items below it, as JSON text (json.dumps would recurse)."""
    return '{"label": "(1)", "title": "層", "children": [' * depth + '{"label": "(1)", "title": "最深"}' + "]}" * depth


def _nested_lists(depth: int) -> str:
    return "[" * depth + '"x"' + "]" * depth


def _truncated(cut: int) -> Callable[[], bytes]:
    return lambda: _base_text().encode("utf-8")[:cut]


def _bytes(raw: bytes) -> Callable[[], bytes]:
    return lambda: raw


INTEGER_MUTATIONS: dict[str, str] = {
    "2^63": str(2**63),
    "2^63-1": str(2**63 - 1),
    "2^64": str(2**64),
    "-2^63-1": str(-(2**63) - 1),
    "-2^63": str(-(2**63)),
    "minus-one": "-1",
    "10^30": str(10**30),
    "5000-digits": "1" + "0" * 5000,
    "minus-5000-digits": "-" + "9" * 5000,
    "true": "true",
    "false": "false",
    "1.5": "1.5",
    "100.0": "100.0",
    "1e400": "1e400",
    "-1e400": "-1e400",
    "1e2": "1e2",
    "NaN": "NaN",
    "Infinity": "Infinity",
    "-Infinity": "-Infinity",
    "string": '"12"',
    "list": "[]",
}


def _cases() -> Iterator[Case]:
    yield Case("unchanged", lambda: _base_text().encode("utf-8"), accept=True)
    yield Case("unchanged-as-str", _base_text, accept=True)

    # --- every kind of node: required keys, optional keys, unknown keys, duplicate keys --------
    for kind, node in NODES.items():
        for key in REQUIRED[kind]:
            header = kind == "report" and key in ("format", "version")  # refused as not perfdesk's / unknown
            yield Case(f"missing-{kind}-{key}", _removed((*node, key)), code=None if header else "json.missing_key")
        for key in OPTIONAL[kind]:
            yield Case(f"omitted-{kind}-{key}", _removed((*node, key)), accept=True)
        yield Case(f"unknown-key-{kind}", _changed((*node, "colour"), "red"), code="json.unknown_key")
        first = (REQUIRED[kind] + OPTIONAL[kind])[0]
        yield Case(
            f"duplicate-key-{kind}-{first}-same-value",
            _with_duplicate(node, first, _get(base(), (*node, first))),
            code="json.duplicate_key",
        )
        yield Case(f"node-{kind}-is-a-list", _changed(node, []) if node else _bytes(b"[]"))
        yield Case(f"node-{kind}-is-a-string", _changed(node, "x") if node else _bytes(b'"x"'))
        if node:
            yield Case(f"node-{kind}-is-null", _changed(node, None), accept=kind == "origin")
    yield Case("duplicate-version-same", _with_duplicate(ROOT, "version", 1), code="json.duplicate_key")
    yield Case(
        "duplicate-version-1-then-2",
        lambda: _dump(base()).replace(b'"version": 1,', b'"version": 1, "version": 2,'),
        code="json.duplicate_key",
    )
    yield Case(
        "duplicate-version-2-then-1-raw",
        lambda: _dump(base()).replace(b'"version": 1,', b'"version": 2, "version": 1,'),
        code="json.duplicate_key",
    )
    yield Case("duplicate-kind-different", _with_duplicate(ROOT, "kind", "plan"), code="json.duplicate_key")
    yield Case("duplicate-method-units", _with_duplicate(METHOD, "units", ["秘書室"]), code="json.duplicate_key")
    yield Case("duplicate-children", _with_duplicate(CHILD, "children", []), code="json.duplicate_key")
    yield Case("duplicate-origin-id", _with_duplicate(ORIGIN, "id", "other"), code="json.duplicate_key")
    yield Case("duplicate-unknown-key", _with_duplicate(DIM, "colour", "red"), code="json.duplicate_key")
    yield Case(
        "duplicate-key-in-unknown-value", _raw_at((*DIM, "colour"), '{"a": 1, "a": 2}'), code="json.duplicate_key"
    )

    # --- one-line fields, text fields, ids: wrong types and bad characters -------------------
    for k, path in enumerate(LINES + TEXTS + IDS):
        nullable = path[-1] in ("category", "heading", "note")
        yield Case(f"number-for-{_name(path)}", _changed(path, 1))
        yield Case(f"null-for-{_name(path)}", _changed(path, None), accept=nullable)
        if k % 6 == 1:
            yield Case(f"bool-for-{_name(path)}", _changed(path, True))
        elif k % 6 == 4:
            yield Case(f"list-for-{_name(path)}", _changed(path, ["x"]))
    for index, (label, char) in enumerate(BAD_ANYWHERE.items()):
        # Every class in one one-line field and one paragraph field; each other field gets a share.
        for k, path in enumerate(LINES):
            if k == 0 or (index + k) % 7 == 0:
                yield Case(f"{label}-in-{_name(path)}", _changed(path, f"甲{char}乙"))
        for k, path in enumerate(TEXTS):
            if k == 6 or (k != 6 and (index + k) % 12 == 0):
                yield Case(f"{label}-in-{_name(path)}", _changed(path, f"第一段{char}第二段"))
        yield Case(f"{label}-at-end-of-{_name(IDS[index % len(IDS)])}", _changed(IDS[index % len(IDS)], f"a{char}"))
        if index % 2 == 0:
            yield Case(f"{label}-in-an-unknown-key", _changed((*METHOD, f"key{char}"), 1), code="json.unknown_key")
        else:
            yield Case(f"{label}-in-format", _changed(("format",), f"perfdesk{char}"), code="json.not_perfdesk")
    for path in LINES:
        yield Case(f"lf-in-{_name(path)}", _changed(path, "甲\n乙"), code="json.line_break")
    for path in LINES[::3]:
        yield Case(f"tab-in-{_name(path)}", _changed(path, "甲\t乙"), code="json.control_character")
    for path in LINES + IDS:
        original = _get(base(), path)
        yield Case(f"trailing-lf-in-{_name(path)}", _changed(path, f"{original or 'x'}\n"))
    yield Case("trailing-lf-in-kind", _changed(("kind",), "results\n"))
    yield Case("trailing-lf-in-column-field", _changed((*COLUMN, "field"), "strategy\n"))
    yield Case("trailing-lf-in-format", _changed(("format",), "perfdesk-report\n"))
    for index, (label, char) in enumerate(GOOD_ANYWHERE.items()):
        path = LINES[index % len(LINES)] if index % 2 else TEXTS[index % len(TEXTS)]
        yield Case(f"{label}-in-{_name(path)}", _changed(path, f"甲{char}乙"), accept=True)
    for label, char in GOOD_IN_TEXT.items():
        for path in TEXTS[::5]:
            text = f"第一段{char}" if label == "trailing-lf" else f"第一段{char}第二段"
            yield Case(f"{label}-in-{_name(path)}", _changed(path, text), accept=True)
    yield Case("raw-surrogate-code-point-in-str-input", lambda: _base_text().replace("臺中分局", "臺中\ud800分局", 1))
    yield Case(
        "raw-surrogate-pair-code-points-in-str-input", lambda: _base_text().replace("臺中分局", "\ud840\udc00", 1)
    )
    yield Case("escaped-surrogate-pair", lambda: _dump(base()).replace("臺中分局".encode(), b"\\ud840\\udc00", 1), True)
    yield Case("escaped-everything", lambda: json.dumps(base(), ensure_ascii=True).encode(), accept=True)
    yield Case("empty-label", _changed((*METHOD, "label"), ""), accept=True)
    yield Case("long-text", _changed((*METHOD, "results"), "很長的成果。\n" * 20_000), accept=True)
    for path in IDS:
        yield Case(f"empty-{_name(path)}", _changed(path, ""))
        yield Case(f"65-chars-{_name(path)}", _changed(path, "a" * 65))
        yield Case(f"space-in-{_name(path)}", _changed(path, "a b"))
        yield Case(f"fullwidth-{_name(path)}", _changed(path, "ａｂｃ"))
    for path in IDS[::4]:
        yield Case(f"64-chars-{_name(path)}", _changed(path, "A-_9" * 16), accept=True)
    yield Case("duplicate-ids", lambda: _dump(_set(_set(base(), (*METHOD, "id"), "same"), (*CHILD, "id"), "same")))

    # --- integers -------------------------------------------------------------------------------
    for path in POINTS + YEARS:
        every = path in (POINTS[2], YEARS[0])  # all mutations for one points and one year, a sample elsewhere
        for index, (label, literal) in enumerate(INTEGER_MUTATIONS.items()):
            if every or index % 4 == 0:
                yield Case(f"{label}-for-{_name(path)}", _raw_at(path, literal))
    for path in POINTS:
        yield Case(f"over-max-{_name(path)}", _changed(path, 100_001), code="json.out_of_range")
    for path in POINTS[::2]:
        yield Case(f"zero-{_name(path)}", _changed(path, 0), accept=True)
        yield Case(f"null-{_name(path)}", _changed(path, None), accept=True)
        yield Case(f"max-{_name(path)}", _changed(path, 100_000), accept=True)
    yield Case("negative-zero-points", _raw_at(POINTS[1], "-0"), accept=True)
    for path in YEARS:
        yield Case(f"zero-{_name(path)}", _changed(path, 0), code="json.out_of_range")
        yield Case(f"1000-{_name(path)}", _changed(path, 1000), code="json.out_of_range")
        yield Case(f"999-{_name(path)}", _changed(path, 999), accept=True)
        yield Case(f"null-{_name(path)}", _changed(path, None))
    yield Case("year-1", _changed(("year",), 1), accept=True)

    # --- the header, enums, booleans, lists ------------------------------------------------------
    for literal in ("2", "0", "-1", '"1"', "1.0", "true", "null", str(2**70), "1" + "0" * 5000, "[1]"):
        yield Case(f"version-{literal[:12]}", _raw_at(("version",), literal))
    for value in ("PERFDESK-REPORT", "perfdesk-report ", "", None, 1, ["perfdesk-report"], {"a": "b" * 5000}):
        yield Case(f"format-{str(value)[:16]}", _changed(("format",), value))
    for value in ("Plan", "draft", "", None, 0):
        yield Case(f"kind-{value}", _changed(("kind",), value))
        yield Case(f"column-field-{value}", _changed((*COLUMN, "field"), value))
    for node in (METHOD, CHILD):
        for literal in ("0", "1", '"true"', "null", "[]"):
            yield Case(f"needs-review-{literal}-{_name(node)}", _raw_at((*node, "needs_review"), literal))
        yield Case(f"needs-review-true-{_name(node)}", _changed((*node, "needs_review"), True), accept=True)
    for path in (
        ("front_matter",),
        ("units",),
        ("dimensions",),
        (*DIM, "columns"),
        (*DIM, "strategies"),
        (*STRATEGY, "methods"),
        (*METHOD, "units"),
        (*METHOD, "contributions"),
        (*METHOD, "children"),
        (*ORIGIN, "units"),
    ):
        yield Case(f"string-for-list-{_name(path)}", _changed(path, "x"))
        yield Case(f"object-for-list-{_name(path)}", _changed(path, {}))
        yield Case(f"null-for-list-{_name(path)}", _changed(path, None))
        yield Case(f"nested-list-{_name(path)}", _changed(path, [[]]))
        if path[-1] in ("columns", "dimensions", "methods", "children", "front_matter"):
            yield Case(f"empty-list-{_name(path)}", _changed(path, []), accept=path[-1] != "columns")

    # --- nesting ---------------------------------------------------------------------------------
    for depth, accept in ((7, True), (8, False), (9, False), (200, False), (400, False), (3000, False)):
        # _chain(depth) under a method: the chain's top node is sub-item level 1.
        yield Case(
            f"sub-items-{depth + 1}-levels",
            _raw_at((*METHOD, "children"), f"[{_chain(depth)}]"),
            accept=accept,
            code=None if accept or depth > 400 else "json.nested_too_deep",
        )
    for depth in (50, 500, 3000, 100_000):
        yield Case(f"nested-lists-{depth}-in-unknown-key", _raw_at((*METHOD, "x"), _nested_lists(depth)))
        yield Case(f"nested-lists-{depth}-in-units", _raw_at((*METHOD, "units"), _nested_lists(depth)))
    yield Case("nested-objects-in-origin", _changed(ORIGIN, {"id": "a", "year": 1, "title": {"x": {"y": {"z": {}}}}}))
    yield Case("deep-brackets-only", _bytes(b"[" * 100_000 + b"]" * 100_000))
    yield Case("deep-open-brackets", _bytes(b'{"a":' * 50_000))

    # --- bytes, truncation, the document as a whole ----------------------------------------------
    full = len(_base_text().encode("utf-8"))
    for cut in (0, 1, 2, 10, 37, 100, 1000, full // 3, full // 2, full // 2 + 1, full - 3, full - 2):
        yield Case(f"truncated-at-{cut}", _truncated(cut))
    yield Case("without-final-newline", _truncated(full - 1), accept=True)
    yield Case("bom", lambda: b"\xef\xbb\xbf" + _base_text().encode("utf-8"), accept=True)
    yield Case("bom-twice", lambda: b"\xef\xbb\xbf\xef\xbb\xbf" + _base_text().encode("utf-8"))
    yield Case("bom-in-str", lambda: "\ufeff" + _base_text())
    yield Case("utf-16-le", lambda: _base_text().encode("utf-16"))
    yield Case("utf-16-be-no-bom", lambda: _base_text().encode("utf-16-be"))
    yield Case("utf-32", lambda: _base_text().encode("utf-32"))
    yield Case("big5", lambda: _base_text().encode("big5", errors="replace"))
    for label, junk in (
        ("ff", b"\xff"),
        ("lone-continuation", b"\x80"),
        ("overlong-slash", b"\xc0\xaf"),
        ("cesu-surrogate", b"\xed\xa0\x80"),
        ("truncated-sequence", b"\xe8\x87"),
        ("above-10ffff", b"\xf4\x90\x80\x80"),
        ("nul-byte", b"\x00"),
    ):
        yield Case(
            f"bytes-{label}-in-a-string", lambda junk=junk: _dump(base()).replace("臺中分局".encode(), b"A" + junk, 1)
        )
    yield Case("nul-byte-between-tokens", lambda: _dump(base()).replace(b'"version": 1,', b'"version": 1,\x00', 1))
    for label, raw in (
        ("empty", b""),
        ("space", b" "),
        ("newline", b"\n"),
        ("null", b"null"),
        ("true", b"true"),
        ("number", b"1"),
        ("string", b'"perfdesk-report"'),
        ("empty-array", b"[]"),
        ("empty-object", b"{}"),
        ("nan", b"NaN"),
    ):
        yield Case(f"document-{label}", _bytes(raw))
    yield Case("document-in-an-array", lambda: b"[" + _base_text().encode("utf-8") + b"]", code="json.not_object")
    yield Case("document-twice", lambda: _base_text().encode("utf-8") * 2, code="json.syntax")
    yield Case("trailing-garbage", lambda: _base_text().encode("utf-8") + b"x", code="json.syntax")
    yield Case("trailing-comma", lambda: _dump(base())[:-2] + b",\n}", code="json.syntax")
    yield Case("single-quotes", lambda: _dump(base()).replace(b'"format"', b"'format'"), code="json.syntax")
    yield Case("comment", lambda: b"// perfdesk\n" + _dump(base()), code="json.syntax")
    yield Case("leading-and-trailing-whitespace", lambda: b" \r\n\t" + _dump(base()) + b" \r\n\t", accept=True)
    yield Case("crlf-line-endings", lambda: _dump(base()).replace(b"\n", b"\r\n"), accept=True)


CASES = list(_cases())
CLI_SAMPLE = [
    "duplicate-version-2-then-1-raw",
    "duplicate-key-method-label-same-value",
    f"2^63-for-{_name(POINTS[2])}",
    f"5000-digits-for-{_name(POINTS[2])}",
    "NaN-for-year",
    "lone-high-surrogate-in-format",
    "lone-high-surrogate-at-end-of-dimensions.0.strategies.0.methods.0.id",
    "nonchar-fffe-in-an-unknown-key",
    "trailing-lf-in-agency",
    "trailing-lf-in-id",
    "line-separator-in-agency",
    "nel-in-agency",
    "sub-items-201-levels",
    "sub-items-401-levels",
    "sub-items-3001-levels",
    "nested-lists-3000-in-unknown-key",
    "truncated-at-1000",
    "bytes-cesu-surrogate-in-a-string",
    "utf-16-le",
    "document-in-an-array",
    "esc-in-format",
]


def _forbidden_in_a_message(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("Cc", "Cs", "Zl", "Zp") or (0xFDD0 <= ord(char) <= 0xFDEF) or (ord(char) & 0xFFFE) == 0xFFFE


def _check_message(error: PerfdeskError) -> None:
    assert error.code in known_codes(), f"{error.code} has no catalog text"
    for language in ("en", "zh_TW"):
        text = render(error.code, language, **error.params)  # type: ignore[arg-type]
        assert len(text.splitlines()) == 1, repr(text)
        assert not any(_forbidden_in_a_message(c) for c in text), repr(text)
        assert len(text) < 400, text
        text.encode("utf-8")


def _stored_and_read_back(report: Any, folder: Path) -> None:
    path = folder / "case.perfdesk"
    create_office_file(path, report)
    office_file = OfficeFile.open(path, read_only=True)
    try:
        loaded = office_file.load()
    finally:
        office_file.close()
    assert loaded == report
    assert report_to_json(loaded) == report_to_json(report)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_mutation_is_refused_cleanly_or_stored_intact(case: Case, tmp_path_factory: pytest.TempPathFactory) -> None:
    raw = case.make()
    try:
        report = parse_report_json(raw)
    except PerfdeskError as error:
        assert not case.accept, f"refused: {error}"
        if case.code is not None:
            assert error.code == case.code, str(error)
        _check_message(error)
        return
    assert case.accept, "accepted, but strict import must refuse it"
    _stored_and_read_back(report, tmp_path_factory.mktemp("accepted"))


def test_there_are_enough_cases() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    assert len(CASES) >= 300
    assert set(CLI_SAMPLE) <= set(names), sorted(set(CLI_SAMPLE) - set(names))


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str, str, bool]]:
    """Run the CLI sample in parallel (each run pays the interpreter's start-up)."""
    folder = tmp_path_factory.mktemp("cli")
    env = {**os.environ, "PERFDESK_LANG": "en", "PERFDESK_DATA_DIR": str(folder / "data")}
    env.pop("PERFDESK_DEBUG", None)
    cli = Path(sys.executable).with_name("perfdesk-cli")
    cases = {c.name: c for c in CASES}
    running = {}
    for index, name in enumerate(CLI_SAMPLE):
        raw = cases[name].make()
        source = folder / f"{index}.json"
        source.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"))
        target = folder / f"{index}.perfdesk"
        process = subprocess.Popen(
            [str(cli), "import-json", str(source), "-o", str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        running[name] = (process, target)
    results = {}
    for name, (process, target) in running.items():
        out, err = process.communicate(timeout=120)
        results[name] = (
            process.returncode,
            out.decode("utf-8", "replace"),
            err.decode("utf-8", "replace"),
            target.exists(),
        )
    return results


@pytest.mark.parametrize("name", CLI_SAMPLE)
def test_the_cli_refuses_with_one_line(name: str, cli_results: dict[str, tuple[int, str, str, bool]]) -> None:
    code, out, err, created = cli_results[name]
    assert code == 2, (code, err)
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("perfdesk-cli: ") and "unexpected" not in err, err
    assert not created
