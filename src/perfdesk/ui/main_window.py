"""The editor window: tree on the left, the selected node's editor on the right. It wires; it does not think."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.domain.progress import next_unreviewed, review_progress
from perfdesk.domain.report import Contribution, Dimension, Method, Report, ReportKind, Strategy
from perfdesk.domain.roster import roster, units_in_use
from perfdesk.domain.structure import can_add_child, indent_place
from perfdesk.domain.tree import Node, Parent, children_of
from perfdesk.errors import PerfdeskError
from perfdesk.services.report_session import ReportSession
from perfdesk.ui.actions import connect as connect_file_actions
from perfdesk.ui.autosave import Autosave
from perfdesk.ui.checks_panel import ChecksPanel
from perfdesk.ui.edit_controller import EditController, describe
from perfdesk.ui.editors.node_editor import NodeEditor
from perfdesk.ui.first_paint import after_first_paint
from perfdesk.ui.menus import build_actions
from perfdesk.ui.qt_values import (
    ALIGN_H_CENTER,
    ALIGN_V_CENTER,
    MOVE_ACTION,
    VERTICAL,
    WIDGET_SHORTCUT,
    set_enum_property,
)
from perfdesk.ui.report_tree_model import ReportTreeModel
from perfdesk.ui.settings_store import SettingsStore
from perfdesk.ui.tree_filter import TreeFilter
from perfdesk.ui.ui_language import error_text

if TYPE_CHECKING:
    from perfdesk.domain.search import Match
    from perfdesk.ui.actions.context import ActionContext
    from perfdesk.ui.compare_dialog import CompareDialog
    from perfdesk.ui.find_bar import FindBar
    from perfdesk.ui.job_runner import JobRunner
    from perfdesk.ui.window_manager import WindowManager


CHECKS_PANEL_HEIGHT = 120  # px, the 檢查 panel's height where the window has room


class MainWindow(QMainWindow):
    """One window per open report."""

    closed = Signal()

    def __init__(self, session: ReportSession, settings: SettingsStore, manager: WindowManager) -> None:
        super().__init__()
        self.session, self.settings, self.manager = session, settings, manager
        self._action_context: ActionContext | None = None  # built when the 檔案 menu is first used
        # Set once the user saved the edits elsewhere after this file stopped taking writes.
        self.rescued = False
        self.compare_dialog: CompareDialog | None = None  # 與去年比較 while open (ui/actions/year_compare.py)
        self.controller = EditController(session, self)
        self.model = ReportTreeModel(session)
        self.model.setParent(self)
        after_first_paint(self, self.model.show_details)  # the rows' badges and tooltips
        after_first_paint(self, session.take_open_backup)
        self._move_kept: tuple[Parent, set[str]] | None = None  # while the model moves a node (_keep_through_move)
        self.autosave = Autosave(session, self)

        self.tree = QTreeView(headerHidden=True, uniformRowHeights=True)
        self.tree.setObjectName("reportTree")
        self.shown = TreeFilter(self.tree, self.model)  # the report, or the 單位 filter over it
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        # `Qt` enums by number on the start path: ui/qt_values.py says why.
        set_enum_property(self.tree, "defaultDropAction", MOVE_ACTION)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.all_units = self.tr("（全部單位）")
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unitFilter")
        # As wide as the pane, not as its longest unit: sizing by the contents shaped every unit's name and loaded
        # its glyphs before the first frame, which shows only 「（全部單位）」 (the list opens as wide as it needs).
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(6)
        self._fill_unit_combo()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.unit_combo)
        left_layout.addWidget(self.tree)

        # Editors are built when first needed: the window shows sooner.
        self.editors: dict[type, NodeEditor] = {}
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("請在左側選擇構面、執行策略或執行方法"))
        set_enum_property(self.placeholder, "alignment", ALIGN_H_CENTER | ALIGN_V_CENTER)
        self.stack.addWidget(self.placeholder)
        # The find bar is built when first opened (find_bar below), above the editor.
        self._find_bar: FindBar | None = None
        right = QWidget()
        self._right_layout = QVBoxLayout(right)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout.addWidget(self.stack)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        # The 檢查 panel sits under the tree and the editor in a splitter of its own rather than in a QDockWidget:
        # the dock's title-bar buttons load Qt's standard icons through the image readers, some 10 ms of every start
        # (issue: the window within 1.5× of a bare one), for a panel nobody floats. 檢視 → 檢查面板 (F8) hides it.
        self.checks = ChecksPanel(session)
        after_first_paint(self, self.checks.refresh)
        self.body = QSplitter()
        set_enum_property(self.body, "orientation", VERTICAL)
        self.body.setObjectName("bodySplitter")
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.checks)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)  # a taller window gives the editor the room, not the list
        self.body.setCollapsible(1, False)
        self.checks_toggle = QAction(self, checkable=True, checked=True)
        self.checks_toggle.toggled.connect(self.checks.setVisible)
        banner = None
        if session.submission is not None:
            from perfdesk.ui.submission_banner import submission_banner  # a submission's window only

            banner = submission_banner(session.submission)
        elif session.read_only:
            # Opened read-only (someone else edits it, a read-only file): say so above the fields, which are grey.
            banner = QLabel(self.tr("唯讀開啟：可以檢視、尋找、匯出，但不能修改，也不會儲存。"))
            banner.setObjectName("readOnlyBanner")
            banner.setStyleSheet("QLabel#readOnlyBanner { background: #fff3cd; padding: 6px; }")
        if banner is None:
            self.setCentralWidget(self.body)
        else:
            central = QWidget()
            central_layout = QVBoxLayout(central)
            central_layout.setContentsMargins(0, 0, 0, 0)
            central_layout.addWidget(banner)
            central_layout.addWidget(self.body, 1)
            self.setCentralWidget(central)

        stack = self.controller.undo_stack
        self.menu_actions = build_actions(
            self,
            stack.createUndoAction(self, self.tr("復原(&Z)")),
            stack.createRedoAction(self, self.tr("取消復原(&Y)")),
            self.checks_toggle,
        )
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        self.save_label = QLabel(
            self.tr("唯讀：修改不會儲存") if session.read_only else self.tr("每次修改都會自動儲存")
        )
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewCount")
        self.statusBar().addPermanentWidget(self.review_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self._wire()
        self._set_title()
        self._restore_state()
        self._update_actions()
        self._update_review_count()

    # ---- wiring -------------------------------------------------------------------------

    def _name_undo(self, text: str) -> None:
        named = self.tr("復原「{action}」(&Z)").format(action=_literal(text))
        self.menu_actions.undo.setText(named if text else self.tr("復原(&Z)"))

    def _name_redo(self, text: str) -> None:
        named = self.tr("取消復原「{action}」(&Y)").format(action=_literal(text))
        self.menu_actions.redo.setText(named if text else self.tr("取消復原(&Y)"))

    def _wire(self) -> None:
        a = self.menu_actions
        self._follow_selection()
        self.model.nodeChanged.connect(self._node_changed)
        self.model.moveRequested.connect(lambda node, parent, row: self.controller.move(node, parent, row))
        self.model.nodeAboutToMove.connect(self._keep_through_move)
        self.model.nodeMoved.connect(self._restore_after_move)
        self.controller.nodePlaced.connect(self.select_node)
        self.controller.undo_stack.indexChanged.connect(lambda _i: self._after_structure_change())
        self.autosave.saved.connect(lambda when: self.save_label.setText(self.tr("已儲存 {time}").format(time=when)))
        self.autosave.failed.connect(self._write_failed)
        self.autosave.recovered.connect(self._writes_recovered)
        self.autosave.notice.connect(lambda error: self.statusBar().showMessage(error_text(error), 10000))
        self.checks.nodeActivated.connect(lambda node_id: self.select_node(self.session.index.node(node_id)))
        # Typing after the cursor went elsewhere is a new undo entry (the controller closes the current one).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        # Plain Delete deletes the row when the tree has the keyboard (in a field it deletes a character).
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        set_enum_property(delete_key, "context", WIDGET_SHORTCUT)
        delete_key.activated.connect(lambda: a.delete.trigger() if a.delete.isEnabled() else None)
        self.unit_combo.currentTextChanged.connect(self._filter_unit)

        a.find.triggered.connect(lambda: self.find_bar.open())
        a.add_sibling.triggered.connect(self._add_sibling)
        a.add_child.triggered.connect(lambda: self.controller.add_child(self.current_node()))
        a.delete.triggered.connect(self._delete)
        a.move_up.triggered.connect(lambda: self._with_node(lambda n: self.controller.shift(n, -1)))
        a.move_down.triggered.connect(lambda: self._with_node(lambda n: self.controller.shift(n, 1)))
        a.indent.triggered.connect(lambda: self._with_node(self.controller.indent))
        a.outdent.triggered.connect(lambda: self._with_node(self.controller.outdent))
        a.renumber.triggered.connect(self._renumber)
        a.next_unreviewed.triggered.connect(self._next_unreviewed)
        a.quit.triggered.connect(self.close)
        connect_file_actions(lambda: self.action_context, self.settings, a)

    @property
    def action_context(self) -> ActionContext:
        """What the 檔案 menu's actions get: this window, the window manager and the window's job runner."""
        if self._action_context is None:
            from perfdesk.ui.actions.context import ActionContext
            from perfdesk.ui.job_runner import JobRunner

            # One slow job at a time (open, import, export…).
            self._action_context = ActionContext(self, self.manager, JobRunner(self))
        return self._action_context

    @property
    def jobs(self) -> JobRunner:
        return self.action_context.jobs

    @property
    def find_bar(self) -> FindBar:
        """The find bar above the editor, built on first use (most sessions never search)."""
        if self._find_bar is None:
            from perfdesk.ui.find_bar import FindBar

            self._find_bar = FindBar(self.session, self.controller, self._current_dimension, self.current_node)
            self._find_bar.hide()
            self._find_bar.matchChosen.connect(self._show_match)
            self._find_bar.closed.connect(self._find_closed)
            self._right_layout.insertWidget(0, self._find_bar)
        return self._find_bar

    # ---- selection and editors ----------------------------------------------------------

    def current_node(self) -> Parent:
        return self.model.node(self.shown.source_index(self.tree.currentIndex()))

    def tree_index(self, node: Parent) -> QModelIndex:
        return self.shown.tree_index(node)

    def _follow_selection(self) -> None:
        # The tree makes a new selection model with each model it is given (the report's, the filter's).
        self.tree.selectionModel().currentChanged.connect(lambda current, _previous: self._show(current))

    def select_node(self, node: Node) -> None:
        if self.shown.filtered and not self.tree_index(node).isValid():
            self.unit_combo.setCurrentIndex(0)  # the node is filtered out: show everything
        index = self.tree_index(node)
        self.tree.scrollTo(index)
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _keep_through_move(self, node: Node) -> None:
        """Note what the tree shows of `node` before the model takes its rows out to put them back elsewhere.

        The rows come back collapsed and, if the selected row was among them, unselected; the editor must
        not follow the selection to a neighbour and back in between (it would flush and end typing in the
        middle of the move).
        """
        expanded = set()
        for shown in (node, *_descendants(node)):
            if self.tree.isExpanded(self.tree_index(shown)):
                expanded.add(shown.id)
        self._move_kept = (self.current_node(), expanded)

    def _restore_after_move(self, node: Node) -> None:
        assert self._move_kept is not None
        current, expanded = self._move_kept
        for shown in (node, *_descendants(node)):
            if shown.id in expanded:
                self.tree.setExpanded(self.tree_index(shown), True)
        if not isinstance(current, Report) and current.id in self.session.index:
            index = self.tree_index(current)
            if index.isValid() and index != self.tree.currentIndex():
                self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._move_kept = None

    def _show(self, tree_index: QModelIndex) -> None:
        if self._move_kept is not None:
            return  # the selection is put back once the moved rows are (_restore_after_move)
        self.autosave.flush_now()
        self.controller.end_typing()
        node = self.model.node(self.shown.source_index(tree_index))
        editor = self._editor_for(node)
        if editor is None:
            self.stack.setCurrentWidget(self.placeholder)
        else:
            editor.show_node(node, read_only=self.session.read_only)
            self.stack.setCurrentWidget(editor)
        self._update_actions()

    def _editor_for(self, node: Parent) -> NodeEditor | None:
        kind = type(node)
        if kind not in self.editors:
            if kind is Dimension:
                from perfdesk.ui.editors.dimension_editor import DimensionEditor

                self.editors[kind] = DimensionEditor(self.controller)
            elif kind is Strategy:
                from perfdesk.ui.editors.strategy_editor import StrategyEditor

                self.editors[kind] = StrategyEditor(self.controller)
            elif kind is Method:
                from perfdesk.ui.editors.method_editor import MethodEditor

                self.editors[kind] = MethodEditor(self.controller, self.session)
            else:
                return None
            self.stack.addWidget(self.editors[kind])
        return self.editors[kind]

    def _node_changed(self, node: Parent, field: str) -> None:
        for editor in self.editors.values():
            editor.refresh(node, field)
        if isinstance(node, Report):
            self._set_title()
            if field == "units":
                self._fill_unit_combo()
        self.autosave.touch()
        self.checks.schedule()
        if field == "needs_review":
            self._update_review_count()

    def _after_structure_change(self) -> None:
        self._update_actions()
        self.checks.schedule()
        self._update_review_count()

    def _update_review_count(self) -> None:
        reviewed, carried = review_progress(self.session.report)
        self.review_label.setVisible(bool(carried))
        self.review_label.setText(self.tr("已檢視 {reviewed}/{total}").format(reviewed=reviewed, total=carried))

    def _next_unreviewed(self) -> None:
        current = self.current_node()
        row = next_unreviewed(self.session.report, current if isinstance(current, Method) else None)
        if row is None:
            self.statusBar().showMessage(self.tr("所有由去年帶入的列都已檢視"), 5000)
        else:
            self.select_node(row)

    def _show_match(self, match: Match, take_focus: bool = False) -> None:
        """Select the match's row and its text; the keyboard stays in the find bar unless `take_focus`."""
        found = match.node
        # An office's contribution is edited in its method's editor.
        node = self.session.index.owner_of(found) if isinstance(found, Contribution) else found
        self.select_node(node)
        editor = self._editor_for(node)
        if editor is not None:
            part = found if found is not node else None
            editor.focus_field(match.field, match.start, match.length, part=part, take_focus=take_focus)

    def _find_closed(self, match: Match | None) -> None:
        """Escape in the find bar: the cursor goes to the match shown last (or back to the tree)."""
        for editor in self.editors.values():
            editor.clear_find_highlight()
        if match is not None and self._still_there(match):
            self._show_match(match, take_focus=True)
        else:
            self.tree.setFocus()

    def _still_there(self, match: Match) -> bool:
        found = match.node
        try:
            node = self.session.index.owner_of(found) if isinstance(found, Contribution) else found
        except KeyError:
            return False
        return node.id in self.session.index and len(getattr(found, match.field) or "") >= match.start + match.length

    def _current_dimension(self) -> Dimension | None:
        node = self.current_node()
        return None if isinstance(node, Report) else self.session.index.dimension_of(node)

    def _focus_moved(self, _old: object, _new: object) -> None:
        self.controller.end_typing()

    def _filter_unit(self, text: str) -> None:
        current = self.current_node()
        if self.shown.set_unit(None if text in ("", self.all_units) else text):
            self._follow_selection()
        self.tree.expandAll()
        if not isinstance(current, Report):
            index = self.tree_index(current)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def _fill_unit_combo(self) -> None:
        chosen = self.unit_combo.currentText()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.all_units)
        report = self.session.report
        offered = roster(report)
        self.unit_combo.addItems(offered + [u for u in units_in_use(report) if u not in offered])
        self.unit_combo.setCurrentText(chosen or self.all_units)
        self.unit_combo.blockSignals(False)

    # ---- structure actions --------------------------------------------------------------

    def _with_node(self, act: object) -> None:
        node = self.current_node()
        if not isinstance(node, Report) and callable(act):
            act(node)
            self.select_node(node)

    def _add_sibling(self) -> None:
        node = self.current_node()
        if isinstance(node, Report):
            self.controller.add_child(node)
        else:
            self.controller.add_sibling(node)

    def _delete(self) -> None:
        node = self.current_node()
        if isinstance(node, Report):
            return
        below = sum(1 for _ in _descendants(node))
        question = (
            self.tr("確定刪除「{node} {title}」（連同其下 {count} 個項目）？\n可用「復原」還原。", "", below)
            if below
            else self.tr("確定刪除「{node} {title}」？\n可用「復原」還原。")
        )
        from PySide6.QtWidgets import QMessageBox  # imported on use: each Qt class costs the start its enums

        answer = QMessageBox.question(
            self, self.tr("刪除"), question.format(node=describe(node), title=_title(node), count=below)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete(node)

    def _renumber(self) -> None:
        """Show what renumbering the current strategy (or 構面, or report) changes; write what the person keeps."""
        from perfdesk.ui.renumber_dialog import RenumberDialog

        dialog = RenumberDialog(self.session.report, self.session.index, self.current_node(), self)
        if dialog.exec():
            self.controller.renumber(dialog.changes())

    def _update_actions(self) -> None:
        node = self.current_node()
        editable = not self.session.read_only
        a = self.menu_actions
        for act in (a.add_sibling, a.add_child, a.renumber, a.import_json, a.properties):
            act.setEnabled(editable)
        on_node = editable and not isinstance(node, Report)
        for act in (a.delete, a.move_up, a.move_down):
            act.setEnabled(on_node)
        a.indent.setEnabled(
            not isinstance(node, Report) and on_node and indent_place(self.session.index, node) is not None
        )
        a.add_child.setEnabled(editable and can_add_child(self.session.index, node))
        a.outdent.setEnabled(
            on_node and isinstance(node, Method) and isinstance(self.session.index.parent(node), Method)
        )

    # ---- file state ---------------------------------------------------------------------

    def _set_title(self) -> None:
        """「臺中分局 112 年度執行績效與成果 — 臺中分局-112.perfdesk — perfdesk」: whose, which year, which file."""
        report = self.session.report
        kind = self.tr("執行計畫") if report.kind is ReportKind.PLAN else self.tr("執行績效與成果")
        what = self.tr("{office} {year} 年度{kind}").format(office=report.office, year=report.year, kind=kind)
        name = self.session.path.name
        if self.session.read_only:
            name = self.tr("{name}（唯讀）").format(name=name)
        self.setWindowTitle(f"{what} — {name} — perfdesk")

    def _write_failed(self, error: PerfdeskError) -> None:
        from perfdesk.ui.actions.write_trouble import rescue_after_write_failure  # only when a write failed

        self.save_label.setText(self.tr("未儲存！"))
        rescue_after_write_failure(self.action_context, error_text(error), retrying=self.session.can_retry_writes)

    def _writes_recovered(self) -> None:
        # The save label already says 已儲存 and when (the writer reports the save first).
        self.statusBar().showMessage(self.tr("問題已排除：所有修改都已寫入檔案"), 15000)

    def _size_checks_panel(self) -> None:
        """120 px for the 檢查 panel, less on a low window, where every line of the editor counts.

        At 700 px high a seventh of the window went to a line and an empty list; it gets about a ninth.
        """
        height = max(72, min(CHECKS_PANEL_HEIGHT, self.height() // 9))
        self.body.setSizes([max(1, sum(self.body.sizes()) - height), height])

    def _restore_state(self) -> None:
        geometry, splitter, node_id = self.settings.file_state(self.session.path)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            from perfdesk.ui.screen_fit import resize_to_fit  # the first start of a file only; later ones restore

            resize_to_fit(self, 1280, 820)  # a lab PC's 1024×768 screen has no room for 820 px
        self.body.resize(self.size())  # the splitter shares out the window's height before it is laid out
        self._size_checks_panel()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.tree.expandToDepth(1)
        if node_id and node_id in self.session.index:
            self.select_node(self.session.index.node(node_id))
        elif self.session.report.dimensions:
            self.select_node(self.session.report.dimensions[0])
        # The keyboard starts in the tree, so the arrow keys move through the rows at once (not the 單位 filter,
        # the first widget in the tab order).
        self.tree.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._action_context is not None and self.jobs.running:  # its progress dialog and file are this window's
            self.jobs.refuse()
            event.ignore()
            return
        node = self.current_node()
        self.settings.save_file_state(
            self.session.path,
            self.saveGeometry(),
            self.splitter.saveState(),
            None if isinstance(node, Report) else node.id,
        )
        unsaved = not self.session.wait_until_saved(timeout=10) or self.session.write_error is not None
        if unsaved and not self.rescued:
            from perfdesk.ui.actions.write_trouble import rescue_before_close  # only when edits were not written

            if not rescue_before_close(self.action_context):
                event.ignore()
                return
        self.autosave.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        # The stack outlives the actions and views while the window is torn down: silence it.
        self.controller.undo_stack.blockSignals(True)
        self.session.close()
        event.accept()
        self.closed.emit()


def _descendants(node: Node) -> list[Node]:
    found: list[Node] = []
    for child in children_of(node):
        found += [child, *_descendants(child)]
    return found


def _title(node: Node) -> str:
    text = node.name if isinstance(node, Dimension) else node.title
    return text if len(text) <= 24 else text[:23] + "…"


def _literal(text: str) -> str:
    """A report's own text inside a menu item: its 「&」 printed, not taken for a mnemonic."""
    return text.replace("&", "&&")
