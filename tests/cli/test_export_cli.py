"""``briefing-app export`` and ``briefing-app templates``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from briefing_app.cli.main import main
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.libreoffice import find_soffice
from tests.conftest import SAMPLE


def test_templates_lists_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    for key in ("briefing-note", "meeting-brief", "action-memo", "annotated-readout"):
        assert key in out
    assert "User templates folder:" in out


def test_export_a_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "note.docx"
    code = main(
        ["export", str(resource_path(EXAMPLE_PROJECT)), "-t", "action-memo", "-o", str(out)]
    )
    assert code == 0 and out.exists()
    assert capsys.readouterr().out.strip() == f"wrote {out}"


def test_export_a_readout_with_fields_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "note.docx"
    code = main(
        [
            "export",
            str(SAMPLE),
            "-t",
            "briefing-note",
            "-o",
            str(out),
            "--set",
            "subject=Gemba-Lavrov meeting",
            "--set",
            "to=Minister",
            "--set",
            "from=Russia Division",
            "--set",
            "summary=Constructive.",
            "--set",
            "classification=secret",
            "--set",
            "handling_caveat=noforn",
        ]
    )
    assert code == 0
    document = docx.Document(str(out))
    assert document.sections[0].header.paragraphs[0].text == "SECRET//NOFORN"
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert "Gemba-Lavrov meeting" in cells


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-t", "nope"], "no template called 'nope'"),
        (["-t", "briefing-note"], "required field(s) empty"),
        (["-t", "annotated-readout", "--set", "colour=red"], "expected FIELD=VALUE"),
        (["-t", "annotated-readout", "--set", "classification=ultra"], "not a valid value"),
    ],
)
def test_export_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "x.docx"
    code = main(["export", str(SAMPLE), "-o", str(out), *args])
    err = capsys.readouterr().err
    assert code == 1 and message in err and err.count("\n") == 1
    assert not out.exists()


def test_export_author_option_and_its_default(tmp_path: Path) -> None:
    from briefing_app.core.settings import AppSettings, save_settings

    project = str(resource_path(EXAMPLE_PROJECT))
    out = tmp_path / "named.docx"
    assert (
        main(["export", project, "-t", "action-memo", "-o", str(out), "--author", "K. Sato"]) == 0
    )
    properties = docx.Document(str(out)).core_properties
    assert properties.author == properties.last_modified_by == "K. Sato"
    save_settings(AppSettings(author="Yuki Mori"))
    out = tmp_path / "default.docx"
    assert main(["export", project, "-t", "action-memo", "-o", str(out)]) == 0
    assert docx.Document(str(out)).core_properties.author == "Yuki Mori"


def test_schemes_are_listed_and_chosen_on_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schemes"]) == 0
    listed = capsys.readouterr().out
    assert "us         United States" in listed and "levels: OFFICIAL, SECRET, TOP SECRET" in listed
    out = tmp_path / "uk.docx"
    args = ["export", str(SAMPLE), "-o", str(out), "-t", "annotated-readout"]
    code = main(
        [
            *args,
            "--set",
            "classification=official",
            "--set",
            "scheme=uk",
            "--set",
            "caveat=SENSITIVE",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    code = main([*args, "--set", "scheme=us", "--set", "classification=secret"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "needs its classification authority block" in err


def _long_project_file(tmp_path: Path) -> Path:
    from briefing_app.core.project_io import save_project
    from tests.export.helpers import long_project

    path = tmp_path / "long.briefing"
    save_project(long_project(), path)
    return path


def test_a_note_over_its_page_limit_is_a_warning_naming_the_long_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", "none")  # the estimate, as on a machine without it
    out = tmp_path / "memo.docx"
    code = main(["export", str(_long_project_file(tmp_path)), "-t", "action-memo", "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 0 and out.exists()
    assert captured.out.strip() == f"wrote {out}"
    warning = captured.err.strip()
    assert warning.startswith("briefing-app: warning: About ")
    assert "(an estimate: LibreOffice is not installed) — the action memo limit is 2." in warning
    assert "Longest sections: Risks (" in warning and len(warning.splitlines()) == 1


def test_a_note_within_its_page_limit_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", "none")
    out = tmp_path / "memo.docx"
    code = main(
        ["export", str(resource_path(EXAMPLE_PROJECT)), "-t", "meeting-brief", "-o", str(out)]
    )
    assert code == 0 and capsys.readouterr().err == ""


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is missing")
def test_export_pdf_writes_the_note_and_its_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "memo.docx"
    code = main(
        [
            "export",
            str(resource_path(EXAMPLE_PROJECT)),
            "-t",
            "action-memo",
            "-o",
            str(out),
            "--pdf",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.splitlines() == [f"wrote {out}", f"wrote {tmp_path / 'memo.pdf'}"]
    assert (tmp_path / "memo.pdf").read_bytes().startswith(b"%PDF-")
    assert captured.err == ""  # two pages: within the memo's limit


def test_export_pdf_without_libreoffice_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", "none")
    out = tmp_path / "out" / "memo.docx"
    out.parent.mkdir()
    code = main(
        [
            "export",
            str(resource_path(EXAMPLE_PROJECT)),
            "-t",
            "action-memo",
            "-o",
            str(out),
            "--pdf",
        ]
    )
    assert code == 1
    assert capsys.readouterr().err == (
        "briefing-app: error: saving as PDF needs LibreOffice, which is not installed\n"
    )
    assert list(out.parent.iterdir()) == []


def test_export_clean_writes_a_copy_without_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clean.docx"
    project = str(resource_path(EXAMPLE_PROJECT))
    code = main(["export", project, "-t", "annotated-readout", "-o", str(out), "--clean"])
    assert code == 0, capsys.readouterr().err
    names = zipfile.ZipFile(out).namelist()
    assert "word/comments.xml" not in names
    assert any(p.text == "Annotations" for p in docx.Document(str(out)).paragraphs)
    code = main(["export", project, "-t", "action-memo", "-o", str(tmp_path / "m.docx"), "--clean"])
    assert code == 1 and "a clean copy needs a template with the readout" in capsys.readouterr().err
    assert not (tmp_path / "m.docx").exists()
