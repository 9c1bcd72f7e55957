"""Run every benchmark and print one table of medians: python -m bench [--runs N]."""

from __future__ import annotations

import argparse

from bench import core, export, ui
from bench.timing import print_table


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=7, help="measurements per benchmark (median is shown)")
    parser.add_argument("--only", choices=["core", "ui", "export"], help="run one group of benchmarks")
    args = parser.parse_args()
    results = []
    if args.only in (None, "core"):
        results += core.run(args.runs)
    if args.only in (None, "ui"):
        results += ui.run(args.runs)
    if args.only in (None, "export"):
        results += export.run(args.runs)
    print_table(results)


if __name__ == "__main__":
    main()
