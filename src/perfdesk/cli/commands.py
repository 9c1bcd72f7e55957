"""The perfdesk-cli commands: each reads its arguments, calls one service, prints the outcome."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from perfdesk.domain.report import Field, ReportKind
from perfdesk.domain.roster import roster
from perfdesk.errors import PerfdeskError
from perfdesk.i18n.language import Language
from perfdesk.i18n.messages import render
from perfdesk.services import backup_restore, report_files

if TYPE_CHECKING:
    from perfdesk.domain.merge import Merged
    from perfdesk.services.folder_status import FileStatus, FolderStatus
    from perfdesk.services.submission import Received

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2  # bad usage or input, as argparse and main() exit


def run(args: argparse.Namespace, language: Language) -> int:
    handler: Callable[[argparse.Namespace, Language], int] = _COMMANDS[args.command]
    return handler(args, language)


def _new(args: argparse.Namespace, language: Language) -> int:
    report = report_files.new_report_file(
        Path(args.file), args.office, args.year, ReportKind(args.kind), overwrite=args.force
    )
    print(_t(language, f"已建立 {args.file}：{report.title}", f"created {args.file}: {report.title}"))
    return EXIT_OK


def _import_json(args: argparse.Namespace, language: Language) -> int:
    report = report_files.import_json_file(Path(args.json_file), Path(args.output), overwrite=args.force)
    print(_t(language, f"已匯入 {args.output}：{report.title}", f"imported {args.output}: {report.title}"))
    return EXIT_OK


def _import_word(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.services.document_import import import_document

    if args.output is None and not args.dry_run:
        print(
            _t(language, "請以 -o 指定新的報告檔，或加 --dry-run", "give the new file with -o, or --dry-run"),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    imported = import_document(
        Path(args.document),
        None if args.dry_run else Path(args.output),
        office=args.office,
        year=args.year,
        kind=ReportKind(args.kind) if args.kind else None,
        overwrite=args.force,
    )
    report = imported.report
    rows = sum(1 for _ in report.walk_methods())
    strategies = sum(len(d.strategies) for d in report.dimensions)
    units = len(roster(report))
    summary = _t(
        language,
        f"{report.office} {report.year} 年度{report.kind.title_word}：{len(report.dimensions)} 個構面、"
        f"{strategies} 個執行策略、{rows} 列，{units} 個單位",
        f"{report.office} {report.year} {report.kind.value}: {len(report.dimensions)} dimensions, "
        f"{strategies} strategies, {rows} rows, {units} units",
    )
    if args.dry_run:
        print(summary)
        for judgement in imported.judgements:
            print("  " + render(judgement.code, language, **judgement.params))
        print(_t(language, "（試算，未寫入任何檔案）", "(dry run: nothing written)"))
        return EXIT_OK
    print(
        _t(
            language,
            f"已匯入 {args.output}：{summary}；每列均標為待檢視",
            f"imported {args.output}: {summary}; every row is flagged for review",
        )
    )
    for judgement in imported.judgements:
        if judgement.code == "document.text_box":
            print(render(judgement.code, language, **judgement.params))
    return EXIT_OK


def _copy_forward(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.domain.copy_forward import CarryOptions
    from perfdesk.services.year_rollover import copy_forward_file

    options = CarryOptions(keep_results=args.keep_results, keep_comments=args.keep_comments)
    if args.template or args.mapping or args.dry_run:
        return _rebase(args, language, options)
    report = copy_forward_file(
        Path(args.last_file),
        Path(args.output),
        year=args.year,
        kind=ReportKind(args.kind),
        options=options,
        overwrite=args.force,
    )
    rows = sum(1 for _ in report.walk_methods())
    print(
        _t(
            language,
            f"已建立 {args.output}：{report.title}（{rows} 列待檢視）",
            f"created {args.output}: {report.title} ({rows} rows to review)",
        )
    )
    return EXIT_OK


def _rebase(args: argparse.Namespace, language: Language, options: object) -> int:
    from perfdesk.cli.mapping_output import print_mapping, read_mapping
    from perfdesk.domain.copy_forward import CarryOptions
    from perfdesk.services.year_rollover import rebase_plan, write_rebased

    if not args.template:
        raise PerfdeskError("cli.usage", detail="--mapping/--dry-run need --template")
    assert isinstance(options, CarryOptions)
    chosen = read_mapping(Path(args.mapping)) if args.mapping else None
    rebased = rebase_plan(
        Path(args.last_file),
        Path(args.template),
        year=args.year,
        kind=ReportKind(args.kind),
        options=options,
        chosen=chosen,
    )
    print_mapping(rebased.decisions, language)
    if args.dry_run:
        return EXIT_OK
    write_rebased(rebased, Path(args.output), overwrite=args.force)
    print(
        _t(language, f"已建立 {args.output}：{rebased.report.title}", f"created {args.output}: {rebased.report.title}")
    )
    return EXIT_OK


def _diff(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.cli.diff_output import print_comparison
    from perfdesk.services.year_rollover import compare_files

    comparison = compare_files(Path(args.old_file), Path(args.new_file))
    print_comparison(comparison, language)
    return EXIT_OK if comparison.equal else EXIT_PROBLEMS


def _export_json(args: argparse.Namespace, language: Language) -> int:
    if args.output:
        report_files.export_json_file(Path(args.file), Path(args.output), overwrite=args.force)
        print(_t(language, f"已匯出 {args.output}", f"exported {args.output}"), file=sys.stderr)
    else:
        sys.stdout.write(report_files.export_json(Path(args.file)))
        sys.stdout.flush()
    return EXIT_OK


def _export(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.export.options import ExportOptions, Orientation
    from perfdesk.services.export_report import export_file

    if not 6 <= args.font_size <= 36:
        raise PerfdeskError("cli.usage", detail=f"--font-size {args.font_size}: 6–36")
    options = ExportOptions(
        orientation=Orientation(args.orientation),
        font_size=args.font_size,
        font_file=Path(args.font) if args.font else None,
        widths=_column_widths(args.column_widths),
        headings_as_written=args.headings_as_written,
    )
    result = export_file(Path(args.file), Path(args.output), fmt=args.format, options=options, overwrite=args.force)
    print(_t(language, f"已匯出 {args.output}", f"exported {args.output}"), file=sys.stderr)
    notice = result.notice(language)
    if notice:
        # The file is complete; what its format could not hold is said, not hidden.
        print(f"perfdesk-cli: {notice}", file=sys.stderr)
    return EXIT_OK


def _column_widths(text: str | None) -> dict[Field, float]:
    """「strategy=2,method=3.5」 → relative widths per column field."""
    widths: dict[Field, float] = {}
    for part in filter(None, (text or "").split(",")):
        name, _, value = part.partition("=")
        try:
            field, width = Field(name.strip()), float(value)
        except ValueError:
            raise PerfdeskError("cli.usage", detail=f"--column-widths {part}") from None
        if not 0 < width <= 100:
            raise PerfdeskError("cli.usage", detail=f"--column-widths {part}")
        widths[field] = width
    return widths


def _info(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.services.submission import read_submission

    loaded, seal = read_submission(Path(args.file))
    summary = report_files.summarize(loaded)
    report = summary.report
    kind = report.kind.title_word if language != "en" else report.kind.value
    rows = [
        (("檔案", "file"), args.file),
        (("標題", "title"), report.title),
        (("機關", "agency"), f"{report.agency} {report.office}"),
        (("年度", "year"), f"{report.year}（{kind}）" if language != "en" else f"{report.year} ({kind})"),
        (("構面", "dimensions"), str(summary.dimensions)),
        (("執行策略", "strategies"), str(summary.strategies)),
        (("執行方法", "methods"), str(summary.methods)),
        (("子項目", "sub-items"), str(summary.sub_items)),
        (("主辦單位", "units"), str(len(roster(report)))),  # the one roster rule (domain/roster.py)
        (("已填成果", "with results"), f"{summary.with_results}/{summary.leaf_methods}"),
    ]
    if seal is not None:
        rows.append((("提交", "submission"), _seal_line(seal, language)))
    for (zh, en), value in rows:
        print(f"{_t(language, zh, en)}：{value}" if language != "en" else f"{en}: {value}")
    return EXIT_OK


def _seal_line(seal: Received, language: Language) -> str:
    submitted = seal.submission
    if submitted is None:
        return _t(language, "提交資訊無法讀取", "the submission's seal is unreadable")
    when, digest = submitted.submitted_at.replace("T", " "), submitted.digest[:12]
    if seal.intact:
        state = _t(language, "內容與提交時相同", "content as submitted")
    else:
        state = _t(language, "內容已與提交時不同", "content changed since it was submitted")
    checks = _t(
        language,
        f"提交時 {submitted.errors} 項待補正、{submitted.warnings} 項提醒",
        f"{submitted.errors} problems, {submitted.warnings} notes then",
    )
    if language == "en":
        return f"by {submitted.office} at {when} ({checks}); {state}; SHA-256 {digest}…"
    return f"{submitted.office} 於 {when} 提交（{checks}）；{state}；SHA-256 {digest}…"


def _status(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.services.folder_status import folder_status

    kind = ReportKind(args.kind) if args.kind else None
    against = Path(args.against) if args.against else None
    status = folder_status(Path(args.folder), year=args.year, kind=kind, against=against)
    if status.year is not None and status.kind is not None:
        what = status.kind.title_word if language != "en" else status.kind.value
        print(_t(language, f"{args.folder}：{status.year} 年度 {what}", f"{args.folder}: {status.year} {what}"))
    for f in status.files:
        print("  " + _file_line(f, language))
    problems = _status_problems(status, language)
    for line in problems:
        print(line)
    if problems:
        return EXIT_PROBLEMS
    print(_t(language, "各分局均已到齊，沒有待處理的檔案", "every office is present; nothing needs attention"))
    return EXIT_OK


def _file_line(f: FileStatus, language: Language) -> str:
    if f.problem is not None:
        return (
            f"{f.path.name}  "
            + _t(language, "無法讀取：", "unreadable: ")
            + render(f.problem.code, language, **f.problem.params)
        )
    kind = (f.kind.title_word if language != "en" else f.kind.value) if f.kind else ""
    checks = _t(language, f"{f.errors} 項待補正、{f.warnings} 項提醒", f"{f.errors} problems, {f.warnings} notes")
    if f.seal is None:
        state = _t(language, "草稿（未提交）", "draft (not submitted)")
    elif f.seal.submission is None:
        state = _t(language, "提交資訊無法讀取", "seal unreadable")
    else:
        when = f.seal.submission.submitted_at.replace("T", " ")[:16]
        state = _t(language, f"{when} 提交", f"submitted {when}")
        if not f.seal.intact:
            state += _t(language, "（內容已與提交時不同）", " (content changed since)")
    return f"{f.office}  {f.path.name}  {f.year} {kind}  {f.written}/{f.rows}  {checks}  {state}"


def _status_problems(status: FolderStatus, language: Language) -> list[str]:
    lines = [_t(language, f"缺件：{office}", f"missing: {office}") for office in status.missing]
    for f in status.unknown:
        lines.append(
            _t(
                language,
                f"不在分局名單：{f.path.name}（{f.office}）",
                f"not an office of the list: {f.path.name} ({f.office})",
            )
        )
    for office, found in status.duplicates.items():
        names = "、".join(f.path.name for f in found)
        lines.append(
            _t(
                language,
                f"同一分局有 {len(found)} 個檔案：{office}：{names}",
                f"{len(found)} files of {office}: {names}",
            )
        )
    for f in status.wrong_year:
        lines.append(
            _t(language, f"年度不符：{f.path.name} 是 {f.year} 年度", f"wrong year: {f.path.name} is {f.year}")
        )
    for f in status.wrong_kind:
        kind = f.kind.title_word if f.kind else ""
        lines.append(_t(language, f"類型不符：{f.path.name} 是{kind}", f"wrong kind: {f.path.name} is {f.kind}"))
    for f in status.unreadable:
        lines.append(_t(language, f"無法讀取：{f.path.name}", f"unreadable: {f.path.name}"))
    for f in status.changed:
        lines.append(_t(language, f"內容已與提交時不同：{f.path.name}", f"changed since submitted: {f.path.name}"))
    for f in status.not_merged:
        lines.append(
            _t(language, f"尚未彙整：{f.path.name}（{f.office}）", f"not merged yet: {f.path.name} ({f.office})")
        )
    for f in status.newer_than_merged:
        lines.append(
            _t(
                language,
                f"彙整後已更新：{f.path.name}（{f.office}）",
                f"changed since merged: {f.path.name} ({f.office})",
            )
        )
    return lines


def _merge(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.services.consolidation import merge_files, update_files

    if args.update:
        if args.output:
            raise PerfdeskError(
                "cli.usage",
                detail=_t(language, "--update 會直接更新彙整檔，不用 -o", "--update changes the file itself: no -o"),
            )
        merged = update_files(
            Path(args.headquarters), [Path(p) for p in args.offices], dry_run=args.dry_run, any_year=args.any_year
        )
        _print_merge(merged, language)
        print(
            _t(language, "（試算：未更新檔案）", "(dry run: nothing written)")
            if args.dry_run
            else _t(language, f"已更新 {args.headquarters}", f"updated {args.headquarters}")
        )
        return EXIT_OK
    if not args.dry_run and not args.output:
        raise PerfdeskError(
            "cli.usage", detail=_t(language, "請以 -o 指定彙整後的檔案，或加 --dry-run", "give -o OUT or --dry-run")
        )
    out = None if args.dry_run else Path(args.output)
    from perfdesk.cli.mapping_output import read_office_mappings

    chosen = read_office_mappings(Path(args.mapping)) if args.mapping else None
    merged = merge_files(
        Path(args.headquarters),
        [Path(p) for p in args.offices],
        out,
        overwrite=args.force,
        any_year=args.any_year,
        chosen=chosen,
    )
    _print_merge(merged, language)
    if out is None:
        print(_t(language, "（試算：未建立檔案）", "(dry run: nothing written)"))
    else:
        print(_t(language, f"已建立 {out}：{merged.report.title}", f"created {out}: {merged.report.title}"))
    return EXIT_OK


def _print_merge(merged: Merged, language: Language) -> None:
    for office in merged.offices:
        print(
            _t(
                language,
                f"{office.office}：對應 {office.matched} 列（新增 {office.new}、更新 {office.changed}、"
                f"未變 {office.unchanged}、保留總局修改 {office.kept}），"
                f"無內容 {office.empty} 列，未對應 {office.unmatched} 列",
                f"{office.office}: {office.matched} rows matched ({office.new} new, {office.changed} changed, "
                f"{office.unchanged} unchanged, {office.kept} kept headquarters' edit), {office.empty} empty, "
                f"{office.unmatched} unmatched",
            )
        )


def _submit(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.services.submission import submit_file

    seal = submit_file(Path(args.file), Path(args.output), overwrite=args.force)
    when = seal.submitted_at.replace("T", " ")
    print(
        _t(
            language,
            f"已建立提交檔 {args.output}：{seal.office} {seal.year} 年度 {seal.kind.title_word}，{when}；"
            f"檢查 {seal.errors} 項待補正、{seal.warnings} 項提醒；SHA-256 {seal.digest[:12]}…",
            f"created the submission {args.output}: {seal.office} {seal.year} {seal.kind.value}, {when}; "
            f"{seal.errors} problems, {seal.warnings} notes; SHA-256 {seal.digest[:12]}…",
        )
    )
    return EXIT_OK


def _validate(args: argparse.Namespace, language: Language) -> int:
    _report, problems = report_files.check_file(Path(args.file))
    errors = [p for p in problems if not p.code.is_warning]
    for problem in problems:
        prefix = _t(language, "提醒：", "note: ") if problem.code.is_warning else ""
        print(prefix + render(f"problem.{problem.code.value}", language, location=problem.location, **problem.params))
    if errors:
        print(_t(language, f"共 {len(errors)} 項待補正", f"{len(errors)} problems found"), file=sys.stderr)
        return EXIT_PROBLEMS
    if problems:
        count = len(problems)
        print(_t(language, f"檢查通過，沒有待補正事項（{count} 項提醒）", f"no problems to fix ({count} notes)"))
    else:
        print(_t(language, "檢查通過，沒有發現問題", "no problems found"))
    return EXIT_OK


def _backups(args: argparse.Namespace, language: Language) -> int:
    found = backup_restore.backups_of(Path(args.file))
    if not found:
        print(render("backup.none", language, path=args.file))
        return EXIT_OK
    for number, backup in enumerate(found, start=1):
        taken = backup.taken.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{number:>3}  {taken}  {backup.reason:<16} {backup.size:>10,} B  {backup.path}")
    return EXIT_OK


def _restore(args: argparse.Namespace, language: Language) -> int:
    output = Path(args.output) if args.output else None
    backup = backup_restore.restore_backup(Path(args.file), args.number, out=output, overwrite=args.force)
    target = args.output or args.file
    taken = backup.taken.strftime("%Y-%m-%d %H:%M:%S")
    print(_t(language, f"已將 {taken} 的備份還原至 {target}", f"restored the backup of {taken} to {target}"))
    return EXIT_OK


def _sample(args: argparse.Namespace, language: Language) -> int:
    from perfdesk.services.sample_copy import sample_working_copy

    print(sample_working_copy(args.name, reset=args.reset))
    return EXIT_OK


def _t(language: Language, zh: str, en: str) -> str:
    return en if language == "en" else zh


_COMMANDS: dict[str, Callable[[argparse.Namespace, Language], int]] = {
    "new": _new,
    "import-json": _import_json,
    "import-word": _import_word,
    "export-json": _export_json,
    "copy-forward": _copy_forward,
    "diff": _diff,
    "export": _export,
    "info": _info,
    "submit": _submit,
    "status": _status,
    "merge": _merge,
    "validate": _validate,
    "backups": _backups,
    "restore": _restore,
    "sample": _sample,
}
