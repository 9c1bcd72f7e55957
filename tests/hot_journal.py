"""Leave a file the way a crash in the middle of a write does: killed inside an open transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

# The child changes every method inside one transaction through perfdesk's own writer, with a
# one-page cache so SQLite must spill changed pages into the file itself before committing, then
# waits to be killed. What it leaves is a file with uncommitted pages and the journal to undo them.
_CHILD = r"""
import sys, time
from sqlalchemy import text
from perfdesk.storage.office_file import OfficeFile

def change(conn):
    conn.exec_driver_sql("PRAGMA cache_size = 1")
    for round in range(20):
        conn.execute(text("UPDATE method SET results = results || 'UNCOMMITTED'"))
    print("inside", flush=True)
    time.sleep(60)

office_file = OfficeFile.open(sys.argv[1], backup=False)
office_file.edit(change)
"""


def crash_mid_write(path: Path) -> None:
    """Kill a perfdesk writer in the middle of a transaction on `path`; leaves `<path>-journal` and the lock."""
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "inside", f"the writer did not reach its transaction: {line!r}"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert Path(f"{path}-journal").exists(), "the crash should have left a rollback journal"
