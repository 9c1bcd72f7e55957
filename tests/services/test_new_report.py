"""新增報告 and 另存副本 as use cases, without the window: what is built, what is written, what is backed up."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.domain.report import Report, ReportKind
from perfdesk.errors import PerfdeskError
from perfdesk.services.backup_restore import BackupReason, backups_of
from perfdesk.services.new_report import (
    ReportProperties,
    build_new_report,
    create_new_report,
    proposal_after,
    suggested_file_name,
)
from perfdesk.services.progress import Progress
from perfdesk.services.report_files import load_report, save_report_copy


def _properties(**changes: object) -> ReportProperties:
    given: dict[str, object] = {
        "agency": "經濟部標準檢驗局",
        "office": "臺中分局",
        "year": 113,
        "kind": ReportKind.RESULTS,
        "title": "",
        "front_matter": ["第一段前言", "第二段前言"],
        "units": ["第一課", "第二課"],
    }
    given.update(changes)
    return ReportProperties(**given)  # type: ignore[arg-type]


def test_the_proposal_is_next_years_plan_for_the_same_office(taichung: Report) -> None:
    proposal = proposal_after(taichung)
    assert (proposal.office, proposal.year, proposal.kind) == (taichung.office, taichung.year + 1, ReportKind.PLAN)
    assert proposal.dimensions, "the built-in template's rows"


def test_the_new_report_carries_every_property_given() -> None:
    report = build_new_report(_properties())
    assert (report.agency, report.office, report.year, report.kind) == (
        "經濟部標準檢驗局",
        "臺中分局",
        113,
        ReportKind.RESULTS,
    )
    assert report.title == report.generated_title, "an empty title is the standard one"
    assert report.front_matter == ["第一段前言", "第二段前言"] and report.units == ["第一課", "第二課"]
    assert build_new_report(_properties(title="自訂標題")).title == "自訂標題"
    assert suggested_file_name(_properties()) == "臺中分局-113.perfdesk"


def test_the_new_file_holds_the_new_report_and_a_replaced_file_is_backed_up(taichung_file: Path) -> None:
    made = create_new_report(taichung_file, _properties(), overwrite=True)
    on_disk = load_report(taichung_file)
    assert (on_disk.office, on_disk.year, on_disk.units) == ("臺中分局", 113, ["第一課", "第二課"])
    assert on_disk.title == made.title
    assert [b.reason for b in backups_of(taichung_file)] == [BackupReason.BEFORE_NEW]


def test_an_existing_file_is_not_replaced_without_asking(taichung_file: Path) -> None:
    before = taichung_file.read_bytes()
    with pytest.raises(PerfdeskError):
        create_new_report(taichung_file, _properties())
    assert taichung_file.read_bytes() == before


def test_a_cancelled_new_report_writes_nothing(tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    target = tmp_path / "new.perfdesk"
    with pytest.raises(PerfdeskError) as caught:
        create_new_report(target, _properties(), progress=progress)
    assert caught.value.code == "job.cancelled"
    assert list(tmp_path.iterdir()) == []


def test_a_copy_that_replaces_a_file_backs_it_up_as_before_save_copy(taichung_file: Path, taichung: Report) -> None:
    other = build_new_report(_properties())
    save_report_copy(other, taichung_file, overwrite=True)
    assert load_report(taichung_file).year == 113
    (backup,) = backups_of(taichung_file)
    assert backup.reason is BackupReason.BEFORE_SAVE_COPY
    assert load_report(backup.path) == taichung
