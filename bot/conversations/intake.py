"""/start: a short, skippable, resumable intake.

Steps: what to call them, time zone, what to track, one emergency contact (stored as not yet
confirmed), check-in times. Every step takes "skip"; progress is stored after each answer, so
/start later continues where the person left off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.conversations import intake_answers as answers
from bot.conversations.state import enter_flow, finish, get_flow, move_to
from bot.messages import Reply, button_rows
from bot.timezones import country_of_zone, resolve_timezone
from bot.turn import Turn
from scheduler.sync import reschedule_user
from storage.models import ConversationState, EmergencyContact

FLOW = "intake"
SKIP_BUTTON = ("Skip", "skip")


@dataclass(frozen=True)
class Step:
    name: str
    question: str
    options: tuple[tuple[str, str], ...] = ()


STEPS: tuple[Step, ...] = (
    Step("name", "What would you like me to call you?"),
    Step(
        "timezone",
        "Which time zone are you in? A city (Berlin), an abbreviation (EST), "
        "an offset (UTC+2) or a name like Europe/Berlin all work.",
    ),
    Step(
        "tracking",
        "What would you like to track? Any of: mood, sleep, medication, DBT diary, "
        "check-ins, or 'everything'.",
        (
            ("Everything", "everything"),
            ("Mood", "mood"),
            ("Mood + meds", "mood and medication"),
        ),
    ),
    Step(
        "contact",
        "If you ever need support, who should I be able to reach? Give one person and how: "
        "e.g. 'Sam, my sister, sam@example.com' (email, phone, or Telegram @name). "
        "They'll only hear from me after they agree to it, and you decide when.",
    ),
    Step(
        "checkins",
        "When should I check in with you? e.g. '8:00 and 21:30' for a morning and an "
        "evening check-in.",
        (("8:00 and 21:00", "8:00 and 21:00"),),
    ),
)
_STEP_INDEX = {step.name: index for index, step in enumerate(STEPS)}


def _ask(step: Step, preface: str = "") -> Reply:
    text = f"{preface}\n\n{step.question}".strip() if preface else step.question
    return Reply(text=text, buttons=button_rows([*step.options, SKIP_BUTTON]))


def begin(turn: Turn, args: str) -> list[Reply]:
    existing = get_flow(turn.db, turn.user_id, FLOW)
    restart = args.strip().lower() in ("over", "again", "restart")
    if existing is not None and not restart:
        enter_flow(turn.db, turn.user_id, FLOW, existing.step, turn.now)
        return [
            _ask(
                STEPS[_STEP_INDEX[existing.step]], "Welcome back! Let's pick up where we left off."
            )
        ]
    if turn.profile.intake_completed_at is not None and not restart:
        name = turn.profile.name or "there"
        return [
            Reply(
                text=f"Hi {name}, you're all set up. Tell me how you're doing any time, "
                "or see /help. To go through setup again: /start over"
            )
        ]
    enter_flow(turn.db, turn.user_id, FLOW, STEPS[0].name, turn.now, data={})
    welcome = (
        "Hi, I'm Sanctum. I help you keep track of your moods, sleep, medication and DBT "
        "diary just by talking, and I'm here when things get hard. I'm a bot, not a "
        "therapist or a crisis service.\n\nA few quick questions (about 2 minutes). "
        "Any of them can be skipped."
    )
    return [_ask(STEPS[0], welcome)]


def _answer_name(turn: Turn, answer: str) -> str | None:
    name = answers.parse_name(answer)
    if name is None:
        return None
    turn.profile.name = name
    return f"Nice to meet you, {name}."


def _answer_timezone(turn: Turn, answer: str) -> str | None:
    cleaned = answer.strip().removeprefix("I'm in ").removeprefix("i'm in ").removeprefix("in ")
    zone = resolve_timezone(cleaned.removesuffix(" time"))
    if zone is None:
        return None
    turn.profile.timezone = zone.key
    country = country_of_zone(zone.key)
    if country:
        turn.profile.country = country
    local = turn.now.astimezone(zone).strftime("%H:%M")
    return f"Got it: {zone.key} (it's {local} there now)."


def _answer_tracking(turn: Turn, answer: str) -> str | None:
    chosen = answers.parse_tracking(answer)
    if not chosen:
        return None
    turn.profile.tracking = chosen
    return "I'll track " + ", ".join(option.replace("_", " ") for option in chosen) + "."


def _answer_contact(turn: Turn, answer: str) -> str | None:
    contact = answers.parse_contact(answer)
    if contact is None:
        return None
    turn.db.add(
        EmergencyContact(
            user_id=turn.user_id,
            name=contact.name,
            relation=contact.relation,
            channel=contact.channel,
            address=contact.address,
            opt_in_state="pending",
            created_at=turn.now,
        )
    )
    relation = f" ({contact.relation})" if contact.relation else ""
    return (
        f"Saved {contact.name}{relation} by {contact.channel}, not yet confirmed: they "
        "won't be contacted until they agree, and only in the ways you choose."
    )


def _answer_checkins(turn: Turn, answer: str) -> str | None:
    times = answers.parse_times(answer)
    if not times:
        return None
    morning, evening = answers.split_checkin_times(times)
    turn.profile.morning_checkin = morning
    turn.profile.evening_checkin = evening
    chosen = [
        f"{label} at {t:%H:%M}" for label, t in (("morning", morning), ("evening", evening)) if t
    ]
    return "Check-ins: " + " and ".join(chosen) + "."


_HANDLERS: dict[str, Callable[[Turn, str], str | None]] = {
    "name": _answer_name,
    "timezone": _answer_timezone,
    "tracking": _answer_tracking,
    "contact": _answer_contact,
    "checkins": _answer_checkins,
}
# Answers that move or add reminders (time zone, check-in times, DBT diary prompt).
_CHANGES_REMINDERS = frozenset({"timezone", "tracking", "checkins"})
_RETRY = {
    "name": "I didn't catch a name there. What should I call you? (or 'skip')",
    "timezone": "I don't know that time zone. Try a city like 'Berlin', an abbreviation like "
    "'EST', an offset like 'UTC+2', or 'skip'.",
    "tracking": "Pick any of: mood, sleep, medication, DBT diary, check-ins, or 'everything' "
    "(or 'skip').",
    "contact": "I need a name and one way to reach them: an email, a phone number or a "
    "Telegram @name, e.g. 'Sam, sister, sam@example.com'. Or 'skip'.",
    "checkins": "Give times like '8:00 and 21:30' or '9am, 9pm' (hours 0-23), or 'skip'.",
}


def answer(turn: Turn, state: ConversationState) -> list[Reply] | None:
    """Handle an answer to the current step; None when the text is not an answer at all."""
    step = STEPS[_STEP_INDEX.get(state.step, 0)]
    text = turn.text
    if answers.is_skip(text):
        ack = "Skipped."
    else:
        ack = _HANDLERS[step.name](turn, text)
        if ack is None:
            return (
                None
                if _looks_like_something_else(text)
                else [Reply(text=_RETRY[step.name], buttons=button_rows([SKIP_BUTTON]))]
            )
    if step.name in _CHANGES_REMINDERS:
        reschedule_user(turn.db, turn.user_id, turn.now, turn.settings)
    next_index = _STEP_INDEX[step.name] + 1
    if next_index < len(STEPS):
        move_to(state, STEPS[next_index].name, turn.now)
        return [_ask(STEPS[next_index], ack)]
    finish(turn.db, state)
    turn.profile.intake_completed_at = turn.now
    return [
        Reply(
            text=f"{ack}\n\nAll set. Tell me how you're doing in your own words any time, "
            "e.g. 'went from calm to anxious after a call, chest tight'. /mood logs quickly, "
            "/today shows your day, /help lists everything."
        )
    ]


def _looks_like_something_else(text: str) -> bool:
    """A long free message during intake is a normal message, not a failed answer."""
    return len(text.split()) > 8
