"""The Windows installer's build, checked fast and without Wine or network (the slow check under Wine is
`scripts/dev.sh installer-test`): what it installs, launches and writes into the registry."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
# The script without its comments (which may well name HKLM to say it is not used).
NSI = "\n".join(
    line for line in (REPO / "installer" / "perfdesk.nsi").read_text(encoding="utf-8").splitlines()
    if not line.lstrip().startswith(";")
)  # fmt: skip


def _load_build():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("perfdesk_installer_build", REPO / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_build()
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_launchers_start_the_entry_points_pyproject_declares() -> None:
    project = PYPROJECT["project"]
    declared = {f"{name}.exe": (target, "gui") for name, target in project["gui-scripts"].items()}
    declared |= {f"{name}.exe": (target, "console") for name, target in project["scripts"].items()}
    built = {
        name: (entry, "gui" if exe == "w64.exe" else "console") for name, (exe, _, entry) in build.LAUNCHERS.items()
    }
    assert built == declared
    # The window must not open a console beside it: the GUI launcher runs pythonw.
    assert {name: interpreter for name, (_, interpreter, _) in build.LAUNCHERS.items()} == {
        "perfdesk.exe": "pythonw.exe",
        "perfdesk-cli.exe": "python.exe",
    }


def test_a_launcher_is_distlibs_exe_a_shebang_beside_it_and_a_zip_with_the_entry_point() -> None:
    stub = b"MZ" + b"\x00" * 1000  # stands in for distlib's t64.exe
    built = build.launcher(stub, "python.exe", "perfdesk.cli.main:main")
    assert built.startswith(stub)
    shebang = built[len(stub) :].split(b"\r\n", 1)[0]
    assert shebang == b'#!"<launcher_dir>\\..\\python\\python.exe"'
    with zipfile.ZipFile(io.BytesIO(built)) as appended:
        script = appended.read("__main__.py").decode("utf-8")
    assert "from perfdesk.cli.main import main" in script and "sys.exit(main())" in script
    compile(script, "__main__.py", "exec")


def test_the_qt_modules_kept_are_the_ones_perfdesk_imports() -> None:
    imported = set()
    for path in (REPO / "src" / "perfdesk").rglob("*.py"):
        imported |= set(re.findall(r"^\s*(?:from|import) PySide6\.(Qt\w+)", path.read_text("utf-8"), re.MULTILINE))
    assert imported == set(build.QT_MODULES)


def test_needed_binaries_follow_imports_through_cycles_and_skip_windows_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {name: tmp_path / name for name in ("QtCore.pyd", "Qt6Core.dll", "Qt6Network.dll", "msvcp140.dll")}
    imports = {
        "QtCore.pyd": ["Qt6Core.dll", "python3.dll", "KERNEL32.dll"],
        "Qt6Core.dll": ["MSVCP140.dll", "Qt6Network.dll", "api-ms-win-crt-runtime-l1-1-0.dll"],
        "Qt6Network.dll": ["Qt6Core.dll"],  # a cycle
        "msvcp140.dll": [],
    }
    monkeypatch.setattr(build, "dll_imports", lambda path: imports[path.name])
    available = {name.lower(): path for name, path in files.items()} | {"qt6svg.dll": tmp_path / "Qt6Svg.dll"}
    assert build.needed_binaries([files["QtCore.pyd"]], available) == set(files.values())


def test_the_embeddable_pythons_path_file_adds_lib(tmp_path: Path) -> None:
    (tmp_path / "python311._pth").write_text("python311.zip\n.\n\n# Uncomment to run site.main()\n#import site\n")
    build.python_path_file(tmp_path)
    assert (tmp_path / "python311._pth").read_text(encoding="utf-8").splitlines() == ["python311.zip", ".", "..\\lib"]


def test_a_sourceless_package_imports_from_its_byte_code_and_names_its_lines(tmp_path: Path) -> None:
    package = tmp_path / "lib" / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "data.txt").write_text("kept", encoding="utf-8")
    (package / "sub" / "mod.py").write_text("VALUE = 1\n\n\ndef fail():\n    raise ValueError('x')\n", "utf-8")
    build.make_sourceless(package)
    files = sorted(str(p.relative_to(package)) for p in package.rglob("*") if p.is_file())
    assert files == ["__init__.pyc", "sub/__init__.pyc", "sub/data.txt", "sub/mod.pyc"]
    script = (
        "import sys, traceback\n"
        f"sys.path.insert(0, {str(tmp_path / 'lib')!r})\n"
        "from importlib import resources\n"
        "import pkg.sub.mod as m\n"
        "assert m.VALUE == 1 and m.__file__.endswith('mod.pyc')\n"
        "assert resources.files('pkg.sub').joinpath('data.txt').read_text() == 'kept'\n"
        "try:\n    m.fail()\nexcept ValueError:\n    print(traceback.format_exc())\n"
    )
    import subprocess

    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    # The build folder's path stays out of tracebacks: the file is named from the package down.
    assert 'File "pkg/sub/mod.py", line 5, in fail' in result.stdout, result.stdout
    assert str(tmp_path) not in result.stdout.split("Traceback")[1]


def test_windows_file_properties_get_a_four_part_version() -> None:
    from perfdesk import __version__

    assert build.version() == __version__
    assert build.file_version("0.1.0") == "0.1.0.0" and build.file_version("2.3") == "2.3.0.0"


def test_one_pyside6_pin_for_development_and_the_installer_below_qt_6_10() -> None:
    """The installer resolves its wheels from pyproject.toml; Qt 6.10+ does not start on Windows 10 1809."""
    import PySide6

    pins = {r.name: r.specifier for r in map(Requirement, PYPROJECT["project"]["dependencies"])}
    assert pins["PySide6-Essentials"] == pins["PySide6-Addons"]
    qt = pins["PySide6-Essentials"]
    assert not qt.contains("6.10.0") and qt.contains(PySide6.__version__)


def test_the_installer_needs_no_administrator_and_writes_only_hkcu() -> None:
    assert "RequestExecutionLevel user" in NSI
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in NSI
    assert "HKLM" not in NSI and "SetShellVarContext all" not in NSI
    registry = re.findall(r"^\s*(?:WriteReg\w+|DeleteReg\w+|ReadRegStr \$\d)\s+(\S+)", NSI, re.MULTILINE)
    assert registry and set(registry) == {"HKCU"}


def test_the_uninstaller_removes_every_key_the_installer_writes() -> None:
    install, uninstall = NSI.split('Section "Uninstall"')
    written = set(re.findall(r'^\s*WriteReg(?:Str|DWORD) HKCU "([^"]+)"', install, re.MULTILINE))
    deleted = set(re.findall(r'^\s*DeleteRegKey HKCU "([^"]+)"', uninstall, re.MULTILINE))
    environment = {"${ENVIRONMENT_KEY}"}  # PATH: only our own entry is taken out again
    assert written - environment and all(any(key.startswith(d) for d in deleted) for key in written - environment)
    assert '${un.WordAdd} "$0" ";" "-$INSTDIR\\bin" $1' in uninstall


def test_the_uninstaller_leaves_whatever_it_did_not_install() -> None:
    """No recursive delete of the install folder itself: a user may have chosen a folder with files of theirs."""
    uninstall = NSI.split('Section "Uninstall"')[1]
    removed_trees = re.findall(r'^\s*RMDir /r "([^"]+)"', uninstall, re.MULTILINE)
    assert removed_trees == ["$INSTDIR\\bin", "$INSTDIR\\lib", "$INSTDIR\\python"]
    assert re.search(r'^\s*RMDir "\$INSTDIR"$', uninstall, re.MULTILINE)
    assert "LOCALAPPDATA" not in uninstall and "perfdesk\\backups" not in uninstall
