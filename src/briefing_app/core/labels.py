"""Short human labels for readout nodes, from plain values (no model needed).

The navigator labels nodes through ``Node.label``; the start window labels the sample's
nodes from its raw JSON before the model is loaded. Both call :func:`node_label`.
"""

from __future__ import annotations

from collections.abc import Callable

SNIPPET_WORDS = 8
UNTITLED = "Untitled section"


def node_label(
    number: str | None,
    heading: str | None,
    first_paragraph: str | None,
    first_in_items: Callable[[], str | None],
) -> str:
    """Number and heading, or the number and the first words of the node's first paragraph.

    ``first_in_items`` gives the first paragraph found among the node's items; it is asked
    only for a node with no number, heading or paragraph of its own.
    """
    parts = [p for p in (number, heading) if p]
    if heading:
        return " ".join(parts)
    if first_paragraph is not None:
        first: str | None = first_paragraph
    elif parts:
        return " ".join(parts)
    else:  # a container: its first words are its items'
        first = first_in_items()
    if first is not None:
        words = first.split()
        snippet = " ".join(words[:SNIPPET_WORDS])
        if len(words) > SNIPPET_WORDS or (not words and len(first) > 40):
            snippet += "…"
        if not words:
            snippet = first[:40]
        parts.append(snippet)
    return " ".join(parts) if parts else UNTITLED
