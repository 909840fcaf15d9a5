"""Benchmark crash recovery: autosaving and recovering a project with 10,000 annotations.

Baseline in the same run: json.loads of the same recovery file (the floor for reading it).
Run: .venv/bin/python benchmarks/bench_recovery.py [--annotations 10000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import annotate_evenly, best_of, big_readout_text

from briefing_app.core.project_io import project_from_readout
from briefing_app.core.recovery import load_recovery, write_recovery
from briefing_app.importers import import_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    readout = import_text(big_readout_text(2000))
    project = project_from_readout(readout, source_name="big.txt", original_text=None)
    annotate_evenly(project, args.annotations, author="")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ".big.briefing.recovery"
        write_seconds = best_of(args.runs, lambda: write_recovery(project, path, None))
        size_mb = path.stat().st_size / 1e6
        baseline = best_of(args.runs, lambda: json.loads(path.read_bytes()))
        recover = best_of(args.runs, lambda: load_recovery(path))
    print(
        f"{args.annotations} annotations, 2,000 sections, recovery file {size_mb:.1f} MB: "
        f"autosave {write_seconds:.2f} s, recover {recover:.2f} s "
        f"(json.loads alone {baseline:.2f} s -> ratio {recover / baseline:.1f}x)"
    )


if __name__ == "__main__":
    main()
