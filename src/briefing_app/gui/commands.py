"""Undoable commands: one per user action, each calling a method of the project document."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefing_app.core.annotations import Annotation, AnnotationFields
from briefing_app.core.model import Readout
from briefing_app.core.project import Project
from briefing_app.core.wording import shortened
from briefing_app.gui.document import ProjectDocument, StructureSnapshot, replace_project_state

logger = logging.getLogger(__name__)


class AddAnnotation(QUndoCommand):
    """Annotate a passage."""

    def __init__(self, document: ProjectDocument, annotation: Annotation) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Annotate “{0}”").format(
                shortened(annotation.quote, 30)
            )
        )
        self._document = document
        self._annotation = annotation
        self._index: int | None = None

    def redo(self) -> None:
        self._index = self._document.apply_add_annotation(self._annotation, self._index)

    def undo(self) -> None:
        self._document.apply_remove_annotation(self._annotation.id)

    @property
    def annotation_id(self) -> str:
        return self._annotation.id


class DeleteAnnotation(QUndoCommand):
    """Delete an annotation."""

    def __init__(self, document: ProjectDocument, annotation_id: str) -> None:
        annotation = document.project.annotation(annotation_id)
        super().__init__(
            QCoreApplication.translate("Commands", "Delete annotation “{0}”").format(
                shortened(annotation.quote, 30)
            )
        )
        self._document = document
        self._annotation_id = annotation_id
        self._removed: tuple[int, Annotation] | None = None

    def redo(self) -> None:
        self._removed = self._document.apply_remove_annotation(self._annotation_id)

    def undo(self) -> None:
        assert self._removed is not None
        index, annotation = self._removed
        self._document.apply_add_annotation(annotation, index)


class EditAnnotation(QUndoCommand):
    """Change an annotation's comment, tags, priority, owner, due date or inclusion.

    Typing is committed after each pause (see ``field_binding``), so one undo step takes
    back one burst of typing, as in a word processor.
    """

    def __init__(
        self, document: ProjectDocument, annotation_id: str, fields: AnnotationFields, what: str
    ) -> None:
        super().__init__(what)
        self._document = document
        self._annotation_id = annotation_id
        self._after = fields
        self._before: AnnotationFields | None = None
        self._what = what

    def redo(self) -> None:
        before = self._document.apply_annotation_fields(self._annotation_id, self._after)
        if self._before is None:
            self._before = before

    def undo(self) -> None:
        assert self._before is not None
        self._document.apply_annotation_fields(self._annotation_id, self._before)


class SignAnnotations(QUndoCommand):
    """Sign annotations made before the user gave their name with that name: one step."""

    def __init__(self, document: ProjectDocument, annotation_ids: list[str], author: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Sign annotations as {0}").format(author)
        )
        self._document = document
        self._ids = list(annotation_ids)
        self._author = author
        self._before: list[str] = []

    def redo(self) -> None:
        self._before = [
            self._document.apply_annotation_author(annotation_id, self._author)
            for annotation_id in self._ids
        ]

    def undo(self) -> None:
        for annotation_id, author in zip(self._ids, self._before, strict=True):
            self._document.apply_annotation_author(annotation_id, author)


class SetReviewed(QUndoCommand):
    """Mark a section, an item, or a section with all its items reviewed (or not): one step."""

    def __init__(
        self, document: ProjectDocument, node_ids: str | list[str], reviewed: bool, label: str
    ) -> None:
        ids = [node_ids] if isinstance(node_ids, str) else list(node_ids)
        if len(ids) > 1:
            text = (
                QCoreApplication.translate("Commands", "Mark {0} and its items reviewed")
                if reviewed
                else QCoreApplication.translate("Commands", "Mark {0} and its items unreviewed")
            )
        else:
            text = (
                QCoreApplication.translate("Commands", "Mark {0} reviewed")
                if reviewed
                else QCoreApplication.translate("Commands", "Mark {0} unreviewed")
            )
        super().__init__(text.format(shortened(label, 24)))
        self._document = document
        self._node_ids = ids
        self._reviewed = reviewed
        self._before: dict[str, bool] = {}

    def redo(self) -> None:
        self._before = {
            node_id: self._document.apply_reviewed(node_id, self._reviewed)
            for node_id in self._node_ids
        }

    def undo(self) -> None:
        for node_id, before in self._before.items():
            self._document.apply_reviewed(node_id, before)


class SetSectionNote(QUndoCommand):
    """Edit a section's note (one burst of typing)."""

    def __init__(self, document: ProjectDocument, node_id: str, text: str, label: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Edit note on {0}").format(shortened(label, 24))
        )
        self._document = document
        self._node_id = node_id
        self._after = text
        self._before: str | None = None

    def redo(self) -> None:
        before = self._document.apply_section_note(self._node_id, self._after)
        if self._before is None:
            self._before = before

    def undo(self) -> None:
        assert self._before is not None
        self._document.apply_section_note(self._node_id, self._before)


