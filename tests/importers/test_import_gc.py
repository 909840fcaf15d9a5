"""The cyclic garbage collector around an import: paused while the readout is built, and —
in a process without Qt — the readout handed to the oldest generation afterwards (young
collections never walk it), without disturbing what was frozen or keeping garbage alive.

The aging is checked in a fresh interpreter: it moves every young object of the process, and
the test process holds the GUI tests' Qt wrappers.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import types

import pytest

from briefing_app.importers import import_text

_READOUT = "\n".join(
    ["Meeting Readout", "The ministers met on 28 January 2012."]
    + [
        line
        for number in range(1, 41)
        for line in (
            f"{number}. Topic {number}",
            f"(1) The ministers discussed point 1 of topic {number}.",
            f"(2) The ministers discussed point 2 of topic {number}.",
        )
    ]
)

_CHILD = textwrap.dedent(
    """
    import gc, sys, weakref
    from briefing_app.importers import import_text

    text = sys.stdin.read()
    assert "shiboken6" not in sys.modules

    def generation_of(target):
        for generation in range(3):
            if any(obj is target for obj in gc.get_objects(generation=generation)):
                return generation
        return None

    class Cycle:
        def __init__(self):
            self.me = self

    gc.collect()
    cycle = Cycle()
    alive = weakref.ref(cycle)
    del cycle
    readout = import_text(text)
    gc.collect(0)  # what the first young collection after the import would do
    print("enabled", gc.isenabled())
    print("readout", generation_of(readout))
    print("paragraph", generation_of(readout.sections[-1].items[-1].paragraphs[0]))
    print("frozen", gc.get_freeze_count())
    print("garbage kept until a full collection", alive() is not None)
    gc.collect()
    print("garbage collected", alive() is None)

    kept = [Cycle() for _ in range(5)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    import_text(text)
    print("freeze kept", gc.get_freeze_count() == frozen)
    """
)


def test_without_qt_the_readout_lands_in_the_oldest_generation() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=_READOUT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.splitlines() == [
        "enabled True",
        "readout 2",
        "paragraph 2",
        "frozen 0",
        "garbage kept until a full collection True",
        "garbage collected True",
        "freeze kept True",
    ]


def test_with_qt_loaded_young_objects_stay_young(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shiboken6", types.ModuleType("shiboken6"))
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        gc.collect()
        frozen = gc.get_freeze_count()
        readout = import_text(_READOUT)
        gc.collect(0)
        assert gc.isenabled()
        assert gc.get_freeze_count() == frozen
        assert not any(obj is readout for obj in gc.get_objects(generation=2))
    finally:
        if not was_enabled:
            gc.disable()


def test_a_paused_collector_stays_paused() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        import_text(_READOUT)
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
