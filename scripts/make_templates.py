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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from briefing_app.export.docx_tools import set_column_widths

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
    title = styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(20)
    title.font.bold = True
    title.font.color.rgb = NAVY
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
    return document


def describe(document: DocxDocument, name: str, description: str, required: Sequence[str]) -> None:
    properties = document.core_properties
    properties.title = name
    properties.subject = description
    properties.keywords = "required: " + ", ".join(required)
    properties.category = "briefing-app template"
    properties.author = "briefing-app"
    properties.created = properties.modified = FIXED_DATE
    properties.last_modified_by = "briefing-app"
    properties.revision = 1


def para(
    document: DocxDocument,
    text: str = "",
    style: str | None = None,
    *,
    bold: bool = False,
    size: float | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    paragraph = document.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align


def runs(
    document: DocxDocument, pieces: Sequence[tuple[str, bool]], style: str | None = None
) -> None:
    paragraph = document.add_paragraph(style=style)
    for text, bold in pieces:
        paragraph.add_run(text).bold = bold or None


def loop(
    document: DocxDocument,
    header: str,
    body: list[tuple[Sequence[tuple[str, bool]], str | None]],
    empty: str | None = None,
    variable: str = "",
) -> None:
    """A docxtpl paragraph loop: ``{%p header %}`` … body paragraphs … ``{%p endfor %}``."""
    para(document, f"{{%p {header} %}}")
    for pieces, style in body:
        runs(document, pieces, style)
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


def memo_table(document: DocxDocument, rows: Sequence[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in rows:
        cells = table.add_row().cells
        label_run = cells[0].paragraphs[0].add_run(label)
        label_run.bold = True
        cells[1].paragraphs[0].add_run(value)
    set_column_widths(table, [Cm(3.4), Cm(13.0)])
    document.add_paragraph()


def actions_table(document: DocxDocument) -> None:
    table = document.add_table(rows=4, cols=5)
    table.style = document.styles["Table Grid"]
    headers = ("Ref", "Action", "Owner", "Due", "Passage")
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for a in actions %}")
    values = (
        "{{ a.ref }}",
        "{{ a.comment }}",
        "{{ a.owner or '—' }}",
        "{{ a.due or '—' }}",
        "“{{ a.quote }}”",
    )
    for cell, text in zip(table.rows[2].cells, values, strict=True):
        cell.paragraphs[0].add_run(text)
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    set_column_widths(table, [Cm(1.5), Cm(5.4), Cm(2.9), Cm(2.0), Cm(4.6)])
    para(document, "{%p if not actions %}")
    para(document, "No actions were recorded.")
    para(document, "{%p endif %}")


def briefing_note() -> DocxDocument:
    document = new_document()
    para(document, "{{ marking }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(document, "BRIEFING NOTE", "Title")
    memo_table(
        document,
        (
            ("TO:", "{{ note.to }}"),
            ("FROM:", "{{ note['from'] }}"),
            ("THROUGH:", "{{ note.through or '—' }}"),
            ("DATE:", "{{ note.date or generated }}"),
            ("SUBJECT:", "{{ note.subject }}"),
            ("FILE NO.:", "{{ note.file_number or '—' }}"),
        ),
    )
    para(document, "SUMMARY", "Heading 1")
    lines(document, "summary")
    loop(
        document,
        "for k in key_points[:5]",
        [
            ((("{{ k.comment or k.quote }} ", False), ("({{ k.ref }})", False)), "List Bullet"),
        ],
    )
    para(document, "ISSUE", "Heading 1")
    lines(document, "purpose")
    para(document, "BACKGROUND", "Heading 1")
    runs(
        document,
        (
            ("{{ readout.title }}", True),
            ("{% if readout.date %} — {{ readout.date }}{% endif %}", False),
        ),
    )
    para(document, "{%p for p in readout.preamble[:1] %}")
    para(document, "{{ p }}")
    para(document, "{%p endfor %}")
    loop(
        document,
        "for k in key_points",
        [
            (
                (
                    ("“{{ k.quote }}” ", False),
                    ("({{ k.ref }})", True),
                    ("{% if k.comment %} — {{ k.comment }}{% endif %}", False),
                ),
                "List Bullet",
            ),
        ],
        empty="No key points were marked.",
        variable="key_points",
    )
    para(document, "CONSIDERATIONS", "Heading 1")
    para(document, "Risks", "Heading 2")
    loop(
        document,
        "for r in risks",
        [
            (
                (("{{ r.comment or r.quote }} ", False), ("(“{{ r.quote }}”, {{ r.ref }})", False)),
                "List Bullet",
            ),
        ],
        empty="No risks were identified.",
        variable="risks",
    )
    para(document, "Open questions", "Heading 2")
    loop(
        document,
        "for q in questions",
        [
            ((("{{ q.comment or q.quote }} ", False), ("({{ q.ref }})", False)), "List Bullet"),
        ],
        empty="None.",
        variable="questions",
    )
    para(document, "RECOMMENDATION", "Heading 1")
    loop(
        document,
        "for r in recommendations",
        [((("{{ r }}", False),), "List Number")],
        empty="No recommendation is made; this note is for information.",
        variable="recommendations",
    )
    para(document, "FOLLOW-UP ACTIONS", "Heading 1")
    actions_table(document)
    document.add_paragraph()
    runs(document, (("Prepared by: ", True), ("{{ note.drafter }}", False)))
    runs(document, (("Contact: ", True), ("{{ note.contact or note.drafter }}", False)))
    describe(
        document,
        "Briefing note",
        "The classic briefing note: memo block (To / From / Date / "
        "Subject / File no.), Summary, Issue, Background, Considerations, Recommendation "
        "and a drafter/contact block.",
        ("subject", "to", "from", "summary"),
    )
    return document


def meeting_brief() -> DocxDocument:
    document = new_document()
    para(document, "{{ marking }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(document, "MEETING BRIEF", "Title")
    memo_table(
        document,
        (
            ("Meeting:", "{{ readout.title }}"),
            ("Date:", "{{ readout.date or note.date or '—' }}"),
            ("Subject:", "{{ note.subject }}"),
            ("For:", "{{ note.to }}"),
            ("From:", "{{ note['from'] }}"),
        ),
    )
    para(document, "Objectives", "Heading 1")
    lines(document, "purpose", "List Number")
    loop(document, "for r in recommendations[:3]", [((("{{ r }}", False),), "List Number")])
    para(document, "Points to make", "Heading 1")
    loop(
        document,
        "for t in talking_points[:8]",
        [
            ((("{{ t.comment or t.quote }}", False),), "List Number"),
        ],
        empty="No talking points were marked.",
        variable="talking_points",
    )
    para(document, "Their likely objectives and our response", "Heading 1")
    loop(
        document,
        "for k in (key_points + questions)[:6]",
        [
            ((("They: ", True), ("“{{ k.quote }}” ({{ k.ref }})", False)), "List Bullet"),
            (
                (("Our response: ", True), ("{{ k.comment or 'To be agreed.' }}", False)),
                "List Continue",
            ),
        ],
    )
    para(document, "Risks to manage", "Heading 2")
    loop(
        document,
        "for r in risks[:4]",
        [
            ((("{{ r.comment or r.quote }} ", False), ("({{ r.ref }})", False)), "List Bullet"),
        ],
        empty="None identified.",
        variable="risks",
    )
    para(document, "Press line", "Heading 1")
    para(document, "{%p for t in talking_points[:2] %}")
    para(document, "“{{ t.quote }}.”", "Quote")
    para(document, "{%p endfor %}")
    para(document, "{%p if not talking_points %}")
    para(document, "No press line: reactive only.")
    para(document, "{%p endif %}")
    para(document, "Background", "Heading 1")
    lines(document, "summary")
    loop(
        document,
        "for s in brief_sections[:8]",
        [
            (
                (
                    ("{{ s.ref }} {{ s.heading or s.label }}", True),
                    ("{% if s.note %} — {{ s.note }}{% endif %}", False),
                ),
                "List Bullet",
            ),
        ],
    )
    runs(
        document,
        (
            ("Drafted by: ", True),
            ("{{ note.drafter }}", False),
            ("{% if note.contact %} · Contact: {{ note.contact }}{% endif %}", False),
        ),
    )
    describe(
        document,
        "Meeting brief",
        "A two-page meeting brief: Objectives, Points to make, "
        "Their likely objectives and our response, Press line, Background.",
        ("subject", "to", "from"),
    )
    return document


def action_memo() -> DocxDocument:
    document = new_document(letter=True)
    para(document, "{{ marking }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(document, "ACTION MEMO FOR {{ note.to | upper }}", bold=True, size=13)
    memo_table(
        document,
        (
            ("FROM:", "{{ note['from'] }}"),
            ("THROUGH:", "{{ note.through or '—' }}"),
            ("SUBJECT:", "{{ note.subject }}"),
        ),
    )
    para(document, "Bottom line up front", "Heading 1")
    para(document, "{{ note.summary | truncate(420, true, '…') }}")
    para(document, "Recommendation", "Heading 1")
    para(document, "{%p for r in recommendations[:3] %}")
    para(document, "{{ r }}", "List Number")
    para(document, "Approve ________      Disapprove ________      Discuss ________")
    para(document, "{%p endfor %}")
    para(document, "{%p if not recommendations %}")
    para(document, "That you note the outcome of the meeting.")
    para(document, "Approve ________      Disapprove ________")
    para(document, "{%p endif %}")
    para(document, "Background", "Heading 1")
    runs(
        document,
        (
            ("{{ readout.title }}", False),
            ("{% if readout.date %} ({{ readout.date }}){% endif %}.", False),
        ),
    )
    loop(
        document,
        "for k in key_points[:5]",
        [
            ((("{{ k.comment or k.quote }} ", False), ("({{ k.ref }})", False)), "List Bullet"),
        ],
    )
    para(document, "{%p if risks %}")
    para(document, "Risks", "Heading 2")
    para(document, "{%p endif %}")
    loop(
        document,
        "for r in risks[:3]",
        [
            ((("{{ r.comment or r.quote }} ", False), ("({{ r.ref }})", False)), "List Bullet"),
        ],
    )
    para(document, "{%p if actions %}")
    para(document, "Next steps", "Heading 2")
    para(document, "{%p endif %}")
    loop(
        document,
        "for a in actions[:4]",
        [
            (
                (
                    ("{{ a.comment or a.quote }}", False),
                    (
                        "{% if a.owner %} — {{ a.owner }}{% endif %}"
                        "{% if a.due %}, by {{ a.due }}{% endif %}",
                        False,
                    ),
                ),
                "List Bullet",
            ),
        ],
    )
    document.add_paragraph()
    runs(document, (("Drafted: ", True), ("{{ note.drafter }}", False)))
    runs(document, (("Cleared: ", True), ("{{ note.through or '—' }}", False)))
    describe(
        document,
        "Action memo",
        "A decision memo: CLASSIFICATION//HANDLING line, ACTION MEMO "
        "FOR / FROM / SUBJECT, BLUF, Recommendation with Approve / Disapprove lines, "
        "Background, Drafted / Cleared lines. Firm two-page limit.",
        ("subject", "to", "from", "summary"),
    )
    return document


def annotated_readout() -> DocxDocument:
    document = new_document()
    para(document, "{{ marking }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(document, "{{ readout.title or note.subject }}", "Title")
    runs(
        document,
        (
            ("{{ readout.date }}", False),
            ("{% if readout.source %} · {{ readout.source }}{% endif %}", False),
        ),
    )
    runs(
        document,
        (
            ("Annotated by ", False),
            ("{{ note.drafter or 'the desk' }}", True),
            (" · {{ note.date or generated }}", False),
        ),
    )
    para(
        document,
        "Each annotation is a comment on its passage; the shading shows its first tag "
        "(yellow: key point, green: action, red: risk, blue: question, "
        "violet: follow-up, orange: talking point).",
        "Quote",
    )
    para(document, "Readout", "Heading 1")
    para(document, "{{ readout_body }}")
    para(document, "Action items", "Heading 1")
    actions_table(document)
    describe(
        document,
        "Annotated readout",
        "The full readout section by section, every annotation "
        "a Word comment on its exact passage with a highlight, followed by an action-items "
        "table.",
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
        ("meeting-brief", meeting_brief),
        ("action-memo", action_memo),
        ("annotated-readout", annotated_readout),
    ):
        path = OUT / f"{key}.docx"
        save_reproducibly(build(), path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
