"""Editor window targets: start-up against a bare PySide6 window, node selection, typing, memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.large_report import scaled_sample
from bench.timing import Result
from perfdesk.services.builtin_reports import sample_report
from perfdesk.storage.office_file import create_office_file


def _probe(*args: str, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.ui_probe", *args], capture_output=True, text=True, env=env, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _process_seconds(*args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    _probe(*args, env=env)
    return time.perf_counter() - start


def run(runs: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PERFDESK_DATA_DIR": str(work / "data")}
        sample = work / "taichung.perfdesk"
        create_office_file(sample, sample_report("taichung-112"))
        large = work / "large.perfdesk"
        create_office_file(large, scaled_sample(10))

        # Side by side, alternating, so machine noise hits both alike.
        ours, bare = [], []
        for _ in range(runs):
            ours.append(_process_seconds("startup-perfdesk", str(sample), env=env))
            bare.append(_process_seconds("startup-bare", env=env))
        ours_median, bare_median = statistics.median(ours), statistics.median(bare)
        interaction = [_probe("interaction", str(large), env=env) for _ in range(max(1, runs // 2))]

    def middle(key: str) -> float:
        return statistics.median(sample[key] for sample in interaction)

    return [
        Result("window shown, taichung (process)", ours_median, runs, None),
        Result("bare PySide6 tree+editor window (process)", bare_median, runs, None),
        Result("  ratio perfdesk / bare", ours_median / bare_median, runs, 2.0, unit="×"),
        Result("select node → editor filled, 10× taichung", middle("select"), len(interaction), 0.030),
        Result("keystroke handled on UI thread, 10× taichung", middle("keystroke"), len(interaction), 0.016),
        Result("resident memory, 10× taichung window", middle("rss_mib"), len(interaction), 150.0, unit="MiB"),
    ]
