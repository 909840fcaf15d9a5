"""Start-up against another commit, side by side: process start to the first paint of the
app's window, for this checkout and for another one's ``src`` folder, and a bare window.

    git worktree add --detach /tmp/old 037db6e
    .venv/bin/python benchmarks/startup_against.py /tmp/old/src [--runs 7]

The other checkout runs with its ``src`` first on ``PYTHONPATH`` (this venv's packages). Its
first paint is whatever window it shows first: before session 5 that was the whole editor.
Launches alternate (other, this, bare), so a busy spell falls on all three.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_all


def _launch(code: str, args: list[str], home: Path, src: str | None) -> dict[str, float]:
    saved = os.environ.get("PYTHONPATH")
    if src is not None:
        os.environ["PYTHONPATH"] = src
    try:
        return bench_all._start_child(code, args, home)
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other_src", help="the other checkout's src folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sample = [str(bench_all.SAMPLE)]
    other, this, bare = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        for _ in range(args.runs + 1):  # the first round warms the caches and is dropped
            other.append(_launch(bench_all.APP_CHILD, [], home, args.other_src))
            this.append(_launch(bench_all.APP_CHILD, [], home, None))
            bare.append(_launch(bench_all.BASELINE_CHILD, sample, home, None))

    def median_ms(marks: list[dict[str, float]], last: str) -> float:
        return statistics.median(m[last] - m["start"] for m in marks[1:]) * 1000

    base = median_ms(bare, "painted")
    print(f"bare tree+text window, first paint: {base:6.1f} ms")
    for name, marks in (("other", other), ("this", this)):
        painted = median_ms(marks, "painted")
        line = f"{name:<5} first paint {painted:6.1f} ms -> {painted / base:4.2f}x"
        if "ready" in marks[-1]:
            ready = median_ms(marks, "ready")
            line += f"; editor ready {ready:6.1f} ms -> {ready / base:4.2f}x"
        print(line)


if __name__ == "__main__":
    main()
