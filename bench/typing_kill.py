"""kill -9 of the real window while text is typed into it: how much of the typing is on disk?

python -m bench.typing_kill [--runs 3] [--seed 7] [--screenshots DIR]

Needs Xvfb and xdotool (and ImageMagick's `import` for --screenshots). For each run: a fresh
copy of the Taichung sample and data folder; the window's remembered node is set to a random
method, so `perfdesk FILE` opens with that method in the editor; Alt+R (the mnemonic of the
results field, whatever the dimension's table calls it) and Ctrl+End put the cursor at the end
of its results. Then letters and digits are typed one key every 125 ms (8 a second) and the
perfdesk process gets SIGKILL at a random moment 5–15 s into the typing. The figure is the
typing that never reached the file, in characters and in seconds of typing (÷ 8); the target
is to lose at most the last second.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.crash_kills import Check
from bench.timing import Result, print_table

KEY_INTERVAL = 0.125  # 8 characters a second
TYPED = "abcdefghijklmnopqrstuvwxyz0123456789"
MAX_LOST_SECONDS = 1.0
WINDOW_TIMEOUT = 60.0


def run(runs: int = 3, seed: int = 7, screenshots: Path | None = None) -> list[Result]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        return [Result(f"kill -9 while typing: not measured (install {' '.join(missing)})", 0.0, 0, None)]
    rng = random.Random(seed)
    results: list[Result] = []
    lost_seconds: list[float] = []
    with _xvfb() as display:
        for number in range(1, runs + 1):
            outcome = _one_run(number, display, rng, screenshots)
            print(f"[typing] run {number}: {outcome.describe()}", file=sys.stderr, flush=True)
            lost_seconds.append(outcome.lost_seconds)
            results.append(
                Check(f"kill -9 while typing, run {number}: {outcome.describe()}", outcome.lost_seconds, 1, 1.0)
            )
    results.append(Check("kill -9 while typing: typing lost, worst run", max(lost_seconds), runs, MAX_LOST_SECONDS))
    return results


class Outcome:
    def __init__(self, typed: int, on_disk: int | None, seconds: float, problem: str = "") -> None:
        self.typed, self.on_disk, self.seconds, self.problem = typed, on_disk, seconds, problem

    @property
    def lost(self) -> int:
        return self.typed - (self.on_disk or 0)

    @property
    def lost_seconds(self) -> float:
        """Seconds of typing not on disk; infinite when the run did not measure (it then fails)."""
        return float("inf") if self.on_disk is None else self.lost * KEY_INTERVAL

    def describe(self) -> str:
        text = f"killed after {self.seconds:.1f} s, typed {self.typed}, on disk {self.on_disk}, lost {self.lost}"
        return f"{text} ({self.problem})" if self.problem else text


def _one_run(number: int, display: str, rng: random.Random, screenshots: Path | None) -> Outcome:
    from perfdesk.domain.report import Field
    from perfdesk.services.builtin_reports import sample_report
    from perfdesk.services.report_files import load_report
    from perfdesk.storage.office_file import create_office_file

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / "data"
        path = work / "doc" / "taichung.perfdesk"
        path.parent.mkdir()
        report = sample_report("taichung-112")
        create_office_file(path, report)
        # A method whose results field the editor shows (its dimension's table has the column).
        candidates = [
            method
            for dimension in report.dimensions
            if dimension.shows(Field.RESULTS)
            for method in dimension.walk_methods()
            if not method.children
        ]
        target = rng.choice(candidates)
        _remember_node(data, path, target.id)
        env = {**os.environ, "DISPLAY": display, "PERFDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "xcb"}
        log = work / "perfdesk.log"  # a file, not a pipe: a full pipe would stall the window
        with open(log, "wb") as log_file:
            window = subprocess.Popen([_perfdesk_command(), str(path)], env=env, stdout=log_file, stderr=log_file)
        typed = 0
        seconds = 0.0
        try:
            window_id = _wait_for_window(env, window)
            if window_id is None:
                _screenshot(env, screenshots, f"run{number}-no-window.png")
                said = log.read_text(errors="replace").strip()[-300:]
                return Outcome(0, None, 0.0, f"no window within {WINDOW_TIMEOUT:.0f} s: {said}")
            time.sleep(0.5)  # let the first layout and the checks panel settle
            _xdotool(env, "windowfocus", "--sync", window_id)
            _xdotool(env, "key", "alt+r")
            _xdotool(env, "key", "ctrl+End")
            time.sleep(0.3)
            _screenshot(env, screenshots, f"run{number}-focused.png")
            duration = rng.uniform(5.0, 15.0)
            start = time.perf_counter()
            kill_at = start + duration
            shot_at = start + duration / 2
            while True:
                due = start + typed * KEY_INTERVAL
                if due >= kill_at:
                    break
                _sleep_until(due)
                _xdotool(env, "key", TYPED[typed % len(TYPED)])
                typed += 1
                if screenshots is not None and due >= shot_at:
                    shot_at = float("inf")
                    _screenshot(env, screenshots, f"run{number}-typing.png", wait=False)
            _sleep_until(kill_at)
            window.send_signal(signal.SIGKILL)
            seconds = time.perf_counter() - start
        finally:
            if window.poll() is None:
                window.send_signal(signal.SIGKILL)
            window.wait()
        if window.returncode != -signal.SIGKILL:
            said = log.read_text(errors="replace").strip()[-200:]
            return Outcome(typed, None, seconds, f"perfdesk ended by itself ({window.returncode}): {said}")
        try:
            saved = load_report(path)
        except Exception as error:  # an unreadable file is the finding
            return Outcome(typed, None, seconds, f"cannot read the file: {error}")
    method = next((m for m in saved.walk_methods() if m.id == target.id), None)
    if method is None or not method.results.startswith(target.results):
        return Outcome(typed, None, seconds, "the method's results changed otherwise: typed elsewhere?")
    added = method.results[len(target.results) :]
    expected = "".join(TYPED[i % len(TYPED)] for i in range(typed))
    if not expected.startswith(added):
        return Outcome(typed, None, seconds, f"unexpected text on disk: {added[-40:]!r}")
    return Outcome(typed, len(added), seconds)


def _remember_node(data: Path, path: Path, node_id: str) -> None:
    """Make the window open with `node_id` selected, as if it had been closed there."""
    old = os.environ.get("PERFDESK_DATA_DIR")
    os.environ["PERFDESK_DATA_DIR"] = str(data)
    try:
        from PySide6.QtCore import QByteArray

        from perfdesk.ui.settings_store import SettingsStore

        # Empty geometry and splitter: the window keeps its own (restoring them fails harmlessly).
        SettingsStore().save_file_state(path, QByteArray(), QByteArray(), node_id)
    finally:
        if old is None:
            os.environ.pop("PERFDESK_DATA_DIR", None)
        else:
            os.environ["PERFDESK_DATA_DIR"] = old


def _perfdesk_command() -> str:
    """The installed `perfdesk` entry point beside this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / "perfdesk"
    if beside.exists():
        return str(beside)
    found = shutil.which("perfdesk")
    if found is None:
        raise RuntimeError("no perfdesk command: run scripts/dev.sh setup")
    return found


