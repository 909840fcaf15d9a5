"""The process the crash test kills: edits a project and saves it the way the app does.

Run as ``python crash_child.py PROJECT SEED``. It prints ``READY`` once loaded, then for each
edit ``ANN <annotation as JSON>``, ``SAVED n`` / ``AUTOSAVED n`` after each save or autosave
*completes* (n = annotations in it), and ``EXPORTED`` after an export, until it is killed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from briefing_app.core.project_io import load_project
from briefing_app.core.session import ProjectSession
from briefing_app.core.settings import AppSettings


def main() -> None:
    path = Path(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    export = rng.random() < 0.3
    if export:
        from briefing_app.export.render import export_note
        from briefing_app.export.templates import find_template

        template = find_template("annotated-readout")
    session = ProjectSession(load_project(path), path, AppSettings(backups_kept=3))
    text = session.project.readout.text
    paragraphs = [p for node in session.project.readout.walk() for p in node.paragraphs]
    print("READY", flush=True)
    count = len(session.project.annotations)
    while True:
        paragraph = rng.choice(paragraphs)
        start = rng.randrange(paragraph.span.start, paragraph.span.end - 5)
        annotation = session.project.new_annotation(start, start + 5, author="crash")
        annotation.comment = f"edit {count}"
        session.project.add_annotation(annotation)
        print(f"ANN {annotation.model_dump_json()}", flush=True)
        count += 1
        session.changed(float(count))
        roll = rng.random()
        if roll < 0.35:
            session.autosave()
            print(f"AUTOSAVED {count}", flush=True)
        elif roll < 0.6:
            session.save()
            print(f"SAVED {count}", flush=True)
        elif export and roll < 0.7:
            export_note(session.project, template, path.with_suffix(".docx"))
            print("EXPORTED", flush=True)
        assert text  # keep the text alive for the slices above


if __name__ == "__main__":
    main()
