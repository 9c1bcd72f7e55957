"""The 108 consolidated report, split into headquarters' file and six offices' files, merges back exactly."""

from __future__ import annotations

import copy
import itertools
import random

from perfdesk.domain.merge import merge
from perfdesk.domain.offices import BRANCH_OFFICES
from perfdesk.domain.report import Report, new_id
from perfdesk.domain.tree import walk, walk_methods
from perfdesk.services.builtin_reports import sample_report


def _sample() -> Report:
    return sample_report("hq-108")


def _split(consolidated: Report) -> tuple[Report, list[Report]]:
    """Headquarters' own report (no contributions) and each office's report of the same rows."""
    headquarters = copy.deepcopy(consolidated)
    for method in headquarters.walk_methods():
        method.contributions = []
    offices = []
    for office in BRANCH_OFFICES:
        report = copy.deepcopy(headquarters)
        report.office, report.id = office, new_id()
        for place in walk(report):
            place.node.id = new_id()  # every office's file has its own ids
        for mine, theirs in zip(walk_methods(report), walk_methods(consolidated), strict=True):
            given = [c for c in theirs.node.contributions if c.office == office]
            mine.node.results = given[0].results if given else ""
            mine.node.practice = given[0].practice if given else ""
        offices.append(report)
    return headquarters, offices


def _contributions(report: Report) -> list[tuple[str, list[tuple[str, str, str]]]]:
    return [(p.path, [(c.office, c.practice, c.results) for c in p.node.contributions]) for p in walk_methods(report)]


def test_merging_the_split_sample_gives_it_back_in_any_file_order() -> None:
    sample = _sample()
    assert sum(len(m.contributions) for m in sample.walk_methods()) > 30
    headquarters, offices = _split(sample)
    expected = _contributions(sample)
    orders = [offices, offices[::-1], random.Random(108).sample(offices, len(offices))]
    for order in orders:
        merged = merge(headquarters, order)
        assert _contributions(merged.report) == expected
        assert all(o.unmatched == 0 for o in merged.offices)
        assert [m.results for m in merged.report.walk_methods()] == [m.results for m in sample.walk_methods()]


def test_every_pair_of_offices_merges_independently() -> None:
    sample = _sample()
    headquarters, offices = _split(sample)
    for pair in itertools.combinations(offices, 2):
        merged = merge(headquarters, list(pair))
        names = {r.office for r in pair}
        for (path, got), (_same, want) in zip(_contributions(merged.report), _contributions(sample), strict=True):
            assert got == [c for c in want if c[0] in names], path
