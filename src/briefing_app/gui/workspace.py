"""The panels of one open project: navigator, reader with section note, and the side tabs.

The main window owns menus and files; the workspace owns what is shown and turns the
user's gestures into undo commands on its document.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.anchoring import OffsetIndex
from briefing_app.core.model import Node
from briefing_app.core.structure_edit import (
    StructureEditError,
    demote,
    merge_with_previous,
    promote,
    restore_removed,
    set_label,
    split_node,
)
from briefing_app.core.wording import shortened
from briefing_app.gui.annotation_panel import AnnotationPanel
from briefing_app.gui.commands import AddAnnotation, SetReviewed, SetSectionNote, StructureEdit
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.doubts_bar import DoubtsBar
from briefing_app.gui.field_binding import TextBinding
from briefing_app.gui.find_panel import FindPanel
from briefing_app.gui.navigator_model import OVERVIEW_ID
from briefing_app.gui.navigator_pane import NavigatorPane
from briefing_app.gui.note_panel import NotePanel
from briefing_app.gui.reader import DEFAULT_FONT_SIZE, FONT_STEP, ReaderView
from briefing_app.gui.style import style_part

logger = logging.getLogger(__name__)

NOTE_LABEL_CHARS = 70
"""How much of a section's label the section note's caption shows (all of it on hover)."""


class ViewMode(Enum):
    """How the reader shows the readout."""

    SECTION = "section"
    WHOLE = "whole"


class Workspace(QWidget):
    """Everything shown for one open project."""

    doubt_fix_requested = Signal(str)
    """The user chose a fix on the doubts bar: "title", "chrome" or "look"."""
    position_changed = Signal()
    """The shown section or the chosen node changed (the status bar listens)."""
    reader_font_size_changed = Signal(float)
    """The reader's text size changed (points); the window saves it in the settings."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.mode = ViewMode.SECTION
        self.section_index = -1  # -1: the overview (cover); else an index into sections
        self.current_node_id: str = OVERVIEW_ID

        # navigator
        self.navigator_pane = NavigatorPane(document)
        self.navigator = self.navigator_pane.tree
        self.navigator_model = self.navigator_pane.model
        self.navigator_filter = self.navigator_pane.filter
        self.tag_filter = self.navigator_pane.tag_filter
        self.unreviewed_only = self.navigator_pane.unreviewed_only

        # reader and section note
        self.position_label = QLabel()
        style_part(self.position_label, "position")
        self.reader = ReaderView()
        self.reader.setAccessibleName(self.tr("Readout"))
        self.note_label = QLabel()
        # a section's label can be its whole first sentence: never let it widen the window
        self.note_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.section_note = QPlainTextEdit()
        style_part(self.section_note, "sectionNote")
        self.section_note.setPlaceholderText(
            self.tr("Your note on this section (saved with the project)…")
        )
        self.section_note.setAccessibleName(self.tr("Section note"))
        self.section_note.setMaximumHeight(90)
        self.note_label.setBuddy(self.section_note)
        self.section_note.setTabChangesFocus(True)
        reader_box = QWidget()
        reader_layout = QVBoxLayout(reader_box)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        self.doubts_bar = DoubtsBar()
        reader_layout.addWidget(self.doubts_bar)
        reader_layout.addWidget(self.position_label)
        reader_layout.addWidget(self.reader, 1)
        reader_layout.addWidget(self.note_label)
        reader_layout.addWidget(self.section_note)

        # side tabs
        self.annotation_panel = AnnotationPanel(document)
        self.note_panel = NotePanel(document)
        self.find_panel = FindPanel(document)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.annotation_panel, self.tr("Annotations"))
        self.side_tabs.addTab(self.note_panel, self.tr("Briefing note"))
        self.side_tabs.addTab(self.find_panel, self.tr("Find"))
        self.side_tabs.setAccessibleName(self.tr("Side panel"))
        self.note_panel.setAccessibleName(self.tr("Briefing note fields"))  # Tab stops on it

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator_pane)
        self.splitter.addWidget(reader_box)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([300, 620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._note_node: str = OVERVIEW_ID
        self.section_note_binding = TextBinding(
            self.section_note,
            read=lambda: self.document.project.section_notes.get(self._note_node, ""),
            write=self._push_section_note,
            parent=self,
        )

        self.navigator_pane.node_chosen.connect(self._navigator_moved)
        self.reader.annotation_clicked.connect(self._annotation_clicked)
        self.reader.visible_node_changed.connect(self._reader_scrolled)
        self.annotation_panel.annotation_selected.connect(self._annotation_chosen)
        self.annotation_panel.visibility_changed.connect(self._refresh_highlights)
        self.find_panel.hit_chosen.connect(self.show_text)
        document.annotations_changed.connect(self._refresh_highlights)
        document.annotation_changed.connect(lambda _id: self._refresh_highlights())
        document.structure_changed.connect(self._structure_changed)
        document.section_note_changed.connect(self._note_changed_elsewhere)
        document.reviewed_changed.connect(lambda _id: self.position_changed.emit())
        self.doubts_bar.fix_requested.connect(self._doubt_fix)
        self.reader.font_size_changed.connect(self._reader_font_changed)
        self._make_text_size_actions()
        self.doubts_bar.dismissed.connect(document.dismiss_doubts)
        if not document.project.doubts_dismissed:
            self.doubts_bar.show_doubts(document.readout.doubts)
        self._refresh_highlights()
        self.show_overview()
        self.navigator_model.fetching_paused = False

    # -- text size -----------------------------------------------------------------------
    def _make_text_size_actions(self) -> None:
        """Ctrl+plus, Ctrl+minus and Ctrl+0 change the reader's text size from anywhere in
        the workspace (the window may also list these actions in its View menu)."""
        zoom_in = QKeySequence(QKeySequence.StandardKey.ZoomIn)
        zoom_out = QKeySequence(QKeySequence.StandardKey.ZoomOut)
        specs = (
            (self.tr("Larger Text"), [zoom_in, QKeySequence("Ctrl+=")], 1),
            (self.tr("Smaller Text"), [zoom_out], -1),
            (self.tr("Normal Text Size"), [QKeySequence("Ctrl+0")], 0),
        )
        self.text_size_actions: list[QAction] = []
        for text, keys, steps in specs:
            action = QAction(text, self)
            action.setShortcuts([key for key in keys if not key.isEmpty()])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(
                lambda _c=False, steps=steps: self.change_reader_font_size(steps)
            )
            self.addAction(action)
            self.text_size_actions.append(action)

    def change_reader_font_size(self, steps: int) -> float:
        """Make the reader's text ``steps`` steps larger (negative: smaller; 0: the normal
        size); returns the new size in points."""
        if steps == 0:
            return self.reader.set_font_size(DEFAULT_FONT_SIZE)
        return self.reader.set_font_size(self.reader.font_size() + steps * FONT_STEP)

    def _reader_font_changed(self, points: float) -> None:
        """Lay the reader out again in the new size, at the same place."""
        node_id = self.reader.node_at_top() if self.mode is ViewMode.WHOLE else None
        selection = self.reader.selected_text_range()
        self._render()
        if node_id:
            self.reader.scroll_to_node(node_id)
        if selection is not None:
            self.reader.select_text_range(*selection)
        self.reader_font_size_changed.emit(points)

    # -- navigation ----------------------------------------------------------------------
    @property
    def sections(self) -> list[Node]:
        return self.document.readout.sections

    def show_overview(self) -> None:
        """Show the cover: title, date and preamble."""
        self.section_index = -1
        self._render()
        self._select_node(OVERVIEW_ID)

    def show_section(self, index: int, *, node_id: str | None = None) -> None:
        """Show top-level section ``index`` (and select ``node_id`` within it)."""
        if not self.sections:
            self.show_overview()
            return
        index = max(0, min(index, len(self.sections) - 1))
        if index != self.section_index or self.mode is ViewMode.WHOLE:
            self.section_index = index
            if self.mode is ViewMode.SECTION:
                self._render()
        target = node_id or self.sections[index].id
        self._select_node(target)
        if self.mode is ViewMode.WHOLE or node_id is not None:
            self.reader.scroll_to_node(target)

    def next_section(self) -> None:
        """Go to the next top-level section (from the cover: the first)."""
        if self.section_index + 1 < len(self.sections):
            self.show_section(self.section_index + 1)

    def previous_section(self) -> None:
        """Go to the previous section; before the first is the cover."""
        if self.section_index > 0:
            self.show_section(self.section_index - 1)
        elif self.section_index == 0:
            self.show_overview()

    def go_to_node(self, node_id: str) -> None:
        """Show the section holding ``node_id`` and select it."""
        if node_id == OVERVIEW_ID:
            self.show_overview()
            return
        index = self.document.index().section_of.get(node_id)
        if index is not None:
            self.show_section(index, node_id=node_id)

    def set_mode(self, mode: ViewMode) -> None:
        """Switch between one section at a time and the whole readout."""
        if mode is self.mode:
            return
        self.mode = mode
        node_id = self.current_node_id
        self._render()
        if node_id != OVERVIEW_ID:
            self.reader.scroll_to_node(node_id)

    def _render(self) -> None:
        readout = self.document.readout
        if self.mode is ViewMode.WHOLE:
            self.reader.show_content(readout, self.sections, cover=True)
        elif self.section_index < 0:
            self.reader.show_content(readout, [], cover=True)
        else:
            self.reader.show_content(readout, [self.sections[self.section_index]], cover=False)
        self.reader.select_annotation(self.annotation_panel.editor.annotation_id)
        self._update_position()

    def _select_node(self, node_id: str) -> None:
        self.commit_section_note()  # typing not yet committed belongs to the node being left
        self.current_node_id = node_id
        self.navigator_pane.select(node_id)
        self.annotation_panel.set_section(self._panel_node())
        self._forget_annotation_outside_section()
        self._load_section_note()
        self._update_position()

    def _forget_annotation_outside_section(self) -> None:
        """In section mode the editor never shows an annotation of a section not shown."""
        editor = self.annotation_panel.editor
        if self.mode is not ViewMode.SECTION or editor.annotation_id is None:
            return
        try:
            node_id = self.document.project.annotation(editor.annotation_id).anchor.node_id
        except KeyError:
            return
        if self.section_index < 0:
            shown = node_id == ""
        else:
            section = self.sections[self.section_index].id
            shown = node_id in self.document.index().subtree.get(section, set())
        if not shown:
            editor.set_annotation(None)
            self.reader.select_annotation(None)

    def _panel_node(self) -> str:
        if self.mode is ViewMode.SECTION and self.section_index >= 0:
            return self.sections[self.section_index].id
        return self.current_node_id

    def _navigator_moved(self, node_id: str) -> None:
        """The user moved to another row of the navigator."""
        self.go_to_node(node_id)

    def navigator_index(self, node_id: str) -> QModelIndex:
        """The navigator's index of a node (invalid when it is filtered out)."""
        return self.navigator_pane.index_of(node_id)

    def navigator_node_id(self, index: QModelIndex) -> str | None:
        """The node behind an index of the navigator (None: no node)."""
        return self.navigator_pane.node_id_at(index)

    def _reader_scrolled(self, node_id: str) -> None:
        if self.mode is ViewMode.WHOLE and node_id != self.current_node_id:
            self.section_index = self.document.index().section_of.get(node_id, -1)
            self._select_node(node_id)

    def _doubt_fix(self, kind: str) -> None:
        if kind == "look":
            span = next((d.span for d in self.document.readout.doubts if d.span), None)
            if span is not None:
                node_id = OffsetIndex(self.document.readout).node_at(span.start) or OVERVIEW_ID
                self.show_text(span.start, span.end, node_id)
            return
        self.doubt_fix_requested.emit(kind)

    def show_text(self, start: int, end: int, node_id: str) -> None:
        """Show and select readout text ``[start, end)`` (a find hit)."""
        self.go_to_node(node_id)
        self.reader.select_text_range(start, end)

    def _update_position(self) -> None:
        total = len(self.sections)
        if self.mode is ViewMode.WHOLE:
            text = self.tr("Whole readout · {0} sections").format(total)
        elif self.section_index < 0:
            if total == 1:
                text = self.tr("Overview · 1 section follows")
            else:
                text = self.tr("Overview · {0} sections follow").format(total)
        else:
            text = self.tr("Section {0} of {1}").format(self.section_index + 1, total)
        self.position_label.setText(text)
        self.position_changed.emit()

    def position_text(self) -> str:
        return self.position_label.text()

    # -- annotations ---------------------------------------------------------------------
    def _refresh_highlights(self) -> None:
        shown = [a for a in self.document.project.annotations if self.annotation_panel.shows(a)]
        self.reader.set_annotations(shown, self.annotation_panel.editor.annotation_id)

    def annotate_selection(self, author: str) -> str | None:
        """Annotate the reader's selection; returns the new annotation's id (None: nothing)."""
        selected = self.reader.selected_text_range()
        if selected is None:
            return None
        annotation = self.document.project.new_annotation(*selected, author=author)
        self.document.undo_stack.push(AddAnnotation(self.document, annotation))
        self.side_tabs.setCurrentWidget(self.annotation_panel)
        self.annotation_panel.show_annotation(annotation.id)
        self.reader.select_annotation(annotation.id)
        self.annotation_panel.editor.comment.setFocus()
        return annotation.id

    def _annotation_clicked(self, annotation_id: str) -> None:
        self.side_tabs.setCurrentWidget(self.annotation_panel)
        self.annotation_panel.show_annotation(annotation_id)
        self.reader.select_annotation(annotation_id)

    def _annotation_chosen(self, annotation_id: str) -> None:
        annotation = self.document.project.annotation(annotation_id)
        node_id = annotation.anchor.node_id or OVERVIEW_ID
        if self.reader.text_to_doc(annotation.start) is None:
            self.go_to_node(node_id)
        self.reader.select_annotation(annotation_id)
        self.reader.flash(annotation_id)

    # -- section notes and review ----------------------------------------------------------
    def _note_target(self) -> str:
        return self.current_node_id

    def _load_section_note(self) -> None:
        self._note_node = self._note_target()
        label = self._note_label()
        self.note_label.setText(
            self.tr("Section note — {0}").format(shortened(label, NOTE_LABEL_CHARS))
        )
        self.note_label.setToolTip(label)
        self.section_note_binding.show_model()

    def _note_label(self) -> str:
        if self._note_node == OVERVIEW_ID:
            return self.tr("the overview")
        return self._label(self._note_node)

    def _label(self, node_id: str) -> str:
        node = self.document.index().nodes.get(node_id)
        return node.label if node is not None else node_id

    def commit_section_note(self) -> None:
        """Commit the section note being typed as an undo step (on idle, move, save)."""
        self.section_note_binding.flush()

    def _push_section_note(self, text: str) -> None:
        self.document.undo_stack.push(
            SetSectionNote(self.document, self._note_node, text, self._note_label())
        )

    def _note_changed_elsewhere(self, node_id: str) -> None:
        if node_id == self._note_node and not self.section_note_binding.pending:
            self.section_note_binding.show_model()

    def shown_section_id(self) -> str | None:
        """The top-level section shown (or, in whole mode, holding the current node)."""
        index = self.section_index
        if self.mode is ViewMode.WHOLE:
            index = self.document.index().section_of.get(self.current_node_id, -1)
        return self.sections[index].id if 0 <= index < len(self.sections) else None

    def toggle_section_reviewed(self) -> None:
        """Mark the section shown, with all its items, reviewed; if it all is, unmark it all."""
        section_id = self.shown_section_id()
        if section_id is None:
            return
        section = self.document.index().nodes[section_id]
        node_ids = [node.id for node in section.walk()]
        reviewed = not all(self.document.project.is_reviewed(n) for n in node_ids)
        self.document.undo_stack.push(SetReviewed(self.document, node_ids, reviewed, section.label))

    def toggle_item_reviewed(self) -> None:
        """Mark only the section or item selected in the navigator reviewed (or not)."""
        node_id = self.current_node_id
        if node_id == OVERVIEW_ID:
            return
        reviewed = not self.document.project.is_reviewed(node_id)
        self.document.undo_stack.push(
            SetReviewed(self.document, node_id, reviewed, self._label(node_id))
        )

    def flush_edits(self) -> None:
        """Commit typing still waiting on an idle timer (before save, autosave, export, undo
        and close): the section note, the annotation being edited and the note's fields."""
        self.commit_section_note()
        self.annotation_panel.editor.flush()
        self.note_panel.flush()

    def has_pending_typing(self) -> bool:
        """True while any editor holds typing not yet committed to the project."""
        return (
            self.section_note_binding.pending
            or self.annotation_panel.editor.has_pending_typing()
            or self.note_panel.has_pending_typing()
        )

    # -- structure fixes -----------------------------------------------------------------
    def split_at_cursor(self) -> str:
        """Split the section at the reader's cursor; returns the new node's id."""
        offset = self.reader.cursor_text_offset()
        node_id = self.current_node_id
        if offset is not None:
            node_id = OffsetIndex(self.document.readout).node_at(offset) or node_id
        if offset is None or node_id == OVERVIEW_ID:
            raise StructureEditError(
                self.tr("click in a paragraph of a section where it should split")
            )
        new_id = StructureEdit.run(
            self.document, self.tr("Split section"), lambda r: split_node(r, node_id, offset)
        )
        assert isinstance(new_id, str)
        self.go_to_node(new_id)
        return new_id

    def merge_current(self) -> str:
        node_id = self._editable_node()
        target = StructureEdit.run(
            self.document, self.tr("Merge with previous"), lambda r: merge_with_previous(r, node_id)
        )
        assert isinstance(target, str)
        self.go_to_node(target)
        return target

    def promote_current(self) -> None:
        node_id = self._editable_node()
        StructureEdit.run(self.document, self.tr("Promote"), lambda r: promote(r, node_id))
        self.go_to_node(node_id)

    def demote_current(self) -> None:
        node_id = self._editable_node()
        StructureEdit.run(self.document, self.tr("Demote"), lambda r: demote(r, node_id))
        self.go_to_node(node_id)

    def relabel_current(self, number: str | None, heading: str | None) -> None:
        node_id = self._editable_node()
        StructureEdit.run(
            self.document,
            self.tr("Edit number and heading"),
            lambda r: set_label(r, node_id, number, heading),
        )
        self.go_to_node(node_id)

    def restore_line(self, removed_index: int) -> None:
        owner = StructureEdit.run(
            self.document,
            self.tr("Restore removed line"),
            lambda r: restore_removed(r, removed_index),
        )
        self.go_to_node(owner if isinstance(owner, str) else OVERVIEW_ID)

    def _editable_node(self) -> str:
        if self.current_node_id == OVERVIEW_ID:
            raise StructureEditError(self.tr("choose a section or item in the navigator first"))
        return self.current_node_id

    def current_node(self) -> Node | None:
        return self.document.index().nodes.get(self.current_node_id)

    def _structure_changed(self) -> None:
        """Stay where the user was: on the same node, or (it is gone) the section now shown
        at the same place; the reader, the navigator and the section note always agree."""
        node_id = self.current_node_id
        if self.doubts_bar.isVisibleTo(self):  # a fix may have settled some of them
            self.doubts_bar.show_doubts(self.document.readout.doubts)
        self.section_index = min(self.section_index, len(self.sections) - 1)
        if node_id != OVERVIEW_ID and node_id not in self.document.index().nodes:
            node_id = self.sections[self.section_index].id if self.section_index >= 0 else ""
            node_id = node_id or OVERVIEW_ID
        self._render()
        if node_id == OVERVIEW_ID:
            self.section_index = -1
            self._render()
            self._select_node(OVERVIEW_ID)
        else:
            self.go_to_node(node_id)
