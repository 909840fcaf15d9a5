"""``briefing-app inspect``: the outline, the JSON contract, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli.main import main
from briefing_app.importers import decoding
from tests.conftest import INDIA, SAMPLE


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_outline_of_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["inspect", str(SAMPLE)], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Title:  Japan-Russia Foreign Ministers' Meeting")
    assert "Sections: 7 (13 items below them)" in lines
    assert "    7. Cooperation in the International Arena" in lines
    assert "        - (1) North Korea" in lines
    assert any("Back to Index (navigation)" in line for line in lines)


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["inspect", "--json", str(SAMPLE)], capsys)
    assert code == 0
    data = json.loads(out)
    assert {"title", "date", "preamble", "sections", "removed"} <= data.keys()
    assert data["date"] == "Saturday, January 28"
    assert data["removed"] == ["Back to Index"]
    assert isinstance(data["preamble"], list) and isinstance(data["preamble"][0], str)
    first = data["sections"][0]
    assert {"number", "heading", "paragraphs", "items"} <= first.keys()
    assert (first["number"], first["heading"]) == ("1", "Japan-Russia relations (General)")
    assert first["items"][0]["number"] == "(1)"
    assert first["items"][0]["paragraphs"][0].startswith("With the events")
    assert [len(s["items"]) for s in data["sections"]] == [2, 3, 0, 0, 4, 2, 2]


def test_json_keeps_non_ascii(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["inspect", "--json", str(INDIA)], capsys)
    assert "’" in out


BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n\t ",
    "binary.txt": bytes(range(256)) * 8,
    "notzip.docx": b"This is not a Word document",
    "broken.docx": b"PK\x03\x04" + b"\x00" * 64,
    "empty.html": b"<html><body><script>alert(1)</script><nav>Home</nav></body></html>",
    "badutf16.txt": b"\xff\xfe" + b"\x00\xd8" * 3,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_one_line_and_exit_1(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    before = sorted(tmp_path.iterdir())
    code, out, err = run(["inspect", str(path)], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("briefing-app: error: ")
    assert name in err
    assert "Traceback" not in err
    assert sorted(tmp_path.iterdir()) == before


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["inspect", str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and "no such file" in err


def test_file_over_the_size_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoding, "MAX_INPUT_BYTES", 1000)
    monkeypatch.setattr("briefing_app.importers.MAX_INPUT_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Readout\n" + "The ministers met. " * 100, encoding="utf-8")
    code, _, err = run(["inspect", str(path)], capsys)
    assert code == 1 and "the limit is" in err


def test_documented_limit_accepts_twenty_megabytes() -> None:
    assert decoding.MAX_INPUT_BYTES >= 20 * 1024 * 1024


def test_console_script_runs_without_a_display(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "inspect", str(SAMPLE)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert "Sections: 7" in result.stdout
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"nope")
    failed = subprocess.run(
        [sys.executable, "-m", "briefing_app", "inspect", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert failed.returncode == 1
    assert failed.stderr.strip().count("\n") == 0 and "Traceback" not in failed.stderr


def test_opening_the_app_without_a_display_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run([], capsys)
    assert code == 1 and "no display" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("name", "content", "hint"),
    [
        ("readout.pdf", b"%PDF-1.7\n...", "save the readout as text"),
        ("readout.doc", b"\xd0\xcf\x11\xe0" + bytes(100), "save it as .docx"),
        ("readout.txt", b"%PDF-1.4\n\x00\x01", "the PDF cannot be read"),
    ],
)
def test_unsupported_formats_say_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, hint: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run(["inspect", str(path)], capsys)
    assert code == 1 and hint in err and err.count("\n") == 1


def test_doubts_are_printed_and_in_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Home\nNewsroom\nAbout the ministry\nMinisters Meet on Trade\n"
        "1. The two ministers met in the capital on Tuesday and reviewed the state of relations.\n"
        "2. They agreed to hold the next round of talks in the spring and to prepare a plan.\n"
        "4. They will report to their leaders on the progress made before the end of the year.\n"
        "9. The ministers will meet again next year.\n",
        encoding="utf-8",
    )
    code, out, _ = run(["inspect", str(page)], capsys)
    assert code == 0
    doubts = out.split("Doubts: ", 1)[1].splitlines()
    assert doubts[0] == "5"
    assert (
        "    ? Title guessed from line 4 (nearest title-like line above the text) [title]" in doubts
    )
    assert "    ? Section numbering jumps from 2 to 4 [numbering]" in doubts
    assert "    ? Line 8 starts with “9.” but does not continue the numbering [numbering]" in doubts
    code, out, _ = run(["inspect", "--json", str(page)], capsys)
    data = json.loads(out)
    assert data["format_version"] == 2
    assert {"kind": "numbering", "message": "Section numbering jumps from 2 to 4"} in data["doubts"]
    assert {"kind": "date", "message": "No meeting date found"} in data["doubts"]
    assert all(set(d) == {"kind", "message"} for d in data["doubts"])
