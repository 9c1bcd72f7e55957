"""Every sample exported by perfdesk to Word comes back through the import as the same report (ids aside)."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.domain.report import Method, Report
from perfdesk.export.options import ExportOptions
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from perfdesk.services.document_import import import_document
from perfdesk.services.export_report import export_report

# Headings as typed, so the document holds exactly what the report does; by default the export
# writes them in the one form 「構面一：基礎服務（200 分）」 (see the test of that below).
AS_WRITTEN = ExportOptions(headings_as_written=True)


def _method(method: Method, depth: int) -> list[tuple[object, ...]]:
    row: list[tuple[object, ...]] = [
        (
            depth,
            method.label,
            method.title,
            method.description,
            tuple(method.units),
            method.practice,
            method.results,
            method.criteria,
            method.points,
            tuple((c.office, c.results or c.practice) for c in method.contributions),
        )
    ]
    for child in method.children:
        row += _method(child, depth + 1)
    return row


def outline(report: Report) -> list[tuple[object, ...]]:
    """What a printed report says: the report's own fields and every node's, in order (no ids, no review state)."""
    rows: list[tuple[object, ...]] = [
        (report.agency, report.office, report.year, report.kind, report.title, tuple(report.front_matter))
    ]
    for dimension in report.dimensions:
        columns = tuple((c.field, c.header) for c in dimension.columns)
        rows.append((dimension.label, dimension.name, dimension.points, dimension.category, dimension.heading))
        rows.append((dimension.note, columns))
        for strategy in dimension.strategies:
            rows.append((strategy.label, strategy.title, strategy.points))
            for method in strategy.methods:
                rows += _method(method, 0)
    return rows


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_a_samples_word_export_imports_back_to_the_same_report(name: str, tmp_path: Path) -> None:
    sample = sample_report(name)
    document = tmp_path / f"{name}.docx"
    export_report(sample, document, options=AS_WRITTEN)
    before = document.read_bytes()
    imported = import_document(document, tmp_path / f"{name}.perfdesk")
    assert outline(imported.report) == outline(sample)
    assert document.read_bytes() == before  # the input is only read
    # The roster is the units the rows name, in order of appearance.
    assert set(imported.report.units) == {u for m in sample.walk_methods() for u in m.units}
    assert all(m.needs_review and m.origin is not None for m in imported.report.walk_methods())


def test_the_samples_come_back_through_odf_too(tmp_path: Path) -> None:
    """LibreOffice turns the Word exports into ODF, as an office would (perfdesk's own .odt: test_odt.py)."""
    import subprocess

    from perfdesk.services.document_import import libreoffice

    office = libreoffice()
    if office is None:
        pytest.skip("LibreOffice is not installed")
    documents = []
    for name in SAMPLE_NAMES:
        documents.append(tmp_path / f"{name}.docx")
        export_report(sample_report(name), documents[-1], options=AS_WRITTEN)
    profile = (tmp_path / "lo-profile").as_uri()
    command = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "odt"]
    subprocess.run(
        [*command, "--outdir", str(tmp_path / "odt"), *map(str, documents)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    for name in SAMPLE_NAMES:
        imported = import_document(tmp_path / "odt" / f"{name}.odt", None)
        assert outline(imported.report) == outline(sample_report(name)), name


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_the_normalised_headings_import_as_the_same_dimensions(name: str, tmp_path: Path) -> None:
    """The default export writes 「構面一：基礎服務（200 分）」 for 「構面一、基礎服務 (200 分)」: the same
    構面, name and points come back, and only the typed form of the heading is gone."""
    sample = sample_report(name)
    document = tmp_path / f"{name}.docx"
    export_report(sample, document)
    imported = import_document(document, None).report
    assert [(d.label, d.name, d.points) for d in imported.dimensions] == [
        (d.label, d.name, d.points) for d in sample.dimensions
    ]
    assert [m.results for m in imported.walk_methods()] == [m.results for m in sample.walk_methods()]
