"""The 楷書 face exports use: the system's 標楷體 (kaiu.ttf) when present, else the shipped AR PL UKai TW."""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# Common places on Linux and macOS where someone has copied 標楷體 (DFKai-SB) from a Windows PC.
_OTHER_KAIU_PLACES = (
    Path("/usr/share/fonts/truetype/kaiu.ttf"),
    Path("/usr/share/fonts/kaiu.ttf"),
    Path.home() / ".fonts" / "kaiu.ttf",
    Path.home() / ".local" / "share" / "fonts" / "kaiu.ttf",
    Path("/Library/Fonts/kaiu.ttf"),
)
# Files taken out of a zipped or frozen install for the rest of the process (importlib.resources.as_file).
_EXTRACTED = contextlib.ExitStack()
atexit.register(_EXTRACTED.close)


# The face an editable export (Word, ODF, Excel) names: the one the recipient's Windows has, whatever
# font the exporting machine drew with. A chosen font file names its own family instead.
RECIPIENT_KAI = "標楷體"


@dataclass(frozen=True)
class FontChoice:
    """A TrueType file, which face in it (for .ttc collections), and the family name Excel should ask for."""

    path: Path
    subfont_index: int
    family: str  # the name office software knows the font by


def shipped_kai() -> FontChoice:
    """AR PL UKai, Taiwan variant (Arphic Public License, redistributable), shipped in resources/fonts."""
    return FontChoice(_shipped_font_file(), 2, "AR PL UKai TW")


@functools.cache
def _shipped_font_file() -> Path:
    # A real file whatever loaded the package (a folder, a zip, a frozen app): reportlab reads it by name.
    font = resources.files("perfdesk.resources.fonts").joinpath("ukai.ttc")
    return _EXTRACTED.enter_context(resources.as_file(font))


def kaiu_places(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where 標楷體 (kaiu.ttf) may be installed, in order: Windows' font folder, the user's own fonts, others.

    Windows keeps fonts in %WINDIR%\\Fonts (%SystemRoot% names the same folder; C:\\Windows when neither is
    set on Windows) and a font installed for one user only in %LOCALAPPDATA%\\Microsoft\\Windows\\Fonts.
    """
    environ = os.environ if environ is None else environ
    places = []
    windows = environ.get("WINDIR") or environ.get("SystemRoot") or (r"C:\Windows" if os.name == "nt" else None)
    if windows:
        places.append(Path(windows, "Fonts", "kaiu.ttf"))
    local = environ.get("LOCALAPPDATA") or (str(Path.home() / "AppData" / "Local") if os.name == "nt" else None)
    if local:
        places.append(Path(local, "Microsoft", "Windows", "Fonts", "kaiu.ttf"))
    return places + list(_OTHER_KAIU_PLACES)


def kai_font(override: Path | None = None) -> FontChoice:
    """The face to export with: an explicit file, else 標楷體 if installed, else the shipped font."""
    if override is not None:
        return FontChoice(Path(override), 0, Path(override).stem)
    if os.environ.get("PERFDESK_IGNORE_SYSTEM_FONTS") != "1":
        for candidate in kaiu_places():
            if candidate.is_file():
                return FontChoice(candidate, 0, "標楷體")
    return shipped_kai()


def recipient_font(override: Path | None = None) -> str:
    """The family an editable export asks for: 標楷體, or the family of a font file the user chose."""
    return RECIPIENT_KAI if override is None else kai_font(override).family


# Faces that may have what the 楷書 face lacks, in the order the PDF tries them (export.pdf_font_chain):
# 楷書 first, so a character missing from 標楷體 still prints in a Kai hand where one has it: the
# government's TW-Kai of 全字庫 (CNS 11643, licence OGDL-TW-1.0; Debian's fonts-cns11643-kai) for the
# BMP, CJK Extension B and the CNS characters Unicode has only in plane 15, then 標楷體 and AR PL UKai
# (the shipped copy when none is installed); then the other CJK faces Windows and Linux install (Ming,
# JhengHei, Song, WenQuanYi, Droid, Noto). File name, face in a collection. reportlab embeds TrueType
# outlines only: a face with CFF outlines (Noto CJK) is tried and passed over.
_KAI_FALLBACKS = (
    ("TW-Kai-98_1.ttf", 0),
    ("TW-Kai-Ext-B-98_1.ttf", 0),
    ("TW-Kai-Plus-98_1.ttf", 0),
    ("kaiu.ttf", 0),
    ("ukai.ttc", 2),
)
_OTHER_FALLBACKS = (
    ("mingliu.ttc", 0),
    ("mingliub.ttc", 0),
    ("msjh.ttc", 0),
    ("simsun.ttc", 0),
    ("simsunb.ttf", 0),
    ("uming.ttc", 2),
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
    ("DroidSansFallbackFull.ttf", 0),
    ("NotoSerifCJK-Regular.ttc", 3),
    ("NotoSansCJK-Regular.ttc", 3),
)


def font_folders(environ: Mapping[str, str] | None = None) -> list[Path]:
    """The folders fonts are installed in: Windows' (for everyone, for the user), then Linux's and macOS's."""
    folders = [place.parent for place in kaiu_places(environ) if place.parent.name == "Fonts"]
    home = Path.home()
    folders += [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".fonts",
        home / ".local" / "share" / "fonts",
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
        Path("/System/Library/Fonts"),
    ]
    return list(dict.fromkeys(folders))


def fallback_fonts(
    environ: Mapping[str, str] | None = None, folders: Sequence[Path] | None = None
) -> tuple[FontChoice, ...]:
    """The installed fallback faces (in `folders`, else font_folders()), Kai faces first, the shipped
    AR PL UKai TW among them whether installed or not.

    Only the shipped face with PERFDESK_IGNORE_SYSTEM_FONTS=1, so tests print the same everywhere.
    """
    environ = os.environ if environ is None else environ
    if environ.get("PERFDESK_IGNORE_SYSTEM_FONTS") == "1":
        return (shipped_kai(),)
    files = _font_files(tuple(font_folders(environ) if folders is None else folders))

    def installed(names: tuple[tuple[str, int], ...]) -> list[FontChoice]:
        return [
            FontChoice(files[name.lower()], index, Path(name).stem) for name, index in names if name.lower() in files
        ]

    kai = installed(_KAI_FALLBACKS)
    if not any(choice.path.name.lower() == "ukai.ttc" for choice in kai):
        kai.append(shipped_kai())
    return (*kai, *installed(_OTHER_FALLBACKS))


@functools.lru_cache(maxsize=8)
def _font_files(folders: tuple[Path, ...]) -> dict[str, Path]:
    """Every .ttf/.ttc under `folders` by lower-case file name, the first folder's first (read once per process)."""
    files: dict[str, Path] = {}
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                if name.lower().endswith((".ttf", ".ttc")):
                    files.setdefault(name.lower(), Path(root, name))
    return files
