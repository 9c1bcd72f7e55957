"""JSON → .perfdesk → JSON returns exactly the input (ids aside)."""

import json
from pathlib import Path
from typing import Any

import pytest

from perfdesk.interchange.json_reader import parse_report_json
from perfdesk.interchange.json_writer import report_to_json
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_json
from perfdesk.services.report_files import export_json, import_json_file


def _without_ids(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_ids(v) for k, v in node.items() if k != "id"}
    if isinstance(node, list):
        return [_without_ids(v) for v in node]
    return node


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_samples_survive_the_office_file_byte_for_byte(name: str, tmp_path: Path) -> None:
    source = tmp_path / f"{name}.json"
    source.write_bytes(sample_json(name))
    import_json_file(source, tmp_path / "office.perfdesk")

    exported = export_json(tmp_path / "office.perfdesk")

    again = json.dumps(_without_ids(json.loads(exported)), ensure_ascii=False, indent=2) + "\n"
    assert again == source.read_text(encoding="utf-8")


def test_ids_survive_export_and_import(tmp_path: Path) -> None:
    first = parse_report_json(sample_json("taichung-112"))
    text = report_to_json(first)
    (tmp_path / "a.json").write_text(text, encoding="utf-8")
    import_json_file(tmp_path / "a.json", tmp_path / "a.perfdesk")

    assert export_json(tmp_path / "a.perfdesk") == text
    method_ids = [m.id for m in first.walk_methods()]
    assert len(set(method_ids)) == len(method_ids)


def test_export_writes_every_key_in_a_stable_order() -> None:
    report = parse_report_json(
        '{"format":"perfdesk-report","version":1,"agency":"a","office":"o","year":113,"kind":"plan",'
        '"title":"t","front_matter":[],"dimensions":[{"label":"構面一","name":"n","columns":'
        '[{"field":"strategy","header":"執行策略"}],"strategies":[{"label":"(一)","title":"s",'
        '"methods":[{"label":"1.","title":"m"}]}]}]}'
    )
    data = json.loads(report_to_json(report))
    assert list(data) == [
        "format",
        "version",
        "id",
        "agency",
        "office",
        "year",
        "kind",
        "title",
        "front_matter",
        "units",
        "office_order",
        "dimensions",
    ]
    method = data["dimensions"][0]["strategies"][0]["methods"][0]
    assert list(method) == [
        "id",
        "label",
        "title",
        "description",
        "units",
        "practice",
        "results",
        "criteria",
        "points",
        "comment",
        "needs_review",
        "framework_id",
        "origin",
        "contributions",
        "children",
    ]
    assert method["needs_review"] is False and method["points"] is None and method["units"] == []
    assert report_to_json(report) == report_to_json(parse_report_json(report_to_json(report)))


def test_a_byte_order_mark_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + sample_json("keelung-102")
    assert parse_report_json(raw).office == "基隆分局"
