"""Markdown (with optional YAML front matter) to blocks, using markdown-it-py."""

from __future__ import annotations

import datetime as dt
import logging
import re
import warnings
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing_app.core.model import RemovedLine
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.blocks import Block, join_lines
from briefing_app.importers.markdown_detect import split_front_matter
from briefing_app.importers.plaintext import text_to_blocks

logger = logging.getLogger(__name__)

_BLANKISH_LINE = re.compile(r"^[ \t\u00a0\u3000]+$", re.MULTILINE)
NO_NESTING_LIMIT = 1_000_000
"""markdown-it silently drops whatever is nested deeper than its ``maxNesting`` (20 in the
CommonMark preset): ``>>>>…`` or ``- - - …`` lost the readout's text. With no limit, nesting
is bounded by Python's recursion limit instead, and a RecursionError means: read it as text."""


def _scalar(data: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str | int | float | dt.date) and str(value).strip():
            return str(value).strip()
    return None


def markdown_to_extracted(text: str, encoding: str | None) -> Extracted:
    """Parse Markdown into blocks; front matter supplies title, date and source."""
    data, raw_front, body = split_front_matter(text)
    removed = []
    if raw_front and not data:
        removed.append(RemovedLine(text=raw_front.strip(), reason="unreadable front matter"))
    body = _BLANKISH_LINE.sub("", body)
    parser = MarkdownIt("commonmark", {"maxNesting": NO_NESTING_LIMIT})
    parser.enable(["table", "strikethrough"])
    try:
        blocks = _blocks_from_tokens(parser.parse(body))
    except RecursionError:
        logger.info("Markdown nested too deeply to parse; reading it as plain text")
        blocks = text_to_blocks(body)
    return Extracted(
        blocks=blocks,
        source_format="markdown",
        title=_scalar(data, "title"),
        date=_scalar(data, "date", "published_time", "published"),
        source=_scalar(data, "source_url", "url", "source", "canonical_url"),
        encoding=encoding,
        removed=removed,
    )


def _blocks_from_tokens(tokens: list[Token]) -> list[Block]:
    blocks: list[Block] = []
    list_stack: list[list[Any]] = []  # [ordered, next_number, delimiter]
    pending_marker: str | None = None
    depth = 0
    heading_level = 0
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else 0
            list_stack.append([kind == "ordered_list_open", start, token.markup])
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
            depth -= 1
        elif kind == "list_item_open":
            ordered, number, delimiter = list_stack[-1]
            if ordered:
                pending_marker = f"{number}{token.markup or delimiter}"
                list_stack[-1][1] = number + 1
            else:
                pending_marker = token.markup or "-"
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "inline":
            segments = _inline_segments(token)
            for index, (segment, strong) in enumerate(segments):
                indent = max(depth - 1, 0) if pending_marker else depth
                kind = "heading" if heading_level else "text"
                if pending_marker is not None:
                    # The marker is in the source as typed, so it is read like plain text's.
                    segment = f"{pending_marker} {segment}"
                    pending_marker = None
                blocks.append(
                    Block(
                        text=segment,
                        kind=kind,
                        level=heading_level,
                        strong=strong and not heading_level,
                        indent=indent,
                        separated=index == 0,
                    )
                )
        elif kind in ("fence", "code_block"):
            blocks.extend(Block(text=line, indent=depth) for line in token.content.splitlines())
        elif kind == "html_block":
            from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

            with warnings.catch_warnings():
                # An HTML block of a Markdown file is HTML, whatever it starts with ("<?xml").
                warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
                warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
                text = BeautifulSoup(token.content, "lxml").get_text("\n")
            blocks.extend(Block(text=line, indent=depth) for line in text.splitlines())
    return blocks


def _inline_segments(token: Token) -> list[tuple[str, bool]]:
    """Plain text of an inline token, split at hard line breaks, each with an all-bold flag."""
    segments: list[tuple[str, bool]] = []
    lines: list[str] = [""]
    emphasis = 0
    all_strong = True
    has_text = False

    def flush() -> None:
        nonlocal lines, all_strong, has_text
        text = join_lines(lines)
        if text:
            segments.append((text, all_strong and has_text))
        lines, all_strong, has_text = [""], True, False

    for child in token.children or []:
        kind = child.type
        if kind in ("strong_open", "em_open"):
            emphasis += 1
        elif kind in ("strong_close", "em_close"):
            emphasis -= 1
        elif kind in ("text", "code_inline"):
            lines[-1] += child.content
            if child.content.strip():
                has_text = True
                all_strong = all_strong and emphasis > 0
        elif kind == "softbreak":
            lines.append("")
        elif kind == "hardbreak":
            flush()
        elif kind == "image":
            lines[-1] += child.content
    flush()
    return segments
