"""Schema migrations: each step takes a file from version N to N+1 inside one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

Migration = Callable[[Connection], None]

# MIGRATIONS[n] upgrades a file at schema version n to n + 1. Version 1 is the first
# released schema, so there is nothing to upgrade yet; the next schema change adds MIGRATIONS[1].
MIGRATIONS: dict[int, Migration] = {}


def pending(from_version: int, to_version: int) -> list[Migration]:
    """The steps that take a file from `from_version` to `to_version`, in order."""
    steps = []
    for version in range(from_version, to_version):
        if version not in MIGRATIONS:
            raise LookupError(f"no migration from schema version {version}")
        steps.append(MIGRATIONS[version])
    return steps
