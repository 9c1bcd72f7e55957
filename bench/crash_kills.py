"""SIGKILL a process that is writing edits, many times over: does every acknowledged edit survive?

python -m bench.crash_kills [--kills 100] [--seed 1]      the measurement, printed as table rows
python -m bench.crash_kills child FILE FIRST_N SEED       the writer (started by the measurement)

The writer opens the Taichung sample through the services layer (`ReportSession`) and edits it
in a loop: one or several methods' results get a marker `[n]` in one transaction, or a new
method (with 0–4 sub-items) is inserted, or one it inserted earlier is removed. Before each edit
it prints `begin n OP IDS`, and `ack n OP IDS` once `wait_until_saved()` returned with no write
error. The parent kills it with SIGKILL at a seeded random moment, then checks the file:

(a) every acknowledged edit is on disk (read-only `load_report`);
(b) `perfdesk-cli info` exits 0 and prints no "damaged";
(c) after a read-write open and close, `PRAGMA integrity_check` is ok;
(d) nothing but the .perfdesk file is left in its folder (journal, lock, temporary files).

The same file goes through every kill, so each kill starts from the previous crash's recovery.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.timing import Result, print_table

REPO = Path(__file__).resolve().parent.parent
# Titles of the methods the writer inserts (and alone may remove).
INSERTED = "crash-bench"
# SQLite's rollback journal header: a journal that starts with it (and no process holds the
# file) is hot, i.e. the next read-write open rolls it back.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
# Most kills land while edits are being written; some while the writer is still opening the file.
EARLY_KILLS = 0.1
MAX_ALIVE_INSERTS = 12


class Check(Result):
    """A table row for a count or a bound that must hold (lost edits ≤ 0): fails as FAIL, not SLOW."""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "ok" if self.median <= self.target else "FAIL"


# ---- the writer (child process) -------------------------------------------------------------


def _child(path: Path, n: int, seed: int) -> None:
    from perfdesk.domain.report import Method
    from perfdesk.services.report_session import ReportSession

    rng = random.Random(seed)
    session = ReportSession.open(path)
    _say("ready")
    while True:
        inserted = [m for s in session.report.strategies() for m in s.methods if m.title.startswith(INSERTED)]
        roll = rng.random()
        if roll < 0.12 and len(inserted) < MAX_ALIVE_INSERTS:
            strategy = rng.choice(list(session.report.strategies()))
            subs = [
                Method(label=f"({k})", title=f"{INSERTED} {n}.{k}", results=f"[{n}]")
                for k in range(1, rng.randint(0, 4) + 1)
            ]
            new = Method(label=f"{n}.", title=f"{INSERTED} {n}", results=f"[{n}]", children=subs)
            op, ids = "insert", [m.id for m in new.walk()]
            _say(f"begin {n} {op} {' '.join(ids)}")
            session.insert(strategy, rng.randint(0, len(strategy.methods)), new)
        elif roll < 0.24 and inserted:
            victim = rng.choice(inserted)
            op, ids = "remove", [m.id for m in victim.walk()]
            _say(f"begin {n} {op} {' '.join(ids)}")
            session.remove(victim)
        else:
            methods = list(session.report.walk_methods())
            chosen = rng.sample(methods, 1 if rng.random() < 0.6 else rng.randint(2, 6))
            op, ids = "set", [m.id for m in chosen]
            _say(f"begin {n} {op} {' '.join(ids)}")
            for method in chosen:
                session.set_field(method, "results", method.results + f"[{n}]")
            session.flush()
        saved = session.wait_until_saved(timeout=30)
        if not saved or session.write_error is not None:
            _say(f"error {n} {session.write_error!r}")
            os._exit(3)
        _say(f"ack {n} {op} {' '.join(ids)}")
        n += 1


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


# ---- the measurement (parent) ---------------------------------------------------------------


@dataclass
class Edit:
    n: int
    op: str  # set | insert | remove
    ids: list[str]


@dataclass
class Expected:
    """What must be on disk: markers per method id, and the ids that must be gone."""

    markers: dict[str, set[int]] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)  # method id → the edit that removed it

    def apply(self, edit: Edit) -> None:
        if edit.op == "remove":
            for method_id in edit.ids:
                self.markers.pop(method_id, None)
            self.removed.update(dict.fromkeys(edit.ids, edit.n))
        else:
            for method_id in edit.ids:
                self.markers.setdefault(method_id, set()).add(edit.n)


@dataclass
class Tally:
    kills: int = 0
    early_kills: int = 0
    acked: int = 0
    lost: int = 0
    torn: int = 0
    damaged: int = 0
    cli_failed: int = 0
    reopen_failed: int = 0
    not_ok: int = 0
    leftovers: int = 0
    hot_journal: int = 0
    writer_failed: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"[crash] {text}", file=sys.stderr, flush=True)


def run(kills: int = 100, seed: int = 1, progress: Callable[[str], None] | None = None) -> list[Result]:
    return _results(kill_writers(kills, seed, progress))


def kill_writers(kills: int, seed: int = 1, progress: Callable[[str], None] | None = None) -> Tally:
    """Kill the writer `kills` times at random moments, checking the file after each; the counts.

    tests/storage/test_fault_injection.py runs a short series of this in CI.
    """
    from perfdesk.services.builtin_reports import sample_report
    from perfdesk.storage.office_file import create_office_file

    rng = random.Random(seed)
    tally = Tally()
    expected = Expected()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / "data"
        # The parent's own read-write reopen takes backups too: keep them out of the user's folder.
        old_data = os.environ.get("PERFDESK_DATA_DIR")
        os.environ["PERFDESK_DATA_DIR"] = str(data)
        try:
            env = {**os.environ, "PERFDESK_DATA_DIR": str(data), "LANG": "en_US.UTF-8", "PERFDESK_LANG": "en"}
            doc = work / "doc"
            doc.mkdir()
            path = doc / "taichung.perfdesk"
            create_office_file(path, sample_report("taichung-112"))
            next_n = 1
            start = time.perf_counter()
            for number in range(1, kills + 1):
                next_n = _one_kill(path, next_n, rng, env, expected, tally)
                if progress is not None and (number % 10 == 0 or number == kills):
                    progress(
                        f"{number}/{kills} kills, {tally.acked} acked, {tally.lost} lost, "
                        f"{tally.damaged} damaged, {tally.leftovers} leftovers, {tally.hot_journal} hot journals "
                        f"({time.perf_counter() - start:.0f} s)"
                    )
        finally:
            if old_data is None:
                os.environ.pop("PERFDESK_DATA_DIR", None)
            else:
                os.environ["PERFDESK_DATA_DIR"] = old_data
    return tally


def _one_kill(path: Path, n: int, rng: random.Random, env: dict[str, str], expected: Expected, tally: Tally) -> int:
    """One writer started, killed and checked; returns the next free marker number."""
    lines: list[str] = []
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.crash_kills", "child", str(path), str(n), str(rng.randrange(2**32))],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = threading.Event()
    reader = threading.Thread(target=_read_lines, args=(child, lines, ready), daemon=True)
    reader.start()
    early = rng.random() < EARLY_KILLS
    if early:
        time.sleep(rng.uniform(0.0, 0.6))
    else:
        if not ready.wait(30):
            tally.note(f"kill {tally.kills + 1}: the writer did not open the file within 30 s")
        time.sleep(rng.uniform(0.02, 1.5))
    child.send_signal(signal.SIGKILL)
    child.wait()  # reaped: a zombie would still count as holding the edit lock
    reader.join()
    stderr = child.stderr.read() if child.stderr is not None else ""
    tally.kills += 1
    if early and not ready.is_set():
        tally.early_kills += 1
    if child.returncode != -signal.SIGKILL:
        tally.writer_failed += 1
        tally.note(f"kill {tally.kills}: the writer ended by itself ({child.returncode}): {stderr.strip()[-300:]}")

    acked, in_flight = _parse(lines)
    for edit in acked:
        expected.apply(edit)
    tally.acked += len(acked)
    if _hot_journal(path):
        tally.hot_journal += 1

    damaged = False
    # (b) the command line reads the file as the crash left it, journal and all
    info = subprocess.run(
        [sys.executable, "-m", "perfdesk.cli.main", "info", str(path)], capture_output=True, text=True, env=env
    )
    said = info.stdout + info.stderr
    if "damaged" in said.lower() or "損毀" in said:
        damaged = True
        tally.note(f"kill {tally.kills}: perfdesk-cli info: {said.strip()[-300:]}")
    if info.returncode != 0:
        tally.cli_failed += 1
        tally.note(f"kill {tally.kills}: perfdesk-cli info exited {info.returncode}: {said.strip()[-300:]}")

    # (a) every acknowledged edit on disk
    try:
        lost, torn = _check_edits(path, expected, in_flight)
        tally.lost += lost
        tally.torn += torn
        if lost or torn:
            tally.note(f"kill {tally.kills}: {lost} acknowledged edits lost, {torn} torn")
    except Exception as error:  # any failure to read is what we count
        damaged = damaged or "damaged" in str(error).lower() or "損毀" in str(error)
        tally.note(f"kill {tally.kills}: load_report failed: {error}")

    # (c) a read-write open rolls back what is left; then the file must be whole
    from perfdesk.storage.office_file import OfficeFile

    try:
        OfficeFile.open(path).close()
    except Exception as error:
        tally.reopen_failed += 1
        damaged = damaged or "damaged" in str(error).lower() or "損毀" in str(error)
        tally.note(f"kill {tally.kills}: read-write reopen failed: {error}")
    if not _integrity_ok(path):
        tally.not_ok += 1
        tally.note(f"kill {tally.kills}: integrity_check is not ok")
    tally.damaged += damaged

    # (d) nothing else left in the folder
    left = sorted(p.name for p in path.parent.iterdir() if p != path)
    if left:
        tally.leftovers += len(left)
        tally.note(f"kill {tally.kills}: left in the folder: {', '.join(left)}")
    return max([n - 1] + [edit.n for edit in acked] + ([in_flight.n] if in_flight else [])) + 1


def _read_lines(child: subprocess.Popen[str], lines: list[str], ready: threading.Event) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if not line.endswith("\n"):
            break  # cut short by the kill
        if line == "ready\n":
            ready.set()
        lines.append(line.rstrip("\n"))


def _parse(lines: list[str]) -> tuple[list[Edit], Edit | None]:
    """The acknowledged edits, and the one begun but not acknowledged when the kill came."""
    acked: list[Edit] = []
    begun: Edit | None = None
    for line in lines:
        word, *rest = line.split()
        if word not in ("begin", "ack"):
            continue
        edit = Edit(int(rest[0]), rest[1], rest[2:])
        if word == "begin":
            begun = edit
        else:
            acked.append(edit)
            begun = None
    return acked, begun


def _check_edits(path: Path, expected: Expected, in_flight: Edit | None) -> tuple[int, int]:
    """Acknowledged edits (partly) missing from the file, and whether the unacknowledged one is half there.

    What is on disk becomes the new expectation: a lost edit is counted once, and an edit that
    reached the file without its acknowledgement must stay there from now on.
    """
    from perfdesk.services.report_files import load_report

    methods = {m.id: m for m in load_report(path).walk_methods()}
    lost: set[int] = set()
    flying = set(in_flight.ids) if in_flight is not None and in_flight.op == "remove" else set()
    for method_id, numbers in list(expected.markers.items()):
        method = methods.get(method_id)
        if method is None:
            if method_id not in flying:
                lost |= numbers
                del expected.markers[method_id]
            continue
        missing = {x for x in numbers if f"[{x}]" not in method.results}
        lost |= missing
        numbers -= missing
    for method_id, number in list(expected.removed.items()):
        if method_id in methods:
            lost.add(number)
            del expected.removed[method_id]
    torn = 0
    if in_flight is not None:
        if in_flight.op == "remove":
            done = [method_id not in methods for method_id in in_flight.ids]
        else:
            done = [
                method_id in methods and f"[{in_flight.n}]" in methods[method_id].results for method_id in in_flight.ids
            ]
        if all(done):
            expected.apply(in_flight)
        elif any(done):
            torn = 1
    return len(lost), torn


def _hot_journal(path: Path) -> bool:
    try:
        with open(path.with_name(path.name + "-journal"), "rb") as journal:
            return journal.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def _integrity_ok(path: Path) -> bool:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _results(t: Tally) -> list[Result]:
    k = t.kills
    return [
        Check("crash: writer SIGKILLs (total)", k, k, None, unit="kills"),
        Check("  of them while the writer was still opening", t.early_kills, k, None, unit="kills"),
        Check("  with a hot journal left (recovery exercised)", t.hot_journal, k, None, unit="kills"),
        Check("  edits acknowledged before the kills (total)", t.acked, k, None, unit="edits"),
        Check("  acknowledged edits lost", t.lost, k, 0, unit="edits"),
        Check("  unacknowledged edits half written (torn)", t.torn, k, 0, unit="edits"),
        Check("  'damaged' messages (cli info, load, reopen)", t.damaged, k, 0, unit="kills"),
        Check("  perfdesk-cli info exit ≠ 0", t.cli_failed, k, 0, unit="kills"),
        Check("  read-write reopen failed", t.reopen_failed, k, 0, unit="kills"),
        Check("  integrity_check not ok after reopen", t.not_ok, k, 0, unit="kills"),
        Check("  files left beside the report after reopen", t.leftovers, k, 0, unit="files"),
        Check("  writer failed by itself (not killed)", t.writer_failed, k, 0, unit="kills"),
    ]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        _child(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(prog="python -m bench.crash_kills")
    parser.add_argument("--kills", type=int, default=100, help="how many times the writer is killed")
    parser.add_argument("--seed", type=int, default=1, help="seed of the kill moments and of the edits")
    args = parser.parse_args()
    print_table(run(args.kills, args.seed, progress=lambda text: print(f"[crash] {text}", file=sys.stderr)))


if __name__ == "__main__":
    main()
