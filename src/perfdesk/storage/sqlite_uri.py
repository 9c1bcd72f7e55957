"""The one way perfdesk names a file to SQLite: an absolute path as a `file:` URI with its open mode.

`Path.resolve().as_uri()` is wrong on Windows twice over: resolve() turns a file on a mapped drive
(P:\\報告\\臺中.perfdesk) into its UNC path, and as_uri() writes a UNC path as `file://server/share/…`,
whose authority SQLite refuses ("invalid uri authority"). Here a Windows path keeps its drive letter
(os.path.abspath, no resolving), a UNC path goes into the URI's path (`file:////server/share/…`, which
SQLite hands to Windows as \\\\server\\share\\…), and every character SQLite would read as part of the
URI (`?`, `#`, `%`, spaces, non-ASCII) is percent-encoded.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath
from typing import Literal
from urllib.parse import quote, quote_from_bytes

OpenMode = Literal["ro", "rw", "rwc"]

# Drive letters and separators stay as they are; everything else outside [A-Za-z0-9_.~-] is escaped.
_SAFE = "/:"
# Windows' own prefix for long paths: \\?\C:\… and \\?\UNC\server\share\…
_LONG_PATH = "\\\\?\\"


def absolute_path(path: str | os.PathLike[str]) -> Path:
    """`path` made absolute the way the file is reached: on Windows by its drive letter, never its UNC name.

    On Windows this is os.path.abspath (no resolving, so a mapped drive stays P:\\…); elsewhere
    Path.resolve(), which follows symbolic links as SQLite itself does.
    """
    if os.name == "nt":
        return Path(os.path.abspath(path))
    return Path(path).resolve()


def sqlite_uri(path: str | os.PathLike[str], mode: OpenMode) -> str:
    """The URI to open the file at `path` with (`sqlite3.connect(uri, uri=True)`), in `mode`."""
    return uri_of_absolute(absolute_path(path), mode)


def uri_of_absolute(path: PurePath, mode: OpenMode) -> str:
    """The URI of an absolute path of either flavour; a Windows path can be checked on any system."""
    if mode not in ("ro", "rw", "rwc"):
        raise ValueError(f"unknown SQLite open mode {mode!r}")
    if isinstance(path, PureWindowsPath):
        location = _windows_location(path)
    else:
        if not path.is_absolute():
            raise ValueError(f"not an absolute path: {path}")
        # Bytes, not text: a Linux file name need not be UTF-8, and os.fsencode gives it back as stored.
        location = quote_from_bytes(os.fsencode(str(path)), safe=_SAFE)
    return f"file://{location}?mode={mode}"


def _windows_location(path: PureWindowsPath) -> str:
    text = str(path)
    if text.startswith(_LONG_PATH):
        rest = text[len(_LONG_PATH) :]
        text = "\\\\" + rest[4:] if rest[:4].upper() == "UNC\\" else rest
        path = PureWindowsPath(text)
    if not path.is_absolute():
        raise ValueError(f"not an absolute Windows path: {path}")
    slashed = path.as_posix()  # C:/Users/… or //server/share/…
    if not slashed.startswith("//"):
        # SQLite strips the "/" before a drive letter: file:///C:/… opens C:\….
        slashed = "/" + slashed
    # UTF-8 escapes: SQLite decodes them to bytes and opens the file by its UTF-8 name.
    return quote(slashed, safe=_SAFE, encoding="utf-8", errors="strict")
