"""The compiled forms in src/perfdesk/ui/forms match forms/*.ui (run `scripts/dev.sh forms` after editing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FORMS = sorted((REPO / "forms").glob("*.ui"))


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_up_to_date(form: Path) -> None:
    compiled = REPO / "src" / "perfdesk" / "ui" / "forms" / f"ui_{form.stem}.py"
    fresh = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "compile_forms.py"), "--print", str(form)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert _code(compiled.read_text(encoding="utf-8")) == _code(fresh), f"run scripts/dev.sh forms ({form.name})"


def _code(text: str) -> list[str]:
    # The header names the uic version; a patch release of PySide6 must not fail the suite.
    return [line for line in text.splitlines() if "User Interface Compiler version" not in line]


def test_every_form_is_used() -> None:
    views = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "src" / "perfdesk" / "ui").rglob("*.py"))
    for form in FORMS:
        assert f"forms.ui_{form.stem} import" in views, f"{form.name} is not used by any view"
