"""Printing a comparison of two reports for the terminal: one line per node, then its changed fields."""

from __future__ import annotations

from perfdesk.domain.compare import Comparison, NodeDifference
from perfdesk.i18n.language import Language

_STATUS = {
    "added": ("新增", "added"),
    "removed": ("刪除", "removed"),
    "moved": ("移動", "moved"),
    "changed": ("修改", "changed"),
}
_KIND = {"dimension": ("構面", "dimension"), "strategy": ("執行策略", "strategy"), "method": ("執行方法", "method")}


def print_comparison(comparison: Comparison, language: Language) -> None:
    english = language == "en"
    if comparison.equal:
        print("no differences" if english else "兩份報告相同")
        return
    for difference in comparison.differences:
        print(_headline(difference, english))
        for change in difference.changes:
            print(f"    {change.field}: {_short(change.old)} → {_short(change.new)}")
    count = len(comparison.differences)
    print(f"{count} differences" if english else f"共 {count} 處不同")


def _headline(difference: NodeDifference, english: bool) -> str:
    status = _STATUS[difference.status][1 if english else 0]
    kind = _KIND[difference.kind][1 if english else 0]
    if difference.status == "added":
        where = difference.new_path
    elif difference.status in ("removed",) or difference.old_path == difference.new_path:
        where = difference.old_path
    else:
        where = f"{difference.old_path} → {difference.new_path}"
    return f"{status}  {kind}  {where}"


def _short(value: object, limit: int = 60) -> str:
    text = " / ".join(value) if isinstance(value, list) else "" if value is None else str(value)
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
