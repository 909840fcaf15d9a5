"""Finishing touches on a Word document: numbered lists restarting, drafting blocks kept with
the body above them; markup written as text."""

from __future__ import annotations

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.text.paragraph import Paragraph

from briefing_app.export.docx_tools import (
    keep_drafting_block_with_body,
    parse_fragment,
    restart_numbered_lists,
    xml_attribute,
    xml_text,
)
from tests.export.helpers import W


def _num_id(paragraph: Paragraph) -> str | None:
    num = paragraph._p.find(f"{W}pPr/{W}numPr/{W}numId")
    return None if num is None else num.get(f"{W}val")


def _keeps_with_next(paragraph: Paragraph) -> bool:
    return paragraph._p.find(f"{W}pPr/{W}keepNext") is not None


def test_lists_restart_after_headings_and_tables_but_not_plain_paragraphs() -> None:
    document = docx.Document()
    first = [document.add_paragraph(t, style="List Number") for t in ("a", "b")]
    document.add_paragraph("A plain paragraph between items")
    first.append(document.add_paragraph("c", style="List Number"))
    document.add_heading("A heading", level=1)
    second = document.add_paragraph("d", style="List Number")
    document.add_table(rows=1, cols=1)
    third = [document.add_paragraph(t, style="List Number") for t in ("e", "f")]
    assert restart_numbered_lists(document) == 3
    assert [_num_id(p) for p in first] == [None, None, None]  # the style's own numbering
    assert _num_id(second) is not None
    assert _num_id(third[0]) == _num_id(third[1]) != _num_id(second)


def test_a_document_without_the_list_style_has_no_lists() -> None:
    document = docx.Document()
    document.add_paragraph("Only text")
    assert restart_numbered_lists(document, style_name="No Such Style") == 0


def test_each_drafting_block_keeps_with_the_text_above_it() -> None:
    document = docx.Document()
    document.styles.add_style("Drafting Block", WD_STYLE_TYPE.PARAGRAPH)
    text = document.add_paragraph("The body's last line")
    spacer = document.add_paragraph("")
    block = [document.add_paragraph(t, style="Drafting Block") for t in ("Drafted: A", "Cleared")]
    middle = document.add_paragraph("More body")
    document.add_paragraph("Drafted: B", style="Drafting Block")
    document.add_table(rows=1, cols=1)
    after_table = document.add_paragraph("Drafted: C", style="Drafting Block")
    assert keep_drafting_block_with_body(document) == 3
    assert _keeps_with_next(text) and _keeps_with_next(spacer) and _keeps_with_next(middle)
    assert not any(_keeps_with_next(p) for p in [*block, after_table])


def test_no_drafting_style_no_blocks() -> None:
    document = docx.Document()
    document.add_paragraph("Text")
    assert keep_drafting_block_with_body(document) == 0


@pytest.mark.parametrize(
    "value",
    ["plain", "a & b < c > d", 'say "no"', "tab\there", "line\nbreak", "cr\rlf\r\n", "&amp;"],
)
def test_escaped_text_and_attributes_read_back_as_written(value: str) -> None:
    """What is written as markup text parses back to the same text and attribute value
    (a parser folds tabs and line ends in attributes, and carriage returns anywhere)."""
    (run,) = parse_fragment(
        f'<w:r w:rsidR="{xml_attribute(value)}"><w:t>{xml_text(value)}</w:t></w:r>'
    )
    assert run.get(f"{W}rsidR") == value
    assert run[0].text == value
