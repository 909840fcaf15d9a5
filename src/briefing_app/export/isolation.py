"""Rendering untrusted templates in a separate process with a time and memory limit.

The Jinja sandbox already stops templates reaching Python internals; a separate process is
what stops a template that loops over big lists for ever or builds gigabytes: it is killed
after :data:`RENDER_TIMEOUT` seconds, and its memory is capped.

Whatever goes wrong in the child comes back as one line naming the template (the traceback
goes to the log); the child never prints to the terminal.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

from briefing_app.core.errors import BriefingError, TemplateError
from briefing_app.core.project import Project
from briefing_app.export.templates import TemplateInfo

logger = logging.getLogger(__name__)


def one_line(text: str, limit: int = 300) -> str:
    """``text`` on one line (whitespace collapsed), shortened to about ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe_template_failure(name: str, exc: BaseException) -> str:
    """One line for an unexpected error raised while rendering the template ``name``."""
    detail = one_line(str(exc)) or "no details"
    return f"{name}: the template failed ({type(exc).__name__}: {detail})"


def _child(
    connection: Connection,
    project_json: str,
    template_path: str,
    template_name: str,
    included_only: bool,
    author: str,
    memory_limit: int,
    clean: bool = False,
) -> None:
    # Where memory cannot be capped (no ``resource`` module), the time limit still applies.
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    try:
        from briefing_app.export.render import render_note
        from briefing_app.export.templates import read_template_info

        project = Project.model_validate_json(project_json)
        template = read_template_info(Path(template_path))
        data = render_note(
            project,
            template,
            included_only=included_only,
            isolate=False,
            author=author,
            clean=clean,
        )
        connection.send(("ok", data))
    except BriefingError as exc:
        connection.send(("error", one_line(str(exc)), None))
    except MemoryError:
        connection.send(("error", f"{template_name}: the template needs too much memory", None))
    except Exception as exc:  # any other failure is the template's: say so, in one line
        connection.send(
            ("error", describe_template_failure(template_name, exc), traceback.format_exc())
        )
    finally:
        connection.close()


def render_isolated(
    project: Project,
    template: TemplateInfo,
    *,
    included_only: bool,
    author: str,
    timeout: float,
    memory_limit: int,
    clean: bool = False,
) -> bytes:
    """Render in a fresh process; raise TemplateError if it fails, is too slow or too big."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child,
        args=(
            sender,
            project.model_dump_json(),
            str(template.path),
            template.name,
            included_only,
            author,
            memory_limit,
            clean,
        ),
        daemon=True,
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise TemplateError(
                f"{template.name}: the template took longer than {timeout:.0f} s and was stopped"
            )
        try:
            message = receiver.recv()
        except EOFError:
            process.join(5)
            raise TemplateError(_died(template.name, process.exitcode)) from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
    if message[0] != "ok":
        _, line, details = message
        if details:
            logger.error("Template %s failed:\n%s", template.path, details)
        raise TemplateError(str(line))
    return message[1]  # type: ignore[no-any-return]


def _died(name: str, exitcode: int | None) -> str:
    """Why the template process ended without an answer, as far as the exit code tells."""
    logger.error("The template process for %s ended with exit code %s", name, exitcode)
    if exitcode is not None and exitcode < 0:
        return (
            f"{name}: the template process was stopped by the system (signal {-exitcode}); "
            "the template may need too much memory"
        )
    return f"{name}: the template process ended unexpectedly (exit code {exitcode})"
