"""Finding words across a readout's visible text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.core.anchoring import OffsetIndex
from briefing_app.core.model import Readout

MAX_HITS = 500


@dataclass(frozen=True)
class Hit:
    """One occurrence: where it is in the normalised text and which node shows it."""

    start: int
    end: int
    node_id: str


def find_hits(readout: Readout, query: str, limit: int = MAX_HITS) -> list[Hit]:
    """Case-insensitive occurrences of ``query`` outside removed chrome, in text order."""
    query = query.strip()
    if not query:
        return []
    index = OffsetIndex(readout)
    removed = [(r.span.start, r.span.end) for r in readout.removed if r.span is not None]
    hits: list[Hit] = []
    for match in re.finditer(re.escape(query), readout.text, re.IGNORECASE):
        if any(a <= match.start() < b for a, b in removed):
            continue
        hits.append(Hit(match.start(), match.end(), index.node_at(match.start()) or ""))
        if len(hits) >= limit:
            break
    return hits
