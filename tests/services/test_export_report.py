"""Exporting through the service: atomic, never overwriting without asking, cancellable, bad fonts named."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.errors import PerfdeskError
from perfdesk.export.options import ExportOptions
from perfdesk.services.export_report import export_file, export_report, format_of
from perfdesk.services.progress import Progress


def test_format_comes_from_the_extension_or_is_refused(tmp_path: Path) -> None:
    assert format_of(tmp_path / "a.PDF") == "pdf"
    assert format_of(tmp_path / "a.bin", "xlsx") == "xlsx"
    assert format_of(tmp_path / "a.odt") == "odt" and format_of(tmp_path / "a.ods") == "ods"
    with pytest.raises(PerfdeskError) as caught:
        format_of(tmp_path / "a.rtf")
    assert caught.value.code == "export.unknown_format"


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_both_formats_from_the_office_file(taichung_file: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    export_file(taichung_file, out)
    assert out.stat().st_size > 10_000
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"report.{fmt}", taichung_file.name])


def test_an_existing_output_needs_overwrite(taichung, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(PerfdeskError) as caught:
        export_report(taichung, out)
    assert caught.value.code == "output.exists" and out.read_bytes() == b"previous"
    export_report(taichung, out, overwrite=True)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_cancelled_export_leaves_the_previous_file(taichung, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"previous")
    progress = Progress()
    progress.cancel()
    with pytest.raises(PerfdeskError) as caught:
        export_report(taichung, out, overwrite=True, progress=progress)
    assert caught.value.code == "job.cancelled"
    assert out.read_bytes() == b"previous" and [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_a_cancel_while_writing_stops_before_the_rename(taichung, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    steps: list[str] = []

    def cancel_once_written(done: int, total: int, what: str) -> None:
        steps.append(what)
        if what == "write":
            progress.cancel()

    progress = Progress(on_step=cancel_once_written)
    with pytest.raises(PerfdeskError):
        export_report(taichung, out, progress=progress)
    assert steps == ["layout", "write"] and not out.exists() and list(tmp_path.iterdir()) == []


def test_a_missing_or_foreign_font_file_is_named(taichung, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for font in (tmp_path / "nothing.ttf", Path(__file__)):
        with pytest.raises(PerfdeskError) as caught:
            export_report(taichung, tmp_path / "r.pdf", options=ExportOptions(font_file=font))
        assert caught.value.code == "export.bad_font"


def test_a_cancelled_import_leaves_no_file(tmp_path: Path) -> None:
    from perfdesk.services.builtin_reports import sample_json
    from perfdesk.services.report_files import import_json_file

    source = tmp_path / "in.json"
    source.write_bytes(sample_json("tainan-112"))
    progress = Progress(on_step=lambda done, total, what: progress.cancel() if what == "write" else None)
    with pytest.raises(PerfdeskError) as caught:
        import_json_file(source, tmp_path / "out.perfdesk", progress=progress)
    assert caught.value.code == "job.cancelled"
    assert [p.name for p in tmp_path.iterdir()] == ["in.json"]


def test_a_damaged_font_file_is_named(taichung, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    font = tmp_path / "broken.ttf"
    font.write_bytes(b"\x00\x01\x00\x00" + b"not really a font" * 10)
    with pytest.raises(PerfdeskError) as caught:
        export_report(taichung, tmp_path / "r.pdf", options=ExportOptions(font_file=font))
    assert caught.value.code == "export.bad_font" and not (tmp_path / "r.pdf").exists()
