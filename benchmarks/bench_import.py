"""Benchmark: importing a ~10 MB readout, reported as time per MB and as a ratio to baselines.

Baselines measured in the same run (machines here are noisy, so ratios are what count):
  * read+split: reading the file and splitting it into lines;
  * regex scan: one pass of a simple marker regex over every line.
Three inputs: the sample repeated as is (numbering restarts, so most markers are rejected as
out of sequence), the sample's sections renumbered to continue (every marker accepted), and
that with every paragraph different (as in a real readout; see unique_sample).
Goal (issue 2): 10 MB in under 1 s on one core, cost linear in size.

Run: .venv/bin/python benchmarks/bench_import.py [--mb 10]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

from briefing_app.importers import import_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_of

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample_readout.txt"
_SECTION = re.compile(r"^(\d+)\. ", re.MULTILINE)


def repeated_sample(target_bytes: int) -> str:
    """The sample text repeated until it reaches ``target_bytes``."""
    text = SAMPLE.read_text(encoding="utf-8") + "\n"
    return text * max(1, target_bytes // len(text.encode("utf-8")))


def renumbered_sample(target_bytes: int) -> str:
    """The sample's title and preamble once, then its sections repeated with continuing numbers."""
    text = SAMPLE.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n1. ")
    body = "1. " + rest.replace("\nBack to Index", "").rstrip() + "\n"
    parts = [head + "\n"]
    size = len(head)
    offset = 0
    while size < target_bytes:
        chunk = _SECTION.sub(lambda m, o=offset: f"{int(m.group(1)) + o}. ", body)
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        offset += 7
    return "".join(parts)


def unique_sample(target_bytes: int) -> str:
    """:func:`renumbered_sample` with every paragraph different, as in a real readout.

    The other two inputs repeat the sample's paragraphs, and the importer never asks whether
    a text said twice is prose. Each paragraph gets a numbered tail, and the typographic
    quotes, apostrophes and dashes of text copied from a web page.
    """
    count = 0
    lines = renumbered_sample(int(target_bytes * 0.94)).split("\n")
    for index, line in enumerate(lines):
        if len(line) > 60:
            count += 1
            lines[index] = line.replace("'", "’") + f" “Ref {count}” — ok."
    return "\n".join(lines)


def measure(label: str, text: str, runs: int) -> tuple[float, float]:
    """Print and return (seconds per MB, nodes) for importing ``text``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big_readout.txt"
        path.write_text(text, encoding="utf-8")
        mb = path.stat().st_size / 1e6
        baseline = best_of(runs, lambda: path.read_text(encoding="utf-8").split("\n"))
        marker = re.compile(r"^\s*(?:- )?\(?\d+[.)]")
        scan = best_of(
            runs,
            lambda: [marker.match(line) for line in path.read_text(encoding="utf-8").split("\n")],
        )

        def run_import() -> None:
            # The readout is freed inside the timing, as when a new one replaces it in the
            # app; its nodes are counted outside (walking 28,000 nodes is no part of it).
            readout = import_path(path)
            del readout

        seconds = best_of(runs, run_import)
        nodes = import_path(path).node_count()
    print(
        f"{label:<22} {mb:6.2f} MB  import {seconds:6.3f} s  ({seconds / mb * 1000:6.1f} ms/MB, "
        f"{nodes} nodes)  read+split {baseline * 1000:6.1f} ms  regex scan {scan * 1000:6.1f} ms"
        f"  ratio import/regex-scan {seconds / scan:5.1f}x"
    )
    return seconds / mb, nodes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the big readout")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    target = int(args.mb * 1e6)
    print(f"Importing ~{args.mb:g} MB readouts, best of {args.runs} runs")
    per_mb = []
    for fraction in (0.25, 0.5, 1.0):
        size = int(target * fraction)
        seconds_per_mb, _ = measure(
            f"renumbered {fraction:>4.0%}", renumbered_sample(size), args.runs
        )
        per_mb.append(seconds_per_mb)
    repeated_per_mb, _ = measure("repeated as is 100%", repeated_sample(target), args.runs)
    unique_per_mb, _ = measure("paragraphs unique 100%", unique_sample(target), args.runs)
    spread = max(per_mb) / min(per_mb)
    print(f"linearity: ms/MB varies {spread:.2f}x from 25% to 100% of the size (1.0x = linear)")
    print(
        f"goal 10 MB under 1 s: sample repeated {repeated_per_mb * 10:.2f} s, "
        f"renumbered (every marker a node) {statistics.fmean(per_mb) * 10:.2f} s, "
        f"renumbered with every paragraph different {unique_per_mb * 10:.2f} s"
    )


if __name__ == "__main__":
    main()
