"""Editor of an 執行策略: label, title, points."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from perfdesk.ui.editors.edit_sink import EditSink
from perfdesk.ui.editors.node_editor import NodeEditor
from perfdesk.ui.forms.ui_strategy_editor import Ui_StrategyEditor


class StrategyEditor(NodeEditor):
    def __init__(self, sink: EditSink, parent: QWidget | None = None) -> None:
        super().__init__(sink, parent)
        self.form = Ui_StrategyEditor()
        self.form.setupUi(self)
        self.align_labels(self.form.formLayout)
        self.bind(self.form.labelEdit, "label")
        self.bind(self.form.titleEdit, "title")
        self.bind(self.form.pointsSpin, "points")
