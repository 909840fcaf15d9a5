"""The open project as the GUI sees it: the core Project plus signals, a path and an undo stack.

Views read from here and never write; every change is an undo command (``commands.py``)
that calls one of the ``apply_*`` methods, which change the core project and emit a signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.core.annotations import Annotation, AnnotationFields
from briefing_app.core.errors import ProjectError
from briefing_app.core.model import Node, Paragraph, Readout, RemovedLine
from briefing_app.core.project import Project
from briefing_app.core.references import section_refs
from briefing_app.core.session import ProjectSession
from briefing_app.core.settings import AppSettings

HeaderSnapshot = dict[str, object]
"""The title, date and attribution with their spans (values are immutable)."""
StructureSnapshot = tuple[list[Node], list[Paragraph], list[RemovedLine], HeaderSnapshot]
HEADER_ATTRIBUTES = (
    "title",
    "title_span",
    "date",
    "date_span",
    "attribution",
    "attribution_span",
    "doubts",  # a title or date the user chose settles the doubt about it
)


class _Subtrees(dict[str, set[str]]):
    """Node id -> the ids of it and everything under it; each worked out when first asked
    (all at once took a tenth of a second on a 50 MB readout, for a window just opened)."""

    def __init__(self, nodes: dict[str, Node]) -> None:
        super().__init__()
        self._nodes = nodes

    def __missing__(self, node_id: str) -> set[str]:
        node = self._nodes[node_id]
        ids = self[node_id] = {each.id for each in node.walk()}
        return ids

    def get(self, node_id: str, default: set[str] | None = None) -> set[str] | None:  # type: ignore[override]
        if node_id in self or node_id in self._nodes:
            return self[node_id]
        return default


class NodeIndex:
    """Lookups over the readout's nodes, built once per structure change."""

    def __init__(self, readout: Readout) -> None:
        self.nodes: dict[str, Node] = {}
        self.section_of: dict[str, int] = {}
        nodes, section_of = self.nodes, self.section_of
        for index, section in enumerate(readout.sections):
            stack = [section]  # Node.walk's nested generators cost twice as much here
            while stack:
                node = stack.pop()
                nodes[node.id] = node
                section_of[node.id] = index
                if node.items:
                    stack.extend(reversed(node.items))
        self.subtree: dict[str, set[str]] = _Subtrees(self.nodes)


