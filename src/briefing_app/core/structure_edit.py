"""Fixing what the importer decided: split, merge, promote, demote, relabel, restore.

None of these changes the normalised text, only how it is divided into nodes, so annotations
(anchored by offset into that text) move with their passage automatically; the project then
re-points them at their new nodes.
"""

from __future__ import annotations

import re
from typing import Literal

from briefing_app.core.anchoring import OffsetIndex
from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Node, Paragraph, Readout, RemovedLine, Span


class StructureEditError(BriefingError):
    """A structure fix that cannot be made here (the message says why)."""


def locate(readout: Readout, node_id: str) -> tuple[list[Node], int, Node | None]:
    """The list holding ``node_id``, its index there, and its parent (None at top level)."""
    stack: list[tuple[list[Node], Node | None]] = [(readout.sections, None)]
    while stack:
        siblings, parent = stack.pop()
        for index, node in enumerate(siblings):
            if node.id == node_id:
                return siblings, index, parent
            stack.append((node.items, node))
    raise StructureEditError.coded("structure.no_such_node", node=node_id)


def new_node_id(readout: Readout) -> str:
    """An id no node has yet."""
    numbers = [int(m.group(1)) for n in readout.walk() if (m := re.fullmatch(r"n(\d+)", n.id))]
    return f"n{max(numbers, default=0) + 1}"


def split_node(readout: Readout, node_id: str, offset: int) -> str:
    """Split a node at ``offset`` (in the normalised text); returns the new node's id.

    The text from ``offset`` on, and every item of the node, goes to a new unnumbered node
    right after it.
    """
    siblings, index, _ = locate(readout, node_id)
    node = siblings[index]
    if not any(p.span.start <= offset <= p.span.end for p in node.paragraphs):
        raise StructureEditError.coded("structure.split_outside_paragraph")
    keep: list[Paragraph] = []
    move: list[Paragraph] = []
    for paragraph in node.paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        if end <= offset:
            keep.append(paragraph)
        elif start >= offset:
            move.append(paragraph)
        else:
            left, right = _cut(readout.text, paragraph, offset)
            keep.extend(left)
            move.extend(right)
    if not move and not node.items:
        raise StructureEditError.coded("structure.split_nothing_moves")
    if not keep and node.marker is None and node.heading is None:
        raise StructureEditError.coded("structure.split_at_start")
    node.paragraphs = keep
    new = Node(id=new_node_id(readout), paragraphs=move, items=node.items)
    node.items = []
    siblings.insert(index + 1, new)
    return new.id


def _cut(text: str, paragraph: Paragraph, offset: int) -> tuple[list[Paragraph], list[Paragraph]]:
    """Cut a paragraph in two at ``offset``, trimming the white space at the cut."""
    start, end = paragraph.span.start, paragraph.span.end
    left_end = offset
    while left_end > start and text[left_end - 1].isspace():
        left_end -= 1
    right_start = offset
    while right_start < end and text[right_start].isspace():
        right_start += 1
    left = [_paragraph(text, start, left_end)] if left_end > start else []
    right = [_paragraph(text, right_start, end)] if right_start < end else []
    return left, right


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    return Paragraph(text=text[start:end], span=Span(start=start, end=end))


def merge_with_previous(readout: Readout, node_id: str) -> str:
    """Merge a node into whatever precedes it in reading order; returns that node's id.

    The node's marker and heading become text at the start of its first paragraph, its
    paragraphs follow the previous node's, and its items become that node's items.
    """
    siblings, index, parent = locate(readout, node_id)
    node = siblings[index]
    if index > 0:
        target = list(siblings[index - 1].walk())[-1]
    elif parent is not None:
        target = parent
    else:
        raise StructureEditError.coded("structure.merge_first")
    del siblings[index]
    target.paragraphs.extend(_label_as_text(readout.text, node) + node.paragraphs)
    if target is parent:
        target.items[0:0] = node.items
    else:
        target.items.extend(node.items)
    return target.id


