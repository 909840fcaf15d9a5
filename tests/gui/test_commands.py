"""Undo commands against a bare QUndoStack: no widgets, just the document and its stack."""

from __future__ import annotations

from briefing_app.core.annotations import AnnotationFields, Priority
from briefing_app.core.opening import sample_project
from briefing_app.core.structure_edit import split_node
from briefing_app.gui.commands import (
    AddAnnotation,
    DeleteAnnotation,
    EditAnnotation,
    SetNoteField,
    SetReviewed,
    SetSectionNote,
    SetTaxonomy,
    StructureEdit,
)
from briefing_app.gui.document import ProjectDocument


def _document() -> ProjectDocument:
    return ProjectDocument(sample_project())


def _new_annotation(document: ProjectDocument, quote: str) -> AddAnnotation:
    start = document.readout.text.index(quote)
    annotation = document.project.new_annotation(start, start + len(quote), author="t")
    return AddAnnotation(document, annotation)


def test_add_edit_delete_undo_redo() -> None:
    document = _document()
    stack = document.undo_stack
    add = _new_annotation(document, "Six-Party Talks")
    stack.push(add)
    annotation_id = add.annotation_id
    stack.push(
        EditAnnotation(
            document,
            annotation_id,
            AnnotationFields(tags=["Key point"], priority=Priority.HIGH),
            "Tag",
        )
    )
    stack.push(DeleteAnnotation(document, annotation_id))
    assert document.project.annotations == []
    stack.undo()
    restored = document.project.annotation(annotation_id)
    assert restored.tags == ["Key point"] and restored.priority is Priority.HIGH
    stack.undo()
    assert document.project.annotation(annotation_id).tags == []
    stack.undo()
    assert document.project.annotations == []
    assert stack.isClean()
    stack.redo()
    stack.redo()
    assert document.project.annotation(annotation_id).tags == ["Key point"]
    assert stack.undoText() == "Tag"


def test_each_committed_burst_of_typing_is_one_undo_step() -> None:
    document = _document()
    stack = document.undo_stack
    add = _new_annotation(document, "Six-Party Talks")
    stack.push(add)
    for text in ("Russia", "Russia agrees"):
        stack.push(
            EditAnnotation(
                document, add.annotation_id, AnnotationFields(comment=text), "Edit comment"
            )
        )
    assert stack.count() == 3
    stack.undo()
    assert document.project.annotation(add.annotation_id).comment == "Russia"
    stack.undo()
    assert document.project.annotation(add.annotation_id).comment == ""
    stack.redo()
    stack.redo()
    assert document.project.annotation(add.annotation_id).comment == "Russia agrees"


def test_reviewed_notes_fields_taxonomy() -> None:
    document = _document()
    stack = document.undo_stack
    stack.push(SetReviewed(document, "n1", True, "1"))
    stack.push(SetSectionNote(document, "n9", "Hold the line", "4"))
    stack.push(SetNoteField(document, "subject", "Meeting outcome", "Subject"))
    stack.push(SetTaxonomy(document, ["Key point", "Legal"]))
    project = document.project
    assert project.is_reviewed("n1") and project.section_notes["n9"] == "Hold the line"
    assert project.note.subject == "Meeting outcome" and project.taxonomy == ["Key point", "Legal"]
    while stack.canUndo():
        stack.undo()
    assert not project.is_reviewed("n1") and "n9" not in project.section_notes
    assert project.note.subject == "" and "Action" in project.taxonomy


def test_structure_edit_undo_restores_structure_and_annotation_nodes() -> None:
    document = _document()
    stack = document.undo_stack
    add = _new_annotation(document, "Northern Territories")
    stack.push(add)
    before = [s.model_dump() for s in document.readout.sections]
    territorial = document.readout.find_node("n9")
    assert territorial is not None
    cut = territorial.paragraphs[1].span.start
    new_id = StructureEdit.run(document, "Split", lambda r: split_node(r, "n9", cut))
    assert document.project.annotation(add.annotation_id).anchor.node_id == new_id
    stack.undo()
    assert [s.model_dump() for s in document.readout.sections] == before
    assert document.project.annotation(add.annotation_id).anchor.node_id == "n9"
    stack.redo()
    assert len(document.readout.sections) == 8


def test_failed_structure_edit_changes_nothing() -> None:
    document = _document()
    before = [s.model_dump() for s in document.readout.sections]
    try:
        StructureEdit.run(document, "Split", lambda r: split_node(r, "n1", 0))
    except Exception as exc:
        assert "cursor" in str(exc)
    assert [s.model_dump() for s in document.readout.sections] == before
    assert document.undo_stack.count() == 0
