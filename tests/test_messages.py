"""Every message code the code raises or renders has a text in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from perfdesk.domain.validation import ProblemCode
from perfdesk.i18n.messages import known_codes

SOURCE = Path(__file__).resolve().parents[1] / "src" / "perfdesk"
_RAISED = re.compile(r"PerfdeskError\(\s*\"([a-z_]+\.[a-z_]+)\"")


def test_every_raised_code_has_a_message() -> None:
    raised = {code for path in SOURCE.rglob("*.py") for code in _RAISED.findall(path.read_text(encoding="utf-8"))}
    assert len(raised) > 30
    assert raised <= known_codes(), f"no message for {sorted(raised - known_codes())}"


def test_every_problem_has_a_message() -> None:
    assert {f"problem.{code.value}" for code in ProblemCode} <= known_codes()
