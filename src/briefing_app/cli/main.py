"""Command-line entry point: ``briefing-app [PATH]`` opens the app; subcommands work headless."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence

from briefing_app.cli.interchange import add_interchange_commands
from briefing_app.cli.revise import add_revise_command
from briefing_app.core.errors import BriefingError
from briefing_app.core.logs import setup_logging

PROG = "briefing-app"
DEBUG_FLAG = "--debug"

logger = logging.getLogger(__name__)


def _cmd_inspect(args: argparse.Namespace) -> int:
    from pathlib import Path

    from briefing_app.cli.outline import render_outline
    from briefing_app.core.public_json import readout_to_public
    from briefing_app.importers import import_any, read_readout_file

    if args.path == "-":
        data, name = _read_stdin(), "stdin"
    else:
        path = Path(args.path)
        data, name = read_readout_file(path), path.name
    readout, attachments = import_any(data, name)
    if readout.source is None and args.path != "-":
        readout.source = name
    if args.json:
        json.dump(readout_to_public(readout), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(render_outline(readout))
    if attachments:
        # With --json the list goes to stderr, so that stdout stays one JSON document.
        out = sys.stderr if args.json else sys.stdout
        print(f"{len(attachments)} readout(s) attached to the e-mail:", file=out)
        for attachment in attachments:
            print(f"  {attachment.filename} ({attachment.size:,} bytes)", file=out)
    return 0


def _read_stdin() -> bytes:
    """Standard input's bytes, refusing more than an importable file's size."""
    from briefing_app.core.errors import ReadoutImportError
    from briefing_app.importers import MAX_INPUT_BYTES

    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        limit = MAX_INPUT_BYTES // 2**20
        raise ReadoutImportError(f"stdin: more than {limit} MB; the limit is {limit} MB")
    return data


def _cmd_templates(args: argparse.Namespace) -> int:
    from briefing_app.export.templates import list_templates, user_templates_dir

    templates, problems = list_templates()
    for template in templates:
        origin = "built-in" if template.builtin else "user"
        required = ", ".join(template.required) or "none"
        print(f"{template.key:<20} {template.name} ({origin})")
        print(f"{'':<20} {template.description}")
        print(f"{'':<20} required fields: {required}")
    print(f"User templates folder: {user_templates_dir()}")
    for problem in problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    return 0


def _cmd_schemes(args: argparse.Namespace) -> int:
    from briefing_app.core.marking_scheme import load_schemes, user_schemes_dir

    schemes, problems = load_schemes()
    for scheme in sorted(schemes.values(), key=lambda s: s.id):
        levels = ", ".join(level.id for level in scheme.levels)
        print(f"{scheme.id:<10} {scheme.name}")
        print(f"{'':<10} {scheme.description}")
        print(f"{'':<10} levels: {levels}")
        if scheme.caveats:
            print(f"{'':<10} caveats: {', '.join(c.id for c in scheme.caveats)}")
    print(f"User marking schemes folder: {user_schemes_dir()}")
    for problem in problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from briefing_app.cli.overrides import apply_overrides
    from briefing_app.core.opening import open_path
    from briefing_app.export.render import export_note
    from briefing_app.export.templates import find_template

    template = find_template(args.template)
    project = open_path(args.input)
    apply_overrides(project, args.set or [])
    author = args.author
    if author is None:
        from briefing_app.core.settings import load_settings

        author = load_settings().author
    source = Path(args.input)
    pdf_path = Path(args.output).with_suffix(".pdf") if args.pdf else None
    out = export_note(
        project,
        template,
        Path(args.output),
        included_only=not args.all,
        author=author,
        project_name=source.name if source.suffix.lower() == ".briefing" else None,
        pdf_path=pdf_path,
        clean=args.clean,
    )
    print(f"wrote {out}")
    if pdf_path is not None:
        print(f"wrote {pdf_path}")
    if template.page_limit is not None:
        from briefing_app.export.pages import check_pages

        pdf = pdf_path.read_bytes() if pdf_path is not None else None
        report = check_pages(out.read_bytes(), template, pdf=pdf)
        if report.over_limit:
            print(f"{PROG}: warning: {report.message()}", file=sys.stderr)
    return 0


def _cmd_open(args: argparse.Namespace) -> int:
    no_display = not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )
    if sys.platform.startswith("linux") and no_display:
        raise BriefingError(
            "no display to open the app on; use 'briefing-app inspect' or 'briefing-app export', "
            "or run under a desktop session (or xvfb-run)"
        )
    from briefing_app.gui.launch import run_app

    return run_app(args.path, debug=args.debug)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Import a meeting readout, annotate it, and export a briefing note.",
        epilog=f"With no command, {PROG} opens the app (on PATH, if given).",
    )
    from briefing_app import __version__

    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        DEBUG_FLAG,
        action="store_true",
        help="log in detail, to the log file and stderr (allowed anywhere on the line)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    inspect = commands.add_parser("inspect", help="print the structure of a readout")
    inspect.add_argument(
        "path",
        metavar="PATH",
        help="a readout (.txt, .md, .html, .docx, .pdf, .eml, .odt, .rtf), or - for stdin",
    )
    inspect.add_argument("--json", action="store_true", help="print the documented JSON form")
    inspect.set_defaults(handler=_cmd_inspect)
    export = commands.add_parser("export", help="write a briefing note (.docx) from a template")
    export.add_argument("input", metavar="INPUT", help="a readout or a .briefing project")
    export.add_argument("-t", "--template", required=True, help="a template name or .docx path")
    export.add_argument("-o", "--output", required=True, metavar="OUT.docx")
    export.add_argument(
        "--set", action="append", metavar="FIELD=VALUE", help="set a note field (repeatable)"
    )
    export.add_argument(
        "--all", action="store_true", help="include annotations not marked 'include in brief'"
    )
    export.add_argument(
        "--author",
        metavar="NAME",
        help="your name, as the document's author (default: the name in the app's settings)",
    )
    export.add_argument(
        "--pdf",
        action="store_true",
        help="also write OUT.pdf (PDF/A, through LibreOffice, which must be installed)",
    )
    export.add_argument(
        "--clean",
        action="store_true",
        help="a clean copy for distribution: no Word comments or highlights; annotations as "
        "numbered tags in the text and a table at the end (templates with the readout in them)",
    )
    export.set_defaults(handler=_cmd_export)
    templates = commands.add_parser("templates", help="list the available templates")
    templates.set_defaults(handler=_cmd_templates)
    schemes = commands.add_parser(
        "schemes",
        help="list the marking schemes (choose one with --set scheme=ID on export)",
    )
    schemes.set_defaults(handler=_cmd_schemes)
    add_revise_command(commands)
    add_interchange_commands(commands)
    open_ = commands.add_parser("open", help="open a readout or project in the app")
    open_.add_argument("path", metavar="PATH", nargs="?", help="a readout or .briefing project")
    open_.set_defaults(handler=_cmd_open)
    return parser


def _known_commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse exposes subcommands no other way
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code (0 success, 1 error, 2 usage).

    Errors are one line on stderr; an unexpected one also writes its traceback to the log
    file (``--debug`` shows it on stderr as well).
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = DEBUG_FLAG in args_list or bool(os.environ.get("BRIEFING_DEBUG"))
    args_list = [arg for arg in args_list if arg != DEBUG_FLAG]
    log_path = setup_logging(debug=debug)
    parser = build_parser()
    if not args_list or (
        args_list[0] not in _known_commands(parser) and not args_list[0].startswith("-")
    ):
        args_list = ["open", *args_list]
    args = parser.parse_args(args_list)
    args.debug = debug
    logger.debug("%s %s", PROG, " ".join(args_list))
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BriefingError as exc:
        logger.info("%s failed: %s", args.command, exc)
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one line, the traceback in the log
        logger.exception("Unexpected error in '%s'", args.command)
        detail = " ".join(str(exc).split())[:300]
        where = f"; details in {log_path}" if log_path is not None else ""
        print(f"{PROG}: internal error ({type(exc).__name__}: {detail}){where}", file=sys.stderr)
        return 1
