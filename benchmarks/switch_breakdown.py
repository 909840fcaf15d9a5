"""Where a section switch's time goes (issue 14, "Reader"), on bench_all's big project:

    .venv/bin/python benchmarks/switch_breakdown.py            # 3 rounds of 250 switches
    .venv/bin/python benchmarks/switch_breakdown.py --rounds 5 --profile

For each round: p50/p95/max of ``show_section`` plus the event processing it causes (as
``bench_all.py --only switch`` measures it), then the mean time of each part of the switch
(the Python work in ``show_section``, the paint of each widget), and what the slowest
switches had in common (the section's size, garbage collections during the switch). Building
the project takes about two minutes (10,000 annotations made one at a time).

A widget's paint is timed from its paint event to the next event delivered, so the last
widget painted also carries the flush of the window; the times include the event filter's
own cost (a few microseconds an event).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_all import BigWindow, _percentiles


def _widget_name(obj: object) -> str:
    """The class and object name of a widget and of its parent (a viewport says whose)."""
    try:
        names = []
        for widget in (obj, obj.parent()):  # type: ignore[attr-defined]
            if widget is None:
                break
            name = widget.objectName()
            names.append(type(widget).__name__ + (f"#{name}" if name else ""))
        return " in ".join(names)
    except RuntimeError:  # deleted while we looked (an animation ending)
        return "(deleted)"


class SwitchBreakdown:
    """Times switches on a :class:`BigWindow`, split into parts."""

    def __init__(self, big: BigWindow) -> None:
        self.big = big
        self.workspace = big.workspace
        sections = self.workspace.sections
        self.order = list(range(0, len(sections), max(1, len(sections) // 250)))
        self.parts: dict[str, float] = {}
        self._gc_start = 0.0
        self._timed_python_parts()
        gc.callbacks.append(self._gc_event)

    def _timed_python_parts(self) -> None:
        workspace = self.workspace
        for owner, name, label in (
            (workspace.reader, "show_content", "reader: fill the document"),
            (workspace.reader, "_apply_highlights", "reader: highlights"),
            (workspace.navigator_pane, "select", "navigator: select and scroll"),
            (workspace.annotation_panel, "set_section", "annotation list: this section"),
            (workspace, "_load_section_note", "section note"),
            (workspace, "_update_position", "position and status bar"),
        ):
            setattr(owner, name, self._timed(getattr(owner, name), label))

    def _timed(self, function: Callable[..., object], label: str) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.parts[label] = self.parts.get(label, 0.0) + time.perf_counter() - start

        return timed

    def _gc_event(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            label = f"garbage collection (generation {info['generation']})"
            self.parts[label] = self.parts.get(label, 0.0) + time.perf_counter() - self._gc_start

    def switch(self, index: int) -> tuple[float, float, dict[str, float]]:
        """One switch: (total, of it in show_section, the parts)."""
        self.parts = {}
        start = time.perf_counter()
        self.workspace.show_section(index)
        shown = time.perf_counter()
        self.big.app.processEvents()
        return time.perf_counter() - start, shown - start, self.parts

    def paints(self) -> dict[str, float]:
        """Mean time per switch of each event delivered while the switch is processed."""
        from PySide6.QtCore import QObject

        log: list[tuple[float, object, object]] = []

        class Recorder(QObject):
            def eventFilter(self, watched: QObject, event: object) -> bool:  # noqa: N802
                log.append((time.perf_counter(), event.type(), watched))  # type: ignore[attr-defined]
                return False

        recorder = Recorder()
        app = self.big.app
        app.installEventFilter(recorder)
        totals: dict[str, float] = {}
        try:
            for index in self.order:
                self.workspace.show_section(index)
                log.clear()  # what show_section sent itself is in its own time
                app.processEvents()
                log.append((time.perf_counter(), None, None))
                for (at, kind, watched), (after, _, _) in itertools.pairwise(log):
                    if kind is None:
                        continue
                    key = f"{kind.name} {_widget_name(watched)}"  # type: ignore[union-attr]
                    totals[key] = totals.get(key, 0.0) + after - at
        finally:
            app.removeEventFilter(recorder)
        return {key: total / len(self.order) for key, total in totals.items()}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worst", type=int, default=5, help="slowest switches listed")
    parser.add_argument("--profile", action="store_true", help="cProfile one more round")
    args = parser.parse_args()
    big = BigWindow(2000, 10000)
    breakdown = SwitchBreakdown(big)
    sections = big.workspace.sections
    for index in breakdown.order[:5]:  # warm up
        breakdown.switch(index)
    for round_number in range(1, args.rounds + 1):
        results = [(index, *breakdown.switch(index)) for index in breakdown.order]
        p50, p95, worst = _percentiles([total for _, total, _, _ in results])
        print(f"round {round_number}: p50 {_ms(p50)}, p95 {_ms(p95)}, max {_ms(worst)}")
        labels = sorted({label for *_, parts in results for label in parts})
        in_show = statistics.mean(python for _, _, python, _ in results)
        print(f"    show_section (Python, all of it)   {_ms(in_show)}")
        for label in labels:
            mean = statistics.mean(parts.get(label, 0.0) for *_, parts in results)
            print(f"      {label:<33}{_ms(mean)}")
        for index, total, python, parts in sorted(results, key=lambda r: -r[1])[: args.worst]:
            nodes = sum(1 for _ in sections[index].walk())
            collected = sum(v for k, v in parts.items() if k.startswith("garbage"))
            print(
                f"    slow: section {index + 1} ({nodes} nodes) {_ms(total)}, "
                f"show_section {_ms(python)}, garbage collection {_ms(collected)}"
            )
    print("events while a switch is processed (mean per switch, the 12 costliest):")
    for key, mean in sorted(breakdown.paints().items(), key=lambda item: -item[1])[:12]:
        print(f"    {_ms(mean)}  {key}")
    if args.profile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.enable()
        for index in breakdown.order:
            breakdown.switch(index)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    big.close()


if __name__ == "__main__":
    main()
