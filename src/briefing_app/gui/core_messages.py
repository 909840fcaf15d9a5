"""What the Qt-free core says (import doubts, refused structure fixes, errors) in the UI language.

The core gives each message a code and parameters (:mod:`briefing_app.core.messages`); this
module holds the same messages as literal ``QCoreApplication.translate`` calls, so
``pyside6-lupdate`` collects them, and fills the translated text with the parameters. A code
it does not know, or a translation that cannot be filled, falls back to the core's English.
Words the core passes as parameters (why a line was removed, why a title was chosen) are
translated too, when they are the core's own.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from briefing_app.core.marking_scheme import MarkingSchemeError, get_scheme
from briefing_app.core.messages import ParamValue
from briefing_app.core.messages import english as english_text
from briefing_app.core.model import Doubt
from briefing_app.core.project import NoteFields
from briefing_app.gui.i18n import current_language, note_field_label

logger = logging.getLogger(__name__)


def message_sources() -> dict[str, str]:
    """Every code the GUI can translate, with its translated text (English when untranslated).

    Each literal must equal the core's English in ``MESSAGES`` (a test keeps them the same).
    """
    return {
        "doubt.no_title": QCoreApplication.translate("CoreMessages", "No title found"),
        "doubt.title_guessed": QCoreApplication.translate(
            "CoreMessages", "Title guessed from line {line} ({reason})"
        ),
        "doubt.no_date": QCoreApplication.translate("CoreMessages", "No meeting date found"),
        "doubt.chrome_removed_one": QCoreApplication.translate(
            "CoreMessages", "1 line removed as site chrome ({top})"
        ),
        "doubt.chrome_removed": QCoreApplication.translate(
            "CoreMessages", "{count} lines removed as site chrome ({top})"
        ),
        "doubt.section_numbering_starts": QCoreApplication.translate(
            "CoreMessages", "Section numbering starts at {value}"
        ),
        "doubt.item_numbering_starts": QCoreApplication.translate(
            "CoreMessages", "Item numbering starts at {value}"
        ),
        "doubt.section_numbering_jumps": QCoreApplication.translate(
            "CoreMessages", "Section numbering jumps from {previous} to {value}"
        ),
        "doubt.item_numbering_jumps": QCoreApplication.translate(
            "CoreMessages", "Item numbering jumps from {previous} to {value}"
        ),
        "doubt.stray_number": QCoreApplication.translate(
            "CoreMessages", "Line {line} starts with “{marker}” but does not continue the numbering"
        ),
        "doubt.no_sections": QCoreApplication.translate(
            "CoreMessages", "No sections found in {count} paragraphs"
        ),
        "doubt.encoding_guessed": QCoreApplication.translate(
            "CoreMessages", "Text encoding guessed as {encoding}: check accented letters"
        ),
        "structure.no_such_node": QCoreApplication.translate(
            "CoreMessages", "there is no section {node!r}"
        ),
        "structure.split_outside_paragraph": QCoreApplication.translate(
            "CoreMessages", "put the cursor in a paragraph, where the new section should start"
        ),
        "structure.split_nothing_moves": QCoreApplication.translate(
            "CoreMessages", "put the cursor where the new section should start"
        ),
        "structure.split_at_start": QCoreApplication.translate(
            "CoreMessages", "the cursor is at the start already: nothing would be left"
        ),
        "structure.merge_first": QCoreApplication.translate(
            "CoreMessages", "the first section has nothing before it to merge into"
        ),
        "structure.promote_top_level": QCoreApplication.translate(
            "CoreMessages", "a top-level section cannot be promoted further"
        ),
        "structure.demote_first": QCoreApplication.translate(
            "CoreMessages", "only a section with one before it can be demoted"
        ),
        "structure.restore_no_place": QCoreApplication.translate(
            "CoreMessages",
            "this line was dropped from the page before import and has no place in the text",
        ),
        "structure.select_line": QCoreApplication.translate(
            "CoreMessages", "Select the text to use, or put the cursor in its line."
        ),
        "structure.already_title": QCoreApplication.translate(
            "CoreMessages", "This line is the title already."
        ),
        "structure.already_date": QCoreApplication.translate(
            "CoreMessages", "This line is the date already."
        ),
        "structure.already_attribution": QCoreApplication.translate(
            "CoreMessages", "This line is the attribution already."
        ),
        "structure.line_is_label": QCoreApplication.translate(
            "CoreMessages",
            "This is a section's number or heading: use Edit Number and Heading, "
            "or Merge with Previous.",
        ),
        "structure.no_line_here": QCoreApplication.translate(
            "CoreMessages", "Put the cursor in a line of the readout first."
        ),
        "structure.already_removed": QCoreApplication.translate(
            "CoreMessages", "This line is removed already."
        ),
        "structure.selection_has_label": QCoreApplication.translate(
            "CoreMessages",
            "The text includes a section's number or heading: select only lines of text.",
        ),
        "import.no_such_file": QCoreApplication.translate("CoreMessages", "{name}: no such file"),
        "import.is_folder": QCoreApplication.translate(
            "CoreMessages", "{name}: is a folder, not a file"
        ),
        "import.permission_denied": QCoreApplication.translate(
            "CoreMessages", "{name}: permission denied"
        ),
        "import.cannot_read": QCoreApplication.translate(
            "CoreMessages", "{name}: cannot be read ({detail})"
        ),
        "import.empty": QCoreApplication.translate("CoreMessages", "{name}: the file is empty"),
        "import.too_large": QCoreApplication.translate(
            "CoreMessages", "{name}: the file is {size} MB; the limit is {limit} MB"
        ),
        "import.invalid_text": QCoreApplication.translate(
            "CoreMessages", "{name}: invalid {encoding} text ({detail})"
        ),
        "import.binary": QCoreApplication.translate(
            "CoreMessages", "{name}: this is a binary file, not a readout"
        ),
        "import.unknown_encoding": QCoreApplication.translate(
            "CoreMessages", "{name}: the text encoding could not be recognised"
        ),
        "import.no_text": QCoreApplication.translate(
            "CoreMessages", "{name}: the file has no text"
        ),
        "import.zip_archive": QCoreApplication.translate(
            "CoreMessages", "{name}: this is a zip archive, not a text readout"
        ),
        "import.old_word": QCoreApplication.translate(
            "CoreMessages",
            "{name}: old Word .doc files are not supported: save it as .docx in Word or "
            "LibreOffice",
        ),
        "import.email_empty": QCoreApplication.translate(
            "CoreMessages", "{name}: the e-mail has no text and no readout attached"
        ),
        "import.web_page_empty": QCoreApplication.translate(
            "CoreMessages", "{name}: the web page has no text"
        ),
        "import.word_empty": QCoreApplication.translate(
            "CoreMessages", "{name}: the Word document has no text"
        ),
        "import.pdf_no_text": QCoreApplication.translate(
            "CoreMessages",
            "{name}: this PDF has no text layer (a scan?): run text recognition (OCR) on it "
            "first, or ask for the readout as a text PDF, .docx or web page",
        ),
        "import.pdf_password": QCoreApplication.translate(
            "CoreMessages",
            "{name}: the PDF is protected by a password: open it, and save or print an "
            "unprotected copy",
        ),
        "import.pdf_damaged": QCoreApplication.translate(
            "CoreMessages",
            "{name}: the PDF cannot be read (damaged or not a PDF): save the readout as text, "
            "a web page or a .docx",
        ),
        "import.pdf_too_many_pages": QCoreApplication.translate(
            "CoreMessages", "{name}: the PDF has {pages} pages; at most {limit} can be imported"
        ),
        "project.empty": QCoreApplication.translate(
            "CoreMessages", "{name}: the project file is empty"
        ),
        "project.not_a_project": QCoreApplication.translate(
            "CoreMessages", "{name}: not a briefing project"
        ),
        "project.damaged": QCoreApplication.translate(
            "CoreMessages",
            "{name}: the project file is damaged or truncated (invalid JSON at line {line})",
        ),
        "project.newer_version": QCoreApplication.translate(
            "CoreMessages",
            "{name}: made by a newer briefing-app (project version {version}; this app reads "
            "up to {supported}); please update the app",
        ),
        "project.read_only": QCoreApplication.translate(
            "CoreMessages", "{name} is open read-only here: use Save As"
        ),
        **_marking_sources(),
    }


def _marking_sources() -> dict[str, str]:
    """The marking rules' refusals and notices (``{where}`` is translated apart)."""
    return {
        "marking.unknown_level": QCoreApplication.translate(
            "CoreMessages",
            "{where}: {level!r} is not a level of the {scheme} scheme (levels: {levels})",
        ),
        "marking.unknown_caveat": QCoreApplication.translate(
            "CoreMessages", "{where}: {caveat!r} is not a caveat of {scheme}"
        ),
        "marking.caveat_too_low": QCoreApplication.translate(
            "CoreMessages", "{where}: {caveat} can only be used at {bound} or above, not {level}"
        ),
        "marking.caveat_too_high": QCoreApplication.translate(
            "CoreMessages", "{where}: {caveat} can only be used at {bound} or below, not {level}"
        ),
        "marking.not_releasable": QCoreApplication.translate(
            "CoreMessages",
            "{where} is marked {mark} with no {rel}: the note cannot be marked {rel} "
            "{countries}; mark it {rel} or mark the note NOFORN",
        ),
        "marking.no_common_country": QCoreApplication.translate(
            "CoreMessages",
            "No country is common to every {rel} portion: the banner cannot name one; mark "
            "the note NOFORN or align the {rel} lists",
        ),
        "marking.authority_missing": QCoreApplication.translate(
            "CoreMessages",
            "A {scheme} {level} note needs its classification authority block: fill in {missing}",
        ),
        "marking.above_banner": QCoreApplication.translate(
            "CoreMessages", "{where} is marked {mark}, above the banner {banner}"
        ),
        "marking.caveat_not_on_banner": QCoreApplication.translate(
            "CoreMessages", "{where} carries {caveats}, which the banner {banner} lacks"
        ),
        "marking.caveat_word_unknown": QCoreApplication.translate(
            "CoreMessages",
            "Handling caveat: {word!r} is not a caveat of the {scheme} scheme (caveats: {known})",
        ),
        "marking.caveat_needs_countries": QCoreApplication.translate(
            "CoreMessages", "Handling caveat: {caveat} needs a list of countries"
        ),
        "marking.raised": QCoreApplication.translate(
            "CoreMessages",
            "The banner is {banner}, above the note's {declared}, because of {where}",
        ),
        "marking.caveat_dropped": QCoreApplication.translate(
            "CoreMessages", "{caveat} is not carried to a {level} banner"
        ),
        "marking.overrides": QCoreApplication.translate(
            "CoreMessages", "{caveat} ({where}) overrides {overridden} on the banner"
        ),
        "marking.defaulted": QCoreApplication.translate(
            "CoreMessages",
            "{count} portion(s) without a mark, and any text quoted from the readout, are "
            "marked {mark}, the note's own classification",
        ),
        "place.note": QCoreApplication.translate("CoreMessages", "The note's classification"),
        "place.field_line": QCoreApplication.translate("CoreMessages", "{field}, line {line}"),
        "place.section_note": QCoreApplication.translate("CoreMessages", "the note on {ref}"),
        "place.annotation": QCoreApplication.translate(
            "CoreMessages", "the annotation on {ref} (“{quote}”)"
        ),
        "place.authority.classified_by": QCoreApplication.translate(
            "CoreMessages", "Classified By"
        ),
        "place.authority.derived_or_reason": QCoreApplication.translate(
            "CoreMessages", "Derived From or Reason"
        ),
        "place.authority.declassify_on": QCoreApplication.translate(
            "CoreMessages", "Declassify On"
        ),
    }


