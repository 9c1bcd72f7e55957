"""Start-up counted in instructions: process start → first painted frame, under callgrind.

`scripts/dev.sh bench --only instructions` (about a minute; needs valgrind). Wall-clock start-up on a
shared 2-core machine moves by a tenth from one run to the next, so a change of a few milliseconds
cannot be seen in it; the number of instructions the process executes until the window's first frame
is the same from run to run to within about 0.1 %, and its ratio against the bare window follows the
wall-clock ratio (bench/ui.py) closely. It misses what instructions do not show (page faults, waiting
for the disk), so the verdict stays with bench/ui.py; this one is for telling what a change did.

Each probe runs twice first (bytecode caches, then the same settings as the counted run), then once
under callgrind with BENCH_EXIT_AT_PAINT, so the count ends when the probe reports the painted frame.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.timing import Result
from bench.ui import first_frame_rows
from perfdesk.services.builtin_reports import sample_report
from perfdesk.storage.office_file import create_office_file

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _count(args: tuple[str, ...], work: Path, name: str) -> float:
    """Millions of instructions of `python -m bench.ui_probe ARGS` up to the first painted frame."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_EXIT_AT_PAINT": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's start reads cached bytecode
    probe = [sys.executable, "-m", "bench.ui_probe", *args]
    data = work / f"data-{name}"
    for _ in range(2):
        shutil.rmtree(data, ignore_errors=True)
        subprocess.run(probe, env={**env, "PERFDESK_DATA_DIR": str(data)}, capture_output=True, check=True)
    shutil.rmtree(data, ignore_errors=True)
    out = work / f"callgrind.{name}"
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *probe],
        env={**env, "PERFDESK_DATA_DIR": str(data)},
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
        rows = work / "rows.json"
        rows.write_text(json.dumps(first_frame_rows(report), ensure_ascii=False), "utf-8")
        size = json.loads(
            subprocess.run(
                [sys.executable, "-m", "bench.ui_probe", "startup-perfdesk", str(sample)],
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PERFDESK_DATA_DIR": str(work / "data-size")},
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        probes = {
            "bare": ("startup-bare",),
            "rows": ("startup-bare-rows", str(rows), str(int(size["width"])), str(int(size["height"]))),
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
