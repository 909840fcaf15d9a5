"""The template context built from a note's content: the same data as the content's dump,
every passage and section dumped once, and every string XML can hold."""

from __future__ import annotations

import pytest

from briefing_app.core.project import Project
from briefing_app.core.project_io import load_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.content import BriefContent, build_content, clean_quote, marker_spans


@pytest.fixture(scope="module")
def example() -> Project:
    return load_project(resource_path(EXAMPLE_PROJECT))


def _nested_item(content: BriefContent) -> tuple[int, int]:
    """Indexes of the first section with an item (the example has numbered items)."""
    index = next(i for i, s in enumerate(content.sections) if s.items)
    return index, 0


@pytest.mark.parametrize("included_only", [True, False])
def test_context_is_the_contents_plain_dump(example: Project, included_only: bool) -> None:
    content = build_content(example, included_only=included_only)
    context = content.context()
    assert context == content.model_dump()
    assert list(context) == list(BriefContent.model_fields)


def test_a_passage_is_one_dict_wherever_it_is_listed(example: Project) -> None:
    context = build_content(example).context()
    first = context["annotations"][0]  # type: ignore[index]
    in_sections = [
        passage
        for section in _walk(context["sections"])  # type: ignore[arg-type]
        for passage in section["annotations"]
        if passage["id"] == first["id"]
    ]
    placed = [p for ps in context["placed"].values() for p in ps if p["id"] == first["id"]]  # type: ignore[attr-defined]
    assert in_sections and placed
    assert all(p is first for p in in_sections + placed)


def test_a_control_character_in_a_nested_items_paragraph_is_cleaned(example: Project) -> None:
    """Sections are probed without what is nested in them, and their items each on their own."""
    content = build_content(example)
    section, item = _nested_item(content)
    content.sections[section].items[item].paragraphs[0] = "item\x01text"
    sections = content.context()["sections"]
    assert sections[section]["items"][item]["paragraphs"][0] == "itemtext"  # type: ignore[index]


def test_a_control_character_in_a_passage_left_out_of_the_brief_is_cleaned(
    example: Project,
) -> None:
    """A passage not included in the brief is listed only under its section: probed too."""
    content = build_content(example)
    left_out = next(
        p for s in _walk_models(content.sections) for p in s.annotations if not p.include
    )
    left_out.comment = "left\x02out \ud800"
    sections = content.context()["sections"]
    comments = [p["comment"] for s in _walk(sections) for p in s["annotations"]]  # type: ignore[arg-type]
    assert "leftout " in comments


def _walk(sections: list[dict[str, object]]) -> list[dict[str, object]]:
    found = []
    for section in sections:
        found.append(section)
        found.extend(_walk(section["items"]))  # type: ignore[arg-type]
    return found


def _walk_models(sections: list) -> list:  # type: ignore[type-arg]
    found = []
    for section in sections:
        found.append(section)
        found.extend(_walk_models(section.items))
    return found


def test_quotes_lose_the_list_markers_inside_them(example: Project) -> None:
    """A passage running over item markers is quoted without them, whichever marker it
    starts after (the markers are looked up from the passage on, not from the start)."""
    readout = example.readout
    markers = marker_spans(readout)
    nodes = [n for n in readout.walk() if n.marker_span is not None and n.paragraphs]
    assert len(nodes) > 3
    for node in nodes[1:]:
        span = node.marker_span
        assert span is not None
        start, end = span.start - 5, node.paragraphs[0].span.start + 10
        quote = clean_quote(readout, start, end, markers)
        assert node.marker not in quote
        assert quote == clean_quote(readout, start, end)  # the same when it finds the markers
        assert quote.endswith(readout.text[end - 10 : end].strip())


def test_section_labels_are_the_nodes_labels(example: Project) -> None:
    content = build_content(example)
    by_id = {node.id: node for node in example.readout.walk()}
    sections = _walk_models(content.sections)
    assert len(sections) == len(by_id)
    assert all(section.label == by_id[section.id].label for section in sections)
