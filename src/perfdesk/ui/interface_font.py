"""The window's typeface for Chinese text: a Traditional Chinese sans face, where the system does not choose one.

On Windows and macOS Qt takes the system's interface font (Microsoft JhengHei UI, PingFang TC), which covers
Traditional Chinese. On Linux the default face is a Latin one (DejaVu Sans) and Qt falls back, character by
character, to whichever installed face fontconfig offers for Han script, unaware of the interface's language:
with the 楷書 faces the exports need installed, that is 「AR PL UKai CN」 or TW-Kai, calligraphic faces with
simplified-Chinese forms or heavy outlines, which also take a third longer to draw the tree at start. Naming the
sans faces after the default keeps Latin text as it was and gives Chinese text a face made for the screen.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

# In order of preference; a family that is not installed is skipped by Qt at no cost.
TRADITIONAL_CHINESE_SANS = ("Noto Sans CJK TC", "Source Han Sans TC", "Noto Sans TC", "WenQuanYi Micro Hei")


def use_chinese_interface_font(app: QApplication) -> None:
    """Make Chinese text in the window fall back to a Traditional Chinese sans face (Linux and other X11/Wayland)."""
    if sys.platform in ("win32", "darwin"):
        return
    font = app.font()
    families = [family for family in font.families() or [font.family()] if family not in TRADITIONAL_CHINESE_SANS]
    font.setFamilies([*families, *TRADITIONAL_CHINESE_SANS])
    app.setFont(font)
