"""The layering rule, checked: only ui/ imports Qt; domain, interchange and export stay off the database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "perfdesk"
CORE = ["domain", "interchange", "storage", "services", "export", "cli", "i18n", "errors.py", "__init__.py"]
DATABASE_FREE = ["domain", "interchange", "export"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(part: str) -> list[Path]:
    target = PACKAGE / part
    if target.is_file():
        return [target]
    return sorted(target.rglob("*.py")) if target.exists() else []


@pytest.mark.parametrize("part", CORE)
def test_the_core_never_imports_qt(part: str) -> None:
    for module in _modules(part):
        qt = {n for n in _imports(module) if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt6", "PyQt5"}}
        assert not qt, f"{module.relative_to(PACKAGE)} imports {qt}"
        assert not any(n.startswith("perfdesk.ui") for n in _imports(module)), module


@pytest.mark.parametrize("part", DATABASE_FREE)
def test_domain_interchange_and_export_never_touch_the_database(part: str) -> None:
    for module in _modules(part):
        bad = {
            n
            for n in _imports(module)
            if n.split(".")[0] in {"sqlalchemy", "sqlite3"} or n.startswith("perfdesk.storage")
        }
        assert not bad, f"{module.relative_to(PACKAGE)} imports {bad}"


def test_the_domain_stands_alone() -> None:
    for module in _modules("domain"):
        ours = {n for n in _imports(module) if n.startswith("perfdesk.")}
        assert all(n.startswith("perfdesk.domain") for n in ours), f"{module.name} imports {ours}"


def test_the_window_reaches_storage_only_through_services() -> None:
    for module in _modules("ui"):
        storage = {n for n in _imports(module) if n.startswith("perfdesk.storage")}
        assert not storage, f"{module.relative_to(PACKAGE)} imports {storage}"


def test_only_storage_talks_to_sqlite() -> None:
    for module in PACKAGE.rglob("*.py"):
        if module.relative_to(PACKAGE).parts[0] == "storage":
            continue
        assert not {n for n in _imports(module) if n.split(".")[0] in {"sqlalchemy", "sqlite3"}}, module


def test_the_checker_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlalchemy import select\n", encoding="utf-8")
    assert _imports(sample) == {"PySide6.QtCore", "sqlalchemy"}
