"""Plain text to blocks: one block per line, or per paragraph when the lines are hard-wrapped."""

from __future__ import annotations

import statistics

from briefing_app.importers.blocks import (
    Block,
    collapse_spaces,
    join_lines,
    needs_only_spacing,
    normalise_inline,
)
from briefing_app.importers.markers import parse_marker

_TERMINAL = tuple('.!?。！？:;”"’)')


def text_to_blocks(text: str) -> list[Block]:
    """Split plain text into blocks, joining hard-wrapped lines back into paragraphs."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return _line_blocks(lines, clean=needs_only_spacing(text))
    blocks: list[Block] = []
    current: list[str] = []
    current_indent = 0
    separated = True

    def flush() -> None:
        nonlocal current, separated
        if current:
            blocks.append(
                Block(
                    join_lines(current),
                    indent=current_indent,
                    separated=separated,
                    normalised=True,
                )
            )
            separated = False
        current = []

    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            flush()
            separated = True
            continue
        indent = len(raw) - len(raw.lstrip(" \t\u00a0\u3000"))
        if current and (width is None or not _continues(current[-1], raw, stripped, width)):
            flush()
        if not current:
            current_indent = indent
        current.append(raw)
    flush()
    return blocks


def _line_blocks(lines: list[str], *, clean: bool = False) -> list[Block]:
    """One block per non-blank line: the text has a paragraph per line.

    ``clean``: the lines passed :func:`needs_only_spacing`.
    """
    blocks: list[Block] = []
    separated = True
    normalise = collapse_spaces if clean else normalise_inline
    for raw in lines:
        text = normalise(raw)
        if not text:
            separated = True
            continue
        indent = len(raw) - len(raw.lstrip(" \t\u00a0\u3000"))
        blocks.append(Block(text, indent=indent, separated=separated, normalised=True))
        separated = False
    return blocks


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text is hard-wrapped at, or None when lines are whole paragraphs.

    Hard-wrapped text has many lines close to one width that stop mid-sentence; text with a
    paragraph per line has lines of every length that mostly end a sentence or a heading.
    """
    nonblank = [line.rstrip() for line in lines if line.strip()]
    if len(nonblank) < 3:
        return None
    lengths = sorted(len(line) for line in nonblank)
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.95))]
    if not 30 <= width <= 110:
        return None
    full = [line for line in nonblank if len(line) >= width * 0.75]
    open_ended = [line for line in full if not line.endswith(_TERMINAL)]
    if len(open_ended) >= 3 and len(open_ended) >= 0.3 * len(nonblank):
        return int(statistics.median(len(line) for line in full))
    return None


def _continues(previous_raw: str, raw: str, stripped: str, width: int) -> bool:
    """Whether line ``raw`` continues the paragraph whose last line is ``previous_raw``."""
    if parse_marker(stripped, allow_bare=False) is not None:
        return False
    previous = previous_raw.rstrip()
    previous_indent = len(previous_raw) - len(previous_raw.lstrip())
    indent = len(raw) - len(raw.lstrip())
    if indent > previous_indent and indent >= 2:
        return True  # a hanging-indent continuation of a bullet
    # A line well short of the wrap width ended its paragraph (or was a heading).
    return len(previous) >= width * 0.6
