"""The review queue: accept reworded passages, re-anchor or delete orphans, settle conflicts."""

from __future__ import annotations

import pytest

from briefing_app.core.merge import merge_annotations
from briefing_app.core.review import (
    ReviewError,
    accept_revision,
    changed_annotations,
    delete_orphan,
    queue_size,
    reanchor,
    resolve_conflict,
)
from briefing_app.core.revision import revise
from briefing_app.importers import import_bytes
from tests.core.test_interchange import _mine_and_theirs
from tests.core.test_revision import _project_with_markup, _revised_text


def test_after_a_revision_each_item_of_the_queue_is_settled() -> None:
    project, _marks = _project_with_markup()
    revised = import_bytes(_revised_text().encode(), "v2.txt")
    result, _report = revise(project, revised, source="v2.txt")
    assert queue_size(result) == 2  # one reworded, one orphaned
    (changed,) = changed_annotations(result)
    accept_revision(result, changed.id)
    assert changed_annotations(result) == [] and queue_size(result) == 1
    (orphan,) = result.orphans
    text = result.readout.text
    start = (
        text.index("This is to be") if "This is to be" in text else text.index("visits to graves")
    )
    reanchor(result, orphan.id, start, start + len("visits to graves"))
    carried = result.annotation(orphan.id)
    assert carried.quote == "visits to graves" and result.orphans == []
    assert carried.anchor.node_id != ""
    assert queue_size(result) == 0


def test_an_orphan_can_be_deleted_and_reanchoring_needs_a_passage() -> None:
    project, _marks = _project_with_markup()
    revised = import_bytes(_revised_text().encode(), "v2.txt")
    result, _ = revise(project, revised, source="v2.txt")
    (orphan,) = result.orphans
    with pytest.raises(ReviewError, match="Select the passage"):
        reanchor(result, orphan.id, 10, 10)
    delete_orphan(result, orphan.id)
    assert result.orphans == []


def test_conflicts_are_settled_one_way_or_the_other() -> None:
    mine, theirs = _mine_and_theirs()
    result, _ = merge_annotations(mine, theirs.annotations)
    (conflict,) = result.merge_conflicts
    kept = result.model_copy(deep=True)
    resolve_conflict(kept, conflict.annotation_id, take_theirs=False)
    assert kept.annotation(conflict.annotation_id).comment == "Gas prices"
    resolve_conflict(result, conflict.annotation_id, take_theirs=True)
    assert result.annotation(conflict.annotation_id).comment == "Gas prices; METI worried"
    assert result.merge_conflicts == []
    with pytest.raises(ReviewError, match="settled already"):
        resolve_conflict(result, conflict.annotation_id, take_theirs=True)
