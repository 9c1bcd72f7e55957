"""perfdesk-cli end to end: exit codes, one-line messages, files written only when all is well."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.cli.main import main
from perfdesk.services.builtin_reports import sample_json
from perfdesk.storage.lock import lock_path
from tests.read_only import read_only
from tests.small_disk import fill

CLI = [sys.executable, "-m", "perfdesk.cli.main"]


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got: {err!r}"
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def sample_json_file(tmp_path: Path) -> Path:
    path = tmp_path / "taichung-112.json"
    path.write_bytes(sample_json("taichung-112"))
    return path


def test_new_creates_a_report_on_the_framework_template(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "new.perfdesk"
    code, out, _ = _run(capsys, "new", path, "--office", "臺中分局", "--year", "113")
    assert code == 0
    assert "經濟部標準檢驗局臺中分局 113 年度提升服務效能執行計畫" in out
    code, out, _ = _run(capsys, "info", path)
    assert code == 0
    assert "構面：5" in out and "年度：113（執行計畫）" in out


def test_import_info_validate_and_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_json_file: Path
) -> None:
    path = tmp_path / "tc.perfdesk"
    assert _run(capsys, "import-json", sample_json_file, "-o", path)[0] == 0
    code, out, _ = _run(capsys, "info", path)
    assert code == 0
    assert "執行方法：31" in out and "子項目：22" in out and "已填成果：47/47" in out
    code, out, _ = _run(capsys, "validate", path)
    assert (code, out.strip()) == (0, "檢查通過，沒有發現問題")
    code, out, _ = _run(capsys, "export-json", path)
    assert code == 0 and json.loads(out)["office"] == "臺中分局"
    assert _run(capsys, "export-json", path, "-o", tmp_path / "out.json")[0] == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == json.loads(out)


def test_validate_exits_1_and_lists_problems(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "empty-results.perfdesk"
    _run(capsys, "new", path, "--office", "臺南分局", "--year", "113", "--kind", "results")
    code, out, err = _run(capsys, "validate", path)
    assert code == 1
    assert "構面一 (一) 1.：尚未填寫執行績效與成果" in out
    assert "構面一 (一) 1.：未指定主辦單位" in out
    assert "項待補正" in err


def test_outputs_are_never_overwritten_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_json_file: Path
) -> None:
    path = tmp_path / "tc.perfdesk"
    path.write_bytes(b"precious")
    code, _, err = _run(capsys, "import-json", sample_json_file, "-o", path)
    assert code == 2
    assert "已存在" in _one_line_error(err)
    assert path.read_bytes() == b"precious"
    assert _run(capsys, "import-json", sample_json_file, "-o", path, "--force")[0] == 0


def test_force_never_overrides_someone_elses_lock(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_json_file: Path
) -> None:
    path = tmp_path / "tc.perfdesk"
    _run(capsys, "import-json", sample_json_file, "-o", path)
    before = path.read_bytes()
    lock_path(path).write_text(
        json.dumps({"user": "林小姐", "host": "PC-07", "pid": 1, "since": "2026-11-27T08:30:00+08:00"}),
        encoding="utf-8",
    )
    code, _, err = _run(capsys, "import-json", sample_json_file, "-o", path, "--force")
    assert code == 2
    assert "林小姐" in _one_line_error(err) and "PC-07" in err
    assert path.read_bytes() == before
    # Reading is still allowed while someone edits.
    assert _run(capsys, "info", path)[0] == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "空檔案"),
        (os.urandom(4096), "不是 perfdesk 檔案"),
        (b"SQLite format 3\x00" + b"\x10\x00" * 100, "損毀"),
    ],
)
def test_bad_office_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.perfdesk"
    path.write_bytes(content)
    for command in ("info", "validate", "export-json"):
        code, out, err = _run(capsys, command, path)
        assert code == 2 and out == ""
        assert expected in _one_line_error(err)
    assert path.read_bytes() == content


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "JSON 格式錯誤：第 1 行第 2 字"),
        (b'{"format": "perfdesk-report", "version": 7}', "第 7 版"),
        (b'{"format": "perfdesk-report", "version": 1, "surprise": 1}', "不認得的欄位"),
    ],
)
def test_bad_json(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(content)
    target = tmp_path / "out.perfdesk"
    code, _, err = _run(capsys, "import-json", source, "-o", target)
    assert code == 2
    assert expected in _one_line_error(err)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.json"], "no temporary file may be left behind"


def test_missing_input_and_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "info", tmp_path / "nowhere.perfdesk")
    assert code == 2 and "找不到檔案" in _one_line_error(err)
    code, _, err = _run(capsys, "new", tmp_path / "x.perfdesk", "--office", "臺中分局", "--year", "二〇二三")
    assert code == 2 and "民國年" in _one_line_error(err)
    code, _, err = _run(capsys, "frobnicate")
    assert code == 2 and "指令用法錯誤" in _one_line_error(err)


def test_english_when_the_locale_asks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERFDESK_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _, err = _run(capsys, "info", tmp_path / "nowhere.perfdesk")
    assert code == 2 and _one_line_error(err).endswith("file not found: " + str(tmp_path / "nowhere.perfdesk"))


def test_a_read_only_target_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_json_file: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        code, _, err = _run(capsys, "import-json", sample_json_file, "-o", folder / "x.perfdesk")
    assert code == 2 and "沒有權限寫入" in _one_line_error(err)
    assert list(folder.iterdir()) == []


def test_a_full_disk_during_json_export_keeps_the_previous_file(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    small_disk: Path,
    sample_json_file: Path,
) -> None:
    path = tmp_path / "tc.perfdesk"
    _run(capsys, "import-json", sample_json_file, "-o", path)
    out = small_disk / "out.json"
    out.write_text("previous export", encoding="utf-8")
    fill(small_disk, leave=4096)
    code, _, err = _run(capsys, "export-json", path, "-o", out, "--force")
    assert code == 2 and "磁碟空間不足" in _one_line_error(err)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "out.json"]


def test_a_really_full_disk(
    capsys: pytest.CaptureFixture[str],
    small_disk: Path,
    sample_json_file: Path,
) -> None:
    target = small_disk / "tc.perfdesk"
    fill(small_disk, leave=8192)
    code, _, err = _run(capsys, "import-json", sample_json_file, "-o", target)
    assert code == 2 and "磁碟空間不足" in _one_line_error(err)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_the_installed_command_runs_in_its_own_process(tmp_path: Path) -> None:
    result = subprocess.run([*CLI, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("perfdesk ")
    bad = tmp_path / "bad.perfdesk"
    bad.write_bytes(b"\x00" * 10)
    result = subprocess.run(
        [*CLI, "info", str(bad)], capture_output=True, text=True, env={**os.environ, "PERFDESK_LANG": "zh_TW"}
    )
    assert result.returncode == 2
    assert result.stdout == "" and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_sample_makes_a_working_copy_once(capsys: pytest.CaptureFixture[str], isolated_data_folder: Path) -> None:
    code, out, _ = _run(capsys, "sample")
    path = Path(out.strip())
    assert code == 0 and path.is_file() and isolated_data_folder in path.parents
    _run(capsys, "import-json", "/dev/null", "-o", path)  # refused: exists; the copy is kept
    mtime = path.stat().st_mtime_ns
    assert Path(_run(capsys, "sample")[1].strip()) == path
    assert path.stat().st_mtime_ns == mtime
    assert _run(capsys, "sample", "--reset")[0] == 0


def test_every_shipped_sample_has_a_working_copy(capsys: pytest.CaptureFixture[str]) -> None:
    from perfdesk.services.builtin_reports import SAMPLE_NAMES

    for name in SAMPLE_NAMES:  # the consolidated hq-108 too: headquarters tries the panel on it
        code, out, _ = _run(capsys, "sample", "--name", name)
        assert code == 0 and Path(out.strip()).is_file(), name
