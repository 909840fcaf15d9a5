"""Filling in a template: compiled once per source, each render with its own loop budget,
and tabs and line breaks in filled-in text turned into Word's markup where they are."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from briefing_app.core.opening import sample_project
from briefing_app.core.project import Project
from briefing_app.export import render
from briefing_app.export.render import render_note
from briefing_app.export.templates import read_template_info
from tests.export.helpers import W, make_template


def _body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _filled(project: Project | None = None) -> Project:
    project = project or sample_project()
    for name, value in (("subject", "Talks"), ("to", "Minister"), ("from_", "Desk")):
        project.set_note_field(name, value)
    return project


def test_a_template_source_is_compiled_once_and_each_render_has_its_own_loop_budget(
    tmp_path: Path,
) -> None:
    """Most of the budget, twice: the second render reuses the compiled template but not the
    first render's spent budget."""
    loops = render.LOOP_BUDGET * 3 // 4
    text = f"{{% for i in range({loops}) %}}{{% endfor %}}{{{{ note.subject }}}}"
    template = read_template_info(make_template(tmp_path / "loops.docx", [text], title="Loops"))
    project = _filled()
    render_note(project, template, isolate=False, author="A")
    compiled = render._compiled.cache_info().misses
    data = render_note(project, template, isolate=False, author="A")
    assert render._compiled.cache_info().misses == compiled
    assert "Talks" in "".join(_body(data).itertext())


def test_tabs_and_line_breaks_in_filled_in_text_become_word_markup(tmp_path: Path) -> None:
    paragraphs = ["Plain {{ note.to }}", "{{ note.summary }}", "After {{ note['from'] }}"]
    template = read_template_info(make_template(tmp_path / "lines.docx", paragraphs, title="L"))
    project = _filled()
    project.set_note_field("summary", "First line\nSecond\tcolumn")
    body = _body(render_note(project, template, isolate=False, author="A"))
    found = {
        "".join(p.itertext()): [etree.QName(e).localname for e in p.iter(f"{W}br", f"{W}tab")]
        for p in body.iter(f"{W}p")
    }
    assert found["Plain Minister"] == []
    assert found["After Desk"] == []
    assert found["First lineSecondcolumn"] == ["br", "tab"]
