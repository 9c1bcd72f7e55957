"""Import 高雄分局's 108 results report, a Word file written blind to the importer, and compare the
tree it gives with what the report means (kaohsiung_108_document.EXPECTED), field by field."""

from __future__ import annotations

from typing import Any

from perfdesk.services.document_import import import_document

from .kaohsiung_108_document import EXPECTED, write_document

REPORT_FIELDS = ("agency", "office", "year", "kind", "title", "front_matter")
DIMENSION_FIELDS = ("label", "name", "points", "category")
STRATEGY_FIELDS = ("label", "title")
METHOD_FIELDS = ("label", "title", "description", "units", "practice", "results")


def _value(node: Any, name: str) -> Any:
    value = getattr(node, name)
    if name == "kind":
        return str(getattr(value, "value", value))
    if isinstance(value, tuple):
        return list(value)
    return value


def _compare_fields(where: str, expected: dict, actual: Any, fields: tuple[str, ...], out: list[str]) -> None:
    for name in fields:
        want, got = expected[name], _value(actual, name)
        if want != got:
            out.append(f"{where}: {name}\n      expected {want!r}\n      got      {got!r}")


def _compare_lists(where: str, what: str, expected: list, actual: list, describe, compare, out: list[str]) -> None:
    if len(expected) != len(actual):
        out.append(
            f"{where}: {len(expected)} {what} expected, {len(actual)} got\n"
            f"      expected {[describe(e, True) for e in expected]}\n"
            f"      got      {[describe(a, False) for a in actual]}"
        )
    for want, got in zip(expected, actual, strict=False):
        compare(want, got)


def _method_name(node, is_expected: bool) -> str:
    label, title = (node["label"], node["title"]) if is_expected else (node.label, node.title)
    return f"{label}{title[:14]}"


def _compare_method(where: str, want: dict, got: Any, out: list[str]) -> None:
    here = f"{where} › {_method_name(want, True)}"
    _compare_fields(here, want, got, METHOD_FIELDS, out)
    _compare_lists(
        here,
        "sub-items",
        want["children"],
        list(got.children),
        _method_name,
        lambda w, g: _compare_method(here, w, g, out),
        out,
    )


def _differences(expected: dict, report: Any) -> list[str]:
    out: list[str] = []
    _compare_fields("report", expected, report, REPORT_FIELDS, out)

    def compare_dimension(want: dict, got: Any) -> None:
        here = want["label"]
        _compare_fields(here, want, got, DIMENSION_FIELDS, out)

        def compare_strategy(want_s: dict, got_s: Any) -> None:
            where = f"{here} {want_s['label']}{want_s['title']}"
            _compare_fields(where, want_s, got_s, STRATEGY_FIELDS, out)
            _compare_lists(
                where,
                "methods",
                want_s["methods"],
                list(got_s.methods),
                _method_name,
                lambda w, g: _compare_method(where, w, g, out),
                out,
            )

        _compare_lists(
            here,
            "strategies",
            want["strategies"],
            list(got.strategies),
            lambda s, e: f"{s['label']}{s['title']}" if e else f"{s.label}{s.title}",
            compare_strategy,
            out,
        )

    _compare_lists(
        "report",
        "dimensions",
        expected["dimensions"],
        list(report.dimensions),
        lambda d, e: f"{d['label']}{d['name']}" if e else f"{d.label}{d.name}",
        compare_dimension,
        out,
    )
    return out


def test_expected_tree_is_the_size_asked_for():
    dimensions = EXPECTED["dimensions"]
    strategies = [s for d in dimensions for s in d["strategies"]]
    methods = [m for s in strategies for m in s["methods"]]
    assert len(dimensions) >= 4 and len(strategies) >= 10 and len(methods) >= 25
    assert any(m["children"] for m in methods)


def test_kaohsiung_108_imports_as_the_report_means(tmp_path):
    path = write_document(tmp_path / "高雄分局108年度提升服務效能執行績效與成果.docx")
    report = import_document(path, None).report
    differences = _differences(EXPECTED, report)
    assert not differences, f"{len(differences)} differences:\n" + "\n".join(f"  - {d}" for d in differences)
