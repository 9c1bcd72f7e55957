"""Any report survives JSON and the .perfdesk file unchanged: generated trees, not only the samples."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfdesk.domain.report import (
    Column,
    Contribution,
    Dimension,
    Field,
    Method,
    Origin,
    Report,
    ReportKind,
    Strategy,
)
from perfdesk.interchange.json_reader import parse_report_json
from perfdesk.interchange.json_writer import report_to_json
from perfdesk.storage.office_file import create_office_file, opened

_ALPHABET = st.characters(
    whitelist_categories=("Lu", "Ll", "Lo", "Nd", "Po", "Ps", "Pe", "Zs", "Sm"),
    whitelist_characters="，。、；：「」（）\n\t",
    blacklist_characters="\r\x0b\x0c\u2028\u2029\x85",
)
text = st.text(_ALPHABET, max_size=40)
line = text.map(lambda s: s.replace("\n", " ").replace("\t", " "))
points = st.none() | st.integers(min_value=0, max_value=1000)
units = st.lists(line, max_size=3)


def methods(depth: int) -> st.SearchStrategy[Method]:
    children = st.lists(methods(depth - 1), max_size=2) if depth > 0 else st.just([])
    return st.builds(
        Method,
        label=line,
        title=text,
        description=text,
        units=units,
        practice=text,
        results=text,
        criteria=text,
        points=points,
        comment=text,
        needs_review=st.booleans(),
        contributions=st.lists(st.builds(Contribution, office=line, practice=text, results=text), max_size=2),
        children=children,
        origin=st.none()
        | st.builds(
            Origin,
            id=st.uuids().map(lambda u: u.hex),
            year=st.integers(90, 130),
            title=text,
            description=text,
            units=units,
            practice=text,
            results=text,
        ),
    )


reports = st.builds(
    Report,
    agency=line,
    office=line,
    year=st.integers(1, 999),
    kind=st.sampled_from(ReportKind),
    title=line,
    front_matter=st.lists(text, max_size=3),
    units=units,
    dimensions=st.lists(
        st.builds(
            Dimension,
            label=line,
            name=line,
            points=points,
            category=st.none() | line,
            heading=st.none() | line,
            note=st.none() | text,
            columns=st.lists(st.builds(Column, field=st.sampled_from(Field), header=line), min_size=1, max_size=4),
            strategies=st.lists(
                st.builds(Strategy, label=line, title=text, points=points, methods=st.lists(methods(2), max_size=3)),
                max_size=3,
            ),
        ),
        max_size=3,
    ),
)


@settings(max_examples=40, deadline=None)
@given(reports)
def test_json_round_trip(report: Report) -> None:
    assert parse_report_json(report_to_json(report)) == report


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reports)
def test_office_file_round_trip(tmp_path: Path, report: Report) -> None:
    path = tmp_path / "generated.perfdesk"
    create_office_file(path, report, overwrite=True)
    with opened(path, read_only=True) as office_file:
        assert office_file.load() == report
