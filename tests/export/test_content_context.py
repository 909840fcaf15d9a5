"""The template context built from a note's content: the same data as the content's dump,
every passage and section dumped once, and every string XML can hold."""

from __future__ import annotations

import pytest

from briefing_app.core.project import Project
from briefing_app.core.project_io import load_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.content import BriefContent, build_content


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
