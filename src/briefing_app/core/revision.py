"""Replacing a project's readout with a revised version, carrying everything across.

Each annotation is found again by quote, context and position and classed:

- **unchanged**: the exact quote where the revision left its paragraph;
- **moved**: the exact quote, but somewhere else;
- **changed**: the passage was reworded (a fuzzy match); the annotation moves to the new
  wording and keeps the old one in ``revised_from`` until the user accepts it;
- **orphaned**: not found; kept in ``project.orphans`` until the user decides.

Section notes follow their section; a reviewed mark survives only where the section's text is
unchanged. Nothing is ever attached to a merely similar passage without saying so.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import re
from bisect import bisect_right
from enum import StrEnum

from pydantic import BaseModel, Field

from briefing_app.core.anchoring import (
    FUZZY_THRESHOLD,
    OffsetIndex,
    exact_occurrences,
    make_anchor,
)
from briefing_app.core.annotations import Annotation, now
from briefing_app.core.model import Node, Readout
from briefing_app.core.project import Project, ReadoutVersion

logger = logging.getLogger(__name__)


class AnchorState(StrEnum):
    """How an annotation came through a revision."""

    UNCHANGED = "unchanged"
    MOVED = "moved"
    CHANGED = "changed"
    ORPHANED = "orphaned"


class RevisionReport(BaseModel):
    """What a revision did to the project's annotations, notes and reviewed marks."""

    states: dict[str, AnchorState] = Field(default_factory=dict)
    """Annotation id → how it came through."""
    sections_changed: list[str] = Field(default_factory=list)
    """Ids (in the revised readout) of sections and items whose text changed or is new."""
    notes_orphaned: list[str] = Field(default_factory=list)
    """Labels of sections whose note found no section in the revised readout."""

    def count(self, state: AnchorState) -> int:
        """How many annotations came through in ``state``."""
        return sum(1 for each in self.states.values() if each is state)

    def summary(self) -> str:
        """One line: "unchanged 12, moved 1, changed 2, orphaned 0"."""
        return ", ".join(f"{state.value} {self.count(state)}" for state in AnchorState)


_LIST_MARKER = re.compile(r"^\s*(?:[-•*・]\s*)?(?:\(?[0-9０-９]{1,3}[.)）．]?\)?\s+)?")


def _comparable(line: str) -> str:
    """A line as compared between versions: without its list marker, white space collapsed,
    so renumbered items still count as the same line."""
    return " ".join(_LIST_MARKER.sub("", line, count=1).split())


class _LineMap:
    """Says where each old line stands in the new text, through the lines the revision kept
    (compared without their list markers, so a renumbered item is still the same line)."""

    def __init__(self, old: str, new: str) -> None:
        self._old_starts = _line_starts(old)
        self._new_starts = _line_starts(new)
        self._new_length = len(new)
        matcher = difflib.SequenceMatcher(
            None,
            [_comparable(line) for line in old.splitlines()],
            [_comparable(line) for line in new.splitlines()],
            autojunk=False,
        )
        self._blocks = matcher.get_opcodes()

    def region(self, offset: int) -> tuple[int, int, int]:
        """Where an old offset is expected in the new text: the range of the new line that
        took the place of its line (the same line, or the line that replaced it in the same
        position), and the offset within it where it would be if nothing in the line moved."""
        line = bisect_right(self._old_starts, offset) - 1
        within = offset - self._old_starts[line]
        for tag, i1, i2, j1, j2 in self._blocks:
            if not i1 <= line < i2:
                continue
            if tag in ("equal", "replace") and j1 + line - i1 < j2:
                expected = j1 + line - i1
                start, end = self._new_offset(expected), self._new_offset(expected + 1)
            else:
                start, end = self._new_offset(j1), self._new_offset(j2)
            return start, end, min(start + within, end)
        return self._new_length, self._new_length, self._new_length

    def _new_offset(self, line: int) -> int:
        return self._new_starts[line] if line < len(self._new_starts) else self._new_length


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.splitlines(keepends=True)[:-1]:
        starts.append(starts[-1] + len(line))
    return starts


