"""Discord's limit of five rows of five buttons per message never hides an option."""

from __future__ import annotations

from adapters.discord.render import MORE_OPTIONS, message_parts
from bot.messages import Button, Reply


def _reply_with(rows: list[list[str]]) -> Reply:
    return Reply(
        text="Pick one",
        buttons=tuple(tuple(Button(label=data, data=data) for data in row) for row in rows),
    )


def _pressable(parts: list[dict]) -> list[str]:
    return [item.custom_id for part in parts if "view" in part for item in part["view"].children]


def test_a_long_row_wraps_and_extra_rows_go_to_a_second_message() -> None:
    rows = [[f"s{row}-{n}" for n in range(7)] for row in range(4)]  # 28 buttons, rows of 7
    parts = message_parts(_reply_with(rows))
    assert [part["content"] for part in parts] == ["Pick one", MORE_OPTIONS]
    assert _pressable(parts) == [data for row in rows for data in row], "every option, in order"
    for part in parts:
        assert len(part["view"].children) <= 25
        assert max(item.row for item in part["view"].children) <= 4


def test_a_small_grid_stays_on_the_message() -> None:
    parts = message_parts(_reply_with([["yes", "no"]]))
    assert len(parts) == 1
    assert _pressable(parts) == ["yes", "no"]
