"""Damaged .perfdesk files through perfdesk-cli, as a user runs it: one line, exit 2, the file untouched.

A sample of the damaged-file variants of tests/storage/test_damaged_rows.py goes through every
command that reads an office file. Each run has its own time limit (a hang fails the test, it
does not stall the suite). Commands that do not read the file's rows (`backups`, `restore -o`
from a healthy backup) succeed: a damaged file is exactly when a user needs them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from perfdesk.services.report_files import load_report
from perfdesk.storage.backups import take_backup
from perfdesk.storage.office_file import create_office_file
from tests.storage.test_damaged_rows import VARIANTS, Base, Db, _base_report

CLI = Path(sys.executable).with_name("perfdesk-cli")
SECONDS_PER_RUN = 10

SAMPLE = (
    "null-method.title",
    "blob-in-method.results",
    "kind-'other'",
    "column-field-'notes'",
    "origin-units-not-json",
    "year-0",
    "invalid-utf8-method.title",
    "dangling-method.strategy_id",
    "missing-strategy",
    "missing-parent",
    "parent-in-another-strategy",
    "cycle-two",
    "no-report",
    "two-reports",
    "chain-3000",
    "user-version-0",
    "missing-table-method_unit",
    "extra-trigger",
    "missing-trigger-perfdesk_checksum_method_update",
    "changed-text-method.results",
    "v2-with-v3-tables-and-changed-text",
)


@dataclass(frozen=True)
class Run:
    command: str
    args: tuple[str, ...]
    exit_code: int  # what a damaged file must give
    output: str | None = None  # a file the command must not leave behind (or must write, on success)


def _runs(damaged: Path, healthy: Path, out: Path) -> list[Run]:
    return [
        Run("info", ("info", str(damaged)), 2),
        Run("validate", ("validate", str(damaged)), 2),
        Run("export-json", ("export-json", str(damaged), "-o", str(out / "report.json")), 2, "report.json"),
        Run("export", ("export", str(damaged), "-o", str(out / "report.pdf")), 2, "report.pdf"),
        Run(
            "copy-forward",
            ("copy-forward", str(damaged), "-o", str(out / "next.perfdesk")),
            2,
            "next.perfdesk",
        ),
        Run("diff", ("diff", str(damaged), str(healthy)), 2),
        Run("backups", ("backups", str(damaged)), 0),
        Run("restore", ("restore", str(damaged), "-o", str(out / "restored.perfdesk")), 0, "restored.perfdesk"),
    ]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    path = tmp_path_factory.mktemp("base") / "base.perfdesk"
    create_office_file(path, _base_report())
    return Base(path.read_bytes(), load_report(path))


def test_the_sample_is_made_of_known_variants() -> None:
    names = {v.name for v in VARIANTS}
    assert set(SAMPLE) <= names, sorted(set(SAMPLE) - names)
    assert all(v.outcome == "refuse" for v in VARIANTS if v.name in SAMPLE)


def _run(run: Run, env: dict[str, str]) -> tuple[int, str, str]:
    try:
        result = subprocess.run(
            [str(CLI), *run.args], capture_output=True, env=env, timeout=SECONDS_PER_RUN, check=False
        )
    except subprocess.TimeoutExpired:
        return -1, "", f"HANG: no answer within {SECONDS_PER_RUN} s"
    return result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("name", SAMPLE)
def test_every_command_on_a_damaged_file(
    name: str, base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("PERFDESK_DATA_DIR", str(data))
    env = {**os.environ, "PERFDESK_LANG": "zh_TW"}
    env.pop("PERFDESK_DEBUG", None)
    damaged = tmp_path / "臺中分局-112.perfdesk"
    damaged.write_bytes(base.data)
    take_backup(damaged, "open")  # a healthy backup, taken before the damage
    variant = next(v for v in VARIANTS if v.name == name)
    variant.mutate(Db(damaged), base)
    healthy = tmp_path / "healthy.perfdesk"
    healthy.write_bytes(base.data)
    out = tmp_path / "out"
    out.mkdir()
    before = damaged.read_bytes()

    runs = _runs(damaged, healthy, out)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda run: _run(run, env), runs))

    failures = []
    for run, (code, stdout, stderr) in zip(runs, results, strict=True):
        lines = stderr.strip().splitlines()
        problems = []
        if code != run.exit_code:
            problems.append(f"exit {code}, expected {run.exit_code}")
        if run.exit_code == 2 and len(lines) != 1:
            problems.append(f"{len(lines)} lines on stderr")
        if run.exit_code == 0 and lines:
            problems.append("stderr not empty")
        if "unexpected" in stderr or "未預期" in stderr or "Traceback" in stderr:
            problems.append("unexpected error")
        if run.output is not None and (out / run.output).exists() != (run.exit_code == 0):
            problems.append(f"{run.output} {'missing' if run.exit_code == 0 else 'left behind'}")
        if problems:
            failures.append(f"{run.command}: {', '.join(problems)}: {stderr.strip()[:300] or stdout.strip()[:300]}")
    assert not failures, "\n".join(failures)
    assert damaged.read_bytes() == before, "a command changed the damaged file"
    assert not (tmp_path / f".~lock.{damaged.name}#").exists()
    assert load_report(out / "restored.perfdesk") == base.report
