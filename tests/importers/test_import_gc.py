"""The cyclic garbage collector around an import: paused while the readout is built, and the
readout handed to the oldest generation afterwards (young collections never walk it), without
disturbing what the app froze or keeping garbage alive."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from briefing_app.importers import import_bytes, import_text


def _readout_text(sections: int = 40) -> str:
    lines = ["Meeting Readout", "The ministers met on 28 January 2012."]
    for number in range(1, sections + 1):
        lines.append(f"{number}. Topic {number}")
        lines += [f"({k}) The ministers discussed point {k} of topic {number}." for k in (1, 2)]
    return "\n".join(lines) + "\n"


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    gc.collect()
    yield
    if not was_enabled:
        gc.disable()


def _generation_of(target: object) -> int | None:
    for generation in range(3):
        if any(obj is target for obj in gc.get_objects(generation=generation)):
            return generation
    return None


@pytest.mark.usefixtures("collector_on")
def test_the_imported_readout_lands_in_the_oldest_generation() -> None:
    readout = import_text(_readout_text())
    gc.collect(0)  # what the first young collection after the import would do
    assert gc.isenabled()
    assert _generation_of(readout) == 2
    assert _generation_of(readout.sections[-1].items[-1].paragraphs[0]) == 2
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector_on")
def test_garbage_from_before_the_import_is_still_collected() -> None:
    cycle = _Cycle()
    alive = weakref.ref(cycle)
    del cycle
    import_bytes(_readout_text().encode("utf-8"), "readout.txt")
    assert alive() is not None  # nothing collected it yet: it was aged, not scanned
    gc.collect()
    assert alive() is None


@pytest.mark.usefixtures("collector_on")
def test_what_the_app_froze_stays_frozen() -> None:
    kept = [_Cycle() for _ in range(5)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        readout = import_text(_readout_text())
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
        assert readout.node_count() == 120
    finally:
        gc.unfreeze()
    del kept


def test_a_paused_collector_stays_paused() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        import_text(_readout_text(3))
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
