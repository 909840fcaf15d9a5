"""A pydantic model's JSON text in pieces of bounded size, so a caller on the UI thread can take
a snapshot of a big project a few milliseconds at a time.

``"".join(json_pieces(model))`` decodes to the same value as
``model.model_dump_json(by_alias=True)``.
Long lists of models are cut between their items, long strings (a readout's text) between
characters, and everything else is written by pydantic itself, one field at a time, so field
serializers and aliases still apply. A list item larger than a piece (one huge section) is
taken apart the same way.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

from pydantic import BaseModel
from pydantic_core import to_json

logger = logging.getLogger(__name__)

PIECE_CHARS = 32_000
"""About this much JSON text per piece: well under a millisecond of pydantic work."""


def json_pieces(
    model: BaseModel, *, opening: str = "{", piece_chars: int = PIECE_CHARS
) -> Iterator[str]:
    """``model``'s JSON (by alias) in pieces of about ``piece_chars`` characters; the text
    starts with ``opening`` instead of ``{`` (to put other keys first)."""
    parts: list[str] = []
    size = 0
    for fragment in _model_fragments(model, opening, piece_chars):
        parts.append(fragment)
        size += len(fragment)
        if size >= piece_chars:
            yield "".join(parts)
            parts, size = [], 0
    if parts:
        yield "".join(parts)


def _model_fragments(model: BaseModel, opening: str, piece_chars: int) -> Iterator[str]:
    cls = type(model)
    serialized_by_pydantic: set[str] = set()
    for decorator in cls.__pydantic_decorators__.field_serializers.values():
        serialized_by_pydantic.update(decorator.info.fields)
    yield opening
    comma = ""
    for name, field in cls.model_fields.items():
        if field.exclude:
            continue
        key = json.dumps(field.serialization_alias or field.alias or name) + ":"
        value = getattr(model, name)
        if name in serialized_by_pydantic:
            pass
        elif isinstance(value, BaseModel):
            yield comma + key
            yield from _model_fragments(value, "{", piece_chars)
            comma = ","
            continue
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            yield comma + key + "["
            for position, item in enumerate(value):
                if not isinstance(item, BaseModel):
                    text = to_json(item, by_alias=True).decode("utf-8")
                elif _heavier_than(item, piece_chars):  # one huge section: into its parts
                    yield "," if position else ""
                    yield from _model_fragments(item, "{", piece_chars)
                    continue
                else:
                    text = item.model_dump_json(by_alias=True)
                yield "," + text if position else text
            yield "]"
            comma = ","
            continue
        elif isinstance(value, str) and len(value) > piece_chars:
            yield comma + key + '"'
            for start in range(0, len(value), piece_chars):
                yield json.dumps(value[start : start + piece_chars], ensure_ascii=False)[1:-1]
            yield '"'
            comma = ","
            continue
        written = model.model_dump_json(by_alias=True, include={name})[1:-1]
        if written:
            yield comma + written
            comma = ","
    yield "}"


def _heavier_than(model: BaseModel, limit: int) -> bool:
    """Whether ``model`` holds more than about ``limit`` characters of text, counting each
    model as 16 (the walk stops as soon as it knows)."""
    weight = 0
    stack: list[object] = [model]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            weight += len(value)
        elif isinstance(value, BaseModel):
            weight += 16
            stack.extend(value.__dict__.values())
        elif isinstance(value, (list, tuple, set, frozenset)):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
            weight += len(value) * 16
        if weight > limit:
            return True
    return False
