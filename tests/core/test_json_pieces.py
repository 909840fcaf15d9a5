"""A model's JSON in bounded pieces: the same value as pydantic's, cut where it may be cut."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, Field, field_serializer

from briefing_app.core.json_pieces import json_pieces


class Item(BaseModel):
    name: str
    tags: list[str] = Field(default_factory=list)


class Inner(BaseModel):
    text: str = ""
    items: list[Item] = Field(default_factory=list)


class Outer(BaseModel):
    from_: str = Field(default="", alias="from")
    inner: Inner = Field(default_factory=Inner)
    body: str = ""
    items: list[Item] = Field(default_factory=list)
    seen: set[str] = Field(default_factory=set)
    secret: str = Field(default="", exclude=True)
    count: int = 0

    @field_serializer("seen")
    def _sorted(self, seen: set[str]) -> list[str]:
        return sorted(seen)


texts = st.text(st.characters(codec="utf-8"), max_size=300)
items = st.builds(Item, name=texts, tags=st.lists(texts, max_size=3))
outers = st.builds(
    Outer,
    **{"from": texts},
    inner=st.builds(Inner, text=texts, items=st.lists(items, max_size=5)),
    body=texts,
    items=st.lists(items, max_size=8),
    seen=st.sets(texts, max_size=3),
    secret=texts,
    count=st.integers(),
)


@given(outers, st.integers(min_value=1, max_value=400))
def test_the_pieces_make_the_same_json_as_pydantic(model: Outer, piece_chars: int) -> None:
    pieces = list(json_pieces(model, piece_chars=piece_chars))
    assert json.loads("".join(pieces)) == json.loads(model.model_dump_json(by_alias=True))
    whole = [*model.items, *model.inner.items]  # list items are written whole
    largest = max((len(item.model_dump_json()) for item in whole), default=0)
    longest_other = len(model.model_dump_json(include={"seen"})) + 40
    assert max(map(len, pieces)) <= piece_chars + max(largest, longest_other) + 20


def test_a_long_text_is_cut_into_pieces_that_join_back() -> None:
    body = 'quote " backslash \\ newline \n tab \t nul \x00 日本語 ' * 400
    model = Outer(body=body)
    pieces = list(json_pieces(model, opening='{"format": "x", ', piece_chars=1000))
    assert len(pieces) > len(body) // 1000
    assert max(map(len, pieces)) < 2000
    decoded = json.loads("".join(pieces))
    assert decoded["format"] == "x" and decoded["body"] == body
    assert "secret" not in decoded and "from" in decoded


def test_one_huge_list_item_is_taken_apart() -> None:
    """One section holding most of a readout must not become one long piece."""
    huge = Item(name="x" * 5000, tags=["y" * 1500, "z" * 1500])
    model = Outer(items=[Item(name="a"), huge, Item(name="b")], inner=Inner(items=[huge]))
    pieces = list(json_pieces(model, piece_chars=1000))
    # the name is cut; a list of plain strings (3,000 characters of tags) stays whole
    assert max(map(len, pieces)) < 1000 + 3010 + 100
    assert json.loads("".join(pieces)) == json.loads(model.model_dump_json(by_alias=True))
