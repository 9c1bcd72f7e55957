"""Medians of repeated measurements, and the table they are printed in."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One benchmark line: what was measured, its median, and the target it is held to."""

    name: str
    median: float
    runs: int
    target: float | None
    unit: str = "s"

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "ok" if self.median <= self.target else "SLOW"


def median_time(action: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of `action` over `runs` runs (each after its own `setup`)."""
    samples = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def median_process_time(command: Sequence[str], runs: int, env: dict[str, str] | None = None) -> float:
    """Median wall time of a whole process, start to exit."""

    def run() -> None:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)

    return median_time(run, runs)


def print_table(results: Sequence[Result]) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'benchmark':<{width}}  {'median':>10}  {'target':>10}  runs  verdict")
    for r in results:
        target = f"{_fmt(r.target, r.unit)}" if r.target is not None else "-"
        print(f"{r.name:<{width}}  {_fmt(r.median, r.unit):>10}  {target:>10}  {r.runs:>4}  {r.verdict}")
    sys.stdout.flush()


def _fmt(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"
