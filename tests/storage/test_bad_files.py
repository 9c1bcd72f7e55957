"""Files that are not healthy perfdesk files are refused, named, and left untouched."""

import os
import sqlite3
from pathlib import Path

import pytest

from perfdesk.errors import PerfdeskError
from perfdesk.storage.file_format import SCHEMA_VERSION
from perfdesk.storage.office_file import OfficeFile


def _refusal(path: Path) -> str:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(PerfdeskError) as caught:
        OfficeFile.open(path)
    if before is not None:
        assert path.read_bytes() == before, "a refused file must not be modified"
    return caught.value.code


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.perfdesk"
    path.write_bytes(b"")
    assert _refusal(path) == "file.empty"


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.perfdesk"
    path.write_bytes(os.urandom(8192))
    assert _refusal(path) == "file.not_perfdesk"


@pytest.mark.parametrize("keep", [50, 4096, 0.5])
def test_truncated_file(taichung_file: Path, keep: float) -> None:
    data = taichung_file.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    taichung_file.write_bytes(data[:size])
    assert _refusal(taichung_file) == "file.damaged"


def test_corrupted_pages(taichung_file: Path) -> None:
    data = bytearray(taichung_file.read_bytes())
    data[4096:8192] = os.urandom(4096)
    taichung_file.write_bytes(bytes(data))
    assert _refusal(taichung_file) == "file.damaged"


def test_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.perfdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert _refusal(path) == "file.not_perfdesk"


def test_newer_version_names_both_versions(taichung_file: Path) -> None:
    conn = sqlite3.connect(taichung_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("UPDATE meta SET value = 'perfdesk 9.0.0' WHERE key = 'written_by'")
    conn.commit()
    conn.close()
    with pytest.raises(PerfdeskError) as caught:
        OfficeFile.open(taichung_file, read_only=True)
    error = caught.value
    assert error.code == "file.newer_version"
    assert (error.params["file_version"], error.params["supported"]) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    assert "perfdesk 9.0.0" in str(error)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "nope.perfdesk") == "file.not_found"
    assert _refusal(tmp_path) == "file.is_folder"
