"""A briefing project: the readout, the user's annotations and notes, and the note's fields.

Every change goes through a method here, so the GUI's undo commands and the CLI share one
set of rules. Methods return what an undo needs; none of them touches Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from briefing_app.core.anchoring import OffsetIndex, make_anchor, relocate
from briefing_app.core.annotations import DEFAULT_TAGS, Annotation, AnnotationFields, now
from briefing_app.core.marking_scheme import DEFAULT_SCHEME
from briefing_app.core.model import Readout

PROJECT_SCHEMA_VERSION = 3

__all__ = [
    "PROJECT_SCHEMA_VERSION",
    "Clearance",
    "MergeConflict",
    "NoteFields",
    "Project",
    "ReadoutVersion",
    "text_hash",
]


class Clearance(BaseModel):
    """One clearance of the note: who cleared it, from which office, and when (as written)."""

    name: str = ""
    office: str = ""
    date: str = ""

    def is_empty(self) -> bool:
        """True when nothing was filled in."""
        return not (self.name.strip() or self.office.strip() or self.date.strip())


class NoteFields(BaseModel):
    """The fields of the briefing note itself (memo block, summary, recommendation...)."""

    model_config = ConfigDict(populate_by_name=True)

    subject: str = ""
    to: str = ""
    from_: str = Field(default="", alias="from")
    through: str = ""
    date: str = ""
    file_number: str = ""
    classification: str = "UNCLASSIFIED"
    """A level id of the project's marking scheme."""
    handling_caveat: str = ""
    """The note's caveats as written ("NOFORN", "REL TO USA, GBR"), read by the scheme."""
    classified_by: str = ""
    derived_from: str = ""
    classification_reason: str = ""
    declassify_on: str = ""
    purpose: str = ""
    summary: str = ""
    recommendations: str = ""
    press_line: str = ""
    drafter: str = ""
    cleared: list[Clearance] = Field(default_factory=list)
    contact: str = ""

    @classmethod
    def labels(cls) -> dict[str, str]:
        """Field name → the label a person sees."""
        return {
            "subject": "Subject",
            "to": "To",
            "from_": "From",
            "through": "Through",
            "date": "Date",
            "file_number": "File / reference no.",
            "classification": "Classification",
            "handling_caveat": "Handling caveat",
            "classified_by": "Classified by",
            "derived_from": "Derived from",
            "classification_reason": "Classification reason",
            "declassify_on": "Declassify on",
            "purpose": "Purpose",
            "summary": "Summary / BLUF",
            "recommendations": "Recommendation(s)",
            "press_line": "Press line (public)",
            "drafter": "Drafter",
            "cleared": "Cleared by",
            "contact": "Contact",
        }


class ReadoutVersion(BaseModel):
    """One version of the readout the project has held (the newest last)."""

    text_hash: str
    """SHA-256 of the readout's normalised text, in hex."""
    imported: dt.datetime | None = None
    """When it was imported (unknown for projects made before versions were kept)."""
    source: str | None = None
    """The file or address it came from."""

    @classmethod
    def of(cls, readout: Readout, *, source: str | None, imported: dt.datetime | None) -> Self:
        """The version record of ``readout``."""
        return cls(text_hash=text_hash(readout.text), imported=imported, source=source)


