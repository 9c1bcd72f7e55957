"""Generated reports, not only the samples: exported to Word and imported back, they are the same report.

The reports are well formed the way real ones are — labels in the customary styles (renumbered),
titles that do not themselves look like a label, a heading or a points suffix, a title's colon
being the one that starts its description — since the import reads structure from printed text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfdesk.domain.numbering import renumber
from perfdesk.domain.offices import BRANCH_OFFICES
from perfdesk.domain.report import Contribution, Dimension, Method, Report, ReportKind, Strategy, standard_title
from perfdesk.domain.tree import walk
from perfdesk.services.document_import import import_document
from perfdesk.services.export_report import export_report
from tests.interchange.documents.test_document_round_trip import AS_WRITTEN, outline


def word_edges(text: str) -> str:
    """A text that begins and ends with a character (the import trims a cell's edges, as Word users do)."""
    text = text.strip()
    while text and not ("\u4e00" <= text[0] <= "\u9fa5"):
        text = text[1:]
    while text and text[-1] == " ":
        text = text[:-1]
    return text or "文"


# Chinese text without the characters that make text look like structure: numerals (labels),
# 構 (構面), 類 (category lines), 如 (「。如：」), 分 (points), plus everyday punctuation inside.
_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(
    lambda c: c not in "一二三四五六七八九十百零壹貳參叁肆伍陸柒捌玖拾構類如分"
)
_INSIDE = st.sampled_from([*"，。、；「」", "ABC", "2024", " e "])
word = st.lists(_HAN, min_size=1, max_size=8).map("".join)
phrase = st.lists(st.one_of(word, _INSIDE), min_size=1, max_size=6).map("".join).map(word_edges)
paragraphs = st.lists(phrase, min_size=1, max_size=3).map("\n".join)


def methods(depth: int) -> st.SearchStrategy[Method]:
    children = st.lists(methods(depth - 1), max_size=2) if depth > 0 else st.just([])
    return st.builds(
        Method,
        label=st.just(""),
        title=phrase,
        description=st.one_of(st.just(""), paragraphs),
        units=st.lists(word, max_size=3, unique=True),
        practice=st.one_of(st.just(""), paragraphs),
        results=st.one_of(st.just(""), paragraphs),
        points=st.none() | st.integers(0, 300),
        contributions=st.lists(
            st.builds(Contribution, office=st.sampled_from(BRANCH_OFFICES), results=paragraphs),
            max_size=2,
            unique_by=lambda c: c.office,
        ),
        children=children,
    )


reports = st.builds(
    Report,
    agency=st.just("經濟部標準檢驗局"),
    office=st.sampled_from(BRANCH_OFFICES),
    year=st.integers(100, 130),
    kind=st.sampled_from(ReportKind),
    front_matter=st.lists(phrase, max_size=2),
    dimensions=st.lists(
        st.builds(
            Dimension,
            label=st.just(""),
            name=word,
            points=st.none() | st.integers(1, 1000),
            strategies=st.lists(
                st.builds(
                    Strategy,
                    label=st.just(""),
                    title=phrase,
                    points=st.none() | st.integers(0, 400),
                    methods=st.lists(methods(2), min_size=1, max_size=3),
                ),
                min_size=1,
                max_size=2,
            ),
        ),
        min_size=1,
        max_size=2,
    ),
)


def _well_formed(report: Report) -> Report:
    # Renumbering leaves a list with no labels at all unnumbered (a lone method, on purpose): give
    # every node a label first, so every level is numbered in its customary style.
    for place in walk(report):
        place.node.label = "?"
    renumber(report)
    report.title = standard_title(report.agency, report.office, report.year, report.kind)
    for method in report.walk_methods():
        # Offices' contributions print in the results column, in the bureau's order.
        method.contributions.sort(key=lambda c: BRANCH_OFFICES.index(c.office))
    return report


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_any_well_formed_report_comes_back_from_its_word_export(report: Report) -> None:
    report = _well_formed(report)
    with tempfile.TemporaryDirectory() as folder:
        document = Path(folder) / "report.docx"
        export_report(report, document, options=AS_WRITTEN)
        imported = import_document(document, None).report
    assert outline(imported) == outline(report)
