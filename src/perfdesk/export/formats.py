"""The export formats, in one list: what the CLI accepts, what the export dialog offers, what the menu names.

Each format says its id (「--format pdf」, the dialog's choice), the file extension it is known by,
the application its files open in (the menu's 「匯出報表（Excel／PDF／Word／ODF）」), the message code
of the caption the dialog and the file dialog show (「PDF 文件」), and how to get its writer.
Adding a format is one entry here, its caption in i18n/messages.py, and its writer module.

Light on purpose: the window imports this at start-up to name its menu item, so the writers
(reportlab, openpyxl, python-docx, odfdo) are imported only when a file is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from perfdesk.errors import PerfdeskError
from perfdesk.i18n.language import Language

if TYPE_CHECKING:
    from perfdesk.export.layout import DocumentLayout
    from perfdesk.export.options import ExportOptions
    from perfdesk.export.write_outcome import WriteOutcome

# A writer returns how many characters it had to leave out (a header too long for its cell or page), or a
# WriteOutcome that also names the characters no font could draw (export.write_outcome).
Writer = Callable[["DocumentLayout", "ExportOptions", BinaryIO], "int | WriteOutcome"]


class ExportFormat(NamedTuple):
    """One export format."""

    id: str  # the --format value and the dialog's choice: "pdf"
    extension: str  # with its dot, lower case: ".pdf"
    name: str  # what the menu calls it, the application it opens in: "PDF", "Excel", "Word"
    caption: str  # message code of what the dialog shows: 「PDF 文件」
    load_writer: Callable[[], Writer]  # imports the writer's module (heavy) and returns the writer

    def writer(self) -> Writer:
        return self.load_writer()

    def caption_in(self, language: Language) -> str:
        """「PDF 文件」, or "PDF document" in English."""
        from perfdesk.i18n.messages import render  # the catalogue: not needed by the menus the window starts with

        return render(self.caption, language)

    def file_filter(self, language: Language) -> str:
        """The file dialog's filter: 「PDF 文件 (*.pdf)」."""
        return f"{self.caption_in(language)} (*{self.extension})"


def _xlsx() -> Writer:
    from perfdesk.export.xlsx_writer import write_xlsx

    return write_xlsx


def _pdf() -> Writer:
    from perfdesk.export.pdf_writer import write_pdf

    return write_pdf


def _docx() -> Writer:
    from perfdesk.export.docx_writer import write_docx

    return write_docx


def _odt() -> Writer:
    from perfdesk.export.odt_writer import write_odt

    return write_odt


def _ods() -> Writer:
    from perfdesk.export.ods_writer import write_ods

    return write_ods


# In the order the dialog offers them and the menu names them.
EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("xlsx", ".xlsx", "Excel", "export.format.xlsx", _xlsx),
    ExportFormat("pdf", ".pdf", "PDF", "export.format.pdf", _pdf),
    ExportFormat("docx", ".docx", "Word", "export.format.docx", _docx),
    ExportFormat("odt", ".odt", "ODF", "export.format.odt", _odt),
    ExportFormat("ods", ".ods", "ODF", "export.format.ods", _ods),
)


# The functions below read EXPORT_FORMATS when called, so every reader sees the one list as it is.


def export_formats() -> tuple[ExportFormat, ...]:
    return EXPORT_FORMATS


def format_ids() -> tuple[str, ...]:
    """("xlsx", "pdf", "docx", "odt", "ods"): the CLI's --format choices."""
    return tuple(f.id for f in EXPORT_FORMATS)


def extensions() -> tuple[str, ...]:
    return tuple(f.extension for f in EXPORT_FORMATS)


def find_format(format_id: str) -> ExportFormat | None:
    """The format of that id (any case), or None."""
    wanted = format_id.lower()
    return next((f for f in EXPORT_FORMATS if f.id == wanted), None)


def format_for(out: Path, explicit: str | None = None) -> ExportFormat:
    """The format to write `out` in: the one named, else the one its extension belongs to; refused if neither."""
    if explicit:
        found = find_format(explicit)
        chosen = explicit.lower()
    else:
        chosen = Path(out).suffix.lower()
        found = next((f for f in EXPORT_FORMATS if f.extension == chosen), None)
        chosen = chosen.lstrip(".")
    if found is None:
        raise PerfdeskError("export.unknown_format", found=chosen or "?", known=", ".join(format_ids()))
    return found


def format_names(language: Language) -> str:
    """「Excel／PDF／Word／ODF」 ("Excel/PDF/Word/ODF" in English): every format, as the menu names them."""
    # ODF text and ODF spreadsheet are one name on the menu.
    return ("/" if language == "en" else "／").join(dict.fromkeys(f.name for f in EXPORT_FORMATS))
