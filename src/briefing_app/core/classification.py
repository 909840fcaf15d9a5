"""Security classification levels and the marking printed on every page of a note."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Classification(StrEnum):
    """Classification levels, lowest first: a note is marked at the highest level it holds."""

    UNCLASSIFIED = "UNCLASSIFIED"
    OFFICIAL = "OFFICIAL"
    RESTRICTED = "RESTRICTED"
    CONFIDENTIAL = "CONFIDENTIAL"
    SECRET = "SECRET"
    TOP_SECRET = "TOP SECRET"

    @property
    def rank(self) -> int:
        return list(Classification).index(self)


def highest(levels: Iterable[Classification | None]) -> Classification:
    """The highest of ``levels`` (UNCLASSIFIED when there are none)."""
    present = [level for level in levels if level is not None]
    return max(present, key=lambda level: level.rank, default=Classification.UNCLASSIFIED)


def marking(level: Classification, caveat: str = "") -> str:
    """The banner line: "SECRET//NOFORN", or just the level without a caveat."""
    caveat = " ".join(caveat.split()).upper()
    return f"{level.value}//{caveat}" if caveat else level.value
