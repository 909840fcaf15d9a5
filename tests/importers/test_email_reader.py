"""Saved e-mails: the body as the readout, subject and sent date, readout attachments listed."""

from __future__ import annotations

import io
import sys
import unicodedata
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.cli.main import main
from briefing_app.core.coverage import coverage_problems
from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers import import_bytes, import_email, import_path

BODY_TEXT = """Colleagues, the readout of today's call follows.

Foreign Minister Smith spoke with Foreign Minister Tanaka today.

1. The ministers reviewed preparations for the summit in March.

2. They agreed to meet again in Geneva.

--{SPACE}
Desk Officer, Northeast Asia
+1 555 0100
""".format(SPACE=" ")

BODY_HTML = """<html><head><meta charset="windows-1251"><title>x</title></head><body>
<h1>Readout of the Minister's Call with the Foreign Minister of Ukraine</h1>
<p>The Minister spoke today with Foreign Minister Kuleba — «дякую».</p>
<p>1. They discussed grain exports through the Black Sea.</p>
<p>2. They agreed to stay in close contact.</p>
</body></html>"""


def _message(subject: str = "FW: RE: Readout: Smith-Tanaka call") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "desk@example.org"
    message["To"] = "team@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 20 Jun 2023 18:04:00 +0200"
    message["Message-ID"] = "<1@example.org>"
    return message


def test_text_body_subject_title_sent_date_and_signature_set_aside() -> None:
    message = _message()
    message.set_content(BODY_TEXT)
    readout, attachments = import_email(message.as_bytes(), "call.eml")
    assert readout.source_format == "email"
    assert readout.title == "Readout: Smith-Tanaka call"
    assert readout.date == "2023-06-20"
    assert [node.number for node in readout.sections] == ["1", "2"]
    assert "Desk Officer" not in readout.text
    assert {"Desk Officer, Northeast Asia", "+1 555 0100"} <= {r.text for r in readout.removed}
    assert attachments == []
    assert coverage_problems(readout) == []


def test_html_body_is_preferred_and_its_heading_beats_the_subject() -> None:
    message = _message()
    message.set_content("plain alternative that should not be used")
    message.add_alternative(BODY_HTML, subtype="html", charset="utf-8")
    readout = import_bytes(message.as_bytes(), "call.eml")
    assert readout.title == "Readout of the Minister's Call with the Foreign Minister of Ukraine"
    # The body was sent as UTF-8 although the page inside says windows-1251.
    assert "«дякую»" in readout.text
    assert "plain alternative" not in readout.text
    assert readout.date == "2023-06-20"


def test_forwarded_header_block_is_set_aside() -> None:
    message = _message()
    message.set_content(
        "---------- Forwarded message ---------\nFrom: Press Office <press@example.org>\n"
        "Date: Mon, 19 Jun 2023\nSubject: Readout\nTo: desk@example.org\n\n" + BODY_TEXT
    )
    readout = import_bytes(message.as_bytes(), "fw.eml")
    assert "press@example.org" not in readout.text
    assert any(
        r.reason == "forwarded e-mail header" and "press@example.org" in r.text
        for r in readout.removed
    )


def _with_attachments() -> EmailMessage:
    message = _message("Readouts attached")
    message.set_content(BODY_TEXT)
    message.add_attachment(
        b"%PDF-1.7 fake", maintype="application", subtype="pdf", filename="readout.pdf"
    )
    message.add_attachment(
        b"PK\x03\x04 fake",
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="statement.docx",
    )
    message.add_attachment(b"\x89PNG fake", maintype="image", subtype="png", filename="logo.png")
    return message


def test_readout_attachments_are_returned_and_others_not() -> None:
    _, attachments = import_email(_with_attachments().as_bytes(), "mail.eml")
    assert [(a.filename, a.size) for a in attachments] == [
        ("readout.pdf", len(b"%PDF-1.7 fake")),
        ("statement.docx", len(b"PK\x03\x04 fake")),
    ]
    assert attachments[0].data == b"%PDF-1.7 fake"


