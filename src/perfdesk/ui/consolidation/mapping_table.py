"""One office's mapping in a merge preview: headquarters' row ⇐ the office's row, and why.

Every decision of the one matcher (domain/matching.py) is shown, as `perfdesk-cli merge --mapping`
would take it back: headquarters' row path → the office's row path. Where corrections are
allowed (a new merge; merge_files takes `chosen`), the office's row is a drop-down.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from perfdesk.domain.matching import Pair, Reason
from perfdesk.domain.merge import OfficeMerge
from perfdesk.domain.report import Dimension, Method
from perfdesk.domain.tree import Place
from perfdesk.ui.ui_language import message

HEADQUARTERS_ROW, OFFICE_ROW, CONTENT, REASON = range(4)


class OfficeMappingTable(QTableWidget):
    """The pairs of one office's merge; `changed` says a person picked another row for `hq_path`."""

    changed = Signal(str, object)  # headquarters' row path, the office's row path or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("officeMapping")
        self.setHorizontalHeaderLabels(
            [self.tr("總局報告的列"), self.tr("由分局的哪一列"), self.tr("分局內容"), self.tr("依據")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(HEADQUARTERS_ROW, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OFFICE_ROW, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.pairs: list[Pair] = []

    def show_office(
        self, office: OfficeMerge, *, only_with_text: bool, correctable: bool, chosen: dict[str, str | None]
    ) -> None:
        """Fill the table with `office`'s pairs; `chosen` are the person's corrections so far."""
        self.clearContents()
        pairs = [p for p in office.pairs if not only_with_text or _has_text(p.old)]
        self.pairs = pairs
        self.setRowCount(len(pairs))
        offered = _office_rows(office.pairs)
        for row, pair in enumerate(pairs):
            self.setItem(row, HEADQUARTERS_ROW, QTableWidgetItem(self._headquarters_text(pair)))
            path = pair.new.path if pair.new is not None else None
            if correctable and path is not None:
                self.setCellWidget(row, OFFICE_ROW, self._chooser(path, pair, offered, chosen))
            else:
                self.setItem(row, OFFICE_ROW, QTableWidgetItem(self._office_text(pair.old)))
            self.setItem(row, CONTENT, QTableWidgetItem(self._content_text(pair.old)))
            reason = Reason.CHOSEN if path is not None and path in chosen else pair.reason
            self.setItem(row, REASON, QTableWidgetItem(self._reason_text(pair, reason)))

    def _chooser(self, path: str, pair: Pair, offered: list[Place], chosen: dict[str, str | None]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("（無：此列不採用分局內容）"), None)
        for place in offered:
            combo.addItem(_row_text(place), place.path)
        current = chosen.get(path, pair.old.path if pair.old is not None else None)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.currentIndexChanged.connect(lambda _i, c=combo, p=path: self.changed.emit(p, c.currentData()))
        return combo

    def _headquarters_text(self, pair: Pair) -> str:
        if pair.new is not None:
            return _row_text(pair.new)
        if _has_text(pair.old):
            return self.tr("（放入「未對應之分局內容」）")
        return self.tr("（不採用：沒有內容）")

    def _office_text(self, place: Place | None) -> str:
        return "⇐ " + _row_text(place) if place is not None else self.tr("（分局報告沒有對應的列）")

    def _content_text(self, place: Place | None) -> str:
        if place is None:
            return ""
        return self.tr("有內容") if _has_text(place) else self.tr("空白")

    def _reason_text(self, pair: Pair, reason: Reason) -> str:
        # The catalogue's words for these two speak of a new template and last year's rows.
        if reason is Reason.NEW:
            return self.tr("分局報告沒有對應的列")
        if reason is Reason.UNMATCHED:
            return self.tr("找不到對應的列")
        text = message(f"match.{reason.value}")
        return f"{text} {pair.score:.0%}" if reason is Reason.SIMILAR else text


def _office_rows(pairs: tuple[Pair, ...]) -> list[Place]:
    """The office's rows in the order the matcher met them (headquarters' order, unmatched last)."""
    seen: dict[str, Place] = {}
    for pair in pairs:
        if pair.old is not None and isinstance(pair.old.node, Method) and not pair.old.node.children:
            seen.setdefault(pair.old.path, pair.old)
    return list(seen.values())


def _has_text(place: Place | None) -> bool:
    node = place.node if place is not None else None
    return isinstance(node, Method) and bool(node.practice.strip() or node.results.strip())


def _row_text(place: Place) -> str:
    node = place.node
    title = node.name if isinstance(node, Dimension) else node.title
    title = " ".join(title.split())
    return f"{place.path}　{title if len(title) <= 28 else title[:27] + '…'}"
