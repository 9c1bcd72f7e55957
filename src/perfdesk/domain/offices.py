"""The bureau's branch offices, in the order the consolidated report lists them."""

from __future__ import annotations

# The order of 「另所屬分局執行情形：1.基隆分局：…」 in headquarters' report (hq-108 seed).
BRANCH_OFFICES: tuple[str, ...] = ("基隆分局", "新竹分局", "臺中分局", "臺南分局", "高雄分局", "花蓮分局")
HEADQUARTERS = "總局"


def office_key(name: str) -> str:
    """An office's name as files are matched by it: spaces gone, 台 written 臺 (both are in use)."""
    return "".join(name.split()).replace("台", "臺")
