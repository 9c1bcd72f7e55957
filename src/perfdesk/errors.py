"""The one exception type the core raises for things a user did or a file holds.

Each carries a message code and parameters, not text: the CLI and the window render it in the
user's language through perfdesk.i18n, as one line.
"""

from __future__ import annotations

from typing import Any


class PerfdeskError(Exception):
    """A problem to tell the user about (bad file, bad JSON, locked file …), never a bug."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        # English rendering keeps logs and test failures readable.
        from perfdesk.i18n.messages import render

        return render(self.code, "en", **self.params)
