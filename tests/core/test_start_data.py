"""What the start window reads without the models: the readout's outline, two settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.early_settings import (
    LANGUAGE_SETTINGS,
    THEME_SETTINGS,
    EarlySettings,
    read_early_settings,
)
from briefing_app.core.model import Node, Paragraph, Span
from briefing_app.core.opening import sample_project
from briefing_app.core.readout_preview import read_preview
from briefing_app.core.resources import SAMPLE_READOUT_IMPORTED, resource_bytes
from briefing_app.core.settings import AppSettings, load_settings, save_settings

_SPAN = Span(start=0, end=0)
_words = st.text(alphabet=st.sampled_from("ab cd\u3000日本 \n…"), max_size=60)


def _node(draw: st.DrawFn, depth: int, counter: list[int]) -> Node:
    counter[0] += 1
    items = (
        draw(st.lists(st.deferred(lambda: _nodes(depth + 1, counter)), max_size=3))
        if depth < 3
        else []
    )
    return Node(
        id=f"n{counter[0]}",
        number=draw(st.none() | st.sampled_from(["1", "(2)", "IV", "１"])),
        heading=draw(st.none() | _words),
        paragraphs=[
            Paragraph(text=text, span=_SPAN) for text in draw(st.lists(_words, max_size=2))
        ],
        items=items,
    )


def _nodes(depth: int, counter: list[int]) -> st.SearchStrategy[Node]:
    return st.composite(lambda draw: _node(draw, depth, counter))()


def _expected(nodes: list[Node], depth: int = 0) -> list[tuple[int, str]]:
    rows: list[tuple[int, str]] = []
    for node in nodes:
        rows.append((depth, node.label))
        rows.extend(_expected(node.items, depth + 1))
    return rows


@settings(max_examples=150, deadline=None)
@given(st.lists(_nodes(0, [0]), max_size=4), st.none() | _words)
def test_the_preview_labels_every_node_as_the_navigator_does(
    sections: list[Node], title: str | None
) -> None:
    data = json.dumps(
        {"title": title, "sections": [node.model_dump(mode="json") for node in sections]}
    ).encode()
    preview = read_preview(data)
    assert preview is not None
    assert preview.title == title
    assert [(entry.depth, entry.label) for entry in preview.outline] == _expected(sections)


def test_the_shipped_sample_previews_as_the_sample_project_shows() -> None:
    project = sample_project()
    preview = read_preview(resource_bytes(SAMPLE_READOUT_IMPORTED))
    assert preview is not None
    assert preview.title == project.readout.title
    assert preview.date == project.readout.date
    assert preview.preamble == [p.text for p in project.readout.preamble]
    assert [(e.depth, e.label) for e in preview.outline] == _expected(project.readout.sections)
    assert len(preview.outline) == 20


@given(st.binary(max_size=200) | st.from_regex(r"\A[\[\]{}\":, a-z0-9]{0,60}\Z").map(str.encode))
def test_anything_that_is_not_a_readout_gives_no_preview_and_no_error(data: bytes) -> None:
    preview = read_preview(data)
    assert preview is None or isinstance(preview.outline, list)


def test_the_early_settings_know_the_values_the_settings_model_allows() -> None:
    assert get_args(AppSettings.model_fields["language"].annotation) == LANGUAGE_SETTINGS
    assert get_args(AppSettings.model_fields["theme"].annotation) == THEME_SETTINGS


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(LANGUAGE_SETTINGS),
    st.sampled_from(THEME_SETTINGS),
    st.floats(min_value=6, max_value=40),
)
def test_the_early_settings_agree_with_the_saved_settings(
    tmp_path_factory: object, language: str, theme: str, size: float
) -> None:
    folder = tmp_path_factory.mktemp("settings")  # type: ignore[attr-defined]
    path = Path(folder) / "settings.json"
    save_settings(
        AppSettings(language=language, theme=theme, reader_font_size=size),  # type: ignore[arg-type]
        path,
    )
    loaded = load_settings(path)
    assert read_early_settings(path) == EarlySettings(
        loaded.language, loaded.theme, loaded.reader_font_size
    )


def test_odd_settings_files_give_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert read_early_settings(path) == EarlySettings()  # no file yet
    odd = (
        "not json",
        "[1, 2]",
        '{"language": 3, "theme": "purple", "reader_font_size": "big"}',
        '{"reader_font_size": 400}',
        '{"reader_font_size": true}',
        "\udcff",
    )
    for text in odd:
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        assert read_early_settings(path) == EarlySettings(), text
    path.write_text(
        '{"language": "ja", "theme": "dark", "reader_font_size": 16, "extra": 1}', encoding="utf-8"
    )
    assert read_early_settings(path) == EarlySettings("ja", "dark", 16.0)