def _place_text(values: Mapping[str, ParamValue]) -> str | None:
    """A portion's place (``where_*`` parameters) in the UI language, or None."""
    kind = values.get("where_kind")
    if not isinstance(kind, str) or kind == "text":
        return None
    field = str(values.get("where_field", ""))
    english_label = NoteFields.labels().get(field, field)
    parts = {
        "field": note_field_label(field, english_label),
        "line": values.get("where_line", ""),
        "ref": values.get("where_ref", ""),
        "quote": values.get("where_quote", ""),
    }
    source = message_sources().get(f"place.{kind}")
    return source.format(**parts) if source else None


def reason_label(reason: str) -> str:
    """Why the importer removed a line or chose a title, as shown (others as the core says)."""
    labels = {
        "navigation": QCoreApplication.translate("RemovalReasons", "navigation"),
        "national symbol": QCoreApplication.translate("RemovalReasons", "national symbol"),
        "footer": QCoreApplication.translate("RemovalReasons", "footer"),
        "language switcher": QCoreApplication.translate("RemovalReasons", "language switcher"),
        "breadcrumb": QCoreApplication.translate("RemovalReasons", "breadcrumb"),
        "view counter": QCoreApplication.translate("RemovalReasons", "view counter"),
        "archive banner": QCoreApplication.translate("RemovalReasons", "archive banner"),
        "end marker": QCoreApplication.translate("RemovalReasons", "end marker"),
        "page header": QCoreApplication.translate("RemovalReasons", "page header"),
        "document label": QCoreApplication.translate("RemovalReasons", "document label"),
        "site name": QCoreApplication.translate("RemovalReasons", "site name"),
        "repeated page header": QCoreApplication.translate(
            "RemovalReasons", "repeated page header"
        ),
        "navigation menu": QCoreApplication.translate("RemovalReasons", "navigation menu"),
        "source link": QCoreApplication.translate("RemovalReasons", "source link"),
        "repeated title": QCoreApplication.translate("RemovalReasons", "repeated title"),
        "page date": QCoreApplication.translate("RemovalReasons", "page date"),
        "page number": QCoreApplication.translate("RemovalReasons", "page number"),
        "running header or footer": QCoreApplication.translate(
            "RemovalReasons", "running header or footer"
        ),
        "unreadable front matter": QCoreApplication.translate(
            "RemovalReasons", "unreadable front matter"
        ),
        "site navigation": QCoreApplication.translate("RemovalReasons", "site navigation"),
        "forwarded e-mail header": QCoreApplication.translate(
            "RemovalReasons", "forwarded e-mail header"
        ),
        "e-mail signature": QCoreApplication.translate("RemovalReasons", "e-mail signature"),
        "outside the main content": QCoreApplication.translate(
            "RemovalReasons", "outside the main content"
        ),
        "removed by you": QCoreApplication.translate("RemovalReasons", "removed by you"),
        "page furniture above the title": QCoreApplication.translate(
            "RemovalReasons", "page furniture above the title"
        ),
        "page furniture after the readout": QCoreApplication.translate(
            "RemovalReasons", "page furniture after the readout"
        ),
        "site section label": QCoreApplication.translate("RemovalReasons", "site section label"),
        "heading above the text": QCoreApplication.translate(
            "RemovalReasons", "heading above the text"
        ),
        "line agreeing with the page title": QCoreApplication.translate(
            "RemovalReasons", "line agreeing with the page title"
        ),
        "nearest title-like line above the text": QCoreApplication.translate(
            "RemovalReasons", "nearest title-like line above the text"
        ),
        "title-like line above the date": QCoreApplication.translate(
            "RemovalReasons", "title-like line above the date"
        ),
        "line ending the breadcrumb": QCoreApplication.translate(
            "RemovalReasons", "line ending the breadcrumb"
        ),
    }
    return labels.get(reason, reason)


