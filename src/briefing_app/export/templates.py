"""Finding templates and reading what they declare: name, description, required fields.

A template is a Word document (.docx) with Jinja placeholders, editable in Word or
LibreOffice. It declares itself in its document properties: Title is its name, Subject its
description, and Keywords list the note fields it needs ("required: subject, to, summary")
and, optionally, its page limit ("required: subject, to; pages: 2").
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from briefing_app.core.errors import TemplateError
from briefing_app.core.resources import package_dir
from briefing_app.core.settings import data_dir

logger = logging.getLogger(__name__)

TEMPLATE_SUFFIX = ".docx"
_REQUIRED = re.compile(r"required\s*:\s*([^;]*)", re.IGNORECASE)
_READOUT_BODY = re.compile(rb"\{\{-?\s*readout_body\b")
_PAGES = re.compile(r"pages\s*:\s*([^;]*)", re.IGNORECASE)
KNOWN_FIELDS = (
    "subject",
    "to",
    "from",
    "through",
    "date",
    "file_number",
    "classification",
    "handling_caveat",
    "classified_by",
    "derived_from",
    "classification_reason",
    "declassify_on",
    "purpose",
    "summary",
    "recommendations",
    "drafter",
    "contact",
)


@dataclass(frozen=True)
class TemplateInfo:
    """A template on disk and what it declares."""

    key: str
    """What the CLI's ``-t`` takes: the file name without ``.docx``."""
    path: Path
    name: str
    description: str
    required: tuple[str, ...] = field(default_factory=tuple)
    builtin: bool = False
    language: str = "en"
    """The note's language ("ja" for a Japanese template): the words of its markings and
    page numbers."""
    page_limit: int | None = None
    """The most pages the note may have ("pages: 2" in Keywords); None: no limit."""
    has_readout: bool = False
    """The template writes the whole readout (``{{ readout_body }}``): a clean copy can be
    made with it."""


def builtin_dir() -> Path:
    """The folder of the templates shipped with the app (valid until the process exits)."""
    return package_dir("briefing_app.templates")


def user_templates_dir() -> Path:
    """The user's own templates folder (created on demand)."""
    return data_dir() / "templates"


def read_template_info(path: Path, *, builtin: bool = False) -> TemplateInfo:
    """Read a template's declared metadata; raise TemplateError when it is not a usable .docx."""
    name = path.name
    if path.suffix.lower() != TEMPLATE_SUFFIX:
        raise TemplateError(f"{name}: a template must be a Word .docx file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError(f"{name}: not a Word document (not a .docx zip archive)")
    try:
        document = docx.Document(io.BytesIO(data))
        properties = document.core_properties
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TemplateError(f"{name}: the Word document could not be read ({exc})") from None
    required: tuple[str, ...] = ()
    match = _REQUIRED.search(properties.keywords or "")
    if match:
        required = tuple(
            f.strip().lower().replace(" ", "_") for f in match.group(1).split(",") if f.strip()
        )
        unknown = [f for f in required if f not in KNOWN_FIELDS]
        if unknown:
            raise TemplateError(f"{name}: requires unknown field(s): {', '.join(unknown)}")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            body = archive.read("word/document.xml")
        except KeyError:
            body = b""
    page_limit: int | None = None
    pages = _PAGES.search(properties.keywords or "")
    if pages:
        value = pages.group(1).strip()
        if not value.isdigit() or int(value) < 1:
            raise TemplateError(f"{name}: the page limit must be a whole number, not {value!r}")
        page_limit = int(value)
    return TemplateInfo(
        key=path.stem,
        path=path,
        name=(properties.title or path.stem).strip(),
        description=(properties.subject or "").strip(),
        required=required,
        builtin=builtin,
        language=_language(properties.language, document),
        page_limit=page_limit,
        # Word may split the placeholder over several runs: look at the text, not the XML.
        has_readout=_READOUT_BODY.search(re.sub(rb"<[^>]*>", b"", body)) is not None,
    )


def _language(declared: str | None, document: DocxDocument) -> str:
    """The template's language: its declared document language, else its proofing language
    ("ja-JP" gives "ja")."""
    tag = (declared or "").strip()
    if not tag:
        lang = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault"))
        found = lang.find(f"{qn('w:rPr')}/{qn('w:lang')}") if lang is not None else None
        tag = found.get(qn("w:val"), "") if found is not None else ""
    return tag.split("-")[0].lower() or "en"


def list_templates() -> tuple[list[TemplateInfo], list[str]]:
    """Built-in then user templates, and one problem line per user template that is broken."""
    found: list[TemplateInfo] = []
    problems: list[str] = []
    for path in sorted(builtin_dir().glob(f"*{TEMPLATE_SUFFIX}")):
        found.append(read_template_info(path, builtin=True))
    folder = user_templates_dir()
    if folder.is_dir():
        for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}")):
            if path.name.startswith("~$"):
                continue  # Word's lock files
            try:
                found.append(read_template_info(path))
            except TemplateError as exc:
                problems.append(str(exc))
    return found, problems


def find_template(ref: str) -> TemplateInfo:
    """A template by built-in/user key ("briefing-note") or by path."""
    path = Path(ref)
    if path.suffix.lower() == TEMPLATE_SUFFIX and (path.exists() or "/" in ref or "\\" in ref):
        if not path.exists():
            raise TemplateError(f"{ref}: no such template file")
        return read_template_info(path)
    templates, _ = list_templates()
    for template in templates:
        if template.key == ref or template.name.casefold() == ref.casefold():
            return template
    keys = ", ".join(t.key for t in templates)
    raise TemplateError(f"no template called {ref!r} (available: {keys})")
