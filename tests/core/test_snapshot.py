"""The copy of a project handed to a worker (an export) equals it and shares nothing with it."""

from __future__ import annotations

import datetime as dt

from briefing_app.core.opening import sample_project
from briefing_app.core.project_io import parse_project, snapshot_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes


def test_a_snapshot_equals_the_example_project_and_is_independent() -> None:
    project = parse_project(resource_bytes(EXAMPLE_PROJECT), "example")
    project.set_note_field("from_", "Desk officer")  # a field saved under another name
    project.set_reviewed(project.readout.sections[0].id, True)
    copy = snapshot_project(project)
    assert copy == project
    assert copy.note.from_ == "Desk officer"
    assert copy.reviewed == project.reviewed and isinstance(copy.reviewed, set)
    first = copy.annotations[0]
    first.comment = "changed in the copy"
    first.tags.append("Risk")
    node = next(n for n in copy.readout.walk() if n.paragraphs)
    node.paragraphs[0].text = "changed"
    unreviewed = next(n.id for n in project.readout.walk() if n.id not in project.reviewed)
    copy.set_reviewed(unreviewed, True)
    assert project.annotations[0].comment != "changed in the copy"
    assert project.annotations[0].tags != first.tags
    assert all(p.text != "changed" for n in project.readout.walk() for p in n.paragraphs)
    assert unreviewed not in project.reviewed


def test_a_snapshot_keeps_dates_and_times() -> None:
    project = sample_project()
    paragraph = next(n for n in project.readout.walk() if n.paragraphs).paragraphs[0]
    annotation = project.new_annotation(paragraph.span.start, paragraph.span.start + 5, author="A")
    annotation.due = dt.date(2026, 12, 15)
    project.annotations.append(annotation)
    copy = snapshot_project(project)
    assert copy.annotations[0].due == dt.date(2026, 12, 15)
    assert copy.annotations[0].created == annotation.created
    assert copy == project
