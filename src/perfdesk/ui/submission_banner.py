"""The strip above a submission's window: whose report it is, when it was submitted, whether it is intact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from perfdesk.ui.local_time import time_text

if TYPE_CHECKING:
    from perfdesk.services.submission import Received


def submission_text(seal: Received) -> str:
    submitted = seal.submission
    if submitted is None:
        return QCoreApplication.translate("SubmissionBanner", "這是送總局的提交檔（唯讀），但提交資訊無法讀取。")
    when = time_text(submitted.submitted_at)
    text = QCoreApplication.translate(
        "SubmissionBanner", "{office}於 {time} 提交總局的報告（唯讀；提交時 {errors} 項待補正、{warnings} 項提醒）"
    ).format(office=submitted.office, time=when, errors=submitted.errors, warnings=submitted.warnings)
    if not seal.intact:
        text += "　" + QCoreApplication.translate("SubmissionBanner", "內容已與提交時不同，請向分局確認。")
    return text


def submission_banner(seal: Received) -> QLabel:
    banner = QLabel(submission_text(seal))
    banner.setObjectName("submissionBanner")
    banner.setWordWrap(True)
    colour = "#fff3cd" if seal.intact else "#f8d7da"
    banner.setStyleSheet(f"QLabel#submissionBanner {{ background: {colour}; padding: 6px; }}")
    return banner
