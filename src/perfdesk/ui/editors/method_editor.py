"""Editor of an 執行方法 or sub-item: text fields with counts, and units checked from the roster."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListWidgetItem, QWidget

from perfdesk.domain.offices import in_office_order
from perfdesk.domain.report import DEFAULT_HEADERS, Contribution, Field, Method
from perfdesk.domain.roster import has_explicit_roster, outside_roster, roster
from perfdesk.domain.tree import Parent
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.editors.contributions_panel import ContributionsPanel
from perfdesk.ui.editors.edit_sink import EditSink
from perfdesk.ui.editors.node_editor import NodeEditor
from perfdesk.ui.editors.review_splitter import ReviewSplitter
from perfdesk.ui.forms.ui_method_editor import Ui_MethodEditor
from perfdesk.ui.menus import without_mnemonic
from perfdesk.ui.qt_values import CHECK_STATE_ROLE, CHECKED, UNCHECKED, USER_ROLE

if TYPE_CHECKING:
    from perfdesk.ui.editors.origin_panel import OriginPanel

UNIT_ROLE = USER_ROLE + 1
# The columns an office's contribution fills, as the dimension's table names them.
CONTRIBUTION_FIELDS = (Field.PRACTICE, Field.RESULTS)


class MethodEditor(NodeEditor):
    def __init__(self, sink: EditSink, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(sink, parent)
        self.session = session
        self.report = session.report
        self._read_only = False
        self._captions: dict[str, str] = {}
        self.form = Ui_MethodEditor()
        self.form.setupUi(self)
        f = self.form
        self.align_labels(f.formLayout)
        self.bind(f.labelEdit, "label")
        self.bind(f.titleEdit, "title")
        self.bind(f.descriptionEdit, "description", f.descriptionCount)
        self.bind(f.practiceEdit, "practice", f.practiceCount)
        self.bind(f.resultsEdit, "results", f.resultsCount)
        self.bind(f.criteriaEdit, "criteria", f.criteriaCount)
        self.bind(f.pointsSpin, "points")
        self.bind(f.commentEdit, "comment", f.commentCount)
        self.bind(f.needsReviewCheck, "needs_review")
        f.unitsList.itemChanged.connect(self._unit_toggled)
        f.addUnitButton.clicked.connect(self._add_unit)
        f.addUnitEdit.returnPressed.connect(self._add_unit)
        self._filling = False
        self._units_of: Method | None = None
        self._offered: list[str] = []
        # Headquarters' consolidated report: each office's part of the row, below the row's own text.
        self.contributions_panel = ContributionsPanel(sink)
        f.contentsLayout.addWidget(self.contributions_panel)
        self._headers: dict[str, str] = {}
        # Last year's text sits beside the form for carried-over rows (below it on a narrow screen), in a panel
        # built for the first such row (origin_panel): a first year's file has none.
        self._origin_panel: OriginPanel | None = None
        splitter = ReviewSplitter()
        self.review_splitter = splitter
        f.mainLayout.removeWidget(f.scrollArea)
        splitter.addWidget(f.scrollArea)
        splitter.setStretchFactor(0, 3)
        f.mainLayout.addWidget(splitter)
        # The form's own labels, for dimensions whose table uses the standard headers.
        self._default_labels = {
            field: label.text()
            for field, label in (
                (Field.PRACTICE, f.practiceLabel),
                (Field.RESULTS, f.resultsLabel),
                (Field.CRITERIA, f.criteriaLabel),
            )
        }
        # A field named by a header of the dimension's own (the report's text), keeping its keyboard mnemonic.
        self._named_by_header = {
            Field.UNITS: self.tr("{header}(&U)", "responsible units, named by this dimension's own column header"),
            Field.PRACTICE: self.tr("{header}(&P)", "planned practice, named by this dimension's own column header"),
            Field.RESULTS: self.tr("{header}(&R)", "results, named by this dimension's own column header"),
            Field.CRITERIA: self.tr("{header}(&C)", "review criteria, named by this dimension's own column header"),
        }

    @property
    def origin_panel(self) -> OriginPanel:
        """The 「去年內容」 panel beside the form, built on first use.

        Its seven read-only fields and their buttons are some fifty widgets, about 2 ms of a start on a
        method (issue: the window within 1.5× of a bare one), for rows that mostly have no last year.
        """
        if self._origin_panel is None:
            from perfdesk.ui.editors.origin_panel import OriginPanel

            self._origin_panel = OriginPanel(self.sink)
            self.review_splitter.addWidget(self._origin_panel)
            self.review_splitter.setStretchFactor(1, 2)
        return self._origin_panel

    def show_node(self, node: Parent, read_only: bool = False) -> None:
        super().show_node(node, read_only)
        self.form.headingLabel.setText(self.tr("子項目") if self._is_sub_item(node) else self.tr("執行方法"))
        self._label_by_columns(node)
        self._fill_units()
        assert isinstance(node, Method)
        self._read_only = read_only
        if node.origin is not None or self._origin_panel is not None:  # a row without last year's text needs none
            self.origin_panel.show_method(node, read_only, self._captions)
        in_order = in_office_order(node.contributions, self.report)
        self.contributions_panel.show_contributions(in_order, list(self._headers), self._headers, read_only)
        self.form.unitsList.setEnabled(not read_only)
        self.form.addUnitEdit.setEnabled(not read_only)
        self.form.addUnitButton.setEnabled(not read_only)

    def refresh(self, node: Parent, field: str) -> None:
        super().refresh(node, field)
        if field == "units" and (node is self.node or node is self.report):
            self._fill_units()
        if field == "needs_review" and node is self.node and self._origin_panel is not None:
            self._origin_panel.refresh_review(self._read_only)
        if field == "contributions" and node is self.node:
            self.contributions_panel.refresh()

    def focus_field(
        self, field: str, start: int = 0, length: int = 0, part: object | None = None, *, take_focus: bool = True
    ) -> None:
        if isinstance(part, Contribution):
            self.clear_find_highlight()
            self.contributions_panel.focus(part, field, start, length, take_focus=take_focus)
        else:
            super().focus_field(field, start, length, part, take_focus=take_focus)

    def clear_find_highlight(self) -> None:
        super().clear_find_highlight()
        self.contributions_panel.clear_find_highlight()

    def _label_by_columns(self, node: Parent) -> None:
        """Name the fields as this dimension's table does, and hide columns it lacks unless they hold text.

        Taichung's 構面一 prints its results under 「具體作法」: the editor says so, rather than
        showing an empty 具體作法 field beside a full 執行績效與成果.
        """
        assert isinstance(node, Method)
        dimension = self.session.index.dimension_of(node)
        headers = {column.field: column.header for column in dimension.columns}
        self._headers = {field.value: header for field, header in headers.items() if field in CONTRIBUTION_FIELDS}
        f = self.form
        named = {
            field: self._named_by_header[field].format(header=header)
            for field, header in headers.items()
            if header != DEFAULT_HEADERS[field] and field in self._named_by_header
        }
        self._captions = {field.value: without_mnemonic(text) for field, text in named.items()}
        rows = {
            Field.PRACTICE: (f.practiceLabel, node.practice),
            Field.RESULTS: (f.resultsLabel, node.results),
            Field.CRITERIA: (f.criteriaLabel, node.criteria),
        }
        for field, (label, text) in rows.items():
            shown = field in headers
            label.setText(named.get(field, self._default_labels[field]))
            f.formLayout.setRowVisible(label, shown or bool(text.strip()))

    def _is_sub_item(self, node: Parent) -> bool:
        return isinstance(node, Method) and node.label.startswith("(") and node.label[1:2].isdigit()

    def _fill_units(self) -> None:
        """The roster (domain/roster.py) as check boxes, and the row's units outside it marked as such.

        While one row is shown, a unit stays offered after it is unticked, though with no roster of
        its own the report then may name it nowhere: unticking must not make it vanish.
        """
        method = self.node
        if not isinstance(method, Method):
            return
        self._filling = True
        units = self.form.unitsList
        offered = roster(self.report)
        if method is self._units_of:
            offered += [u for u in self._offered if u not in offered]
        names = offered + [u for u in method.units if u not in offered]
        self._units_of, self._offered = method, names
        units.clear()
        for name in names:
            outside = outside_roster(self.report, name)
            text = self.tr("{unit}（不在名冊）").format(unit=name) if outside else name
            item = QListWidgetItem(text)
            item.setData(UNIT_ROLE, name)
            # A QListWidgetItem is user-checkable by default. The state goes in by number, as a role: the list
            # is filled as the window starts when a 執行方法 is the row selected (ui/qt_values.py says why).
            item.setData(CHECK_STATE_ROLE, CHECKED if name in method.units else UNCHECKED)
            units.addItem(item)
        self._filling = False

    def _unit_toggled(self, item: QListWidgetItem) -> None:
        method = self.node
        if self._filling or not isinstance(method, Method):
            return
        from PySide6.QtCore import Qt  # a tick by the user, long after the start

        name = item.data(UNIT_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        units = [u for u in method.units if u != name]
        if checked:
            # Keep the roster's order, which is the order the report prints units in.
            order = {u: i for i, u in enumerate(self._offered)}
            units = sorted([*units, name], key=lambda u: order.get(u, len(order)))
        text = self.tr("勾選主辦單位「{unit}」") if checked else self.tr("取消主辦單位「{unit}」")
        self.sink.edit_units(method, units, text.format(unit=name))

    def _add_unit(self) -> None:
        name = " ".join(self.form.addUnitEdit.text().split())
        method = self.node
        if not name or not isinstance(method, Method):
            return
        self.form.addUnitEdit.clear()
        # A roster of the report's own takes the new unit; without one, naming it on the row is enough.
        if has_explicit_roster(self.report) and name not in self.report.units:
            self.sink.add_unit_to_roster(name)
        if name not in method.units:
            text = self.tr("勾選主辦單位「{unit}」").format(unit=name)
            self.sink.edit_units(method, [*method.units, name], text)
