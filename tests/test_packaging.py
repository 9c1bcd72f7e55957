"""pyproject lists every package (they are listed, not discovered, to map resources/ in)."""

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_package_is_listed() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.relative_to(REPO / "src").parent.parts) for p in (REPO / "src" / "perfdesk").rglob("__init__.py")
    } | {"perfdesk.resources"}
    # Data folders of resources/ ship as packages of their own.
    found |= {
        f"perfdesk.resources.{p.name}" for p in (REPO / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"
    }
    assert listed == found
