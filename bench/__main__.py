"""Run every benchmark and print one table of medians: python -m bench [--runs N]."""

from __future__ import annotations

import argparse

from bench import core
from bench.timing import print_table


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=7, help="measurements per benchmark (median is shown)")
    args = parser.parse_args()
    results = core.run(args.runs)
    print_table(results)


if __name__ == "__main__":
    main()
