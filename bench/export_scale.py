"""One export of a report N times the Taichung sample, in a process of its own, so its peak memory is its own.

`python -m bench.export_scale FORMAT TIMES OUT` prints 「seconds peak-MiB」.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from bench.large_report import scaled_sample
from perfdesk.services.export_report import export_report


def main(argv: list[str]) -> None:
    fmt, times, out = argv[0], int(argv[1]), Path(argv[2])
    report = scaled_sample(times)
    start = time.perf_counter()
    export_report(report, out, fmt=fmt, overwrite=True)
    seconds = time.perf_counter() - start
    print(f"{seconds:.3f} {_peak_mib():.1f}")


def _peak_mib() -> float:
    """This process's own peak resident memory. Not ru_maxrss: Linux carries the parent's peak over
    fork and exec into it, so every export run from the benchmark would report the benchmark's."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # no /proc: a Linux-like KiB figure


if __name__ == "__main__":
    main(sys.argv[1:])
