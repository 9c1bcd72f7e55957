"""Find (Ctrl+F) across every text field, next/previous, and replace with confirmation.

The keyboard stays in the bar while it walks the matches: Enter goes to the next match, Shift+Enter
to the previous one, and neither ever reaches the text (the match is marked in the editor, not
typed over). Escape closes the bar and puts the cursor on the match. What is searched, and so what
全部取代 changes, can be narrowed to what the office writes, to the results, and to one 構面.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.field_table import Source, spec_of
from perfdesk.domain.report import Contribution, Dimension, Field
from perfdesk.domain.search import Match, find_all
from perfdesk.domain.tree import Parent, walk
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.edit_controller import EditController


class FieldScope(StrEnum):
    """Which fields find looks in (and 全部取代 changes)."""

    EVERYTHING = "everything"
    # What the office writes (the field table's content fields): not the framework's titles and labels.
    CONTENT = "content"
    RESULTS = "results"


def in_scope(match: Match, scope: FieldScope) -> bool:
    if scope is FieldScope.EVERYTHING:
        return True
    if scope is FieldScope.RESULTS:
        return match.field == Field.RESULTS.value
    return spec_of(type(match.node), match.field).source is Source.CONTENT


class FindBar(QWidget):
    """A bar above the editor; emits the match to show, the window selects it."""

    matchChosen = Signal(object)
    # The bar closed (Escape, ✕); carries the match shown last, or None, for the window to put the cursor on.
    closed = Signal(object)

    def __init__(
        self,
        session: ReportSession,
        controller: EditController,
        current_dimension: Callable[[], Dimension | None] = lambda: None,
        current_row: Callable[[], Parent | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.controller = session, controller
        self._current_dimension = current_dimension
        self._current_row = current_row
        self.matches: list[Match] = []
        self.current = -1
        self.findEdit = QLineEdit(placeholderText=self.tr("尋找…"))
        self.findEdit.setObjectName("findEdit")
        self.replaceEdit = QLineEdit(placeholderText=self.tr("取代為…"))
        self.replaceEdit.setObjectName("replaceEdit")
        self.status = QLabel()
        self.scopeCombo = QComboBox()
        self.scopeCombo.setObjectName("findScope")
        self.scopeCombo.addItem(self.tr("所有欄位"), FieldScope.EVERYTHING)
        self.scopeCombo.addItem(self.tr("只在分局撰寫的內容（不含標題）"), FieldScope.CONTENT)
        self.scopeCombo.addItem(self.tr("只在執行績效與成果"), FieldScope.RESULTS)
        self.scopeCombo.setToolTip(self.tr("尋找與全部取代只看這些欄位"))
        self.dimensionCheck = QCheckBox(self.tr("只在目前構面(&Y)"))
        self.dimensionCheck.setObjectName("findInDimension")
        # Reached by Alt+Y or the mouse, never by the keyboard's focus: the cursor stays in the find field, where
        # Enter steps to the next match and Escape goes back to it.
        self.dimensionCheck.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        previous_button = QPushButton(self.tr("上一個(&Z)"))
        previous_button.setToolTip(self.tr("上一個（Shift+Enter）"))
        next_button = QPushButton(self.tr("下一個(&X)"))
        next_button.setToolTip(self.tr("下一個（Enter）"))
        self.replaceButton = QPushButton(self.tr("全部取代(&Q)…"))
        self.replaceButton.setObjectName("replaceAllButton")
        close_button = QToolButton()
        close_button.setText("✕")
        close_button.setToolTip(self.tr("關閉（Esc）"))
        close_button.setAutoRaise(True)
        # Two rows, find above replace, so both stay wide enough to read at 1024 pixels.
        self.findEdit.setMinimumWidth(180)
        self.replaceEdit.setMinimumWidth(180)
        find_row, replace_row = QHBoxLayout(), QHBoxLayout()
        found: tuple[QWidget, ...] = (self.findEdit, previous_button, next_button, self.status)
        for widget in found:
            find_row.addWidget(widget)
        find_row.addStretch(0)
        find_row.addWidget(close_button)
        replacing: tuple[QWidget, ...] = (self.replaceEdit, self.replaceButton, self.scopeCombo, self.dimensionCheck)
        for widget in replacing:
            replace_row.addWidget(widget)
        find_row.setStretchFactor(self.findEdit, 1)
        replace_row.setStretchFactor(self.replaceEdit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(find_row)
        layout.addLayout(replace_row)
        self.findEdit.textChanged.connect(self._search)
        self.findEdit.installEventFilter(self)
        self.scopeCombo.currentIndexChanged.connect(lambda _i: self._search(self.findEdit.text()))
        self.dimensionCheck.toggled.connect(lambda _on: self._search(self.findEdit.text()))
        self.replaceEdit.returnPressed.connect(self.replace_all)
        next_button.clicked.connect(self.next)
        previous_button.clicked.connect(self.previous)
        self.replaceButton.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.close_bar)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.replaceButton.setEnabled(not session.read_only)
        self.replaceEdit.setEnabled(not session.read_only)

    def open(self) -> None:
        self.show()
        self.findEdit.setFocus()
        self.findEdit.selectAll()

    def close_bar(self) -> None:
        shown = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.hide()
        self.closed.emit(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter and Shift+Enter step through the matches; they are the bar's, never the text's.
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.findEdit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() not in enter:
                return super().eventFilter(watched, event)
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
            else:
                self.next()
            return True
        return super().eventFilter(watched, event)

    @property
    def scope(self) -> FieldScope:
        return FieldScope(self.scopeCombo.currentData())

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def replace_all(self) -> None:
        needle, replacement = self.findEdit.text(), self.replaceEdit.text()
        self._search(needle)
        if not self.matches:
            return
        fields = len({(id(m.node), m.field) for m in self.matches})
        question = self.tr(
            "將 {count} 處「{needle}」取代為「{replacement}」（共 {fields} 個欄位）？\n可用「復原」還原。",
            "",
            len(self.matches),
        )
        where = self._scope_text()
        text = question.format(count=len(self.matches), needle=needle, replacement=replacement, fields=fields)
        answer = QMessageBox.question(self, self.tr("全部取代"), f"{where}\n{text}")
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.replace_all(self.matches, needle, replacement)
            self._search(needle)

    def _scope_text(self) -> str:
        """「範圍：只在執行績效與成果，構面二」: what 全部取代 will look in, said in the question."""
        where = self.scopeCombo.currentText()
        dimension = self._dimension_limit()
        if dimension is not None:
            where = self.tr("{fields}，{dimension}").format(fields=where, dimension=dimension.label or dimension.name)
        return self.tr("範圍：{where}").format(where=where)

    def _dimension_limit(self) -> Dimension | None:
        return self._current_dimension() if self.dimensionCheck.isChecked() else None

    def _find(self, needle: str) -> list[Match]:
        scope, dimension = self.scope, self._dimension_limit()
        found = [m for m in find_all(self.session.report, needle) if in_scope(m, scope)]
        if dimension is None:
            return found
        index = self.session.index

        def dimension_of(match: Match) -> Dimension:
            node = index.owner_of(match.node) if isinstance(match.node, Contribution) else match.node
            return index.dimension_of(node)

        return [m for m in found if dimension_of(m) is dimension]

    def _search(self, needle: str) -> None:
        self.matches = self._find(needle)
        self.current = -1
        self._show_count()

    def _step(self, step: int) -> None:
        # Text may have changed since the search; search again so positions are right.
        self.matches = self._find(self.findEdit.text())
        if not self.matches:
            self._show_count()
            return
        if self.current < 0:
            self.current = self._nearest(step)
        else:
            self.current = (self.current + step) % len(self.matches)
        self._show_count()
        self.matchChosen.emit(self.matches[self.current])

    def _nearest(self, step: int) -> int:
        """A new search starts where the person is: the first match from the current row on (the last
        before it, going back), wrapping round the report like every editor's find."""
        here = self._current_row()
        count = len(self.matches)
        if here is None:
            return 0 if step > 0 else count - 1
        index = self.session.index
        order = {id(place.node): position for position, place in enumerate(walk(self.session.report))}
        start = order.get(id(here), -1)

        def position(match: Match) -> int:
            node = index.owner_of(match.node) if isinstance(match.node, Contribution) else match.node
            return order.get(id(node), -1)  # the report's own text (front matter) comes first

        if step > 0:
            return next((i for i, match in enumerate(self.matches) if position(match) >= start), 0)
        return next((i for i in reversed(range(count)) if position(self.matches[i]) < start), count - 1)

    def _show_count(self) -> None:
        if not self.findEdit.text():
            self.status.setText("")
        elif not self.matches:
            self.status.setText(self.tr("找不到"))
        elif self.current >= 0:
            count = len(self.matches)
            self.status.setText(
                self.tr("{current}/{count} 處", "", count).format(current=self.current + 1, count=count)
            )
        else:
            count = len(self.matches)
            self.status.setText(self.tr("{count} 處", "", count).format(count=count))
