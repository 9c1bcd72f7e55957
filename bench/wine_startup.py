"""The installed Windows build's start under Wine, as a ratio against a bare PySide6 window under the same Wine.

`scripts/dev.sh bench --only wine` (slow: a fresh Wine prefix and a silent install of dist/*-setup.exe, which
`scripts/dev.sh installer` builds). Both probes (bench/ui_probe.py) run on the installed copy's own Python and
Qt, alternating, on Qt's offscreen platform: under this Wine 8 the `windows` plugin ends QApplication at
once (exit 3, nothing said), as the installer test found, so both windows paint as they do in the Linux
benchmark, and what differs is Windows' Python, Qt build and file system. The parent times from starting
`wine python.exe` to the first painted frame by the wall clock, because a Windows program under Wine counts
perf_counter from another origin. Wine adds its own process start to both sides alike (its server stays up
between back-to-back runs), so the ratio is the figure to read, as on Linux; absolute times are Wine's.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.large_report import scaled_sample
from bench.timing import Result
from bench.ui import SIZE_RATIO_TARGET, START_RATIO_TARGET
from perfdesk.services.builtin_reports import sample_report
from perfdesk.storage.office_file import create_office_file

_INSTALLER = Path(__file__).resolve().parents[1] / "installer"
_PROBE = Path(__file__).resolve().parent / "ui_probe.py"


def run(runs: int) -> list[Result]:
    sys.path.insert(0, str(_INSTALLER))
    from wine_test import SETUP, Wine, windows_path  # the installer test's Wine prefix and paths

    if not SETUP.is_file():
        raise SystemExit(f"no {SETUP.name}: run scripts/dev.sh installer first")
    missing = [tool for tool in ("wine", "x86_64-w64-mingw32-gcc", "Xvfb") if shutil.which(tool) is None]
    if missing:  # the installer test's packages (scripts/dev.sh installer-test installs them)
        raise SystemExit(f"not installed: {', '.join(missing)} (apt-get install wine wine64 gcc-mingw-w64-x86-64 xvfb)")
    work = Path(tempfile.mkdtemp(prefix="perfdesk-wine-bench-", dir="/tmp"))
    wine = Wine(work / "prefix")
    screen = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24"], stdout=subprocess.PIPE, text=True
    )
    assert screen.stdout is not None
    wine.env["DISPLAY"] = f":{screen.stdout.readline().strip()}"
    try:
        wine.boot()
        installed = wine.run(windows_path(SETUP), "/S")
        wine.wait()
        if installed.returncode != 0:
            raise SystemExit(f"the silent install failed: {installed.stderr[-300:]}")
        # Wine keeps Linux's QT_* variables from Windows programs; the user's environment in the registry reaches them.
        wine.run("reg", "add", r"HKCU\Environment", "/v", "QT_QPA_PLATFORM", "/d", "offscreen", "/f")
        python = wine.user_folder() / "AppData" / "Local" / "Programs" / "perfdesk" / "python" / "python.exe"
        sample, large = work / "taichung.perfdesk", work / "large.perfdesk"
        create_office_file(sample, sample_report("taichung-112"))
        create_office_file(large, scaled_sample(10))
        commands = {
            "bare": ("startup-bare",),
            "sample": ("startup-perfdesk", windows_path(sample)),
            "large": ("startup-perfdesk", windows_path(large)),
        }

        def seconds(args: tuple[str, ...]) -> float:
            start = time.time()
            result = wine.run(str(python), windows_path(_PROBE), *args, timeout=120)
            lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
            if not lines:
                raise SystemExit(f"the probe {args[0]} printed nothing: {result.stderr[-500:]}")
            return float(json.loads(lines[-1])["painted_at_wall"]) - start

        for args in commands.values():  # warm-up: Wine's and Windows' file caches, Qt's font cache
            seconds(args)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, args in commands.items():
                times[name].append(seconds(args))
    finally:
        subprocess.run(["wineserver", "-k"], env=wine.env, check=False)
        screen.terminate()
        screen.wait()
        shutil.rmtree(work, ignore_errors=True)
    bare, ours, large_start = (statistics.median(times[name]) for name in ("bare", "sample", "large"))
    return [
        Result("Wine: window painted, taichung (process start →)", ours, runs, None),
        Result("Wine: window painted, 10× taichung (process start →)", large_start, runs, None),
        Result("Wine: bare PySide6 tree+editor window (process start →)", bare, runs, None),
        Result("  Wine ratio perfdesk taichung / bare", ours / bare, runs, START_RATIO_TARGET, unit="×"),
        Result("  Wine ratio perfdesk 10× / taichung", large_start / ours, runs, SIZE_RATIO_TARGET, unit="×"),
    ]
