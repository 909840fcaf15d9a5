"""Make the Japanese pictures in docs/: the UI in Japanese, and a note from the 説明資料 template.

- docs/screenshot-ja.png: the main window in Japanese on the built-in sample, with one section
  annotated in Japanese (the import's doubts bar shows the core's message in Japanese).
- docs/note-ja.png: page 1 of a note exported with the setsumei-shiryo template from a Japanese
  readout of the same meeting, annotated and filled in in Japanese (LibreOffice → pdftoppm).

Needs Japanese fonts (fonts-noto-cjk), LibreOffice and poppler-utils.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_screenshots_ja.py
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from briefing_app.core.annotations import Priority
from briefing_app.core.opening import sample_project
from briefing_app.core.project import Clearance, Project
from briefing_app.core.project_io import project_from_readout
from briefing_app.export.render import export_note
from briefing_app.export.templates import list_templates
from briefing_app.importers import import_bytes

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
AUTHOR = "田中 彩（ロシア課）"
WHEN = dt.datetime(2012, 1, 30, 9, 0, tzinfo=dt.UTC)

# (quote, tags, priority, comment, owner, due, include in brief)
Note = tuple[str, list[str], Priority, str, str, dt.date | None, bool]

SAMPLE_NOTES: list[Note] = [
    (
        "increasing transparency in the field of security between Japan and Russia",
        ["Key point"],
        Priority.NORMAL,
        "安全保障分野の透明性向上を両国で確認。説明資料の要点に入れる。",
        "",
        None,
        True,
    ),
    (
        "hold the next security consultative meeting, which has been periodically held at the "
        "vice ministerial level, this spring",
        ["Action"],
        Priority.HIGH,
        "春の次官級安全保障協議の日程を確定する。防衛省と調整すること。",
        "総合政策局 安全保障政策課",
        dt.date(2012, 3, 1),
        True,
    ),
    (
        "exchanges between the Maritime Self-Defense Force and the Russian Navy",
        ["Question"],
        Priority.NORMAL,
        "海上自衛隊とロシア海軍の交流拡大について、対外発信の前に防衛省の見解を確認済みか。",
        "",
        None,
        False,
    ),
]

READOUT_JA = """日露外相会談（概要）
平成24年1月28日
1月28日（土曜日）、玄葉光一郎外務大臣は、来日中のセルゲイ・ラヴロフ・ロシア連邦外務大臣と会談を\
行ったところ、概要は以下のとおりです。また、この機会に、両外相は日露査証手続簡素化協定に署名しました。
1　日露関係全般
（1）ウラジオストクでのAPEC首脳会議、ロシア新政権の発足等を念頭に、今後数年、特に本年に日露両国が\
取り組むべき幅広い課題について意見交換を行った。また、ラヴロフ外相から玄葉大臣に対し訪露の招待があった。
（2）アジア太平洋地域の安全保障環境が大きく変化する中、日露関係は新たな重要性を帯びている。両者は、\
この地域のパートナーとしてふさわしい日露関係を構築するため、安全保障・防衛、エネルギーや近代化を中心と\
する経済を含むあらゆる分野で協力関係を発展させることを改めて確認した。
2　安全保障分野の協力
（1）両者は、日露間の安全保障分野の透明性を高めつつ、協調的な形で地域の平和と安定に貢献するため、\
安全保障分野の協力を強化することの重要性で一致した。
（2）この認識に基づき、両者は、次官級で定期的に開催してきた安全保障協議の次回会合を本年春に開催する\
ことを確認した。玄葉大臣は、当局間協議や海上自衛隊とロシア海軍との交流など、これまで行われてきた防衛\
分野の交流が一層拡大することへの期待を表明した。
3　海洋における協力
両者は、日露協力発展のキーワードとして「海」に着目し、「海における協力」について議論を行い、今後その\
具体的内容について協議を続けていくことで一致した。
4　領土問題
玄葉大臣から、四島は日本に帰属するとの日本の立場を述べ、日露間で真の友好関係を築くためには、領土問題\
を解決して平和条約を締結することがこれまで以上に必要であることを強調した。両外相は、両国の立場には大き\
な隔たりがあるものの、相互信頼の雰囲気の高まりを踏まえ、この問題を棚上げにせず、静かな環境の下で議論を\
続けていくことで一致した。
"""
"""A Japanese readout of the sample's meeting (its first four sections)."""

READOUT_JA_NOTES: list[Note] = [
    (
        "ラヴロフ外相から玄葉大臣に対し訪露の招待があった",
        ["Action", "Follow-up"],
        Priority.HIGH,
        "訪露の招待。APEC閣僚会議前後で日程案を作成し、大臣室の了承を得る。",
        "ロシア課・大臣室",
        dt.date(2012, 2, 15),
        True,
    ),
    (
        "安全保障・防衛、エネルギーや近代化を中心とする経済を含むあらゆる分野で協力関係を発展させる",
        ["Key point", "Talking point"],
        Priority.HIGH,
        "説明資料の基本的な位置付け。「あらゆる分野」の表現をそのまま用いる。",
        "",
        None,
        True,
    ),
    (
        "安全保障協議の次回会合を本年春に開催することを確認した",
        ["Action"],
        Priority.NORMAL,
        "春の次官級安全保障協議の日程を確定する。防衛省と調整。",
        "総合政策局 安全保障政策課",
        dt.date(2012, 3, 1),
        True,
    ),
    (
        "四島は日本に帰属するとの日本の立場",
        ["Key point", "Talking point"],
        Priority.HIGH,
        "従来の立場を再確認。いかなる資料でもこの表現を正確に再現すること。",
        "",
        None,
        True,
    ),
    (
        "この問題を棚上げにせず、静かな環境の下で議論を続けていく",
        ["Risk"],
        Priority.HIGH,
        "ロシア新政権発足前に進展は見込めない。「棚上げにせず」を進展と報じられないよう注意。",
        "",
        None,
        True,
    ),
]

