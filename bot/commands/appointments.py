"""/appointment: add, list and remove appointments; reminders come a day and an hour before
(change with /reminders appointments).

    /appointment add 2026-12-03 14:00 Dr Weber
    /appointment add tomorrow 9am therapy
    /appointment            upcoming ones
    /appointment remove 4
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import select

from bot.conversations.intake_answers import parse_times
from bot.durations import describe_duration
from bot.messages import Reply
from bot.turn import Turn
from scheduler.compose import describe_when
from scheduler.occurrences import local_instant
from scheduler.preferences import peek_reminder_settings
from scheduler.sync import drop_schedules, reschedule_user
from storage.models import Appointment

USAGE = (
    "/appointment add 2026-12-03 14:00 Dr Weber · /appointment add tomorrow 9am therapy · "
    "/appointment remove 4"
)
MAX_TITLE = 200
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?\.?$")


class _BadInput(ValueError):
    pass


def handle(turn: Turn, args: str) -> list[Reply]:
    words = args.split()
    if not words or words[0].lower() == "list":
        return [Reply(text=_render(turn))]
    action = words[0].lower()
    if action in ("remove", "cancel", "delete"):
        return [Reply(text=_remove(turn, " ".join(words[1:])))]
    if action == "add":
        words = words[1:]
    try:
        return [Reply(text=_add(turn, words))]
    except _BadInput as problem:
        return [Reply(text=f"{problem} {USAGE}")]


def _day(word: str, today: date) -> date:
    lowered = word.lower()
    if lowered == "today":
        return today
    if lowered == "tomorrow":
        return today + timedelta(days=1)
    for index, name in enumerate(_WEEKDAYS):
        if lowered in (name, name[:3]):
            return today + timedelta(days=(index - today.weekday()) % 7 or 7)
    try:
        if match := _ISO.match(word):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _DOTTED.match(word):
            year = int(match.group(3)) if match.group(3) else today.year
            found = date(year, int(match.group(2)), int(match.group(1)))
            if not match.group(3) and found < today:
                found = found.replace(year=today.year + 1)
            return found
    except ValueError:
        raise _BadInput(f"{word[:20]} is not a real date.") from None
    raise _BadInput(f"I couldn't read '{word[:20]}' as a date.")


def _add(turn: Turn, words: list[str]) -> str:
    if len(words) < 3:
        raise _BadInput("Give a date, a time and what it is.")
    day = _day(words[0], turn.local_now.date())
    times = parse_times(f"at {words[1]}")
    if not times or len(times) != 1:
        raise _BadInput(f"I couldn't read '{words[1][:20]}' as a time.")
    title = " ".join(words[2:]).strip()
    if len(title) > MAX_TITLE:
        raise _BadInput(f"Keep the description under {MAX_TITLE} characters.")
    starts_at = local_instant(day, times[0], turn.zone)
    if starts_at <= turn.now:
        raise _BadInput("That time has already passed.")
    appointment = Appointment(
        user_id=turn.user_id, title=title, starts_at=starts_at, created_at=turn.now
    )
    turn.db.add(appointment)
    turn.db.flush()
    reschedule_user(turn.db, turn.user_id, turn.now, turn.settings)
    when = describe_when(starts_at, turn.now, turn.zone)
    return f"Saved #{appointment.id}: {title}, {when}. {_leads_note(turn)}"


def _leads_note(turn: Turn) -> str:
    prefs = peek_reminder_settings(turn.db, turn.user_id)
    leads = prefs.leads() if prefs is not None else [1440, 60]
    if not leads:
        return "Appointment reminders are off (/reminders appointments 1d 1h)."
    return "I'll remind you " + " and ".join(_lead_words(m) for m in leads) + " before."


def _lead_words(minutes: int) -> str:
    return (
        "a day"
        if minutes == 1440
        else "an hour"
        if minutes == 60
        else describe_duration(timedelta(minutes=minutes))
    )


def _remove(turn: Turn, reference: str) -> str:
    reference = reference.strip().lstrip("#")
    if not reference.isdigit():
        return f"Which one? Give its number from /appointment. {USAGE}"
    appointment = turn.db.get(Appointment, int(reference))
    if appointment is None or appointment.user_id != turn.user_id:
        return "I can't find that appointment."
    drop_schedules(turn.db, turn.user_id, f"appointment:{appointment.id}:")
    title = appointment.title
    turn.db.delete(appointment)
    return f"Removed {title}."


def _render(turn: Turn) -> str:
    upcoming = turn.db.scalars(
        select(Appointment)
        .where(Appointment.user_id == turn.user_id, Appointment.starts_at > turn.now)
        .order_by(Appointment.starts_at)
    ).all()
    if not upcoming:
        return f"No upcoming appointments. {USAGE}"
    lines = ["Upcoming appointments:"]
    lines.extend(
        f"• #{item.id} {item.title}, {describe_when(item.starts_at, turn.now, turn.zone)}"
        for item in upcoming
    )
    lines.append(_leads_note(turn))
    return "\n".join(lines)
