"""Small helpers for the English wording of messages ("1 annotation", "3 annotations")."""

from __future__ import annotations

import re


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the right number: ``counted(1, "risk")`` is "1 risk"."""
    noun = singular if count == 1 else plural or f"{singular}s"
    return f"{count} {noun}"


def as_sentence(message: str) -> str:
    """``message`` as a dialog sentence: a capital first letter (unless it starts with a file
    name, as error messages often do) and a full stop at the end if it has no ending ("。" after
    Japanese)."""
    text = message.strip()
    if not text:
        return text
    first = re.split(r"[\s:]", text, maxsplit=1)[0]
    if text[0].islower() and not any(sign in first for sign in "./\\"):
        text = text[0].upper() + text[1:]
    if not text.endswith((".", "!", "?", "…", ":", "。", "！", "？")):
        text += "。" if _is_cjk(text[-1]) else "."
    return text


def _is_cjk(char: str) -> bool:
    """Whether ``char`` is Japanese/Chinese script or full-width punctuation (a sentence
    in those ends in "。", not ".")."""
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def shortened(text: str, limit: int) -> str:
    """``text`` on one line (white space collapsed), cut to ``limit`` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
