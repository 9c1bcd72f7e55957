"""perfdesk imported from a zip (as a frozen or zipped install loads it) still finds its fonts, samples,
template, schema and translations: every resource goes through importlib.resources."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    import perfdesk
    assert perfdesk.__file__.startswith(sys.argv[1]), perfdesk.__file__
    from PySide6.QtCore import QTranslator
    from perfdesk.cli.main import main
    from perfdesk.export.fonts import shipped_kai
    from perfdesk.ui.app import load_english_catalogue

    font = shipped_kai().path
    assert font.is_file() and not str(font).startswith(sys.argv[1]), font
    assert load_english_catalogue(QTranslator())
    out = sys.argv[2]
    for command in (["new", out + "/new.perfdesk", "--office", "臺中分局", "--year", "113"],
                    ["sample", "--name", "tainan-112"]):
        assert main(command) == 0, command
    assert main(["export", out + "/new.perfdesk", "-o", out + "/new.pdf"]) == 0
    print(font.stat().st_size)
    """
)


def _zip_the_package(target: Path) -> None:
    """The package as pyproject maps it: src/perfdesk, with resources/ inside it as perfdesk/resources."""
    with zipfile.ZipFile(target, "w") as archive:
        for root, prefix in ((REPO / "src" / "perfdesk", "perfdesk"), (REPO / "resources", "perfdesk/resources")):
            for path in sorted(root.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    archive.write(path, f"{prefix}/{path.relative_to(root).as_posix()}")


def test_a_zipped_install_finds_every_resource(tmp_path: Path) -> None:
    package = tmp_path / "perfdesk.zip"
    _zip_the_package(package)
    env = {**os.environ, "PERFDESK_DATA_DIR": str(tmp_path / "data"), "PERFDESK_IGNORE_SYSTEM_FONTS": "1"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(package), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.split()[-1]) == (REPO / "resources" / "fonts" / "ukai.ttc").stat().st_size
    assert (tmp_path / "new.pdf").read_bytes().startswith(b"%PDF")
