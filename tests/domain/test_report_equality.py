"""The report tree's classes compare and print as @dataclass would make them (domain/report.py shares one pair)."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from perfdesk.domain.report import Column, Contribution, Dimension, Field, Method, Origin, Report, Strategy
from perfdesk.services.builtin_reports import sample_report

TREE_CLASSES = (Column, Contribution, Origin, Method, Strategy, Dimension, Report)


def _generated_twin(node: object) -> object:
    """The same values in a dataclass whose __eq__ and __repr__ dataclasses generated."""
    names = [f.name for f in dataclasses.fields(node)]  # type: ignore[arg-type]
    twin = dataclasses.make_dataclass(type(node).__name__, names)
    return twin(**{name: getattr(node, name) for name in names})


def _one_of_each(report: Report) -> dict[type, object]:
    dimension = report.dimensions[0]
    method = dimension.strategies[0].methods[0]
    found: dict[type, object] = {
        Report: report,
        Dimension: dimension,
        Column: dimension.columns[0],
        Strategy: dimension.strategies[0],
        Method: method,
        Contribution: Contribution(office="基隆分局", practice="作法", results="成果"),
        Origin: Origin(id="x", year=112, title="甲", units=["秘書室"]),
    }
    return found


@pytest.mark.parametrize("kind", TREE_CLASSES, ids=lambda kind: kind.__name__)
def test_repr_is_the_generated_one(kind: type) -> None:
    node = _one_of_each(sample_report("taichung-112"))[kind]
    assert repr(node) == repr(_generated_twin(node))


def test_equality_is_by_value_and_by_class() -> None:
    report = sample_report("taichung-112")
    same = copy.deepcopy(report)
    assert same == report
    same.dimensions[0].strategies[0].methods[0].results += "。"
    assert same != report
    assert report.dimensions[0] != report.dimensions[0].strategies[0]  # another class is never equal
    assert Column(Field.UNITS, "甲") == Column(Field.UNITS, "甲")
    assert Column(Field.UNITS, "甲") != Column(Field.UNITS, "乙")


@pytest.mark.parametrize("kind", TREE_CLASSES, ids=lambda kind: kind.__name__)
def test_mutable_nodes_stay_unhashable_and_slotted(kind: type) -> None:
    node = _one_of_each(sample_report("taichung-112"))[kind]
    with pytest.raises(TypeError):
        hash(node)
    assert not hasattr(node, "__dict__")
