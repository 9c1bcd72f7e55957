"""The framework headquarters publishes, as perfdesk ships it (resources/template/framework-112.json).

Its rows carry fixed framework ids (「fw112-2-1-3」: framework 112, 構面二, (一), 3.), the same in
every copy of perfdesk, so reports made from it match across offices by identity.
"""

from __future__ import annotations

from perfdesk.domain.report import Report
from perfdesk.interchange.json_reader import parse_report_json

FRAMEWORK_NAME = "framework-112"


def framework_json() -> bytes:
    from importlib import resources  # imported on use: it drags in zipfile, which start-up does not need

    return resources.files("perfdesk.resources").joinpath("template", f"{FRAMEWORK_NAME}.json").read_bytes()


def framework_report() -> Report:
    """The built-in framework as an empty report (fresh node ids, fixed framework ids)."""
    return parse_report_json(framework_json())
