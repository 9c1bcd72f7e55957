"""The PDF's fonts: a fallback face for what the 楷書 face lacks, a right text layer beyond the BMP, and a warning
naming the characters no font has. Read back with poppler (pdftotext, pdffonts)."""

from __future__ import annotations

import copy
import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import perfdesk.export.pdf_writer as pdf_writer
from perfdesk.domain.report import Field, Report
from perfdesk.export.fonts import FontChoice, fallback_fonts, shipped_kai
from perfdesk.export.layout import build_layout
from perfdesk.export.options import ExportOptions
from perfdesk.export.pdf_font import register_font, to_unicode_cmap
from perfdesk.export.pdf_font_chain import FontChain
from perfdesk.export.write_outcome import GlyphPlace, PlaceKind, WriteOutcome
from perfdesk.services.builtin_reports import sample_report
from perfdesk.services.export_report import export_report

# In CJK Extension B: 𡃁 and 𤆬 are in the shipped AR PL UKai TW, 𠀀 only in TW-Kai-Ext-B.
EXT_B_SHIPPED = "𡃁𤆬"
EXT_B_FALLBACK = "\U00020000"
BMP_FALLBACK = "刏"  # a CJK ideograph AR PL UKai lacks and TW-Kai has
PLANE_15 = "\U000f0000"  # a CNS 11643 character Unicode lacks: TW-Kai-Plus has it in plane 15's private use
NO_FONT = "\U0010fffd"  # private use in plane 16: no font has it
EMOJI = "😀"


@pytest.fixture(autouse=True)
def shipped_face_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped face as the 楷書 face, whatever the machine has; fallbacks as each test says."""
    monkeypatch.setenv("PERFDESK_IGNORE_SYSTEM_FONTS", "1")


@pytest.fixture
def system_fallbacks(monkeypatch: pytest.MonkeyPatch) -> tuple[FontChoice, ...]:
    """The machine's fallback faces (the 楷書 face stays the shipped one); TW-Kai must be among them."""
    faces = fallback_fonts({})
    families = [face.family for face in faces]
    assert {"TW-Kai-98_1", "TW-Kai-Ext-B-98_1", "TW-Kai-Plus-98_1"} <= set(families), (
        "the TW-Kai fonts of 全字庫 are not installed: scripts/dev.sh setup installs fonts-cns11643-kai"
    )
    monkeypatch.setattr(pdf_writer, "fallback_fonts", lambda: faces)
    return faces


def _report_with(text: str) -> Report:
    report: Report = copy.deepcopy(sample_report("tainan-112"))
    report.dimensions[0].strategies[0].methods[0].results = text
    return report


def _export(report: Report, tmp_path: Path) -> tuple[Path, WriteOutcome]:
    stream = io.BytesIO()
    outcome = pdf_writer.write_pdf(build_layout(report), ExportOptions(), stream)
    path = tmp_path / "fonts.pdf"
    path.write_bytes(stream.getvalue())
    return path, outcome


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True, timeout=60).stdout
    return [line.split() for line in out.splitlines()[2:]]


def test_characters_beyond_the_bmp_extract_as_themselves(tmp_path: Path) -> None:
    """𡃁 and 𤆬 were drawn right but extracted as 「ℌ␚」 (reportlab's ToUnicode wrote <210C1>)."""
    path, _outcome = _export(_report_with(f"臺南市{EXT_B_SHIPPED[0]}仔頂、{EXT_B_SHIPPED[1]}子"), tmp_path)
    text = _text(path)
    assert f"臺南市{EXT_B_SHIPPED[0]}仔頂、{EXT_B_SHIPPED[1]}子" in text
    assert "ℌ" not in text and "␚" not in text


def test_the_text_layer_is_utf16_with_surrogate_pairs() -> None:
    cmap = to_unicode_cmap("AAAAAA+Face", [0x20, 0x81EA, 0x210C1])
    assert "<00> <0020>" in cmap and "<01> <81EA>" in cmap and "<02> <D844DCC1>" in cmap
    assert "3 beginbfchar" in cmap


def test_a_long_subset_map_is_written_in_sections_of_a_hundred() -> None:
    cmap = to_unicode_cmap("AAAAAA+Face", list(range(0x4E00, 0x4E00 + 256)))
    assert cmap.count("beginbfchar") == 3 and "100 beginbfchar" in cmap and "56 beginbfchar" in cmap


