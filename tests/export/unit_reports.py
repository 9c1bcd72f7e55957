"""A report whose first row names given units, and columns that are too narrow or wide enough for them."""

from __future__ import annotations

from perfdesk.domain.report import Field, Report
from perfdesk.export.options import ExportOptions
from perfdesk.services.builtin_reports import sample_report

# A name wider than the units column holds at the default A4 landscape, 12 pt (seven CJK characters in
# every format), with the kind of office it names at its end.
TOO_WIDE = "桃園國際機場辦事處"
FITS = "秘書室"
# The same column over four times as wide: every name of these fits.
WIDE = ExportOptions(widths={Field.UNITS: 7.0})


def report_with_units(*units: str) -> Report:
    """Taichung 112 with its first row's units replaced, and that row's other texts short, so the units
    decide the row's height (a strategy of one method, 「(一)便民」, and a method 「1.受理」)."""
    report = sample_report("taichung-112")
    strategy = report.dimensions[0].strategies[0]
    method = strategy.methods[0]
    method.title, method.description, method.results, method.practice = "受理", "", "", ""
    method.units = list(units)
    method.children, method.contributions, method.points = [], [], None
    strategy.title, strategy.points, strategy.methods = "便民", None, [method]
    return report