def text_hash(text: str) -> str:
    """The hex SHA-256 of ``text`` (UTF-8): a readout version's identity."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class MergeConflict(BaseModel):
    """The same annotation edited differently in a colleague's copy: this project keeps its
    own version, and theirs waits here for the user to choose."""

    annotation_id: str
    theirs: Annotation


class Project(BaseModel):
    """Everything saved in a ``.briefing`` file."""

    schema_version: int = PROJECT_SCHEMA_VERSION
    source_name: str | None = None
    original_text: str | None = None
    """The readout file as decoded (text formats); Word files keep only the normalised text."""
    readout: Readout
    annotations: list[Annotation] = Field(default_factory=list)
    section_notes: dict[str, str] = Field(default_factory=dict)
    reviewed: set[str] = Field(default_factory=set)
    note: NoteFields = Field(default_factory=NoteFields)
    taxonomy: list[str] = Field(default_factory=lambda: list(DEFAULT_TAGS))
    doubts_dismissed: bool = False
    """The user has seen and dismissed the importer's doubts about this readout."""
    readout_versions: list[ReadoutVersion] = Field(default_factory=list)
    """Every version of the readout this project has held, oldest first; the last one is
    ``readout``. A note can say which version it was drafted from."""
    orphans: list[Annotation] = Field(default_factory=list)
    """Annotations whose passage a revised readout no longer has: kept, with their old
    anchor, until the user re-anchors or deletes them."""
    merge_conflicts: list[MergeConflict] = Field(default_factory=list)
    """Colleagues' versions of annotations this project also has, edited differently."""
    orphan_notes: dict[str, str] = Field(default_factory=dict)
    """Section notes whose section a revised readout no longer has, by the old section's
    label: kept until the user moves or deletes them."""
    marking_scheme: str = DEFAULT_SCHEME
    """The id of the marking scheme the note follows ("us", "uk", "canada", "japan"...)."""

    @property
    def readout_version(self) -> int:
        """The number of the readout version shown (1 for the first)."""
        return max(len(self.readout_versions), 1)

    # -- annotations ---------------------------------------------------------------------
    def annotation(self, annotation_id: str) -> Annotation:
        """The annotation with ``annotation_id`` (KeyError when there is none)."""
        for annotation in self.annotations:
            if annotation.id == annotation_id:
                return annotation
        raise KeyError(annotation_id)

    def new_annotation(
        self,
        start: int,
        end: int,
        *,
        author: str = "",
        offsets: OffsetIndex | None = None,
        **fields: object,
    ) -> Annotation:
        """An annotation on ``readout.text[start:end]`` (not yet added).

        ``offsets``: the readout's offset index, when the caller makes many annotations on an
        unchanged readout (building it is the cost of this call on a long readout).
        """
        anchor = make_anchor(self.readout.text, start, end, "")
        # The node is the one owning the quote as trimmed, not the raw selection's first character.
        node_id = (offsets or OffsetIndex(self.readout)).node_at(anchor.position.start) or ""
        anchor = anchor.model_copy(update={"node_id": node_id})
        return Annotation(anchor=anchor, author=author, **fields)  # type: ignore[arg-type]

    def add_annotation(self, annotation: Annotation, index: int | None = None) -> int:
        """Add ``annotation`` (at ``index``, default in text order); returns where it went."""
        if index is None:
            index = sum(
                1
                for a in self.annotations
                if (a.start, a.end) <= (annotation.start, annotation.end)
            )
        self.annotations.insert(index, annotation)
        return index

    def remove_annotation(self, annotation_id: str) -> tuple[int, Annotation]:
        """Remove an annotation; returns its index and itself (for undo)."""
        annotation = self.annotation(annotation_id)
        index = self.annotations.index(annotation)
        del self.annotations[index]
        return index, annotation

    def set_annotation_fields(
        self, annotation_id: str, fields: AnnotationFields
    ) -> AnnotationFields:
        """Replace an annotation's editable fields; returns the previous ones."""
        annotation = self.annotation(annotation_id)
        before = AnnotationFields.of(annotation)
        for name, value in fields.model_dump().items():
            setattr(annotation, name, value)
        annotation.tags = list(dict.fromkeys(annotation.tags))
        annotation.modified = now()
        return before

    def set_annotation_author(self, annotation_id: str, author: str) -> str:
        """Sign an annotation with ``author``; returns the previous name."""
        annotation = self.annotation(annotation_id)
        before, annotation.author = annotation.author, author
        return before

    def annotations_for(self, node_id: str | None) -> list[Annotation]:
        """Annotations anchored in ``node_id`` (None: the title and preamble)."""
        wanted = node_id or ""
        return [a for a in self.annotations if a.anchor.node_id == wanted]

    def reassign_annotation_nodes(self) -> None:
        """Point every annotation at the node that now owns its passage (after structure edits)."""
        index = OffsetIndex(self.readout)
        for annotation in self.annotations:
            node_id = index.node_at(annotation.start) or ""
            if node_id != annotation.anchor.node_id:
                annotation.anchor = annotation.anchor.model_copy(update={"node_id": node_id})

    def reanchor_all(self) -> list[str]:
        """Re-find every annotation's quote in the text; returns the ids that could not be."""
        lost = []
        text = self.readout.text
        for annotation in self.annotations:
            found = relocate(annotation.anchor, text)
            if found is None:
                lost.append(annotation.id)
                continue
            if (found.start, found.end) != (annotation.start, annotation.end):
                annotation.anchor = make_anchor(text, found.start, found.end, "")
        self.reassign_annotation_nodes()
        return lost

    # -- reviewing and notes -------------------------------------------------------------
    @field_serializer("reviewed")
    def _reviewed_in_order(self, reviewed: set[str]) -> list[str]:
        """Saved sorted, so the same project always writes the same file."""
        return sorted(reviewed)

    def is_reviewed(self, node_id: str) -> bool:
        return node_id in self.reviewed

    def set_reviewed(self, node_id: str, reviewed: bool) -> bool:
        """Mark a node reviewed or not; returns the previous state."""
        before = node_id in self.reviewed
        if reviewed:
            self.reviewed.add(node_id)
        else:
            self.reviewed.discard(node_id)
        return before

    def set_section_note(self, node_id: str, text: str) -> str:
        """Set the section-level note of a node; returns the previous text."""
        before = self.section_notes.get(node_id, "")
        if text.strip():
            self.section_notes[node_id] = text
        else:
            self.section_notes.pop(node_id, None)
        return before

    def set_note_field(self, name: str, value: object) -> object:
        """Set one briefing-note field; returns the previous value."""
        before = getattr(self.note, name)
        data = self.note.model_dump()
        data[name] = value
        self.note = NoteFields.model_validate(data)
        return before

    def set_taxonomy(self, tags: list[str]) -> list[str]:
        """Replace the tag list (annotations keep tags no longer listed); returns the old list."""
        before = list(self.taxonomy)
        self.taxonomy = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
        return before
