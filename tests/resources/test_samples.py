"""The shipped samples are faithful transcriptions of the real reports in ../shared/seeds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from perfdesk.domain.report import Field, ReportKind
from perfdesk.domain.validation import validate
from perfdesk.services.builtin_reports import sample_json, sample_report

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{6,}")
SEED_OF = {
    "taichung-112": "taichung-112-results.txt",
    "tainan-112": "tainan-112-plan.txt",
    "keelung-102": "keelung-102-results.txt",
}


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _strings(item)


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_every_long_cjk_run_of_the_seed_is_in_the_sample(name: str, seeds: Path) -> None:
    seed_runs = CJK_RUN.findall((seeds / SEED_OF[name]).read_text(encoding="utf-8"))
    sample_text = "\n".join(_strings(json.loads(sample_json(name))))
    missing = [run for run in seed_runs if run not in sample_text]
    coverage = 1 - len(missing) / len(seed_runs)
    assert len(seed_runs) > 400
    assert coverage >= 0.99, f"{name}: {coverage:.2%} covered; missing e.g. {missing[:5]}"


def test_sample_headlines() -> None:
    taichung, tainan, keelung = (sample_report(n) for n in ("taichung-112", "tainan-112", "keelung-102"))
    assert (taichung.office, taichung.year, taichung.kind) == ("臺中分局", 112, ReportKind.RESULTS)
    assert (tainan.office, tainan.year, tainan.kind) == ("臺南分局", 112, ReportKind.PLAN)
    assert (keelung.office, keelung.year, keelung.kind) == ("基隆分局", 102, ReportKind.RESULTS)
    assert [d.points for d in taichung.dimensions] == [200, 300, 200, 200, 100]
    assert tainan.front_matter[0].startswith("中華民國 112 年 1 月 13 日")
    assert any(p.startswith("壹、計畫依據") for p in tainan.front_matter)
    assert {d.category for d in tainan.dimensions} == {"一、整體服務類"}


def test_column_sets_follow_the_originals() -> None:
    taichung, tainan, keelung = (sample_report(n) for n in ("taichung-112", "tainan-112", "keelung-102"))
    fifth = taichung.dimensions[4]
    assert [c.header for c in fifth.columns if c.field in (Field.PRACTICE, Field.RESULTS)] == [
        "具體作法",
        "112 年度執行成果",
    ]
    # Tainan writes the method inside the strategy column.
    assert all(not d.shows(Field.METHOD) for d in tainan.dimensions)
    # Keelung's 構面三 drops the 主辦單位 column.
    assert [d.shows(Field.UNITS) for d in keelung.dimensions] == [True, True, False]


def test_taichung_is_complete_and_clean() -> None:
    taichung = sample_report("taichung-112")
    assert validate(taichung) == []
    assert all(m.results for m in taichung.walk_methods() if not m.children)


def test_sub_items_are_children() -> None:
    taichung = sample_report("taichung-112")
    parent = taichung.dimensions[0].strategies[1].methods[0]
    assert (parent.label, parent.title) == ("1.", "提升服務設施合宜度")
    assert [c.label for c in parent.children] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    assert parent.children[0].units == ["秘書室"]
