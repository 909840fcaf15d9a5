"""Structure fixes on the sample readout: promote and demote move exactly one item."""

from __future__ import annotations

import pytest

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.model import Node, Readout
from briefing_app.core.opening import sample_project
from briefing_app.core.structure_edit import StructureEditError, demote, promote


def outline(readout: Readout) -> list[str]:
    """The readout's outline as indented "id number" lines, in reading order."""
    lines: list[str] = []

    def visit(node: Node, depth: int) -> None:
        lines.append(f"{'  ' * depth}{node.id} {node.number}")
        for item in node.items:
            visit(item, depth + 1)

    for section in readout.sections:
        visit(section, 0)
    return lines


SAMPLE_OUTLINE = [
    "n1 1", "  n2 (1)", "  n3 (2)",
    "n4 2", "  n5 (1)", "  n6 (2)", "  n7 (3)",
    "n8 3",
    "n9 4",
    "n10 5", "  n11 (1)", "  n12 (2)", "  n13 (3)", "  n14 (4)",
    "n15 6", "  n16 (1)", "  n17 (2)",
    "n18 7", "  n19 (1)", "  n20 (2)",
]  # fmt: skip


def test_the_sample_outline_is_what_these_tests_assume() -> None:
    assert outline(sample_project().readout) == SAMPLE_OUTLINE


def test_promoting_the_first_item_moves_only_it_and_demote_puts_it_back() -> None:
    readout = sample_project().readout
    promote(readout, "n5")  # 2.(1): items (2) and (3) stay under section 2
    assert outline(readout) == [
        "n1 1", "  n2 (1)", "  n3 (2)",
        "n4 2", "  n6 (2)", "  n7 (3)",
        "n5 (1)",
        "n8 3",
        *SAMPLE_OUTLINE[8:],
    ]  # fmt: skip
    assert coverage_problems(readout) == []
    demote(readout, "n5")
    assert outline(readout) == SAMPLE_OUTLINE


def test_promoting_a_middle_item_keeps_its_following_siblings_and_own_children() -> None:
    readout = sample_project().readout
    demote(readout, "n13")  # 5.(3) under 5.(2), so 5.(2) has a child of its own
    assert outline(readout)[9:14] == ["n10 5", "  n11 (1)", "  n12 (2)", "    n13 (3)", "  n14 (4)"]
    promote(readout, "n12")
    assert outline(readout)[9:15] == [
        "n10 5", "  n11 (1)", "  n14 (4)",
        "n12 (2)", "  n13 (3)",
        "n15 6",
    ]  # fmt: skip
    demote(readout, "n12")
    assert outline(readout)[9:14] == ["n10 5", "  n11 (1)", "  n12 (2)", "    n13 (3)", "  n14 (4)"]
    promote(readout, "n13")
    assert outline(readout) == SAMPLE_OUTLINE


def test_top_level_and_first_nodes_refuse() -> None:
    readout = sample_project().readout
    with pytest.raises(StructureEditError):
        promote(readout, "n1")
    with pytest.raises(StructureEditError):
        demote(readout, "n1")
    with pytest.raises(StructureEditError):
        demote(readout, "n5")
    assert outline(readout) == SAMPLE_OUTLINE
