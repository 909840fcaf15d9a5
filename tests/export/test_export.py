"""The Word export: content, each built-in template, comments, markings, errors, atomicity."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import docx
import pytest

from briefing_app.core.errors import ExportError, TemplateError
from briefing_app.core.opening import open_path, sample_project
from briefing_app.core.project import Project
from briefing_app.core.project_io import load_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.content import build_content
from briefing_app.export.render import export_note, render_note
from briefing_app.export.templates import find_template, list_templates, read_template_info
from tests.export.helpers import (
    W,
    commented_texts,
    comments,
    make_template,
    part,
    pretty_document_xml,
)

BUILTINS = ["briefing-note", "meeting-brief", "action-memo", "annotated-readout"]
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def example() -> Project:
    return load_project(resource_path(EXAMPLE_PROJECT))


def test_four_builtin_templates_declare_themselves() -> None:
    templates, problems = list_templates()
    assert problems == []
    by_key = {t.key: t for t in templates}
    assert set(BUILTINS) <= set(by_key)
    assert by_key["briefing-note"].required == ("subject", "to", "from", "summary")
    assert all(t.description for t in templates)


def test_content_groups_by_tag_and_keeps_quotes_exact(example: Project) -> None:
    content = build_content(example)
    assert all(p.include for p in content.annotations)
    assert len(content.annotations) < len(example.annotations)
    risk = next(p for p in content.risks if p.ref == "§5(3)")
    assert risk.quote == "the Sakhalin III project"
    assert example.readout.text[risk.start : risk.end] == risk.quote
    assert content.actions[0].owner and content.actions[0].due
    everything = build_content(example, included_only=False)
    assert len(everything.annotations) == len(example.annotations)


def test_marking_is_never_lower_than_any_part(example: Project) -> None:
    project = example.model_copy(deep=True)
    assert build_content(project).marking == "CONFIDENTIAL//JAPAN EYES ONLY"
    project.annotations[1].classification = "SECRET"
    assert build_content(project).marking == "SECRET//JAPAN EYES ONLY"
    project.annotations[1].include_in_brief = False
    assert build_content(project).marking == "CONFIDENTIAL//JAPAN EYES ONLY"


@pytest.mark.parametrize("key", BUILTINS)
def test_each_builtin_template_renders_a_marked_document(
    example: Project, tmp_path: Path, key: str
) -> None:
    out = export_note(example, find_template(key), tmp_path / f"{key}.docx")
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "{{" not in text and "{%" not in text
    for section in document.sections:
        for part_ in (section.header, section.first_page_header, section.even_page_header):
            assert "CONFIDENTIAL//JAPAN EYES ONLY" in part_.paragraphs[0].text
        for part_ in (section.footer, section.first_page_footer, section.even_page_footer):
            xml = part_._element.xml
            assert "CONFIDENTIAL//JAPAN EYES ONLY" in xml
            assert " PAGE " in xml and " NUMPAGES " in xml
    fonts = document.styles["Normal"].element.rPr.find(f"{W}rFonts")
    assert fonts is not None and fonts.get(f"{W}eastAsia")


def test_briefing_note_content(example: Project, tmp_path: Path) -> None:
    out = export_note(example, find_template("briefing-note"), tmp_path / "note.docx")
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Minister for Foreign Affairs" in cells and "EUR/RUS/2012/0128" in cells
    text = "\n".join(p.text for p in document.paragraphs)
    assert "“a record figure of over 30 billion US dollars in 2011” (§5(1))" in text
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert next(p.text for p in numbered).startswith("Accept Lavrov's invitation")
    action_rows = list(document.tables[1].rows)[1:]
    assert action_rows[0].cells[0].text == "§1(1)"


def test_numbered_lists_restart_after_a_heading(example: Project, tmp_path: Path) -> None:
    out = export_note(example, find_template("meeting-brief"), tmp_path / "brief.docx")
    body = part(out, "word/document.xml")
    num_ids = []
    for paragraph in body.iter(f"{W}p"):
        num = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") == "ListNumber":
            num_ids.append(num.get(f"{W}val") if num is not None else "style")
    assert len(set(num_ids)) >= 2  # "Objectives" and "Points to make" are separate lists
    numbering = part(out, "word/numbering.xml")
    assert numbering.findall(f".//{W}startOverride")


def test_annotated_readout_has_a_native_comment_on_each_exact_passage(
    example: Project, tmp_path: Path
) -> None:
    out = export_note(example, find_template("annotated-readout"), tmp_path / "annotated.docx")
    anchored = commented_texts(out)
    notes = comments(out)
    included = [a for a in example.annotations if a.include_in_brief]
    assert len(anchored) == len(notes) == len(included)
    assert sorted(anchored.values()) == sorted(a.quote for a in included)
    author, date, text = next(iter(notes.values()))
    assert author == "A. Tanaka (Russia Division)" and date.startswith("2012-01-30")
    assert "priority" in text and "§" in text
    document = docx.Document(str(out))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "7. Cooperation in the International Arena" in body
    assert "Desk note: Territorial issue" in body


def test_japanese_readout_exports(tmp_path: Path) -> None:
    source = tmp_path / "ja.txt"
    source.write_text(
        "日露外相会談（概要）\n１．日露関係（総論）\n両外相は、協力を確認した。\n２．経済関係\n経済関係が発展している。\n",
        encoding="utf-8",
    )
    project = open_path(source)
    start = project.readout.text.index("協力")
    project.add_annotation(
        project.new_annotation(start, start + 2, author="田中", tags=["Key point"])
    )
    out = export_note(project, find_template("annotated-readout"), tmp_path / "ja.docx")
    assert list(commented_texts(out).values()) == ["協力"]
    assert "両外相は、協力を確認した。" in "\n".join(
        p.text for p in docx.Document(str(out)).paragraphs
    )


def test_missing_required_fields_are_named(tmp_path: Path) -> None:
    with pytest.raises(
        TemplateError, match=r"Briefing note: required field\(s\) empty: Subject, To, From"
    ):
        render_note(sample_project(), find_template("briefing-note"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{{ note.subject ", "template syntax error"),
        ("{{ no_such_thing }}", "unknown field or variable"),
        ("{{ ''.__class__.__mro__ }}", "not allowed"),
        ("{{ note.__class__ }}", "not allowed"),
        ("{{ cycler }}", "unknown field"),
        ("{{ joiner }}", "unknown field"),
        ("{{ note.__init__.__globals__ }}", "not allowed"),
        ("{{ (note.items()|list)[0].__class__.__bases__ }}", "not allowed"),
        ("{% for i in range(10**9) %}x{% endfor %}", "loops too many times"),
        (
            "{% for i in range(1000) %}{% for j in range(1000) %}x{% endfor %}{% endfor %}",
            "loops too many times",
        ),
        ("{{ 'x' * 10**7 }}", "too large"),
        ("{{ 2 ** 100000 }}", "too large a power"),
    ],
)
def test_broken_or_hostile_templates_are_reported(tmp_path: Path, text: str, message: str) -> None:
    template = read_template_info(make_template(tmp_path / "user.docx", [text], title="Mine"))
    with pytest.raises(TemplateError, match=message) as info:
        render_note(sample_project(), template)
    assert str(info.value).startswith("Mine: ")


def test_a_template_that_is_not_a_docx(tmp_path: Path) -> None:
    bad = tmp_path / "fake.docx"
    bad.write_text("not a zip")
    with pytest.raises(TemplateError, match="not a Word document"):
        read_template_info(bad)
    with pytest.raises(TemplateError, match=r"\.docx"):
        read_template_info(tmp_path / "template.dotx")


def test_user_template_requiring_an_unknown_field(tmp_path: Path) -> None:
    path = make_template(tmp_path / "odd.docx", ["{{ note.subject }}"], required="subject, colour")
    with pytest.raises(TemplateError, match="unknown field"):
        read_template_info(path)


def test_failed_export_leaves_the_existing_file_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "note.docx"
    target.write_bytes(b"the official's previous note")
    with pytest.raises(TemplateError):
        export_note(sample_project(), find_template("briefing-note"), target)
    assert target.read_bytes() == b"the official's previous note"
    assert sorted(p.name for p in folder.iterdir()) == ["note.docx"]


def test_unwritable_target_gets_a_clear_message(example: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"folder .* does not exist"):
        export_note(example, find_template("annotated-readout"), tmp_path / "missing" / "n.docx")
    with pytest.raises(ExportError, match=r"\.docx"):
        export_note(example, find_template("annotated-readout"), tmp_path / "n.pdf")
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(ExportError, match="permission denied"):
            export_note(example, find_template("annotated-readout"), locked / "n.docx")


def test_golden_briefing_note_document_xml(example: Project, tmp_path: Path) -> None:
    """The briefing note's document.xml against a reviewed reference.

    Regenerate deliberately with BRIEFING_REGEN_GOLDEN=1 and look at the rendered pages.
    """
    project = example.model_copy(deep=True)
    project.note = project.note.model_copy(update={"date": "30 January 2012"})
    out = export_note(project, find_template("briefing-note"), tmp_path / "note.docx")
    actual = pretty_document_xml(out)
    golden = GOLDEN / "briefing-note.document.xml"
    if os.environ.get("BRIEFING_REGEN_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_content_dates_are_stable() -> None:
    content = build_content(sample_project(), today=dt.date(2012, 1, 30))
    assert content.generated == "30 January 2012"


def test_a_runaway_template_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing_app.export.render.RENDER_TIMEOUT", 3.0)
    forever = "{% for a in 'x' * 900000 %}{% for b in 'x' * 900000 %}{% endfor %}{% endfor %}"
    template = read_template_info(make_template(tmp_path / "slow.docx", [forever], title="Slow"))
    started = time.monotonic()
    with pytest.raises(TemplateError, match="took longer than 3 s and was stopped"):
        render_note(sample_project(), template)
    assert time.monotonic() - started < 20


def test_a_user_template_renders_in_its_own_process(tmp_path: Path) -> None:
    template = read_template_info(
        make_template(tmp_path / "mine.docx", ["Subject: {{ note.subject }}", "{{ marking }}"])
    )
    project = sample_project()
    project.set_note_field("subject", "Isolated")
    data = render_note(project, template)
    out = tmp_path / "out.docx"
    out.write_bytes(data)
    assert "Subject: Isolated" in [p.text for p in docx.Document(str(out)).paragraphs]


def test_control_characters_anywhere_in_the_content_are_cleaned(tmp_path: Path) -> None:
    """The probe for characters XML cannot hold looks at each piece of the context: one in a
    note field, a section's paragraph or an annotation's comment is found and cleaned."""
    project = load_project(resource_path(EXAMPLE_PROJECT))
    project.set_note_field("summary", "Tabs\x0band\x01controls")
    project.annotations[0].comment = "lone \ud800 surrogate"
    out = export_note(project, find_template("briefing-note"), tmp_path / "n.docx", author="A")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Tabsandcontrols" in text and "\x0b" not in text
    content = build_content(project).context()
    assert content["note"]["summary"] == "Tabsandcontrols"  # type: ignore[index]
    comments = [p["comment"] for p in content["annotations"]]  # type: ignore[attr-defined]
    assert "lone  surrogate" in comments
