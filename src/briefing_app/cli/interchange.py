"""Annotations in and out, and colleagues' annotations merged in, from the command line:

- ``briefing-app annotations PROJECT --format w3c|csv [-o FILE]``
- ``briefing-app import-annotations PROJECT FILE -o OUT.briefing`` (FILE: W3C JSON, or the
  annotated readout back from review in Word)
- ``briefing-app merge PROJECT OTHER.briefing -o OUT.briefing``

Each merge prints one line with the added / duplicate / conflicting counts.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from briefing_app.core.errors import BriefingError

logger = logging.getLogger(__name__)


def add_interchange_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``annotations``, ``import-annotations`` and ``merge``."""
    export = commands.add_parser("annotations", help="write a project's annotations (W3C or CSV)")
    export.add_argument("project", metavar="PROJECT", help="a .briefing project")
    export.add_argument("--format", choices=("w3c", "csv"), default="w3c")
    export.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    export.set_defaults(handler=run_annotations)
    take = commands.add_parser(
        "import-annotations",
        help="add annotations from a W3C file, or the comments of a reviewed annotated readout",
    )
    take.add_argument("project", metavar="PROJECT", help="a .briefing project")
    take.add_argument(
        "file", metavar="FILE", help="W3C Web Annotation JSON(-LD), or a reviewed .docx"
    )
    take.add_argument("-o", "--output", required=True, metavar="OUT.briefing")
    take.set_defaults(handler=run_import_annotations)
    merge = commands.add_parser("merge", help="merge a colleague's annotations into a project")
    merge.add_argument("project", metavar="PROJECT", help="your .briefing project")
    merge.add_argument("other", metavar="OTHER", help="their .briefing project")
    merge.add_argument("-o", "--output", required=True, metavar="OUT.briefing")
    merge.set_defaults(handler=run_merge)


def run_annotations(args: argparse.Namespace) -> int:
    """Write the annotations as W3C JSON-LD or CSV."""
    from briefing_app.core.atomic import atomic_write_text
    from briefing_app.core.project_io import load_project
    from briefing_app.core.web_annotation import to_csv, to_web_annotations

    project = load_project(args.project)
    if args.format == "csv":
        text = to_csv(project)
    else:
        text = json.dumps(to_web_annotations(project), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        atomic_write_text(Path(args.output), text)
        print(f"wrote {args.output} ({len(project.annotations)} annotations)")
    else:
        sys.stdout.write(text)
    return 0


def run_import_annotations(args: argparse.Namespace) -> int:
    """Merge the annotations of a W3C file into the project, written to a new file."""
    from briefing_app.core.merge import merge_annotations
    from briefing_app.core.project_io import load_project, save_project
    from briefing_app.core.web_annotation import from_web_annotations

    output = new_project_path(args.output, args.project)
    project = load_project(args.project)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefingError(f"{path}: cannot be read ({exc.strerror})") from None
    if path.suffix.lower() == ".docx":  # an annotated readout back from review in Word
        from briefing_app.export.word_comments import apply_word_comments, read_word_comments

        result, word_report = apply_word_comments(project, read_word_comments(data, path.name))
        save_project(result, output)
        print(f"{word_report.summary()}; wrote {output}")
        return 0
    result, report = merge_annotations(project, from_web_annotations(data, path.name))
    save_project(result, output)
    print(f"{report.summary()}; wrote {output}")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    """Merge another project's annotations into this one, written to a new file."""
    from briefing_app.core.merge import merge_annotations
    from briefing_app.core.project_io import load_project, save_project

    output = new_project_path(args.output, args.project)
    project = load_project(args.project)
    other = load_project(args.other)
    result, report = merge_annotations(project, [*other.annotations, *other.orphans])
    save_project(result, output)
    print(f"{report.summary()}; wrote {output}")
    return 0


def new_project_path(output: str, source: str, what: str = "result") -> Path:
    """The output project path, checked: a ``.briefing`` file that is not the input."""
    from briefing_app.core.project_io import PROJECT_SUFFIX

    path = Path(output)
    if path.suffix.lower() != PROJECT_SUFFIX:
        raise BriefingError(f"{path.name}: the output must be a {PROJECT_SUFFIX} project")
    if path.resolve() == Path(source).resolve():
        raise BriefingError(f"{path.name}: write the {what} to a new file")
    return path
