"""Exporting a report to a submission-ready file in one of the export formats (export.formats), written atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from perfdesk.domain.report import Report
from perfdesk.errors import PerfdeskError
from perfdesk.export.formats import format_for, format_ids
from perfdesk.export.layout import build_layout
from perfdesk.export.options import ExportOptions
from perfdesk.export.write_outcome import MissingGlyph, WriteOutcome, missing_glyphs_notice, outcome_of
from perfdesk.i18n.language import Language
from perfdesk.i18n.messages import render
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.services.report_files import load_report
from perfdesk.storage.atomic_write import atomic_target, write_durably

# The ids of the export formats, as export.formats lists them.
FORMATS = format_ids()


@dataclass(frozen=True)
class ExportResult:
    """What an export could not write as the report holds it, for a notice after the export.

    `replaced_characters`: characters no export format can store (control characters, lone
    surrogates, noncharacters), each written as U+FFFD; the same for every format.
    `cut_characters`: characters left out of column headers too long for a cell (Excel) or for
    half a page (PDF), which end in 「…」 instead.
    `missing_glyphs`: characters no installed font has (PDF), printed as empty boxes, and where they are.
    """

    replaced_characters: int = 0
    cut_characters: int = 0
    missing_glyphs: tuple[MissingGlyph, ...] = ()

    @property
    def complete(self) -> bool:
        """True when every character was written as the report holds it."""
        return not (self.replaced_characters or self.cut_characters or self.missing_glyphs)

    def notice(self, language: Language) -> str | None:
        """One line telling the user what was replaced or left out; None when the export is complete."""
        parts = [
            render(code, language, count=count)
            for code, count in (
                ("export.replaced_characters", self.replaced_characters),
                ("export.cut_characters", self.cut_characters),
            )
            if count
        ]
        if glyphs := missing_glyphs_notice(self.missing_glyphs, language):
            parts.append(glyphs)
        return ("; " if language == "en" else "；").join(parts) or None


def format_of(out: Path, explicit: str | None = None) -> str:
    """The export format's id: as given, else from the output's extension."""
    return format_for(out, explicit).id


def export_file(
    path: Path, out: Path, *, fmt: str | None = None, options: ExportOptions | None = None, overwrite: bool = False
) -> ExportResult:
    """Export the office file at `path` (read without locking: others may be editing it)."""
    fmt = format_of(out, fmt)  # before reading anything, so a bad name fails fast
    return export_report(load_report(Path(path)), out, fmt=fmt, options=options, overwrite=overwrite)


def export_report(
    report: Report,
    out: Path,
    *,
    fmt: str | None = None,
    options: ExportOptions | None = None,
    overwrite: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ExportResult:
    """Write `report` to `out`; a failure or a cancel leaves any previous `out` as it was.

    Whatever text the report holds, the file is written; the result counts what had to be
    replaced or cut so the caller can say so (ExportResult.notice).
    """
    options = options or ExportOptions()
    _check_font(options)
    writer = format_for(out, fmt).writer()
    progress.step(0, 3, "layout")
    layout = build_layout(report, options)
    outcomes: list[WriteOutcome] = []
    with atomic_target(Path(out), overwrite=overwrite) as temp:
        progress.step(1, 3, "write")
        write_durably(temp, lambda handle: outcomes.append(outcome_of(writer(layout, options, handle))))
        # The last chance to change one's mind: after this the file is in place.
        progress.step(2, 3, "rename")
    return ExportResult(
        replaced_characters=layout.replaced_characters,
        cut_characters=sum(outcome.cut_characters for outcome in outcomes),
        missing_glyphs=tuple(glyph for outcome in outcomes for glyph in outcome.missing_glyphs),
    )


def _check_font(options: ExportOptions) -> None:
    font = options.font_file
    if font is not None and (not Path(font).is_file() or Path(font).suffix.lower() not in (".ttf", ".ttc")):
        raise PerfdeskError("export.bad_font", path=str(font))
