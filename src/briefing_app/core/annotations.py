"""Annotations on a readout: what a desk officer marks up, anchored to the exact passage.

Anchors follow the W3C Web Annotation model: a TextQuoteSelector (the exact quote with a
little context either side) and a TextPositionSelector (character offsets). Offsets are into
the readout's normalised text, which structure fixes never change, so an annotation stays on
its passage when sections are split or merged; the quote finds it again if the text is revised.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_TAGS: tuple[str, ...] = (
    "Key point",
    "Action",
    "Risk",
    "Question",
    "Follow-up",
    "Talking point",
)
CONTEXT_CHARS = 32


class Priority(StrEnum):
    """How much an annotation matters to the brief."""

    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class TextQuoteSelector(BaseModel):
    """The exact quote plus up to :data:`CONTEXT_CHARS` characters either side."""

    model_config = ConfigDict(frozen=True)

    type: str = "TextQuoteSelector"
    exact: str = Field(min_length=1)
    prefix: str = ""
    suffix: str = ""


class TextPositionSelector(BaseModel):
    """Character offsets ``[start, end)`` into the readout's normalised text."""

    model_config = ConfigDict(frozen=True)

    type: str = "TextPositionSelector"
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Anchor(BaseModel):
    """Where an annotation points: a node (section or item) and a passage in the text."""

    model_config = ConfigDict(frozen=True)

    node_id: str
    quote: TextQuoteSelector
    position: TextPositionSelector


def now() -> dt.datetime:
    """The current time, timezone-aware and to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class AnnotationFields(BaseModel):
    """The user-editable part of an annotation (what an edit command swaps)."""

    comment: str = ""
    tags: list[str] = Field(default_factory=list)
    priority: Priority = Priority.NORMAL
    include_in_brief: bool = True
    owner: str = ""
    due: dt.date | None = None
    classification: str | None = None
    """Portion marking of this passage (a level id of the project's marking scheme); the
    note is marked at least this high."""
    resolved: bool = False
    """Marked done: hidden by default, written to Word as a resolved comment."""

    @field_validator("tags")
    @classmethod
    def _unique_tags(cls, tags: list[str]) -> list[str]:
        return list(dict.fromkeys(t.strip() for t in tags if t.strip()))

    @classmethod
    def of(cls, annotation: Annotation) -> AnnotationFields:
        """The editable fields of ``annotation``."""
        return cls.model_validate(annotation.model_dump(include=set(cls.model_fields)))


class Annotation(AnnotationFields):
    """One annotation: its anchor and who made it when, plus the editable fields."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    anchor: Anchor
    author: str = ""
    created: dt.datetime = Field(default_factory=now)
    modified: dt.datetime = Field(default_factory=now)
    reply_to: str | None = None
    """The annotation this one answers (a reply in a Word comment thread)."""
    revised_from: str | None = None
    """Set when a revised readout reworded this passage: the wording the annotation was made
    on. The user accepts the new wording, re-anchors or deletes (the review queue)."""

    @property
    def quote(self) -> str:
        return self.anchor.quote.exact

    @property
    def start(self) -> int:
        return self.anchor.position.start

    @property
    def end(self) -> int:
        return self.anchor.position.end
