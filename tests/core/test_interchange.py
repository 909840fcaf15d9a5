"""A colleague's annotations merged in; annotations out and back in as W3C Web Annotations; CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.annotations import AnnotationFields, Priority
from briefing_app.core.merge import merge_annotations
from briefing_app.core.opening import sample_project
from briefing_app.core.project import Project
from briefing_app.core.web_annotation import from_web_annotations, to_csv, to_web_annotations
from briefing_app.importers import import_bytes
from tests.core.test_revision import _annotate, _revised_text


def _mine_and_theirs() -> tuple[Project, Project]:
    mine = sample_project()
    _annotate(mine, "Six-Party Talks", comment="Resume them")
    shared = _annotate(mine, "Sakhalin III project", comment="Gas prices", tags=["Risk"])
    theirs = mine.model_copy(deep=True)
    theirs.set_annotation_fields(shared.id, AnnotationFields(comment="Gas prices; METI worried"))
    _annotate(theirs, "visa procedures", comment="Consular to act", tags=["Action"])
    _annotate(theirs, "Japan-Russia cultural center", comment="Culture section")
    twin = _annotate(theirs, "North Korea", comment="Same as mine")
    for annotation in theirs.annotations:
        annotation.author = "B. Colleague"
    _annotate(mine, "North Korea", comment="Same as mine")  # made on both sides separately
    assert twin.id not in {a.id for a in mine.annotations}
    return mine, theirs


def test_merging_a_colleagues_copy_adds_theirs_and_lists_conflicts() -> None:
    mine, theirs = _mine_and_theirs()
    before = mine.model_copy(deep=True)
    result, report = merge_annotations(mine, theirs.annotations)
    assert report.summary() == "added 2, duplicate 2, conflicting 1"  # same id, same passage
    assert mine == before  # undoable: the project itself is untouched
    added = [result.annotation(i) for i in report.added]
    assert {a.comment for a in added} == {"Consular to act", "Culture section"}
    assert {a.author for a in added} == {"B. Colleague"}
    for annotation in result.annotations:
        assert result.readout.text[annotation.start : annotation.end] == annotation.quote
    (conflict,) = result.merge_conflicts
    assert result.annotation(conflict.annotation_id).comment == "Gas prices"  # ours kept
    assert conflict.theirs.comment == "Gas prices; METI worried"  # theirs waits


def test_merging_from_a_revised_readout_places_what_is_there_and_keeps_the_rest() -> None:
    mine = sample_project()
    theirs = sample_project()
    revised = import_bytes(_revised_text().encode(), "v2.txt")
    theirs.readout = revised
    _annotate(theirs, "all-time high", comment="Only in the revised text")
    _annotate(theirs, "Six-Party Talks", comment="In both")
    result, report = merge_annotations(mine, theirs.annotations)
    assert report.summary() == "added 1, duplicate 0, conflicting 0, orphaned 1"
    assert [a.comment for a in result.annotations] == ["In both"]
    assert [a.comment for a in result.orphans] == ["Only in the revised text"]


def test_w3c_export_is_a_web_annotation_collection() -> None:
    project = sample_project()
    _annotate(project, "Six-Party Talks", comment="Resume them", tags=["Action", "Key point"])
    data = to_web_annotations(project)
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 1
    (item,) = data["first"]["items"]
    assert item["type"] == "Annotation" and item["motivation"] == "commenting"
    assert [b["purpose"] for b in item["body"]] == ["commenting", "tagging", "tagging"]
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == "Six-Party Talks"
    start = selectors["TextPositionSelector"]["start"]
    assert project.readout.text[start : start + len("Six-Party Talks")] == "Six-Party Talks"
    assert item["target"]["source"].startswith("urn:sha256:")
    assert item["creator"] == {"type": "Person", "name": "A"}
    json.dumps(data)  # plain JSON all the way down


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    comment=st.text(max_size=40),
    tags=st.lists(st.sampled_from(["Action", "Risk", "Talking point", "Legal"]), unique=True),
    priority=st.sampled_from(list(Priority)),
    include=st.booleans(),
    owner=st.text(max_size=20),
    due=st.none() | st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)),
    level=st.none()
    | st.sampled_from(
        ["UNCLASSIFIED", "OFFICIAL", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"]
    ),
    start=st.integers(0, 2000),
)
def test_w3c_round_trip_keeps_every_field(
    comment: str,
    tags: list[str],
    priority: Priority,
    include: bool,
    owner: str,
    due: dt.date | None,
    level: str | None,
    start: int,
) -> None:
    project = sample_project()
    text = project.readout.text
    start = min(start, len(text) - 30)
    if not text[start : start + 20].strip():
        return
    annotation = project.new_annotation(
        start,
        start + 20,
        author="Aiko",
        comment=comment,
        tags=tags,
        priority=priority,
        include_in_brief=include,
        owner=owner,
        due=due,
        classification=level,
    )
    project.add_annotation(annotation)
    data = json.dumps(to_web_annotations(project)).encode()
    (back,) = from_web_annotations(data, "notes.json")
    assert AnnotationFields.of(back) == AnnotationFields.of(annotation)
    assert (back.id, back.author, back.quote) == (annotation.id, "Aiko", annotation.quote)
    assert (back.created, back.modified) == (annotation.created, annotation.modified)
    result, report = merge_annotations(sample_project(), [back])
    assert report.added == [annotation.id]
    assert result.annotations[0].anchor == annotation.anchor


def test_csv_has_one_row_per_annotation_with_the_readouts_references() -> None:
    project = sample_project()
    _annotate(project, "Six-Party Talks", comment="Resume, them", tags=["Action", "Risk"])
    rows = list(csv.reader(io.StringIO(to_csv(project))))
    assert rows[0] == ["section", "quote", "comment", "tags", "priority", "owner", "due", "author"]
    assert rows[1] == [
        "§7(1)",
        "Six-Party Talks",
        "Resume, them",
        "Action; Risk",
        "normal",
        "",
        "",
        "A",
    ]