NOTE_FIELDS_JA: dict[str, object] = {
    "subject": "日露外相会談（1月28日）の結果と今後の対応",
    "to": "外務大臣",
    "from_": "欧州局長",
    "through": "外務事務次官",
    "date": "平成24年1月30日",
    "file_number": "欧露第0128号",
    "classification": "SECRET",  # 秘, under the Japan marking rules
    "handling_caveat": "関係者限り",
    "purpose": "ラヴロフ外相との会談結果を報告し、下記の今後の対応についてご了承を得る。",
    "summary": "建設的な会談。安全保障を含む「あらゆる分野」での協力で一致した。領土問題は"
    "「棚上げにしない」ことで一致したが、ロシア新政権発足前の進展は見込めない。"
    "ラヴロフ外相から訪露の招待があった。",
    "recommendations": "ラヴロフ外相の招待を原則として受け、日程案を提示する。\n"
    "春の次官級安全保障協議の日程を確定する。\n"
    "日露査証手続簡素化協定の早期発効を領事局に指示する。",
    "press_line": "両外相は率直かつ建設的な意見交換を行い、安全保障・経済を含むあらゆる分野で"
    "協力を深めることで一致した。",
    "drafter": "田中 彩（ロシア課、内線3412）",
    "cleared": [
        Clearance(name="伊藤 誠", office="安全保障政策課", date="1月30日"),
        Clearance(name="森 由紀", office="領事政策課", date="1月30日"),
    ],
    "contact": "佐藤 健（ロシア課長、内線3400）",
}


def annotate(project: Project, notes: list[Note]) -> None:
    """Add ``notes`` to ``project`` as annotations (fixed ids and times)."""
    text = project.readout.text
    for index, (quote, tags, priority, comment, owner, due, include) in enumerate(notes):
        start = text.index(quote)
        annotation = project.new_annotation(
            start,
            start + len(quote),
            author=AUTHOR,
            comment=comment,
            tags=tags,
            priority=priority,
            owner=owner,
            due=due,
            include_in_brief=include,
        )
        annotation.id = f"a{index + 1:02d}"
        annotation.created = annotation.modified = WHEN + dt.timedelta(minutes=7 * index)
        project.add_annotation(annotation)


def screenshot(target: Path) -> None:
    """The main window in Japanese on the sample, section 2 annotated."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from briefing_app.gui.context import AppContext
    from briefing_app.gui.document import ProjectDocument
    from briefing_app.gui.i18n import install_translators
    from briefing_app.gui.interaction import ScriptedInteraction
    from briefing_app.gui.launch import make_application
    from briefing_app.gui.main_window import MainWindow

    make_application()
    install_translators("ja")
    project = sample_project()
    annotate(project, SAMPLE_NOTES)
    for node_id in ("n1", "n2", "n3"):
        project.set_reviewed(node_id, True)
    section = project.readout.sections[1]
    project.set_section_note(section.id, "安全保障：春の次官級協議が最初の具体的な成果。")
    context = AppContext.create(ScriptedInteraction())
    context.settings.author = AUTHOR
    window = MainWindow(context, ProjectDocument(project))
    window.resize(1500, 900)
    window.show()
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node(section.id)
    workspace.annotation_panel.show_annotation("a02")
    workspace.reader.select_annotation("a02")
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)  # layout, fonts and the section's highlights settle
    loop.exec()
    window.grab().save(str(target))
    window.document.undo_stack.setClean()  # type: ignore[union-attr]
    window.close()
    QCoreApplication.processEvents()


def note_page(target: Path) -> None:
    """Page 1 of the 説明資料 note on the Japanese readout, as LibreOffice prints it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("needs LibreOffice (soffice) and pdftoppm")
    readout = import_bytes(READOUT_JA.encode("utf-8"), "nichiro-gaisho-kaidan.txt")
    project = project_from_readout(
        readout,
        source_name="nichiro-gaisho-kaidan.txt",
        original_text=READOUT_JA,
        marking_scheme="japan",
    )
    annotate(project, READOUT_JA_NOTES)
    for name, value in NOTE_FIELDS_JA.items():
        project.set_note_field(name, value)
    template = next(t for t in list_templates()[0] if t.key == "setsumei-shiryo")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docx = export_note(project, template, work / "note-ja.docx", author=AUTHOR)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work / 'profile'}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(docx),
            ],
            check=True,
            capture_output=True,
        )
        stem = work / "page"
        pdf = work / "note-ja.pdf"
        first_page = ["-f", "1", "-l", "1", "-singlefile"]
        command = ["pdftoppm", "-png", "-r", "90", *first_page, str(pdf), str(stem)]
        subprocess.run(command, check=True)
        shutil.copy(stem.with_suffix(".png"), target)


def main() -> None:
    """Write both pictures into docs/."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    screenshot(DOCS / "screenshot-ja.png")
    logger.info("wrote %s", DOCS / "screenshot-ja.png")
    note_page(DOCS / "note-ja.png")
    logger.info("wrote %s", DOCS / "note-ja.png")


if __name__ == "__main__":
    main()
