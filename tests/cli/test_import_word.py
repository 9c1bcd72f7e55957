"""perfdesk-cli import-word: a dry run that writes nothing, the import, and bad documents refused with one line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from perfdesk.cli.main import main
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.export_report import export_report
from perfdesk.services.report_files import load_report
from tests.office_conversion import convert_with_libreoffice


@pytest.fixture
def word_report(tmp_path: Path) -> Path:
    path = tmp_path / "臺中分局-112.docx"
    export_report(sample_report("taichung-112"), path)
    return path


def test_a_dry_run_prints_the_judgements_and_writes_nothing(
    word_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.perfdesk"
    assert main(["import-word", str(word_report), "-o", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "臺中分局 112 年度執行績效與成果：5 個構面" in printed
    assert "構面：構面一：基礎服務（200 分）" in printed and "的欄位：執行策略、執行方法、主辦單位、具體作法" in printed
    assert "未寫入任何檔案" in printed
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == [word_report.name]


def test_the_import_makes_a_file_whose_rows_await_review(
    word_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.perfdesk"
    assert main(["import-word", str(word_report), "-o", str(out), "--year", "113"]) == 0
    assert "每列均標為待檢視" in capsys.readouterr().out
    report = load_report(out)
    assert report.year == 113 and report.office == "臺中分局"
    assert all(m.needs_review for m in report.walk_methods())
    assert sum(1 for m in report.walk_methods() if m.framework_id) > 40  # matched to the framework
    assert main(["import-word", str(word_report), "-o", str(out)]) == 2  # exists: not replaced without --force


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


_ENTITIES = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
)
_NO_TABLE = (
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>會議紀錄</w:t></w:r></w:p></w:body></w:document>"
).encode()

BAD = {
    "empty": b"",
    "not a document": "這不是 Word 檔".encode(),
    "old Word or password": bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600,
    "truncated": b"PK\x03\x04" + b"\x14\x00" * 20,
    "a zip of something else": _zip({"readme.txt": b"hello"}),
    "entity tricks": _zip({"word/document.xml": _ENTITIES}),
    "no report table": _zip({"word/document.xml": _NO_TABLE}),
    "a zip bomb": _zip({"word/document.xml": b"<" + b" " * (80 * 1024 * 1024)}),
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_document_gets_one_line_and_exit_2(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(BAD[name])
    out = tmp_path / "new.perfdesk"
    assert main(["import-word", str(source), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    assert not out.exists()
    assert source.read_bytes() == BAD[name]


def test_a_missing_document_and_a_missing_output_are_bad_usage(tmp_path: Path) -> None:
    assert main(["import-word", str(tmp_path / "nowhere.docx"), "-o", str(tmp_path / "x.perfdesk")]) == 2
    assert main(["import-word", str(tmp_path / "nowhere.docx")]) == 2


def test_an_old_word_doc_goes_through_libreoffice_or_gets_a_line_saying_to_save_it_as_docx(
    word_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    old = convert_with_libreoffice(word_report, "doc", tmp_path / "doc", timeout=120)
    before = old.read_bytes()
    out = tmp_path / "from-doc.perfdesk"
    assert main(["import-word", str(old), "-o", str(out)]) == 0
    assert load_report(out).dimensions[0].strategies[0].title == "服務一致及正確性"
    assert old.read_bytes() == before
    capsys.readouterr()
    monkeypatch.delenv("PERFDESK_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    assert main(["import-word", str(old), "-o", str(tmp_path / "none.perfdesk")]) == 2
    assert "另存為 .docx" in capsys.readouterr().err


def test_a_document_of_200_mb_is_refused_before_it_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.docx"
    with huge.open("wb") as file:  # sparse: the size is real, the disk is not filled
        file.write(b"PK\x03\x04")
        file.truncate(200 * 1024 * 1024 + 1)
    assert main(["import-word", str(huge), "-o", str(tmp_path / "x.perfdesk")]) == 2
    assert "太大" in capsys.readouterr().err


def test_a_document_whose_title_names_no_year_needs_one_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = sample_report("taichung-112")
    report.title = "臺中分局提升服務效能執行績效與成果"  # no year
    source = tmp_path / "no-year.docx"
    export_report(report, source)
    out = tmp_path / "x.perfdesk"
    assert main(["import-word", str(source), "--dry-run"]) == 0
    assert "--year" in capsys.readouterr().out
    assert main(["import-word", str(source), "-o", str(out)]) == 2
    assert "--year" in capsys.readouterr().err and not out.exists()
    assert main(["import-word", str(source), "-o", str(out), "--year", "112", "--office", "臺中分局"]) == 0
    assert load_report(out).year == 112


def test_libreoffice_is_found_where_windows_installs_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from perfdesk.services import document_import

    program = tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    monkeypatch.delenv("PERFDESK_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    assert document_import.libreoffice() == str(program)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "elsewhere"))
    monkeypatch.delenv("ProgramFiles(x86)", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    assert document_import.libreoffice() is None