def test_an_empty_body_imports_the_attached_readout() -> None:
    message = _message("Readout")
    message.set_content("\n")
    message.add_attachment(
        BODY_HTML.encode("utf-8"), maintype="text", subtype="html", filename="readout.html"
    )
    readout, attachments = import_email(message.as_bytes(), "mail.eml")
    assert readout.title is not None and readout.title.startswith("Readout of the Minister")
    assert [a.filename for a in attachments] == ["readout.html"]


def test_email_found_by_content_whatever_its_name(tmp_path: Path) -> None:
    message = _message()
    message.set_content(BODY_TEXT)
    path = tmp_path / "saved-message"
    path.write_bytes(message.as_bytes())
    assert import_path(path).source_format == "email"


def test_an_attribution_line_is_not_taken_for_mail_headers() -> None:
    text = "From: Office of the Spokesperson\nTo: all\nDate: today\n\nThe Minister met X."
    assert import_bytes(text.encode(), "readout").source_format == "text"


def test_outlook_msg_gets_one_line_saying_what_to_do() -> None:
    with pytest.raises(ReadoutImportError) as caught:
        import_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "call.msg")
    message = str(caught.value)
    assert message.startswith("call.msg: Outlook .msg files cannot be read") and ".eml" in message
    assert "\n" not in message


def test_cli_says_which_attachments_it_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(_with_attachments().as_bytes())
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 readout(s) attached to the e-mail:" in out
    assert "readout.pdf" in out and "statement.docx" in out and "logo.png" not in out


def test_cli_inspect_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    message = _message()
    message.set_content(BODY_TEXT)
    stdin = io.TextIOWrapper(io.BytesIO(message.as_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["inspect", "-", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"title": "Readout: Smith-Tanaka call"' in out


def test_cli_inspect_stdin_text_and_too_much(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing_app.importers import decoding

    text = "Readout of the call\n\n1. The ministers met.\n\n2. They agreed.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["inspect", "-"]) == 0
    assert "Readout of the call" in capsys.readouterr().out
    monkeypatch.setattr(decoding, "MAX_INPUT_BYTES", 10)
    monkeypatch.setattr("briefing_app.importers.MAX_INPUT_BYTES", 10)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["inspect", "-"]) == 1
    err = capsys.readouterr().err
    assert "stdin: more than" in err and err.count("\n") == 1


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(categories=("L", "N", "P", "Zs"), include_characters="\n"),
        max_size=400,
    )
)
def test_no_text_of_a_text_body_is_lost(body: str) -> None:
    message = _message()
    message.set_content(body)
    try:
        readout, _ = import_email(message.as_bytes(), "mail.eml")
    except ReadoutImportError as exc:
        assert "\n" not in str(exc)
        assert not body.strip() or str(exc).startswith("mail.eml: the file has no text")
        return
    assert coverage_problems(readout) == []
    kept = readout.text + "".join(r.text for r in readout.removed if r.span is None)
    nfc = unicodedata.normalize("NFC", body)  # the importer keeps text in NFC
    assert Counter("".join(nfc.split())) == Counter("".join(kept.split()))


def test_a_page_saved_by_a_browser_as_one_file_is_a_web_page() -> None:
    message = EmailMessage()
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = "https://mfa.example.org/readout/123"
    message["Subject"] = "Readout | Ministry of Foreign Affairs"
    message["Date"] = "Wed, 21 Jun 2023 09:00:00 -0000"
    message["MIME-Version"] = "1.0"
    message.set_content(BODY_HTML, subtype="html", cte="quoted-printable")
    message.make_related()
    message.add_related(b"\x89PNG fake", maintype="image", subtype="png", cid="<logo>")
    readout, attachments = import_email(message.as_bytes(), "page.mhtml")
    assert readout.source_format == "html"
    assert readout.source == "https://mfa.example.org/readout/123"
    assert readout.title.startswith("Readout of the Minister's Call")
    assert "«дякую»" in readout.text and attachments == []
