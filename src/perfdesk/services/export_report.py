"""Exporting a report to a submission-ready .xlsx or .pdf, written atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from perfdesk.domain.report import Report
from perfdesk.errors import PerfdeskError
from perfdesk.export.layout import DocumentLayout, build_layout
from perfdesk.export.options import ExportOptions
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.services.report_files import load_report
from perfdesk.storage.atomic_write import atomic_target, write_durably

FORMATS = ("xlsx", "pdf", "docx")
Writer = Callable[[DocumentLayout, ExportOptions, BinaryIO], None]


def format_of(out: Path, explicit: str | None = None) -> str:
    """The export format: as given, else from the output's extension."""
    chosen = (explicit or Path(out).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise PerfdeskError("export.unknown_format", found=chosen or "?", known=", ".join(FORMATS))
    return chosen


def export_file(
    path: Path, out: Path, *, fmt: str | None = None, options: ExportOptions | None = None, overwrite: bool = False
) -> None:
    """Export the office file at `path` (read without locking: others may be editing it)."""
    fmt = format_of(out, fmt)  # before reading anything, so a bad name fails fast
    export_report(load_report(Path(path)), out, fmt=fmt, options=options, overwrite=overwrite)


def export_report(
    report: Report,
    out: Path,
    *,
    fmt: str | None = None,
    options: ExportOptions | None = None,
    overwrite: bool = False,
    progress: Progress = NO_PROGRESS,
) -> None:
    """Write `report` to `out`; a failure or a cancel leaves any previous `out` as it was."""
    options = options or ExportOptions()
    _check_font(options)
    writer = _writer(format_of(out, fmt))
    progress.step(0, 3, "layout")
    layout = build_layout(report, options)
    with atomic_target(Path(out), overwrite=overwrite) as temp:
        progress.step(1, 3, "write")
        write_durably(temp, lambda handle: writer(layout, options, handle))
        # The last chance to change one's mind: after this the file is in place.
        progress.step(2, 3, "rename")


def _check_font(options: ExportOptions) -> None:
    font = options.font_file
    if font is not None and (not Path(font).is_file() or Path(font).suffix.lower() not in (".ttf", ".ttc")):
        raise PerfdeskError("export.bad_font", path=str(font))


def _writer(fmt: str) -> Writer:
    # Imported on use: reportlab and openpyxl are heavy, and each export needs only one.
    if fmt == "xlsx":
        from perfdesk.export.xlsx_writer import write_xlsx

        return write_xlsx
    if fmt == "docx":
        from perfdesk.export.docx_writer import write_docx

        return write_docx
    from perfdesk.export.pdf_writer import write_pdf

    return write_pdf