class ProjectDocument(QObject):
    """One open project. Signals say what changed so each view refreshes only that."""

    annotations_changed = Signal()
    annotation_changed = Signal(str)
    structure_changed = Signal()
    reviewed_changed = Signal(str)
    section_note_changed = Signal(str)
    note_field_changed = Signal(str)
    taxonomy_changed = Signal()
    path_changed = Signal()
    clean_changed = Signal(bool)
    review_changed = Signal()
    """The review queue (reworded passages, orphans, merge conflicts) changed."""

    def __init__(
        self,
        project: Project,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        settings: AppSettings | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.session = ProjectSession(project, path, settings or AppSettings())
        self.read_only = read_only
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.clean_changed)
        self._index: NodeIndex | None = None
        self._by_node: dict[str, list[Annotation]] | None = None
        self._refs: dict[str, str] | None = None
        self.structure_changed.connect(self._forget_index)
        self.annotations_changed.connect(self._forget_annotation_index)

    # -- cached lookups ------------------------------------------------------------------
    def index(self) -> NodeIndex:
        """Node lookups (rebuilt after a structure change)."""
        if self._index is None:
            self._index = NodeIndex(self.readout)
        return self._index

    def annotations_by_node(self) -> dict[str, list[Annotation]]:
        """Annotations grouped by the node they are anchored in ("" for the overview)."""
        if self._by_node is None:
            grouped: dict[str, list[Annotation]] = {}
            for annotation in self.project.annotations:
                grouped.setdefault(annotation.anchor.node_id, []).append(annotation)
            self._by_node = grouped
        return self._by_node

    def section_refs(self) -> dict[str, str]:
        """Node id -> how a reader finds it ("§5(3)"; see :func:`core.references.section_refs`),
        worked out once per structure change, when first needed."""
        if self._refs is None:
            self._refs = section_refs(self.readout.sections)
        return self._refs

    def _forget_index(self) -> None:
        self._index = None
        self._by_node = None
        self._refs = None

    def _forget_annotation_index(self) -> None:
        self._by_node = None

    # -- state ---------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.session.path

    @property
    def readout(self) -> Readout:
        return self.project.readout

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return f"{Path(self.project.source_name or 'Untitled').stem} (not saved)"

    def save(self, path: Path | None = None) -> None:
        """Save atomically to ``path`` (or the current path), keeping a backup of the old file,
        and mark the stack clean. A read-only project can only be saved under a new name."""
        target = path or self.path
        if target is None:
            raise ValueError("no path to save to")
        if self.read_only and target == self.path:
            raise ProjectError.coded("project.read_only", name=target.name)
        before = self.path
        self.session.save(target)
        if target != before:
            self.read_only = False
            self.path_changed.emit()
        self.undo_stack.setClean()

    def dismiss_doubts(self) -> None:
        """Remember that the import's doubts were seen (a view preference kept in the project,
        not an edit: it is not undoable and does not mark the project modified)."""
        self.project.doubts_dismissed = True

    # -- changes (called by undo commands only) -------------------------------------------
    def apply_add_annotation(self, annotation: Annotation, index: int | None = None) -> int:
        index = self.project.add_annotation(annotation, index)
        self.annotations_changed.emit()
        return index

    def apply_remove_annotation(self, annotation_id: str) -> tuple[int, Annotation]:
        result = self.project.remove_annotation(annotation_id)
        self.annotations_changed.emit()
        return result

    def apply_annotation_fields(
        self, annotation_id: str, fields: AnnotationFields
    ) -> AnnotationFields:
        before = self.project.set_annotation_fields(annotation_id, fields)
        self.annotation_changed.emit(annotation_id)
        return before

    def apply_annotation_author(self, annotation_id: str, author: str) -> str:
        before = self.project.set_annotation_author(annotation_id, author)
        self.annotation_changed.emit(annotation_id)
        return before

    def apply_reviewed(self, node_id: str, reviewed: bool) -> bool:
        before = self.project.set_reviewed(node_id, reviewed)
        self.reviewed_changed.emit(node_id)
        return before

    def apply_section_note(self, node_id: str, text: str) -> str:
        before = self.project.set_section_note(node_id, text)
        self.section_note_changed.emit(node_id)
        return before

    def apply_note_field(self, name: str, value: object) -> object:
        before = self.project.set_note_field(name, value)
        self.note_field_changed.emit(name)
        return before

    def apply_marking_scheme(self, scheme_id: str) -> str:
        """Make the note follow another marking scheme; returns the previous one's id.
        Views hear it as the note field "marking_scheme"."""
        before = self.project.marking_scheme
        self.project.marking_scheme = scheme_id
        self.note_field_changed.emit("marking_scheme")
        return before

    def apply_taxonomy(self, tags: list[str]) -> list[str]:
        before = self.project.set_taxonomy(tags)
        self.taxonomy_changed.emit()
        return before

    def structure_snapshot(self) -> StructureSnapshot:
        """A deep copy of the parts of the readout structure fixes change (title and date too)."""
        readout = self.readout
        return (
            [node.model_copy(deep=True) for node in readout.sections],
            [paragraph.model_copy(deep=True) for paragraph in readout.preamble],
            [line.model_copy(deep=True) for line in readout.removed],
            {name: getattr(readout, name) for name in HEADER_ATTRIBUTES},
        )

    def apply_structure(self, snapshot: StructureSnapshot) -> None:
        """Install a structure snapshot (copied, so the snapshot stays reusable)."""
        sections, preamble, removed, header = snapshot
        readout = self.readout
        for name, value in header.items():
            setattr(readout, name, list(value) if isinstance(value, list) else value)
        readout.sections = [node.model_copy(deep=True) for node in sections]
        readout.preamble = [paragraph.model_copy(deep=True) for paragraph in preamble]
        readout.removed = [line.model_copy(deep=True) for line in removed]
        self.project.reassign_annotation_nodes()
        self.structure_changed.emit()
        self.annotations_changed.emit()


def replace_project_state(document: ProjectDocument, project: Project) -> Project:
    """Make ``document`` hold ``project``'s content (a revision, a merge, Word comments taken
    in, a review step); returns a copy of what it held, for undo. Every view refreshes."""
    before = document.project.model_copy(deep=True)
    for name in type(project).model_fields:
        setattr(document.project, name, getattr(project.model_copy(deep=True), name))
    document.structure_changed.emit()
    document.annotations_changed.emit()
    document.taxonomy_changed.emit()
    document.review_changed.emit()
    return before
