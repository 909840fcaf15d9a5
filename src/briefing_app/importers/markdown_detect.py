"""Telling Markdown from plain text, and splitting off YAML front matter (no heavy imports)."""

from __future__ import annotations

import logging
import re
from typing import Any

logger = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKDOWN_SIGNS = (
    re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE),
    re.compile(r"^\s*(\*\*|__)[^*\n]+(\*\*|__)\s*$", re.MULTILINE),
    re.compile(r"\\[*_#\[\]`]"),
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str]:
    """Split YAML front matter off ``text``: ``(metadata, raw_front_matter, body)``."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, "", text
    import yaml  # only when there is front matter to read

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        data = None
    return (data if isinstance(data, dict) else {}), match.group(0), text[match.end() :]


def looks_like_markdown(text: str) -> bool:
    """Whether a ``.txt`` file is really Markdown: front matter, or several Markdown signs."""
    if _FRONT_MATTER.match(text):
        return True
    sample = text[:200_000]
    return sum(1 for sign in _MARKDOWN_SIGNS if sign.search(sample)) >= 2
