"""The annotated readout goes round in Word and comes back: new comments, a reply, an edit
and a deletion, made with python-docx and raw XML independently of the exporter."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from briefing_app.core.opening import sample_project
from briefing_app.core.project import Project
from briefing_app.export.render import export_note
from briefing_app.export.templates import find_template
from briefing_app.export.word_comments import apply_word_comments, read_word_comments
from tests.core.test_revision import _annotate

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
NS = {"w": W}


def _project() -> Project:
    project = sample_project()
    _annotate(project, "Six-Party Talks", comment="Resume them", tags=["Action"])
    _annotate(project, "Sakhalin III project", comment="Gas prices", tags=["Risk"])
    _annotate(project, "visa procedures", comment="Consular to act")
    return project


def _reviewed_in_word(exported: Path, reviewed: Path) -> None:
    """What two colleagues do in Word: a new comment and a reply, one edit, one deletion."""
    document = docx.Document(str(exported))
    run = next(r for p in document.paragraphs for r in p.runs if "cultural center" in r.text)
    document.add_comment(run, text="Culture is a soft win", author="B. Colleague", initials="BC")
    comments = document.part._comments_part.element
    for comment in comments.findall("w:comment", NS):
        text = "".join(comment.itertext())
        if "Resume them" in text:  # edited: a colleague rewrites the comment's body
            last = comment.findall(".//w:t", NS)[-1]
            last.text = "Resume them, and say so at the UN"
        if "Consular to act" in text:  # deleted in Word, with its range in the body
            gone = comment.get(f"{{{W}}}id")
            comments.remove(comment)
            body = document.element.body
            for marker in body.xpath(
                f".//w:commentRangeStart[@w:id='{gone}'] | "
                f".//w:commentRangeEnd[@w:id='{gone}'] | "
                f".//w:r[w:commentReference/@w:id='{gone}']"
            ):
                marker.getparent().remove(marker)
    reply_of = next(
        c
        for c in comments.findall("w:comment", NS)
        if "Culture is a soft win" in "".join(c.itertext())
    )
    document.add_comment(
        run, text="Agreed, put it in the brief", author="C. Reviewer", initials="CR"
    )
    reply = comments.findall("w:comment", NS)[-1]
    buffer = io.BytesIO()
    document.save(buffer)
    _thread(buffer.getvalue(), reply_of.get(f"{{{W}}}id"), reply.get(f"{{{W}}}id"), reviewed)


def _thread(data: bytes, parent_id: str, reply_id: str, out: Path) -> None:
    """Mark ``reply_id`` a reply to ``parent_id`` as Word does: paragraph ids on the comments and
    a commentsExtended part naming the parent."""
    source = zipfile.ZipFile(io.BytesIO(data))
    comments = etree.fromstring(source.read("word/comments.xml"))
    para_ids = {}
    for number, comment in enumerate(comments.findall("w:comment", NS), start=1):
        paragraph = comment.findall("w:p", NS)[-1]
        pid = f"{number:08X}"
        paragraph.set(f"{{{W14}}}paraId", pid)
        para_ids[comment.get(f"{{{W}}}id")] = pid
    extended = (
        f'<w15:commentsEx xmlns:w15="{W15}">'
        f'<w15:commentEx w15:paraId="{para_ids[parent_id]}" w15:done="0"/>'
        f'<w15:commentEx w15:paraId="{para_ids[reply_id]}" '
        f'w15:paraIdParent="{para_ids[parent_id]}" w15:done="0"/></w15:commentsEx>'
    )
    types = (
        source.read("[Content_Types].xml")
        .decode()
        .replace(
            "</Types>",
            '<Override PartName="/word/commentsExtended.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
        )
    )
    rels = (
        source.read("word/_rels/document.xml.rels")
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdCx" Type="http://schemas.microsoft.com/office/2011/relationships/'
            'commentsExtended" Target="commentsExtended.xml"/></Relationships>',
        )
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "word/comments.xml":
                body = etree.tostring(comments, xml_declaration=True, encoding="UTF-8")
            elif info.filename == "[Content_Types].xml":
                body = types.encode()
            elif info.filename == "word/_rels/document.xml.rels":
                body = rels.encode()
            target.writestr(info.filename, body)
        target.writestr("word/commentsExtended.xml", extended)


def test_a_reviewed_annotated_readout_comes_back_into_the_project(tmp_path: Path) -> None:
    project = _project()
    exported = export_note(
        project, find_template("annotated-readout"), tmp_path / "annotated.docx", author="A"
    )
    reviewed = tmp_path / "reviewed.docx"
    _reviewed_in_word(exported, reviewed)
    comments = read_word_comments(reviewed.read_bytes(), reviewed.name)
    assert len(comments) == 4  # two of ours left, the new comment and its reply
    result, report = apply_word_comments(project, comments)
    assert report.summary() == (
        "new 1, replies 1, edited 1, unchanged 1, deleted in Word 1, not placed 0"
    )
    new = result.annotation(report.added[0])
    reply = result.annotation(report.replies[0])
    assert (new.author, new.comment) == ("B. Colleague", "Culture is a soft win")
    assert (reply.author, reply.reply_to) == ("C. Reviewer", new.id)
    assert "cultural center" in new.quote
    assert result.readout.text[new.start : new.end] == new.quote
    edited = result.annotation(report.edited[0])
    assert edited.comment == "Resume them, and say so at the UN"
    deleted = report.deleted_in_word[0]
    assert result.annotation(deleted).comment == "Consular to act"  # reported, not deleted
    assert len(project.annotations) == 3  # the project itself is untouched


def test_a_file_without_comments_has_none(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("No comments here.")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    assert read_word_comments(path.read_bytes(), path.name) == []
    _, report = apply_word_comments(_project(), [])
    assert report.summary() == (  # every exported annotation is reported gone, none deleted
        "new 0, replies 0, edited 0, unchanged 0, deleted in Word 3, not placed 0"
    )


def test_cli_takes_a_reviewed_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing_app.cli.main import main
    from briefing_app.core.project_io import load_project, save_project

    project = _project()
    save_project(project, tmp_path / "mine.briefing")
    exported = export_note(
        project, find_template("annotated-readout"), tmp_path / "annotated.docx", author="A"
    )
    _reviewed_in_word(exported, tmp_path / "reviewed.docx")
    out = tmp_path / "after-review.briefing"
    command = [
        "import-annotations",
        str(tmp_path / "mine.briefing"),
        str(tmp_path / "reviewed.docx"),
    ]
    assert main([*command, "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith("new 1, replies 1, edited 1, unchanged 1")
    assert len(load_project(out).annotations) == 5


def test_a_resolved_annotation_goes_to_word_as_a_resolved_comment_and_comes_back(
    tmp_path: Path,
) -> None:
    project = _project()
    project.annotations[0].resolved = True
    out = export_note(
        project, find_template("annotated-readout"), tmp_path / "annotated.docx", author="A"
    )
    docx.Document(str(out))  # opens
    comments = read_word_comments(out.read_bytes(), out.name)
    done = {c.text.split("\n")[-1]: c.done for c in comments}
    resolved_comment = project.annotations[0].comment
    assert done[resolved_comment] is True
    assert [flag for text, flag in done.items() if text != resolved_comment] == [False, False]
