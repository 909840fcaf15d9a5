"""Regenerate resources/example.briefing: the sample readout annotated as a desk officer would.

Run: .venv/bin/python scripts/make_example_project.py
The output is deterministic (fixed ids and timestamps) so changes show up as reviewable diffs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing_app.core.annotations import Priority
from briefing_app.core.opening import sample_project
from briefing_app.core.project import Clearance
from briefing_app.core.project_io import save_project

OUT = Path(__file__).resolve().parents[1] / "resources" / "example.briefing"
AUTHOR = "A. Tanaka (Russia Division)"
WHEN = dt.datetime(2012, 1, 30, 9, 0, tzinfo=dt.UTC)

# (quote, tags, priority, comment, owner, due, include in brief)
ANNOTATIONS = [
    (
        "Foreign Minister Lavrov invited Foreign Minister Gemba to make a visit to Russia",
        ["Action", "Follow-up"],
        Priority.HIGH,
        "Invitation to Moscow: propose dates around the APEC ministerial; needs Minister's office sign-off.",
        "Russia Division / Minister's Office",
        dt.date(2012, 2, 15),
        True,
    ),
    (
        "both sides confirmed again to develop cooperative relations in every field, including "
        "security and defense, and economy with a focus on energy and modernization",
        ["Key point", "Talking point"],
        Priority.HIGH,
        "Core framing for the brief: 'every field' incl. security and defence. Use verbatim in the lines.",
        "",
        None,
        True,
    ),
    (
        "hold the next security consultative meeting, which has been periodically held at the vice "
        "ministerial level, this spring",
        ["Action"],
        Priority.NORMAL,
        "Fix a date for the spring vice-ministerial security consultations; coordinate with MOD.",
        "Security Policy Division",
        dt.date(2012, 3, 1),
        True,
    ),
    (
        "exchanges between the Maritime Self-Defense Force and the Russian Navy",
        ["Question"],
        Priority.NORMAL,
        "Do we have MOD's view on expanding MSDF-Russian Navy exchanges before we commit publicly?",
        "",
        None,
        False,
    ),
    (
        'Both sides focused on the "sea" as a keyword',
        ["Question"],
        Priority.LOW,
        "'Cooperation on the sea' is undefined. Fisheries, search and rescue, or Arctic routes?",
        "",
        None,
        False,
    ),
    (
        "the four islands belong to Japan",
        ["Key point", "Talking point"],
        Priority.HIGH,
        "Standard position restated. Any brief must reproduce this line exactly.",
        "",
        None,
        True,
    ),
    (
        "while the two countries' standpoints differ considerably",
        ["Risk"],
        Priority.HIGH,
        "Russian side will read 'will not be shelved' as process only; expect no movement before "
        "the new Russian administration. Manage expectations at home.",
        "",
        None,
        True,
    ),
    (
        "he hoped to hold them after Russia's new government is formed",
        ["Risk", "Follow-up"],
        Priority.NORMAL,
        "Vice-ministerial talks slip to after the May inauguration at the earliest.",
        "Russia Division",
        dt.date(2012, 5, 31),
        True,
    ),
    (
        "multiple entry and exit points be established for free visits and visits to graves",
        ["Action"],
        Priority.NORMAL,
        "Prepare a technical proposal on additional entry/exit points for visa-free exchanges.",
        "Northern Territories Affairs Office",
        dt.date(2012, 4, 15),
        True,
    ),
    (
        "a record figure of over 30 billion US dollars in 2011",
        ["Key point"],
        Priority.NORMAL,
        "Trade record: useful positive opener for the Minister's press remarks.",
        "",
        None,
        True,
    ),
    (
        "the Sakhalin III project",
        ["Risk"],
        Priority.NORMAL,
        "Sakhalin III terms not agreed; METI flags exposure if gas prices fall. Keep language general.",
        "",
        None,
        True,
    ),
    (
        "the Japanese Diet's approval of the bilateral agreement for cooperation in the peaceful uses "
        "of nuclear energy",
        ["Talking point"],
        Priority.LOW,
        "Welcome noted; no further commitment implied.",
        "",
        None,
        False,
    ),
    (
        "putting into force promptly the agreement on simplifying visa procedures",
        ["Action"],
        Priority.NORMAL,
        "Entry into force: exchange of notes needed; Consular Affairs to propose a timetable.",
        "Consular Affairs Bureau",
        dt.date(2012, 2, 29),
        True,
    ),
    (
        "an accord to establish a Japan-Russia cultural center",
        ["Follow-up"],
        Priority.LOW,
        "Check with Cultural Affairs whether signature could be staged during the Minister's visit.",
        "Cultural Affairs Division",
        None,
        False,
    ),
    (
        "the prompt resumption of the Six-Party Talks",
        ["Key point"],
        Priority.NORMAL,
        "Russia aligned with us on Six-Party resumption after the leadership change in Pyongyang.",
        "",
        None,
        True,
    ),
    (
        "Russia supports a conclusive resolution to the problem and is raising the issue in the "
        "dialogue with North Korea",
        ["Key point", "Talking point"],
        Priority.HIGH,
        "Abductions: Russian support on the record. Thank Lavrov explicitly in the next call.",
        "",
        None,
        True,
    ),
    (
        "missile defense",
        ["Risk", "Question"],
        Priority.NORMAL,
        "Missile defence raised by Russia? Readout is silent on substance; ask the interpreter's notes.",
        "North East Asia Division",
        dt.date(2012, 2, 3),
        False,
    ),
]

REVIEWED = ["n1", "n2", "n3", "n4", "n8", "n9", "n10"]
SECTION_NOTES = {
    "n9": "Territorial issue: no change in substance. Hold the line; nothing new for the press.",
    "n18": "International arena section is thin: check the full record for Syria and Iran.",
}


def build() -> None:
    project = sample_project()
    # A fixed import time, so the shipped example is the same file every time it is made.
    project.readout_versions[0].imported = dt.datetime(2012, 1, 30, 9, 0, tzinfo=dt.UTC)
    text = project.readout.text
    for index, (quote, tags, priority, comment, owner, due, include) in enumerate(ANNOTATIONS):
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
    for node_id in REVIEWED:
        project.set_reviewed(node_id, True)
    for node_id, note in SECTION_NOTES.items():
        project.set_section_note(node_id, note)
    fields = {
        "subject": "Japan-Russia Foreign Ministers' Meeting, 28 January 2012: outcomes and follow-up",
        "to": "Minister for Foreign Affairs",
        "from_": "Director-General, European Affairs Bureau",
        "through": "Vice-Minister for Foreign Affairs",
        "date": "30 January 2012",
        "file_number": "EUR/RUS/2012/0128",
        "classification": "CONFIDENTIAL",
        "handling_caveat": "JAPAN EYES ONLY",
        "purpose": "To report the outcome of your meeting with Foreign Minister Lavrov and seek "
        "agreement to the follow-up actions below.",
        "summary": "A constructive meeting: both sides committed to cooperation 'in every field' "
        "including security; the territorial issue 'will not be shelved' but no movement is "
        "expected before Russia's new government forms. Lavrov invited you to Moscow.",
        "recommendations": "Accept Lavrov's invitation in principle and propose dates.\n"
        "Agree the spring date for vice-ministerial security consultations.\n"
        "Task Consular Affairs to bring the visa agreement into force promptly.",
        "press_line": "The two Foreign Ministers had a frank and constructive exchange and "
        "agreed to deepen cooperation in every field, including security and the economy.",
        "drafter": "A. Tanaka, Russia Division, ext. 3412",
        "cleared": [
            Clearance(name="M. Ito", office="Security Policy Division", date="30 Jan 2012"),
            Clearance(name="Y. Mori", office="Consular Policy Division", date="30 Jan 2012"),
        ],
        "contact": "K. Sato, Director, Russia Division, ext. 3400",
    }
    for name, value in fields.items():
        project.set_note_field(name, value)
    save_project(project, OUT)
    print(f"wrote {OUT} ({len(project.annotations)} annotations)")


if __name__ == "__main__":
    build()
