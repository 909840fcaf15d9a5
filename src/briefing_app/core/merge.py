"""Bringing a colleague's annotations into a project: added, duplicate, or in conflict.

A colleague's project may hold the same readout or another version of it: their annotations
are found again in this project's text by quote, context and position (as for a revised
readout); one that cannot be found is kept as an orphan, never dropped. An annotation both
sides have (the same id) but edited differently is a conflict: this project keeps its own
version and records theirs, for the user to choose.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel, Field

from briefing_app.core.anchoring import OffsetIndex, make_anchor, relocate
from briefing_app.core.annotations import Annotation, AnnotationFields
from briefing_app.core.project import MergeConflict, Project

logger = logging.getLogger(__name__)


class MergeReport(BaseModel):
    """What a merge did, annotation by annotation."""

    added: list[str] = Field(default_factory=list)
    duplicates: list[str] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)
    orphaned: list[str] = Field(default_factory=list)

    def summary(self) -> str:
        """One line: "added 3, duplicate 1, conflicting 0" (and orphaned when there are)."""
        line = (
            f"added {len(self.added)}, duplicate {len(self.duplicates)}, "
            f"conflicting {len(self.conflicts)}"
        )
        return line + (f", orphaned {len(self.orphaned)}" if self.orphaned else "")


def merge_annotations(project: Project, incoming: list[Annotation]) -> tuple[Project, MergeReport]:
    """A copy of ``project`` with ``incoming`` annotations (a colleague's) merged in."""
    result = project.model_copy(deep=True)
    report = MergeReport()
    ours = {annotation.id: annotation for annotation in result.annotations}
    index = OffsetIndex(result.readout)
    text = result.readout.text
    for theirs in incoming:
        placed = _placed(theirs, text, index)
        mine = ours.get(theirs.id)
        if mine is not None:
            if _same(mine, placed or theirs):
                report.duplicates.append(theirs.id)
            else:
                result.merge_conflicts.append(
                    MergeConflict(annotation_id=theirs.id, theirs=placed or theirs)
                )
                report.conflicts.append(theirs.id)
            continue
        if placed is None:
            result.orphans.append(theirs.model_copy(deep=True))
            report.orphaned.append(theirs.id)
            continue
        twin = next((a for a in result.annotations if _same(a, placed)), None)
        if twin is not None:
            report.duplicates.append(theirs.id)
            continue
        result.add_annotation(placed)
        ours[placed.id] = placed
        report.added.append(theirs.id)
    logger.info("Merged annotations: %s", report.summary())
    return result, report


def _placed(annotation: Annotation, text: str, index: OffsetIndex) -> Annotation | None:
    """``annotation`` anchored in ``text`` (None when its passage is not there)."""
    found = relocate(annotation.anchor, text)
    if found is None or not found.exact:
        return None
    anchor = make_anchor(text, found.start, found.end, "")
    node_id = index.node_at(anchor.position.start) or ""
    copy = annotation.model_copy(deep=True)
    copy.anchor = anchor.model_copy(update={"node_id": node_id})
    return copy


def _same(one: Annotation, other: Annotation) -> bool:
    """The same passage with the same mark-up (who made it and when aside)."""
    return (one.start, one.end) == (other.start, other.end) and AnnotationFields.of(
        one
    ) == AnnotationFields.of(other)
