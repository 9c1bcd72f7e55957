"""Where editors send the user's changes: the window turns them into undoable commands."""

from __future__ import annotations

from typing import Any, Protocol

from perfdesk.domain.report import Column, Dimension, Method
from perfdesk.domain.tree import Editable


class EditSink(Protocol):
    def edit_field(self, node: Editable, field: str, value: Any) -> None: ...
    def edit_units(self, method: Method, units: list[str], text: str) -> None: ...
    def edit_columns(self, dimension: Dimension, columns: list[Column], text: str) -> None: ...
    def add_unit_to_roster(self, unit: str) -> None: ...
