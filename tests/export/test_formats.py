"""The one list of export formats: the CLI, the export service, the dialog and the menu all read it."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from perfdesk.cli.main import build_parser
from perfdesk.errors import PerfdeskError
from perfdesk.export import formats
from perfdesk.export.formats import ExportFormat, Writer, format_for, format_ids, format_names
from perfdesk.export.layout import DocumentLayout
from perfdesk.export.options import ExportOptions
from perfdesk.i18n.messages import known_codes
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.export_report import export_report, format_of


def _fake_writer(layout: DocumentLayout, options: ExportOptions, stream: BinaryIO) -> int:
    stream.write(f"{layout.title}\n".encode())
    return 0


def _load_fake() -> Writer:
    return _fake_writer


FAKE = ExportFormat("txt", ".txt", "Text", "export.format.pdf", _load_fake)


@pytest.fixture
def with_fake_format(monkeypatch: pytest.MonkeyPatch) -> Iterator[ExportFormat]:
    """The registry with one more format, as a newcomer would add one."""
    monkeypatch.setattr(formats, "EXPORT_FORMATS", (*formats.EXPORT_FORMATS, FAKE))
    yield FAKE


def _format_option(parser: argparse.ArgumentParser) -> argparse.Action:
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    export = subparsers.choices["export"]
    return next(a for a in export._actions if "--format" in a.option_strings)


def test_the_registry_names_each_format_once_with_a_caption_and_a_writer() -> None:
    known = formats.export_formats()
    assert format_ids() == ("xlsx", "pdf", "docx", "odt", "ods")
    assert len({f.id for f in known}) == len({f.extension for f in known}) == len(known)
    for export_format in known:
        assert export_format.extension == f".{export_format.id}"
        assert export_format.caption in known_codes()
        assert export_format.caption_in("zh_TW") != export_format.caption_in("en")
        assert export_format.file_filter("zh_TW").endswith(f"(*{export_format.extension})")
        assert callable(export_format.writer())
    # ODF text and ODF spreadsheet: one name on the menu.
    assert format_names("zh_TW") == "Excel／PDF／Word／ODF"
    assert format_names("en") == "Excel/PDF/Word/ODF"


def test_the_registry_imports_no_writer_until_one_is_asked_for() -> None:
    script = (
        "import sys\n"
        "from perfdesk.export import formats\n"
        "import perfdesk.cli.main, perfdesk.services.export_report\n"
        "perfdesk.cli.main.build_parser()\n"
        "heavy = {m.split('.')[0] for m in sys.modules} & {'reportlab', 'openpyxl', 'docx', 'odfdo'}\n"
        "assert not heavy, heavy\n"
        "formats.find_format('pdf').writer()\n"
        "assert 'reportlab' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_the_cli_offers_exactly_the_registry() -> None:
    option = _format_option(build_parser())
    assert tuple(option.choices or ()) == format_ids()


def test_the_format_comes_from_the_name_or_the_registered_extension(tmp_path: Path) -> None:
    assert format_for(tmp_path / "a.DOCX").id == "docx"
    assert format_for(tmp_path / "a.bin", "XLSX").id == "xlsx"
    assert format_for(tmp_path / "a.ods").id == "ods"
    for bad in (format_for, format_of):
        with pytest.raises(PerfdeskError) as caught:
            bad(tmp_path / "a.fods")
        assert caught.value.code == "export.unknown_format"
        assert caught.value.params == {"found": "fods", "known": "xlsx, pdf, docx, odt, ods"}


def test_a_format_added_to_the_registry_is_offered_by_the_cli_and_written_by_the_service(
    with_fake_format: ExportFormat, tmp_path: Path
) -> None:
    assert _format_option(build_parser()).choices == ("xlsx", "pdf", "docx", "odt", "ods", "txt")
    assert build_parser().parse_args(["export", "a.perfdesk", "-o", "out.bin", "--format", "txt"]).format == "txt"
    assert format_of(tmp_path / "report.TXT") == "txt"
    report = sample_report("tainan-112")
    out = tmp_path / "report.txt"
    assert export_report(report, out).complete
    assert out.read_text(encoding="utf-8") == f"{report.title}\n"
