"""Run every benchmark and print one table of medians: python -m bench [--runs N].

The crash runs (`--only crash`: 100 SIGKILLs of a writer, then kill -9 of the window while
typing under Xvfb) take about two and a half minutes and are left out of the full run, as is `--only
wine`, the installed Windows build's start under Wine (bench/wine_startup.py, about three minutes), and
`--only instructions`, the start counted in instructions under callgrind (bench/start_instructions.py).
"""

from __future__ import annotations

import argparse
import sys

from bench import core, crash_kills, export, start_instructions, typing_kill, ui, wine_startup
from bench.timing import print_table


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Without --only: the core, ui and export groups. The crash group (about 2.5 minutes: "
        "--kills SIGKILLs of a process writing edits, then --typing-runs kill -9 of the window while "
        "typing, which needs Xvfb and xdotool) runs only with --only crash.",
    )
    parser.add_argument("--runs", type=int, default=7, help="measurements per benchmark (median is shown)")
    parser.add_argument(
        "--only",
        choices=["core", "ui", "export", "crash", "wine", "instructions"],
        help="run one group of benchmarks; crash (about 2.5 min), wine (the installed Windows build's start "
        "under Wine; needs dist/*-setup.exe, about 3 min) and instructions (the start counted under valgrind, "
        "about 25 s) are not part of the full run",
    )
    parser.add_argument("--kills", type=int, default=100, help="crash: SIGKILLs of the writer process (default 100)")
    parser.add_argument("--typing-runs", type=int, default=3, help="crash: windows killed while typing (default 3)")
    args = parser.parse_args()
    results = []
    if args.only in (None, "core"):
        results += core.run(args.runs)
    if args.only in (None, "ui"):
        results += ui.run(args.runs)
    if args.only in (None, "export"):
        results += export.run(args.runs)
    if args.only == "instructions":
        results += start_instructions.run()
    if args.only == "wine":
        results += wine_startup.run(args.runs)
    if args.only == "crash":
        results += crash_kills.run(args.kills, progress=lambda text: print(f"[crash] {text}", file=sys.stderr))
        results += typing_kill.run(args.typing_runs)
    print_table(results)


if __name__ == "__main__":
    main()
