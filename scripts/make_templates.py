"""Generate the built-in Word templates in templates/ (kept in the repo so changes are reviewable).

Run: .venv/bin/python scripts/make_templates.py
Each template is an ordinary .docx a user can open and edit in Word or LibreOffice: real
styles, Jinja placeholders (docxtpl syntax) in the text, and its name, description and
required fields in the document properties (Title, Subject, Keywords).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from briefing_app.export.docx_tools import DRAFTING_STYLE, set_column_widths

OUT = Path(__file__).resolve().parents[1] / "templates"
NAVY = RGBColor(0x1D, 0x35, 0x57)
GREY = RGBColor(0x55, 0x5D, 0x6B)
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def new_document(*, letter: bool = False) -> DocxDocument:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    if letter:
        section.page_width, section.page_height = Cm(21.59), Cm(27.94)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.top_margin = section.bottom_margin = Cm(2.2)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.widow_control = True
    title = styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(20)
    title.font.bold = True
    title.font.color.rgb = NAVY
    title.paragraph_format.keep_with_next = True
    styles["Heading 3"].paragraph_format.keep_with_next = True
    for name, size in (("Heading 1", 13), ("Heading 2", 11.5)):
        style = styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = NAVY
        style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    quote = styles["Quote"]
    quote.font.italic = True
    quote.font.color.rgb = GREY
    drafting = styles.add_style(DRAFTING_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    drafting.base_style = normal
    drafting.paragraph_format.keep_with_next = True
    drafting.paragraph_format.keep_together = True
    drafting.paragraph_format.space_after = Pt(2)
    return document


def describe(
    document: DocxDocument,
    name: str,
    description: str,
    required: Sequence[str],
    *,
    pages: int | None = None,
) -> None:
    """Name, description, required fields and page limit, in the document properties."""
    properties = document.core_properties
    properties.title = name
    properties.subject = description
    properties.keywords = "required: " + ", ".join(required)
    if pages is not None:
        properties.keywords += f"; pages: {pages}"
    properties.category = "briefing-app template"
    properties.author = "briefing-app"
    properties.created = properties.modified = FIXED_DATE
    properties.last_modified_by = "briefing-app"
    properties.revision = 1
    properties.comments = ""


def para(
    document: DocxDocument,
    text: str = "",
    style: str | None = None,
    *,
    bold: bool = False,
    size: float | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    label: bool = False,
) -> None:
    """A paragraph; a ``label`` (a line introducing what follows) keeps with the next one."""
    paragraph = document.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    if label:
        paragraph.paragraph_format.keep_with_next = True


def runs(
    document: DocxDocument,
    pieces: Sequence[tuple[str, bool]],
    style: str | None = None,
    *,
    label: bool = False,
) -> None:
    """A paragraph of runs, some bold; a ``label`` keeps with the next paragraph."""
    paragraph = document.add_paragraph(style=style)
    for text, bold in pieces:
        paragraph.add_run(text).bold = bold or None
    if label:
        paragraph.paragraph_format.keep_with_next = True


def loop(
    document: DocxDocument,
    header: str,
    body: Sequence[
        tuple[Sequence[tuple[str, bool]], str | None]
        | tuple[Sequence[tuple[str, bool]], str | None, bool]
    ],
    empty: str | None = None,
    variable: str = "",
) -> None:
    """A docxtpl paragraph loop: ``{%p header %}`` … body paragraphs … ``{%p endfor %}``.

    A body entry's optional third element marks it as a label, kept with the next paragraph.
    """
    para(document, f"{{%p {header} %}}")
    for entry in body:
        runs(document, entry[0], entry[1], label=len(entry) > 2 and bool(entry[2]))
    para(document, "{%p endfor %}")
    if empty:
        para(document, f"{{%p if not {variable} %}}")
        para(document, empty)
        para(document, "{%p endif %}")


def lines(document: DocxDocument, field: str, style: str | None = None) -> None:
    """Each line of a multi-line note field as its own paragraph."""
    para(document, f"{{%p for line in note.{field}.split('\\n') if line.strip() %}}")
    para(document, "{{ line }}", style)
    para(document, "{%p endfor %}")


Row = tuple[str, str] | tuple[str, str, str]
"""A memo-table row: label, value, and optionally the condition under which it is shown."""


def memo_table(document: DocxDocument, rows: Sequence[Row]) -> None:
    """The memo block; a row with a condition is left out (docxtpl ``{%tr if %}``) when false."""
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        label, value = row[0], row[1]
        condition = row[2] if len(row) == 3 else None
        if condition:
            table.add_row().cells[0].paragraphs[0].add_run(f"{{%tr if {condition} %}}")
        cells = table.add_row().cells
        label_run = cells[0].paragraphs[0].add_run(label)
        label_run.bold = True
        cells[1].paragraphs[0].add_run(value)
        if condition:
            table.add_row().cells[0].paragraphs[0].add_run("{%tr endif %}")
    for row in table.rows:
        row_properties(row).append(docx.oxml.OxmlElement("w:cantSplit"))
    for row in table.rows[:-1]:  # the memo block stays on one page
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    set_column_widths(table, [Cm(3.4), Cm(13.0)])
    document.add_paragraph()


def actions_table(
    document: DocxDocument,
    items: str,
    heading: str,
    *,
    with_comment: bool = True,
    headers: Sequence[str] = ("Ref", "Action", "Owner", "Due", "Passage"),
) -> None:
    """A heading and a table of actions and follow-ups, both left out when there are none.

    ``with_comment`` False leaves the comment out (the annotated readout has it as a Word
    comment on the passage already).
    """
    para(document, f"{{%p if {items} %}}")
    para(document, heading, "Heading 1")
    headers = list(headers)
    values = [
        "{{ a.portion }}{{ a.ref }}",
        "{{ a.comment }}",
        "{{ a.owner }}",
        "{{ a.due }}",
        "“{{ a.quote }}”",
    ]
    widths = [Cm(2.6), Cm(5.0), Cm(2.9), Cm(1.9), Cm(4.0)]
    if not with_comment:
        del headers[1], values[1], widths[1]
        widths[-1] = Cm(9.0)
    table = document.add_table(rows=4, cols=len(headers))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        cell.paragraphs[0].paragraph_format.keep_with_next = True  # never alone at a page foot
    repeat_as_header(table.rows[0])
    for row in table.rows:
        row_properties(row).append(docx.oxml.OxmlElement("w:cantSplit"))
    table.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for a in {items} %}}")
    for cell, text in zip(table.rows[2].cells, values, strict=True):
        cell.paragraphs[0].add_run(text)
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    set_column_widths(table, widths)
    para(document, "{%p endif %}")


def row_properties(row: object) -> object:
    """The ``w:trPr`` of a table row (made if missing)."""
    return row._tr.get_or_add_trPr()  # type: ignore[attr-defined]


def repeat_as_header(row: object) -> None:
    """Mark a table's first row as its header: repeated at the top of each page, and read as
    a header row by screen readers."""
    row_properties(row).append(docx.oxml.OxmlElement("w:tblHeader"))


def section_if(
    document: DocxDocument, condition: str, heading: str, style: str = "Heading 1"
) -> None:
    """Open a ``{%p if %}`` block starting with ``heading`` (close it with ``end_if``)."""
    para(document, f"{{%p if {condition} %}}")
    para(document, heading, style)


def end_if(document: DocxDocument) -> None:
    para(document, "{%p endif %}")


def signature(document: DocxDocument, pieces: Sequence[tuple[str, bool]], condition: str) -> None:
    """One line of the drafting block, left out when ``condition`` is false."""
    para(document, f"{{%p if {condition} %}}")
    runs(document, pieces, DRAFTING_STYLE)
    para(document, "{%p endif %}")


QUOTED = (
    "{{ k.portion }}“{{ k.quote }}” ({{ k.ref }}){% if k.comment %} — {{ k.comment }}{% endif %}"
)
"""A key point: their words, where they are, and our comment."""
OUR_WORDS = (
    "{{ t.portion }}{% if t.comment %}{{ t.comment }}{% else %}“{{ t.quote }}”{% endif %}"
    " ({{ t.ref }})"
)
"""A talking point: our words (the comment); the passage only when there is no comment."""
FOLLOW_UP = (
    "{{ a.portion }}{{ a.comment or '“' ~ a.quote ~ '”' }}"
    "{% if a.owner %} — {{ a.owner }}{% endif %}"
    "{% if a.due %}, by {{ a.due }}{% endif %} ({{ a.ref }})"
)
ACTIONS = "placed.actions + placed.follow_ups"


ENGLISH = {
    "title": "BRIEFING NOTE",
    "to": "TO:",
    "from": "FROM:",
    "through": "THROUGH:",
    "date": "DATE:",
    "subject": "SUBJECT:",
    "file": "FILE NO.:",
    "summary": "SUMMARY",
    "issue": "ISSUE",
    "background": "BACKGROUND",
    "considerations": "CONSIDERATIONS",
    "risks": "Risks",
    "questions": "Open questions",
    "lines": "Lines to take",
    "recommendation": "RECOMMENDATION",
    "no recommendation": "No recommendation is made; this note is for information.",
    "actions": "FOLLOW-UP ACTIONS",
    "action columns": ("Ref", "Action", "Owner", "Due", "Passage"),
    "prepared": "Prepared by: ",
    "contact": "Contact: ",
    "name": "Briefing note",
    "description": "The classic briefing note: memo block (To / From / Date / "
    "Subject / File no.), Summary, Issue, Background, Considerations, Recommendation "
    "and a drafter/contact block.",
}
JAPANESE = {
    "title": "説明資料",
    "to": "宛先：",
    "from": "発信：",
    "through": "経由：",
    "date": "日付：",
    "subject": "件名：",
    "file": "文書番号：",
    "summary": "要旨",
    "issue": "目的",
    "background": "経緯",
    "considerations": "検討事項",
    "risks": "留意点",
    "questions": "確認事項",
    "lines": "発言要領",
    "recommendation": "対処方針(案)",
    "no recommendation": "対処方針の案はありません(報告のみ)。",
    "actions": "今後の対応",
    "action columns": ("出典", "対応", "担当", "期限", "該当箇所"),
    "prepared": "作成: ",
    "contact": "連絡先: ",
    "name": "説明資料(日本語)",
    "description": "日本語の説明資料: 宛先・発信・日付・件名の表、要旨、目的、経緯、"
    "検討事項(留意点・発言要領)、対処方針(案)、今後の対応、作成者。",
}


def briefing_note(words: dict[str, object] = ENGLISH) -> DocxDocument:
    """The briefing note, in English or (``JAPANESE``) as a Japanese 説明資料."""
    w = words
    document = new_document()
    para(document, str(w["title"]), "Title")
    memo_table(
        document,
        (
            (str(w["to"]), "{{ note.to }}"),
            (str(w["from"]), "{{ note['from'] }}"),
            (str(w["through"]), "{{ note.through }}", "note.through"),
            (str(w["date"]), "{{ note.date or generated }}"),
            (str(w["subject"]), "{{ note.subject }}"),
            (str(w["file"]), "{{ note.file_number }}", "note.file_number"),
        ),
    )
    para(document, str(w["summary"]), "Heading 1")
    lines(document, "summary")
    section_if(document, "note.purpose", str(w["issue"]))
    lines(document, "purpose")
    end_if(document)
    section_if(
        document, "readout.title or readout.preamble or placed.key_points", str(w["background"])
    )
    para(document, "{%p if readout.title %}")
    runs(
        document,
        (
            ("{{ readout_portion }}", False),
            ("{{ readout.title }}", True),
            ("{% if readout.date %} — {{ readout.date }}{% endif %}", False),
        ),
        label=True,
    )
    para(document, "{%p endif %}")
    para(document, "{%p for p in readout.preamble[:1] %}")
    para(document, "{{ readout_portion }}{{ p }}")
    para(document, "{%p endfor %}")
    loop(document, "for k in placed.key_points", [(((QUOTED, False),), "List Bullet")])
    end_if(document)
    section_if(
        document,
        "placed.risks or placed.questions or placed.talking_points",
        str(w["considerations"]),
    )
    section_if(document, "placed.risks", str(w["risks"]), "Heading 2")
    loop(
        document,
        "for r in placed.risks",
        [
            (
                (
                    ("{{ r.portion }}{{ r.comment or r.quote }} ", False),
                    ("(“{{ r.quote }}”, {{ r.ref }})", False),
                ),
                "List Bullet",
            )
        ],
    )
    end_if(document)
    section_if(document, "placed.questions", str(w["questions"]), "Heading 2")
    loop(
        document,
        "for q in placed.questions",
        [
            (
                (("{{ q.portion }}{{ q.comment or q.quote }} ", False), ("({{ q.ref }})", False)),
                "List Bullet",
            )
        ],
    )
    end_if(document)
    section_if(document, "placed.talking_points", str(w["lines"]), "Heading 2")
    loop(document, "for t in placed.talking_points", [(((OUR_WORDS, False),), "List Bullet")])
    end_if(document)
    end_if(document)
    para(document, str(w["recommendation"]), "Heading 1")
    loop(
        document,
        "for r in recommendations",
        [((("{{ r }}", False),), "List Number")],
        empty=str(w["no recommendation"]),
        variable="recommendations",
    )
    actions_table(
        document,
        ACTIONS,
        str(w["actions"]),
        headers=tuple(w["action columns"]),  # type: ignore[arg-type]
    )
    document.add_paragraph()
    signature(document, ((str(w["prepared"]), True), ("{{ note.drafter }}", False)), "note.drafter")
    signature(document, ((str(w["contact"]), True), ("{{ note.contact }}", False)), "note.contact")
    describe(document, str(w["name"]), str(w["description"]), ("subject", "to", "from", "summary"))
    return document


def setsumei_shiryo() -> DocxDocument:
    """The briefing note as a Japanese 説明資料 (its language Japanese: markings and page
    numbers are printed in Japanese, and Word proofs it as Japanese)."""
    document = briefing_note(JAPANESE)
    set_language(document, "ja-JP")
    japanese_quotes(document)
    return document


def japanese_quotes(document: DocxDocument) -> None:
    """Quote the readout as Japanese does: 「…」 rather than “…” (body and table cells)."""
    cells = (cell for table in document.tables for row in table.rows for cell in row.cells)
    paragraphs = [*document.paragraphs, *(p for cell in cells for p in cell.paragraphs)]
    for run in (run for paragraph in paragraphs for run in paragraph.runs):
        if "“" in run.text or "”" in run.text:
            run.text = run.text.replace("“", "「").replace("”", "」")


def set_language(document: DocxDocument, tag: str) -> None:
    """Declare the document's language (core property) and its East Asian proofing
    language in the style defaults. Latin text keeps an English proofing language: marked
    Japanese, Word and LibreOffice would break English words anywhere ("secu-rity")."""
    document.core_properties.language = tag
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), tag)


def meeting_brief() -> DocxDocument:
    document = new_document()
    para(document, "MEETING BRIEF", "Title")
    memo_table(
        document,
        (
            ("Meeting:", "{{ readout.title }}", "readout.title"),
            ("Date:", "{{ readout.date or note.date }}", "readout.date or note.date"),
            ("Subject:", "{{ note.subject }}"),
            ("For:", "{{ note.to }}"),
            ("From:", "{{ note['from'] }}"),
        ),
    )
    section_if(document, "note.purpose or recommendations", "Objectives")
    lines(document, "purpose", "List Number")
    loop(document, "for r in recommendations[:3]", [((("{{ r }}", False),), "List Number")])
    end_if(document)
    section_if(document, "placed.talking_points", "Points to make")
    loop(document, "for t in placed.talking_points", [(((OUR_WORDS, False),), "List Number")])
    end_if(document)
    section_if(document, "placed.key_points or placed.questions", "Their likely objectives")
    loop(
        document,
        "for k in placed.key_points",
        [
            (
                (
                    ("{{ k.portion }}", False),
                    ("They: ", True),
                    ("“{{ k.quote }}” ({{ k.ref }})", False),
                ),
                "List Bullet",
                True,
            ),
            ((("{%p if k.comment %}", False),), None),
            ((("Our note: ", True), ("{{ k.comment }}", False)), "List Continue"),
            ((("{%p endif %}", False),), None),
        ],
    )
    loop(
        document,
        "for q in placed.questions",
        [
            (
                (
                    ("{{ q.portion }}", False),
                    ("To find out: ", True),
                    ("{{ q.comment or q.quote }} ({{ q.ref }})", False),
                ),
                "List Bullet",
            )
        ],
    )
    end_if(document)
    section_if(document, "placed.risks", "Risks to manage")
    loop(
        document,
        "for r in placed.risks",
        [
            (
                (("{{ r.portion }}{{ r.comment or r.quote }} ", False), ("({{ r.ref }})", False)),
                "List Bullet",
            )
        ],
    )
    end_if(document)
    section_if(document, ACTIONS, "Follow-up")
    loop(document, f"for a in {ACTIONS}", [(((FOLLOW_UP, False),), "List Bullet")])
    end_if(document)
    para(document, "Press line", "Heading 1")
    para(document, "{%p if note.press_line %}")
    lines(document, "press_line", "Quote")
    para(document, "{%p elif placed.talking_points %}")
    para(
        document,
        "Reactive only. If asked, draw on the points to make above "
        "({% if placed.talking_points | length > 1 %}1–{% endif %}"
        "{{ placed.talking_points | length }}); do not quote the other side.",
    )
    para(document, "{%p else %}")
    para(document, "Reactive only.")
    para(document, "{%p endif %}")
    section_if(document, "note.summary or brief_sections", "Background")
    lines(document, "summary")
    loop(
        document,
        "for s in brief_sections[:8]",
        [
            (
                (
                    (
                        "{% if s.number %}{{ s.ref }}{% if s.heading %} {{ s.heading }}"
                        "{% else %} {{ s.label[s.number|length:]|trim }}{% endif %}"
                        "{% elif s.heading %}{{ s.heading }}"
                        "{% elif s.ref == 'Opening' %}{{ s.ref }}"
                        "{% else %}{{ s.label }}{% endif %}",
                        True,
                    ),
                    ("{% if s.note %} — {{ s.note }}{% endif %}", False),
                ),
                "List Bullet",
            ),
        ],
    )
    end_if(document)
    signature(
        document,
        (
            ("{% if note.drafter %}", False),
            ("Drafted by: ", True),
            ("{{ note.drafter }}{% endif %}", False),
            ("{% if note.drafter and note.contact %} · {% endif %}", False),
            ("{% if note.contact %}", False),
            ("Contact: ", True),
            ("{{ note.contact }}{% endif %}", False),
        ),
        "note.drafter or note.contact",
    )
    describe(
        document,
        "Meeting brief",
        "A two-page meeting brief: Objectives, Points to make, "
        "Their likely objectives, Risks, Follow-up, Press line, Background.",
        ("subject", "to", "from"),
        pages=2,
    )
    return document


def action_memo() -> DocxDocument:
    document = new_document(letter=True)
    para(document, "ACTION MEMO FOR {{ note.to | upper }}", bold=True, size=13)
    memo_table(
        document,
        (
            ("FROM:", "{{ note['from'] }}"),
            ("THROUGH:", "{{ note.through }}", "note.through"),
            ("DATE:", "{{ note.date or generated }}"),
            ("SUBJECT:", "{{ note.subject }}"),
            ("FILE NO.:", "{{ note.file_number }}", "note.file_number"),
        ),
    )
    para(document, "Bottom line up front", "Heading 1")
    para(document, "{{ note.summary | truncate(420, true, '…') }}")
    para(document, "Recommendation", "Heading 1")
    para(document, "{%p for r in recommendations[:3] %}")
    para(document, "{{ r }}", "List Number", label=True)
    para(document, "Approve ________      Disapprove ________      Discuss ________")
    para(document, "{%p endfor %}")
    para(document, "{%p if not recommendations %}")
    para(document, "That you note the outcome of the meeting.", label=True)
    para(document, "Approve ________      Disapprove ________")
    para(document, "{%p endif %}")
    para(document, "Background", "Heading 1")
    para(document, "{%p if readout.title %}")
    para(
        document,
        "{{ readout_portion }}"
        "{{ (readout.title ~ (' (' ~ readout.date ~ ')' if readout.date else '')) | sentence }}",
        label=True,
    )
    para(document, "{%p endif %}")
    loop(document, "for k in placed.key_points", [(((QUOTED, False),), "List Bullet")])
    section_if(document, "placed.talking_points", "Our lines", "Heading 2")
    loop(document, "for t in placed.talking_points", [(((OUR_WORDS, False),), "List Bullet")])
    end_if(document)
    section_if(document, "placed.risks", "Risks", "Heading 2")
    loop(
        document,
        "for r in placed.risks",
        [
            (
                (("{{ r.portion }}{{ r.comment or r.quote }} ", False), ("({{ r.ref }})", False)),
                "List Bullet",
            )
        ],
    )
    end_if(document)
    section_if(document, "placed.questions", "Open questions", "Heading 2")
    loop(
        document,
        "for q in placed.questions",
        [
            (
                (("{{ q.portion }}{{ q.comment or q.quote }} ", False), ("({{ q.ref }})", False)),
                "List Bullet",
            )
        ],
    )
    end_if(document)
    section_if(document, ACTIONS, "Next steps", "Heading 2")
    loop(document, f"for a in {ACTIONS}", [(((FOLLOW_UP, False),), "List Bullet")])
    end_if(document)
    signature(document, (("Drafted: ", True), ("{{ note.drafter }}", False)), "note.drafter")
    para(document, "{%p for c in note.cleared %}")
    runs(
        document,
        (
            ("{% if loop.first %}Cleared: {% endif %}", True),
            ("{{ [c.name, c.office, c.date] | select | join(', ') }}", False),
        ),
        DRAFTING_STYLE,
    )
    para(document, "{%p endfor %}")
    describe(
        document,
        "Action memo",
        "A decision memo: ACTION MEMO FOR / FROM / THROUGH / DATE / SUBJECT / FILE NO., "
        "BLUF, Recommendation with Approve / Disapprove lines, Background, "
        "Drafted / Cleared lines kept with the body. Firm two-page limit.",
        ("subject", "to", "from", "summary"),
        pages=2,
    )
    return document


def comment_styles(document: DocxDocument) -> None:
    """Word's own comment styles (ids CommentText, CommentReference), which comments use."""
    styles = document.styles
    text = styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
    text.element.styleId = "CommentText"
    text.base_style = styles["Normal"]
    text.font.size = Pt(10)
    text.paragraph_format.space_after = Pt(0)
    reference = styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
    reference.element.styleId = "CommentReference"
    reference.font.size = Pt(8)
    for style in (text, reference):  # built-in styles, not custom ones
        style.element.attrib.pop(qn("w:customStyle"), None)


