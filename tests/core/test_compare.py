"""Two versions of a readout compared section by section."""

from __future__ import annotations

from briefing_app.core.compare import Change, compare_readouts
from briefing_app.core.opening import sample_project
from briefing_app.importers import import_bytes
from tests.core.test_revision import _revised_text


def test_the_corrected_sample_compares_section_by_section() -> None:
    old = sample_project().readout
    new = import_bytes(_revised_text().encode(), "v2.txt")
    changes = {change.label.split(" ")[0]: change for change in compare_readouts(old, new)}
    assert changes["Overview"].change is Change.UNCHANGED
    assert changes["1"].change is Change.UNCHANGED
    reworded = changes["5"]  # "a record figure" became "an all-time high"; an item was added
    assert reworded.change is Change.REWORDED
    assert any(kind == "-" and "record figure" in words for kind, words in reworded.words)
    assert any(kind == "+" and "all-time high" in words for kind, words in reworded.words)
    assert changes["4"].change is Change.REWORDED  # a sentence dropped
    assert any(
        kind == "-" and "discussed in the future" in words for kind, words in changes["4"].words
    )


def test_added_and_removed_sections() -> None:
    old = import_bytes(
        b"Title\n\n1. Alpha\nThe first part.\n\n2. Beta\nThe second part.\n", "a.txt"
    )
    new = import_bytes(
        b"Title\n\n1. Alpha\nThe first part.\n\n3. Gamma\nA new part here.\n", "b.txt"
    )
    kinds = [(c.label, c.change) for c in compare_readouts(old, new)]
    assert ("2 Beta", Change.REMOVED) in kinds
    assert ("3 Gamma", Change.ADDED) in kinds
    assert ("1 Alpha", Change.UNCHANGED) in kinds
