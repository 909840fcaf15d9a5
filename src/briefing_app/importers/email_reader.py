"""Saved e-mails (``.eml``): the body as a readout, the subject and sent date, the attachments.

Readouts circulate by e-mail. The HTML body (or else the text body) goes through the same
HTML and plain-text readers as a file would; the subject, less its "RE:"/"FW:" prefixes, is
the title when the body brings none; the Date header is the sent date. Attachments that are
readouts themselves (Word, PDF, web page, OpenDocument, text) are returned so the app can
offer them. Outlook ``.msg`` files are refused with a one-line message: the one Python reader
of them (extract-msg) is GPL, which this MIT project cannot ship.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import PurePath

from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.model import RemovedLine
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.blocks import normalise_inline
from briefing_app.importers.decoding import decode_text
from briefing_app.importers.plaintext import text_to_blocks

log = logging.getLogger(__name__)

READOUT_ATTACHMENT_SUFFIXES = (
    ".docx", ".pdf", ".html", ".htm", ".xhtml", ".odt", ".rtf", ".txt", ".md", ".eml",
)  # fmt: skip
_READOUT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "text/html": ".html",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "message/rfc822": ".eml",
}
MSG_MESSAGE = (
    "Outlook .msg files cannot be read: save the e-mail as .eml (Save as, or Download, in "
    "the new Outlook and Outlook on the web) or save the readout itself"
)
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|tr|rv|sv|vs|antw)\s*:\s*|\[[^\]]{1,30}\]\s*)+",
                           re.IGNORECASE)  # fmt: skip
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]*\S?")
_KEY_HEADERS = ("subject:", "mime-version:", "message-id:", "received:", "return-path:")
_FORWARD_MARK = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|original message|message d'origine|"
    r"ursprüngliche nachricht|mensaje original|weitergeleitete nachricht)\s*-{2,}|"
    r"begin forwarded message:)\s*$",
    re.IGNORECASE,
)
_QUOTED_HEADER = re.compile(
    r"^\s*(from|sent|date|to|cc|subject|von|gesendet|an|betreff|de|envoyé|à|objet|"
    r"para|enviado|asunto)\s*:", re.IGNORECASE
)  # fmt: skip


@dataclass(frozen=True)
class Attachment:
    """A file attached to an e-mail that is itself a readout the app can open."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        """The attachment's size in bytes."""
        return len(self.data)


@dataclass
class EmailContent:
    """What an e-mail brings: its body as blocks (None when it has no text) and attachments."""

    extracted: Extracted | None
    attachments: list[Attachment]
    subject: str | None = None
    sent: str | None = None


def looks_like_email(data: bytes) -> bool:
    """True when ``data`` starts with a block of mail headers that names a key header."""
    head = data[:8192].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    try:
        lines = head.decode("ascii").split("\n")
    except UnicodeDecodeError:
        return False
    headers = [line for line in lines if line and not line[0].isspace()]
    if len(headers) < 3 or not all(_HEADER_LINE.match(line) for line in headers):
        return False
    return any(line.lower().startswith(_KEY_HEADERS) for line in headers)


def read_email(data: bytes, name: str) -> EmailContent:
    """Parse a saved e-mail; raise :class:`ReadoutImportError` when it has no usable content."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise ReadoutImportError(f"{name}: not an e-mail (no mail headers found)")
    subject = _clean_subject(_header(message, "subject"))
    sent = _sent_date(message)
    attachments = _attachments(message)
    extracted = _body(message, name)
    saved_page = _header(message, "snapshot-content-location") or (
        _header(message, "content-location") if name.lower().endswith((".mht", ".mhtml")) else None
    )
    if extracted is not None and saved_page is not None:
        # A web page a browser saved as one file (MHTML): a page, not an e-mail.
        extracted.source_format = "html"
        extracted.source = extracted.source or saved_page
        if extracted.title is None and not _has_top_heading(extracted):
            extracted.title = subject
        return EmailContent(extracted, [], subject=subject, sent=None)
    if extracted is not None:
        extracted.source_format = "email"
        if extracted.title is None and subject and not _has_top_heading(extracted):
            extracted.title = subject
        extracted.date = extracted.date or sent
    log.debug("%s: subject %r, %d readout attachments", name, subject, len(attachments))
    return EmailContent(extracted, attachments, subject=subject, sent=sent)


def _header(message: EmailMessage, key: str) -> str | None:
    try:
        value = message.get(key)
    except (ValueError, TypeError, IndexError):  # a malformed header the parser chokes on
        return None
    return normalise_inline(str(value)) if value is not None else None


def _clean_subject(subject: str | None) -> str | None:
    if not subject:
        return None
    return _REPLY_PREFIX.sub("", subject).strip() or None


def _sent_date(message: EmailMessage) -> str | None:
    raw = _header(message, "date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return raw


def _has_top_heading(extracted: Extracted) -> bool:
    return any(b.kind == "heading" and b.level == 1 for b in extracted.blocks[:5])


def _part_text(part: EmailMessage, name: str) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown or lying charset
        payload = part.get_payload(decode=True)
        content = decode_text(payload, name)[0] if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else content.decode("utf-8", "replace")


def _body(message: EmailMessage, name: str) -> Extracted | None:
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        return None
    text = _part_text(part, name)
    if not text.strip():
        return None
    if part.get_content_subtype() == "html":
        from briefing_app.importers.html_reader import html_to_extracted

        # The text is already decoded: a byte-order mark tells the HTML reader so, over any
        # charset the page itself declares.
        return html_to_extracted(b"\xef\xbb\xbf" + text.encode("utf-8"), name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, removed = _set_aside_mail_lines(text)
    return Extracted(blocks=text_to_blocks(text), source_format="email", removed=removed)


def _set_aside_mail_lines(text: str) -> tuple[str, list[RemovedLine]]:
    """Take the quoted headers of a forwarded message and the signature out of a text body."""
    lines = text.split("\n")
    removed: list[RemovedLine] = []
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FORWARD_MARK.match(line):
            block = [line]
            index += 1
            while index < len(lines) and (
                _QUOTED_HEADER.match(lines[index]) or not lines[index].strip()
            ):
                if lines[index].strip():
                    block.append(lines[index])
                index += 1
            removed += [RemovedLine(text=normalise_inline(b), reason="forwarded e-mail header")
                        for b in block]  # fmt: skip
            continue
        if line == "-- ":  # the signature separator: what follows is the sender's signature
            rest = [normalise_inline(x) for x in lines[index:] if x.strip()]
            removed += [RemovedLine(text=x, reason="e-mail signature") for x in rest]
            break
        kept.append(line)
        index += 1
    return "\n".join(kept), removed


def _attachments(message: EmailMessage) -> list[Attachment]:
    found = []
    for part in message.iter_attachments():
        filename = part.get_filename() or ""
        content_type = part.get_content_type()
        suffix = PurePath(filename).suffix.lower()
        if suffix not in READOUT_ATTACHMENT_SUFFIXES:
            suffix = _READOUT_TYPES.get(content_type, "")
            if not suffix:
                continue
            filename = filename or f"attachment{suffix}"
        if content_type == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
            data = inner.as_bytes() if hasattr(inner, "as_bytes") else b""
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        if data:
            found.append(Attachment(filename, content_type, data))
    return found
