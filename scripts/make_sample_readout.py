"""Regenerate resources/sample_readout.json: the built-in sample readout as the importers read it.

Run: .venv/bin/python scripts/make_sample_readout.py
The app starts on this file instead of importing the sample at every launch (loading the
importers took some 30 ms of the start-up); tests/core/test_sample_readout.py fails when an
importer change makes it differ from a fresh import, and says to run this script.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.atomic import atomic_write_text
from briefing_app.core.opening import import_sample_readout

OUT = Path(__file__).resolve().parents[1] / "resources" / "sample_readout.json"


def main() -> None:
    """Import the sample and write its JSON beside it."""
    readout = import_sample_readout()
    atomic_write_text(OUT, readout.model_dump_json(indent=1) + "\n")
    print(f"wrote {OUT} ({len(readout.sections)} sections)")


if __name__ == "__main__":
    main()
