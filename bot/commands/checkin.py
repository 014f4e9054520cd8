"""/checkin: a check-in now, or an answer to one ("/checkin mood 6", "/checkin skip")."""

from __future__ import annotations

from bot.conversations import checkin
from bot.messages import Reply
from bot.turn import Turn


def handle(turn: Turn, args: str) -> list[Reply]:
    return checkin.handle_command(turn, args)
