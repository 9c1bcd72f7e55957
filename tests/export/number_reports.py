"""A report whose first row's results put numbers and Latin words at every place of a line, and a check that
LibreOffice's rendering of it breaks no line inside one (「4,00 / 8 件」「達 95 / %」「C / NS」)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from perfdesk.domain.report import Report
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.export_report import export_report
from tests.office_conversion import convert_with_libreoffice, pdf_text

# Each paragraph starts one character later, so over the paragraphs every word and number meets a line end.
_SENTENCE = "民眾檢舉申訴案件 4,008 件，達 95%，依 CNS 8088 規定，上傳 YouTube 分享。"
NUMBERS_TEXT = "\n".join("一" * shift + _SENTENCE for shift in range(32))
# The words and numbers that must stay whole, and what may stand on either side of a line break inside one.
_WORDS = ("4,008", "95%", "CNS", "8088", "YouTube")


def report_with_numbers() -> Report:
    """Taichung 112 with one strategy of one method whose results are NUMBERS_TEXT, its other texts short."""
    report = sample_report("taichung-112")
    dimension = report.dimensions[0]
    strategy = dimension.strategies[0]
    method = strategy.methods[0]
    method.title, method.description, method.practice, method.results = "受理", "", "", NUMBERS_TEXT
    method.units, method.children, method.contributions, method.points = ["秘書室"], [], [], None
    strategy.title, strategy.points, strategy.methods = "便民", None, [method]
    dimension.strategies = [strategy]
    report.dimensions = [dimension]
    return report


def broken_words(text: str) -> list[str]:
    """The words of _WORDS that `text` (pdftotext's lines) breaks over two lines, as 「4,00/8」."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = []
    for before, after in itertools.pairwise(lines):
        joined = before + after
        at = len(before)
        for word in _WORDS:
            for match in re.finditer(re.escape(word), joined):
                if match.start() < at < match.end():
                    found.append(f"{joined[match.start() : at]}/{joined[at : match.end()]}")
    return found


def assert_libreoffice_keeps_numbers_whole(suffix: str, tmp_path: Path) -> None:
    """Export report_with_numbers() as `suffix` (".docx" …), render it with LibreOffice, and find no word broken."""
    out = tmp_path / f"numbers{suffix}"
    export_report(report_with_numbers(), out)
    text = pdf_text(convert_with_libreoffice(out, "pdf", tmp_path / "pdf"))
    assert "".join(text.split()).count("CNS8088") >= 24  # all there, but where page ends interrupt
    assert broken_words(text) == []
