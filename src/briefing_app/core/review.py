"""The review queue after a revision or a merge: what the user accepts, re-anchors or deletes.

- a *changed* annotation (its passage was reworded): accept the new wording, or re-anchor it;
- an *orphan* (its passage is gone): re-anchor it on a passage the user selects, or delete it;
- a *conflict* (a colleague edited the same annotation differently): keep mine or take theirs.

Each function changes the project in place (the app wraps it in an undo step).
"""

from __future__ import annotations

import logging

from briefing_app.core.anchoring import OffsetIndex, make_anchor
from briefing_app.core.annotations import Annotation, AnnotationFields
from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project

logger = logging.getLogger(__name__)


class ReviewError(BriefingError):
    """A review step that cannot be taken (the message says why)."""


def changed_annotations(project: Project) -> list[Annotation]:
    """Annotations whose passage a revision reworded, waiting for the user."""
    return [a for a in project.annotations if a.revised_from is not None]


def accept_revision(project: Project, annotation_id: str) -> None:
    """Keep the annotation on the reworded passage (it leaves the queue)."""
    project.annotation(annotation_id).revised_from = None


def reanchor(project: Project, annotation_id: str, start: int, end: int) -> None:
    """Put a changed annotation or an orphan on ``readout.text[start:end]``."""
    try:
        anchor = make_anchor(project.readout.text, start, end, "")
    except ValueError as exc:
        raise ReviewError(f"Select the passage to attach it to first ({exc}).") from None
    node_id = OffsetIndex(project.readout).node_at(anchor.position.start) or ""
    anchor = anchor.model_copy(update={"node_id": node_id})
    orphan = next((a for a in project.orphans if a.id == annotation_id), None)
    if orphan is not None:
        project.orphans.remove(orphan)
        orphan.anchor = anchor
        orphan.revised_from = None
        project.add_annotation(orphan)
        return
    annotation = project.annotation(annotation_id)
    annotation.anchor = anchor
    annotation.revised_from = None
    project.annotations.sort(key=lambda a: (a.start, a.end))


def delete_orphan(project: Project, annotation_id: str) -> None:
    """Delete an orphan for good."""
    project.orphans = [a for a in project.orphans if a.id != annotation_id]


def resolve_conflict(project: Project, annotation_id: str, *, take_theirs: bool) -> None:
    """Settle a merge conflict: keep this project's version, or take the colleague's."""
    conflict = next((c for c in project.merge_conflicts if c.annotation_id == annotation_id), None)
    if conflict is None:
        raise ReviewError("This conflict was settled already.")
    project.merge_conflicts.remove(conflict)
    if take_theirs:
        project.set_annotation_fields(annotation_id, AnnotationFields.of(conflict.theirs))


def queue_size(project: Project) -> int:
    """How many items wait for the user."""
    return len(changed_annotations(project)) + len(project.orphans) + len(project.merge_conflicts)
