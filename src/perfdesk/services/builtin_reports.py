"""The reports shipped with perfdesk: the current framework template and the sample reports."""

from __future__ import annotations

from perfdesk.domain.report import Report, ReportKind
from perfdesk.interchange.builtin_framework import FRAMEWORK_NAME, framework_report
from perfdesk.interchange.json_reader import parse_report_json

SAMPLE_NAMES = ("taichung-112", "tainan-112", "keelung-102", "hq-108")
DEFAULT_SAMPLE = "taichung-112"
TEMPLATE_NAME = FRAMEWORK_NAME


def sample_json(name: str) -> bytes:
    """The interchange JSON of a shipped sample report."""
    from importlib import resources  # imported on use: it drags in zipfile, which start-up does not need

    if name not in SAMPLE_NAMES:
        raise ValueError(f"no sample named {name!r}")
    return resources.files("perfdesk.resources").joinpath("samples", f"{name}.json").read_bytes()


def sample_report(name: str = DEFAULT_SAMPLE) -> Report:
    return parse_report_json(sample_json(name))


def template_report(office: str, year: int, kind: ReportKind) -> Report:
    """A new, empty report of the current framework for one office and year (fresh node ids,
    the framework's fixed framework ids)."""
    report = framework_report()
    report.office = office
    report.year = year
    report.kind = kind
    report.title = report.generated_title
    return report
