"""perfdesk-cli merge: counts per office, a dry run writes nothing, refusals are one line before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.cli.main import main
from perfdesk.domain.offices import BRANCH_OFFICES
from perfdesk.domain.report import ReportKind
from perfdesk.services.builtin_reports import template_report
from perfdesk.services.report_files import load_report
from perfdesk.services.submission import submit_report
from perfdesk.storage.office_file import create_office_file


def _files(folder: Path) -> tuple[Path, list[Path]]:
    folder.mkdir()
    headquarters = folder / "總局.perfdesk"
    create_office_file(headquarters, template_report("總局", 112, ReportKind.RESULTS))
    offices = []
    for name in BRANCH_OFFICES:
        report = template_report(name, 112, ReportKind.RESULTS)
        for method in report.walk_methods():
            method.results = f"{name}：{method.title}"
        path = folder / f"{name}.perfdesk"
        submit_report(report, path)  # a submission or a draft: both are merged
        offices.append(path)
    return headquarters, offices


def test_merge_and_dry_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    headquarters, offices = _files(tmp_path / "in")
    out = tmp_path / "彙整.perfdesk"
    assert main(["merge", str(headquarters), *map(str, offices[::-1]), "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("：")[0] for line in lines[:6]] == list(BRANCH_OFFICES)
    assert "試算" in lines[-1] and not out.exists()
    assert main(["merge", str(headquarters), *map(str, offices), "-o", str(out)]) == 0
    capsys.readouterr()
    merged = load_report(out)
    row = next(merged.walk_methods())
    assert [c.office for c in row.contributions] == list(BRANCH_OFFICES)


@pytest.mark.parametrize("case", ["same office", "headquarters among offices", "other year", "damaged", "no output"])
def test_refusals_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    headquarters, offices = _files(tmp_path / "in")
    out = tmp_path / "彙整.perfdesk"
    if case == "same office":
        offices.append(tmp_path / "in" / "基隆分局-第二份.perfdesk")
        create_office_file(offices[-1], template_report("基隆分局", 112, ReportKind.RESULTS))
    elif case == "headquarters among offices":
        offices.append(headquarters)
    elif case == "other year":
        offices[2] = tmp_path / "in" / "臺中分局-111.perfdesk"
        create_office_file(offices[2], template_report("臺中分局", 111, ReportKind.RESULTS))
    elif case == "damaged":
        offices[0].write_bytes(offices[0].read_bytes()[:2000])
    args = ["merge", str(headquarters), *map(str, offices)] + ([] if case == "no output" else ["-o", str(out)])
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("perfdesk-cli: "), err
    assert not out.exists()


def test_update_changes_only_that_office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    headquarters, offices = _files(tmp_path / "in")
    out = tmp_path / "彙整.perfdesk"
    assert main(["merge", str(headquarters), *map(str, offices), "-o", str(out)]) == 0
    before = load_report(out)
    corrected = template_report("臺中分局", 112, ReportKind.RESULTS)
    for method in corrected.walk_methods():
        method.results = f"臺中分局更正：{method.title}"
    fixed = tmp_path / "臺中分局-更正.perfdesk"
    submit_report(corrected, fixed)
    capsys.readouterr()
    assert main(["merge", "--update", str(out), str(fixed), "--dry-run"]) == 0
    assert "試算" in capsys.readouterr().out and load_report(out) == before
    assert main(["merge", "--update", str(out), str(fixed)]) == 0
    assert capsys.readouterr().out.startswith("臺中分局：對應")
    after = load_report(out)
    for old, new in zip(before.walk_methods(), after.walk_methods(), strict=True):
        assert [c for c in new.contributions if c.office != "臺中分局"] == [
            c for c in old.contributions if c.office != "臺中分局"
        ]
        (taichung,) = [c for c in new.contributions if c.office == "臺中分局"]
        assert taichung.results.startswith("臺中分局更正") and taichung.source_file == fixed.name
    assert main(["merge", "--update", str(out), str(fixed), "-o", str(out)]) == 2


def test_a_mapping_file_corrects_the_matcher_per_office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    headquarters, offices = _files(tmp_path / "in")
    mapping = tmp_path / "mapping.json"
    # 基隆分局's first row is said to fill headquarters' second row, and its own row gives nothing.
    mapping.write_text(
        json.dumps({"基隆分局": {"構面一 (一) 2.": "構面一 (一) 1.", "構面一 (一) 1.": None}}, ensure_ascii=False),
        encoding="utf-8",
    )
    out = tmp_path / "彙整.perfdesk"
    assert main(["merge", str(headquarters), *map(str, offices), "-o", str(out), "--mapping", str(mapping)]) == 0
    first, second, *_ = load_report(out).walk_methods()
    assert [c.office for c in first.contributions] == list(BRANCH_OFFICES[1:])
    keelung = next(c for c in second.contributions if c.office == "基隆分局")
    assert keelung.results == f"基隆分局：{first.title}"
    mapping.write_text("[1, 2]", encoding="utf-8")
    capsys.readouterr()
    assert (
        main(["merge", str(headquarters), *map(str, offices), "-o", str(out), "--force", "--mapping", str(mapping)])
        == 2
    )
