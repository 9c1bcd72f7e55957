"""Find and replace: which fields are searched, in which order, how case is folded, what counts as one match."""

from __future__ import annotations

from perfdesk.domain.report import Column, Contribution, Dimension, Field, Method, Origin, Report, ReportKind, Strategy
from perfdesk.domain.search import find_all, replaced

# A word that stands in every text field of the report below, searched for by the tests.
NEEDLE = "針"


def _method(id: str, *, children: list[Method] | None = None) -> Method:
    """A method with the needle in every text it holds, searched or not."""
    return Method(
        id=id,
        label=f"{NEEDLE}.",
        title=f"標題{NEEDLE}",
        description=f"說明{NEEDLE}",
        units=[NEEDLE],
        practice=f"作法{NEEDLE}",
        results=f"成果{NEEDLE}",
        criteria=f"評核{NEEDLE}",
        points=1,
        comment=f"意見{NEEDLE}",
        contributions=[Contribution(office=NEEDLE, practice=NEEDLE, results=NEEDLE)],
        origin=Origin(
            id=f"origin-{id}",
            year=111,
            title=NEEDLE,
            description=NEEDLE,
            units=[NEEDLE],
            practice=NEEDLE,
            results=NEEDLE,
        ),
        children=children or [],
    )


def _report() -> Report:
    sub_item = _method("m1.1")
    strategy = Strategy(
        id="s1", label=f"({NEEDLE})", title=f"策略{NEEDLE}", methods=[_method("m1", children=[sub_item])]
    )
    second = Strategy(id="s2", label="(二)", title=f"策略{NEEDLE}", methods=[_method("m2")])
    dimension = Dimension(
        id="d1",
        label=f"構面{NEEDLE}",
        name=f"名稱{NEEDLE}",
        category=f"類別{NEEDLE}",
        heading=f"標題{NEEDLE}",
        note=f"附註{NEEDLE}",
        columns=[Column(Field.METHOD, NEEDLE)],
        strategies=[strategy, second],
    )
    # No heading and no note (None): nothing to search there, and no error either.
    bare = Dimension(id="d2", label="構面二", name=f"名稱{NEEDLE}", strategies=[])
    return Report(
        agency=NEEDLE,
        office=NEEDLE,
        year=112,
        kind=ReportKind.PLAN,
        title=NEEDLE,
        front_matter=[NEEDLE],
        units=[NEEDLE],
        dimensions=[dimension, bare],
    )


_METHOD_FIELDS = ["label", "title", "description", "practice", "results", "criteria", "comment"]


def test_every_searched_field_is_found_in_reading_order_and_nothing_else() -> None:
    # Reading order: a dimension, then its strategies, each followed by its methods, each
    # followed by its sub-items; within a node, its fields in the order a form shows them.
    # An office's contribution follows its method (its text, not the office's name).
    # Units, categories, last year's text (origin), column headers and the report's own fields
    # are not searched.
    report = _report()
    owners = {id(c): f"{m.id}:{c.office}" for m in report.walk_methods() for c in m.contributions}
    found = [
        (owners[id(match.node)] if isinstance(match.node, Contribution) else match.node.id, match.field)
        for match in find_all(report, NEEDLE)
    ]
    office = ["practice", "results"]
    assert found == [
        *[("d1", field) for field in ("label", "name", "heading", "note")],
        ("s1", "label"),
        ("s1", "title"),
        *[("m1", field) for field in _METHOD_FIELDS],
        *[(f"m1:{NEEDLE}", field) for field in office],
        *[("m1.1", field) for field in _METHOD_FIELDS],
        *[(f"m1.1:{NEEDLE}", field) for field in office],
        ("s2", "title"),
        *[("m2", field) for field in _METHOD_FIELDS],
        *[(f"m2:{NEEDLE}", field) for field in office],
        ("d2", "name"),
    ]


def test_a_match_says_where_in_its_field_it_is() -> None:
    report = _report()
    for match in find_all(report, NEEDLE):
        text = getattr(match.node, match.field)
        assert text[match.start : match.start + match.length] == NEEDLE, (match.node, match.field)
    title = next(m for m in find_all(report, NEEDLE) if getattr(m.node, "id", None) == "s1" and m.field == "title")
    assert (title.start, title.length) == (2, 1)