def _label_as_text(text: str, node: Node) -> list[Paragraph]:
    """A node's marker and heading as one paragraph (empty when it has neither)."""
    spans = [s for s in (node.marker_span, node.heading_span) if s is not None]
    if not spans:
        return []
    start, end = spans[0].start, spans[-1].end
    if node.heading_span is None and node.paragraphs:
        first = node.paragraphs.pop(0)
        end = first.span.end
    return [_paragraph(text, start, end)]


def promote(readout: Readout, node_id: str) -> None:
    """Move an item (with its own children) up a level, right after its parent.

    The items after it stay where they were, under the old parent: only this item moves.
    """
    siblings, index, parent = locate(readout, node_id)
    if parent is None:
        raise StructureEditError.coded("structure.promote_top_level")
    node = siblings.pop(index)
    outer, parent_index, _ = locate(readout, parent.id)
    outer.insert(parent_index + 1, node)


def demote(readout: Readout, node_id: str) -> None:
    """Move a node down a level, into the items of the node before it.

    It goes where its text stands among those items, so demoting an item just promoted
    puts it back exactly where it was.
    """
    siblings, index, _ = locate(readout, node_id)
    if index == 0:
        raise StructureEditError.coded("structure.demote_first")
    node = siblings.pop(index)
    items = siblings[index - 1].items
    start = node_start(node)
    position = len(items)
    if start is not None:
        position = sum(
            1 for item in items if (item_start := node_start(item)) is None or item_start < start
        )
    items.insert(position, node)


def node_start(node: Node) -> int | None:
    """Where a node's text (its own or its items') starts in the normalised text."""
    starts = [
        span.start
        for each in node.walk()
        for span in (each.marker_span, each.heading_span, *(p.span for p in each.paragraphs))
        if span is not None
    ]
    return min(starts, default=None)


def set_label(readout: Readout, node_id: str, number: str | None, heading: str | None) -> None:
    """Edit a node's number and heading (empty text clears them)."""
    siblings, index, _ = locate(readout, node_id)
    node = siblings[index]
    node.number = (number or "").strip() or None
    node.heading = (heading or "").strip() or None
    if node.heading is None:
        node.heading_span = None


def restore_removed(readout: Readout, removed_index: int) -> str | None:
    """Put a removed line back as a paragraph where it stood; returns the owning node id."""
    line = readout.removed[removed_index]
    if line.span is None:
        raise StructureEditError.coded("structure.restore_no_place")
    owner_id = OffsetIndex(readout).node_at(line.span.start)
    paragraph = Paragraph(text=line.text, span=line.span)
    if owner_id is None:
        target_list = readout.preamble
    else:
        siblings, index, _ = locate(readout, owner_id)
        target_list = siblings[index].paragraphs
    position = sum(1 for p in target_list if p.span.start < line.span.start)
    target_list.insert(position, paragraph)
    del readout.removed[removed_index]
    return owner_id


# -- the title, the date and junk lines --------------------------------------------------

REMOVED_BY_YOU = "removed by you"
"""The reason recorded on a line the user removed (restorable like any removed line)."""

HeaderField = Literal["title", "date", "attribution"]
HEADER_FIELDS: tuple[HeaderField, ...] = ("title", "date", "attribution")


def set_header_from_text(readout: Readout, field: HeaderField, start: int, end: int) -> str:
    """Make ``readout.text[start:end]`` (trimmed) the title, date or attribution.

    The text can come from anywhere: the preamble, a paragraph of a section, another header
    field or a removed line (which then is no longer removed). It stops being whatever it
    was, so it is not shown twice, and the field's old text goes back where it stood, as a
    paragraph, so no text is lost. Returns the new value.
    """
    start, end = _trimmed(readout.text, start, end)
    if start >= end:
        raise StructureEditError.coded("structure.select_line")
    old_span = _header_span(readout, field)
    if old_span is not None and (old_span.start, old_span.end) == (start, end):
        raise StructureEditError.coded(f"structure.already_{field}")
    _check_not_a_label(readout, start, end)
    _release_header(readout, field)
    _claim(readout, start, end)
    value = readout.text[start:end]
    _set_header(readout, field, value, Span(start=start, end=end))
    return value


