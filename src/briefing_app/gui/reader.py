"""The reader: a section (or the whole readout) laid out for reading, with highlights.

Every run of text it shows is a slice of the readout's normalised text, and the reader keeps
a table of where each run sits in its own document, so a selection maps back to exact
offsets in the readout (for anchoring) and annotations map forward to highlights.
"""

from __future__ import annotations

import logging
import zlib
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from briefing_app.core.annotations import Annotation, Priority
from briefing_app.core.model import Node, Paragraph, Readout, Span
from briefing_app.gui.style import READING_FONTS, style_part

logger = logging.getLogger(__name__)

DEFAULT_FONT_SIZE = 12.5
MIN_FONT_SIZE = 8.0
MAX_FONT_SIZE = 32.0
FONT_STEP = 1.5
TAG_COLOURS = {
    "Key point": "#fff0a6",
    "Action": "#c8f0c0",
    "Risk": "#ffc9c4",
    "Question": "#c9e2ff",
    "Follow-up": "#e4d4ff",
    "Talking point": "#ffdcae",
}
DEFAULT_COLOUR = "#fff0a6"
INDENT_PX = 26


class Segment(NamedTuple):
    """A run of readout text shown in the reader: doc positions and where it starts in the text."""

    doc_start: int
    doc_end: int
    text_start: int


HIGHLIGHT_ALL_UP_TO = 400
"""Up to this many annotations in the text shown are all highlighted at once; beyond, only
those near the view (and more as it scrolls): 10,000 took a tenth of a second each time."""
HIGHLIGHT_REACH = 8_000
"""How far (in characters, a dozen screens) above and below the view highlights reach then."""
HEADING_COLOUR = "#1d3557"
"""Top-level section numbers and headings."""

AUTHOR_COLOURS = ("#cfe3f7", "#f7d9c4", "#d5efc9", "#e8d5f2", "#f6f0b8", "#c9ece8", "#f3cfe0")
"""Light backgrounds that keep dark text readable, one per author (by a stable hash)."""


def author_colour(author: str) -> QColor:
    """The colour of ``author``'s highlights when highlights are coloured by author."""
    return QColor(AUTHOR_COLOURS[zlib.crc32(author.encode("utf-8")) % len(AUTHOR_COLOURS)])


def highlight_colour(annotation: Annotation, *, by_author: bool = False) -> QColor:
    """The highlight colour of an annotation: its first tag's (or its author's), stronger
    for high priority."""
    if by_author:
        colour = author_colour(annotation.author)
        return colour.darker(112) if annotation.priority is Priority.HIGH else colour
    name = next((TAG_COLOURS[t] for t in annotation.tags if t in TAG_COLOURS), DEFAULT_COLOUR)
    colour = QColor(name)
    if annotation.priority is Priority.HIGH:
        colour = colour.darker(112)
    return colour


