"""Core targets (issue: report model and office file): tree load, JSON import/export, CLI start."""

from __future__ import annotations

import copy
import gc
import os
import sys
import tempfile
from pathlib import Path

from bench.large_report import scaled_sample
from bench.timing import Result, median_process_time, median_time
from perfdesk.domain.merge import merge
from perfdesk.domain.offices import BRANCH_OFFICES, HEADQUARTERS
from perfdesk.domain.report import Report, new_id
from perfdesk.domain.tree import walk
from perfdesk.interchange.json_writer import report_to_json
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.report_files import export_json, import_json_file
from perfdesk.services.submission import submit_report
from perfdesk.services.year_rollover import copy_forward_file
from perfdesk.storage.office_file import create_office_file, opened


def run(runs: int) -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        os.environ["PERFDESK_DATA_DIR"] = str(work / "data")
        large = scaled_sample(10)
        large_file = work / "large.perfdesk"
        create_office_file(large_file, large)
        with opened(large_file, read_only=True) as office_file:
            results.append(Result("load tree, 10× taichung", median_time(office_file.load, runs), runs, 0.150))

        large_json = work / "large.json"
        large_json.write_text(report_to_json(large), encoding="utf-8")
        target = work / "imported.perfdesk"

        def remove_target() -> None:
            target.unlink(missing_ok=True)

        results.append(
            Result(
                "import JSON → .perfdesk, 10× taichung",
                median_time(lambda: import_json_file(large_json, target), runs, setup=remove_target),
                runs,
                1.0,
            )
        )
        results.append(
            Result(
                "export .perfdesk → JSON, 10× taichung",
                median_time(lambda: export_json(large_file), runs),
                runs,
                1.0,
            )
        )

        forward_target = work / "forward.perfdesk"

        def remove_forward() -> None:
            forward_target.unlink(missing_ok=True)

        results.append(
            Result(
                "copy-forward .perfdesk → .perfdesk, 10× taichung",
                median_time(lambda: copy_forward_file(large_file, forward_target), runs, setup=remove_forward),
                runs,
                0.5,
            )
        )

        sample_file = work / "taichung.perfdesk"
        create_office_file(sample_file, sample_report("taichung-112"))
        cli = [sys.executable, "-m", "perfdesk.cli.main", "info", str(sample_file)]
        results.append(Result("perfdesk-cli info taichung (process)", median_process_time(cli, runs), runs, 0.5))
        small = sample_report("taichung-112")
        merges = {
            (size, count): _median_merge(report, count, runs)
            for size, report in ((1, small), (10, large))
            for count in (2, 6)
        }
        results.append(Result("merge headquarters + 6 offices, 10× taichung", merges[(10, 6)], runs, 1.0))
        # Linear growth in rows (10× the rows: about 10× the time, ≤ 12× allowed) and in offices
        # (three times the offices: about three times the time, ≤ 3.6× allowed).
        results.append(Result("  growth merge 10× / 1× rows", merges[(10, 6)] / merges[(1, 6)], runs, 12.0, unit="×"))
        results.append(Result("  growth merge 6 / 2 offices", merges[(10, 6)] / merges[(10, 2)], runs, 3.6, unit="×"))

        inbox = work / "inbox"
        inbox.mkdir()
        for office in (*BRANCH_OFFICES, HEADQUARTERS):
            report = sample_report("taichung-112")
            report.office = office
            submit_report(report, inbox / f"{office}.perfdesk")
        status = [sys.executable, "-m", "perfdesk.cli.main", "status", str(inbox)]
        results.append(Result("perfdesk-cli status, 7 files (process)", median_process_time(status, runs), runs, 0.5))
        bare = [sys.executable, "-c", "pass"]
        results.append(Result("python -c pass (process, reference)", median_process_time(bare, runs), runs, None))
    return results


def _median_merge(base: Report, offices: int, runs: int) -> float:
    """Median time of merging `offices` offices into headquarters' report, the copies made beforehand."""
    copies: list[Report] = []

    def prepare() -> None:
        copies[:] = _office_copies(base, offices)
        gc.collect()  # the copies' garbage is the setup's, not the merge's to collect

    return median_time(lambda: merge(copies[0], copies[1:]), runs, setup=prepare)


def _office_copies(base: Report, offices: int) -> list[Report]:
    """Headquarters' report and `offices` offices' of the same rows, each with its own node ids (as real files)."""
    copies = []
    for office in (HEADQUARTERS, *BRANCH_OFFICES[:offices]):
        report = copy.deepcopy(base)
        report.office, report.id = office, new_id()
        for place in walk(report):
            place.node.id = new_id()
        copies.append(report)
    return copies
