"""Slash commands. Each lives in its own module; ``default_commands`` puts them together."""

from __future__ import annotations

from bot.commands import basics, context, history, link, mood, privacy, today, undo
from bot.commands.registry import Command, CommandRegistry, parse_command


def default_commands() -> CommandRegistry:
    registry = CommandRegistry()
    for command in (
        Command("start", "set up (or continue setting up) your profile", basics.handle_start),
        Command("mood", "log your mood quickly", mood.handle, "[state]"),
        Command("today", "today's moods: states, time in each, triggers", today.handle_today),
        Command("week", "the last seven days at a glance", today.handle_week),
        Command("history", "your records, page by page", history.handle, "[from] [to]"),
        Command("undo", "remove the last thing I recorded", undo.handle),
        Command("context", "everything I know about you", context.handle),
        Command("export", "all your data as a JSON file", privacy.handle_export),
        Command("forget", "delete all your data (asks first)", privacy.handle_forget),
        Command("cancel", "stop the current question flow", basics.handle_cancel),
        Command("link", "use Sanctum from another platform too", link.handle, "[code]"),
    ):
        registry.register(command)
    registry.register(Command("help", "what I can do", basics.help_handler(lambda: list(registry))))
    return registry


__all__ = ["Command", "CommandRegistry", "default_commands", "parse_command"]
