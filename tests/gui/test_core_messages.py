"""What the Qt-free core says reaches a Japanese user in Japanese (English as the fallback)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.core.messages import MESSAGES
from briefing_app.core.model import Doubt
from briefing_app.gui.context import AppContext
from briefing_app.gui.core_messages import doubt_text, message_sources, reason_label
from briefing_app.gui.i18n import install_translators, remove_translators
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.launch import make_application
from briefing_app.gui.main_window import MainWindow
from briefing_app.importers.chrome import _REASONS  # the chrome reasons the importer gives
from tests.core.test_messages import JUMPING
from tests.gui.conftest import shown_window

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "briefing_app_ja.ts"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def ja_window(qtbot: QtBot, interaction: ScriptedInteraction) -> Iterator[MainWindow]:
    """A main window built in Japanese, on the sample, with scripted dialogs."""
    make_application()
    assert install_translators("ja"), "the compiled .qm was not found: run scripts/setup.sh"
    try:
        with shown_window(qtbot, AppContext.create(interaction)) as main:
            yield main
    finally:
        remove_translators()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_japanese_user_sees_the_import_doubts_in_japanese(
    ja_window: MainWindow, qtbot: QtBot, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(JUMPING, encoding="utf-8")
    interaction.answers.append(page)  # the file chosen in File › Open
    qtbot.keyClick(ja_window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(
        lambda: (
            ja_window.document is not None and ja_window.document.project.source_name == "page.txt"
        ),
        timeout=10000,
    )
    workspace = ja_window.workspace
    assert workspace is not None
    qtbot.waitUntil(workspace.doubts_bar.isVisible, timeout=2000)
    shown = workspace.doubts_bar.text.text().splitlines()
    assert shown == [
        "取り込み結果を確認してください：",
        "• 表題は4行目から推定しました（本文の直前にある表題らしい行）",
        "• 会談の日付が見つかりません",
        "• サイトの付属部分として3行を除きました（表題より上のページ付属部分3行）",
        "• 節の番号が2から4に飛んでいます",
        "• ほか 1 件",
    ]


def test_japanese_user_sees_a_refused_structure_fix_in_japanese(
    ja_window: MainWindow, qtbot: QtBot, interaction: ScriptedInteraction
) -> None:
    workspace = ja_window.workspace
    assert workspace is not None
    workspace.go_to_node(workspace.document.readout.sections[0].id)
    workspace.reader.setFocus()
    qtbot.keyClick(workspace.reader, Qt.Key.Key_M, SHIFT_CTRL)  # Structure › Merge with Previous
    assert interaction.shown[-1] == (
        "error",
        "構成を変更できません",
        "最初の節の前には結合できる節がありません。",
    )


def test_japanese_user_sees_why_a_file_cannot_be_opened_in_japanese(
    ja_window: MainWindow, qtbot: QtBot, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    interaction.answers.append(empty)
    qtbot.keyClick(ja_window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: bool(interaction.shown) and interaction.shown[-1][0] == "error")
    assert interaction.shown[-1] == ("error", "開けません", "empty.txt：ファイルが空です。")


def test_old_doubts_and_unknown_codes_fall_back_to_the_english(ja_window: MainWindow) -> None:
    saved_before_codes = Doubt(kind="title", message="Title guessed from line 3")
    assert doubt_text(saved_before_codes) == "Title guessed from line 3"
    from_a_newer_app = Doubt(kind="date", message="Date looks odd", code="doubt.date_odd")
    assert doubt_text(from_a_newer_app) == "Date looks odd"
    missing_param = Doubt(kind="title", message="Title guessed", code="doubt.title_guessed")
    assert doubt_text(missing_param) == "Title guessed"
    coded = Doubt.coded("numbering", "doubt.item_numbering_starts", value=3)
    assert doubt_text(coded) == "項目の番号が3から始まっています"


def test_english_ui_shows_the_core_english_unchanged() -> None:
    make_application()
    remove_translators()
    sources = message_sources()
    assert set(sources) == set(MESSAGES), "every core code needs a line in gui/core_messages.py"
    for code, english in MESSAGES.items():
        assert sources[code] == english, f"{code}: the GUI's source differs from the core's"


def test_every_core_message_and_reason_has_a_japanese_translation() -> None:
    root = ET.parse(TS).getroot()
    translated = {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    problems = []
    for code, english in MESSAGES.items():
        translation = translated.get(("CoreMessages", english))
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            problems.append(code)
        elif set(re.findall(r"\{[\w!]+\}", english)) != set(
            re.findall(r"\{[\w!]+\}", translation.text or "")
        ):
            problems.append(f"{code}: placeholders differ")
    for reason, _pattern in _REASONS:
        translation = translated.get(("RemovalReasons", reason))
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            problems.append(f"reason {reason!r}")
    assert problems == []


def test_removal_reasons_are_shown_in_japanese(ja_window: MainWindow) -> None:
    assert reason_label("navigation menu") == "ナビゲーションメニュー"
    assert reason_label("a reason from a newer app") == "a reason from a newer app"


def test_japanese_user_sees_why_the_markings_cannot_go_out_in_japanese(
    ja_window: MainWindow, qtbot: QtBot
) -> None:
    from briefing_app.gui.commands import SetMarkingScheme, SetNoteField

    document = ja_window.document
    assert document is not None
    document.undo_stack.push(SetMarkingScheme(document, "us"))
    document.undo_stack.push(SetNoteField(document, "classification", "SECRET", "区分"))
    dialog = ja_window.make_export_dialog()
    qtbot.addWidget(dialog)
    refusal = dialog.summary.text()
    assert refusal.endswith(
        "米国 の規則で SECRET のメモには指定権限欄が必要です。"
        "指定者、指定根拠文書または指定理由、指定解除日 を記入してください。"
    ), refusal
    # a portion above the note's level raises the banner, said in Japanese with its place
    for name, value in (
        ("classified_by", "J. Smith"),
        ("classification_reason", "1.4(d)"),
        ("declassify_on", "20511201"),
        ("classification", "CONFIDENTIAL"),
        ("summary", "(S) 豪側は拡大に積極的。"),
    ):
        document.undo_stack.push(SetNoteField(document, name, value, name))
    dialog = ja_window.make_export_dialog()
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    # the marking exactly as printed (never translated), and why it is higher, in Japanese
    assert summary.startswith("全ページに<b>SECRET</b>と表示されます。"), summary
    assert "要旨（結論） の 1 行目 のため、表示はメモの区分 CONFIDENTIAL より上位の SECRET" in summary
    assert "because of" not in summary
