"""The one SQLite URI builder: Windows paths (drive letters, mapped drives, UNC) checked here on Linux as
PureWindowsPath, and real files on this system whose names hold what a URI would misread."""

from __future__ import annotations

import sqlite3
import string
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote_to_bytes

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.domain.report import Report
from perfdesk.services.report_files import load_report
from perfdesk.storage import edits
from perfdesk.storage.backups import copy_database, list_backups
from perfdesk.storage.office_file import OfficeFile, create_office_file, opened
from perfdesk.storage.sqlite_uri import absolute_path, sqlite_uri, uri_of_absolute
from tests.hot_journal import crash_mid_write


def sqlite_windows_path(uri: str) -> PureWindowsPath:
    """What SQLite's Windows build opens for `uri`, by its documented rules (sqlite.org/uri.html).

    The authority must be empty or "localhost"; the path is percent-decoded to UTF-8 bytes and ends at
    "?" or "#"; a "/" before a drive letter is dropped; Windows then reads "/" as "\\".
    """
    assert uri.startswith("file:")
    rest = uri[len("file:") :]
    if rest.startswith("//"):
        authority, _, rest = rest[2:].partition("/")
        assert authority in ("", "localhost"), f"SQLite refuses the authority {authority!r}"
        rest = "/" + rest
    path = rest.split("?", 1)[0].split("#", 1)[0]
    decoded = unquote_to_bytes(path).decode("utf-8")
    if len(decoded) > 2 and decoded[0] == "/" and decoded[1] in string.ascii_letters and decoded[2] == ":":
        decoded = decoded[1:]
    return PureWindowsPath(decoded.replace("/", "\\"))


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            r"C:\Users\王小明\Documents\臺中分局-112.perfdesk",
            "file:///C:/Users/%E7%8E%8B%E5%B0%8F%E6%98%8E/Documents/"
            "%E8%87%BA%E4%B8%AD%E5%88%86%E5%B1%80-112.perfdesk?mode=rw",
        ),
        # A mapped network drive keeps its letter: no server name reaches SQLite.
        (
            r"P:\績效報告\112 年度\a#b?c%d.perfdesk",
            "file:///P:/%E7%B8%BE%E6%95%88%E5%A0%B1%E5%91%8A/112%20%E5%B9%B4%E5%BA%A6/a%23b%3Fc%25d.perfdesk?mode=rw",
        ),
        # UNC: the server goes into the URI's path, never its authority (which SQLite refuses).
        (
            r"\\fileserver\共用\臺中\report.perfdesk",
            "file:////fileserver/%E5%85%B1%E7%94%A8/%E8%87%BA%E4%B8%AD/report.perfdesk?mode=rw",
        ),
        (r"\\file server\share name\r.perfdesk", "file:////file%20server/share%20name/r.perfdesk?mode=rw"),
        # Windows' long-path prefix is dropped: SQLite would read "?" as the start of the query.
        (r"\\?\C:\long\x.perfdesk", "file:///C:/long/x.perfdesk?mode=rw"),
        (r"\\?\UNC\srv\share\x.perfdesk", "file:////srv/share/x.perfdesk?mode=rw"),
    ],
)
def test_windows_paths(path: str, uri: str) -> None:
    assert uri_of_absolute(PureWindowsPath(path), "rw") == uri


def test_pathlib_gives_unc_paths_an_authority_sqlite_refuses() -> None:
    """Why the builder exists: as_uri() names the server as the authority."""
    unc = PureWindowsPath(r"\\fileserver\share\report.perfdesk")
    assert unc.as_uri().startswith("file://fileserver/")
    with pytest.raises(AssertionError, match="refuses the authority"):
        sqlite_windows_path(unc.as_uri())
    assert sqlite_windows_path(uri_of_absolute(unc, "ro")) == unc


@pytest.mark.parametrize("path", [r"報告\x.perfdesk", r"C:x.perfdesk", r"\x.perfdesk"])
def test_a_windows_path_that_is_not_absolute_is_refused(path: str) -> None:
    with pytest.raises(ValueError, match="not an absolute"):
        uri_of_absolute(PureWindowsPath(path), "ro")


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="mode"):
        uri_of_absolute(PurePosixPath("/tmp/x.perfdesk"), "wr")  # type: ignore[arg-type]


