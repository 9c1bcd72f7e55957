"""The 楷書 face exports use: the system's 標楷體 (kaiu.ttf) when present, else the shipped AR PL UKai TW."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# Where Windows and common Linux setups keep 標楷體 (DFKai-SB).
_KAIU_CANDIDATES = (
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts" / "kaiu.ttf",
    Path.home() / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts" / "kaiu.ttf",
    Path("/usr/share/fonts/truetype/kaiu.ttf"),
    Path("/usr/share/fonts/kaiu.ttf"),
    Path.home() / ".fonts" / "kaiu.ttf",
    Path.home() / ".local" / "share" / "fonts" / "kaiu.ttf",
    Path("/Library/Fonts/kaiu.ttf"),
)


@dataclass(frozen=True)
class FontChoice:
    """A TrueType file, which face in it (for .ttc collections), and the family name Excel should ask for."""

    path: Path
    subfont_index: int
    family: str  # the name office software knows the font by


def shipped_kai() -> FontChoice:
    """AR PL UKai, Taiwan variant (Arphic Public License, redistributable), shipped in resources/fonts."""
    path = Path(str(resources.files("perfdesk.resources.fonts").joinpath("ukai.ttc")))
    return FontChoice(path, 2, "AR PL UKai TW")


def kai_font(override: Path | None = None) -> FontChoice:
    """The face to export with: an explicit file, else 標楷體 if installed, else the shipped font."""
    if override is not None:
        return FontChoice(Path(override), 0, Path(override).stem)
    if os.environ.get("PERFDESK_IGNORE_SYSTEM_FONTS") != "1":
        for candidate in _KAIU_CANDIDATES:
            if candidate.is_file():
                return FontChoice(candidate, 0, "標楷體")
    return shipped_kai()
