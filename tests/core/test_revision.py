"""A revised readout: annotations unchanged, moved, changed or orphaned; notes and marks follow."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.annotations import Annotation
from briefing_app.core.coverage import coverage_problems
from briefing_app.core.opening import sample_project
from briefing_app.core.project import Project, text_hash
from briefing_app.core.project_io import dump_project, parse_project
from briefing_app.core.resources import SAMPLE_READOUT, resource_bytes
from briefing_app.core.revision import AnchorState, revise
from briefing_app.importers import import_bytes

SAMPLE = resource_bytes(SAMPLE_READOUT).decode("utf-8")

# The ministry's corrected version of the sample readout, as such corrections come: a
# sentence reworded, a sentence dropped, an item added, and two items swapped.
REVISIONS = [
    (  # reworded: "record figure" becomes "all-time high"
        "Japanese-Russian trade reached a record figure of over 30 billion US dollars in 2011",
        "Japanese-Russian trade reached an all-time high of over 30 billion US dollars in 2011",
    ),
    (  # dropped
        " This is to be discussed in the future.",
        "",
    ),
    (  # added: a new item before (2) shifts everything after it
        "- (2) The Foreign Ministers agreed to cooperate closely toward the APEC Summit",
        "- (2) The Foreign Ministers noted progress on fisheries.\n"
        "- (3) The Foreign Ministers agreed to cooperate closely toward the APEC Summit",
    ),
]


def _revised_text() -> str:
    text = SAMPLE
    for old, new in REVISIONS:
        assert old in text
        text = text.replace(old, new, 1)
    # the two items of section 6 swap places
    one = text[text.index("- (1) The Foreign Ministers agreed to aim") :]
    one = one[: one.index("\n") + 1]
    two = text[text.index("- (2) The Foreign Ministers welcomed a substantial") :]
    two = two[: two.index("\n") + 1]
    return text.replace(one + two, two.replace("(2)", "(1)") + one.replace("(1)", "(2)"))


def _annotate(project: Project, phrase: str, **fields: object) -> Annotation:
    start = project.readout.text.index(phrase)
    annotation = project.new_annotation(start, start + len(phrase), author="A", **fields)
    project.add_annotation(annotation)
    return annotation


def _project_with_markup() -> tuple[Project, dict[str, Annotation]]:
    project = sample_project()
    marks = {
        "unchanged": _annotate(project, "Six-Party Talks", comment="Resume them"),
        "shifted": _annotate(project, "APEC Summit in Vladivostok in September"),
        "swapped": _annotate(project, "Japan-Russia cultural center", tags=["Action"]),
        "reworded": _annotate(project, "a record figure of over 30 billion US dollars"),
        "dropped": _annotate(project, "This is to be discussed in the future."),
    }
    project.set_section_note("n9", "Hold the line.")  # 4. Territorial Issues: edited
    project.set_section_note("n19", "North Korea: note.")  # unchanged
    project.set_reviewed("n9", True)
    project.set_reviewed("n19", True)
    return project, marks


def test_a_corrected_readout_carries_every_annotation_and_says_how() -> None:
    project, marks = _project_with_markup()
    revised_text = _revised_text()
    revised = import_bytes(revised_text.encode(), "readout-v2.txt")
    before = project.model_copy(deep=True)
    result, report = revise(project, revised, source="readout-v2.txt", original_text=revised_text)
    assert project == before  # the project itself is untouched (the app can undo)
    states = {name: report.states[a.id] for name, a in marks.items()}
    assert states == {
        "unchanged": AnchorState.UNCHANGED,
        "shifted": AnchorState.UNCHANGED,  # same line, later in the text: not "moved"
        "swapped": AnchorState.MOVED,
        "reworded": AnchorState.CHANGED,
        "dropped": AnchorState.ORPHANED,
    }
    assert report.summary() == "unchanged 2, moved 1, changed 1, orphaned 1"
    text = result.readout.text
    for annotation in result.annotations:  # every carried annotation quotes its passage
        assert text[annotation.start : annotation.end] == annotation.quote
    changed = next(a for a in result.annotations if a.id == marks["reworded"].id)
    assert changed.revised_from == "a record figure of over 30 billion US dollars"
    assert "all-time high" in changed.quote
    assert [a.id for a in result.orphans] == [marks["dropped"].id]
    assert result.annotation(marks["unchanged"].id).comment == "Resume them"
    # notes follow their sections; a reviewed mark survives only where the text is unchanged
    territorial = next(n for n in result.readout.walk() if n.heading == "Territorial Issues")
    north_korea = next(n for n in result.readout.walk() if n.heading == "North Korea")
    assert result.section_notes == {
        territorial.id: "Hold the line.",
        north_korea.id: "North Korea: note.",
    }
    assert result.reviewed == {north_korea.id}
    assert territorial.id in report.sections_changed
    # the history of readout versions
    assert [v.text_hash for v in result.readout_versions] == [
        text_hash(project.readout.text),
        text_hash(revised.text),
    ]
    assert result.readout_versions[-1].source == "readout-v2.txt"
    assert coverage_problems(result.readout) == []
    assert parse_project(dump_project(result), "r") == result  # saves and loads as it is


def test_the_same_readout_again_changes_nothing() -> None:
    project, _marks = _project_with_markup()
    again = import_bytes(SAMPLE.encode(), "same.txt")
    result, report = revise(project, again, source="same.txt")
    assert report.summary() == "unchanged 5, moved 0, changed 0, orphaned 0"
    assert result.reviewed == project.reviewed and result.section_notes == project.section_notes
    assert report.sections_changed == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_annotation_is_kept_or_orphaned_and_carried_ones_quote_their_passage(
    data: st.DataObject,
) -> None:
    project = sample_project()
    text = project.readout.text
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text) - 40))
        length = data.draw(st.integers(5, 40))
        if text[start : start + length].strip():
            project.add_annotation(project.new_annotation(start, start + length, author="A"))
    lines = SAMPLE.splitlines(keepends=True)
    cut = data.draw(st.integers(0, len(lines) - 1))
    insert = data.draw(st.sampled_from(["", "An added sentence here.\n", "7. Other matters\n"]))
    revised_text = "".join([*lines[:cut], insert, *lines[cut + 1 :]])
    revised = import_bytes(revised_text.encode(), "v2.txt")
    result, report = revise(project, revised, source="v2.txt")
    assert len(result.annotations) + len(result.orphans) == len(project.annotations)
    assert set(report.states) == {a.id for a in project.annotations}
    for annotation in result.annotations:
        assert revised.text[annotation.start : annotation.end] == annotation.quote
        if report.states[annotation.id] is not AnchorState.CHANGED:
            assert annotation.revised_from is None
