"""Compile forms/*.ui into src/perfdesk/ui/forms/ui_*.py: pyside6-uic, then only the imports the form uses.

uic imports some fifty Qt classes into every form whatever it uses. Importing a PySide6 class creates its
Python type and every enum it holds (QPainter, QPalette, QFont, QImage… each dozens), which cost the window's
start more than the rest of the form did. So the generated `from PySide6.X import (…)` lines keep only the
names the code below them uses; the code itself is uic's, untouched.

    python scripts/compile_forms.py            # write every compiled form
    python scripts/compile_forms.py --print F  # print what F compiles to (tests/ui/test_forms.py compares it)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMS = REPO / "forms"
COMPILED = REPO / "src" / "perfdesk" / "ui" / "forms"

# `from PySide6.QtGui import (QBrush, QColor,\n    QFont)` as uic writes it: one statement, names in brackets.
_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)
_WIDTH = 100


def compile_form(form: Path) -> str:
    uic = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or "pyside6-uic"
    generated = subprocess.run([uic, "--from-imports", str(form)], capture_output=True, text=True, check=True).stdout
    return used_imports_only(generated)


def used_imports_only(source: str) -> str:
    """`source` with each PySide6 import statement cut down to the names the rest of the file uses."""
    body = _QT_IMPORT.sub("", source)
    # Not the header's comments: 「Created by: Qt User Interface Compiler」 would keep `Qt`, which costs the
    # start the whole namespace's enums (src/perfdesk/ui/qt_values.py).
    code = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("#"))
    used_words = set(re.findall(r"\b\w+\b", code))

    def keep_used(match: re.Match[str]) -> str:
        module, listed = match[1], match[2]
        names = [name.strip() for name in listed.split(",") if name.strip()]
        kept = [name for name in names if name in used_words]
        return _import_statement(module, kept) if kept else ""

    return _QT_IMPORT.sub(keep_used, source)


def _import_statement(module: str, names: list[str]) -> str:
    """One statement, wrapped the way uic wraps it (continuation lines indented by four)."""
    lines, line = [], f"from {module} import ("
    for i, name in enumerate(names):
        piece = name + (")" if i == len(names) - 1 else ",")
        if len(line) + 1 + len(piece) > _WIDTH and not line.endswith("("):
            lines.append(line)
            line = "    " + piece
        else:
            line += ("" if line.endswith("(") else " ") + piece
    lines.append(line)
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", dest="show", type=Path, help="print one form's compiled code instead of writing")
    args = parser.parse_args()
    if args.show is not None:
        sys.stdout.write(compile_form(args.show))
        return
    for form in sorted(FORMS.glob("*.ui")):
        (COMPILED / f"ui_{form.stem}.py").write_text(compile_form(form), encoding="utf-8")


if __name__ == "__main__":
    main()
