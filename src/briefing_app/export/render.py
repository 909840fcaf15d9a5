"""Rendering a template into a briefing note: sandboxed Jinja via docxtpl, then finishing.

Finishing is what a careful official would otherwise do by hand: the full readout with its
comments where the template asks for it, numbered lists restarting, East Asian fonts, and the
classification marking with "Page X of Y" on every page.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, UndefinedError, nodes
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from lxml import etree

from briefing_app.core.atomic import atomic_write_bytes
from briefing_app.core.errors import ExportError, TemplateError
from briefing_app.core.project import NoteFields, Project
from briefing_app.core.references import section_refs
from briefing_app.core.settings import load_settings
from briefing_app.export.content import BriefContent, as_sentence, build_content
from briefing_app.export.docx_tools import (
    apply_markings,
    keep_drafting_block_with_body,
    restart_numbered_lists,
    set_east_asian_font,
    set_properties,
    xml_safe,
)
from briefing_app.export.isolation import render_isolated
from briefing_app.export.libreoffice import PdfError, docx_to_pdf, find_soffice
from briefing_app.export.provenance import (
    provenance,
    set_custom_properties,
    with_fixed_zip_times,
)
from briefing_app.export.readout_body import ReadoutWriter, find_marker
from briefing_app.export.templates import TemplateInfo

logger = logging.getLogger(__name__)

READOUT_MARKER = "⟦READOUT⟧"
MAX_OUTPUT_BYTES = 200 * 1024 * 1024
Progress = Callable[[int, str], None]


def _no_progress(_percent: int, _stage: str) -> None:
    return None


MAX_SEQUENCE = 1_000_000
"""The longest string or list a template may build with ``*``."""
LOOP_BUDGET = 200_000
"""How many ``range()`` items one render may ask for, across all its loops."""
RENDER_TIMEOUT = 60.0
"""Seconds a user template may take (it renders in a separate process that is then killed)."""
MEMORY_LIMIT = 2 * 1024**3


class _Environment(ImmutableSandboxedEnvironment):
    """Jinja, sandboxed: no attribute walks to Python internals, no mutation, and bounded
    output: ranges draw on one budget per render and ``*``/``**`` cannot build huge values."""

    intercepted_binops = frozenset(["*", "**"])

    def __init__(self) -> None:
        super().__init__(undefined=StrictUndefined, autoescape=True)
        for name in ("cycler", "joiner", "namespace", "lipsum"):
            self.globals.pop(name, None)
        self._budget = LOOP_BUDGET
        self.globals["range"] = self._range
        self.filters["sentence"] = as_sentence

    def compile(  # type: ignore[override]
        self,
        source: str | nodes.Template,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> object:
        """Compiled once per template source: a built-in template's parts are the same
        source every export, and every environment of this class compiles them alike."""
        if (
            isinstance(source, str)
            and name is None
            and filename is None
            and not (raw or defer_init)
        ):
            return _compiled(source)
        return super().compile(source, name, filename, raw, defer_init)

    def _range(self, *args: int) -> range:
        values = range(*args)
        self._budget -= len(values)
        if self._budget < 0:
            raise SecurityError("the template loops too many times")
        return values

    def call_binop(self, context: object, operator: str, left: object, right: object) -> object:
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > 64:
                raise SecurityError("the template computes too large a power")
            return left**right  # type: ignore[operator]
        for sequence, count in ((left, right), (right, left)):
            if (
                isinstance(sequence, str | list | tuple)
                and isinstance(count, int)
                and len(sequence) * count > MAX_SEQUENCE
            ):
                raise SecurityError("the template builds too large a value")
        return left * right  # type: ignore[operator]


@lru_cache(maxsize=64)
def _compiled(source: str) -> object:
    environment = _Environment()
    return super(_Environment, environment).compile(source)


class _Template(DocxTemplate):
    """docxtpl's template, turning tabs, line breaks and page breaks in the filled-in text
    into Word's markup only in the paragraphs that have any (it ran its three nested
    patterns over every run of every paragraph)."""

    def resolve_listing(self, xml: str) -> str:
        if _LISTING_CHARACTERS.search(xml) is None:
            return xml
        resolve = super().resolve_listing
        return _PARAGRAPH.sub(
            lambda m: resolve(m[0]) if _LISTING_CHARACTERS.search(m[0]) else m[0], xml
        )


_LISTING_CHARACTERS = re.compile("[\t\a\n\f]")
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
"""What docxtpl's resolve_listing takes as a paragraph."""


def missing_fields(template: TemplateInfo, note: NoteFields) -> list[str]:
    """Required fields of ``template`` that the note leaves empty."""
    values = note.model_dump(by_alias=True)
    return [name for name in template.required if not str(values.get(name, "") or "").strip()]


