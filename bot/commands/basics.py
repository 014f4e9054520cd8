"""/start, /help and /cancel."""

from __future__ import annotations

from collections.abc import Callable

from bot.commands.registry import Command
from bot.conversations import intake
from bot.conversations.state import active_flow, pause_all
from bot.messages import Reply
from bot.turn import Turn


def handle_start(turn: Turn, args: str) -> list[Reply]:
    return intake.begin(turn, args)


def handle_cancel(turn: Turn, args: str) -> list[Reply]:
    state = active_flow(turn.db, turn.user_id, turn.now)
    if state is None:
        return [Reply(text="There's nothing to cancel.")]
    if state.flow == intake.FLOW:
        pause_all(turn.db, turn.user_id)
        return [Reply(text="Paused setup. /start picks it up again whenever you like.")]
    turn.db.delete(state)
    return [Reply(text="Cancelled.")]


def help_handler(commands: Callable[[], list[Command]]) -> Callable[[Turn, str], list[Reply]]:
    def handle_help(turn: Turn, args: str) -> list[Reply]:
        lines = [
            "Talk to me in your own words: 'went from calm to anxious after the call, chest "
            "tight', 'morning: mood 6/10, slept 7h', 'sadness 4, urge to drink 2, used "
            "self-soothe', 'took my lamotrigine', 'remember that ...', 'note for my "
            "therapist: ...'. I'll tell you what I recorded.",
            "",
            "Commands:",
        ]
        lines.extend(
            f"/{command.name}{' ' + command.usage if command.usage else ''}: {command.summary}"
            for command in commands()
        )
        lines.append(
            "\nI'm a bot, not a therapist or a crisis service. If you are in danger, call "
            "your local emergency number."
        )
        return [Reply(text="\n".join(lines))]

    return handle_help
