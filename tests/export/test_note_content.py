"""What the built-in notes say: every annotation once and in its place, nothing empty printed,
the marking only in headers and footers, the action memo's drafting block, the press line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing_app.core.opening import sample_project
from briefing_app.core.project import Clearance, Project
from briefing_app.core.project_io import load_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.content import as_sentence, build_content, place_of
from briefing_app.export.render import export_note
from briefing_app.export.templates import find_template
from tests.export.helpers import W, part, part_names

BUILTINS = ["briefing-note", "meeting-brief", "action-memo", "annotated-readout"]
MARKING = "CONFIDENTIAL//JAPAN EYES ONLY"


@pytest.fixture
def example() -> Project:
    return load_project(resource_path(EXAMPLE_PROJECT))


def body_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of every paragraph of the body, table cells included, in order."""
    found = []
    for paragraph in part(path, "word/document.xml").iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
        found.append(("" if style is None else style.get(f"{W}val"), text))
    return found


def document_text(path: Path) -> str:
    """The text a reader sees: body (tables too) and, where there are any, Word comments."""
    text = "\n".join(t for _, t in body_paragraphs(path))
    if "word/comments.xml" in part_names(path):
        comments = part(path, "word/comments.xml")
        text += "\n" + "\n".join(t.text or "" for t in comments.iter(f"{W}t"))
    return text


def section(path: Path, heading: str) -> list[str]:
    """The texts under a Heading 1 ``heading`` up to the next Heading 1."""
    texts: list[str] = []
    inside = False
    for style, text in body_paragraphs(path):
        if style == "Heading1":
            inside = text == heading
            continue
        if inside and text.strip():
            texts.append(text)
    return texts


def minimal_project() -> Project:
    """Only the fields every built-in template requires; no annotations."""
    project = sample_project()
    for name, value in (
        ("subject", "Talks"),
        ("to", "Minister"),
        ("from_", "Division"),
        ("summary", "Constructive."),
    ):
        project.set_note_field(name, value)
    return project


# -- item 11: every included annotation exactly once, in its place ---------------------------


@pytest.mark.parametrize("included_only", [True, False])
@pytest.mark.parametrize("key", BUILTINS)
def test_every_included_annotation_comment_appears_exactly_once(
    example: Project, tmp_path: Path, key: str, included_only: bool
) -> None:
    out = tmp_path / f"{key}.docx"
    export_note(example, find_template(key), out, included_only=included_only)
    text = document_text(out)
    chosen = [a for a in example.annotations if a.include_in_brief or not included_only]
    assert any(a.tags == ["Talking point"] for a in chosen) or included_only
    for annotation in chosen:
        assert text.count(annotation.comment) == 1, (key, annotation.tags, annotation.comment)
    for annotation in example.annotations:
        if annotation not in chosen:
            assert annotation.comment not in text


def test_multi_tag_annotations_take_the_first_tag_in_the_documented_order() -> None:
    assert place_of(["Key point", "Talking point"]) == "Talking point"
    assert place_of(["Talking point", "Risk"]) == "Risk"
    assert place_of(["Follow-up", "Action"]) == "Action"
    assert place_of(["Question", "Follow-up"]) == "Question"
    assert place_of(["Custom"]) == place_of([]) == "Key point"


def test_briefing_note_background_does_not_repeat_the_summary(
    example: Project, tmp_path: Path
) -> None:
    out = export_note(example, find_template("briefing-note"), tmp_path / "note.docx")
    summary = section(out, "SUMMARY")
    assert summary == [example.note.summary]  # the summary field only, no key-point bullets
    content = build_content(example)
    background = "\n".join(section(out, "BACKGROUND"))
    for passage in content.placed["key_points"]:
        assert passage.comment in background
    talking_only = example.model_copy(deep=True)
    lone = next(a for a in talking_only.annotations if a.tags == ["Talking point"])
    lone.include_in_brief = True
    out = export_note(talking_only, find_template("briefing-note"), tmp_path / "lone.docx")
    assert lone.comment in "\n".join(section(out, "CONSIDERATIONS"))


# -- item 7: nothing empty is printed ----------------------------------------------------------

