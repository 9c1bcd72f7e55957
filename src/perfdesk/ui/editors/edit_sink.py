"""Where editors send the user's changes: the window turns them into undoable commands."""

from __future__ import annotations

from typing import Any, Protocol

from perfdesk.domain.tree import Parent


class EditSink(Protocol):
    def edit_field(self, node: Parent, field: str, value: Any) -> None: ...
    def edit_list(self, target: Any, what: str, value: list[Any], text: str) -> None: ...
    def add_unit_to_roster(self, unit: str) -> None: ...
