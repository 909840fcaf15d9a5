"""Layout rules of the built-in templates, in their XML: table rows never split across pages,
a continued table repeats its header row, headings and label lines keep with what follows,
and the memo block stays on one page."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.render import render_note
from briefing_app.export.templates import find_template, list_templates

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BUILT_IN = [t.key for t in list_templates()[0] if t.builtin]


def _parts(data: bytes) -> tuple[etree._Element, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return (
            etree.fromstring(archive.read("word/document.xml")),
            etree.fromstring(archive.read("word/styles.xml")),
        )


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _keeps(paragraph: etree._Element) -> bool:
    return paragraph.find(f"{W}pPr/{W}keepNext") is not None


def _outputs(key: str) -> list[bytes]:
    template = find_template(key)
    example = parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)
    return [template.path.read_bytes(), render_note(example, template, author="A")]


@pytest.mark.parametrize("key", BUILT_IN)
def test_rows_never_split_and_continued_tables_repeat_their_header(key: str) -> None:
    for data in _outputs(key):
        document, _styles = _parts(data)
        tables = list(document.iter(f"{W}tbl"))
        assert tables or key == "annotated-readout"
        for table in tables:
            rows = table.findall(f"{W}tr")
            for row in rows:
                assert row.find(f"{W}trPr/{W}cantSplit") is not None, _text(row)[:40]
            labels = [_text(r.find(f"{W}tc")) for r in rows]
            if all(label.endswith((":", "：")) for label in labels if "{%" not in label):
                # The memo block: each row keeps with the next, so it stays on one page.
                for row in rows[:-1]:
                    assert all(_keeps(p) for p in row.iter(f"{W}p")), _text(row)[:40]
            else:  # a list table (actions): its header row repeats on each page
                assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
                assert all(_keeps(p) for p in rows[0].iter(f"{W}p"))


@pytest.mark.parametrize("key", BUILT_IN)
def test_headings_keep_with_next(key: str) -> None:
    _document, styles = _parts(find_template(key).path.read_bytes())
    for style_id in ("Title", "Heading1", "Heading2", "Heading3"):
        style = styles.find(f"{W}style[@{W}styleId='{style_id}']")
        assert style is not None and style.find(f"{W}pPr/{W}keepNext") is not None, style_id


@pytest.mark.parametrize(
    ("key", "labels"),
    [
        ("action-memo", ["1. Accept Lavrov", "Japan-Russia Foreign Ministers"]),
        ("meeting-brief", ["They: "]),
        ("briefing-note", ["Japan-Russia Foreign Ministers"]),
    ],
)
def test_label_lines_keep_with_what_they_introduce(key: str, labels: list[str]) -> None:
    """A recommendation keeps with its Approve/Disapprove line; a line introducing a list,
    or "They: …" introducing "Our note", keeps with it."""
    document, _styles = _parts(_outputs(key)[1])
    paragraphs = list(document.iter(f"{W}p"))
    for label in labels:
        found = [p for p in paragraphs if _text(p).startswith(label.removeprefix("1. "))]
        assert found, label
        assert all(_keeps(p) for p in found), label
