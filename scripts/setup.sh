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

# Run apt-get as root: directly, through sudo, or say what to install.
apt_install() {
  local runner=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: please install as root: apt-get install $*" >&2; exit 1; }
    runner=(sudo)
  fi
  echo "setup: installing $*"
  "${runner[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq "$@" >/dev/null
}

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt_install "${missing[@]}"
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    # Debian's own python3 ships venv separately.
    rm -rf .venv
    apt_install python3-venv
    "$python" -m venv .venv
  fi
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
# The compiled translations (.qm) are build products: made from the committed .ts sources.
.venv/bin/python scripts/update_translations.py --compile-only
