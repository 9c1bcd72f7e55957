"""The first year from the office's own Word or ODF report: read it, recognise the report, write a new file.

The input is only read. Which reader applies is told from the file's content, not its name: a
zip with word/document.xml is a .docx, one whose mimetype says so an .odt; an old binary .doc
(an OLE container) goes through LibreOffice headless into a temporary .docx when LibreOffice is
installed — with its own throwaway profile and a time limit — and is otherwise refused with a
line saying to save it as .docx.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from perfdesk.domain.framework_ids import give_framework_ids
from perfdesk.domain.report import ReportKind
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.builtin_framework import framework_report
from perfdesk.interchange.documents.model import Document
from perfdesk.interchange.documents.package import ODT_MIMETYPE, open_package
from perfdesk.interchange.documents.report_from_blocks import Imported, build_report
from perfdesk.services.progress import NO_PROGRESS, Progress
from perfdesk.services.report_files import save_new_file
from perfdesk.storage.backup_reasons import BackupReason

CONVERSION_SECONDS = 120  # a 70-page .doc converts in a few seconds; a hung LibreOffice is stopped


def read_document(path: Path) -> Document:
    """The blocks of the document at `path`, by what it holds (see the module's docstring)."""
    from perfdesk.interchange.documents.docx_blocks import read_docx
    from perfdesk.interchange.documents.odt_blocks import read_odt

    path = Path(path)
    try:
        # The opener tells what the file is, and refuses what no reader takes, in one line.
        with open_package(path) as package:
            odt = package.text("mimetype") == ODT_MIMETYPE
    except PerfdeskError as error:
        if error.code == "document.ole" and path.suffix.lower() == ".doc":
            return _read_doc(path)
        raise
    # Anything else goes to the Word reader, which names a zip that is neither.
    return read_odt(path) if odt else read_docx(path)


def import_document(
    path: Path,
    out: Path | None,
    *,
    office: str | None = None,
    year: int | None = None,
    kind: ReportKind | None = None,
    overwrite: bool = False,
    progress: Progress = NO_PROGRESS,
) -> Imported:
    """Read `path` into a report and write it to `out` (None: a dry run, nothing written)."""
    progress.step(0, 3, "read")
    document = read_document(Path(path))
    progress.step(1, 3, "recognise")
    imported = build_report(document, source=str(path), office=office, year=year, kind=kind)
    # Framework ids let headquarters match this office's rows to everyone else's.
    give_framework_ids(imported.report, framework_report())
    missing = [
        what for what, value in (("office", imported.report.office), ("year", imported.report.year)) if not value
    ]
    if out is not None and missing:
        # A report needs both to be anyone's; the dry run says so, the import refuses to guess.
        raise PerfdeskError(f"import.{missing[0]}_missing", path=str(path))
    if out is not None:
        progress.step(2, 3, "write")
        save_new_file(Path(out), imported.report, overwrite=overwrite, reason=BackupReason.BEFORE_IMPORT)
    return imported


def libreoffice() -> str | None:
    """The LibreOffice program, when installed (PERFDESK_SOFFICE names another).

    On Windows the installer does not put it on PATH: its usual folders are looked in too.
    """
    found = os.environ.get("PERFDESK_SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for variable in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"):
        root = os.environ.get(variable)
        if root:
            candidate = Path(root) / "LibreOffice" / "program" / "soffice.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def _read_doc(path: Path) -> Document:
    from perfdesk.interchange.documents.docx_blocks import read_docx

    program = libreoffice()
    if program is None:
        raise PerfdeskError("document.needs_libreoffice", path=str(path))
    with tempfile.TemporaryDirectory(prefix="perfdesk-doc-") as work:
        folder = Path(work)
        # A copy under a plain name: LibreOffice never touches the original, and odd names are no issue.
        source = folder / "input.doc"
        shutil.copyfile(path, source)
        profile = (folder / "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=CONVERSION_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise PerfdeskError("document.conversion_timeout", path=str(path), seconds=CONVERSION_SECONDS) from None
        except OSError as error:
            raise PerfdeskError("document.conversion_failed", path=str(path), reason=str(error)) from None
        converted = folder / "out" / "input.docx"
        if done.returncode != 0 or not converted.is_file():
            reason = (done.stderr or done.stdout).strip().splitlines()
            raise PerfdeskError(
                "document.conversion_failed", path=str(path), reason=reason[-1] if reason else f"exit {done.returncode}"
            )
        return read_docx(converted)
