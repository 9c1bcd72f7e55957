"""Start-up counted in instructions: process start → first painted frame, under callgrind.

`scripts/dev.sh bench --only instructions` (about 25 s; needs valgrind). Wall-clock start-up on a
shared 2-core machine moves by a tenth from one run to the next, so a change of a few milliseconds
cannot be seen in it; the number of instructions the process executes until the window's first frame
is the same from run to run to within about 0.1 %, and its ratio against the bare window follows the
wall-clock ratio (bench/ui.py) closely. It misses what instructions do not show (page faults, waiting
for the disk), so the verdict stays with bench/ui.py; this one is for telling what a change did.

Each probe runs twice first (bytecode caches, then the same settings as the counted run), closing its window
as a person does, then once under callgrind with BENCH_EXIT_AT_PAINT, so the count ends when the probe reports
the painted frame.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.timing import Result
from bench.ui import bare_rows_probe, probe, probe_env
from perfdesk.services.builtin_reports import sample_report
from perfdesk.storage.office_file import create_office_file

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _count(args: tuple[str, ...], work: Path, name: str) -> float:
    """Millions of instructions of `python -m bench.ui_probe ARGS` up to the first painted frame."""
    data = work / f"data-{name}"
    env = {**probe_env(data), "BENCH_EXIT_AT_PAINT": "1"}
    for _ in range(2):
        shutil.rmtree(data, ignore_errors=True)
        # Closed as a person closes it: a probe that exits at the paint leaves its edit lock behind, and the
        # counted start would take over a stale lock (psutil and all, some 57M) instead of opening a file.
        probe(*args, env={key: value for key, value in env.items() if key != "BENCH_EXIT_AT_PAINT"})
    shutil.rmtree(data, ignore_errors=True)
    out = work / f"callgrind.{name}"
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-m", "bench.ui_probe", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = _COLLECTED.search(result.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count for {name}: {result.stderr[-500:]}")
    return int(found.group(1)) / 1e6


def run() -> list[Result]:
    if shutil.which("valgrind") is None:
        print("[instructions] valgrind is not installed (apt-get install valgrind): skipped", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        report = sample_report("taichung-112")
        sample = work / "taichung.perfdesk"
        create_office_file(sample, report)
        probes = {
            "bare": ("startup-bare",),
            "rows": bare_rows_probe(report, sample, probe_env(work / "data-size")),
            "sample": ("startup-perfdesk", str(sample)),
        }
        with ThreadPoolExecutor(max_workers=2) as pool:  # instruction counts do not mind sharing the machine
            counts = dict(
                zip(probes, pool.map(lambda item: _count(item[1], work, item[0]), probes.items()), strict=True)
            )
    bare, bare_rows, ours = counts["bare"], counts["rows"], counts["sample"]
    return [
        Result("instructions to first frame, taichung", ours, 1, None, unit="M"),
        Result("instructions to first frame, bare window", bare, 1, None, unit="M"),
        Result("instructions to first frame, bare window with the rows", bare_rows, 1, None, unit="M"),
        Result("  ratio perfdesk taichung / bare (instructions)", ours / bare, 1, None, unit="×"),
        Result("  ratio perfdesk taichung / bare with the rows (instructions)", ours / bare_rows, 1, None, unit="×"),
    ]
