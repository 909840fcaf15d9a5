"""Small helpers for the English wording of messages ("1 annotation", "3 annotations")."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the right number: ``counted(1, "risk")`` is "1 risk"."""
    noun = singular if count == 1 else plural or f"{singular}s"
    return f"{count} {noun}"