def _one_method(**texts: str) -> Report:
    method = Method(**{"label": "1.", "title": "", **texts}, id="m")  # type: ignore[arg-type]
    strategy = Strategy(label="(一)", title="", methods=[method], id="s")
    return Report(
        "機關", "分局", 112, ReportKind.PLAN, dimensions=[Dimension("構面一", "", strategies=[strategy], id="d")]
    )


def test_every_occurrence_in_a_field_is_found_left_to_right() -> None:
    report = _one_method(results="本年度辦理本年度計畫，本年度完成")
    assert [(m.field, m.start, m.length) for m in find_all(report, "本年度")] == [
        ("results", 0, 3),
        ("results", 5, 3),
        ("results", 11, 3),
    ]


def test_occurrences_do_not_overlap_and_agree_with_replace() -> None:
    report = _one_method(results="aaaa", comment="aaa")
    assert [(m.field, m.start) for m in find_all(report, "aa")] == [("results", 0), ("results", 2), ("comment", 0)]
    assert replaced("aaaa", "aa", "b") == "bb"
    assert replaced("aaa", "aa", "b") == "ba"


def test_case_is_folded_unless_asked_otherwise() -> None:
    report = _one_method(title="ISO 9001 認證", practice="iso 流程", results="Iso")
    folded = [(m.field, m.start, m.length) for m in find_all(report, "iSo")]
    assert folded == [("title", 0, 3), ("practice", 0, 3), ("results", 0, 3)]
    exact = [(m.field, m.start) for m in find_all(report, "iso", case_sensitive=True)]
    assert exact == [("practice", 0)]
    assert find_all(report, "iSo", case_sensitive=True) == []


def test_nothing_is_found_for_an_empty_needle_or_text_that_is_not_there() -> None:
    report = _report()
    assert find_all(report, "") == []
    assert find_all(report, "不存在的字") == []


def test_replaced_replaces_every_occurrence_and_keeps_the_rest() -> None:
    assert replaced("本年度辦理本年度計畫", "本年度", "113 年") == "113 年辦理113 年計畫"
    assert replaced("ISO iso Iso", "iso", "CNS") == "CNS CNS CNS"
    assert replaced("ISO iso Iso", "iso", "CNS", case_sensitive=True) == "ISO CNS Iso"
    assert replaced("沒有要換的", "本年度", "113 年") == "沒有要換的"


def test_a_replacement_that_contains_the_needle_is_not_replaced_again() -> None:
    assert replaced("aXa", "a", "aa") == "aaXaa"
    assert replaced("AxA", "a", "aa") == "aaxaa"
    assert replaced("AxA", "a", "aa", case_sensitive=True) == "AxA"


_FOLDING_CHANGES_LENGTH = "ßﬁİ"  # casefold: ß → ss, ﬁ → fi, İ → i̇ (two characters each)


def test_positions_count_in_the_field_even_where_folding_changes_its_length() -> None:
    report = _one_method(results=f"{_FOLDING_CHANGES_LENGTH}成果")
    (match,) = find_all(report, "成果")
    assert (match.start, match.length) == (3, 2)


def test_replacing_after_a_character_that_folds_to_two_keeps_the_text_around_it() -> None:
    assert replaced("ßa", "a", "b") == "ßb"
    assert replaced("ﬁX 計畫", "x", "y") == "ﬁy 計畫"


def test_a_match_never_begins_or_ends_inside_one_characters_folding() -> None:
    report = _one_method(results="Straße")
    assert [(m.start, m.length) for m in find_all(report, "SS")] == [(4, 1)]  # ß is ss, case-insensitively
    assert [m.start for m in find_all(report, "s")] == [0]  # the S; half of ß is no occurrence
    assert replaced("Straße", "SS", "ss") == "Strasse" and replaced("ßa", "s", "x") == "ßa"


def test_replacing_nothing_changes_nothing() -> None:
    assert replaced("計畫", "", "x") == "計畫"
    assert replaced("計畫", "", "x", case_sensitive=True) == "計畫"
