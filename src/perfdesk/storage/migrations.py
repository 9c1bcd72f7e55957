"""Schema migrations: each step takes a file from version N to N+1 inside one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

Migration = Callable[[Connection], None]


def _add_method_origin(conn: Connection) -> None:
    """1 → 2: carried-over rows remember last year's node id and text."""
    conn.execute(
        text(
            """
            CREATE TABLE method_origin (
                method_id VARCHAR NOT NULL PRIMARY KEY REFERENCES method (id) ON DELETE CASCADE,
                origin_id VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                units TEXT NOT NULL,
                practice TEXT NOT NULL,
                results TEXT NOT NULL
            )
            """
        )
    )


# MIGRATIONS[n] upgrades a file at schema version n to n + 1, inside the opening transaction.
MIGRATIONS: dict[int, Migration] = {1: _add_method_origin}


def pending(from_version: int, to_version: int) -> list[Migration]:
    """The steps that take a file from `from_version` to `to_version`, in order."""
    steps = []
    for version in range(from_version, to_version):
        if version not in MIGRATIONS:
            raise LookupError(f"no migration from schema version {version}")
        steps.append(MIGRATIONS[version])
    return steps