def core_text(code: str, params: Mapping[str, ParamValue], english: str) -> str:
    """Message ``code`` in the UI language, filled from ``params``; else ``english``."""
    source = message_sources().get(code) if code else None
    if source is None:
        return english
    values: dict[str, ParamValue] = dict(params)
    place = _place_text(values)
    if place is not None:
        values["where"] = place
    scheme_id = values.get("scheme_id")
    if isinstance(scheme_id, str):
        with contextlib.suppress(MarkingSchemeError):  # else the core's English name stands
            values["scheme"] = get_scheme(scheme_id).name_in(current_language())
    missing = values.get("missing_fields")
    if isinstance(missing, list):
        sources = message_sources()
        values["missing"] = QCoreApplication.translate(
            "CoreMessages", ", ", "between reasons"
        ).join(sources.get(f"place.authority.{name}", str(name)) for name in missing)
    if isinstance(values.get("reason"), str):
        values["reason"] = reason_label(str(values["reason"]))
    reasons, counts = values.get("reasons"), values.get("reason_counts")
    if isinstance(reasons, list) and isinstance(counts, list) and len(reasons) == len(counts):
        separator = QCoreApplication.translate("CoreMessages", ", ", "between reasons")
        each = QCoreApplication.translate("CoreMessages", "{count} {reason}", "a removal reason")
        values["top"] = separator.join(
            each.format(count=count, reason=reason_label(str(reason)))
            for reason, count in zip(reasons, counts, strict=True)
        )
    try:
        return source.format(**values)
    except (KeyError, IndexError, ValueError):
        logger.warning("The translation of %s cannot be filled from %s", code, sorted(values))
        return english


def doubt_text(doubt: Doubt) -> str:
    """An import doubt as shown (a doubt saved before codes existed: its English message)."""
    return core_text(doubt.code, doubt.params, doubt.message)


def error_text(error: BaseException) -> str:
    """An error's one line in the UI language (its English when it has no code)."""
    code = getattr(error, "code", "")
    params = getattr(error, "params", {})
    if isinstance(code, str) and isinstance(params, dict):
        return core_text(code, params, str(error))
    return str(error)


def marking_message(message: Mapping[str, object]) -> str:
    """A marking notice (``{"code", "params"}`` from the note's content) in the UI language."""
    code = str(message.get("code", ""))
    raw = message.get("params")
    params: dict[str, ParamValue] = dict(raw) if isinstance(raw, dict) else {}
    try:
        fallback = english_text(code, params)
    except (KeyError, IndexError, ValueError):
        fallback = code
    return core_text(code, params, fallback)
