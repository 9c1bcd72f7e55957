"""「去年內容」: last year's text of a carried-over row, beside the editor, with buttons to copy it in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.report import Method
from perfdesk.ui.editors.edit_sink import EditSink
from perfdesk.ui.field_captions import label_caption, remembered_fields


class OriginPanel(QWidget):
    """Read-only last-year text per field; 「帶入」 copies a field in, 「已檢視」 clears the review flag."""

    def __init__(self, sink: EditSink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sink = sink
        self.method: Method | None = None
        self.heading = QLabel()
        self.heading.setObjectName("originHeading")
        self.reviewed_button = QPushButton(self.tr("已檢視(&K)"))
        self.reviewed_button.setObjectName("reviewedButton")
        self.reviewed_button.setToolTip(self.tr("確認這一列已經看過、內容適用今年"))
        self.reviewed_button.clicked.connect(self._mark_reviewed)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reviewed_button)

        form = QFormLayout()
        self.form_layout = form
        self.labels: dict[str, QLabel] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        for spec in remembered_fields():
            field, label = spec.name, label_caption(Method, spec.name)
            text = QPlainTextEdit(readOnly=True)
            text.setObjectName(f"origin_{field}")
            text.setMaximumHeight(60 if spec.one_line or field == "title" else 140)
            button = QPushButton(self.tr("帶入"))
            button.setToolTip(self.tr("以去年的{field}取代目前的內容（可復原）").format(field=label))
            button.clicked.connect(lambda _checked=False, f=field: self._copy_in(f))
            # The button sits under the field's name, not under the text: a row less per field, which a
            # narrow screen that stacks this panel below the editor needs.
            caption_label = QLabel(label)
            caption_box = QWidget()
            caption_layout = QVBoxLayout(caption_box)
            caption_layout.setContentsMargins(0, 0, 0, 0)
            caption_layout.addWidget(caption_label)
            caption_layout.addWidget(button)
            caption_layout.addStretch(1)
            form.addRow(caption_box, text)
            self.texts[field], self.copy_buttons[field], self.labels[field] = text, button, caption_label
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(top)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_method(self, method: Method, read_only: bool, captions: dict[str, str] | None = None) -> None:
        """Show last year's text; `captions` renames fields as the dimension's table does."""
        self.method = method
        origin = method.origin
        self.setVisible(origin is not None)
        if origin is None:
            return
        heading = self.tr("去年內容（{year} 年）").format(year=origin.year)
        self.heading.setText(f"<b>{heading}</b>")
        for spec in remembered_fields():
            field = spec.name
            value = getattr(origin, field)
            renamed = (captions or {}).get(field)
            self.labels[field].setText(label_caption(Method, field) if renamed is None else renamed)
            self.texts[field].setPlainText("\n".join(value) if isinstance(value, list) else value)
            self.copy_buttons[field].setEnabled(not read_only and bool(value))
            # Last year had nothing here: no row to show.
            self.form_layout.setRowVisible(self.texts[field], bool(value) or field == "title")
        self.refresh_review(read_only)

    def refresh_review(self, read_only: bool = False) -> None:
        method = self.method
        reviewed = method is None or not method.needs_review
        self.reviewed_button.setEnabled(not read_only and not reviewed)
        self.reviewed_button.setText(self.tr("已檢視 ✓") if reviewed else self.tr("已檢視(&K)"))

    def _copy_in(self, field: str) -> None:
        method = self.method
        if method is None or method.origin is None:
            return
        value = getattr(method.origin, field)
        if field == "units":
            self.sink.edit_units(method, list(value), self.tr("帶入去年的主辦單位"))
        else:
            self.sink.edit_field(method, field, value)

    def _mark_reviewed(self) -> None:
        if self.method is not None:
            self.sink.edit_field(self.method, "needs_review", False)
