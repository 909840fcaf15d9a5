"""What the first window shows of a readout, read from its JSON without loading the model.

The app starts on the built-in sample, which ships as a readout's JSON. Its outline and
cover page can be painted from the plain JSON at once, while the model (pydantic) loads for
the editor; the labels come from the same :func:`~briefing_app.core.labels.node_label` the
navigator uses, so the two agree.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any, NamedTuple

from briefing_app.core.labels import node_label

logger = logging.getLogger(__name__)


class OutlineEntry(NamedTuple):
    """One row of the outline: a section (depth 0) or an item under it."""

    depth: int
    label: str


class ReadoutPreview(NamedTuple):
    """A readout's cover page and outline, as plain values."""

    title: str | None
    date: str | None
    preamble: list[str]
    outline: list[OutlineEntry]


def _texts(node: dict[str, Any]) -> list[str]:
    return [p["text"] for p in node.get("paragraphs") or ()]


def _first_paragraph(node: dict[str, Any]) -> str | None:
    for text in _texts(node):
        return text
    for item in node.get("items") or ():
        found = _first_paragraph(item)
        if found is not None:
            return found
    return None


def _outline(nodes: list[dict[str, Any]], depth: int) -> Iterator[OutlineEntry]:
    for node in nodes:
        texts = _texts(node)
        label = node_label(
            node.get("number"),
            node.get("heading"),
            texts[0] if texts else None,
            lambda node=node: _first_paragraph(node),
        )
        yield OutlineEntry(depth, label)
        yield from _outline(node.get("items") or [], depth + 1)


def read_preview(data: bytes) -> ReadoutPreview | None:
    """The preview of a readout's JSON (``Readout.model_dump_json``); None if it is not one."""
    try:
        raw = json.loads(data)
        return ReadoutPreview(
            title=raw.get("title"),
            date=raw.get("date"),
            preamble=[p["text"] for p in raw.get("preamble") or ()],
            outline=list(_outline(raw.get("sections") or [], 0)),
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        logger.warning("No preview of the readout: %s", exc)
        return None
