"""An open report being edited: the tree in memory and its office file, kept in step.

Every edit changes the in-memory report at once (so the window shows it) and reaches the file
through the background writer. Text typed into a field is held until `flush()`, which the
window calls within a second of the last keystroke and on every focus change; structural
edits are written at once. Each method returns what undo needs to put things back.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from perfdesk.domain.field_table import spec_of
from perfdesk.domain.report import EDITABLE_FIELDS, Column, Contribution, Dimension, Method, Report, Strategy
from perfdesk.domain.review_rule import edit_reviews
from perfdesk.domain.tree import Editable, Node, Parent, TreeIndex, accepts, children_of, kind_of
from perfdesk.errors import PerfdeskError
from perfdesk.services.lazy_module import LazyModule
from perfdesk.storage.backup_reasons import BackupReason
from perfdesk.storage.office_file import OfficeFile, StorageEdit, create_office_file


class SessionObserver(Protocol):
    """What a view of the tree hears about each change, before and after it happens."""

    def node_changed(self, node: Parent, field: str) -> None: ...
    def about_to_insert(self, parent: Parent, row: int) -> None: ...
    def inserted(self, parent: Parent, row: int) -> None: ...
    def about_to_remove(self, parent: Parent, row: int) -> None: ...
    def removed(self, parent: Parent, row: int) -> None: ...
    def about_to_move(self, node: Node, old_parent: Parent, old_row: int, new_parent: Parent, new_row: int) -> None: ...
    def moved(self, node: Node) -> None: ...


if TYPE_CHECKING:
    from perfdesk.domain.numbering import LabelChange
    from perfdesk.services.background_writer import BackgroundWriter
    from perfdesk.services.submission import Received
    from perfdesk.storage import edits as storage_edits
else:
    # The storage edits bring SQLAlchemy: imported where the first write runs (the writer
    # thread), not when a window opens. mypy sees the module itself, so every call is checked.
    storage_edits = LazyModule("perfdesk.storage.edits")

# Takes back an edit a session method made (what an undo entry runs).
Revert = Callable[[], object]

# The pending change, and what observers hear, when a contribution's text changes.
CONTRIBUTIONS = "contributions"


class ReportSession:
    """The report a coordinator is editing, and the file it lives in."""

    def __init__(self, office_file: OfficeFile, report: Report) -> None:
        self.office_file = office_file
        self.report = report
        self.index = TreeIndex(report)
        self.observers: list[SessionObserver] = []
        # What the file's seal says, when it is a submission to headquarters (services/submission.py).
        self.submission: Received | None = None
        self._pending: dict[tuple[str, str], Parent] = {}
        self.on_saved: Callable[[], None] = lambda: None
        self.on_error: Callable[[PerfdeskError], None] = lambda error: None
        # Something worth telling that is not a failed save (e.g. the open-time backup failed).
        self.on_notice: Callable[[PerfdeskError], None] = lambda error: None
        # Started by the first job it is given (_started_writer): none for a read-only file.
        self._writer: BackgroundWriter | None = None
        # The backup of the file as opened: queued by take_open_backup, at the latest before the first write.
        self._open_backup_due = not office_file.read_only

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, take_over_lock: bool = False) -> ReportSession:
        # No backup here: take_open_backup queues it as the writer's first job.
        office_file = OfficeFile.open(Path(path), read_only=read_only, backup=False, take_over_lock=take_over_lock)
        try:
            session = cls(office_file, office_file.load())
            if office_file.read_only:  # a submission always opens read-only; a working file never has a seal
                # Imported here, as renumber_plan below: a working file's window starts without them.
                from perfdesk.services.submission import received

                session.submission = received(office_file.seal(), session.report)
        except BaseException:
            office_file.close()
            raise
        return session

    @property
    def path(self) -> Path:
        return self.office_file.path

    @property
    def read_only(self) -> bool:
        return self.office_file.read_only

    @property
    def write_error(self) -> PerfdeskError | None:
        return self._writer.error if self._writer is not None else None

    @property
    def can_retry_writes(self) -> bool:
        """The file stopped taking edits for a reason that may go away (disk full, read-only, drive gone)."""
        return self._writer is not None and self._writer.can_retry

    def retry_writes(self, on_recovered: Callable[[], None]) -> None:
        """Try the edits the file did not take again; `on_recovered` runs (on the writer thread) once all are in."""
        if self._writer is not None:
            self._writer.on_recovered = on_recovered
            self._writer.retry()

    @property
    def has_unsaved_text(self) -> bool:
        return bool(self._pending)

    # ---- fields -------------------------------------------------------------------------

    # ---- fields as such (undo, renumbering, copying in) ------------------------------------

    def set_field(self, node: Editable, field: str, value: Any) -> Any:
        """Change one scalar field in memory now; it is written on the next flush(). Returns the old value.

        A contribution's field is held as a change of its method's contributions, which storage
        writes together; observers hear of it as that method's "contributions" changing.
        """
        self._refuse_if_read_only()
        kind = kind_of(node)
        if field not in EDITABLE_FIELDS[kind]:
            raise ValueError(f"{kind} has no field {field}")
        old = getattr(node, field)
        spec = spec_of(type(node), field)
        value = spec.clean(value)
        if spec.choices is not None:  # after cleaning: an enumeration is a str, cleaning would unmake it
            value = spec.choices(value)
        setattr(node, field, value)
        if isinstance(node, Contribution):
            owner = self.index.owner_of(node)
            self._pending[(owner.id, CONTRIBUTIONS)] = owner
            self._notify_changed(owner, CONTRIBUTIONS)
        else:
            self._pending[(node.id, field)] = node
            self._notify_changed(node, field)
        return old

    # ---- a person's edits (what undo entries make) -------------------------------------------
    #
    # Each makes the change and returns what takes it back. Unlike the set_* methods below they
    # apply the review rule (domain/review_rule.py): editing a carried-over row's content counts
    # as reviewing it, so the CLI, the window and merges all treat an edit the same way.

    def edit_field(self, node: Editable, field: str, value: Any) -> Revert:
        old = self.set_field(node, field, value)
        return self._reviewed(node, field, lambda: self.set_field(node, field, old))

    def edit_units(self, method: Method, units: list[str]) -> Revert:
        old = self.set_units(method, units)
        return self._reviewed(method, "units", lambda: self.set_units(method, old))

    def edit_columns(self, dimension: Dimension, columns: list[Column]) -> Revert:
        old = self.set_columns(dimension, columns)
        return lambda: self.set_columns(dimension, old)

    def edit_report_list(self, field: str, values: list[str]) -> Revert:
        """The front matter, the roster or the office order, as a person's edit."""
        old = self.set_report_list(field, values)
        return lambda: self.set_report_list(field, old)

    def _reviewed(self, node: Editable, field: str, revert: Callable[[], object]) -> Revert:
        """Clear the flag if the edit just made reviews the row; the revert puts it back too."""
        row = self.index.owner_of(node) if isinstance(node, Contribution) else node
        clears = edit_reviews(node, field, row if isinstance(row, Method) else None)
        if clears:
            self.set_field(row, "needs_review", False)

        def undo() -> None:
            revert()
            if clears:
                self.set_field(row, "needs_review", True)

        return undo

    def flush(self) -> None:
        """Send every field changed since the last flush to the file, as one transaction."""
        if not self._pending or self.read_only:
            self._pending.clear()
            return
        changes: dict[tuple[str, str], dict[str, Any]] = {}
        contributions: dict[str, list[Contribution]] = {}
        for (node_id, field), node in self._pending.items():
            if field == CONTRIBUTIONS:
                assert isinstance(node, Method)
                # Copied now: the window goes on editing the live ones while the writer runs.
                contributions[node_id] = [dataclasses.replace(c) for c in node.contributions]
                continue
            value = getattr(node, field)
            if isinstance(value, StrEnum):
                value = value.value
            changes.setdefault((kind_of(node), node_id), {})[field] = value
        self._pending.clear()
        self.take_open_backup()

        def write(conn: Any) -> None:
            for (kind, node_id), values in changes.items():
                storage_edits.update_fields(conn, kind, node_id, values)
            for method_id, items in contributions.items():
                storage_edits.set_contributions(conn, method_id, items)

        self._started_writer().submit(write)

    def set_units(self, method: Method, units: list[str]) -> list[str]:
        self._refuse_if_read_only()
        units = spec_of(Method, "units").clean(units)
        old = method.units
        method.units = list(units)
        self._notify_changed(method, "units")
        self._write(lambda conn: storage_edits.set_method_units(conn, method.id, list(units)))
        return old

    def set_columns(self, dimension: Dimension, columns: list[Column]) -> list[Column]:
        self._refuse_if_read_only()
        columns = [Column(c.field, spec_of(Column, "header").clean(c.header)) for c in columns]
        old = dimension.columns
        dimension.columns = [dataclasses.replace(c) for c in columns]
        self._notify_changed(dimension, "columns")
        self._write(lambda conn: storage_edits.set_columns(conn, dimension.id, list(columns)))
        return old

    def set_report_list(self, field: str, values: list[str]) -> list[str]:
        """Replace one of the report's own lists ("front_matter", "units", "office_order"); returns the old one."""
        self._refuse_if_read_only()
        values = spec_of(Report, field).clean(values)
        old = getattr(self.report, field)
        setattr(self.report, field, list(values))
        self._notify_changed(self.report, field)
        self._write(lambda conn: storage_edits.set_report_list(conn, self.report.id, field, list(values)))
        return old

    # ---- structure ----------------------------------------------------------------------

    def insert(self, parent: Parent, row: int, node: Node) -> None:
        """Insert `node` (with everything under it) as child `row` of `parent`."""
        self._refuse_if_read_only()
        if not accepts(parent, node) or not self.index.fits_under(parent, node):
            raise ValueError(f"a {kind_of(node)} cannot go under that {kind_of(parent)}")
        self.flush()
        for observer in self.observers:
            observer.about_to_insert(parent, row)
        children_of(parent).insert(row, node)
        self.index.add(node, parent)
        for observer in self.observers:
            observer.inserted(parent, row)
        self._write(self._insert_write(parent, row, node))

    def remove(self, node: Node) -> tuple[Parent, int]:
        """Delete `node` and everything under it; returns where it was, for undo."""
        self._refuse_if_read_only()
        self.flush()
        parent = self.index.parent(node)
        row = self.index.row(node)
        for observer in self.observers:
            observer.about_to_remove(parent, row)
        del children_of(parent)[row]
        self.index.discard(node)
        for observer in self.observers:
            observer.removed(parent, row)
        self._write(lambda conn: storage_edits.delete_node(conn, kind_of(node), node.id))
        return parent, row

    def move(self, node: Node, new_parent: Parent, new_row: int) -> tuple[Parent, int]:
        """Move `node` to be child `new_row` of `new_parent` (row counted after it left its old place)."""
        self._refuse_if_read_only()
        if not accepts(new_parent, node) or not self.index.fits_under(new_parent, node):
            raise ValueError(f"a {kind_of(node)} cannot go under that {kind_of(new_parent)}")
        if new_parent is node or (not isinstance(new_parent, Report) and self.index.is_ancestor(node, new_parent)):
            raise ValueError("a node cannot move into itself")
        self.flush()
        old_parent = self.index.parent(node)
        old_row = self.index.row(node)
        for observer in self.observers:
            observer.about_to_move(node, old_parent, old_row, new_parent, new_row)
        del children_of(old_parent)[old_row]
        children_of(new_parent).insert(new_row, node)
        self.index.discard(node)
        self.index.add(node, new_parent)
        for observer in self.observers:
            observer.moved(node)
        self._write(self._move_write(node, new_parent, new_row))
        return old_parent, old_row

    def renumber(self, within: Parent | None = None) -> list[LabelChange]:
        """Regenerate the labels under `within` (everything when None) in the customary styles, as
        numbering.renumber_plan proposes; returns the changes for undo."""
        from perfdesk.domain.numbering import renumber_plan

        return self.relabel(renumber_plan(self.report, within))

    def relabel(self, changes: Sequence[LabelChange], *, undoing: bool = False) -> list[LabelChange]:
        """Write the labels of `changes` (their old ones when `undoing`): the renumbering a person approved."""
        self._refuse_if_read_only()
        for change in changes:
            self.set_field(self.index.node(change.node_id), "label", change.old if undoing else change.new)
        self.flush()
        return list(changes)

    # ---- files --------------------------------------------------------------------------

    def wait_until_saved(self, timeout: float | None = 10) -> bool:
        """Flush and wait for the writer; False if it did not finish in time."""
        self.flush()
        return True if self._writer is None else self._writer.wait_idle(timeout)

    def snapshot(self) -> Report:
        """A copy of the report as it is now, for work on another thread (export, save a copy):
        the window may go on editing the live tree meanwhile."""
        self.flush()
        return copy.deepcopy(self.report)

    def save_copy(self, path: Path, *, overwrite: bool = False) -> None:
        """Write the report as it is in memory to another file (also when the own file failed)."""
        create_office_file(Path(path), self.snapshot(), overwrite=overwrite)

    def take_open_backup(self) -> None:
        """Queue the sync of the edit lock and the backup of the file as it was opened, once (none when read-only).

        Not in open(): the writer's thread would take it while the window builds and paints its first
        frame, and Python runs one thread at a time (some 5 ms of a start; issue: the window within 1.5×
        of a bare one). The window asks for it after that frame; every write asks first, and the writer's
        queue is first in, first out, so the backup still precedes every edit.
        """
        if self._open_backup_due:
            self._open_backup_due = False
            office_file = self.office_file

            def settle() -> None:
                office_file.make_lock_durable()  # also left until now (EditLock.make_durable says why)
                office_file.backup(BackupReason.OPEN)

            self._started_writer().submit_task(settle)

    def close(self) -> None:
        self.flush()
        if self._writer is not None:
            self._writer.close()
        self.office_file.close()

    # ---- internals ----------------------------------------------------------------------

    def _refuse_if_read_only(self) -> None:
        """Every change goes through here first: a read-only file (a submission, a file someone else
        is editing, read-only media) takes none, so memory never holds what the file will not."""
        if self.read_only:
            raise PerfdeskError("file.opened_read_only", path=str(self.path))

    def _write(self, write: StorageEdit) -> None:
        if not self.read_only:
            self.take_open_backup()
            self._started_writer().submit(write)

    def _started_writer(self) -> BackgroundWriter:
        """The writer, its thread started on first use: the open backup, queued after the window's first frame.

        A thread started in open() would only wait on its queue while the window builds, yet its start took
        turns with the window for Python, and the queue module was imported, on every start (issue: the window
        within 1.5× of a bare one); a session that writes nothing never starts one.
        """
        if self._writer is None:
            from perfdesk.services.background_writer import BackgroundWriter

            self._writer = BackgroundWriter(
                self.office_file,
                on_saved=lambda: self.on_saved(),
                on_error=lambda e: self.on_error(e),
                on_notice=lambda e: self.on_notice(e),
            )
        return self._writer

    def _notify_changed(self, node: Parent, field: str) -> None:
        for observer in self.observers:
            observer.node_changed(node, field)

    def _insert_write(self, parent: Parent, row: int, node: Node) -> StorageEdit:
        # The writer may run later: write the subtree as it is now. Edits made to it meanwhile
        # (a sub-item moved in, a field typed) are queued after this insert and applied in turn.
        node = copy.deepcopy(node)
        if isinstance(node, Dimension):
            return lambda conn: storage_edits.insert_dimension(conn, self.report.id, row, node)
        if isinstance(node, Strategy):
            return lambda conn: storage_edits.insert_strategy(conn, parent.id, row, node)
        strategy_id, parent_id = self._method_place(parent)
        return lambda conn: storage_edits.insert_method(conn, strategy_id, parent_id, row, node)

    def _move_write(self, node: Node, new_parent: Parent, new_row: int) -> StorageEdit:
        if isinstance(node, Dimension):
            return lambda conn: storage_edits.move_dimension(conn, node.id, new_row)
        if isinstance(node, Strategy):
            return lambda conn: storage_edits.move_strategy(conn, node.id, new_parent.id, new_row)
        strategy_id, parent_id = self._method_place(new_parent)
        return lambda conn: storage_edits.move_method(conn, node.id, strategy_id, parent_id, new_row)

    def _method_place(self, parent: Parent) -> tuple[str, str | None]:
        if isinstance(parent, Strategy):
            return parent.id, None
        assert isinstance(parent, Method)
        return self.index.strategy_of(parent).id, parent.id
