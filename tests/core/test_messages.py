"""Messages from the core carry a stable code and parameters beside their English text."""

from __future__ import annotations

import re

import pytest

from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.messages import MESSAGES, english
from briefing_app.core.model import Doubt, Readout
from briefing_app.core.opening import sample_project
from briefing_app.core.project_io import dump_project, parse_project
from briefing_app.core.structure_edit import StructureEditError, merge_with_previous
from briefing_app.core.wording import as_sentence
from briefing_app.importers import import_bytes

JUMPING = (
    "Home\nNewsroom\nAbout the ministry\nMinisters Meet on Trade\n"
    "1. The two ministers met in the capital on Tuesday and reviewed the state of relations.\n"
    "2. They agreed to hold the next round of talks in the spring and to prepare a plan.\n"
    "4. They will report to their leaders on the progress made before the end of the year.\n"
    "9. The ministers will meet again next year.\n"
)
"""A page with every kind of doubt: a guessed title, chrome, a jump and a stray number."""


def test_import_doubts_have_codes_params_and_the_same_english() -> None:
    readout = import_bytes(JUMPING.encode(), "meeting.txt")
    by_code = {doubt.code: doubt for doubt in readout.doubts}
    assert set(by_code) >= {
        "doubt.title_guessed",
        "doubt.no_date",
        "doubt.section_numbering_jumps",
        "doubt.stray_number",
    }
    jump = by_code["doubt.section_numbering_jumps"]
    assert jump.params == {"previous": 2, "value": 4}
    assert jump.message == "Section numbering jumps from 2 to 4"
    title = by_code["doubt.title_guessed"]
    assert title.params == {"line": 4, "reason": "nearest title-like line above the text"}
    assert jump.kind == "numbering" and jump.span is not None
    for doubt in readout.doubts:
        assert doubt.message == english(doubt.code, doubt.params)


def test_chrome_doubt_keeps_the_reasons_apart_for_translation() -> None:
    readout = import_bytes(JUMPING.encode(), "page.txt")
    chrome = [d for d in readout.doubts if d.kind == "chrome"]
    assert chrome, [d.message for d in readout.doubts]
    params = chrome[0].params
    assert isinstance(params["reasons"], list) and isinstance(params["reason_counts"], list)
    assert sum(params["reason_counts"]) == params["count"]  # type: ignore[arg-type]
    assert chrome[0].message.startswith(f"{params['count']} line")


def test_doubts_survive_a_save_and_old_doubts_without_a_code_still_load() -> None:
    project = sample_project()
    project.readout.doubts = import_bytes(JUMPING.encode(), "meeting.txt").doubts
    again = parse_project(dump_project(project), "meeting.briefing")
    assert again.readout.doubts == project.readout.doubts
    assert isinstance(again.readout.doubts[0].params, dict)
    old = Doubt.model_validate({"kind": "title", "message": "Title guessed from line 3"})
    assert (old.code, old.params) == ("", {})
    readout = Readout.model_validate(
        {"text": "x", "doubts": [{"kind": "date", "message": "No meeting date found"}]}
    )
    assert readout.doubts[0].message == "No meeting date found"


def test_structure_refusals_and_import_errors_have_codes() -> None:
    project = sample_project()
    first = project.readout.sections[0].id
    with pytest.raises(StructureEditError) as refused:
        merge_with_previous(project.readout, first)
    assert refused.value.code == "structure.merge_first"
    assert str(refused.value) == MESSAGES["structure.merge_first"]
    with pytest.raises(ReadoutImportError) as failed:
        import_bytes(b"", "empty.txt")
    assert (failed.value.code, failed.value.params) == ("import.empty", {"name": "empty.txt"})
    assert str(failed.value) == "empty.txt: the file is empty"


def test_every_message_fills_from_its_own_placeholders() -> None:
    for code, text in MESSAGES.items():
        assert re.fullmatch(r"(doubt|structure|import|project|marking|place)\.[a-z_.]+", code), code
        names = {name.split("!")[0] for name in re.findall(r"\{(\w+(?:!r)?)\}", text)}
        assert english(code, dict.fromkeys(names, 7)), code


def test_japanese_sentences_end_with_a_japanese_full_stop() -> None:
    assert as_sentence("最初の節の前には結合できる節がありません") == (
        "最初の節の前には結合できる節がありません。"
    )
    assert as_sentence("この行はすでに日付です。") == "この行はすでに日付です。"
    assert as_sentence("the file is empty") == "The file is empty."
