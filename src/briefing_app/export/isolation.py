"""Rendering untrusted templates in a separate process with a time and memory limit.

The Jinja sandbox already stops templates reaching Python internals; a separate process is
what stops a template that loops over big lists for ever or builds gigabytes: it is killed
after :data:`RENDER_TIMEOUT` seconds, and its memory is capped.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path

from briefing_app.core.errors import BriefingError, TemplateError
from briefing_app.core.project import Project
from briefing_app.export.templates import TemplateInfo


def _child(
    connection: Connection,
    project_json: str,
    template_path: str,
    included_only: bool,
    author: str,
    memory_limit: int,
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
            project, template, included_only=included_only, isolate=False, author=author
        )
        connection.send(("ok", data))
    except BriefingError as exc:
        connection.send(("error", str(exc)))
    except MemoryError:
        connection.send(
            ("error", f"{Path(template_path).stem}: the template needs too much memory")
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
            included_only,
            author,
            memory_limit,
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
            status, payload = receiver.recv()
        except EOFError:
            raise TemplateError(
                f"{template.name}: rendering the template failed (it ran out of memory)"
            ) from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
    if status != "ok":
        raise TemplateError(str(payload))
    return payload  # type: ignore[no-any-return]
