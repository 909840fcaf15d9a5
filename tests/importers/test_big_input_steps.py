"""A big readout is validated and released in steps (so a worker never holds the interpreter
lock for long); the result is the same readout as validating it in one go."""

from __future__ import annotations

import importlib

import pytest

from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers import import_bytes, import_text
from briefing_app.importers.assemble import Extracted, assemble
from briefing_app.importers.plaintext import text_to_blocks

assemble_module = importlib.import_module("briefing_app.importers.assemble")


def _readout_text() -> str:
    lines = ["Meeting Readout", "The ministers met."]
    for number in range(1, 6):
        lines.append(f"{number}. Topic {number}")
        lines += [f"Paragraph {number}.{k} of the topic." for k in range(1, 12)]
        lines += [f"- ({k}) Item {k} of topic {number}." for k in range(1, 5)]
    return "\n".join(lines) + "\n"


def test_validating_in_small_steps_gives_the_same_readout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _readout_text()
    whole = import_text(text)
    calls: list[int] = []
    real = assemble_module._PARAGRAPHS

    class Counting:
        def validate_python(self, data: list[object], **options: object) -> object:
            calls.append(len(data))
            return real.validate_python(data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(assemble_module, "_VALIDATE_CHUNK", 3)
    monkeypatch.setattr(assemble_module, "_PARAGRAPHS", Counting())
    stepped = import_text(text)
    assert stepped == whole
    assert stepped.node_count() == whole.node_count() > 20
    assert calls and max(calls) <= 3  # never more than one step's worth in one call


def test_assemble_releases_the_extractors_blocks() -> None:
    extracted = Extracted(blocks=text_to_blocks(_readout_text()), source_format="text")
    assert len(extracted.blocks) > 50
    readout = assemble(extracted)
    assert extracted.blocks == []
    assert len(readout.sections) == 5


@pytest.mark.parametrize("data", [b"", b" \r\n\t \n", "\u3000\r\n".encode()])
def test_blank_files_are_still_refused(data: bytes) -> None:
    with pytest.raises(ReadoutImportError, match=r"^x\.txt: the file (is empty|has no text)$"):
        import_bytes(data, "x.txt")


def test_carriage_returns_still_become_newlines() -> None:
    readout = import_bytes(_readout_text().replace("\n", "\r\n").encode(), "x.txt")
    assert "\r" not in readout.text
    assert readout == import_bytes(_readout_text().encode(), "x.txt")
