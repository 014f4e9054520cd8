"""Commands: a name, a one-line summary for /help and the platforms' menus, and a handler."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.companion import ReplyPlan
from bot.messages import Reply
from bot.turn import Turn

# A handler answers at once, or returns a ReplyPlan whose slow part (drawing a chart) runs
# after the message's transaction has committed.
Handler = Callable[[Turn, str], "list[Reply] | ReplyPlan"]

_COMMAND = re.compile(r"^/([A-Za-z][A-Za-z0-9_]{0,31})(?:@[A-Za-z0-9_]{1,64})?(?:\s+(.*))?$", re.S)


@dataclass(frozen=True)
class Command:
    name: str
    summary: str
    handler: Handler
    usage: str = ""


def parse_command(text: str) -> tuple[str, str] | None:
    """'/history@SanctumBot 2026-11-01' -> ('history', '2026-11-01'); None if not a command."""
    match = _COMMAND.match(text.strip())
    if match is None:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


def looks_like_command(text: str) -> bool:
    return text.lstrip().startswith("/")


class CommandRegistry:
    def __init__(self, commands: Iterable[Command] = ()) -> None:
        self._commands: dict[str, Command] = {}
        for command in commands:
            self.register(command)

    def register(self, command: Command) -> None:
        if command.name in self._commands:
            raise ValueError(f"/{command.name} is registered twice")
        self._commands[command.name] = command

    def get(self, name: str) -> Command | None:
        return self._commands.get(name)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._commands.values())

    def dispatch(self, turn: Turn, text: str) -> list[Reply] | ReplyPlan:
        parsed = parse_command(text)
        if parsed is None:
            return [
                Reply(text="That doesn't look like a command I know. Commands look like /today; "
                      "see /help for the list.")
            ]  # fmt: skip
        name, args = parsed
        command = self._commands.get(name)
        if command is None:
            return [Reply(text=f"I don't know /{name}. See /help for what I can do.")]
        return command.handler(turn, args)
