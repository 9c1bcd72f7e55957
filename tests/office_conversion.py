"""LibreOffice headless as the tests' reference reader: convert a file with a throwaway profile, read a PDF's text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def convert_with_libreoffice(document: Path, fmt: str, outdir: Path, *, timeout: int = 180) -> Path:
    """`document` converted to `fmt` in `outdir` (skips the test where LibreOffice is not installed)."""
    from perfdesk.services.document_import import libreoffice

    office = libreoffice()
    if office is None:
        pytest.skip("LibreOffice is not installed")
    profile = (outdir.parent / "lo-profile").as_uri()
    command = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", str(outdir)]
    subprocess.run([*command, str(document)], check=True, capture_output=True, timeout=timeout)
    converted = outdir / f"{document.stem}.{fmt}"
    assert converted.is_file(), converted
    return converted


def pdf_text(pdf: Path) -> str:
    """What pdftotext reads from `pdf` (skips where poppler-utils is not installed)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60).stdout
