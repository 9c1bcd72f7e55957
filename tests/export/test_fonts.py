"""Finding 標楷體 where Windows keeps it, and the shipped face otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.export.fonts import kai_font, kaiu_places, shipped_kai


@pytest.fixture
def no_system_fonts_here(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("WINDIR", "SystemRoot", "LOCALAPPDATA", "PERFDESK_IGNORE_SYSTEM_FONTS"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _kaiu(folder: Path) -> Path:
    folder.mkdir(parents=True)
    font = folder / "kaiu.ttf"
    font.write_bytes(b"\x00\x01\x00\x00 stands in for DFKai-SB")
    return font


def test_windows_font_folder_comes_first() -> None:
    environ = {"WINDIR": r"D:\WINNT", "SystemRoot": r"E:\Other", "LOCALAPPDATA": r"C:\Users\王小明\AppData\Local"}
    places = [str(p).replace("/", "\\") for p in kaiu_places(environ)[:2]]
    assert places == [r"D:\WINNT\Fonts\kaiu.ttf", r"C:\Users\王小明\AppData\Local\Microsoft\Windows\Fonts\kaiu.ttf"]


def test_system_root_names_the_windows_folder_when_windir_is_unset() -> None:
    assert str(kaiu_places({"SystemRoot": r"C:\Windows"})[0]).replace("/", "\\") == r"C:\Windows\Fonts\kaiu.ttf"


def test_the_installed_kaiu_is_used(tmp_path: Path, no_system_fonts_here: pytest.MonkeyPatch) -> None:
    font = _kaiu(tmp_path / "Windows" / "Fonts")
    no_system_fonts_here.setenv("WINDIR", str(tmp_path / "Windows"))
    choice = kai_font()
    assert (choice.path, choice.subfont_index, choice.family) == (font, 0, "標楷體")


def test_a_kaiu_installed_for_one_user_is_used(tmp_path: Path, no_system_fonts_here: pytest.MonkeyPatch) -> None:
    (tmp_path / "Windows" / "Fonts").mkdir(parents=True)  # no kaiu.ttf for everyone
    font = _kaiu(tmp_path / "Local" / "Microsoft" / "Windows" / "Fonts")
    no_system_fonts_here.setenv("SystemRoot", str(tmp_path / "Windows"))
    no_system_fonts_here.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert kai_font().path == font


def test_tests_can_ignore_the_installed_kaiu(tmp_path: Path, no_system_fonts_here: pytest.MonkeyPatch) -> None:
    _kaiu(tmp_path / "Windows" / "Fonts")
    no_system_fonts_here.setenv("WINDIR", str(tmp_path / "Windows"))
    no_system_fonts_here.setenv("PERFDESK_IGNORE_SYSTEM_FONTS", "1")
    assert kai_font() == shipped_kai()


def test_the_shipped_face_is_a_real_file() -> None:
    choice = shipped_kai()
    assert choice.path.is_file() and choice.path.read_bytes()[:4] == b"ttcf" and choice.family == "AR PL UKai TW"