# Names as offices give them: CJK, full-width and ASCII punctuation, spaces, and what URIs reserve.
_name_characters = st.sampled_from(
    list("臺中分局年度報告（）「」　 #?%&=+;,@!$'~._-") + list(string.ascii_letters + string.digits)
)
_names = st.text(_name_characters, min_size=1, max_size=12).filter(
    lambda n: n.strip(" .") == n and n not in (".", "..")
)
_roots = st.sampled_from(["C:\\", "P:\\", "z:\\", "\\\\fileserver\\共用\\", "\\\\10.0.0.5\\share name\\"])


@given(root=_roots, parts=st.lists(_names, min_size=1, max_size=4))
def test_sqlite_opens_exactly_the_windows_path_given(root: str, parts: list[str]) -> None:
    path = PureWindowsPath(root, *parts)
    uri = uri_of_absolute(path, "ro")
    assert uri.endswith("?mode=ro") and uri.count("?") == 1 and "#" not in uri
    assert sqlite_windows_path(uri) == path


def _results(report: Report, method_id: str) -> str:
    return next(m.results for m in report.walk_methods() if m.id == method_id)


# Real files on this system: every part of perfdesk that opens the file by URI.
_HARD_NAMES = [
    "臺中分局 112 年度.perfdesk",
    "a#b.perfdesk",
    "what?.perfdesk",
    "100%25 done%.perfdesk",
    "（草稿）　績效.perfdesk",
]


@pytest.mark.parametrize("name", _HARD_NAMES)
def test_real_files_with_hard_names_open_edit_back_up_and_recover(tmp_path: Path, taichung: Report, name: str) -> None:
    folder = tmp_path / "共用 #1 ?%"
    folder.mkdir()
    path = folder / name
    create_office_file(path, taichung)
    method = next(taichung.walk_methods())
    with opened(path) as office_file:
        office_file.edit(lambda c: edits.update_fields(c, "method", method.id, {"results": "改過"}))
        assert _results(office_file.load(), method.id) == "改過"
    assert [b.reason for b in list_backups(path)] == ["open"]
    copy = tmp_path / "copy.perfdesk"
    copy_database(path, copy)
    assert _results(load_report(copy), method.id) == "改過"
    # A crash mid-write: the journal beside the hard name is found and rolled back, read-only first.
    crash_mid_write(path)
    with OfficeFile.open(path, read_only=True) as reader:
        assert _results(reader.load(), method.id) == "改過"
    Path(f"{path.parent}/.~lock.{path.name}#").unlink()  # the killed writer's lock: its process is gone
    with opened(path) as office_file:
        assert _results(office_file.load(), method.id) == "改過"
    assert not Path(f"{path}-journal").exists()


def test_the_uri_of_a_real_file_names_that_file(tmp_path: Path) -> None:
    path = tmp_path / "臺 中#?%.perfdesk"
    sqlite3.connect(path).close()
    uri = sqlite_uri(path, "ro")
    assert uri.startswith("file:///") and "%23" in uri and "%3F" in uri and "%25" in uri
    conn = sqlite3.connect(uri, uri=True)
    try:
        assert Path(conn.execute("PRAGMA database_list").fetchone()[2]) == path.resolve()
    finally:
        conn.close()


def test_relative_paths_are_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert absolute_path("x.perfdesk") == tmp_path.resolve() / "x.perfdesk"
    assert sqlite_uri("x.perfdesk", "rw") == uri_of_absolute(tmp_path.resolve() / "x.perfdesk", "rw")


def test_a_file_name_that_is_not_utf8_keeps_its_bytes(tmp_path: Path) -> None:
    name = b"\xb1\xc6-big5.perfdesk"  # a Big5 name written by an old program: not UTF-8
    try:
        path = Path(tmp_path.resolve() / name.decode("utf-8", "surrogateescape"))
        sqlite3.connect(path).close()
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes UTF-8 names only")
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    conn.close()
    assert sqlite_uri(path, "ro").endswith("%B1%C6-big5.perfdesk?mode=ro")


def test_storage_builds_no_uri_of_its_own() -> None:
    """Every connection goes through sqlite_uri: no other storage module calls as_uri()."""
    storage = Path(__file__).resolve().parents[2] / "src" / "perfdesk" / "storage"
    own = [p.name for p in storage.glob("*.py") if p.name != "sqlite_uri.py" and ".as_uri()" in p.read_text("utf-8")]
    assert own == []
