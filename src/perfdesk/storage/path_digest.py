"""A short name for a file's location (its backups' folder, its window state): SHA-256 of the path.

SHA-256 from CPython's own module where the build has one: `hashlib` first loads OpenSSL, about 10 ms
of the window's start, for a digest of a few dozen bytes. The digests are the same either way.
"""

from __future__ import annotations

try:
    from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]  # CPython ≤ 3.11
except ImportError:
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]  # CPython 3.12+
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment,unused-ignore]


def path_digest(path_text: str, length: int) -> str:
    """The first `length` hex digits of SHA-256 over the path's UTF-8."""
    return sha256(path_text.encode("utf-8")).hexdigest()[:length]