def annotated_readout() -> DocxDocument:
    document = new_document()
    comment_styles(document)
    para(document, "{{ readout.title or note.subject }}", "Title")
    para(document, "{%p if readout.date or readout.source %}")
    runs(
        document,
        (
            ("{{ readout.date }}", False),
            ("{% if readout.date and readout.source %} · {% endif %}", False),
            ("{{ readout.source }}", False),
        ),
    )
    para(document, "{%p endif %}")
    runs(
        document,
        (
            ("Annotated by ", False),
            ("{{ note.drafter or annotators or 'the desk' }}", True),
            (" · {{ note.date or generated }}", False),
        ),
    )
    para(document, "{%p if clean %}")
    para(
        document,
        "Each annotation is numbered in brackets after its passage, with its first tag, "
        "and listed in the Annotations table after the readout.",
        "Quote",
    )
    para(document, "{%p else %}")
    para(
        document,
        "Each annotation is a comment on its passage; the shading shows its first tag "
        "(yellow: key point, green: action, red: risk, blue: question, "
        "violet: follow-up, orange: talking point).",
        "Quote",
    )
    para(document, "{%p endif %}")
    para(document, "Readout", "Heading 1")
    para(document, "{{ readout_body }}")
    actions_table(document, ACTIONS, "Action items", with_comment=False)
    describe(
        document,
        "Annotated readout",
        "The full readout section by section, every annotation "
        "a Word comment on its exact passage with a highlight, followed by a table of the "
        "actions and follow-ups.",
        (),
    )
    return document


def save_reproducibly(document: DocxDocument, path: Path) -> None:
    """Save with fixed zip timestamps, so regenerating an unchanged template changes no bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            fixed = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(item.filename))
    path.write_bytes(out.getvalue())


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for key, build in (
        ("briefing-note", briefing_note),
        ("setsumei-shiryo", setsumei_shiryo),
        ("meeting-brief", meeting_brief),
        ("action-memo", action_memo),
        ("annotated-readout", annotated_readout),
    ):
        path = OUT / f"{key}.docx"
        save_reproducibly(build(), path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
