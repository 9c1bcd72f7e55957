"""Worksheet names Excel accepts, from a dimension's heading: 「構面一、基礎服務 (200 分)」 → 「構面一 基礎服務」."""

from __future__ import annotations

import re
from collections.abc import Sequence

from perfdesk.export.export_text import clean_export_text

MAX_SHEET_NAME = 31
# Excel forbids these in sheet names; their full-width forms read the same and are allowed.
_FULL_WIDTH = str.maketrans({"[": "［", "]": "］", ":": "：", "*": "＊", "?": "？", "/": "／", "\\": "＼"})
# Points and remarks: 「(200 分)」, 「（第 1 類：第一線服務機關）」.
_PARENTHESISED = re.compile(r"\s*[（(][^（）()]*[）)]")
# What separates the label from the name: 「構面一、基礎服務」, 「構面四:服務評價」.
_SEPARATOR = re.compile(r"\s*[、:：]\s*")
# Excel keeps this name for itself (the change history sheet).
_RESERVED = {"history"}


def heading_sheet_name(heading: str) -> str:
    """Label and name from a heading, without points or remarks, as Excel allows a sheet name."""
    name = _PARENTHESISED.sub("", clean_export_text(heading, one_line=True))
    name = _SEPARATOR.sub(" ", name)
    return valid_sheet_name(name)


def sheet_name_for(headings: Sequence[str]) -> str:
    """The name of a sheet holding the tables of these headings: 「構面一 基礎服務」 for one,
    「構面一 基礎服務、構面二 服務遞送」 for several, their labels 「構面三、構面四、構面五」 or
    「構面一至構面五」 where the names are too long; may be empty."""
    names = [name for name in (heading_sheet_name(heading) for heading in headings) if name]
    if len(names) <= 1:
        return names[0] if names else ""
    labels = [name.split(" ", 1)[0] for name in names]
    for candidate in ("、".join(names), "、".join(labels)):
        if len(candidate) <= MAX_SHEET_NAME:
            return candidate
    return valid_sheet_name(f"{labels[0]}至{labels[-1]}")


def valid_sheet_name(name: str) -> str:
    """`name` with forbidden characters replaced, whitespace collapsed, cut to 31 characters (may be empty)."""
    name = " ".join(clean_export_text(name, one_line=True).translate(_FULL_WIDTH).split())
    # Excel rejects a name that begins or ends with an apostrophe; a typographic one reads the same.
    name = name.replace("'", "’")
    return name[:MAX_SHEET_NAME].strip()


def unique_sheet_name(wanted: str, taken: set[str], fallback: str) -> str:
    """`wanted` (or `fallback` when empty), made unique against `taken` by 「 (2)」…; records it in `taken`.

    `taken` holds casefolded names, since Excel compares sheet names case-insensitively.
    """
    base = wanted or fallback
    name = base
    number = 2
    while name.casefold() in taken or name.casefold() in _RESERVED:
        suffix = f" ({number})"
        name = base[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        number += 1
    taken.add(name.casefold())
    return name
