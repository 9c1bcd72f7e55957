"""Kill a writer at random moments: every acknowledged edit survives, nothing is called damaged, nothing is left over.

Sized for CI (30 kills, about half a minute); `python -m bench --only crash` runs 100 and the
window-while-typing kills. The writer and the checks are the benchmark's own (bench/crash_kills.py),
so CI and the long run measure the same thing. Recovery of a journal left mid-transaction is also
tested deterministically in test_journal_recovery.py.
"""

from __future__ import annotations

import dataclasses

from bench.crash_kills import kill_writers

KILLS = 30


def test_random_kills_lose_nothing_acknowledged_and_leave_nothing_behind() -> None:
    tally = kill_writers(KILLS, seed=20261201)
    counts = dataclasses.asdict(tally)
    assert tally.kills == KILLS
    assert tally.acked > KILLS, f"the writer should have saved edits between kills: {counts}"
    failures = {k: counts[k] for k in ("lost", "torn", "damaged", "cli_failed", "reopen_failed", "not_ok", "leftovers")}
    assert failures == dict.fromkeys(failures, 0), f"{counts}"
    assert tally.writer_failed == 0, tally.notes