class SetNoteField(QUndoCommand):
    """Edit one field of the briefing note."""

    def __init__(self, document: ProjectDocument, name: str, value: object, label: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit {0}").format(label))
        self._document = document
        self._name = name
        self._after = value
        self._before: object = None
        self._has_before = False

    def redo(self) -> None:
        before = self._document.apply_note_field(self._name, self._after)
        if not self._has_before:
            self._before, self._has_before = before, True

    def undo(self) -> None:
        self._document.apply_note_field(self._name, self._before)


MARKING_SCHEME_COMMAND = 7301
"""QUndoCommand id of SetMarkingScheme (consecutive scheme changes merge)."""


class SetMarkingScheme(QUndoCommand):
    """Choose the marking scheme the note follows (its levels, caveats and rules)."""

    def __init__(self, document: ProjectDocument, scheme_id: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change marking rules"))
        self._document = document
        self._after = scheme_id
        self._before = document.project.marking_scheme

    def redo(self) -> None:
        self._document.apply_marking_scheme(self._after)

    def undo(self) -> None:
        self._document.apply_marking_scheme(self._before)

    def id(self) -> int:
        return MARKING_SCHEME_COMMAND

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Browsing the schemes with the keyboard is one change: undo goes back to where the
        browsing started."""
        if not isinstance(other, SetMarkingScheme):
            return False
        self._after = other._after
        return True


class SetTaxonomy(QUndoCommand):
    """Replace the list of tags offered for annotations."""

    def __init__(self, document: ProjectDocument, tags: list[str]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit tags"))
        self._document = document
        self._after = tags
        self._before: list[str] = []

    def redo(self) -> None:
        self._before = self._document.apply_taxonomy(self._after)

    def undo(self) -> None:
        self._document.apply_taxonomy(self._before)


class StructureEdit(QUndoCommand):
    """A structure fix (split, merge, promote, demote, relabel, restore) as one undo step.

    Undo and redo swap whole structure snapshots, which is simple and exact: the normalised
    text itself never changes, only how it is divided.
    """

    def __init__(
        self,
        document: ProjectDocument,
        text: str,
        before: StructureSnapshot,
        after: StructureSnapshot,
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after

    @classmethod
    def run(cls, document: ProjectDocument, text: str, edit: Callable[[Readout], object]) -> object:
        """Make the edit and push it; an edit that raises leaves the structure as it was."""
        before = document.structure_snapshot()
        try:
            result = edit(document.readout)
        except Exception:
            document.apply_structure(before)
            raise
        document.undo_stack.push(cls(document, text, before, document.structure_snapshot()))
        return result

    def redo(self) -> None:
        self._document.apply_structure(self._after)

    def undo(self) -> None:
        self._document.apply_structure(self._before)


class ReplaceProjectState(QUndoCommand):
    """A change of the whole project (a revised readout, a merge, Word comments, a review
    step) as one undo step: undo and redo swap complete project states."""

    def __init__(self, document: ProjectDocument, text: str, after: Project) -> None:
        super().__init__(text)
        self._document = document
        self._after = after.model_copy(deep=True)
        self._before: Project | None = None

    def redo(self) -> None:
        self._before = replace_project_state(self._document, self._after)

    def undo(self) -> None:
        assert self._before is not None
        replace_project_state(self._document, self._before)
