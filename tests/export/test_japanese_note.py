"""A Japanese official produces a note in Japanese end to end: the 説明資料 template."""

from __future__ import annotations

import io

import docx

from briefing_app.core.opening import sample_project
from briefing_app.export.accessibility import check_accessibility, failures
from briefing_app.export.render import render_note
from briefing_app.export.templates import find_template
from briefing_app.importers import import_bytes
from tests.core.test_revision import _annotate

READOUT = (
    "日・チリ外相電話会談\n\n"
    "令和8年12月1日\n\n"
    "1 重要鉱物\n"
    "両外相は、リチウムのサプライチェーンに関する協力を深めることで一致した。\n\n"
    "2 今後の予定\n"
    "両外相は、春にサンティアゴで会談することで一致した。\n"
)


def test_the_japanese_note_reads_in_japanese_and_passes_the_checks() -> None:
    project = sample_project()
    project.readout = import_bytes(READOUT.encode(), "chile.txt")
    _annotate(
        project, "リチウムのサプライチェーン", comment="作業部会の設置を提案する", tags=["Action"]
    )
    _annotate(project, "サンティアゴ", comment="日程を早期に調整する", tags=["Talking point"])
    for field, value in (
        ("subject", "日・チリ外相電話会談"),
        ("to", "外務大臣"),
        ("from_", "中南米局"),
        ("summary", "重要鉱物での協力を深めることで一致。"),
        ("recommendations", "作業部会の設置を提案する。"),
    ):
        project.set_note_field(field, value)
    data = render_note(project, find_template("setsumei-shiryo"), author="田中")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    for heading in (
        "説明資料",
        "要旨",
        "経緯",
        "検討事項",
        "発言要領",
        "対処方針(案)",
        "今後の対応",
    ):
        assert heading in text, heading
    assert "作業部会の設置を提案する" in text and "日程を早期に調整する" in text
    assert "SUMMARY" not in text and "BACKGROUND" not in text
    assert failures(check_accessibility(data)) == []
