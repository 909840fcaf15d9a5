"""The readout model: exact, versioned JSON round trips and helpers used by every view."""

from __future__ import annotations

import json

from briefing_app.core.model import READOUT_SCHEMA_VERSION, Readout
from briefing_app.importers import import_path
from tests.conftest import INDIA, SAMPLE


def test_json_round_trip_is_exact() -> None:
    for path in (SAMPLE, INDIA):
        readout = import_path(path)
        dumped = readout.model_dump_json()
        assert json.loads(dumped)["schema_version"] == READOUT_SCHEMA_VERSION
        again = Readout.model_validate_json(dumped)
        assert again == readout
        assert again.model_dump_json() == dumped


def test_paragraph_spans_point_into_the_normalised_text() -> None:
    readout = import_path(SAMPLE)
    for node in readout.walk():
        for paragraph in node.paragraphs:
            assert readout.text[paragraph.span.start : paragraph.span.end] == paragraph.text


def test_find_node_and_labels() -> None:
    readout = import_path(SAMPLE)
    assert readout.node_count() == 20
    node = readout.find_node("n19")
    assert node is not None and node.label == "(1) North Korea"
    unheaded = readout.sections[0].items[0]
    assert unheaded.label.startswith("(1) With the events such as the")
    assert readout.find_node("missing") is None
