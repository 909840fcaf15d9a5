"""Stable codes for what the Qt-free core says to a person, with the English wording.

The core never translates. A doubt or an error carries a code and its parameters beside its
English text; the GUI looks the code up in its own translated table
(``gui/core_messages.py``) and falls back to the English when it has none. The CLI prints
the English. Codes never change meaning once released: saved projects keep them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

logger = logging.getLogger(__name__)

ParamValue = str | int | list[str] | list[int]
"""A message parameter: a number, a word, or a list of them (kept as JSON in projects)."""

MESSAGES: dict[str, str] = {
    # -- import doubts (Doubt.code) --------------------------------------------------------
    "doubt.no_title": "No title found",
    "doubt.title_guessed": "Title guessed from line {line} ({reason})",
    "doubt.no_date": "No meeting date found",
    "doubt.chrome_removed_one": "1 line removed as site chrome ({top})",
    "doubt.chrome_removed": "{count} lines removed as site chrome ({top})",
    "doubt.section_numbering_starts": "Section numbering starts at {value}",
    "doubt.item_numbering_starts": "Item numbering starts at {value}",
    "doubt.section_numbering_jumps": "Section numbering jumps from {previous} to {value}",
    "doubt.item_numbering_jumps": "Item numbering jumps from {previous} to {value}",
    "doubt.stray_number": "Line {line} starts with “{marker}” but does not continue the numbering",
    "doubt.no_sections": "No sections found in {count} paragraphs",
    "doubt.encoding_guessed": "Text encoding guessed as {encoding}: check accented letters",
    # -- structure fixes refused (StructureEditError.code) ---------------------------------
    "structure.no_such_node": "there is no section {node!r}",
    "structure.split_outside_paragraph": (
        "put the cursor in a paragraph, where the new section should start"
    ),
    "structure.split_nothing_moves": "put the cursor where the new section should start",
    "structure.split_at_start": "the cursor is at the start already: nothing would be left",
    "structure.merge_first": "the first section has nothing before it to merge into",
    "structure.promote_top_level": "a top-level section cannot be promoted further",
    "structure.demote_first": "only a section with one before it can be demoted",
    "structure.restore_no_place": (
        "this line was dropped from the page before import and has no place in the text"
    ),
    "structure.select_line": "Select the text to use, or put the cursor in its line.",
    "structure.already_title": "This line is the title already.",
    "structure.already_date": "This line is the date already.",
    "structure.already_attribution": "This line is the attribution already.",
    "structure.line_is_label": (
        "This is a section's number or heading: use Edit Number and Heading, "
        "or Merge with Previous."
    ),
    "structure.no_line_here": "Put the cursor in a line of the readout first.",
    "structure.already_removed": "This line is removed already.",
    "structure.selection_has_label": (
        "The text includes a section's number or heading: select only lines of text."
    ),
    # -- readouts that cannot be imported (ReadoutImportError.code) ------------------------
    "import.no_such_file": "{name}: no such file",
    "import.is_folder": "{name}: is a folder, not a file",
    "import.permission_denied": "{name}: permission denied",
    "import.cannot_read": "{name}: cannot be read ({detail})",
    "import.empty": "{name}: the file is empty",
    "import.too_large": "{name}: the file is {size} MB; the limit is {limit} MB",
    "import.invalid_text": "{name}: invalid {encoding} text ({detail})",
    "import.binary": "{name}: this is a binary file, not a readout",
    "import.unknown_encoding": "{name}: the text encoding could not be recognised",
    "import.no_text": "{name}: the file has no text",
    "import.zip_archive": "{name}: this is a zip archive, not a text readout",
    "import.old_word": (
        "{name}: old Word .doc files are not supported: save it as .docx in Word or LibreOffice"
    ),
    "import.email_empty": "{name}: the e-mail has no text and no readout attached",
    "import.web_page_empty": "{name}: the web page has no text",
    "import.word_empty": "{name}: the Word document has no text",
    "import.pdf_no_text": (
        "{name}: this PDF has no text layer (a scan?): run text recognition (OCR) on it "
        "first, or ask for the readout as a text PDF, .docx or web page"
    ),
    "import.pdf_password": (
        "{name}: the PDF is protected by a password: open it, and save or print an unprotected copy"
    ),
    "import.pdf_damaged": (
        "{name}: the PDF cannot be read (damaged or not a PDF): save the readout as text, "
        "a web page or a .docx"
    ),
    "import.pdf_too_many_pages": (
        "{name}: the PDF has {pages} pages; at most {limit} can be imported"
    ),
    # -- projects that cannot be opened (ProjectError.code) --------------------------------
    "project.empty": "{name}: the project file is empty",
    "project.not_a_project": "{name}: not a briefing project",
    "project.damaged": (
        "{name}: the project file is damaged or truncated (invalid JSON at line {line})"
    ),
    "project.newer_version": (
        "{name}: made by a newer briefing-app (project version {version}; this app reads "
        "up to {supported}); please update the app"
    ),
    "project.read_only": "{name} is open read-only here: use Save As",
    # -- markings (MarkingRefusedError.code, MarkingPlan.messages) --------------------------
    # ``{where}`` is a portion: see core.markings.Place for its own wording.
    "marking.unknown_level": (
        "{where}: {level!r} is not a level of the {scheme} scheme (levels: {levels})"
    ),
    "marking.unknown_caveat": "{where}: {caveat!r} is not a caveat of {scheme}",
    "marking.caveat_too_low": "{where}: {caveat} can only be used at {bound} or above, not {level}",
    "marking.caveat_too_high": (
        "{where}: {caveat} can only be used at {bound} or below, not {level}"
    ),
    "marking.not_releasable": (
        "{where} is marked {mark} with no {rel}: the note cannot be marked {rel} {countries}; "
        "mark it {rel} or mark the note NOFORN"
    ),
    "marking.no_common_country": (
        "No country is common to every {rel} portion: the banner cannot name one; mark the "
        "note NOFORN or align the {rel} lists"
    ),
    "marking.authority_missing": (
        "A {scheme} {level} note needs its classification authority block: fill in {missing}"
    ),
    "marking.above_banner": "{where} is marked {mark}, above the banner {banner}",
    "marking.caveat_not_on_banner": "{where} carries {caveats}, which the banner {banner} lacks",
    "marking.caveat_word_unknown": (
        "Handling caveat: {word!r} is not a caveat of the {scheme} scheme (caveats: {known})"
    ),
    "marking.caveat_needs_countries": "Handling caveat: {caveat} needs a list of countries",
    "marking.raised": "The banner is {banner}, above the note's {declared}, because of {where}",
    "marking.caveat_dropped": "{caveat} is not carried to a {level} banner",
    "marking.overrides": "{caveat} ({where}) overrides {overridden} on the banner",
    "marking.defaulted": (
        "{count} portion(s) without a mark, and any text quoted from the readout, are marked "
        "{mark}, the note's own classification"
    ),
    "place.note": "The note's classification",
    "place.field_line": "{field}, line {line}",
    "place.section_note": "the note on {ref}",
    "place.annotation": "the annotation on {ref} (“{quote}”)",
    "place.authority.classified_by": "Classified By",
    "place.authority.derived_or_reason": "Derived From or Reason",
    "place.authority.declassify_on": "Declassify On",
}
"""Every code with its English wording; ``{name}`` placeholders are filled with ``params``."""


def english(code: str, params: Mapping[str, ParamValue] | None = None) -> str:
    """The English text of ``code`` with ``params`` filled in."""
    return MESSAGES[code].format(**(params or {}))