LABELS = ("THROUGH", "FILE NO", "ISSUE", "Prepared by", "Contact", "Drafted", "Cleared")


@pytest.mark.parametrize("key", BUILTINS)
def test_empty_fields_leave_no_label_or_heading(tmp_path: Path, key: str) -> None:
    out = export_note(minimal_project(), find_template(key), tmp_path / f"{key}.docx")
    paragraphs = body_paragraphs(out)
    texts = [t.strip() for _, t in paragraphs]
    for label in LABELS:
        assert not any(t.startswith(label) for t in texts), label
    assert "—" not in texts
    for label, value in zip(texts, [*texts[1:], ""], strict=True):
        if label.endswith(":"):  # a memo-table label: its cell is followed by a filled value
            assert value and not value.endswith(":"), f"{label} is empty in {key}"
    # Every heading is followed by something before the next heading of its level or above.
    headings = [(i, s) for i, (s, t) in enumerate(paragraphs) if s.startswith("Heading")]
    for (index, style), following in zip(
        headings, [*headings[1:], (len(paragraphs), "")], strict=True
    ):
        between = [t for _, t in paragraphs[index + 1 : following[0]] if t.strip()]
        if following[1] <= style or not following[1]:
            assert between, f"empty heading {paragraphs[index][1]!r} in {key}"


def test_filled_fields_are_printed(example: Project, tmp_path: Path) -> None:
    out = export_note(example, find_template("briefing-note"), tmp_path / "note.docx")
    texts = [t for _, t in body_paragraphs(out)]
    assert "Vice-Minister for Foreign Affairs" in texts and "EUR/RUS/2012/0128" in texts
    assert "Prepared by: A. Tanaka, Russia Division, ext. 3412" in texts
    assert section(out, "ISSUE") == [example.note.purpose]


# -- item 8: the marking in every header and footer, never in the body ------------------------


@pytest.mark.parametrize("key", BUILTINS)
def test_marking_is_in_headers_and_footers_only(example: Project, tmp_path: Path, key: str) -> None:
    out = export_note(example, find_template(key), tmp_path / f"{key}.docx")
    assert MARKING not in document_text(out)
    parts = [n for n in part_names(out) if re.fullmatch(r"word/(header|footer)\d+\.xml", n)]
    assert len(parts) == 6  # default, first-page and even-page header and footer
    for name in parts:
        text = "".join(t.text or "" for t in part(out, name).iter(f"{W}t"))
        assert text.count(MARKING) == 1, name


# -- item 9: the action memo's date, file number, clearances and drafting block --------------


def test_action_memo_lists_clearances_and_keeps_the_drafting_block_with_the_body(
    example: Project, tmp_path: Path
) -> None:
    project = example.model_copy(deep=True)
    project.set_note_field(
        "cleared",
        [
            Clearance(name="K. Sato", office="Russia Division", date="29 Jan 2012"),
            Clearance(),
            Clearance(name="M. Ito", office="Treaties Bureau", date=""),
        ],
    )
    out = export_note(project, find_template("action-memo"), tmp_path / "memo.docx")
    paragraphs = body_paragraphs(out)
    texts = [t for _, t in paragraphs]
    assert "DATE:" in texts and "30 January 2012" in texts
    assert "FILE NO.:" in texts and "EUR/RUS/2012/0128" in texts
    block = [(s, t) for s, t in paragraphs if s == "DraftingBlock"]
    assert [t for _, t in block] == [
        "Drafted: A. Tanaka, Russia Division, ext. 3412",
        "Cleared: K. Sato, Russia Division, 29 Jan 2012",
        "M. Ito, Treaties Bureau",
    ]
    assert not any("Vice-Minister" in t for _, t in block)  # not filled from Through
    body = part(out, "word/document.xml").find(f"{W}body")
    children = list(body)
    first = next(
        i
        for i, c in enumerate(children)
        if (s := c.find(f"{W}pPr/{W}pStyle")) is not None and s.get(f"{W}val") == "DraftingBlock"
    )
    above = children[first - 1]
    assert "".join(t.text or "" for t in above.iter(f"{W}t")).strip()
    assert above.find(f"{W}pPr/{W}keepNext") is not None
    styles = part(out, "word/styles.xml")
    drafting = styles.find(f"{W}style[@{W}styleId='DraftingBlock']")
    assert drafting.find(f"{W}pPr/{W}keepNext") is not None


