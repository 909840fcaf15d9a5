"""Annotations as W3C Web Annotations (JSON-LD) and as CSV, out and back in.

Each annotation becomes an ``Annotation`` with a ``TextQuoteSelector`` and a
``TextPositionSelector`` on the readout (identified by its text hash), the comment as a
commenting ``TextualBody``, each tag as a tagging body, the author as ``creator``, and
``created``/``modified``. What the W3C model has no word for (priority, owner, due date,
"include in brief", portion marking) travels under this app's own JSON-LD term, so other
tools keep it and ignore it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
from typing import Any

from briefing_app.core.annotations import (
    Anchor,
    Annotation,
    Priority,
    TextPositionSelector,
    TextQuoteSelector,
)
from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project, text_hash
from briefing_app.core.references import section_refs

logger = logging.getLogger(__name__)

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
APP_TERM = "briefing"
APP_NAMESPACE = "urn:briefing-app:annotation#"
CSV_COLUMNS = ("section", "quote", "comment", "tags", "priority", "owner", "due", "author")


class AnnotationFormatError(BriefingError):
    """A file of annotations that cannot be read (the message says why)."""


def to_web_annotations(project: Project) -> dict[str, Any]:
    """The project's annotations as one W3C ``AnnotationCollection`` (JSON-LD, as a dict)."""
    source = f"urn:sha256:{text_hash(project.readout.text)}"
    items = [_item(annotation, source) for annotation in project.annotations]
    return {
        "@context": [W3C_CONTEXT, {APP_TERM: APP_NAMESPACE}],
        "type": "AnnotationCollection",
        "label": project.readout.title or project.source_name or "Readout",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }


def _item(annotation: Annotation, source: str) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if annotation.comment:
        body.append(
            {
                "type": "TextualBody",
                "value": annotation.comment,
                "purpose": "commenting",
                "format": "text/plain",
            }
        )
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags]
    quote = annotation.anchor.quote
    item: dict[str, Any] = {
        "id": f"urn:uuid:briefing-{annotation.id}",
        "type": "Annotation",
        "motivation": "commenting" if annotation.comment else "highlighting",
        "created": annotation.created.isoformat(),
        "modified": annotation.modified.isoformat(),
        "body": body,
        "target": {
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": quote.exact,
                    "prefix": quote.prefix,
                    "suffix": quote.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": annotation.start,
                    "end": annotation.end,
                },
            ],
        },
        APP_TERM: {
            "priority": annotation.priority.value,
            "includeInBrief": annotation.include_in_brief,
            "owner": annotation.owner,
            "due": annotation.due.isoformat() if annotation.due else None,
            "classification": annotation.classification if annotation.classification else None,
        },
    }
    if annotation.author:
        item["creator"] = {"type": "Person", "name": annotation.author}
    return item


def from_web_annotations(data: bytes, name: str) -> list[Annotation]:
    """Annotations from W3C JSON-LD: a collection, a page, a list, or one annotation.

    Their anchors are as written (the caller finds them again in its own readout).
    """
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnotationFormatError(f"{name}: not W3C annotation JSON ({exc})") from None
    items = _items(raw)
    annotations = []
    for number, item in enumerate(items, start=1):
        try:
            annotations.append(_annotation(item))
        except (KeyError, TypeError, ValueError) as exc:
            raise AnnotationFormatError(
                f"{name}: annotation {number} cannot be read ({type(exc).__name__}: {exc})"
            ) from None
    return annotations


def _items(raw: Any) -> list[dict[str, Any]]:
    if isinstance(raw, list):
        return [item for item in raw if isinstance(item, dict)]
    if not isinstance(raw, dict):
        return []
    kind = raw.get("type")
    if kind == "Annotation":
        return [raw]
    if kind == "AnnotationPage":
        return _items(raw.get("items", []))
    if kind == "AnnotationCollection":
        first = raw.get("first")
        return _items(first) if isinstance(first, dict | list) else []
    return []


def _annotation(item: dict[str, Any]) -> Annotation:
    target = item["target"]
    selectors = target["selector"] if isinstance(target, dict) else []
    if isinstance(selectors, dict):
        selectors = [selectors]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    if quote is None:
        raise ValueError("its target has no TextQuoteSelector")
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    exact = str(quote["exact"])
    start = int(position["start"]) if position else 0
    end = int(position["end"]) if position else start + len(exact)
    bodies = item.get("body", [])
    if isinstance(bodies, dict):
        bodies = [bodies]
    comment = "\n".join(
        str(b.get("value", ""))
        for b in bodies
        if isinstance(b, dict) and b.get("purpose", "commenting") == "commenting"
    )
    tags = [
        str(b.get("value", ""))
        for b in bodies
        if isinstance(b, dict) and b.get("purpose") == "tagging"
    ]
    extra = item.get(APP_TERM, {}) if isinstance(item.get(APP_TERM), dict) else {}
    creator = item.get("creator", {})
    author = creator.get("name", "") if isinstance(creator, dict) else str(creator or "")
    fields: dict[str, Any] = {
        "anchor": Anchor(
            node_id="",
            quote=TextQuoteSelector(
                exact=exact,
                prefix=str(quote.get("prefix", "")),
                suffix=str(quote.get("suffix", "")),
            ),
            position=TextPositionSelector(start=start, end=end),
        ),
        "comment": comment,
        "tags": tags,
        "author": author,
        "priority": Priority(extra.get("priority", Priority.NORMAL.value)),
        "include_in_brief": bool(extra.get("includeInBrief", True)),
        "owner": str(extra.get("owner") or ""),
        "due": dt.date.fromisoformat(extra["due"]) if extra.get("due") else None,
        "classification": str(extra["classification"]).strip() or None
        if extra.get("classification")
        else None,
    }
    identifier = str(item.get("id", ""))
    if identifier.startswith("urn:uuid:briefing-"):
        fields["id"] = identifier.removeprefix("urn:uuid:briefing-")
    for stamp in ("created", "modified"):
        if item.get(stamp):
            fields[stamp] = dt.datetime.fromisoformat(str(item[stamp]).replace("Z", "+00:00"))
    return Annotation(**fields)


def to_csv(project: Project) -> str:
    """One row per annotation, for spreadsheets: section, quote, comment, tags, priority,
    owner, due, author."""
    refs = section_refs(project.readout.sections)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for a in project.annotations:
        writer.writerow(
            [
                refs.get(a.anchor.node_id, "Overview") if a.anchor.node_id else "Overview",
                a.quote,
                a.comment,
                "; ".join(a.tags),
                a.priority.value,
                a.owner,
                a.due.isoformat() if a.due else "",
                a.author,
            ]
        )
    return out.getvalue()
