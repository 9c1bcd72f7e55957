"""A damaged row is named by the same outline path the walk gives it, duplicate labels included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from perfdesk.domain.report import Dimension, Method, Report, ReportKind, Strategy
from perfdesk.domain.tree import walk
from perfdesk.errors import PerfdeskError
from perfdesk.services.report_files import load_report
from perfdesk.storage.office_file import create_office_file


def test_the_place_of_a_damaged_row_is_its_outline_path(tmp_path: Path) -> None:
    methods = [Method("1.", "甲"), Method("1.", "乙", children=[Method("", "子")])]
    strategy = Strategy("(一)", "策略", methods=methods)
    report = Report(
        "機關", "新竹分局", 112, ReportKind.PLAN, dimensions=[Dimension("構面一", "基礎", strategies=[strategy])]
    )
    path = tmp_path / "dup.perfdesk"
    create_office_file(path, report)
    child = methods[1].children[0]
    expected = next(p.path for p in walk(report) if p.node is child)
    assert expected == "構面一 (一) 1.[2] [1]"
    conn = sqlite3.connect(path, isolation_level=None)
    # Another program changes the text without the checksum (the trigger put back as it was).
    (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'perfdesk_checksum_method_update'").fetchone()
    conn.execute("DROP TRIGGER perfdesk_checksum_method_update")
    conn.execute("UPDATE method SET title = '探' WHERE id = ?", (child.id,))
    conn.execute(trigger)
    conn.close()
    with pytest.raises(PerfdeskError) as caught:
        load_report(path)
    assert caught.value.code == "file.checksum_mismatch"
    assert caught.value.params["where"] == expected