class ReaderView(QTextEdit):
    """Read-only, selectable text of the current section(s) with annotation highlights."""

    annotation_clicked = Signal(str)
    visible_node_changed = Signal(str)
    font_size_changed = Signal(float)
    """The text size changed (points): the content must be laid out again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour_by_author = False
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        style_part(self, "reader")
        font = QFont()
        font.setFamilies(READING_FONTS)
        font.setPointSizeF(DEFAULT_FONT_SIZE)
        self.setFont(font)
        self.document().setDocumentMargin(28)
        self.document().setUndoRedoEnabled(False)  # read-only: no history of its rendering
        self._segments: list[Segment] = []
        self._formats: dict[tuple[float, bool, str | None], QTextCharFormat] = {}
        self._highlight_window: tuple[int, int] | None = None
        """The document positions highlighted when only those near the view are (else None)."""
        self._segment_starts: list[int] = []
        self._by_text: list[Segment] = []
        """The segments in readout-text order (for lookups by text offset)."""
        self._text_starts: list[int] = []
        self._text_range = (0, 0)
        """The readout text shown: from the lowest offset to the highest."""
        self._node_starts: list[tuple[int, str]] = []
        self._annotations: list[Annotation] = []
        self._starts: list[int] = []
        self._longest = 0
        self._selected_annotation: str | None = None
        self._flash_id: str | None = None
        self._context_actions: list[QAction] = []
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- text size -----------------------------------------------------------------------
    def font_size(self) -> float:
        """The reading text size in points."""
        return self.font().pointSizeF()

    def set_font_size(self, points: float) -> float:
        """Set the reading text size (kept between 8 and 32 points); returns the size set."""
        points = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, round(points * 2) / 2))
        if points != self.font_size():
            font = QFont(self.font())
            font.setPointSizeF(points)
            self.setFont(font)
            self.font_size_changed.emit(points)
        return points

    # -- rendering -----------------------------------------------------------------------
    def show_content(self, readout: Readout, nodes: list[Node], *, cover: bool) -> None:
        """Lay out the cover (if asked) and ``nodes`` with their items, top to bottom."""
        document = self.document()
        self._highlight_window = None  # clearing scrolls: nothing to re-highlight until done
        document.clear()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(28)
        cursor = QTextCursor(document)
        self._segments = []
        self._node_starts = []
        self._first_block = True
        self._formats = {}
        cursor.beginEditBlock()  # one layout pass at the end, not one per insertion
        if cover:
            self._write_cover(cursor, readout)
        for node in nodes:
            self._write_node(cursor, node, depth=0)
        cursor.endEditBlock()
        self._segment_starts = [s.doc_start for s in self._segments]
        self._by_text = sorted(self._segments, key=lambda s: s.text_start)
        self._text_starts = [s.text_start for s in self._by_text]
        self._text_range = (
            min((s.text_start for s in self._segments), default=0),
            max((s.text_start + (s.doc_end - s.doc_start) for s in self._segments), default=0),
        )
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _format(
        self, *, scale: float = 1.0, bold: bool = False, colour: str | None = None
    ) -> QTextCharFormat:
        """The character format for this look, made once per rendering (never changed after:
        callers share it)."""
        key = (scale, bold, colour)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = _char_format(
                self.font(), scale=scale, bold=bold, colour=colour
            )
        return fmt

    def _new_block(
        self, cursor: QTextCursor, block: QTextBlockFormat, char: QTextCharFormat
    ) -> None:
        if self._first_block:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char)
            self._first_block = False
        else:
            cursor.insertBlock(block, char)

    def _write_text(
        self, cursor: QTextCursor, text: str, span: Span | None, fmt: QTextCharFormat
    ) -> None:
        start = cursor.position()
        cursor.insertText(text, fmt)
        if span is not None and len(span) == len(text):
            self._segments.append(Segment(start, cursor.position(), span.start))

    def _write_cover(self, cursor: QTextCursor, readout: Readout) -> None:
        self._node_starts.append((cursor.position(), ""))
        title_format = _char_format(self.font(), scale=1.6, bold=True)
        self._new_block(cursor, _block_format(bottom=10), title_format)
        self._write_text(
            cursor, readout.title or self.tr("Untitled readout"), readout.title_span, title_format
        )
        meta = [
            (readout.date, readout.date_span),
            (readout.attribution, readout.attribution_span),
            (readout.source, None),
        ]
        meta_format = _char_format(self.font(), scale=0.92, colour="#5a6270")
        for value, span in ((v, s) for v, s in meta if v):
            self._new_block(cursor, _block_format(bottom=2), meta_format)
            self._write_text(cursor, value, span, meta_format)  # a date line can be picked
        body = _char_format(self.font())
        for index, paragraph in enumerate(readout.preamble):
            self._new_block(cursor, _block_format(top=14 if index == 0 else 0, bottom=10), body)
            self._write_text(cursor, paragraph.text, paragraph.span, body)

    def _write_node(self, cursor: QTextCursor, node: Node, depth: int) -> None:
        self._node_starts.append((cursor.position(), node.id))
        top_level = depth == 0
        label_format = self._format(
            scale=1.3 if top_level else 1.0, bold=True, colour=HEADING_COLOUR if top_level else None
        )
        indent = depth * INDENT_PX
        body = self._format()
        if node.marker and not node.heading and node.paragraphs:
            # A numbered paragraph: its number leads its first paragraph, as printed.
            marker_format = self._format(bold=True, colour=HEADING_COLOUR if top_level else None)
            first, *rest = node.paragraphs
            self._write_paragraph(cursor, first, indent, body, lead=(node, marker_format))
            for paragraph in rest:
                self._write_paragraph(cursor, paragraph, indent, body)
            for item in node.items:
                self._write_node(cursor, item, depth + 1)
            return
        if node.marker or node.heading:
            self._new_block(
                cursor,
                _block_format(top=22 if top_level else 10, bottom=6, left=indent),
                label_format,
            )
            if node.marker:
                self._write_text(cursor, node.marker, node.marker_span, label_format)
                if node.heading:
                    cursor.insertText(" ", label_format)
            if node.heading:
                self._write_text(cursor, node.heading, node.heading_span, label_format)
        for paragraph in node.paragraphs:
            self._write_paragraph(cursor, paragraph, indent, body)
        for item in node.items:
            self._write_node(cursor, item, depth + 1)

    def _write_paragraph(
        self,
        cursor: QTextCursor,
        paragraph: Paragraph,
        indent: int,
        fmt: QTextCharFormat,
        lead: tuple[Node, QTextCharFormat] | None = None,
    ) -> None:
        block = _block_format(bottom=10, left=indent)
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self._new_block(cursor, block, fmt)
        if lead is not None:
            node, marker_format = lead
            assert node.marker is not None
            self._write_text(cursor, node.marker, node.marker_span, marker_format)
            cursor.insertText(" ", fmt)
        self._write_text(cursor, paragraph.text, paragraph.span, fmt)

    # -- mapping between the reader and the readout text ---------------------------------
    def doc_to_text(self, position: int, *, prefer_end: bool = False) -> int | None:
        """The readout offset shown at reader ``position`` (None outside readout text)."""
        index = bisect_right(self._segment_starts, position) - 1
        if index < 0:
            return None
        segment = self._segments[index]
        if position <= segment.doc_end:
            return segment.text_start + (position - segment.doc_start)
        if prefer_end:
            return segment.text_start + (segment.doc_end - segment.doc_start)
        if index + 1 < len(self._segments):
            return self._segments[index + 1].text_start
        return None

    def text_to_doc(self, offset: int) -> int | None:
        """Where readout offset ``offset`` is shown (None when it is not on screen)."""
        index = bisect_right(self._text_starts, offset) - 1
        for segment in self._by_text[max(0, index - 1) : index + 1]:
            length = segment.doc_end - segment.doc_start
            if segment.text_start <= offset <= segment.text_start + length:
                return segment.doc_start + (offset - segment.text_start)
        return None

    def selected_text_range(self) -> tuple[int, int] | None:
        """The selection as readout offsets ``(start, end)``, or None if nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.doc_to_text(cursor.selectionStart())
        end = self.doc_to_text(cursor.selectionEnd(), prefer_end=True)
        if start is None or end is None or end <= start:
            return None
        return start, end

    def cursor_text_offset(self) -> int | None:
        """The readout offset at the text cursor (for "split here")."""
        return self.doc_to_text(self.textCursor().position())

    def select_text_range(self, start: int, end: int) -> bool:
        """Select readout text ``[start, end)`` if it is on screen."""
        doc_start, doc_end = self.text_to_doc(start), self.text_to_doc(end)
        if doc_start is None or doc_end is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(doc_start)
        cursor.setPosition(doc_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _node_top(self, position: int) -> float:
        """The top of the block at ``position`` in document coordinates (margins included)."""
        document = self.document()
        return document.documentLayout().blockBoundingRect(document.findBlock(position)).top()

    def scroll_to_node(self, node_id: str) -> None:
        """Scroll so that ``node_id`` starts at the top of the view."""
        for position, each in self._node_starts:
            if each == node_id:
                self.verticalScrollBar().setValue(int(self._node_top(position)))
                return

    def node_at_top(self) -> str | None:
        """The node shown at the top of the view (the last one starting at or above it)."""
        top = self.verticalScrollBar().value() + 2
        starts = self._node_starts
        low, high = 0, len(starts)  # node tops grow down the page: a binary search
        while low < high:
            middle = (low + high) // 2
            if self._node_top(starts[middle][0]) > top:
                high = middle
            else:
                low = middle + 1
        return starts[low - 1][1] if low > 0 else None

    def _scrolled(self) -> None:
        window = self._highlight_window
        if window is not None:
            top = self._top_position()
            if (window[0] > 0 and top < window[0] + HIGHLIGHT_REACH // 2) or (
                top > window[1] - HIGHLIGHT_REACH // 2
            ):
                self._apply_highlights()  # the view nears the edge of what is highlighted
        node_id = self.node_at_top()
        if node_id is not None:
            self.visible_node_changed.emit(node_id)

    # -- highlights ----------------------------------------------------------------------
    def set_annotations(self, annotations: list[Annotation], selected: str | None = None) -> None:
        """Highlight ``annotations`` (the selected one stands out)."""
        ordered = sorted(annotations, key=lambda a: a.anchor.position.start)
        self._annotations = ordered
        self._starts = [a.anchor.position.start for a in ordered]
        self._longest = max((a.end - a.start for a in ordered), default=0)
        self._selected_annotation = selected
        self._apply_highlights()

    def set_colour_by_author(self, on: bool) -> None:
        """Colour highlights by who made them (else by their first tag)."""
        self.colour_by_author = on
        self._apply_highlights()

    def select_annotation(self, annotation_id: str | None) -> None:
        self._selected_annotation = annotation_id
        self._apply_highlights()

    def flash(self, annotation_id: str) -> None:
        """Scroll to an annotation's passage and flash it briefly."""
        annotation = next((a for a in self._annotations if a.id == annotation_id), None)
        if annotation is None:
            return
        position = self.text_to_doc(annotation.start)
        if position is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self._flash_id = annotation_id
        self._apply_highlights()
        self._flash_timer.start(700)

    def _end_flash(self) -> None:
        self._flash_id = None
        self._apply_highlights()

    def annotation_at(self, position: int) -> str | None:
        offset = self.doc_to_text(position)
        if offset is None:
            return None
        hits = [a for a in self._annotations if a.start <= offset < a.end]
        return min(hits, key=lambda a: a.end - a.start).id if hits else None

    def _shown(self) -> list[Annotation]:
        """The annotations whose passage overlaps the text on screen."""
        if not self._segments:
            return []
        low, high = self._text_range
        self._highlight_window = None
        first = bisect_left(self._starts, low - self._longest)
        if bisect_left(self._starts, high) - first <= HIGHLIGHT_ALL_UP_TO:
            return self._overlapping(low, high)
        # Many (the whole readout): those near the view, again as it scrolls past them.
        top = self._top_position()
        window = self._highlight_window = (top - HIGHLIGHT_REACH, top + HIGHLIGHT_REACH)
        low = self.doc_to_text(max(0, window[0])) or 0
        high = self.doc_to_text(window[1], prefer_end=True)
        return self._overlapping(low, self._text_range[1] if high is None else high)

    def _overlapping(self, low: int, high: int) -> list[Annotation]:
        """The annotations whose passage overlaps readout text ``[low, high)``."""
        first = bisect_left(self._starts, low - self._longest)
        last = bisect_left(self._starts, high)
        return [a for a in self._annotations[first:last] if a.anchor.position.end > low]

    def _top_position(self) -> int:
        """The document position where the block at the top of the view starts.

        Found by block rectangles: a hit test at the view's top, just after the whole readout
        was put in, met blocks not yet laid out and answered with the end of the text, so
        highlights went to the end while the top was shown. A block not laid out yet counts
        as below the top (layout goes down the page).
        """
        document = self.document()
        layout = document.documentLayout()
        top = self.verticalScrollBar().value()
        low, high = 0, document.blockCount() - 1
        while low < high:  # the first block reaching below the top (or not laid out yet)
            middle = (low + high) // 2
            rect = layout.blockBoundingRect(document.findBlockByNumber(middle))
            if rect.isValid() and rect.bottom() <= top:
                low = middle + 1
            else:
                high = middle
        return document.findBlockByNumber(low).position()

    def _apply_highlights(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.document()
        colours: dict[tuple[object, ...], QColor] = {}  # one per look, not per annotation
        for annotation in self._shown():
            key = (annotation.author, annotation.priority, *annotation.tags)
            colour = colours.get(key)
            if colour is None:
                colour = colours[key] = highlight_colour(
                    annotation, by_author=self.colour_by_author
                )
            for doc_start, doc_end in self._doc_ranges(annotation.start, annotation.end):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(document)
                cursor.setPosition(doc_start)
                cursor.setPosition(doc_end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor  # type: ignore[attr-defined]
                fmt = QTextCharFormat()
                if annotation.id == self._flash_id:
                    colour = QColor("#ff9f1c")
                fmt.setBackground(colour)
                if annotation.id == self._selected_annotation:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    fmt.setUnderlineColor(QColor("#1d3557"))
                    fmt.setBackground(colour.darker(115))
                fmt.setProperty(QTextFormat.Property.UserProperty, annotation.id)
                selection.format = fmt  # type: ignore[attr-defined]
                selections.append(selection)
        self.setExtraSelections(selections)

    def _doc_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        ranges = []
        first = max(0, bisect_right(self._text_starts, start) - 1)
        last = bisect_left(self._text_starts, end)
        for segment in self._by_text[first:last]:  # only those that can overlap the range
            seg_end = segment.text_start + (segment.doc_end - segment.doc_start)
            lo, hi = max(start, segment.text_start), min(end, seg_end)
            if lo < hi:
                ranges.append(
                    (
                        segment.doc_start + lo - segment.text_start,
                        segment.doc_start + hi - segment.text_start,
                    )
                )
        return ranges

    # -- input ---------------------------------------------------------------------------
    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered at the top of the context menu (annotate, split here...)."""
        self._context_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self._context_actions:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            annotation_id = self.annotation_at(
                self.cursorForPosition(event.position().toPoint()).position()
            )
            if annotation_id is not None:
                self.annotation_clicked.emit(annotation_id)


def _char_format(
    base: QFont, *, scale: float = 1.0, bold: bool = False, colour: str | None = None
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    fmt.setFont(font)
    if colour:
        fmt.setForeground(QColor(colour))
    return fmt


def _block_format(*, top: float = 0, bottom: float = 0, left: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLeftMargin(left)
    return fmt
