"""與去年比較: the whole report against last year's, row by row, with each row's changes highlighted.

The list on the left holds every row in report order, each marked changed, unchanged or new this
year; the filter narrows it to what a reviewer wants to go through. The pane on the right shows the
selected row's fields side by side, as last year had them and as they are now.
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.report import Method, Report
from perfdesk.domain.tree import TreeIndex
from perfdesk.domain.year_changes import RowChange, remembered_names, year_changes
from perfdesk.ui.field_captions import row_label_caption
from perfdesk.ui.screen_fit import resize_to_fit

_DELETED = "background:#f8d7da;text-decoration:line-through"
_INSERTED = "background:#d4edda"
_CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def highlighted(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML, deletions marked in the old and insertions in the new (character level)."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    left, right = [], []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        a, b = html.escape(old[a1:a2]), html.escape(new[b1:b2])
        if tag == "equal":
            left.append(a)
            right.append(b)
        else:
            if a:
                left.append(f'<span style="{_DELETED}">{a}</span>')
            if b:
                right.append(f'<span style="{_INSERTED}">{b}</span>')
    return "".join(left).replace("\n", "<br>"), "".join(right).replace("\n", "<br>")


def _as_text(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value


def comparison_html(method: Method, caption: Callable[[str], str]) -> str:
    """A carried row's remembered fields, last year's beside this year's; `caption` names each field.

    A field empty in both years is left out; one this year has not written yet shows last year's text
    as it was, not struck through as if deleted.
    """
    origin = method.origin
    assert origin is not None
    rows = []
    changed = QCoreApplication.translate("CompareDialog", "{field}　（有修改）")
    not_yet = html.escape(QCoreApplication.translate("CompareDialog", "（尚未填寫）"))
    for name in remembered_names():
        old, new = _as_text(getattr(origin, name)), _as_text(getattr(method, name))
        if not old.strip() and not new.strip() and name != "title":
            continue
        if new.strip() or not old.strip():
            left, right = highlighted(old, new)
        else:
            left, right = html.escape(old).replace("\n", "<br>"), not_yet
        shown = html.escape(caption(name))
        if old != new and new.strip():
            shown = changed.format(field=shown)
        rows.append(
            f"<tr><th colspan=2 align=left style='background:#eee'>{shown}</th></tr>"
            f"<tr><td width=50% valign=top>{left or '—'}</td><td width=50% valign=top>{right or '—'}</td></tr>"
        )
    last_year = QCoreApplication.translate("CompareDialog", "{year} 年（去年）").format(year=origin.year)
    this_year = QCoreApplication.translate("CompareDialog", "今年")
    return (
        f"<table width=100% cellpadding=6 border=1 style='border-collapse:collapse'>"
        f"<tr><th>{last_year}</th><th>{this_year}</th></tr>{''.join(rows)}</table>"
    )


class CompareDialog(QDialog):
    """Every row against last year's; 到這一列 selects the row in the window, 已檢視 marks it reviewed."""

    # What the filter shows: all rows, the changed, those still to review, the new.
    ALL, CHANGED, TO_REVIEW, ADDED = range(4)

    def __init__(
        self,
        report: Report,
        index: TreeIndex,
        start: Method | None,
        mark_reviewed: Callable[[Method], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report, self.index = report, index
        self.mark_reviewed = mark_reviewed
        self.chosen: Method | None = None  # the row 到這一列 asked for
        self.changes = year_changes(report)
        self.setWindowTitle(self.tr("與去年比較"))
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        for text in (self.tr("全部的列"), self.tr("有修改的列"), self.tr("待檢視的列"), self.tr("今年新增的列")):
            self.filter.addItem(text)
        filter_label = QLabel(self.tr("顯示(&S)："))
        filter_label.setBuddy(self.filter)
        self.rows = QTreeWidget()
        self.rows.setObjectName("compareRows")
        self.rows.setHeaderLabels([self.tr("列"), self.tr("與去年相比")])
        self.rows.setRootIsDecorated(False)
        self.rows.setUniformRowHeights(True)
        header = self.rows.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rows_label = QLabel(self.tr("列(&L)："))
        rows_label.setBuddy(self.rows)
        self.browser = QTextBrowser()
        self.browser.setObjectName("compareText")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(rows_label)
        left_layout.addWidget(self.rows)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.previous_button = QPushButton(self.tr("上一個修改(&P)"))
        self.next_button = QPushButton(self.tr("下一個修改(&N)"))
        self.reviewed_button = QPushButton(self.tr("已檢視(&R)"))
        self.reviewed_button.setToolTip(self.tr("確認這一列已經看過、內容適用今年"))
        self.go_button = QPushButton(self.tr("到這一列(&G)"))
        self.go_button.setToolTip(self.tr("關閉比較，在視窗中選取這一列以便編輯"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.previous_button, self.next_button, self.reviewed_button, self.go_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("關閉(&C)"))
        buttons.rejected.connect(self.reject)
        self.previous_button.clicked.connect(lambda: self._step_to_change(-1))
        self.next_button.clicked.connect(lambda: self._step_to_change(+1))
        self.reviewed_button.clicked.connect(self._mark_reviewed)
        self.go_button.clicked.connect(self._go)
        self.rows.itemActivated.connect(lambda _item, _column: self._go())
        self.rows.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.filter.currentIndexChanged.connect(lambda _i: self._fill(self._current_method()))
        self.reviewed_button.setVisible(mark_reviewed is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        resize_to_fit(self, 1100, 720)
        self._fill(start)
        self.rows.setFocus()

    # The list

    def _fill(self, keep: Method | None) -> None:
        """The rows the filter lets through, with `keep` (or the first) current."""
        shown = self.filter.currentIndex()
        self.rows.clear()
        current = None
        for change in self.changes:
            if not self._passes(change, shown):
                continue
            place = change.place
            item = QTreeWidgetItem([f"{place.path} {change.method.title}".strip(), self._status(change)])
            item.setData(0, _CHANGE_ROLE, change)
            item.setToolTip(0, item.text(0))
            item.setToolTip(1, self._details(change))
            self.rows.addTopLevelItem(item)
            if change.method is keep:
                current = item
        if current is None and self.rows.topLevelItemCount():
            current = self.rows.topLevelItem(0)
        if current is not None:
            self.rows.setCurrentItem(current)
        self._show_current()

    def _passes(self, change: RowChange, shown: int) -> bool:
        if shown == self.CHANGED:
            return bool(change.changed)
        if shown == self.TO_REVIEW:
            return change.method.needs_review
        if shown == self.ADDED:
            return change.added
        return True

    def _status(self, change: RowChange) -> str:
        """The list's short word for the row: 有修改, 尚未填寫, 未修改 or 今年新增, and whether it awaits review."""
        if change.added:
            text = self.tr("今年新增")
        elif change.changed:
            text = self.tr("有修改")
        elif change.emptied:
            text = self.tr("尚未填寫")
        else:
            text = self.tr("未修改")
        return self.tr("{status}・待檢視").format(status=text) if change.method.needs_review else text

    def _details(self, change: RowChange) -> str:
        """Which fields changed and which are still to write, as the row's 構面 names them."""
        method = change.method
        parts = []
        if change.added:
            parts.append(self.tr("今年新增"))
        if change.changed:
            parts.append(self.tr("修改：{fields}").format(fields=self._captions(method, change.changed)))
        if change.emptied:
            parts.append(self.tr("尚未填寫：{fields}").format(fields=self._captions(method, change.emptied)))
        return "；".join(parts) or self.tr("未修改")

    def _captions(self, method: Method, fields: tuple[str, ...]) -> str:
        return "、".join(self._caption(method, field) for field in fields)

    def _summary_text(self) -> str:
        carried = [c for c in self.changes if not c.added]
        if not carried:
            return self.tr("這份報告沒有由去年帶入的列，沒有可比較的內容。")
        changed = sum(1 for c in carried if c.changed)
        to_review = sum(1 for c in self.changes if c.method.needs_review)
        return self.tr(
            "由去年帶入 {carried} 列：{changed} 列有修改、{same} 列未修改；今年新增 {added} 列；待檢視 {to_review} 列。"
        ).format(
            carried=len(carried),
            changed=changed,
            same=len(carried) - changed,
            added=len(self.changes) - len(carried),
            to_review=to_review,
        )

    def _current_change(self) -> RowChange | None:
        item = self.rows.currentItem()
        return None if item is None else item.data(0, _CHANGE_ROLE)

    def _current_method(self) -> Method | None:
        change = self._current_change()
        return None if change is None else change.method

    # The selected row

    def _caption(self, method: Method, field: str) -> str:
        return row_label_caption(self.index, method, field)  # as the row's 構面 names the column

    def _show_current(self) -> None:
        change = self._current_change()
        self.go_button.setEnabled(change is not None)
        reviewable = change is not None and change.method.needs_review and self.mark_reviewed is not None
        self.reviewed_button.setEnabled(reviewable)
        self.previous_button.setEnabled(self._change_beside(-1) is not None)
        self.next_button.setEnabled(self._change_beside(+1) is not None)
        if change is None:
            self.browser.setHtml(
                html.escape(self.tr("沒有符合的列。")) if self.changes else html.escape(self.summary.text())
            )
        elif change.added:
            self.browser.setHtml(html.escape(self.tr("這一列是今年新增的，去年沒有這一列。")))
        else:
            method = change.method
            heading = html.escape(f"{change.place.path} {method.title}　{self._details(change)}")
            table = comparison_html(method, lambda field: self._caption(method, field))
            self.browser.setHtml(f"<p><b>{heading}</b></p>{table}")

    def _change_beside(self, step: int) -> QTreeWidgetItem | None:
        """The nearest listed row before (-1) or after (+1) the current one that has changes."""
        rows = self.rows
        current = rows.currentItem()
        position = rows.indexOfTopLevelItem(current) if current is not None else -1
        position += step
        while 0 <= position < rows.topLevelItemCount():
            item = rows.topLevelItem(position)
            change = None if item is None else item.data(0, _CHANGE_ROLE)
            if change is not None and (change.changed or change.added):
                return item
            position += step
        return None

    def _step_to_change(self, step: int) -> None:
        item = self._change_beside(step)
        if item is not None:
            self.rows.setCurrentItem(item)
            self.rows.setFocus()

    def _mark_reviewed(self) -> None:
        item, change = self.rows.currentItem(), self._current_change()
        if item is None or change is None or self.mark_reviewed is None:
            return
        self.mark_reviewed(change.method)
        item.setText(1, self._status(change))
        item.setToolTip(1, self._details(change))
        self.summary.setText(self._summary_text())
        self._show_current()
        self.rows.setFocus()

    def _go(self) -> None:
        self.chosen = self._current_method()
        if self.chosen is not None:
            self.accept()
