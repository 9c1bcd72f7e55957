"""Next year's file as a use case, without the window: carried forward, or re-based with a reviewed mapping."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from perfdesk.domain.copy_forward import CarryOptions
from perfdesk.domain.report import HOLDING_NAME, Report, ReportKind
from perfdesk.errors import PerfdeskError
from perfdesk.interchange.json_writer import report_to_data
from perfdesk.services.backup_restore import BackupReason, backups_of
from perfdesk.services.progress import Progress
from perfdesk.services.report_files import load_report
from perfdesk.services.year_rollover import NextYear, create_next_year, plan_next_year, read_last_year


@pytest.fixture
def new_template(tmp_path: Path, taichung: Report) -> Path:
    """Last year's structure less one row: the re-base has a row to hold back."""
    data = report_to_data(taichung)
    del data["dimensions"][0]["strategies"][0]["methods"][1]
    path = tmp_path / "範本-113.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _held(report: Report) -> int:
    held = [d for d in report.dimensions if d.name == HOLDING_NAME]
    return sum(1 for d in held for _ in d.walk_methods())


def _cancelled() -> Progress:
    progress = Progress()
    progress.cancel()
    return progress


def test_without_a_template_the_file_is_carried_forward(taichung_file: Path, tmp_path: Path) -> None:
    choice = NextYear(taichung_file, tmp_path / "113.perfdesk", 113, ReportKind.RESULTS, CarryOptions())
    assert not choice.needs_review
    made = create_next_year(choice)
    on_disk = load_report(choice.target)
    assert (on_disk.year, on_disk.kind) == (113, ReportKind.RESULTS) == (made.year, made.kind)
    assert all(m.needs_review and m.origin for m in on_disk.walk_methods())
    assert [b.reason for b in backups_of(choice.target)] == [BackupReason.CREATED]
    with pytest.raises(ValueError):
        plan_next_year(choice)


def test_onto_a_template_the_plan_is_shown_first_and_nothing_is_written(
    taichung_file: Path, tmp_path: Path, new_template: Path
) -> None:
    choice = NextYear(taichung_file, tmp_path / "113.perfdesk", 113, template=new_template)
    assert choice.needs_review
    planned = plan_next_year(choice)
    assert planned.decisions and _held(planned.report) == 1
    assert not choice.target.exists()


def test_the_persons_corrections_to_the_plan_are_what_is_written(
    taichung_file: Path, tmp_path: Path, new_template: Path
) -> None:
    choice = NextYear(taichung_file, tmp_path / "113.perfdesk", 113, template=new_template)
    planned = plan_next_year(choice)
    filled = next(d for d in planned.decisions if d.template_path and d.source_path)
    assert filled.template_path is not None
    made = create_next_year(choice, chosen={filled.template_path: None})  # that row starts empty instead
    on_disk = load_report(choice.target)
    assert _held(on_disk) == _held(made) == _held(planned.report) + 1
    assert on_disk.year == 113
    assert [b.reason for b in backups_of(choice.target)] == [BackupReason.CREATED]


def test_replacing_a_file_backs_it_up_first(taichung_file: Path, tmp_path: Path, taichung: Report) -> None:
    target = tmp_path / "113.perfdesk"
    create_next_year(NextYear(taichung_file, target, 113))
    create_next_year(NextYear(taichung_file, target, 114, overwrite=True))
    assert load_report(target).year == 114
    assert [b.reason for b in backups_of(target)] == [
        BackupReason.CREATED,
        BackupReason.BEFORE_COPY_FORWARD,
        BackupReason.CREATED,
    ]


@pytest.mark.parametrize("templated", [False, True], ids=["carried", "re-based"])
def test_a_cancel_writes_nothing(taichung_file: Path, tmp_path: Path, new_template: Path, templated: bool) -> None:
    out = tmp_path / "out"
    out.mkdir()
    choice = NextYear(taichung_file, out / "113.perfdesk", 113, template=new_template if templated else None)
    steps = [
        lambda: read_last_year(taichung_file, _cancelled()),
        lambda: create_next_year(choice, progress=_cancelled()),
    ]
    if templated:
        steps.append(lambda: plan_next_year(choice, _cancelled()))
    for step in steps:
        with pytest.raises(PerfdeskError) as caught:
            step()
        assert caught.value.code == "job.cancelled"
    assert list(out.iterdir()) == []


def test_the_use_cases_run_without_qt(taichung_file: Path, tmp_path: Path, new_template: Path) -> None:
    """The window only asks and shows: building a report and a year's rollover need no Qt at all."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from perfdesk.domain.report import ReportKind
        from perfdesk.services.progress import Progress
        from perfdesk.services.new_report import ReportProperties, create_new_report
        from perfdesk.services.year_rollover import NextYear, create_next_year, plan_next_year

        out = Path({str(tmp_path / "no-qt")!r})
        out.mkdir()
        create_new_report(out / "new.perfdesk", ReportProperties("局", "分局", 113, ReportKind.PLAN, "", [], []))
        choice = NextYear(Path({str(taichung_file)!r}), out / "113.perfdesk", 113, template=Path({str(new_template)!r}))
        planned = plan_next_year(choice, Progress())
        create_next_year(choice, chosen={{}}, progress=Progress())
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(",".join(qt) or "no Qt")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no Qt"
    assert sorted(p.name for p in (tmp_path / "no-qt").iterdir()) == ["113.perfdesk", "new.perfdesk"]
