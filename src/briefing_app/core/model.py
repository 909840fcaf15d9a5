"""The readout document model: what an importer produces and everything else reads.

Every piece of text in a :class:`Readout` is an exact slice of :attr:`Readout.text`, the
normalised source text, and records its :class:`Span` there. That is what lets annotations be
anchored by quote and position, and what lets tests prove that no text is ever lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from briefing_app.core.labels import node_label
from briefing_app.core.messages import ParamValue, english

READOUT_SCHEMA_VERSION = 1


class Span(BaseModel):
    """A half-open character range ``[start, end)`` in the normalised text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __len__(self) -> int:
        return self.end - self.start


class Paragraph(BaseModel):
    """One paragraph of running text; ``text`` equals ``Readout.text[span.start:span.end]``."""

    text: str
    span: Span


class Node(BaseModel):
    """A section or an item: optional marker, optional heading, paragraphs and child items."""

    id: str
    number: str | None = None
    """The number as printed, without a trailing period: "1", "(1)", "I", "１"; None for bullets."""
    marker: str | None = None
    """The whole marker as printed ("1.", "- (1)", "•"), None for an unnumbered heading."""
    marker_span: Span | None = None
    heading: str | None = None
    heading_span: Span | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    items: list[Node] = Field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        """Yield this node and all its descendants in document order."""
        yield self
        for item in self.items:
            yield from item.walk()

    @property
    def label(self) -> str:
        """A short human label: number and heading, or the first words of the text."""
        return node_label(
            self.number,
            self.heading,
            self.paragraphs[0].text if self.paragraphs else None,
            lambda: next((p.text for node in self.walk() for p in node.paragraphs), None),
        )


class RemovedLine(BaseModel):
    """Text dropped as site chrome, kept so the user can see and restore it."""

    text: str
    span: Span | None = None
    """Where it stood in the normalised text; None for chrome dropped before normalising
    (an HTML page's navigation, for example)."""
    reason: str


SourceFormat = Literal["text", "markdown", "html", "docx", "pdf", "email", "odt", "rtf"]


DoubtKind = Literal[
    "title", "date", "chrome", "numbering", "headings", "format", "encoding", "other"
]


class Doubt(BaseModel):
    """Something the importer is unsure of, said to the user once after opening.

    ``kind`` says which one-click fix the app offers: "title"/"date" (use another line),
    "chrome" (restore removed lines), "numbering"/"headings" (structure fixes).
    """

    kind: DoubtKind
    message: str
    """One sentence for the user: "Title guessed from line 3", "12 lines removed as site
    chrome", "Section numbering jumps from 2 to 5"."""
    code: str = ""
    """The message's code in :data:`briefing_app.core.messages.MESSAGES` ("" in projects saved
    before codes existed: the GUI then shows ``message`` as it is)."""
    params: dict[str, ParamValue] = Field(default_factory=dict)
    """The values filling the message's placeholders."""
    span: Span | None = None
    """Where in the normalised text the doubt is about, when it is about one place."""

    @classmethod
    def coded(
        cls, kind: DoubtKind, code: str, *, span: Span | None = None, **params: ParamValue
    ) -> Doubt:
        """The doubt saying message ``code`` (its English filled in from ``params``)."""
        return cls(kind=kind, message=english(code, params), code=code, params=params, span=span)


class Readout(BaseModel):
    """An imported readout: metadata, preamble, sections, removed chrome and the source text."""

    schema_version: int = READOUT_SCHEMA_VERSION
    title: str | None = None
    title_span: Span | None = None
    date: str | None = None
    """The date as printed ("Saturday, January 28", "2023-06-22"), if one was found."""
    date_span: Span | None = None
    """Set when the date stands outside every other node (e.g. glued to the title)."""
    source: str | None = None
    attribution: str | None = None
    attribution_span: Span | None = None
    preamble: list[Paragraph] = Field(default_factory=list)
    sections: list[Node] = Field(default_factory=list)
    removed: list[RemovedLine] = Field(default_factory=list)
    text: str = ""
    """The normalised source text every span points into."""
    doubts: list[Doubt] = Field(default_factory=list)
    """What the importer is unsure of (empty when it is sure)."""
    source_format: SourceFormat = "text"
    encoding: str | None = None

    def walk(self) -> Iterator[Node]:
        """Yield every node (sections and items, recursively) in document order."""
        for section in self.sections:
            yield from section.walk()

    def find_node(self, node_id: str) -> Node | None:
        """Return the node with ``node_id``, or None."""
        return next((n for n in self.walk() if n.id == node_id), None)

    def node_count(self) -> int:
        """How many nodes the readout has, at every depth."""
        return sum(1 for _ in self.walk())
