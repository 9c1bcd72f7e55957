"""Editor of a 構面: label, name, points, category, heading, note and its table columns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWidget

from perfdesk.domain.report import DEFAULT_HEADERS, Column, Dimension, Field
from perfdesk.domain.tree import Parent
from perfdesk.ui.editors.edit_sink import EditSink
from perfdesk.ui.editors.node_editor import NodeEditor
from perfdesk.ui.forms.ui_dimension_editor import Ui_DimensionEditor

# What a column shows, as the combo names it; translated where used (the headers are the report's own text).
FIELD_NAMES = {
    Field.STRATEGY: QT_TRANSLATE_NOOP("DimensionEditor", "執行策略"),
    Field.METHOD: QT_TRANSLATE_NOOP("DimensionEditor", "執行方法"),
    Field.UNITS: QT_TRANSLATE_NOOP("DimensionEditor", "主辦單位"),
    Field.PRACTICE: QT_TRANSLATE_NOOP("DimensionEditor", "具體作法"),
    Field.RESULTS: QT_TRANSLATE_NOOP("DimensionEditor", "執行績效與成果"),
    Field.CRITERIA: QT_TRANSLATE_NOOP("DimensionEditor", "評核重點"),
}


class DimensionEditor(NodeEditor):
    def __init__(self, sink: EditSink, parent: QWidget | None = None) -> None:
        super().__init__(sink, parent)
        self.form = Ui_DimensionEditor()
        self.form.setupUi(self)
        f = self.form
        self.align_labels(f.formLayout)
        self.bind(f.labelEdit, "label")
        self.bind(f.nameEdit, "name")
        self.bind(f.pointsSpin, "points")
        self.bind(f.categoryCombo, "category")
        self.bind(f.headingEdit, "heading")
        self.bind(f.noteEdit, "note")
        self._filling = False
        f.columnsTable.itemChanged.connect(lambda _item: self._columns_edited())
        f.addColumnButton.clicked.connect(self._add_column)
        f.removeColumnButton.clicked.connect(self._remove_column)
        f.columnUpButton.clicked.connect(lambda: self._move_column(-1))
        f.columnDownButton.clicked.connect(lambda: self._move_column(1))

    def show_node(self, node: Parent, read_only: bool = False) -> None:
        super().show_node(node, read_only)
        assert isinstance(node, Dimension)
        self.form.headingEdit.setPlaceholderText(node.generated_heading)
        self._fill_columns()
        self.form.columnsGroup.setEnabled(not read_only)

    def refresh(self, node: Parent, field: str) -> None:
        super().refresh(node, field)
        if node is self.node and field in ("columns", "label", "name", "points"):
            assert isinstance(node, Dimension)
            self.form.headingEdit.setPlaceholderText(node.generated_heading)
            if field == "columns":
                self._fill_columns()

    def _fill_columns(self) -> None:
        dimension = self.node
        assert isinstance(dimension, Dimension)
        table = self.form.columnsTable
        self._filling = True
        table.setRowCount(len(dimension.columns))
        for row, column in enumerate(dimension.columns):
            combo = QComboBox()
            for field, name in FIELD_NAMES.items():
                combo.addItem(self.tr(str(name)), field)
            combo.setCurrentIndex(combo.findData(column.field))
            combo.currentIndexChanged.connect(lambda _i: self._columns_edited())
            table.setCellWidget(row, 0, combo)
            table.setItem(row, 1, QTableWidgetItem(column.header))
        # Wide enough for the longest field name (「執行績效與成果」 was cut to 「執行績效與成」).
        table.resizeColumnToContents(0)
        self._chain_tab_order()
        self._filling = False

    def _chain_tab_order(self) -> None:
        """Tab goes through the kind combos and on to the buttons below the table.

        The combos are made after the form set its tab order, so Qt put them last in the window's
        chain: Tab from the last one jumped out to the unit filter, and the buttons under the table
        could not be reached from it by keyboard.
        """
        f = self.form
        combos = [f.columnsTable.cellWidget(row, 0) for row in range(f.columnsTable.rowCount())]
        chain = [f.columnsTable, *combos, f.addColumnButton, f.removeColumnButton, f.columnUpButton]
        for before, after in zip(chain, [*chain[1:], f.columnDownButton], strict=True):
            QWidget.setTabOrder(before, after)

    def _columns_from_table(self) -> list[Column]:
        table = self.form.columnsTable
        columns = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            item = table.item(row, 1)
            columns.append(Column(Field(combo.currentData()), item.text() if item else ""))
        return columns

    def _columns_edited(self) -> None:
        if not self._filling and isinstance(self.node, Dimension):
            self.sink.edit_columns(self.node, self._columns_from_table(), self.tr("修改表格欄位"))

    def _add_column(self) -> None:
        if isinstance(self.node, Dimension):
            columns = [*self.node.columns, Column(Field.CRITERIA, DEFAULT_HEADERS[Field.CRITERIA])]
            self.sink.edit_columns(self.node, columns, self.tr("新增表格欄位"))

    def _remove_column(self) -> None:
        row = self.form.columnsTable.currentRow()
        if isinstance(self.node, Dimension) and 0 <= row < len(self.node.columns) and len(self.node.columns) > 1:
            columns = [c for i, c in enumerate(self.node.columns) if i != row]
            self.sink.edit_columns(self.node, columns, self.tr("移除表格欄位"))

    def _move_column(self, step: int) -> None:
        row = self.form.columnsTable.currentRow()
        if not isinstance(self.node, Dimension) or not 0 <= row + step < len(self.node.columns) or row < 0:
            return
        columns = list(self.node.columns)
        columns[row], columns[row + step] = columns[row + step], columns[row]
        self.sink.edit_columns(self.node, columns, self.tr("移動表格欄位"))
        self.form.columnsTable.selectRow(row + step)
