#!/usr/bin/env bash
# Set up (if needed) and launch briefing-app on the built-in sample readout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
exec .venv/bin/briefing-app "$@"
