"""Opening an office document's zip package safely: what it is, within limits, XML without tricks.

.docx and .odt are zip packages of XML parts. A file someone was sent may be anything: an old
binary .doc or a password-protected document (both OLE containers, not zips), a truncated
download, a zip bomb, XML with entity tricks. Each is refused here with one PerfdeskError,
before any part is parsed, and the input is only ever read.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from lxml import etree

from perfdesk.errors import PerfdeskError

# An OLE compound file (old .doc, and every password-protected Office document) starts so.
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURE = b"PK\x03\x04"
# What an ODF text document's first part, "mimetype", says (a .docx has no such part).
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"

# The 70-page reports are a few MB of XML; a document beyond these limits is refused unread.
MAX_FILE_BYTES = 200 * 1024 * 1024  # the file as it lies on disk
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, decompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # every part together, decompressed
MAX_RATIO = 200  # decompressed / compressed size of a part: beyond it, a bomb
MAX_MEMBERS = 10_000


def _parser() -> etree.XMLParser:
    # No entities resolved, no DTD loaded, nothing fetched from the network, no huge-tree mode:
    # a part can say nothing but its own text.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass
class Package:
    """An open zip package; `xml(name)` parses one part (None when the package has no such part)."""

    path: Path
    archive: zipfile.ZipFile

    def names(self) -> list[str]:
        return self.archive.namelist()

    def xml(self, name: str) -> etree._Element | None:
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return None
        try:
            with self.archive.open(info) as part:
                data = part.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as error:
            raise PerfdeskError("document.damaged", path=str(self.path), reason=str(error)) from None
        if len(data) > MAX_PART_BYTES:
            raise PerfdeskError("document.too_large", path=str(self.path))
        if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
            # Office never writes a DTD; one in a part is there to expand entities.
            raise PerfdeskError("document.unsafe_xml", path=str(self.path), part=name)
        try:
            return etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as error:
            raise PerfdeskError("document.damaged", path=str(self.path), reason=f"{name}: {error}") from None

    def text(self, name: str) -> str | None:
        """A small text part (an ODF mimetype), or None."""
        try:
            with self.archive.open(name) as part:
                return part.read(1024).decode("ascii", "replace").strip()
        except KeyError:
            return None

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def open_package(path: Path) -> Package:
    """The zip package at `path`, checked against the limits; PerfdeskError naming what it is otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(8)
    except FileNotFoundError:
        raise PerfdeskError("document.missing", path=str(path)) from None
    except OSError as error:
        raise PerfdeskError("document.unreadable", path=str(path), reason=error.strerror or str(error)) from None
    if size == 0:
        raise PerfdeskError("document.empty", path=str(path))
    if size > MAX_FILE_BYTES:
        raise PerfdeskError("document.too_large", path=str(path))
    if head.startswith(OLE_SIGNATURE):
        # An old .doc, or any Office document saved with a password (encrypted inside OLE).
        raise PerfdeskError("document.ole", path=str(path))
    if not head.startswith(ZIP_SIGNATURE):
        raise PerfdeskError("document.not_a_document", path=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise PerfdeskError("document.damaged", path=str(path), reason=str(error)) from None
    try:
        _check_limits(path, archive.infolist())
    except BaseException:
        archive.close()
        raise
    return Package(path, archive)


def _check_limits(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise PerfdeskError("document.too_large", path=str(path))
    total = 0
    for info in infos:
        total += info.file_size
        # A small part may compress very well (a run of spaces); a large one that does is a bomb.
        bomb = info.file_size > 1 << 20 and info.file_size / max(info.compress_size, 1) > MAX_RATIO
        if info.file_size > MAX_PART_BYTES or bomb:
            raise PerfdeskError("document.too_large", path=str(path))
    if total > MAX_TOTAL_BYTES:
        raise PerfdeskError("document.too_large", path=str(path))