def set_header_text(readout: Readout, field: HeaderField, value: str | None) -> bool:
    """Set the title, date or attribution to typed text (not in the readout: it has no span).

    Empty text clears the field. The old text, if it stood in the readout, goes back where it
    stood as a paragraph. Returns False (changing nothing) when the value is unchanged.
    """
    value = (value or "").strip() or None
    if value == getattr(readout, field):
        return False
    _release_header(readout, field)
    _set_header(readout, field, value, None)
    return True


def line_at(readout: Readout, offset: int) -> Span:
    """The line (paragraph, header field or removed line) holding ``offset``.

    A section's number or heading is not a line that can be moved: that raises.
    """
    for span in (*_label_spans(readout), *_line_spans(readout)):
        if span.start <= offset < span.end or (offset == span.end and len(span)):
            if any(span == label for label in _label_spans(readout)):
                raise StructureEditError.coded("structure.line_is_label")
            return span
    raise StructureEditError.coded("structure.no_line_here")


def removable_line_at(readout: Readout, offset: int) -> Span:
    """The line :func:`remove_line` would remove at ``offset`` (an unnumbered heading, too)."""
    node = _unnumbered_heading_at(readout, offset)
    if node is not None and node.heading_span is not None:
        return node.heading_span
    return line_at(readout, offset)


def remove_line(readout: Readout, offset: int) -> Span:
    """Move the line at ``offset`` to ``readout.removed`` ("removed by you"); returns its span.

    A paragraph leaves its list; a header field (title, date, attribution) is cleared. A node
    left with no text and no items is dropped. Restore Removed Line puts the line back.
    """
    heading_node = _unnumbered_heading_at(readout, offset)
    if heading_node is not None:
        return _remove_heading(readout, heading_node)
    span = line_at(readout, offset)
    if any(line.span == span for line in readout.removed):
        raise StructureEditError.coded("structure.already_removed")
    for field in HEADER_FIELDS:
        if _header_span(readout, field) == span:
            _set_header(readout, field, None, None)
    for paragraphs in _paragraph_lists(readout):
        paragraphs[:] = [p for p in paragraphs if p.span != span]
    _drop_empty_nodes(readout.sections)
    line = RemovedLine(text=readout.text[span.start : span.end], span=span, reason=REMOVED_BY_YOU)
    position = next(
        (i for i, each in enumerate(readout.removed) if each.span and each.span.start > span.start),
        len(readout.removed),
    )
    readout.removed.insert(position, line)
    return span


def _unnumbered_heading_at(readout: Readout, offset: int) -> Node | None:
    """The node whose unnumbered heading holds ``offset`` (a junk line taken for a heading)."""
    for node in readout.walk():
        span = node.heading_span
        if span is not None and node.marker_span is None and span.start <= offset <= span.end:
            return node
    return None


def _remove_heading(readout: Readout, node: Node) -> Span:
    """Remove an unnumbered heading; a node left with only items gives way to its items (the
    first section's text before them joins the preamble)."""
    span = node.heading_span
    assert span is not None
    line = RemovedLine(text=readout.text[span.start : span.end], span=span, reason=REMOVED_BY_YOU)
    node.heading = None
    node.heading_span = None
    siblings, index, parent = locate(readout, node.id)
    if node.paragraphs and parent is None and index == 0 and node.number is None:
        # The first section's own text, before any heading now, is the preamble's.
        readout.preamble.extend(node.paragraphs)
        node.paragraphs = []
    if not node.paragraphs and node.number is None:
        siblings[index : index + 1] = node.items  # the items move up into its place
    position = next(
        (i for i, each in enumerate(readout.removed) if each.span and each.span.start > span.start),
        len(readout.removed),
    )
    readout.removed.insert(position, line)
    return span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _header_span(readout: Readout, field: HeaderField) -> Span | None:
    return getattr(readout, f"{field}_span")  # type: ignore[no-any-return]


def _set_header(readout: Readout, field: HeaderField, value: str | None, span: Span | None) -> None:
    setattr(readout, field, value)
    setattr(readout, f"{field}_span", span)
    if value is not None:  # the user's choice settles the import's doubt about the field
        readout.doubts = [doubt for doubt in readout.doubts if doubt.kind != field]


