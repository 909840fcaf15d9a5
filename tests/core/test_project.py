"""Projects: annotations, anchoring, structure fixes, and the .briefing file format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.core.anchoring import OffsetIndex, make_anchor, relocate
from briefing_app.core.annotations import AnnotationFields, Priority
from briefing_app.core.errors import ProjectError
from briefing_app.core.opening import open_path, sample_project
from briefing_app.core.project import PROJECT_SCHEMA_VERSION, Project, text_hash
from briefing_app.core.project_io import dump_project, load_project, parse_project, save_project
from briefing_app.core.structure_edit import (
    StructureEditError,
    demote,
    merge_with_previous,
    promote,
    restore_removed,
    set_label,
    split_node,
)
from tests.conftest import SAMPLE


def _annotate(project: Project, quote: str, **fields: object) -> str:
    start = project.readout.text.index(quote)
    annotation = project.new_annotation(start, start + len(quote), author="desk", **fields)
    project.add_annotation(annotation)
    return annotation.id


def test_annotation_is_anchored_to_quote_context_and_node() -> None:
    project = sample_project()
    annotation_id = _annotate(project, "Sakhalin III project", tags=["Key point"])
    annotation = project.annotation(annotation_id)
    assert annotation.quote == "Sakhalin III project"
    assert annotation.anchor.node_id == "n13"  # section 5, item (3)
    assert annotation.anchor.quote.prefix.endswith("Vladivostok and the ")
    assert annotation.anchor.quote.suffix.startswith(", and they agreed")
    assert project.annotations_for("n13") == [annotation]


def test_relocate_after_the_text_is_revised() -> None:
    text = (
        "The ministers agreed to meet in spring. They discussed the Sakhalin III project at length."
    )
    anchor = make_anchor(text, text.index("Sakhalin"), text.index(" at length"), "n1")
    revised = "Preface added. " + text.replace("They discussed", "They briefly discussed")
    found = relocate(anchor, revised)
    assert found is not None and found.exact
    assert revised[found.start : found.end] == "Sakhalin III project"
    edited = revised.replace("Sakhalin III project", "Sakhalin-3 project")
    fuzzy = relocate(anchor, edited)
    assert fuzzy is not None and not fuzzy.exact
    assert "Sakhalin-3 project" in edited[fuzzy.start - 2 : fuzzy.end + 2]
    assert relocate(anchor, "Nothing related at all here.") is None


def test_quote_found_by_context_when_repeated() -> None:
    text = "North Korea was discussed. Later, North Korea again. Finally North Korea."
    second = text.index("North Korea", 10)
    anchor = make_anchor(text, second, second + len("North Korea"), "n1")
    shifted = "X " + text
    found = relocate(anchor, shifted)
    assert found is not None and found.start == second + 2


def test_edit_fields_and_remove() -> None:
    project = sample_project()
    annotation_id = _annotate(project, "30 billion US dollars")
    before = project.set_annotation_fields(
        annotation_id,
        AnnotationFields(
            comment="Record trade", tags=["Key point", "Risk", "Risk"], priority=Priority.HIGH
        ),
    )
    assert before.comment == ""
    annotation = project.annotation(annotation_id)
    assert annotation.tags == ["Key point", "Risk"] and annotation.priority is Priority.HIGH
    index, removed = project.remove_annotation(annotation_id)
    assert removed is annotation and index == 0 and project.annotations == []


def test_annotations_made_with_a_shared_offset_index_are_the_same() -> None:
    project = sample_project()
    offsets = OffsetIndex(project.readout)
    for paragraph in [p for node in project.readout.walk() for p in node.paragraphs][:12]:
        start = paragraph.span.start + 3
        alone = project.new_annotation(start, start + 9, author="A")
        shared = project.new_annotation(start, start + 9, author="A", offsets=offsets)
        assert shared.anchor == alone.anchor
        assert shared.anchor.node_id != ""


def test_offset_index_finds_the_deepest_owner() -> None:
    readout = sample_project().readout
    index = OffsetIndex(readout)
    assert index.node_at(readout.text.index("Others")) == "n20"
    assert index.node_at(readout.text.index("Cooperation on the sea")) == "n8"
    assert index.node_at(readout.text.index("On Saturday")) is None


def test_split_and_merge_move_annotations_with_their_text() -> None:
    project = sample_project()
    readout = project.readout
    annotation_id = _annotate(project, "Northern Territories")
    territorial = readout.find_node("n9")
    assert territorial is not None and len(territorial.paragraphs) == 2
    second = territorial.paragraphs[1].span.start
    new_id = split_node(readout, "n9", second)
    project.reassign_annotation_nodes()
    assert [s.id for s in readout.sections][3:5] == ["n9", new_id]
    assert project.annotation(annotation_id).anchor.node_id == new_id
    merged_into = merge_with_previous(readout, new_id)
    project.reassign_annotation_nodes()
    assert merged_into == "n9" and len(readout.find_node("n9").paragraphs) == 2  # type: ignore[union-attr]
    assert project.annotation(annotation_id).anchor.node_id == "n9"


def test_split_inside_a_paragraph_keeps_exact_slices() -> None:
    readout = sample_project().readout
    sea = readout.find_node("n8")
    assert sea is not None
    cut = readout.text.index("Then, both sides agreed")
    new_id = split_node(readout, "n8", cut)
    new = readout.find_node(new_id)
    assert new is not None and new.paragraphs[0].text.startswith("Then, both sides agreed")
    assert sea.paragraphs[0].text.endswith('"cooperation on the sea."')
    for paragraph in (*sea.paragraphs, *new.paragraphs):
        assert readout.text[paragraph.span.start : paragraph.span.end] == paragraph.text


def test_merge_turns_the_label_into_text() -> None:
    readout = sample_project().readout
    merge_with_previous(readout, "n20")  # "- (2) Others" into "- (1) North Korea"
    north_korea = readout.find_node("n19")
    assert north_korea is not None
    assert [p.text[:12] for p in north_korea.paragraphs] == [
        "The Foreign ",
        "- (2) Others",
        "The Foreign ",
    ]


def test_promote_and_demote() -> None:
    readout = sample_project().readout
    promote(readout, "n12")  # 5.(2) becomes a section; 5.(3), 5.(4) stay under section 5
    assert [s.id for s in readout.sections] == ["n1", "n4", "n8", "n9", "n10", "n12", "n15", "n18"]
    assert [i.id for i in readout.sections[4].items] == ["n11", "n13", "n14"]
    assert readout.sections[5].items == []
    demote(readout, "n12")  # back where its text stands
    assert [i.id for i in readout.sections[4].items] == ["n11", "n12", "n13", "n14"]
    with pytest.raises(StructureEditError):
        promote(readout, "n1")
    with pytest.raises(StructureEditError):
        demote(readout, "n1")


def test_relabel_and_restore_removed() -> None:
    readout = sample_project().readout
    set_label(readout, "n20", "(2)", "Other regional issues")
    assert readout.find_node("n20").heading == "Other regional issues"  # type: ignore[union-attr]
    owner = restore_removed(readout, 0)
    assert owner == "n20" and readout.removed == []
    assert readout.find_node("n20").paragraphs[-1].text == "Back to Index"  # type: ignore[union-attr]


def test_project_round_trip_is_identity(tmp_path: Path) -> None:
    project = sample_project()
    _annotate(project, "Sakhalin III project", tags=["Action"], owner="Energy desk")
    project.set_reviewed("n1", True)
    project.set_section_note("n9", "Hold the line on the four islands.")
    project.set_note_field("classification", "CONFIDENTIAL")
    project.set_note_field("from_", "Russia Division")
    path = tmp_path / "meeting.briefing"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded == project
    assert json.loads(path.read_text())["note"]["from"] == "Russia Division"
    assert dump_project(loaded) == path.read_bytes()


def test_loading_never_modifies_the_file(tmp_path: Path) -> None:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_project(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (
            b'{"format": "briefing-app project", "schema_version": 1, "readout"',
            "damaged or truncated",
        ),
        (b"[1, 2, 3]", "not a briefing project"),
        (b'{"format": "briefing-app project", "schema_version": 99}', "newer briefing-app"),
        (b'{"format": "briefing-app project", "schema_version": 1}', "invalid (readout"),
        (b"\xff\xfe\x00", "not UTF-8"),
    ],
)
def test_bad_project_files_are_refused_clearly(content: bytes, message: str) -> None:
    with pytest.raises(ProjectError, match=message.replace("(", r"\(")) as info:
        parse_project(content, "x.briefing")
    assert "\n" not in str(info.value)


def test_open_path_imports_readouts_and_loads_projects(tmp_path: Path) -> None:
    project = open_path(SAMPLE)
    assert project.source_name == SAMPLE.name
    assert project.original_text == SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "x.briefing"
    save_project(project, path)
    assert open_path(path) == project


def test_migrations_run_in_order_before_validation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A version-1 file read by an app at version 3: each named migration runs once, in order."""
    import briefing_app.core.project_io as project_io

    path = tmp_path / "old.briefing"
    path.write_bytes(V1_FILE.read_bytes())
    original = path.read_bytes()
    ran: list[str] = []

    def v1_to_v2(raw: dict[str, object]) -> dict[str, object]:
        ran.append("1->2")
        raw["taxonomy"] = [*raw["taxonomy"], "Legal"]  # type: ignore[misc]
        return raw

    def v2_to_v3(raw: dict[str, object]) -> dict[str, object]:
        ran.append("2->3")
        assert raw["schema_version"] == 2
        return raw

    monkeypatch.setattr(project_io, "PROJECT_SCHEMA_VERSION", 3)
    monkeypatch.setattr(project_io, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    monkeypatch.setattr("briefing_app.core.project.PROJECT_SCHEMA_VERSION", 3)
    project = load_project(path)
    assert ran == ["1->2", "2->3"]
    assert project.taxonomy[-1] == "Legal" and project.schema_version == 3
    assert path.read_bytes() == original  # migrating happens in memory; the file is untouched


V1_FILE = Path(__file__).parents[1] / "fixtures" / "projects" / "schema-v1.briefing"
"""A project as the first released app wrote it (schema 1, before readout versions)."""


def test_every_released_schema_version_loads() -> None:
    project = load_project(V1_FILE)
    assert project.schema_version == PROJECT_SCHEMA_VERSION
    # v1 -> v2: the one readout it held becomes version 1, imported at an unknown time
    assert len(project.readout_versions) == 1
    version = project.readout_versions[0]
    assert version.text_hash == text_hash(project.readout.text) and version.imported is None
    assert version.source == project.source_name
    annotation = project.annotations[0]
    assert (annotation.quote, annotation.comment, annotation.author) == (
        "Six-Party Talks",
        "Resume them",
        "A. Tanaka",
    )
    assert project.section_notes == {"n9": "Hold the line."} and project.reviewed == {"n9"}
    assert project.note.cleared == [] and project.note.press_line == ""
    assert project.orphans == []


V2_FILE = Path(__file__).parents[1] / "fixtures" / "projects" / "schema-v2.briefing"
"""A project as the second release wrote it (schema 2, before marking schemes)."""


def test_a_schema_2_project_follows_the_generic_marking_rules() -> None:
    project = load_project(V2_FILE)
    assert project.schema_version == PROJECT_SCHEMA_VERSION
    assert project.marking_scheme == "generic"
    assert (project.note.classification, project.note.handling_caveat) == (
        "CONFIDENTIAL",
        "JAPAN EYES ONLY",
    )
    assert len(project.annotations) == 17 and len(project.readout_versions) == 1
