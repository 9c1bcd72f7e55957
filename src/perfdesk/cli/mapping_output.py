"""The mapping report of a template re-base, and the user's corrections to it (a JSON file)."""

from __future__ import annotations

import json
from pathlib import Path

from perfdesk.domain.rebase import Decision
from perfdesk.errors import PerfdeskError
from perfdesk.i18n.language import Language
from perfdesk.services.report_files import read_input

_REASONS = {
    "id": ("同一項目（id）", "same item (id)"),
    "label+title": ("編號與標題相同", "same label and title"),
    "similar": ("文字相近", "similar wording"),
    "chosen": ("依對應檔指定", "as chosen in the mapping file"),
    "new": ("新範本新增，內容空白", "new in the template, starts empty"),
    "unmatched": ("找不到對應，放入「未對應之去年內容」", "no match: kept in the holding section"),
}


def print_mapping(decisions: list[Decision], language: Language) -> None:
    english = language == "en"
    for decision in decisions:
        reason = _REASONS[decision.reason][1 if english else 0]
        score = f" {decision.score:.0%}" if decision.reason == "similar" else ""
        target = decision.template_path or ("(holding)" if english else "（未對應區）")
        source = decision.source_path or "—"
        print(f"{target}  ←  {source}    [{reason}{score}]")
    held = sum(1 for d in decisions if d.template_path is None)
    empty = sum(1 for d in decisions if d.template_path and not d.source_path)
    if english:
        print(f"{len(decisions) - held - empty} rows mapped, {empty} new and empty, {held} held over")
    else:
        print(f"對應 {len(decisions) - held - empty} 列，新範本新增 {empty} 列，未對應 {held} 列")


def read_mapping(path: Path) -> dict[str, str | None]:
    """{"構面一 (一) 3.": "構面一 (一) 2.", "構面二 (一) 1.": null}: template row → last year's row or none."""
    try:
        data = json.loads(read_input(path).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PerfdeskError("mapping.malformed", path=str(path)) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise PerfdeskError("mapping.malformed", path=str(path))
    return data
