#!/usr/bin/env bash
# Set up briefing-app on Debian: system libraries Qt needs, a virtualenv, the project.
# Usage: scripts/setup.sh [app|test]   ("test" adds LibreOffice and poppler for DOCX checks)
# Idempotent: packages already installed are skipped, the venv is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

qt_libs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  fonts-noto-cjk fonts-dejavu-core)
test_tools=(libreoffice-writer-nogui poppler-utils)
packages=("${qt_libs[@]}")
[ "$mode" = test ] && packages+=("${test_tools[@]}")

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "setup: please install as root: apt-get install ${missing[*]}" >&2; exit 1; fi
  echo "setup: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    # Debian's own python3 ships venv separately.
    rm -rf .venv
    if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
      echo "setup: please install python3-venv as root" >&2; exit 1; fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq python3-venv >/dev/null
    "$python" -m venv .venv
  fi
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
