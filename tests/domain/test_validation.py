from perfdesk.domain.report import Dimension, Field, Method, Report, ReportKind, Strategy, default_columns
from perfdesk.domain.validation import ProblemCode, validate


def _report(kind: ReportKind, methods: list[Method], units: list[str] | None = None) -> Report:
    strategy = Strategy("(一)", "服務一致及正確性", methods=methods)
    dimension = Dimension("構面一", "基礎服務", 200, strategies=[strategy])
    return Report("經濟部標準檢驗局", "臺中分局", 112, kind, units=units or [], dimensions=[dimension])


def _codes(report: Report) -> list[tuple[ProblemCode, str]]:
    return [(p.code, p.location) for p in validate(report)]


def test_a_complete_report_has_no_problems(taichung: Report) -> None:
    assert validate(taichung) == []


def test_empty_results_only_matter_in_a_results_report() -> None:
    methods = [Method("1.", "a", units=["秘書室"]), Method("2.", "b", units=["秘書室"], results="完成")]
    assert _codes(_report(ReportKind.RESULTS, methods)) == [(ProblemCode.EMPTY_RESULTS, "構面一 (一) 1.")]
    assert _codes(_report(ReportKind.PLAN, methods)) == []


def test_a_parent_with_sub_items_is_judged_by_its_sub_items() -> None:
    parent = Method(
        "1.",
        "提升服務設施合宜度",
        children=[Method("(1)", "a", units=["秘書室"], results="x"), Method("(2)", "b", results="y")],
    )
    assert _codes(_report(ReportKind.RESULTS, [parent])) == [(ProblemCode.MISSING_UNITS, "構面一 (一) 1. (2)")]
    parent.units = ["秘書室"]  # units of the parent cover its sub-items
    assert _codes(_report(ReportKind.RESULTS, [parent])) == []


def test_units_outside_the_roster_are_named() -> None:
    report = _report(ReportKind.PLAN, [Method("1.", "a", units=["秘書室", "資訊室"])], units=["秘書室"])
    problems = validate(report)
    assert [(p.code, p.params) for p in problems] == [(ProblemCode.UNKNOWN_UNIT, {"unit": "資訊室"})]


def test_a_dimension_without_a_units_column_needs_no_units() -> None:
    report = _report(ReportKind.PLAN, [Method("1.", "a")])
    report.dimensions[0].columns = [c for c in default_columns() if c.field is not Field.UNITS]
    assert validate(report) == []


def test_duplicate_and_missing_labels() -> None:
    methods = [
        Method("1.", "a", units=["u"]),
        Method("1.", "b", units=["u"]),
        Method("", "第三項", units=["u"]),
    ]
    codes = _codes(_report(ReportKind.PLAN, methods))
    # Locations are outline paths (domain/tree.py), which tell the two 「1.」 and the unlabelled row apart.
    assert codes == [
        (ProblemCode.DUPLICATE_LABEL, "構面一 (一) 1.[1]"),
        (ProblemCode.DUPLICATE_LABEL, "構面一 (一) 1.[2]"),
        (ProblemCode.MISSING_LABEL, "構面一 (一) [3]"),
    ]


def test_a_lone_method_needs_no_number() -> None:
    assert _codes(_report(ReportKind.PLAN, [Method("", "提升同仁行政效率", units=["各單位"])])) == []


def test_review_progress_and_next_unreviewed_row() -> None:
    from perfdesk.domain.progress import next_unreviewed, review_progress

    rows = [
        Method("1.", "a", needs_review=True),
        Method("2.", "a", needs_review=False),
        Method("3.", "a", needs_review=True),
    ]
    report = _report(ReportKind.PLAN, rows)
    # Rows with neither an origin nor the flag were never carried over: not counted.
    assert review_progress(report) == (0, 2)
    # Identical rows are told apart by identity, not equality.
    assert next_unreviewed(report, rows[0]) is rows[2]
    assert next_unreviewed(report, rows[2]) is rows[0]
    for row in rows:
        row.needs_review = False
    assert next_unreviewed(report, None) is None


def test_unlabelled_rows_of_a_real_report_are_notes_not_problems_and_a_lone_project_is_fine() -> None:
    from perfdesk.services.builtin_reports import sample_report

    # hq-108: the project of 二、專案規劃類 has no 構面 label (alone in its category: not flagged);
    # its scored sections 內部效益, 成本合理性, 服務持續性及擴散性 follow 壹、貳、叁、 without one.
    problems = [p for p in validate(sample_report("hq-108")) if p.code is ProblemCode.MISSING_LABEL]
    assert [p.params["title"] for p in problems] == ["內部效益", "成本合理性", "服務持續性及擴散性"]
    assert all(p.code.is_warning for p in problems)
