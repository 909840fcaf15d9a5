"""How a reader finds a passage in the readout: references built from what the readout prints.

Numbered sections and items keep their printed numbers ("§5(3)"); a numbered paragraph under
an unnumbered heading is "'Heading', ¶25"; an unnumbered heading is named. Positions are
never counted, so a reference never invents a number the readout does not print.
"""

from __future__ import annotations

import unicodedata

from pydantic import BaseModel

from briefing_app.core.model import Node


def _fold_number(number: str) -> str:
    return unicodedata.normalize("NFKC", number).strip().rstrip(".")


def section_refs(sections: list[Node]) -> dict[str, str]:
    """Node id → how a reader finds it in the readout, using only what the readout prints.

    Numbered sections and items keep their printed numbers ("§5(3)", "§2.1"); a numbered
    paragraph under an unnumbered heading is "'Heading', ¶25"; an unnumbered heading is
    referred to by its name ("'Deepening Strategic Convergence'"); a bullet or other
    unnumbered, unheaded item takes its parent's reference. Positions are never counted,
    so a reference never invents a number the readout does not print.
    """
    refs: dict[str, str] = {}

    def visit(nodes: list[Node], place: _Place, depth: int) -> None:
        for node in nodes:
            here = place.enter(node, depth)
            refs[node.id] = here.text()
            visit(node.items, here, depth + 1)

    visit(sections, _Place(), 0)
    return refs


class _Place(BaseModel):
    """Where a node sits, in the readout's own terms: a heading name and/or printed numbers."""

    name: str = ""
    number: str = ""
    tail: str = ""
    paragraph: bool = False
    """Numbered paragraphs inside a section (a joint statement's "25."), not sections."""

    def enter(self, node: Node, depth: int) -> _Place:
        if node.number:
            token = _fold_number(node.number)
            if not self.number:
                return _Place(name=self.name, number=token, paragraph=depth > 0)
            number = self.number + token if token.startswith("(") else f"{self.number}.{token}"
            return _Place(name=self.name, number=number, paragraph=self.paragraph)
        if node.heading:
            heading = " ".join(node.heading.split()).rstrip(":")
            if self.number:
                return self.model_copy(update={"tail": heading})
            return _Place(name=heading)
        return self

    def text(self) -> str:
        if self.number and self.name:
            ref = f"'{self.name}', ¶{self.number}"
        elif self.number:
            ref = f"¶{self.number}" if self.paragraph else f"§{self.number}"
        elif self.name:
            ref = f"'{self.name}'"
        else:
            return OPENING
        return f"{ref}, '{self.tail}'" if self.tail else ref


OPENING = "Opening"
"""The reference of text before the readout's first heading or number."""
