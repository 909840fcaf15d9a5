"""Property tests: saving then loading a project is the identity; any valid project exports."""

from __future__ import annotations

import datetime as dt
import io

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.annotations import DEFAULT_TAGS, Priority
from briefing_app.core.opening import sample_project
from briefing_app.core.project import Project
from briefing_app.core.project_io import dump_project, parse_project
from briefing_app.export.render import render_note
from briefing_app.export.templates import find_template

BASE = sample_project()
TEXT_LENGTH = len(BASE.readout.text)
free_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)

annotation = st.fixed_dictionaries(
    {
        "start": st.integers(0, TEXT_LENGTH - 2),
        "length": st.integers(1, 60),
        "comment": free_text,
        "tags": st.lists(st.sampled_from([*DEFAULT_TAGS, "Légal", "機密"]), max_size=3),
        "priority": st.sampled_from(list(Priority)),
        "include": st.booleans(),
        "owner": free_text,
        "due": st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
        "level": st.none()
        | st.sampled_from(
            ["UNCLASSIFIED", "OFFICIAL", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"]
        ),
    }
)


def _project(annotations: list[dict[str, object]], note: str, reviewed: list[str]) -> Project:
    project = BASE.model_copy(deep=True)
    text = project.readout.text
    for spec in annotations:
        start = int(spec["start"])  # type: ignore[call-overload]
        end = min(start + int(spec["length"]), len(text))  # type: ignore[call-overload]
        if not text[start:end].strip():
            continue
        project.add_annotation(
            project.new_annotation(
                start,
                end,
                author="p",
                comment=spec["comment"],
                tags=spec["tags"],
                priority=spec["priority"],
                include_in_brief=spec["include"],
                owner=spec["owner"],
                due=spec["due"],
                classification=spec["level"],
            )
        )
    for node_id in reviewed:
        project.set_reviewed(node_id, True)
    project.set_section_note("n9", note)
    project.set_note_field("summary", note)
    return project


projects = st.builds(
    _project,
    st.lists(annotation, max_size=12),
    free_text,
    st.lists(st.sampled_from([f"n{i}" for i in range(1, 21)]), max_size=5),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects)
def test_save_then_load_is_the_identity(project: Project) -> None:
    data = dump_project(project)
    loaded = parse_project(data, "p.briefing")
    assert loaded == project
    assert dump_project(loaded) == data


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects)
def test_any_valid_project_exports_a_docx_python_docx_reopens(project: Project) -> None:
    data = render_note(project, find_template("annotated-readout"))
    document = docx.Document(io.BytesIO(data))
    assert document.sections[0].header.paragraphs[0].text
