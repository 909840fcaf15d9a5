#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite headless (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
export BRIEFING_REQUIRE_LIBREOFFICE=1
.venv/bin/ruff check src tests benchmarks
exec .venv/bin/python -m pytest "$@"
