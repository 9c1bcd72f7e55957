"""「分局執行情形」: each office's part of a method in headquarters' consolidated report, editable.

The consolidated report prints a method's own text, then 「另所屬分局執行情形：」 and one
numbered paragraph per office. Headquarters shortens and rephrases what the offices sent, so
each contribution is edited here like any field (undo, autosave, find); where it no longer
reads as it arrived, the office's text stands beside it (「分局來稿」) with a button to take it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.report import Contribution, Field
from perfdesk.ui.editors.edit_sink import EditSink
from perfdesk.ui.editors.field_bindings import FieldBinding
from perfdesk.ui.editors.node_editor import select_text, unmark
from perfdesk.ui.field_captions import label_caption
from perfdesk.ui.local_time import time_text

# The fields of a contribution a person writes, in the order the report prints them.
TEXT_FIELDS = (Field.PRACTICE.value, Field.RESULTS.value)


class ContributionBox(QFrame):
    """One office's contribution: its text fields, where it came from, and the office's text when edited."""

    def __init__(self, sink: EditSink, contribution: Contribution, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.sink, self.contribution = sink, contribution
        heading = QLabel(f"<b>{number}.{contribution.office}</b>")
        heading.setObjectName("contributionHeading")
        self.source = QLabel()
        self.source.setObjectName("contributionSource")
        self.source.setStyleSheet("color: palette(mid);")
        self.source.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.source, 1)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.bindings: dict[str, FieldBinding] = {}
        self.received: dict[str, QPlainTextEdit] = {}
        self.received_rows: dict[str, QWidget] = {}
        self.take_buttons: dict[str, QPushButton] = {}
        for field in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"contribution_{field}")
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(160)
            counter = QLabel()
            self.bindings[field] = FieldBinding(
                edit, field, self._edited, counter, self._count_text, on_cursor_moved=sink.end_typing
            )
            self.labels[field] = QLabel()
            column = QVBoxLayout()
            column.addWidget(edit)
            column.addWidget(counter)
            column.addWidget(self._received_row(field))
            self.form.addRow(self.labels[field], column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)

    def _received_row(self, field: str) -> QWidget:
        """「分局來稿」: the office's text as it arrived, shown only while headquarters' text differs."""
        row = QWidget()
        received = QPlainTextEdit(readOnly=True)
        received.setObjectName(f"received_{field}")
        received.setMaximumHeight(90)
        received.setStyleSheet("QPlainTextEdit { background: palette(window); }")
        take = QPushButton(self.tr("採用分局來稿"))
        take.setObjectName(f"take_received_{field}")
        take.setToolTip(self.tr("以分局送來的文字取代總局修改後的內容（可復原）"))
        take.clicked.connect(lambda _checked=False, f=field: self._take_received(f))
        caption = QLabel(self.tr("分局來稿（總局已修改上方文字）："))
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(received)
        layout.addWidget(take)
        self.received[field], self.received_rows[field], self.take_buttons[field] = received, row, take
        return row

    def show_contribution(self, shown: Sequence[str], captions: dict[str, str], read_only: bool) -> None:
        """Show the fields in `shown` (those the dimension's table has, or that hold text)."""
        contribution = self.contribution
        self.source.setText(provenance_text(contribution))
        self.source.setToolTip(provenance_details(contribution))
        for field in TEXT_FIELDS:
            self.labels[field].setText(captions.get(field) or label_caption(Contribution, field))
            binding = self.bindings[field]
            binding.show(getattr(contribution, field))
            binding.set_read_only(read_only)
            self.take_buttons[field].setEnabled(not read_only)
            visible = field in shown or bool(getattr(contribution, field) or contribution.as_received(field))
            self.form.setRowVisible(self.labels[field], visible)
        self.refresh()

    def refresh(self) -> None:
        """The contribution changed (typing, undo, replace): show its text and the office's beside it."""
        contribution = self.contribution
        for field in TEXT_FIELDS:
            self.bindings[field].show(getattr(contribution, field))
            edited = contribution.edited(field)
            self.received_rows[field].setVisible(edited)
            if edited:
                self.received[field].setPlainText(contribution.as_received(field))

    def focus(self, field: str, start: int, length: int, *, take_focus: bool = True) -> None:
        binding = self.bindings.get(field)
        if binding is not None:
            select_text(binding.widget, start, length, take_focus=take_focus)

    def clear_find_highlight(self) -> None:
        for binding in self.bindings.values():
            unmark(binding.widget)

    def _edited(self, field: str, value: object) -> None:
        self.sink.edit_field(self.contribution, field, value)

    def _take_received(self, field: str) -> None:
        self.sink.edit_field(self.contribution, field, self.contribution.as_received(field))

    def _count_text(self, count: int) -> str:
        return self.tr("{count} 字", "", count).format(count=f"{count:,}")


class ContributionsPanel(QGroupBox):
    """The offices' contributions to the method shown, in the order the report prints them."""

    def __init__(self, sink: EditSink, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("另所屬分局執行情形"), parent)
        self.setObjectName("contributionsPanel")
        self.sink = sink
        self.boxes: list[ContributionBox] = []
        self._layout = QVBoxLayout(self)
        self.setVisible(False)

    def show_contributions(
        self, contributions: list[Contribution], shown: Sequence[str], captions: dict[str, str], read_only: bool
    ) -> None:
        # The same contributions (typing, undo) keep their boxes, so the cursor stays where it is.
        if len(self.boxes) != len(contributions) or any(
            box.contribution is not c for box, c in zip(self.boxes, contributions, strict=True)
        ):
            self._rebuild(contributions)
        for box in self.boxes:
            box.show_contribution(shown, captions, read_only)
        self.setVisible(bool(contributions))

    def refresh(self) -> None:
        for box in self.boxes:
            box.refresh()

    def focus(
        self, contribution: Contribution, field: str, start: int, length: int, *, take_focus: bool = True
    ) -> None:
        for box in self.boxes:
            if box.contribution is contribution:
                box.focus(field, start, length, take_focus=take_focus)

    def clear_find_highlight(self) -> None:
        for box in self.boxes:
            box.clear_find_highlight()

    def _rebuild(self, contributions: list[Contribution]) -> None:
        for box in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = [ContributionBox(self.sink, c, number, self) for number, c in enumerate(contributions, 1)]
        for box in self.boxes:
            self._layout.addWidget(box)


def provenance_text(contribution: Contribution) -> str:
    """「來自 基隆分局-108-提交.perfdesk（2019-12-31 10:00 提交）；2020-01-05 09:30 彙整」, or what is known."""
    parts = []
    if contribution.source_file is not None:
        if contribution.submitted_at:
            text = QCoreApplication.translate("ContributionsPanel", "來自 {file}（{time} 提交）")
            parts.append(text.format(file=contribution.source_file, time=_when(contribution.submitted_at)))
        else:
            text = QCoreApplication.translate("ContributionsPanel", "來自 {file}（草稿，未提交）")
            parts.append(text.format(file=contribution.source_file))
    if contribution.merged_at:
        text = QCoreApplication.translate("ContributionsPanel", "{time} 彙整")
        parts.append(text.format(time=_when(contribution.merged_at)))
    if not parts:
        return QCoreApplication.translate("ContributionsPanel", "（無來稿紀錄）")
    return "；".join(parts)


def provenance_details(contribution: Contribution) -> str:
    """The tooltip: the file's SHA-256 and the office's row, for checking against the file."""
    lines = []
    if contribution.source_digest:
        lines.append(f"SHA-256 {contribution.source_digest}")
    if contribution.source_id:
        text = QCoreApplication.translate("ContributionsPanel", "分局報告中的列代號 {id}")
        lines.append(text.format(id=contribution.source_id))
    return "\n".join(lines)


def _when(iso: str) -> str:
    """The ISO time as the person reads it (ui/local_time.py): local zone, the window's language, to the minute."""
    return time_text(iso)
