"""Entry point of perfdesk-cli: parse the command line, run one command, map failures to exit codes."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Iterable, Sequence
from typing import NoReturn

from perfdesk import __version__
from perfdesk.errors import PerfdeskError
from perfdesk.export import formats
from perfdesk.i18n.language import user_language
from perfdesk.i18n.messages import render

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as our one-line message and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise PerfdeskError("cli.usage", detail=message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="perfdesk-cli", description="perfdesk 提升服務效能報告 — 命令列工具")
    parser.add_argument("--version", action="version", version=f"perfdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    new = commands.add_parser("new", help="以內建範本建立新報告檔")
    new.add_argument("file")
    new.add_argument("--office", required=True, help="分局名稱，例如 臺中分局")
    new.add_argument("--year", required=True, type=_roc_year, help="民國年，例如 113")
    new.add_argument("--kind", choices=["plan", "results"], default="plan")
    new.add_argument("--force", action="store_true", help="覆寫已存在的檔案")

    imp = commands.add_parser("import-json", help="由 JSON 交換檔建立報告檔")
    imp.add_argument("json_file")
    imp.add_argument("-o", "--output", required=True)
    imp.add_argument("--force", action="store_true")

    word = commands.add_parser("import-word", help="由分局的 Word（.docx、.doc）或 ODF（.odt）報告建立報告檔")
    word.add_argument("document")
    word.add_argument("-o", "--output", help="新的報告檔（--dry-run 時可省略）")
    word.add_argument("--office", help="分局名稱（預設取自文件標題）")
    word.add_argument("--year", type=_roc_year, help="民國年（預設取自文件標題）")
    word.add_argument("--kind", choices=["plan", "results"], help="執行計畫或執行績效與成果（預設取自文件標題）")
    word.add_argument("--dry-run", action="store_true", help="只列出將匯入的內容與每項判斷，不寫入檔案")
    word.add_argument("--force", action="store_true", help="覆寫已存在的檔案（先備份）")

    forward = commands.add_parser("copy-forward", help="由去年的報告檔建立新年度報告檔")
    forward.add_argument("last_file")
    forward.add_argument("-o", "--output", required=True)
    forward.add_argument("--year", type=_roc_year, help="新年度（預設為去年 + 1）")
    forward.add_argument("--kind", choices=["plan", "results"], default="plan")
    forward.add_argument("--keep-results", action="store_true", help="保留去年的執行績效與成果")
    forward.add_argument("--keep-comments", action="store_true", help="保留內部備註")
    forward.add_argument("--template", help="總局的新範本（JSON 交換檔）：採用新範本的架構與文字，並對應去年的內容")
    forward.add_argument("--mapping", help="修改對應：JSON 物件 {新範本位置: 去年位置或 null}")
    forward.add_argument("--dry-run", action="store_true", help="只列出對應結果，不建立檔案")
    forward.add_argument("--force", action="store_true")

    diff = commands.add_parser("diff", help="比較兩個報告檔（例如去年與今年）")
    diff.add_argument("old_file")
    diff.add_argument("new_file")

    exp = commands.add_parser("export-json", help="將報告檔匯出為 JSON 交換檔")
    exp.add_argument("file")
    exp.add_argument("-o", "--output", help="輸出檔；省略時寫到標準輸出")
    exp.add_argument("--force", action="store_true")

    known = formats.export_formats()
    export = commands.add_parser("export", help=f"匯出可送件的 {_either(f.name for f in known)} 報表")
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True, help=f"輸出檔（{_either(f.extension for f in known)}）")
    export.add_argument("--format", choices=formats.format_ids(), help="省略時依輸出檔副檔名判斷")
    export.add_argument("--orientation", choices=["landscape", "portrait"], default="landscape")
    export.add_argument("--font-size", type=float, default=12.0, help="字級（點），預設 12")
    export.add_argument("--font", help="改用指定的 TrueType 字型檔")
    export.add_argument(
        "--column-widths",
        help="欄寬比例，例如 strategy=2,method=3.5,units=1.6,results=6（未列出的用預設）",
    )
    export.add_argument(
        "--headings-as-written",
        action="store_true",
        help="構面標題照原文輸出（預設統一為「構面一：基礎服務（200 分）」）",
    )
    export.add_argument("--force", action="store_true")

    info = commands.add_parser("info", help="顯示報告摘要")
    info.add_argument("file")

    status = commands.add_parser("status", help="總局：檢視收件資料夾（各分局的檔案、缺件、待處理）")
    status.add_argument("folder")
    status.add_argument("--year", type=_roc_year, help="應收年度（預設為多數檔案的年度）")
    status.add_argument("--kind", choices=["plan", "results"], help="應收類型（預設為多數檔案的類型）")
    status.add_argument("--against", help="總局彙整後的報告檔：也列出尚未彙整或彙整後又更新的檔案")

    merge = commands.add_parser("merge", help="總局：將各分局的檔案彙整進總局的報告")
    merge.add_argument("headquarters", help="總局的報告檔（各列的總局文字）；--update 時為彙整後的報告檔")
    merge.add_argument("offices", nargs="+", help="各分局的報告檔或提交檔（順序不拘）")
    merge.add_argument("-o", "--output", help="彙整後的報告檔")
    merge.add_argument("--dry-run", action="store_true", help="只列出各分局的對應結果，不建立檔案")
    merge.add_argument("--update", action="store_true", help="將分局更正後的檔案併入已彙整的報告（保留總局的修改）")
    merge.add_argument("--any-year", action="store_true", help="也彙整其他年度或類型的檔案")
    merge.add_argument("--mapping", help="修改對應：JSON 物件 {分局: {總局位置: 分局位置或 null}}")
    merge.add_argument("--force", action="store_true")

    submit = commands.add_parser("submit", help="建立送總局的提交檔（封存、唯讀的副本）")
    submit.add_argument("file")
    submit.add_argument("-o", "--output", required=True, help="提交檔，例如 新竹分局-112-提交.perfdesk")
    submit.add_argument("--force", action="store_true", help="以新的提交取代已存在的提交檔")

    check = commands.add_parser("validate", help="檢查報告是否有待補正之處")
    check.add_argument("file")

    backups = commands.add_parser("backups", help="列出報告檔的自動備份")
    backups.add_argument("file")

    sample = commands.add_parser("sample", help="建立（或重設）內建範例報告的工作副本並印出其路徑")
    # The shipped samples (services/builtin_reports.SAMPLE_NAMES, not imported: the CLI starts fast).
    samples = ["taichung-112", "tainan-112", "keelung-102", "hq-108"]
    sample.add_argument("--name", default="taichung-112", choices=samples)
    sample.add_argument("--reset", action="store_true", help="捨棄工作副本的修改，重新複製範例")

    restore = commands.add_parser("restore", help="以備份還原報告檔")
    restore.add_argument("file")
    restore.add_argument("number", nargs="?", type=int, default=1, help="備份編號（見 backups，1 為最新）")
    restore.add_argument("-o", "--output", help="還原到另一個檔案，而非覆蓋原檔")
    restore.add_argument("--force", action="store_true")
    return parser


def _either(words: Iterable[str]) -> str:
    """「Excel、PDF 或 Word」; a name two formats share (ODF text and spreadsheet) said once."""
    *rest, last = dict.fromkeys(words)
    return f"{'、'.join(rest)} 或 {last}" if rest else last


def _roc_year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(render("cli.bad_year", user_language(), value=value)) from None
    if not 1 <= year <= 999:
        raise argparse.ArgumentTypeError(render("cli.bad_year", user_language(), value=value))
    return year


def main(argv: Sequence[str] | None = None) -> int:
    language = user_language()
    try:
        args = build_parser().parse_args(argv)
        # Importing SQLAlchemy allocates many objects; collecting cycles meanwhile only costs
        # start-up time. Freeze what the imports made, then collect as usual for the real work.
        gc.disable()
        from perfdesk.cli import commands

        gc.freeze()
        gc.enable()

        return int(commands.run(args, language))
    except PerfdeskError as error:
        _fail(render(error.code, language, **error.params))
    except KeyboardInterrupt:
        _fail(render("cli.interrupted", language))
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        if os.environ.get("PERFDESK_DEBUG"):
            raise
        _fail(render("cli.unexpected", language, reason=f"{type(error).__name__}: {error}"))
    return EXIT_BAD_INPUT


def _fail(message: str) -> None:
    print(f"perfdesk-cli: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
