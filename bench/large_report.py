"""Reports N times the size of a sample, for measuring growth with size."""

from __future__ import annotations

import copy

from perfdesk.domain.report import Method, Report, new_id
from perfdesk.services.builtin_reports import sample_report


def scaled_sample(times: int, name: str = "taichung-112") -> Report:
    """The sample's dimensions repeated `times` times, every node with a fresh id."""
    base = sample_report(name)
    report = copy.deepcopy(base)
    report.dimensions = []
    for _round in range(times):
        for dimension in copy.deepcopy(base.dimensions):
            dimension.id = new_id()
            for strategy in dimension.strategies:
                strategy.id = new_id()
                for method in strategy.methods:
                    _refresh(method)
            report.dimensions.append(dimension)
    return report


def _refresh(method: Method) -> None:
    for node in method.walk():
        node.id = new_id()