def test_action_memo_leaves_cleared_out_when_no_one_cleared(
    example: Project, tmp_path: Path
) -> None:
    project = example.model_copy(deep=True)
    project.set_note_field("cleared", [])
    out = export_note(project, find_template("action-memo"), tmp_path / "memo.docx")
    assert project.note.through and not project.note.cleared
    assert not any(t.startswith("Cleared") for _, t in body_paragraphs(out))


# -- item 10: the meeting brief's press line is ours, and public ------------------------------


def test_press_line_is_never_their_quote_or_an_internal_comment(
    example: Project, tmp_path: Path
) -> None:
    project = example.model_copy(deep=True)
    project.set_note_field("press_line", "")  # no press line written: reactive only
    out = export_note(project, find_template("meeting-brief"), tmp_path / "brief.docx")
    press = "\n".join(section(out, "Press line"))
    for annotation in example.annotations:
        assert annotation.quote not in press
        assert annotation.comment not in press
    assert press.startswith("Reactive only.")
    project.set_note_field(
        "press_line", "Japan welcomes the talks.\nWe will keep working with “confidence.”"
    )
    out = export_note(project, find_template("meeting-brief"), tmp_path / "brief2.docx")
    assert section(out, "Press line") == [
        "Japan welcomes the talks.",
        "We will keep working with “confidence.”",
    ]
    text = document_text(out)
    assert ".." not in text.replace("...", "") and ".”." not in text


def test_meeting_brief_has_no_internal_comment_labelled_as_our_response(
    example: Project, tmp_path: Path
) -> None:
    out = export_note(example, find_template("meeting-brief"), tmp_path / "brief.docx")
    text = document_text(out)
    assert "Our response" not in text
    for risk in build_content(example).placed["risks"]:
        assert risk.comment in "\n".join(section(out, "Risks to manage"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("confidence", "confidence."),
        ("confidence.", "confidence."),
        ("“confidence.”", "“confidence.”"),
        ("(Saturday, January 28)", "(Saturday, January 28)."),
        ("Is it?", "Is it?"),
        ("会談を行った。", "会談を行った。"),
        ("", ""),
    ],
)
def test_as_sentence_never_doubles_punctuation(text: str, expected: str) -> None:
    assert as_sentence(text) == expected


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("1. Push for a meeting.", "Push for a meeting."),
        ("2) Offer Berlin.", "Offer Berlin."),
        ("(3) Brief the Minister.", "Brief the Minister."),
        ("４．作業部会を提案する。", "作業部会を提案する。"),
        ("(C) 4. Keep it quiet.", "(C) Keep it quiet."),  # after its portion mark
        ("(C) Keep it quiet.", "(C) Keep it quiet."),  # a mark, not a list letter
        ("1.5 billion is at stake.", "1.5 billion is at stake."),
        ("2019 was a good year.", "2019 was a good year."),
        ("12.", "12."),  # nothing after it: left as typed
    ],
)
def test_a_number_typed_before_a_recommendation_is_not_printed_twice(
    typed: str, listed: str
) -> None:
    project = sample_project()
    project.note.recommendations = f"{typed}\n"
    assert build_content(project).recommendations == [listed]


def test_the_annotated_readout_names_who_annotated_it_when_no_drafter_is_given(
    example: Project, tmp_path: Path
) -> None:
    """Seen in a real window: "Annotated by the desk" on a readout its author had annotated."""
    example.note.drafter = ""
    authors = list(dict.fromkeys(a.author for a in example.annotations if a.include_in_brief))
    assert authors  # the example's annotations are signed
    out = export_note(example, find_template("annotated-readout"), tmp_path / "r.docx")
    text = document_text(out)
    assert f"Annotated by {', '.join(authors)}" in text and "the desk" not in text
    example.note.drafter = "Russia Division"
    out = export_note(example, find_template("annotated-readout"), tmp_path / "r2.docx")
    assert "Annotated by Russia Division" in document_text(out)
