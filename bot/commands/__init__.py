"""Slash commands. Each lives in its own module; ``default_commands`` puts them together."""

from __future__ import annotations

from bot.commands import (
    ai_settings,
    alerts,
    appointments,
    basics,
    caregivers,
    checkin,
    contact_side,
    contacts,
    context,
    diary,
    fact,
    history,
    link,
    medications,
    mood,
    pause,
    privacy,
    reminders,
    search,
    skills,
    snooze,
    today,
    undo,
)
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
        Command("context", "everything I know about you", context.handle, "[full]"),
        Command(
            "fact", "the facts I keep: confirm, correct or delete one", fact.handle, "[12 ...]"
        ),
        Command(
            "settings", "how I talk with you: tone, pacing, topics, frameworks", ai_settings.handle
        ),
        Command("search", "find your past messages", search.handle, "WORDS [from] [to]"),
        Command("export", "all your data as a JSON file", privacy.handle_export),
        Command("forget", "delete all your data (asks first)", privacy.handle_forget),
        Command("cancel", "stop the current question flow", basics.handle_cancel),
        Command("link", "use Sanctum from another platform too", link.handle, "[code]"),
        # Reminders and check-ins (scheduler)
        Command("checkin", "a check-in now: mood, sleep, anxiety, energy", checkin.handle),
        Command("reminders", "what I remind you of, and when; change it", reminders.handle),
        Command("pause", "a break from reminders", pause.handle_pause, "[3d]"),
        Command("resume", "reminders back on", pause.handle_resume),
        Command("snooze", "remind me again later", snooze.handle, "[30]"),
        Command("meds", "medication, reminder times, adherence", medications.handle_meds),
        Command("med", "answer a medication reminder", medications.handle_med, "taken|skip"),
        Command("appointment", "appointments and their reminders", appointments.handle),
        Command("caregivers", "who gets a digest, how often, how detailed", caregivers.handle),
        Command("diary", "today's DBT diary card, a question at a time", diary.handle, "[week]"),
        Command("skills", "the coping-skills library, by framework", skills.handle_skills),
        Command("skill", "one skill: steps, learned, rate it", skills.handle_skill, "NAME"),
        Command("learned", "the skills you marked as learned", skills.handle_learned),
        Command("contacts", "your emergency contacts: add, invite, remove", contacts.handle),
        Command("alerts", "when I may alert your contacts, and how it's going", alerts.handle),
        Command(
            "optin",
            "(for contacts) agree to be someone's emergency contact",
            contact_side.handle_optin,
            "CODE",
        ),
        Command("ack", "(for contacts) “I'm on it” for an alert", contact_side.handle_ack),
        Command("stop", "(for contacts) stop all messages from Sanctum", contact_side.handle_stop),
    ):
        registry.register(command)
    registry.register(Command("help", "what I can do", basics.help_handler(lambda: list(registry))))
    return registry


__all__ = ["Command", "CommandRegistry", "default_commands", "parse_command"]
