"""Strict import: every problem is refused with the path where it is."""

import json
from typing import Any

import pytest

from perfdesk.errors import PerfdeskError
from perfdesk.i18n.messages import render
from perfdesk.interchange.json_reader import parse_report_json
from perfdesk.services.builtin_reports import sample_json


def _sample() -> dict[str, Any]:
    return json.loads(sample_json("taichung-112"))


def _error(data: Any) -> PerfdeskError:
    raw = data if isinstance(data, (str, bytes)) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(PerfdeskError) as caught:
        parse_report_json(raw)
    return caught.value


def _text(error: PerfdeskError, language: str = "en") -> str:
    return render(error.code, language, **error.params)  # type: ignore[arg-type]


def test_a_wrongly_typed_field_is_named_by_its_path() -> None:
    data = _sample()
    data["dimensions"][2]["strategies"][0]["methods"][0]["units"] = "秘書室"
    error = _error(data)
    assert _text(error) == "dimensions[2].strategies[0].methods[0].units: expected a list of strings"
    assert _text(error, "zh_TW") == "dimensions[2].strategies[0].methods[0].units：應為字串清單"


def test_a_wrongly_typed_list_item_is_named_by_its_index() -> None:
    data = _sample()
    data["dimensions"][0]["strategies"][1]["methods"][0]["children"][0]["units"] = ["秘書室", 3]
    assert _text(_error(data)) == ("dimensions[0].strategies[1].methods[0].children[0].units[1]: expected a string")


def test_unknown_keys_are_rejected() -> None:
    data = _sample()
    data["dimensions"][1]["colour"] = "red"
    assert _text(_error(data)) == "dimensions[1]: unknown key colour"


def test_missing_keys_are_named() -> None:
    data = _sample()
    del data["dimensions"][0]["strategies"][0]["title"]
    assert _text(_error(data)) == "dimensions[0].strategies[0]: missing key title"


def test_optional_keys_take_their_defaults() -> None:
    data = {
        "format": "perfdesk-report",
        "version": 1,
        "agency": "a",
        "office": "o",
        "year": 113,
        "kind": "results",
        "title": "t",
        "front_matter": [],
        "dimensions": [
            {
                "label": "構面一",
                "name": "n",
                "columns": [{"field": "results", "header": "成果"}],
                "strategies": [{"label": "(一)", "title": "s", "methods": [{"label": "1.", "title": "m"}]}],
            }
        ],
    }
    report = parse_report_json(json.dumps(data))
    method = report.dimensions[0].strategies[0].methods[0]
    assert report.units == [] and report.dimensions[0].note is None and report.dimensions[0].points is None
    assert (method.description, method.results, method.needs_review, method.children) == ("", "", False, [])


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"version": 2}, "this JSON is format version 2 from a newer perfdesk"),
        ({"version": "1"}, "unsupported JSON format version 1"),
        ({"format": "something-else"}, "not a perfdesk report JSON"),
        ({"kind": "draft"}, "kind: must be plan | results"),
        ({"year": 2023.5}, "year: expected an integer"),
        ({"year": 2023}, "year: out of range"),
    ],
)
def test_header_problems(change: dict[str, Any], expected: str) -> None:
    data = {**_sample(), **change}
    assert _text(_error(data)).startswith(expected)


def test_control_characters_are_refused_with_their_code_point() -> None:
    data = _sample()
    data["dimensions"][0]["strategies"][0]["methods"][0]["results"] = "第一段\x0b第二段"
    assert _text(_error(data)) == (
        "dimensions[0].strategies[0].methods[0].results: contains the control character U+000B"
    )


def test_duplicate_ids_are_refused() -> None:
    data = _sample()
    data["dimensions"][0]["id"] = "same"
    data["dimensions"][1]["id"] = "same"
    assert _text(_error(data)) == "dimensions[1].id: duplicate id same"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "json.syntax"),
        (b'{"format": ', "json.syntax"),
        (b"\xff\xfe\x00garbage", "json.not_utf8"),
        (b"[1, 2]", "json.not_object"),
        (b"[" * 100_000 + b"]" * 100_000, "json.too_deep"),
    ],
)
def test_malformed_documents(raw: bytes, code: str) -> None:
    assert _error(raw).code == code
