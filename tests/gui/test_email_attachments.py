"""An e-mail with readouts attached: its text is shown, and the attachments are offered."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import MainWindow

BODY = "Please find the readout attached.\n\nRegards,\nDesk\n"
ATTACHED = (
    "Readout of the Minister's call with the Foreign Minister of Chile\n\n"
    "1. The ministers discussed lithium supply chains.\n\n"
    "2. They agreed to meet in Santiago in the spring.\n"
)


def _email(tmp_path: Path) -> Path:
    message = EmailMessage()
    message["Subject"] = "FW: Readout: Chile call"
    message["From"] = "desk@example.org"
    message["To"] = "me@example.org"
    message["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    message.set_content(BODY)
    message.add_attachment(
        ATTACHED.encode(), maintype="text", subtype="plain", filename="chile-readout.txt"
    )
    path = tmp_path / "readout.eml"
    path.write_bytes(message.as_bytes())
    return path


def test_an_attached_readout_is_offered_and_opened(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    interaction.answers.append(0)  # the first (only) attachment
    assert window.open_file(_email(tmp_path))
    kind, title, text = interaction.shown[-1]
    assert (kind, title) == ("choice", "Readouts attached")
    assert "chile-readout.txt" in text
    document = window.document
    assert document is not None
    assert document.project.source_name == "chile-readout.txt"
    assert [s.number for s in document.readout.sections] == ["1", "2"]
    assert document.session.source_path == tmp_path / "readout.eml"


def test_keeping_the_email_text(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    interaction.answers.append(1)  # "Keep the E-mail Text"
    assert window.open_file(_email(tmp_path))
    document = window.document
    assert document is not None and document.project.source_name == "readout.eml"