def _wait_for_window(env: dict[str, str], window: subprocess.Popen[bytes]) -> str | None:
    """The id of perfdesk's visible main window, once it is mapped; None if it never comes."""
    deadline = time.perf_counter() + WINDOW_TIMEOUT
    while time.perf_counter() < deadline and window.poll() is None:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "perfdesk"], env=env, capture_output=True, text=True
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    return None


def _xdotool(env: dict[str, str], *args: str, timeout: float = 10) -> str:
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, check=True, timeout=timeout
    ).stdout


def _sleep_until(moment: float) -> None:
    delay = moment - time.perf_counter()
    if delay > 0:
        time.sleep(delay)


def _screenshot(env: dict[str, str], folder: Path | None, name: str, wait: bool = True) -> None:
    if folder is None or shutil.which("import") is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    command = ["import", "-window", "root", str(folder / name)]
    if wait:
        subprocess.run(command, env=env, check=False, capture_output=True)
    else:
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@contextlib.contextmanager
def _xvfb() -> Iterator[str]:
    """An Xvfb of our own on a display it picks itself (-displayfd), stopped afterwards."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.typing_kill")
    parser.add_argument("--runs", type=int, default=3, help="windows killed while typing")
    parser.add_argument("--seed", type=int, default=7, help="seed of the method typed into and the kill moments")
    parser.add_argument("--screenshots", type=Path, help="save the screen after focusing and mid-typing here")
    args = parser.parse_args()
    print_table(run(args.runs, args.seed, args.screenshots))


if __name__ == "__main__":
    main()