def revise(
    project: Project,
    revised: Readout,
    *,
    source: str | None,
    original_text: str | None = None,
    imported: dt.datetime | None = None,
) -> tuple[Project, RevisionReport]:
    """A copy of ``project`` on the ``revised`` readout, and what happened to its mark-up.

    ``project`` itself is not changed (so the app can undo, and the CLI writes a new file).
    """
    result = project.model_copy(deep=True)
    old, new = project.readout, revised
    line_map = _LineMap(old.text, new.text)
    index = OffsetIndex(new)
    report = RevisionReport()
    kept: list[Annotation] = []
    for annotation in result.annotations:
        state, carried = _carry(annotation, new.text, line_map, index)
        report.states[annotation.id] = state
        if carried is None:
            result.orphans.append(annotation)
        else:
            kept.append(carried)
    result.annotations = sorted(kept, key=lambda a: (a.start, a.end))
    old_nodes = {node.id: node for node in old.walk()}  # looked up once, not walked per node
    new_nodes = {node.id: node for node in new.walk()}
    node_map = _map_nodes(old, new_nodes, line_map, index)
    result.section_notes = {}
    for node_id, note in project.section_notes.items():
        target = node_map.get(node_id) if node_id != "" else ""
        if target is None:
            old_node = old_nodes.get(node_id)
            report.notes_orphaned.append(old_node.label if old_node else node_id)
            result.orphan_notes[old_node.label if old_node else node_id] = note
            continue
        result.section_notes[target] = (
            f"{result.section_notes[target]}\n\n{note}" if target in result.section_notes else note
        )
    unchanged = {
        target
        for source_id, target in node_map.items()
        if _own_text(old, old_nodes.get(source_id)) == _own_text(new, new_nodes.get(target))
    }
    result.reviewed = {
        node_map[node_id]
        for node_id in project.reviewed
        if node_id in node_map and node_map[node_id] in unchanged
    }
    report.sections_changed = [node.id for node in new.walk() if node.id not in unchanged]
    result.readout = new
    result.original_text = original_text
    if not result.readout_versions:  # made before versions were kept
        result.readout_versions.append(ReadoutVersion.of(old, source=None, imported=None))
    result.readout_versions.append(
        ReadoutVersion.of(new, source=source, imported=imported or now())
    )
    logger.info("Revised %s: %s", source, report.summary())
    return result, report


def _carry(
    annotation: Annotation, text: str, line_map: _LineMap, index: OffsetIndex
) -> tuple[AnchorState, Annotation | None]:
    quote = annotation.quote
    region_start, region_end, expected = line_map.region(annotation.start)
    found = exact_occurrences(text, quote)
    if found:
        best = min(found, key=lambda at: abs(at - expected))
        inside = region_start <= best and best + len(quote) <= region_end
        state = AnchorState.UNCHANGED if inside else AnchorState.MOVED
        return state, _moved_to(annotation, text, best, index)
    reworded = _reworded(quote, text, region_start, region_end)
    if reworded is None:
        return AnchorState.ORPHANED, None
    start, end = reworded
    carried = _moved_to(annotation, text, start, index, end=end)
    carried.revised_from = quote
    return AnchorState.CHANGED, carried


def _moved_to(
    annotation: Annotation, text: str, start: int, index: OffsetIndex, *, end: int | None = None
) -> Annotation:
    stop = end if end is not None else start + len(annotation.quote)
    anchor = make_anchor(text, start, stop, "")
    node_id = index.node_at(anchor.position.start) or ""
    annotation.anchor = anchor.model_copy(update={"node_id": node_id})
    return annotation


REWORDED_IN_PLACE = 70.0
"""The lowest similarity (0-100) for a reworded passage in the line that replaced the
annotated one; anywhere else in the text the stricter anchoring threshold applies."""


def _reworded(quote: str, text: str, region_start: int, region_end: int) -> tuple[int, int] | None:
    """The passage most like ``quote``, as whole words: in the revised line that replaced it,
    else anywhere."""
    from rapidfuzz import fuzz

    searches = ((region_start, region_end, REWORDED_IN_PLACE), (0, len(text), FUZZY_THRESHOLD))
    for lo, hi, cutoff in searches:
        if hi <= lo:
            continue
        alignment = fuzz.partial_ratio_alignment(quote, text[lo:hi], score_cutoff=cutoff)
        if alignment is not None and alignment.dest_end > alignment.dest_start:
            return _whole_words(text, lo + alignment.dest_start, lo + alignment.dest_end)
    return None


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the words it cuts into."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _own_spans(node: Node) -> list[tuple[int, int]]:
    spans = [node.marker_span, node.heading_span, *(p.span for p in node.paragraphs)]
    return [(span.start, span.end) for span in spans if span is not None]


def _own_text(readout: Readout, node: Node | None) -> str:
    if node is None:
        return ""
    return "\n".join(readout.text[start:end] for start, end in _own_spans(node))


def _map_nodes(
    old: Readout, new_nodes: dict[str, Node], line_map: _LineMap, index: OffsetIndex
) -> dict[str, str]:
    """Old node id → the node of the revised readout that holds its text (by position, then
    by number and heading)."""
    by_label = {(n.number, n.heading): n.id for n in new_nodes.values() if n.number or n.heading}
    mapping: dict[str, str] = {}
    for node in old.walk():
        spans = _own_spans(node)
        target = None
        if spans:
            start, end, _expected = line_map.region(spans[0][0])
            target = index.node_at(start) if start < end else None
            candidate = new_nodes.get(target) if target is not None else None
            label = (node.number, node.heading)
            if (
                candidate is not None
                and any(label)
                and (candidate.number, candidate.heading) != label
            ):
                target = by_label.get(label, target)  # a labelled section keeps its label
        if target is None and (node.number or node.heading):
            target = by_label.get((node.number, node.heading))
        if target is not None:
            mapping[node.id] = target
    return mapping
