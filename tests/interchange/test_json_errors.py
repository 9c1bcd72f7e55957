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
    data["dimensions"][0]["strategies"][0]["methods"][0]["results"] = "第一段\x07第二段"
    assert _text(_error(data)) == (
        "dimensions[0].strategies[0].methods[0].results: contains the control character U+0007"
    )


def test_word_line_breaks_in_paragraphs_are_refused_naming_the_newline_to_use() -> None:
    data = _sample()
    data["dimensions"][0]["strategies"][0]["methods"][0]["results"] = "第一段\x0b第二段"
    assert _text(_error(data)) == (
        "dimensions[0].strategies[0].methods[0].results: contains the line break U+000B; separate paragraphs with \\n"
    )
    assert _text(_error(data), "zh_TW") == (
        "dimensions[0].strategies[0].methods[0].results：含有換行字元 U+000B，段落之間請用 \\n"
    )


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        (["agency"], "經濟部標準檢驗局\n", "agency: a one-line field cannot contain a line break (U+000A)"),
        (["units", 0], "秘書室\u2028", "units[0]: a one-line field cannot contain a line break (U+2028)"),
        (["office"], "臺中\x85分局", "office: a one-line field cannot contain a line break (U+0085)"),
        (["office"], "臺中\t分局", "office: contains the control character U+0009"),
        (["title"], "標題\ufffe", "title: contains U+FFFE, which is not a character"),
        (["front_matter", 0], "壹\ud800", "front_matter[0]: contains U+D800, which is not a character"),
        (["front_matter", 0], "壹\U0010ffff", "front_matter[0]: contains U+10FFFF, which is not a character"),
        (["front_matter", 0], "壹\u2029貳", "front_matter[0]: contains the line break U+2029; separate"),
        (["id"], "abc\n", "id: an id is 1–64 letters, digits, - or _"),
    ],
)
def test_the_text_rule_names_the_character_and_the_place(where: list[Any], value: str, expected: str) -> None:
    data = _sample()
    data["front_matter"] = ["壹、計畫依據"]
    target = data
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = value
    raw = json.dumps(data, ensure_ascii=True)
    assert _text(_error(raw)).startswith(expected)


def test_a_key_given_twice_is_refused_even_when_the_last_would_be_valid() -> None:
    raw = json.dumps(_sample(), ensure_ascii=False).replace('"version": 1,', '"version": 2, "version": 1,')
    assert _text(_error(raw)) == "(根): the key version appears more than once"
    raw = json.dumps(_sample(), ensure_ascii=False).replace('"label": "構面一",', '"label": "構面一", "label": "x",')
    assert _text(_error(raw)) == "dimensions[0]: the key label appears more than once"


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        (str(2**63), "dimensions[0].points: out of range (maximum 100000)"),
        ("1" + "0" * 5000, "dimensions[0].points: out of range (maximum 100000)"),
        ("-1", "dimensions[0].points: out of range (minimum 0)"),
        ("200.0", "dimensions[0].points: expected an integer or null"),
        ("true", "dimensions[0].points: expected an integer or null"),
        ("NaN", "dimensions[0].points: expected an integer or null"),
    ],
)
def test_integers_are_integers_within_their_bounds(literal: str, expected: str) -> None:
    raw = json.dumps(_sample(), ensure_ascii=False).replace('"points": 200,', f'"points": {literal},', 1)
    assert _text(_error(raw)) == expected


def test_sub_items_nest_at_most_eight_levels() -> None:
    data = _sample()
    node: dict[str, Any] = {"label": "(1)", "title": "t"}
    for _ in range(8):
        node = {"label": "(1)", "title": "t", "children": [node]}
    data["dimensions"][0]["strategies"][0]["methods"][0]["children"] = [node]
    assert _text(_error(data)) == (
        "dimensions[0].strategies[0].methods[0]" + ".children[0]" * 9 + ": sub-items nest more than 8 levels deep"
    )
    data["dimensions"][0]["strategies"][0]["methods"][0]["children"] = node["children"]
    assert parse_report_json(json.dumps(data)).dimensions[0].strategies[0].methods[0].children


def test_a_message_quotes_document_text_visibly_and_briefly() -> None:
    data = {**_sample(), "format": "perfdesk\x1b[31m\u2028" + "x" * 100}
    text = _text(_error(data))
    assert text.startswith("not a perfdesk report JSON (format is perfdesk\\u001b[31m\\u2028xxx")
    assert "…" in text and "x" * 50 not in text


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
