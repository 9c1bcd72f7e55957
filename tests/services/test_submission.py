"""An office submits a sealed, read-only copy; headquarters can tell whose it is and whether it is intact."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from perfdesk.domain.submission import Submission
from perfdesk.errors import PerfdeskError
from perfdesk.services.report_session import ReportSession
from perfdesk.services.submission import content_digest, read_submission, seal_for, submit_file
from perfdesk.storage.file_check import inspect_file
from perfdesk.storage.office_file import OfficeFile
from perfdesk.storage.row_checksum import register_checksum_function
from tests.read_only import read_only


def test_a_submission_is_sealed_read_only_and_intact(taichung_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "臺中分局-112-提交.perfdesk"
    seal = submit_file(taichung_file, out)
    assert (seal.office, seal.year, seal.kind.value) == ("臺中分局", 112, "results")
    assert len(seal.digest) == 64 and seal.errors == 0
    report, received = read_submission(out)
    assert received is not None and received.intact and received.submission == seal
    assert content_digest(report) == seal.digest
    # Opened for editing anywhere, it opens read-only: no lock, no backup, nothing written.
    before = out.read_bytes()
    office_file = OfficeFile.open(out)
    try:
        assert office_file.read_only
    finally:
        office_file.close()
    session = ReportSession.open(out)
    try:
        assert session.read_only and session.submission == received
    finally:
        session.close()
    assert out.read_bytes() == before
    assert not any(p.name.startswith(".~lock") for p in tmp_path.iterdir())
    # The office's own file stays an editable working file.
    with OfficeFile.open(taichung_file, backup=False) as working:
        assert not working.read_only and working.seal() is None


def test_the_file_check_reads_the_seal_with_the_header(taichung_file: Path, tmp_path: Path) -> None:
    # OfficeFile.open decides "read-only: a submission" from it, on the connection that checks the file.
    out = tmp_path / "sub.perfdesk"
    submit_file(taichung_file, out)
    with OfficeFile.open(out) as submitted:
        assert inspect_file(out).seal == submitted.seal() is not None
    assert inspect_file(taichung_file).seal is None


def test_a_changed_submission_is_no_longer_intact(taichung_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub.perfdesk"
    submit_file(taichung_file, out)
    conn = sqlite3.connect(out)
    register_checksum_function(conn)  # as another perfdesk would: rows stay consistent, the seal does not
    conn.execute("UPDATE method SET results = results || '（總局改）' WHERE rowid = 1")
    conn.commit()
    conn.close()
    _report, received = read_submission(out)
    assert received is not None and not received.intact


def test_submitting_again_is_a_newer_version_of_the_same_report(taichung_file: Path, tmp_path: Path) -> None:
    first = submit_file(taichung_file, tmp_path / "a.perfdesk")
    later = seal_for(read_submission(tmp_path / "a.perfdesk")[0], datetime.datetime(2099, 1, 1).astimezone())
    assert later.report_id == first.report_id and later.submitted_at > first.submitted_at
    with pytest.raises(PerfdeskError) as caught:
        submit_file(taichung_file, tmp_path / "a.perfdesk")
    assert caught.value.code == "output.exists"
    again = submit_file(taichung_file, tmp_path / "a.perfdesk", overwrite=True)
    assert again.report_id == first.report_id and again.digest == first.digest


def test_a_submission_is_not_submitted_again_nor_written_over_its_source(taichung_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub.perfdesk"
    submit_file(taichung_file, out)
    for source, target, code in (
        (out, tmp_path / "again.perfdesk", "submission.already_sealed"),
        (taichung_file, taichung_file, "submission.same_file"),
    ):
        with pytest.raises(PerfdeskError) as caught:
            submit_file(source, target, overwrite=True)
        assert caught.value.code == code
    assert not (tmp_path / "again.perfdesk").exists()


def test_a_seal_is_read_strictly() -> None:
    assert Submission.from_json("not json") is None
    assert Submission.from_json('{"office": "x"}') is None
    good = Submission("新竹分局", 112, *seal_fields())
    assert Submission.from_json(good.to_json()) == good
    assert Submission.from_json(good.to_json().replace('"year": 112', '"year": "112"')) is None


def seal_fields() -> tuple[object, ...]:
    from perfdesk.domain.report import ReportKind

    return (ReportKind.PLAN, "r1", "2026-12-01T10:00:00+08:00", "0" * 64, 0, 2, "perfdesk 0.0")


def test_a_submission_on_read_only_media_opens_read_only_too(taichung_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub.perfdesk"
    submit_file(taichung_file, out)
    with read_only(out):
        office_file = OfficeFile.open(out)  # asked for editing: a submission opens read-only, no error
        try:
            assert office_file.read_only and office_file.seal() is not None
        finally:
            office_file.close()
