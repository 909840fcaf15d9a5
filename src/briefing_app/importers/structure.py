"""Structure recognition: from laid-out blocks to sections, items, headings and paragraphs.

Format-independent. Markers are accepted only when they continue a numbering sequence
(the next sibling, the first child, or a list resumed after a heading), which is what keeps
years, document codes and "Mk 2." out of the structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from briefing_app.importers.blocks import Block
from briefing_app.importers.markers import (
    BARE_FAMILY,
    Candidate,
    Marker,
    block_markers,
    mid_line_positions,
    parse_marker,
)

Family = tuple[str, str]
# The builder works on plain dicts shaped like the pydantic models (Node, Paragraph, Span) and
# the readout is validated once at the end: one pydantic-core pass over the whole tree is
# several times faster than constructing tens of thousands of model objects one by one.
NodeDict = dict[str, Any]
ParagraphDict = dict[str, Any]


def span_dict(start: int, end: int) -> dict[str, int]:
    """A Span as a dict."""
    return {"start": start, "end": end}


def new_node(
    *,
    number: str | None = None,
    marker: str | None = None,
    marker_span: dict[str, int] | None = None,
    heading: str | None = None,
    heading_span: dict[str, int] | None = None,
    items: list[NodeDict] | None = None,
) -> NodeDict:
    """A Node as a dict, with every field present."""
    return {
        "id": "",
        "number": number,
        "marker": marker,
        "marker_span": marker_span,
        "heading": heading,
        "heading_span": heading_span,
        "paragraphs": [],
        "items": items if items is not None else [],
    }


_TERMINAL = tuple(".。!?！？;；:：,，、．")
_CLOSERS = "”\"’')）」』"
_BULLET_KIND = "bullet"
_STRONG_LEVEL = 7
_PLAIN_HEADING_LEVEL = 8
_WIDE_START = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def is_heading_like(text: str) -> bool:
    """Short, unterminated text that reads as a heading ("Economic Relations")."""
    if not text or len(text) > 100 or text.count(" ") > 13:
        return False
    core = text.rstrip(_CLOSERS) or text
    if core.endswith(_TERMINAL) and not core.endswith(("...", "…")):
        return False
    return any(map(str.isalpha, text))


@dataclass(slots=True)
class _Open:
    """A node still open for children while blocks are read."""

    node: NodeDict
    family: Family
    value: int
    indent: int = 0
    heading_level: int = 0

    @property
    def is_heading(self) -> bool:
        return self.family[0] == "heading"

    @property
    def is_bullet(self) -> bool:
        return self.family[0] == _BULLET_KIND


@dataclass
class Outline:
    """What structure recognition produced."""

    preamble: list[ParagraphDict] = field(default_factory=list)
    sections: list[NodeDict] = field(default_factory=list)


class StructureBuilder:
    """Reads blocks in order and grows the section tree; see :func:`build_structure`."""

    def __init__(self, blocks: list[Block], *, plain_headings: bool) -> None:
        self._blocks = blocks
        self._plain_headings = plain_headings
        self._stack: list[_Open] = []
        self._last_value: dict[Family, int] = {}
        self._families: dict[int, Family] = {}
        self._artefacts: set[Family] | None = None
        self._paragraphs_seen = 0
        self.outline = Outline()

    # -- driving ---------------------------------------------------------------------------
    def build(self) -> Outline:
        """Process every block and return the outline."""
        for index, block in enumerate(self._blocks):
            following = self._blocks[index + 1] if index + 1 < len(self._blocks) else None
            self._handle_block(block, following)
        self._group_orphans()
        return self.outline

    def _handle_block(self, block: Block, following: Block | None) -> None:
        text, offset = block.text, block.offset
        explicit_heading = block.kind == "heading" or (block.strong and is_heading_like(text))
        marker, second = block_markers(block)
        if marker is not None and block.kind == "item":
            as_list = _as_format_list(marker, block.indent)
            if self._accept(as_list, block.indent, line_start=True) is not None:
                marker = as_list
        if (
            marker is not None
            and marker.candidates[0].family == BARE_FAMILY
            and not is_heading_like(text[marker.length :])
            and not _WIDE_START.match(text[marker.length :])
        ):
            # "30 billion ..." is text; a bare number only heads a heading, or a paragraph
            # in Japanese or Chinese ("1 習主席からは…"), numbered so on ministry pages.
            marker = None
        if explicit_heading:
            self._close_bullets_for(block)  # a heading ends any bullet list above it
        if marker is not None and self._open_marked(
            block, marker, second, following, explicit_heading
        ):
            return
        if explicit_heading:
            level = block.level if block.kind == "heading" else _STRONG_LEVEL
            self._open_heading(text, offset, max(level, 1))
            return
        if self._plain_headings and self._is_plain_heading(block, following):
            self._open_heading(text, offset, _PLAIN_HEADING_LEVEL)
            return
        self._close_bullets_for(block)
        self._add_text(text, offset, block, following)

    # -- markers ---------------------------------------------------------------------------
    def _artefact_families(self) -> set[Family]:
        """:func:`_artefact_families` of all the blocks, worked out when a block first shows
        two markers (most readouts have none: no pass over every block for nothing)."""
        if self._artefacts is None:
            self._artefacts = _artefact_families(self._blocks)
        return self._artefacts

    def _open_marked(
        self,
        block: Block,
        marker: Marker,
        second: Marker | None,
        following: Block | None,
        explicit_heading: bool,
    ) -> bool:
        text, offset = block.text, block.offset
        if second is not None and second.is_bullet:
            second = None
        chosen, marker_end = marker, len(marker.marker)
        if second is not None and (
            _same_reading(marker, second)
            or marker.candidates[0].family in self._artefact_families()
        ):
            # "4. 4. text" or a copied list's "1. (1) text": the printed marker is the second.
            chosen, marker_end = second, marker.length + len(second.marker)
            second = None
        accepted = self._accept(chosen, block.indent, line_start=True)
        if accepted is None:
            return False
        candidate, depth = accepted
        node = self._push_node(chosen, candidate, depth, text[:marker_end], offset, block.indent)
        if second is not None:
            # "2. (1) text": a section with no heading whose first item follows inline.
            rest = _sub_block(block, offset + marker.length, text[marker.length :])
            self._handle_block(rest, following)
            return True
        rest_start = _skip_spaces(text, marker_end)
        rest = text[rest_start:]
        if not rest:
            return True
        rest_offset = offset + rest_start
        if explicit_heading or self._rest_is_heading(rest, candidate.family, following):
            node["heading"] = rest
            node["heading_span"] = span_dict(rest_offset, rest_offset + len(rest))
            return True
        self._add_text(rest, rest_offset, block, following)
        return True

    def _accept(
        self, marker: Marker, indent: int, *, line_start: bool
    ) -> tuple[Candidate, int] | None:
        """Choose the reading of ``marker`` that fits the open numbering, if any.

        Returns the candidate and the stack depth its node will sit at.
        """
        for candidate in marker.candidates:
            depth = self._family_depth(candidate.family)
            if depth is None:
                continue
            opened = self._stack[depth]
            if candidate.family[0] == _BULLET_KIND:
                if indent < opened.indent and line_start:
                    continue
                return candidate, depth
            expected = opened.value + 1
            if candidate.value == expected or (
                line_start and expected < candidate.value <= expected + 1
            ):
                return candidate, depth
        if not line_start:
            return None
        for candidate in marker.candidates:
            family = candidate.family
            if self._family_depth(family) is not None and family[0] != _BULLET_KIND:
                continue
            resumed = self._last_value.get(family)
            if (
                family[0] == _BULLET_KIND
                or candidate.value == 1
                or (resumed is not None and candidate.value == resumed + 1)
                or self._numbered_from_two(candidate)
            ):
                return candidate, self._outdented_depth(indent, family)
        return None

    def _outdented_depth(self, indent: int, family: Family) -> int:
        """Where a new numbering opens: under the open nodes, or — when its marker stands
        left of the numbered items open above it — beside them ("I." after indented "3.")."""
        depth = len(self._stack)
        if family[0] == _BULLET_KIND:
            return depth
        while (
            depth > 0
            and not self._stack[depth - 1].is_heading
            and not self._stack[depth - 1].is_bullet
            and self._stack[depth - 1].indent > indent
        ):
            depth -= 1
        return depth

    def _numbered_from_two(self, candidate: Candidate) -> bool:
        """ "2." first, after unnumbered opening text: paragraph 1 carries no number."""
        return (
            candidate.value == 2
            and candidate.family[0] == "arabic"
            and not self._last_value
            and self._paragraphs_seen > 0
            and all(opened.is_heading for opened in self._stack)
        )

    def _family_depth(self, family: Family) -> int | None:
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth].family == family:
                return depth
        return None

    def _push_node(
        self,
        marker: Marker,
        candidate: Candidate,
        depth: int,
        printed: str,
        offset: int,
        indent: int,
    ) -> NodeDict:
        stack = self._stack
        del stack[depth:]
        # new_node() and span_dict() written out: this runs once per section and item.
        node: NodeDict = {
            "id": "",
            "number": marker.number,
            "marker": printed,
            "marker_span": {"start": offset, "end": offset + len(printed)},
            "heading": None,
            "heading_span": None,
            "paragraphs": [],
            "items": [],
        }
        if stack:
            stack[-1].node["items"].append(node)
        else:
            self.outline.sections.append(node)
        family = candidate.family
        self._families[id(node)] = family
        stack.append(_Open(node, family, candidate.value, indent))
        self._last_value[family] = candidate.value
        return node

    def _rest_is_heading(self, rest: str, family: Family, following: Block | None) -> bool:
        if not is_heading_like(rest) or following is None:
            return False
        if following.kind == "heading":
            return False
        nxt = _strict(block_markers(following)[0])
        if nxt is None:
            return True
        return all(c.family != family for c in nxt.candidates)

    # -- headings --------------------------------------------------------------------------
    def _open_heading(self, text: str, offset: int, level: int) -> None:
        while self._stack and not (
            self._stack[-1].is_heading and self._stack[-1].heading_level < level
        ):
            self._stack.pop()
        node = new_node(heading=text, heading_span=span_dict(offset, offset + len(text)))
        self._attach(node)
        family = ("heading", str(level))
        self._families[id(node)] = family
        self._stack.append(_Open(node, family, 0, heading_level=level))

    def _is_plain_heading(self, block: Block, following: Block | None) -> bool:
        text = block.text
        if following is None or not is_heading_like(text) or len(text.split()) > 12:
            return False
        ordinal = text[0].isdigit() and not text.split()[0].isdigit()  # "47th Forum", not a date
        if not (text[0].isupper() or ordinal or not text[0].isascii()):
            return False  # "and Deputy…" continues a line
        if text[0] in "(（[":
            return False
        return not is_heading_like(following.text)

    # -- text ------------------------------------------------------------------------------
    def _close_bullets_for(self, block: Block) -> None:
        while self._stack and self._stack[-1].is_bullet and block.indent <= self._stack[-1].indent:
            self._stack.pop()

    def _add_text(self, text: str, offset: int, block: Block, following: Block | None) -> None:
        """Add running text, splitting it where a marker continues the numbering mid-line."""
        for position in mid_line_positions(text):
            marker = parse_marker(text[position:], allow_bare=False)
            if marker is None or self._accept(marker, block.indent, line_start=False) is None:
                continue
            head = text[:position].rstrip()
            if head:
                self._add_paragraph(head, offset)
            tail_block = _sub_block(block, offset + position, text[position:])
            self._handle_block(tail_block, following)
            return
        self._add_paragraph(text, offset)

    def _add_paragraph(self, text: str, offset: int) -> None:
        paragraph = {"text": text, "span": {"start": offset, "end": offset + len(text)}}
        self._paragraphs_seen += 1
        stack = self._stack
        if stack:
            stack[-1].node["paragraphs"].append(paragraph)
        else:
            self.outline.preamble.append(paragraph)

    def _attach(self, node: NodeDict) -> None:
        if self._stack:
            self._stack[-1].node["items"].append(node)
        else:
            self.outline.sections.append(node)

    # -- finishing -------------------------------------------------------------------------
    def _group_orphans(self) -> None:
        """Wrap numbered top-level nodes that stand beside heading groups in an unheaded group.

        In "1. ... <heading> 2. ... 3. ..." paragraph 1 belongs to an unheaded opening group,
        so that every top-level section is a heading group.
        """
        sections = self.outline.sections
        child_families = {
            self._families.get(id(child))
            for section in sections
            if section["number"] is None and section["heading"] is not None
            for child in section["items"]
        }
        if not child_families:
            return
        grouped: list[NodeDict] = []
        run: list[NodeDict] = []
        for section in sections:
            if section["number"] is not None and self._families.get(id(section)) in child_families:
                run.append(section)
                continue
            if run:
                grouped.append(new_node(items=run))
                run = []
            grouped.append(section)
        if run:
            grouped.append(new_node(items=run))
        self.outline.sections = grouped


def _as_format_list(marker: Marker, depth: int) -> Marker:
    """Give a list the format itself numbered (HTML <ol>, Word numbering) families of its own.

    Such a list is explicit structure: it nests under the current section even when the
    section's own number looks the same ("2." then an <ol> starting at "1.").
    """
    candidates = tuple(
        Candidate((c.family[0], f"{c.family[1]}@list{depth}"), c.value) for c in marker.candidates
    )
    return marker._replace(candidates=candidates)


def _strict(marker: Marker | None) -> Marker | None:
    """``marker`` unless it is a bare number ("1 Heading"), which only heads headings."""
    if marker is not None and marker.candidates[0].family == BARE_FAMILY:
        return None
    return marker


def _same_reading(first: Marker, second: Marker) -> bool:
    return any(
        a.family == b.family and a.value == b.value
        for a in first.candidates
        for b in second.candidates
    )


def _artefact_families(blocks: list[Block]) -> set[Family]:
    """Families that only ever appear doubled ("1. (1) text"): a copied list's numbering."""
    doubled: dict[Family, int] = {}
    single: dict[Family, int] = {}
    for block in blocks:
        marker, second = block_markers(block)
        marker = _strict(marker)
        if marker is None or marker.is_bullet:
            continue
        counts = doubled if second is not None and not second.is_bullet else single
        for candidate in marker.candidates:
            counts[candidate.family] = counts.get(candidate.family, 0) + 1
    return {family for family, count in doubled.items() if count >= 2 and family not in single}


def _sub_block(block: Block, offset: int, text: str) -> Block:
    return Block(
        text=text,
        kind="text",
        level=block.level,
        strong=block.strong,
        indent=block.indent,
        separated=False,
        offset=offset,
    )


def _skip_spaces(text: str, index: int) -> int:
    while index < len(text) and text[index] == " ":
        index += 1
    return index


def build_structure(blocks: list[Block]) -> Outline:
    """Recognise the outline of ``blocks`` (laid out, title and chrome already taken out).

    When numbered sections carry no headings of their own (numbered paragraphs), short
    unterminated lines between them are read as unnumbered headings over runs of paragraphs.
    """
    outline = StructureBuilder(blocks, plain_headings=False).build()
    has_explicit = any(b.kind == "heading" or b.strong for b in blocks)
    if has_explicit or any(_has_headings(s) for s in outline.sections):
        return outline
    return StructureBuilder(blocks, plain_headings=True).build()


def _has_headings(node: NodeDict) -> bool:
    return node["heading"] is not None
