"""The shipped samples are faithful transcriptions of the real reports in ../shared/seeds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from perfdesk.domain.report import Field, Report, ReportKind
from perfdesk.domain.validation import validate
from perfdesk.export.layout import build_layout
from perfdesk.interchange.json_reader import parse_report_json
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_json, sample_report

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{6,}")
SEED_OF = {
    "taichung-112": "taichung-112-results.txt",
    "tainan-112": "tainan-112-plan.txt",
    "keelung-102": "keelung-102-results.txt",
    "hq-108": "hq-108-consolidated.txt",
}
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
BRANCH_OFFICES = ("基隆分局", "新竹分局", "臺中分局", "臺南分局", "高雄分局", "花蓮分局")


def _sample_bytes(name: str) -> bytes:
    """A shipped sample: through builtin_reports once it is registered there, else from the resource file."""
    return sample_json(name) if name in SAMPLE_NAMES else (SAMPLES / f"{name}.json").read_bytes()


def _hq() -> Report:
    return parse_report_json((SAMPLES / "hq-108.json").read_bytes())


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _strings(item)


def _printed(data: bytes) -> Iterator[str]:
    """What perfdesk prints of a report beyond its stored text, e.g. 「另所屬分局執行情形：」 before
    headquarters' contributions (export/layout.py)."""
    for table in build_layout(parse_report_json(data)).tables:
        for row in table.rows:
            yield from row.cells


@pytest.mark.parametrize("name", sorted(SEED_OF))
def test_every_long_cjk_run_of_the_seed_is_in_the_sample(name: str, seeds: Path) -> None:
    seed_runs = CJK_RUN.findall((seeds / SEED_OF[name]).read_text(encoding="utf-8"))
    data = _sample_bytes(name)
    sample_text = "\n".join([*_strings(json.loads(data)), *_printed(data)])
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


def test_hq_headlines() -> None:
    hq = _hq()
    assert (hq.agency, hq.office, hq.year, hq.kind) == ("經濟部標準檢驗局", "總局", 108, ReportKind.RESULTS)
    assert [d.points for d in hq.dimensions] == [200, 300, 200, 200, 1000]
    # 構面一–四: 執行策略 · 主辦單位 · 執行績效與成果, the method text inside the strategy column.
    assert all([c.field for c in d.columns] == [Field.STRATEGY, Field.UNITS, Field.RESULTS] for d in hq.dimensions[:4])
    project = hq.dimensions[4]
    assert project.category == "二、專案規劃類(1000 分)"
    assert (project.heading, project.note) == ("專案名稱：強化商品安全監督作業", "主辦單位：第五組")
    assert [c.header for c in project.columns] == ["執行策略", "評核重點", "執行方法及具體作法", "執行績效與成果"]
    assert [c.field for c in project.columns] == [Field.STRATEGY, Field.CRITERIA, Field.PRACTICE, Field.RESULTS]
    assert [s.points for s in project.strategies] == [200, 400, 100, 100, 100, 100]
    assert all(m.criteria and m.practice and m.results for s in project.strategies for m in s.methods)


def _seed_contributions(seed: str) -> list[list[str]]:
    """The offices after each 「另所屬分局執行情形：」 of the seed, in its order (1.基隆分局： 2.新竹分局： …)."""
    lines = [line.strip() for line in seed.split("\n") if "執行策略 主辦單位 執行績效與成果" not in line]
    text = "".join(lines)  # hard line breaks inside cells, so the lead-in can be wrapped
    prefix = re.compile(r"(\d+)\.(\S{2}分局)：")
    lists = []
    for part in text.split("另所屬分局執行情形：")[1:]:
        offices: list[str] = []
        for match in prefix.finditer(part):
            if int(match.group(1)) != len(offices) + 1:
                break
            offices.append(match.group(2))
        lists.append(offices)
    return lists


def test_hq_contributions_are_the_offices_paragraphs_in_the_seeds_order(seeds: Path) -> None:
    seed = (seeds / "hq-108-consolidated.txt").read_text(encoding="utf-8")
    expected = _seed_contributions(seed)
    assert len(expected) == 16 and all(expected)
    hq = _hq()
    consolidated = [m for m in hq.walk_methods() if m.contributions]
    # Every method whose seed text has 「另所屬分局執行情形」 has contributions, in document order.
    assert [[c.office for c in m.contributions] for m in consolidated] == expected
    flat = "".join(seed.split())
    for m in consolidated:
        offices = [c.office for c in m.contributions]
        assert set(offices) <= set(BRANCH_OFFICES)
        assert offices == sorted(offices, key=BRANCH_OFFICES.index)  # the bureau's order, as the seed gives it
        # Headquarters' own text is in results, without the lead-in, which perfdesk prints itself.
        assert m.results and "另所屬分局執行情形" not in m.results
        for number, c in enumerate(m.contributions, start=1):
            assert c.practice == ""
            assert not c.results.startswith(f"{number}.{c.office}：")
            assert f"{number}.{c.office}：{''.join(c.results.split())[:12]}" in flat
    assert sum(len(m.contributions) for m in consolidated) == 79