def test_what_the_face_lacks_is_drawn_in_a_tw_kai_face(
    system_fallbacks: tuple[FontChoice, ...], tmp_path: Path
) -> None:
    path, outcome = _export(_report_with(f"甲{EXT_B_FALLBACK}乙{BMP_FALLBACK}丙{PLANE_15}丁"), tmp_path)
    assert f"甲{EXT_B_FALLBACK}乙{BMP_FALLBACK}丙{PLANE_15}丁" in _text(path)
    fonts = _fonts(path)
    names = {row[0].split("+", 1)[1] for row in fonts}
    assert {"UKaiTW-2", "TW-Kai-98_1", "TW-Kai-Ext-B-98_1", "TW-Kai-Plus-98_1"} <= names
    for row in fonts:
        assert row[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, with a ToUnicode map
    assert outcome.missing_glyphs == ()


def test_a_fallback_face_is_read_only_when_a_character_needs_it(tmp_path: Path) -> None:
    broken = tmp_path / "TW-Kai-98_1.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00 not a font at all")
    primary = register_font(shipped_kai())
    fonts = FontChain(primary, (FontChoice(broken, 0, "TW-Kai-98_1"), FontChoice(tmp_path / "gone.ttf", 0, "gone")))
    assert [face for face, _part in fonts.runs("臺中分局")] == [primary]
    # A character the face lacks tries each fallback in turn: the broken and the missing file are passed over.
    assert fonts.runs(f"甲{NO_FONT}") == [(primary, f"甲{NO_FONT}")] and fonts.missing == {NO_FONT}


def test_each_character_goes_to_the_first_face_that_has_it(system_fallbacks: tuple[FontChoice, ...]) -> None:
    primary = register_font(shipped_kai())
    fonts = FontChain(primary, system_fallbacks)
    family_of = {register_font(face): face.family for face in system_fallbacks[:3]} | {primary: "shipped"}
    runs = fonts.runs(f"甲乙{BMP_FALLBACK}{EXT_B_FALLBACK}丙{EXT_B_SHIPPED}")
    assert [(family_of[face], part) for face, part in runs] == [
        ("shipped", "甲乙"),
        ("TW-Kai-98_1", BMP_FALLBACK),
        ("TW-Kai-Ext-B-98_1", EXT_B_FALLBACK),
        ("shipped", f"丙{EXT_B_SHIPPED}"),
    ]


def test_a_character_no_font_has_is_named_with_its_place(
    system_fallbacks: tuple[FontChoice, ...], tmp_path: Path
) -> None:
    report = _report_with(f"成果{NO_FONT}說明，{NO_FONT}")
    report.title += EMOJI
    _path, outcome = _export(report, tmp_path)
    missing = {glyph.character: glyph for glyph in outcome.missing_glyphs}
    table = build_layout(report).tables[0]
    column = table.headers[table.fields.index(Field.RESULTS)]
    assert missing[NO_FONT].places == (
        GlyphPlace(PlaceKind.CELL, dimension="構面一", strategy=table.block_labels[0], row=1, column=column),
    )
    assert missing[NO_FONT].occurrences == 2
    # No installed face has a colour emoji a PDF can embed: it is named too, in the title.
    assert not FontChain(register_font(shipped_kai()), system_fallbacks).has(EMOJI)
    assert missing[EMOJI].places == (GlyphPlace(PlaceKind.TITLE),)
    assert set(missing) == {NO_FONT, EMOJI}


def test_the_export_notice_names_the_character_and_where_it_is(tmp_path: Path) -> None:
    result = export_report(_report_with(f"成果{NO_FONT}說明"), tmp_path / "out.pdf")
    assert not result.complete
    notice = result.notice("zh_TW")
    assert notice is not None and "U+10FFFD" in notice and "構面一" in notice and "第 1 列" in notice
    english = result.notice("en")
    assert english is not None and "U+10FFFD" in english and "row 1" in english


def test_a_clean_report_has_no_notice(tmp_path: Path) -> None:
    result = export_report(sample_report("taichung-112"), tmp_path / "out.pdf")
    assert result.complete and result.notice("zh_TW") is None


@pytest.fixture
def fake_font_folders(tmp_path: Path) -> Iterator[Path]:
    for relative in ("truetype/cns11643/TW-Kai-Ext-B-98_1.ttf", "truetype/cns11643/TW-Kai-98_1.ttf", "x/msjh.ttc"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"\x00\x01\x00\x00")
    yield tmp_path


def test_fallback_faces_are_found_in_the_chains_order(fake_font_folders: Path) -> None:
    faces = fallback_fonts({}, folders=[fake_font_folders])
    assert [face.path.name for face in faces] == ["TW-Kai-98_1.ttf", "TW-Kai-Ext-B-98_1.ttf", "ukai.ttc", "msjh.ttc"]
    assert faces[2] == shipped_kai()  # not installed here: the shipped copy, with the Kai faces


def test_tests_can_ignore_the_installed_fallbacks(fake_font_folders: Path) -> None:
    assert fallback_fonts({"PERFDESK_IGNORE_SYSTEM_FONTS": "1"}, folders=[fake_font_folders]) == (shipped_kai(),)
