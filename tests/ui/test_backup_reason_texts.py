"""備份與還原 names why each backup was taken, in words: every reason has a text, old unknown ones still read well."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from perfdesk.services.backup_restore import BackupReason
from perfdesk.storage.backups import list_backups, take_backup
from perfdesk.ui.actions.backups import open_backup, reason_text, reason_texts
from perfdesk.ui.main_window import MainWindow


def test_every_backup_reason_has_a_text_of_its_own() -> None:
    texts = reason_texts()
    assert set(texts) == set(BackupReason), "a reason without a text would show its raw code"
    for reason in BackupReason:
        assert texts[reason].strip() and texts[reason] != reason.value, reason
        assert reason_text(reason) == texts[reason]
        assert reason_text(reason.value) == texts[reason], "the reason read back from a file name"
    assert len(set(texts.values())) == len(texts), "two reasons told apart only by their code"
    assert reason_text(BackupReason.BEFORE_SAVE_COPY) == "另存副本前"


def test_a_reason_from_an_older_version_still_reads_sensibly() -> None:
    assert reason_text("before_a_later_feature") == "其他（before_a_later_feature）"
    assert reason_text("") == "其他"


def test_the_backup_list_names_a_save_copy_in_words(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # The window queues the open-time backup once it has painted its first frame, without an edit.
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(window.session.path)] == ["open"], timeout=5000)
    take_backup(window.session.path, BackupReason.BEFORE_SAVE_COPY)
    offered: list[list[str]] = []
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, labels, *a: (offered.append(labels), ("", False))[1]
    )
    open_backup(window.action_context)
    (labels,) = offered
    assert labels[0].endswith("另存副本前") and labels[1].endswith("開啟時"), labels
    assert not any("before_save_copy" in label for label in labels)
