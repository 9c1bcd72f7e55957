"""Finish what a crash interrupted: let SQLite roll back a hot rollback journal before anything checks the file.

A process killed in the middle of a write leaves `<file>-journal` beside the file, holding the
pages as they were before the unfinished transaction. SQLite puts them back the next time a
connection that may write opens the file; a read-only connection cannot, and the file then looks
damaged although nothing committed is lost. So every open goes through here first:

- an editor (who holds our edit lock) lets SQLite roll the journal back in place;
- a reader that may not write (read-only medium, someone else's lock) reads a private copy of the
  file and its journal, rolled back there, and leaves both originals as they are.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from perfdesk.errors import PerfdeskError
from perfdesk.storage.sqlite_uri import sqlite_uri

_SQLITE_MAGIC = b"SQLite format 3\x00"
# A copy whose file or journal changed while it was taken is taken again, this many times.
_COPY_ATTEMPTS = 5


def journal_of(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of `path`."""
    path = Path(path)
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    """Whether an unfinished write may have left a journal to roll back (SQLite decides if it is hot)."""
    try:
        return journal_of(path).stat().st_size > 0
    except OSError:
        return False


def is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def journal_left(path: Path) -> bool:
    """Whether any journal file is there, even an empty one a crash left before writing into it."""
    return journal_of(path).exists()


def recover_in_place(path: Path) -> None:
    """Roll back a hot journal of `path`; the caller holds the edit lock, so no writer of ours is running.

    SQLite does the rollback itself when a read-write connection first reads the file. A journal
    that is still there afterwards was not hot (empty, or cut short before its header): once
    we know no other program is writing, it is removed, so it is not left lying about.
    """
    path = Path(path)
    if not journal_left(path) or not is_sqlite(path):
        return
    try:
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, timeout=5, isolation_level=None)
    except sqlite3.Error:
        raise PerfdeskError("file.recovery_not_writable", path=str(path)) from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if journal_left(path):
            # BEGIN IMMEDIATE succeeds only if nobody holds a write lock: then the journal is nobody's.
            conn.execute("BEGIN IMMEDIATE")
            journal_of(path).unlink(missing_ok=True)
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        message = str(error).lower()
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise PerfdeskError("file.recovery_not_writable", path=str(path)) from None
        if "locked" in message or "busy" in message:
            raise PerfdeskError("file.busy", path=str(path)) from None
        raise PerfdeskError("file.damaged", path=str(path)) from None
    except sqlite3.DatabaseError:
        # Still inconsistent after SQLite's own recovery: this one is really damaged.
        raise PerfdeskError("file.damaged", path=str(path)) from None
    finally:
        conn.close()


def settle_before_replacing(path: Path) -> None:
    """Deal with the journal of a file about to be replaced: left beside the new file, SQLite would apply it there.

    A journal SQLite can roll back is rolled back (the old file is whole again, should the
    replacement fail); one it cannot use (the old file is damaged or not a database) goes with
    the file it belonged to. A journal another program is still writing is never touched: the
    replacement is refused as busy.
    """
    if not journal_left(path):
        return
    if is_sqlite(path):
        try:
            recover_in_place(path)
        except PerfdeskError as error:
            if error.code == "file.busy":
                raise
    journal_of(path).unlink(missing_ok=True)


@contextlib.contextmanager
def readable_copy(path: Path) -> Iterator[Path]:
    """`path` itself when it has no journal, else a private copy with the journal rolled back there.

    Neither the file nor its journal is changed: this is how a reader without the right (or the
    means) to write still sees everything that was committed.
    """
    path = Path(path)
    if not has_journal(path) or not is_sqlite(path):
        yield path
        return
    # Imported here: only a file with a journal gets this far, and opening must start fast.
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="perfdesk-recovery-"))
    try:
        copy = folder / "report.perfdesk"
        _copy_with_journal(path, copy)
        recover_in_place(copy)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_with_journal(path: Path, copy: Path) -> None:
    """Copy the file and its journal as one consistent pair: retry if either changed meanwhile."""
    import shutil

    journal = journal_of(path)
    for _attempt in range(_COPY_ATTEMPTS):
        before = (_stamp(path), _stamp(journal))
        try:
            shutil.copyfile(path, copy)
            if journal.exists():
                shutil.copyfile(journal, journal_of(copy))
            else:
                journal_of(copy).unlink(missing_ok=True)
        except FileNotFoundError:
            # The journal went away: the writer finished (or another reader recovered it). Look again.
            continue
        except OSError:
            raise PerfdeskError("file.cannot_read", path=str(path)) from None
        if (_stamp(path), _stamp(journal)) == before:
            return
    raise PerfdeskError("file.busy", path=str(path))


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return (status.st_size, status.st_mtime_ns)