def render_note(
    project: Project,
    template: TemplateInfo,
    *,
    included_only: bool = True,
    progress: Progress = _no_progress,
    isolate: bool | None = None,
    author: str | None = None,
    project_name: str | None = None,
    clean: bool = False,
) -> bytes:
    """The finished briefing note as .docx bytes; raises TemplateError on a broken template.

    ``clean``: a clean copy for distribution — the readout's annotations written as text
    (numbered tags in brackets, an Annotations table) instead of Word comments and highlights.

    ``author`` is the app user's name (``AppSettings.author``; None reads the saved
    settings): the document's author and last editor, and the author of comments on
    annotations that record none. ``project_name`` (the project file's name) is recorded
    with the readout version, template and app version in the note's custom properties.
    User templates (``isolate`` defaults to "not built-in") render in a separate process
    with a time and memory limit; the built-in ones render here.
    """
    name = template.name
    if author is None:
        author = load_settings().author
    if isolate is None:
        isolate = not template.builtin
    if isolate:
        progress(10, f"Filling in “{name}” (in a separate, time-limited process)")
        return render_isolated(
            project,
            template,
            included_only=included_only,
            author=author,
            timeout=RENDER_TIMEOUT,
            memory_limit=MEMORY_LIMIT,
            clean=clean,
        )
    missing = missing_fields(template, project.note)
    if missing:
        labels = NoteFields.labels()
        pretty = ", ".join(labels.get(f if f != "from" else "from_", f) for f in missing)
        raise TemplateError(f"{name}: required field(s) empty: {pretty}")
    progress(5, "Gathering the note's content")
    content = build_content(project, included_only=included_only, language=template.language)
    context = content.context()
    context["readout_body"] = READOUT_MARKER
    context["clean"] = clean
    progress(15, f"Filling in “{name}”")
    document = _render_template(template, context)
    progress(45, "Writing the readout and comments")
    marker = find_marker(document.docx, READOUT_MARKER)
    if marker is not None:
        annotations = [a for a in project.annotations if a.include_in_brief or not included_only]
        ReadoutWriter(
            document.docx,
            marker,
            project.readout,
            annotations,
            section_refs(project.readout.sections),
            content.section_notes(),
            fallback_author=author,
            portions={p.id: (p.portion, p.comment) for p in content.annotations},
            clean=clean,
        ).write()
    progress(80, "Marking every page")
    _finish(document, content, author, template.language)
    set_custom_properties(document.docx, provenance(project, template, project_name=project_name))
    buffer = io.BytesIO()
    document.docx.save(buffer)
    data = with_fixed_zip_times(buffer.getvalue())
    if len(data) > MAX_OUTPUT_BYTES:
        raise TemplateError(f"{name}: the rendered note is too large ({len(data) // 2**20} MB)")
    progress(95, "Saving")
    return data


def _render_template(template: TemplateInfo, context: dict[str, object]) -> DocxTemplate:
    name = template.name
    try:
        document = _Template(str(template.path))
        document.render(context, jinja_env=_Environment(), autoescape=True)
    except TemplateSyntaxError as exc:
        raise TemplateError(f"{name}: template syntax error: {exc.message}") from None
    except UndefinedError as exc:
        raise TemplateError(f"{name}: unknown field or variable: {exc.message}") from None
    except SecurityError as exc:
        raise TemplateError(f"{name}: not allowed in a template: {exc}") from None
    except JinjaTemplateError as exc:
        raise TemplateError(f"{name}: template error: {exc}") from None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise TemplateError(f"{name}: not a usable Word template ({exc})") from None
    except (OverflowError, MemoryError, RecursionError):
        raise TemplateError(f"{name}: the template produces too much output") from None
    return document


def _finish(
    document: DocxTemplate, content: BriefContent, author: str, language: str = "en"
) -> None:
    docx_document = document.docx
    restart_numbered_lists(docx_document)
    keep_drafting_block_with_body(docx_document)
    set_east_asian_font(docx_document)
    marking = xml_safe(content.marking)
    apply_markings(
        docx_document,
        marking,
        position=content.marking_position,
        language=language,
        authority=[xml_safe(line) for line in content.authority],
    )
    set_properties(
        docx_document,
        title=str(content.note.get("subject") or content.readout.get("title") or ""),
        subject=str(content.readout.get("title") or ""),
        author=author,
        category=marking,
    )


def export_note(
    project: Project,
    template: TemplateInfo,
    out_path: str | Path,
    *,
    included_only: bool = True,
    progress: Progress = _no_progress,
    author: str | None = None,
    project_name: str | None = None,
    pdf_path: str | Path | None = None,
    clean: bool = False,
) -> Path:
    """Render and write the note atomically: a failure leaves any existing file untouched.

    ``author``: the app user's name; ``project_name``: the project file's name (see
    :func:`render_note`). ``pdf_path``: also write the note as PDF/A there, converted from
    the .docx by LibreOffice; it is made before either file is written, so a failed
    conversion writes nothing. ``clean``: a clean copy (see :func:`render_note`).
    """
    target = Path(out_path)
    if target.suffix.lower() != ".docx":
        raise ExportError(f"{target.name}: the briefing note must be saved as a .docx file")
    if clean and not template.has_readout:
        raise TemplateError(
            f"{template.name}: a clean copy needs a template with the readout in it "
            "({{ readout_body }}), such as the annotated readout"
        )
    if pdf_path is not None and find_soffice() is None:
        raise PdfError("saving as PDF needs LibreOffice, which is not installed")
    data = render_note(
        project,
        template,
        included_only=included_only,
        progress=progress,
        author=author,
        project_name=project_name,
        clean=clean,
    )
    pdf: bytes | None = None
    if pdf_path is not None:
        progress(96, "Making the PDF (LibreOffice)")
        pdf = docx_to_pdf(data, archival=True)
    atomic_write_bytes(target, data, error=ExportError)
    if pdf is not None and pdf_path is not None:
        atomic_write_bytes(Path(pdf_path), pdf, error=PdfError)
    progress(100, "Done")
    return target
