"""Benchmark the desktop app: start-up, section switching and memory on big readouts.

Everything is reported next to a baseline measured in the same run (machines here are noisy):

* start-up: process start to the main window shown on the built-in sample, against a bare
  PySide6 window with a tree and a text view showing the same text (goal: <= 1.5x);
* section switch: showing one section of a 2,000-section readout (goal: < 16 ms), against
  setting the same section's text into a plain QTextEdit;
* memory: resident size with 2,000 sections and 10,000 annotations open (goal: < 300 MB),
  against the bare window's.

Run: .venv/bin/python benchmarks/bench_app.py [--runs 5]   (uses Qt's offscreen platform)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample_readout.txt"

APP_CHILD = textwrap.dedent(
    """
    import time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    _exec = QApplication.exec
    def _exec_once(*_args):
        QTimer.singleShot(0, lambda: (print("SHOWN", time.time(), flush=True), QApplication.quit()))
        return _exec()
    QApplication.exec = staticmethod(_exec_once)
    from briefing_app.cli.main import main
    main([])
    """
)

BASELINE_CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (QApplication, QMainWindow, QSplitter, QTextEdit, QTreeWidget,
        QTreeWidgetItem)
    app = QApplication(sys.argv)
    window = QMainWindow()
    splitter = QSplitter()
    tree, text = QTreeWidget(), QTextEdit()
    splitter.addWidget(tree)
    splitter.addWidget(text)
    window.setCentralWidget(splitter)
    content = open(sys.argv[1], encoding="utf-8").read()
    for line in content.splitlines():
        QTreeWidgetItem(tree, [line[:40]])
    text.setPlainText(content)
    window.resize(1360, 860)
    window.show()
    QTimer.singleShot(0, lambda: (print("SHOWN", time.time(), flush=True), app.quit()))
    app.exec()
    """
)


def _time_child(code: str, args: list[str], home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[key] = str(home / key.lower())
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    shown = next(line for line in result.stdout.splitlines() if line.startswith("SHOWN"))
    return float(shown.split()[1]) - start


def bench_startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        _time_child(APP_CHILD, [], home)  # warm the file cache and compile caches once
        _time_child(BASELINE_CHILD, [str(SAMPLE)], home)
        app = [_time_child(APP_CHILD, [], home) for _ in range(runs)]
        base = [_time_child(BASELINE_CHILD, [str(SAMPLE)], home) for _ in range(runs)]
    app_s, base_s = statistics.median(app), statistics.median(base)
    print(
        f"start-up to window shown: app {app_s * 1000:6.0f} ms, bare tree+text window "
        f"{base_s * 1000:6.0f} ms  -> ratio {app_s / base_s:4.2f}x (goal <= 1.5x; median of {runs})"
    )


def big_readout_text(sections: int) -> str:
    """A readout with ``sections`` numbered sections, each with a heading and two items."""
    parts = ["Big Readout for Benchmarking", "The ministers met and agreed on many things."]
    for number in range(1, sections + 1):
        parts.append(f"{number}. Topic number {number}")
        parts.append(
            f"- (1) The ministers discussed topic {number} at length and agreed to continue."
        )
        parts.append(f"- (2) They also noted progress on topic {number} since the last meeting.")
    return "\n".join(parts) + "\n"


def _rss_mb() -> float:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def bench_in_process(sections: int, annotations: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            os.environ[key] = folder
        from PySide6.QtWidgets import QTextEdit

        from briefing_app.core.project_io import project_from_readout
        from briefing_app.gui.context import AppContext
        from briefing_app.gui.document import ProjectDocument
        from briefing_app.gui.interaction import ScriptedInteraction
        from briefing_app.gui.launch import make_application
        from briefing_app.gui.main_window import MainWindow
        from briefing_app.importers import import_text

        app = make_application()
        base_rss = _rss_mb()
        readout = import_text(big_readout_text(sections))
        project = project_from_readout(readout, source_name="big.txt", original_text=None)
        paragraphs = [p for node in readout.walk() for p in node.paragraphs]
        for index in range(annotations):
            paragraph = paragraphs[index % len(paragraphs)]
            start = paragraph.span.start + (index // len(paragraphs)) * 4
            annotation = project.new_annotation(start, start + 3, author="bench", comment="note")
            project.annotations.append(annotation)
        window = MainWindow(AppContext.create(ScriptedInteraction()), ProjectDocument(project))
        window.show()
        app.processEvents()
        workspace = window.workspace
        assert workspace is not None
        timings = []
        order = list(range(0, len(readout.sections), max(1, len(readout.sections) // 200)))
        for index in order:
            start = time.perf_counter()
            workspace.show_section(index)
            app.processEvents()
            timings.append(time.perf_counter() - start)
        plain = QTextEdit()
        plain.show()
        base_timings = []
        for index in order:
            section = readout.sections[index]
            text = "\n".join(
                [section.heading or ""] + [p.text for n in section.walk() for p in n.paragraphs]
            )
            start = time.perf_counter()
            plain.setPlainText(text)
            app.processEvents()
            base_timings.append(time.perf_counter() - start)
        rss = _rss_mb()
        mean, worst = statistics.mean(timings) * 1000, max(timings) * 1000
        base_mean = statistics.mean(base_timings) * 1000
        print(
            f"section switch, {len(readout.sections)} sections, {len(project.annotations)} "
            f"annotations: mean {mean:5.2f} ms, worst {worst:5.2f} ms (goal < 16 ms); "
            f"plain QTextEdit.setPlainText of the same text {base_mean:5.2f} ms -> "
            f"ratio {mean / base_mean:4.1f}x"
        )
        print(
            f"memory: {rss:6.0f} MB resident with that project open (goal < 300 MB); "
            f"bare QApplication {base_rss:5.0f} MB"
        )
        window.document.undo_stack.setClean()  # type: ignore[union-attr]
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sections", type=int, default=2000)
    parser.add_argument("--annotations", type=int, default=10000)
    args = parser.parse_args()
    bench_startup(args.runs)
    bench_in_process(args.sections, args.annotations)


if __name__ == "__main__":
    main()
