"""Export targets: the Taichung sample to PDF against LibreOffice converting the same .docx, and growth."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.large_report import scaled_sample
from bench.timing import Result, median_process_time, median_time
from perfdesk.export.formats import format_ids
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.export_report import export_report
from perfdesk.storage.office_file import create_office_file


def run(runs: int) -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "PERFDESK_DATA_DIR": str(work / "data")}
        sample = sample_report("taichung-112")
        sample_file = work / "taichung.perfdesk"
        create_office_file(sample_file, sample)
        out = work / "taichung.pdf"
        cli = [sys.executable, "-m", "perfdesk.cli.main", "export", str(sample_file), "-o", str(out), "--force"]
        ours = median_process_time(cli, runs, env=env)
        results.append(Result("perfdesk-cli export taichung → PDF (process)", ours, runs, None))
        office = shutil.which("soffice") or shutil.which("libreoffice")
        if office:
            docx = work / "taichung.docx"
            # The same tables as perfdesk's own Word export, which is what offices would convert.
            export_report(sample, docx, fmt="docx")
            convert = [
                office,
                "--headless",
                f"-env:UserInstallation=file://{work / 'lo-profile'}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "lo"),
                str(docx),
            ]
            subprocess.run(convert, check=True, capture_output=True)  # first start creates the profile
            converted = work / "lo" / "taichung.pdf"
            if converted.exists():
                theirs = median_process_time(convert, runs)
                results.append(Result("LibreOffice .docx → PDF, same tables (process)", theirs, runs, None))
                results.append(Result("  ratio perfdesk / LibreOffice", ours / theirs, runs, 0.5, unit="×"))
            else:
                results.append(Result("LibreOffice cannot open .docx (no Writer): ratio not measured", 0.0, 0, None))
        else:
            results.append(Result("LibreOffice not installed: ratio not measured", 0.0, 0, None))

        timings = {}
        for times in (1, 5, 10):
            report = scaled_sample(times)
            for fmt in format_ids():
                target = work / f"scaled-{times}.{fmt}"
                timings[(times, fmt)] = median_time(
                    lambda report=report, target=target, fmt=fmt: export_report(
                        report, target, fmt=fmt, overwrite=True
                    ),
                    max(3, runs // 2),
                )
        for fmt in format_ids():
            # The PDF lays out and draws every line itself; the others leave that to the application.
            limit = 5.0 if fmt == "pdf" else 2.0
            results.append(Result(f"export {fmt.upper()}, 10× taichung", timings[(10, fmt)], max(3, runs // 2), limit))
        for fmt in format_ids():
            # Linear growth: ten times the report takes about ten times as long as one (≤ 12× allowed).
            growth = timings[(10, fmt)] / timings[(1, fmt)]
            results.append(Result(f"  growth {fmt.upper()} 10× / 1×", growth, max(3, runs // 2), 12.0, unit="×"))
        results += _hundredfold(work, env)
        results += _document_import(work, env, office, runs)
    return results


def _hundredfold(work: Path, env: dict[str, str]) -> list[Result]:
    """Every format for a report 100× the Taichung sample (about 5,000 rows): under 15 s and 500 MiB each.

    One run per format (each takes seconds), in its own process so the memory figure is that export's.
    """
    results = []
    for fmt in format_ids():
        out = work / f"scaled-100.{fmt}"
        command = [sys.executable, "-m", "bench.export_scale", fmt, "100", str(out)]
        printed = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout.split()
        seconds, mib = float(printed[0]), float(printed[1])
        results.append(Result(f"export {fmt.upper()}, 100× taichung", seconds, 1, 15.0))
        results.append(Result(f"  peak memory {fmt.upper()}, 100×", mib, 1, 500.0, unit="MiB"))
    return results


def _document_import(work: Path, env: dict[str, str], office: str | None, runs: int) -> list[Result]:
    """The first year's import of a Word report of about 30 pages (hq-108: 27 pages as PDF), whole
    process, against LibreOffice converting the same .docx to .odt."""
    docx = work / "hq-108.docx"
    export_report(sample_report("hq-108"), docx, fmt="docx")
    out = work / "imported.perfdesk"
    ours = median_process_time(
        [sys.executable, "-m", "perfdesk.cli.main", "import-word", str(docx), "-o", str(out), "--force"], runs, env=env
    )
    results = [Result("perfdesk-cli import-word hq-108 .docx (process)", ours, runs, 1.0)]
    if office:
        convert = [
            office,
            "--headless",
            f"-env:UserInstallation=file://{work / 'lo-profile'}",
            "--convert-to",
            "odt",
            "--outdir",
            str(work / "lo"),
            str(docx),
        ]
        subprocess.run(convert, check=True, capture_output=True)
        if (work / "lo" / "hq-108.odt").exists():
            theirs = median_process_time(convert, runs)
            results.append(Result("LibreOffice .docx → .odt, same document (process)", theirs, runs, None))
            results.append(Result("  ratio import / LibreOffice", ours / theirs, runs, 0.5, unit="×"))
    return results
