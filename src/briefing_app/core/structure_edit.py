"""Fixing what the importer decided: split, merge, promote, demote, relabel, restore.

None of these changes the normalised text, only how it is divided into nodes, so annotations
(anchored by offset into that text) move with their passage automatically; the project then
re-points them at their new nodes.
"""

from __future__ import annotations

import re

from briefing_app.core.anchoring import OffsetIndex
from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Node, Paragraph, Readout, Span


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
    raise StructureEditError(f"there is no section {node_id!r}")


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
        raise StructureEditError(
            "put the cursor in a paragraph, where the new section should start"
        )
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
        raise StructureEditError("put the cursor where the new section should start")
    if not keep and node.marker is None and node.heading is None:
        raise StructureEditError("the cursor is at the start already: nothing would be left")
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
        raise StructureEditError("the first section has nothing before it to merge into")
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
        raise StructureEditError("a top-level section cannot be promoted further")
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
        raise StructureEditError("only a section with one before it can be demoted")
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
        raise StructureEditError(
            "this line was dropped from the page before import and has no place in the text"
        )
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
