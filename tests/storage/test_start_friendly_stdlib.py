"""The path digests and the host name the storage takes from CPython's C modules are the stdlib's own.

They avoid importing hashlib (OpenSSL) and socket on the window's start; a backups folder or a lock
written before must still be found by the same name.
"""

from __future__ import annotations

import hashlib
import socket

from perfdesk.storage.host_name import host_name
from perfdesk.storage.path_digest import path_digest


def test_path_digest_is_sha256_of_the_utf8_path() -> None:
    for text in ("/home/a/報告.perfdesk", r"P:\績效報告 #1 %20 (草稿)\臺中分局-112.perfdesk", ""):
        assert path_digest(text, 16) == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    assert len(path_digest("x", 12)) == 12


def test_host_name_is_the_sockets_host_name() -> None:
    assert host_name() == socket.gethostname()
