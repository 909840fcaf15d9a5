"""The indented plain-text outline printed by ``briefing-app inspect``."""

from __future__ import annotations

import textwrap

from briefing_app.core.model import Node, Readout

_INDENT = "    "
_SNIPPET = 90


def _snippet(text: str) -> str:
    return textwrap.shorten(text, _SNIPPET, placeholder=" …")


def _node_lines(node: Node, depth: int) -> list[str]:
    pad = _INDENT * depth
    head = " ".join(part for part in (node.marker or node.number, node.heading) if part)
    lines = [f"{pad}{head}" if head else f"{pad}(no heading)"]
    lines += [f"{pad}{_INDENT}¶ {_snippet(p.text)}" for p in node.paragraphs]
    for item in node.items:
        lines += _node_lines(item, depth + 1)
    return lines


def render_outline(readout: Readout) -> str:
    """The readout as an indented outline: metadata, preamble, sections, removed lines."""
    lines = [
        f"Title:  {readout.title or '(none)'}",
        f"Date:   {readout.date or '(not found)'}",
        f"Source: {readout.source or '(unknown)'}",
    ]
    if readout.attribution:
        lines.append(f"Attribution: {readout.attribution}")
    lines.append(f"Preamble: {len(readout.preamble)} paragraph(s)")
    lines += [f"{_INDENT}¶ {_snippet(p.text)}" for p in readout.preamble]
    sections = readout.sections
    items = readout.node_count() - len(sections)
    lines.append(f"Sections: {len(sections)} ({items} items below them)")
    for section in sections:
        lines += _node_lines(section, 1)
    lines.append(f"Removed: {len(readout.removed)} line(s)")
    lines += [f"{_INDENT}- {_snippet(r.text)!s} ({r.reason})" for r in readout.removed]
    lines.append(f"Doubts: {len(readout.doubts)}")
    lines += [f"{_INDENT}? {d.message} [{d.kind}]" for d in readout.doubts]
    return "\n".join(lines)