def _label_spans(readout: Readout) -> list[Span]:
    return [
        span
        for node in readout.walk()
        for span in (node.marker_span, node.heading_span)
        if span is not None
    ]


def _paragraph_lists(readout: Readout) -> list[list[Paragraph]]:
    return [readout.preamble, *(node.paragraphs for node in readout.walk())]


def _line_spans(readout: Readout) -> list[Span]:
    spans = [_header_span(readout, field) for field in HEADER_FIELDS]
    spans += [p.span for paragraphs in _paragraph_lists(readout) for p in paragraphs]
    spans += [line.span for line in readout.removed]
    return [span for span in spans if span is not None]


def _check_not_a_label(readout: Readout, start: int, end: int) -> None:
    if any(span.start < end and start < span.end for span in _label_spans(readout)):
        raise StructureEditError.coded("structure.selection_has_label")


def _outside(text: str, span: Span, start: int, end: int) -> list[Span]:
    """The trimmed pieces of ``span`` outside ``[start, end)`` (none, one or two)."""
    pieces = []
    for lo, hi in ((span.start, min(span.end, start)), (max(span.start, end), span.end)):
        lo, hi = _trimmed(text, lo, hi)
        if lo < hi:
            pieces.append(Span(start=lo, end=hi))
    return pieces


def _claim(readout: Readout, start: int, end: int) -> None:
    """Take ``[start, end)`` away from every paragraph, header field and removed line."""
    text = readout.text

    def overlaps(span: Span | None) -> bool:
        return span is not None and span.start < end and start < span.end

    for paragraphs in _paragraph_lists(readout):
        kept: list[Paragraph] = []
        for paragraph in paragraphs:
            if not overlaps(paragraph.span):
                kept.append(paragraph)
                continue
            pieces = _outside(text, paragraph.span, start, end)
            kept.extend(_paragraph(text, piece.start, piece.end) for piece in pieces)
        paragraphs[:] = kept
    removed: list[RemovedLine] = []
    for line in readout.removed:
        if line.span is None or not overlaps(line.span):
            removed.append(line)
            continue
        for piece in _outside(text, line.span, start, end):
            removed.append(
                RemovedLine(text=text[piece.start : piece.end], span=piece, reason=line.reason)
            )
    readout.removed = removed
    leftovers: list[Span] = []
    for field in HEADER_FIELDS:
        span = _header_span(readout, field)
        if span is None or not overlaps(span):
            continue
        pieces = _outside(text, span, start, end)
        if pieces:  # the field keeps what is left of it; a second piece becomes a paragraph
            first, *rest = pieces
            _set_header(readout, field, text[first.start : first.end], first)
            leftovers.extend(rest)
        else:
            _set_header(readout, field, None, None)
    for span in leftovers:
        _put_back(readout, span)
    _drop_empty_nodes(readout.sections)


def _release_header(readout: Readout, field: HeaderField) -> None:
    """Clear a header field; text it held in the readout goes back where it stood."""
    span = _header_span(readout, field)
    _set_header(readout, field, None, None)
    if span is not None:
        _put_back(readout, span)


def _put_back(readout: Readout, span: Span) -> None:
    """Make ``span`` paragraphs (one a line) of the node, or the preamble, where it stands."""
    text = readout.text
    index = OffsetIndex(readout)
    position = span.start
    for line in text[span.start : span.end].split("\n"):
        lo, hi = _trimmed(text, position, position + len(line))
        position += len(line) + 1
        if lo >= hi:
            continue
        owner_id = index.node_at(lo)
        if owner_id is None:
            target = readout.preamble
        else:
            siblings, at, _ = locate(readout, owner_id)
            target = siblings[at].paragraphs
        target.insert(sum(1 for p in target if p.span.start < lo), _paragraph(text, lo, hi))


def _drop_empty_nodes(nodes: list[Node]) -> None:
    """Drop nodes left with no marker, heading, paragraph or item (their text went elsewhere)."""
    for node in nodes:
        _drop_empty_nodes(node.items)
    nodes[:] = [
        node
        for node in nodes
        if node.marker_span or node.heading_span or node.marker or node.heading
        or node.paragraphs or node.items
    ]  # fmt: skip
