"""The built setup, tried as a coordinator's PC would see it, under Wine: `scripts/dev.sh installer-test`.

Installs dist/perfdesk-VERSION-setup.exe silently (/S) into a fresh Wine prefix under /tmp, then checks: the
files and the HKCU entries (uninstall entry, .perfdesk association, PATH) and that nothing names perfdesk in
HKLM; `perfdesk-cli --version`; a report on a mapped drive (P:) in a folder whose name has CJK, spaces, # and %
is validated and exported to PDF, XLSX and DOCX by the installed copy, and the files read back here; the
installed window opens the report on Qt's offscreen platform and shows its tree (a picture is kept); the
window started from perfdesk.exe takes the report's edit lock; then a silent uninstall removes the program,
its shortcut and registry entries, and leaves the report, the data folder and its backups. Slow (Wine), so
not part of `scripts/dev.sh test`; it needs Wine, MinGW (for one DLL Wine 8 lacks) and the built setup.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import DIST, PUBLISHER, REPO, version

RELEASE = version()
SETUP = DIST / f"perfdesk-{RELEASE}-setup.exe"
UNINSTALL_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Uninstall\perfdesk"
# A mapped network drive as offices have them, and a folder name with what URIs and shells misread.
MAPPED_DRIVE = "p:"
FOLDER = "績效報告 #1 %20 (草稿)"
REPORT = "臺中分局 112.perfdesk"

failures: list[str] = []


def check(what: str, ok: bool, detail: object = "") -> bool:
    print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail and not ok else ""), flush=True)
    if not ok:
        failures.append(what)
    return ok


class Wine:
    """One fresh Wine prefix, 64-bit, Windows 10, without the Mono and Gecko downloads."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
            # The harness reads what perfdesk prints as UTF-8 (Wine's own code page here is cp1252, not cp950).
            "PYTHONIOENCODING": "utf-8",
            "PERFDESK_LANG": "en",  # messages the checks below can read ("damaged", …)
        }
        self.env.pop("PERFDESK_DATA_DIR", None)

    def run(
        self, *args: str, timeout: float = 300, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        # A console program's standard streams must be real handles under Wine: stdin from /dev/null.
        return subprocess.run(
            ["wine", *args], env={**self.env, **(env or {})}, stdin=subprocess.DEVNULL, capture_output=True,
            text=True, encoding="utf-8", errors="replace", timeout=timeout,
        )  # fmt: skip

    def wait(self) -> None:
        """Until every Windows process of the prefix has ended (the uninstaller re-starts itself from %TEMP%)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def boot(self) -> None:
        self.run("wineboot", "--init")
        self.run("reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f")
        self.wait()
        # What Windows 10 has and Wine 8 lacks (installer/wine/bcryptprimitives.c says why).
        shim = self.prefix / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll"
        source = REPO / "installer" / "wine"
        subprocess.run(
            ["x86_64-w64-mingw32-gcc", "-O2", "-shared", "-o", str(shim), str(source / "bcryptprimitives.c"),
             str(source / "bcryptprimitives.def"), "-lbcrypt"],
            check=True,
        )  # fmt: skip

    def user_folder(self) -> Path:
        (user,) = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name not in ("Public",)]
        return user

    def registry(self, root: str) -> str:
        """The whole of one registry root as regedit exports it."""
        out = self.prefix / "drive_c" / f"export-{root}.reg"
        self.run("regedit", "/E", f"C:\\export-{root}.reg", root)
        self.wait()
        raw = out.read_bytes()
        out.unlink()
        return raw.decode("utf-16") if raw[:2] == b"\xff\xfe" else raw.decode("utf-8", "replace")

    def value(self, key: str, name: str | None) -> str | None:
        result = self.run("reg", "query", key, *(["/ve"] if name is None else ["/v", name]))
        if result.returncode != 0:
            return None
        for line in result.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) == 3 and parts[1].startswith("REG_"):
                return parts[2]
        return ""


def windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


def timed(what: str, action: Callable[[], subprocess.CompletedProcess[str]]) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    result = action()
    print(f"     ({what}: {time.monotonic() - started:.1f} s)", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the Wine prefix and files for a look")
    args = parser.parse_args(argv)
    if not SETUP.is_file():
        print(f"no {SETUP.relative_to(REPO)}: run scripts/dev.sh installer first", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="perfdesk-wine-", dir="/tmp"))
    wine = Wine(work / "prefix")
    # Wine needs a display even for Qt's offscreen platform (Qt's own message windows): a virtual one.
    screen = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert screen.stdout is not None
    wine.env["DISPLAY"] = f":{screen.stdout.readline().strip()}"
    try:
        run_checks(wine, work)
    finally:
        subprocess.run(["wineserver", "-k"], env=wine.env, check=False)
        screen.terminate()
        screen.wait()
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} failed" if failures else "installer-test: every check passed")
    return 1 if failures else 0


def run_checks(wine: Wine, work: Path) -> None:
    print(f"setup: {SETUP.relative_to(REPO)} ({SETUP.stat().st_size / 1e6:.1f} MB)")
    timed("fresh Wine prefix", lambda: wine.run("cmd", "/c", "ver"))
    wine.boot()
    machine_before = wine.registry("HKEY_LOCAL_MACHINE")

    installed = timed("silent install", lambda: wine.run(windows_path(SETUP), "/S"))
    wine.wait()
    check("setup /S exits 0", installed.returncode == 0, installed.stderr[-500:])
    user = wine.user_folder()
    app = user / "AppData" / "Local" / "Programs" / "perfdesk"
    cli = app / "bin" / "perfdesk-cli.exe"
    check(r"installed in %LOCALAPPDATA%\Programs\perfdesk", (app / "bin" / "perfdesk.exe").is_file() and cli.is_file())
    start_menu = user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "perfdesk.lnk"
    check("Start-menu shortcut", start_menu.is_file())

    check("uninstall entry under HKCU", wine.value(UNINSTALL_KEY, "DisplayVersion") == RELEASE)
    check("uninstall entry names the publisher", wine.value(UNINSTALL_KEY, "Publisher") == PUBLISHER)
    check("quiet uninstall for IT", (wine.value(UNINSTALL_KEY, "QuietUninstallString") or "").endswith("/S"))
    check(".perfdesk is perfdesk's", wine.value(r"HKCU\Software\Classes\.perfdesk", None) == "perfdesk.report")
    command = wine.value(r"HKCU\Software\Classes\perfdesk.report\shell\open\command", None) or ""
    check(".perfdesk opens in perfdesk.exe", command.endswith('perfdesk.exe" "%1"'), command)
    icon = wine.value(r"HKCU\Software\Classes\perfdesk.report\DefaultIcon", None) or ""
    check(".perfdesk shows perfdesk's icon", icon.endswith("perfdesk.ico,0"), icon)
    path = wine.value(r"HKCU\Environment", "Path") or ""
    check("perfdesk-cli on the user's PATH", path.lower().endswith("programs\\perfdesk\\bin"), path)
    machine_after = wine.registry("HKEY_LOCAL_MACHINE")
    check("nothing of perfdesk in HKLM", "perfdesk" not in machine_after.lower() and "perfdesk" not in machine_before)

    result = wine.run(str(cli), "--version")
    check("perfdesk-cli --version", result.stdout.strip() == f"perfdesk {RELEASE}", result.stdout + result.stderr)
    result = wine.run("cmd", "/c", "perfdesk-cli --version")
    check(
        "perfdesk-cli found on PATH by cmd",
        result.stdout.strip() == f"perfdesk {RELEASE}",
        result.stdout + result.stderr,
    )

    # The sample's working copy goes to the data folder; a copy of it to the mapped drive.
    result = wine.run(str(cli), "sample", "--name", "taichung-112")
    sample = result.stdout.strip()
    check(r"data folder in %LOCALAPPDATA%\perfdesk", "\\AppData\\Local\\perfdesk\\samples\\" in sample, sample)
    share = work / "share"
    (share / FOLDER).mkdir(parents=True)
    os.symlink(share, wine.prefix / "dosdevices" / MAPPED_DRIVE)
    shutil.copy(user / "AppData" / "Local" / "perfdesk" / "samples" / "taichung-112.perfdesk", share / FOLDER / REPORT)
    report = f"P:\\{FOLDER}\\{REPORT}"
    result = timed("validate", lambda: wine.run(str(cli), "validate", report))
    check("validate a report on P: with a hard name", result.returncode in (0, 1) and "damaged" not in result.stderr,
          result.stderr[-500:])  # fmt: skip
    result = wine.run(str(cli), "info", report)
    check("info reads it", result.returncode == 0 and "臺中" in result.stdout, result.stdout + result.stderr)

    for kind in ("pdf", "xlsx", "docx"):
        out = f"P:\\{FOLDER}\\臺中分局 112.{kind}"
        result = timed(f"export {kind}", partial(wine.run, str(cli), "export", report, "-o", out))
        written = share / FOLDER / f"臺中分局 112.{kind}"
        check(f"export {kind}", result.returncode == 0 and written.is_file(), result.stderr[-500:])
        if written.is_file():
            check(f"the {kind} reads back with the report's text", "臺中" in read_back(written))

    probe = work / "window.png"
    result = timed(
        "window (offscreen)",
        lambda: wine.run(str(app / "python" / "python.exe"), windows_path(REPO / "installer" / "window_probe.py"),
                         report, windows_path(probe)),
    )  # fmt: skip
    rows = [line for line in result.stdout.splitlines() if line.startswith("row: ")]
    check("the installed window shows the report's tree", result.returncode == 0 and len(rows) >= 3,
          result.stdout[-800:] + result.stderr[-1500:])  # fmt: skip
    check("the window's picture was saved", probe.is_file() and probe.stat().st_size > 10_000)
    if probe.is_file():
        kept = REPO / "build" / "installer" / "wine-window.png"
        shutil.copy(probe, kept)
        print(f"     picture of the installed window: {kept.relative_to(REPO)}; {', '.join(rows[:3])}")
    check_window_takes_the_lock(wine, app, share / FOLDER / REPORT, report)

    data = user / "AppData" / "Local" / "perfdesk"
    backups_before = sorted((data / "backups").rglob("*.perfdesk"))
    check("backups were taken in the data folder", len(backups_before) > 0)
    uninstall = timed("silent uninstall", lambda: wine.run(str(app / "uninstall.exe"), "/S"))
    wine.wait()
    check("uninstall /S exits 0", uninstall.returncode == 0, uninstall.stderr[-500:])
    check("the program is gone", not app.exists(), sorted(str(p) for p in app.rglob("*"))[:10] if app.exists() else "")
    check("the shortcut is gone", not start_menu.exists())
    check("the uninstall entry is gone", wine.value(UNINSTALL_KEY, "DisplayName") is None)
    check("the association is gone", wine.value(r"HKCU\Software\Classes\.perfdesk", None) is None)
    check("PATH no longer names perfdesk", "perfdesk" not in (wine.value(r"HKCU\Environment", "Path") or "").lower())
    check("the user's report is untouched", (share / FOLDER / REPORT).is_file())
    check("the data folder and its backups stay", sorted((data / "backups").rglob("*.perfdesk")) == backups_before)
    check("HKLM still names nothing of perfdesk", "perfdesk" not in wine.registry("HKEY_LOCAL_MACHINE").lower())


def check_window_takes_the_lock(wine: Wine, app: Path, report_file: Path, report: str) -> None:
    """perfdesk.exe (the Start-menu target) opens the report for editing: its lock names this Wine PC."""
    lock = report_file.with_name(f".~lock.{report_file.name}#")
    # Wine keeps Linux's QT_* variables from Windows programs; the user's environment in the registry reaches them.
    wine.run("reg", "add", r"HKCU\Environment", "/v", "QT_QPA_PLATFORM", "/d", "offscreen", "/f")
    window = subprocess.Popen(
        ["wine", str(app / "bin" / "perfdesk.exe"), report], env=wine.env,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not lock.exists() and window.poll() is None:
        time.sleep(0.5)
    owner = {}
    if lock.exists():
        time.sleep(1)
        owner = json.loads(lock.read_text(encoding="utf-8"))
    check("perfdesk.exe opens the report for editing (its lock)", bool(owner.get("pid")), f"exit {window.poll()}")
    subprocess.run(["wineserver", "-k"], env=wine.env, check=False)
    window.wait(timeout=60)
    wine.run("reg", "delete", r"HKCU\Environment", "/v", "QT_QPA_PLATFORM", "/f")
    lock.unlink(missing_ok=True)  # the window was killed, as a crash would; the next open would take it over


def read_back(path: Path) -> str:
    """The text of an exported file, read the way the test suite reads exports."""
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        return "\n".join(str(c) for s in book.worksheets for r in s.iter_rows(values_only=True) for c in r if c)
    from docx import Document

    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


if __name__ == "__main__":
    sys.exit(main())
