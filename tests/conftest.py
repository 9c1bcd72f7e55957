"""Shared fixtures: real reports from ../shared/seeds and the shipped samples, isolated data folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from perfdesk.domain.report import Report
from perfdesk.services.builtin_reports import SAMPLE_NAMES, sample_report
from perfdesk.storage.office_file import create_office_file
from tests.small_disk import mounted_small_disk

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("PERFDESK_SEEDS", REPO.parent / "shared" / "seeds"))


@pytest.fixture(autouse=True)
def isolated_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and working copies go to a fresh folder per test, never the user's."""
    folder = tmp_path_factory.mktemp("perfdesk-data")
    monkeypatch.setenv("PERFDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("PERFDESK_LANG", "zh_TW")
    return folder


@pytest.fixture
def seeds() -> Path:
    assert SEEDS.is_dir(), f"the real reports are expected in {SEEDS} (set PERFDESK_SEEDS)"
    return SEEDS


@pytest.fixture(params=SAMPLE_NAMES)
def any_sample(request: pytest.FixtureRequest) -> Report:
    return sample_report(request.param)


@pytest.fixture
def taichung() -> Report:
    return sample_report("taichung-112")


@pytest.fixture
def taichung_file(tmp_path: Path, taichung: Report) -> Path:
    path = tmp_path / "臺中分局-112.perfdesk"
    create_office_file(path, taichung)
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A really small disk, to run into a full disk for real."""
    with mounted_small_disk(tmp_path) as mount_point:
        yield mount_point
