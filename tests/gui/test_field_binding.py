"""Where the cursor goes when a field's text is replaced (undo, redo, a change elsewhere)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.gui.field_binding import cursor_after_change

TEXT = st.text(alphabet="ab c", max_size=12)


@given(TEXT, TEXT, st.data())
def test_the_cursor_stays_in_the_text_and_before_the_change_it_does_not_move(
    old: str, new: str, data: st.DataObject
) -> None:
    cursor = data.draw(st.integers(0, len(old)))
    moved = cursor_after_change(old, new, cursor)
    assert 0 <= moved <= len(new)
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    if cursor < prefix:
        assert moved == cursor


def test_typing_taken_back_by_undo_leaves_the_cursor_where_the_typing_began() -> None:
    assert cursor_after_change("Deputy Director", "Deputy ", len("Deputy Director")) == 7


def test_text_put_back_by_redo_puts_the_cursor_after_it() -> None:
    assert cursor_after_change("Deputy ", "Deputy Director", 7) == len("Deputy Director")


def test_a_change_after_the_cursor_leaves_it_alone() -> None:
    assert cursor_after_change("Hold the line", "Hold the line firmly", 4) == 4
