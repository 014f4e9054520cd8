"""/undo: remove the last record."""

from __future__ import annotations

from bot.messages import Reply
from bot.records.undo import undo_last_record
from bot.turn import Turn


def handle(turn: Turn, args: str) -> list[Reply]:
    removed = undo_last_record(turn.db, turn.user_id)
    if removed is None:
        return [Reply(text="There's nothing to undo.")]
    return [Reply(text=f"Removed {removed}.")]
