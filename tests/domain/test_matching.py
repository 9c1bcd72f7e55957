"""The one matcher pairs rows of two reports and says why, so a person can check every pair."""

from __future__ import annotations

import copy

from perfdesk.domain.matching import SIMILAR_ENOUGH, Reason, match, similarity
from perfdesk.domain.report import Dimension, Method, Origin, Report, ReportKind, Strategy, new_id


def _report(*methods: Method, second: list[Method] | None = None) -> Report:
    dimensions = [Dimension("構面一", "基礎服務", strategies=[Strategy("(一)", "策略", methods=list(methods))])]
    if second is not None:
        dimensions.append(Dimension("構面二", "服務遞送", strategies=[Strategy("(一)", "策略", methods=second)]))
    return Report("機關", "新竹分局", 112, ReportKind.PLAN, dimensions=dimensions)


def _pairs(old: Report, new: Report, **options: object) -> list[tuple[str | None, str | None, Reason]]:
    return [
        (p.new.path if p.new else None, p.old.path if p.old else None, p.reason)
        for p in match(old, new, kinds=("method",), **options).pairs  # type: ignore[arg-type]
    ]


def test_identity_first_then_place_and_title_then_label_and_title() -> None:
    last = _report(Method("1.", "訂定標準作業流程"), Method("2.", "提升服務及時性"), Method("3.", "提高專業度"))
    carried = Method("9.", "全新的標題", origin=Origin(id=last.dimensions[0].strategies[0].methods[0].id, year=111))
    new = _report(carried, Method("2.", "提升服務及時性"), Method("4.", "另一列"), second=[Method("3.", "提高專業度")])
    assert _pairs(last, new) == [
        ("構面一 (一) 9.", "構面一 (一) 1.", Reason.ID),
        ("構面一 (一) 2.", "構面一 (一) 2.", Reason.LABEL_TITLE),
        ("構面一 (一) 4.", None, Reason.NEW),
        ("構面二 (一) 3.", "構面一 (一) 3.", Reason.MOVED),
    ]


def test_an_old_row_is_used_once_and_the_unmatched_come_last() -> None:
    last = _report(Method("1.", "甲"), Method("2.", "乙"))
    new = _report(Method("1.", "甲"), second=[Method("1.", "甲")])
    assert _pairs(last, new) == [
        ("構面一 (一) 1.", "構面一 (一) 1.", Reason.LABEL_TITLE),
        ("構面二 (一) 1.", None, Reason.NEW),
        (None, "構面一 (一) 2.", Reason.UNMATCHED),
    ]


def test_similar_wording_only_when_asked_and_only_above_the_threshold() -> None:
    last = _report(Method("1.", "設置全功能單一窗口櫃臺(含臨櫃、電話或網路)"), Method("2.", "完全無關的另一件事"))
    new = _report(Method("5.", "設置全功能單一窗口櫃檯，含臨櫃、電話或網路"), Method("6.", "辦理志工訓練"))
    assert _pairs(last, new)[0][2] is Reason.NEW
    pairs = match(last, new, kinds=("method",), similar=True).pairs
    assert (pairs[0].reason, pairs[0].old.path if pairs[0].old else None) == (Reason.SIMILAR, "構面一 (一) 1.")
    assert SIMILAR_ENOUGH <= pairs[0].score < 1
    assert pairs[1].reason is Reason.NEW  # 「辦理志工訓練」 is like nothing of last year
    assert similarity(Method("", "辦理志工訓練"), Method("", "完全無關的另一件事")) < SIMILAR_ENOUGH


def test_the_same_dimension_breaks_a_tie_but_does_not_lift_a_pair_over_the_threshold() -> None:
    text = "定期檢查各類硬體設施是否妥適"
    last = _report(Method("1.", text), second=[Method("1.", text)])
    new = _report(Method("7.", text + "。"))
    (first, *_rest) = match(last, new, kinds=("method",), similar=True).pairs
    assert first.reason is Reason.SIMILAR and first.old is not None and first.old.path == "構面一 (一) 1."
    # 0.57 alike, in the same dimension: the tie-breaker must not make it a match.
    below, near = Method("1.", "甲乙丙丁戊己庚辛壬癸"), Method("7.", "甲乙丙丁戊己子丑寅卯辰")
    assert SIMILAR_ENOUGH - 0.05 <= similarity(below, near) < SIMILAR_ENOUGH
    assert match(_report(below), _report(near), kinds=("method",), similar=True).pairs[0].reason is Reason.NEW


def test_a_chosen_pair_overrides_everything_and_none_means_empty() -> None:
    last = _report(Method("1.", "甲"), Method("2.", "乙"))
    new = copy.deepcopy(last)
    chosen: dict[str, str | None] = {"構面一 (一) 1.": "構面一 (一) 2.", "構面一 (一) 2.": None}
    assert _pairs(last, new, chosen=chosen) == [
        ("構面一 (一) 1.", "構面一 (一) 2.", Reason.CHOSEN),
        ("構面一 (一) 2.", None, Reason.CHOSEN),
        (None, "構面一 (一) 1.", Reason.UNMATCHED),
    ]


def test_kinds_are_never_mixed() -> None:
    last = _report(Method("構面一", "基礎服務"))
    new = _report()
    new.dimensions[0].strategies[0].methods = []
    pairs = match(last, new).pairs
    by_kind = {(p.new.kind if p.new else p.old.kind, p.reason) for p in pairs}  # type: ignore[union-attr]
    assert ("dimension", Reason.LABEL_TITLE) in by_kind and ("method", Reason.UNMATCHED) in by_kind
    assert all(p.new is None or p.old is None or p.new.kind == p.old.kind for p in pairs)


def test_fresh_ids_match_nothing_by_identity() -> None:
    last = _report(Method("1.", "甲"))
    new = _report(Method("1.", "甲", id=new_id()))
    assert _pairs(last, new)[0][2] is Reason.LABEL_TITLE
