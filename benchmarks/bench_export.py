"""Benchmark the Word export against pandoc converting the same content (Markdown -> DOCX).

The sample readout's sections repeated 50 times (364 sections) with 2,000 annotations, exported
through the annotated-readout template (every annotation a native comment) and the
briefing-note template. Baseline, measured in the same run when pandoc is installed: pandoc
turning the equivalent Markdown (the readout, plus the annotations as a list) into a .docx.
Goals (issue 14): the annotated readout at most 0.4x pandoc's time, the briefing note 0.3x.

Run: .venv/bin/python benchmarks/bench_export.py [--runs 3]
     .venv/bin/python benchmarks/bench_export.py --profile briefing-note   # where time goes
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import renumbered_sample
from common import best_of

from briefing_app.core.anchoring import OffsetIndex
from briefing_app.core.project import Project
from briefing_app.core.project_io import project_from_readout
from briefing_app.export.render import render_note
from briefing_app.export.templates import find_template
from briefing_app.importers import import_text

GOALS = {"annotated-readout": 0.4, "briefing-note": 0.3}
"""Issue 14: each export's time against pandoc's on the same content."""
TAGS = ["Key point", "Action", "Risk", "Question", "Follow-up", "Talking point"]


def big_project(copies: int, annotations: int) -> Project:
    size = 5200 * copies  # about one copy of the sample per 5,200 bytes
    readout = import_text(renumbered_sample(size))
    project = project_from_readout(readout, source_name="big.txt", original_text=None)
    paragraphs = [p for node in readout.walk() for p in node.paragraphs]
    offsets = OffsetIndex(readout)  # one for all: the readout does not change here
    for index in range(annotations):
        paragraph = paragraphs[index % len(paragraphs)]
        offset = (index // len(paragraphs)) * 12
        start = paragraph.span.start + offset
        end = min(start + 10, paragraph.span.end)
        if end - start < 3:
            start, end = paragraph.span.start, paragraph.span.start + 5
        annotation = project.new_annotation(
            start,
            end,
            author="Bench",
            offsets=offsets,
            comment=f"Comment {index}",
            tags=[TAGS[index % 6]],
            owner="Desk" if index % 6 == 1 else "",
        )
        project.annotations.append(annotation)
    for name, value in (
        ("subject", "Benchmark"),
        ("to", "Minister"),
        ("from_", "Desk"),
        ("summary", "A summary."),
    ):
        project.set_note_field(name, value)
    return project


def markdown_of(project: Project) -> str:
    lines = [f"# {project.readout.title}", ""]
    lines += [p.text + "\n" for p in project.readout.preamble]
    for node in project.readout.walk():
        lines.append(f"## {node.marker or ''} {node.heading or ''}\n")
        lines += [p.text + "\n" for p in node.paragraphs]
    lines.append("# Annotations\n")
    lines += [f"- “{a.quote}” — {a.comment} ({', '.join(a.tags)})" for a in project.annotations]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--annotations", type=int, default=2000)
    parser.add_argument(
        "--profile",
        metavar="TEMPLATE",
        help="profile one export through TEMPLATE (after a warm-up) instead of timing",
    )
    parser.add_argument("--lines", type=int, default=40, help="profile lines to print")
    args = parser.parse_args()
    project = big_project(args.copies, args.annotations)
    if args.profile:
        profile(project, args.profile, args.lines)
        return
    sections = len(project.readout.sections)
    print(f"{sections} sections, {len(project.annotations)} annotations, best of {args.runs}")
    pandoc = shutil.which("pandoc")
    baseline = None
    if pandoc:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "note.md"
            source.write_text(markdown_of(project), encoding="utf-8")
            target = Path(folder) / "note.docx"
            baseline = best_of(
                args.runs,
                lambda: subprocess.run([pandoc, str(source), "-o", str(target)], check=True),
            )
        print(f"pandoc Markdown -> DOCX (baseline): {baseline:6.2f} s")
    else:
        print("pandoc not installed: no baseline this run (apt-get install pandoc)")
    for key, goal in GOALS.items():
        template = find_template(key)
        seconds = best_of(args.runs, lambda t=template: render_note(project, t))
        ratio = f"  ratio {seconds / baseline:4.2f}x pandoc (goal <= {goal}x)" if baseline else ""
        print(f"{key:<18} {seconds:6.2f} s{ratio}")


def profile(project: Project, key: str, lines: int) -> None:
    """cProfile of one ``render_note`` through template ``key``: cumulative, then own time."""
    import cProfile
    import gc
    import pstats

    template = find_template(key)
    render_note(project, template, author="Bench")  # imports, caches: not what is measured
    # The warm-up's documents are garbage in reference cycles: freed now, or a full collection
    # freeing them lands on whatever function is running (40 ms on clean_quote, misleadingly).
    gc.collect()
    profiler = cProfile.Profile()
    profiler.enable()
    render_note(project, template, author="Bench")
    profiler.disable()
    for order in ("cumtime", "tottime"):
        pstats.Stats(profiler).sort_stats(order).print_stats(lines)


if __name__ == "__main__":
    main()
