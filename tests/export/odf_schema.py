"""The one check that an exported ODF package is valid OpenDocument 1.2, with jing and the OASIS schemas."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

SCHEMAS = Path(__file__).resolve().parents[3] / "shared" / "odf-schema"


def assert_valid_odf_1_2(package: Path, unpacked: Path) -> None:
    """Every XML part of `package` validates (skips where jing is not installed)."""
    jing = shutil.which("jing")
    if jing is None:
        pytest.skip("jing is not installed (apt-get install jing; scripts/dev.sh installs it)")
    with zipfile.ZipFile(package) as archive:
        archive.extractall(unpacked)
    schema = SCHEMAS / "OpenDocument-v1.2-os-schema.rng"
    manifest_schema = SCHEMAS / "OpenDocument-v1.2-os-manifest-schema.rng"
    checks = [(schema, unpacked / part) for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml")]
    checks.append((manifest_schema, unpacked / "META-INF" / "manifest.xml"))
    for rng, part in checks:
        assert part.is_file(), part.name
        # -i: the OASIS schema declares ID types jing's strict ID checking refuses; the structure is what is checked.
        result = subprocess.run([jing, "-i", str(rng), str(part)], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"{part.name}: {result.stdout}"
