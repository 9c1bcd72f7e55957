"""The mapping report of a template re-base, and the user's corrections to it (a JSON file)."""

from __future__ import annotations

import json
from pathlib import Path

from perfdesk.domain.matching import Reason
from perfdesk.domain.rebase import Decision
from perfdesk.errors import PerfdeskError
from perfdesk.i18n.language import Language
from perfdesk.i18n.messages import render
from perfdesk.services.report_files import read_input


def print_mapping(decisions: list[Decision], language: Language) -> None:
    english = language == "en"
    for decision in decisions:
        reason = render(f"match.{decision.reason.value}", language)
        score = f" {decision.score:.0%}" if decision.reason is Reason.SIMILAR else ""
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


def read_office_mappings(path: Path) -> dict[str, dict[str, str | None]]:
    """{"基隆分局": {"構面一 (一) 3.": "構面一 (一) 2.", …}, …}.

    Per office: headquarters' row → the office's row that fills it, or null for none.
    """
    try:
        data = json.loads(read_input(path).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PerfdeskError("mapping.malformed", path=str(path)) from None
    if not isinstance(data, dict) or not all(
        isinstance(office, str)
        and isinstance(rows, dict)
        and all(isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in rows.items())
        for office, rows in data.items()
    ):
        raise PerfdeskError("mapping.malformed", path=str(path))
    return data
