"""The public JSON form of a readout printed by ``briefing-app inspect --json``.

A documented contract (see the README): keys are only ever added, never renamed or removed.
"""

from __future__ import annotations

from typing import Any

from briefing_app.core.model import Node, Readout

PUBLIC_JSON_VERSION = 2
"""2 added ``doubts``."""


def node_to_public(node: Node) -> dict[str, Any]:
    """One section or item as a plain dict."""
    return {
        "id": node.id,
        "number": node.number,
        "marker": node.marker,
        "heading": node.heading,
        "paragraphs": [p.text for p in node.paragraphs],
        "items": [node_to_public(item) for item in node.items],
    }


def readout_to_public(readout: Readout) -> dict[str, Any]:
    """The whole readout as the documented JSON object."""
    return {
        "format_version": PUBLIC_JSON_VERSION,
        "title": readout.title,
        "date": readout.date,
        "source": readout.source,
        "attribution": readout.attribution,
        "source_format": readout.source_format,
        "preamble": [p.text for p in readout.preamble],
        "sections": [node_to_public(section) for section in readout.sections],
        "removed": [line.text for line in readout.removed],
        "doubts": [{"kind": d.kind, "message": d.message} for d in readout.doubts],
    }
