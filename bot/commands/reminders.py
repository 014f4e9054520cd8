"""/reminders: what is scheduled and when, and changing it.

/reminders                         the list, in your time zone
/reminders morning 8:30 | off      morning check-in
/reminders evening 21:00 | off     evening check-in
/reminders quiet 22:00-07:00 | off quiet hours (only crisis follow-ups inside them)
/reminders diary 20:30 | on | off  the evening DBT diary prompt
/reminders meds on | off           medication reminders
/reminders appointments 1d 1h | off  how long before an appointment
/reminders zone Berlin             your time zone: every reminder moves with it
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import func, select

from bot.conversations.intake_answers import parse_times
from bot.durations import describe_duration, parse_duration
from bot.messages import Reply
from bot.timezones import country_of_zone, resolve_timezone
from bot.turn import Turn
from scheduler.preferences import (
    DEFAULT_DIARY_TIME,
    diary_prompt_enabled,
    in_quiet_hours,
    is_paused,
    peek_reminder_settings,
    reminder_settings,
)
from scheduler.sync import reschedule_user
from storage.models import Appointment, Caregiver, Medication, ReminderDelivery, Schedule

MAX_LEAD = timedelta(days=7)
HELP = (
    "Change them: /reminders morning 8:30 (or off) · /reminders evening 21:00 · "
    "/reminders quiet 22:00-07:00 (or off) · /reminders diary 20:30 (on, off) · "
    "/reminders meds on|off · /reminders appointments 1d 1h · /reminders zone Berlin · "
    "/pause 3d · /meds · /appointment · /caregivers"
)


def handle(turn: Turn, args: str) -> list[Reply]:
    words = args.split()
    if not words:
        return [Reply(text=render(turn))]
    topic, rest = words[0].lower(), " ".join(words[1:]).strip()
    handler = _CHANGES.get(topic)
    if handler is None:
        return [Reply(text=f"I don't know the reminder setting '{topic[:20]}'.\n{HELP}")]
    answer = handler(turn, rest)
    reschedule_user(turn.db, turn.user_id, turn.now, turn.settings)
    return [Reply(text=answer)]


def _one_time(text: str) -> time | None:
    times = parse_times(text if ":" in text or text[-2:].lower() in ("am", "pm") else f"at {text}")
    return times[0] if times and len(times) == 1 else None


def _checkin(turn: Turn, rest: str, which: str) -> str:
    if rest.lower() == "off":
        setattr(turn.profile, f"{which}_checkin", None)
        return f"No more {which} check-ins. (/reminders {which} 8:30 turns it back on.)"
    at = _one_time(rest)
    if at is None:
        return f"Give one time, like /reminders {which} 8:30, or /reminders {which} off."
    setattr(turn.profile, f"{which}_checkin", at)
    warning = _quiet_warning(turn, at)
    return f"{which.capitalize()} check-in at {at:%H:%M} ({turn.zone.key}).{warning}"


def _morning(turn: Turn, rest: str) -> str:
    return _checkin(turn, rest, "morning")


def _evening(turn: Turn, rest: str) -> str:
    return _checkin(turn, rest, "evening")


def _quiet(turn: Turn, rest: str) -> str:
    prefs = reminder_settings(turn.db, turn.user_id)
    prefs.updated_at = turn.now
    if rest.lower() == "off":
        prefs.quiet_start = prefs.quiet_end = None
        return "Quiet hours are off."
    times = parse_times(rest)
    if not times or len(times) != 2 or times[0] == times[1]:
        return "Give a start and an end, like /reminders quiet 22:00-07:00, or 'off'."
    prefs.quiet_start, prefs.quiet_end = times
    return (
        f"Quiet hours {times[0]:%H:%M}–{times[1]:%H:%M}: nothing but crisis follow-ups then. "
        "Reminders that fall inside them are skipped, not moved."
    )


def _diary(turn: Turn, rest: str) -> str:
    prefs = reminder_settings(turn.db, turn.user_id)
    prefs.updated_at = turn.now
    word = rest.lower()
    if word == "off":
        prefs.diary_prompt = False
        return "No more diary prompts."
    if word in ("on", ""):
        prefs.diary_prompt = True
    else:
        at = _one_time(rest)
        if at is None:
            return "Give a time, like /reminders diary 20:30, or on / off."
        prefs.diary_prompt, prefs.diary_time = True, at
    at = prefs.diary_time or DEFAULT_DIARY_TIME
    return f"Diary prompt every evening at {at:%H:%M}.{_quiet_warning(turn, at)}"


def _medication(turn: Turn, rest: str) -> str:
    prefs = reminder_settings(turn.db, turn.user_id)
    prefs.updated_at = turn.now
    if rest.lower() not in ("on", "off"):
        return "Use /reminders meds on or /reminders meds off."
    prefs.medication_reminders = rest.lower() == "on"
    if prefs.medication_reminders:
        return "Medication reminders are on (times: /meds)."
    return "Medication reminders are off."


def _appointments(turn: Turn, rest: str) -> str:
    prefs = reminder_settings(turn.db, turn.user_id)
    prefs.updated_at = turn.now
    if rest.lower() == "off":
        prefs.appointment_leads = []
        return "No appointment reminders."
    leads = [parse_duration(word) for word in rest.split()]
    if not leads or len(leads) > 3 or any(lead is None or lead > MAX_LEAD for lead in leads):
        return "Give up to three times before, like /reminders appointments 1d 1h (at most 7d)."
    minutes = sorted({int(lead.total_seconds() // 60) for lead in leads if lead}, reverse=True)
    prefs.appointment_leads = minutes
    described = " and ".join(describe_duration(timedelta(minutes=m)) for m in minutes)
    return f"Appointment reminders {described} before."


def _zone(turn: Turn, rest: str) -> str:
    zone = resolve_timezone(rest.removesuffix(" time")) if rest else None
    if zone is None:
        return (
            "I don't know that time zone. Try a city (Berlin), an abbreviation (EST), an "
            "offset (UTC+2) or a name like Europe/Berlin."
        )
    turn.profile.timezone = zone.key
    country = country_of_zone(zone.key)
    if country:
        turn.profile.country = country
    local = turn.now.astimezone(zone)
    return f"Time zone {zone.key} (it's {local:%H:%M} there now). Your reminders moved with it."


_CHANGES = {
    "morning": _morning,
    "evening": _evening,
    "quiet": _quiet,
    "diary": _diary,
    "meds": _medication,
    "medication": _medication,
    "appointments": _appointments,
    "zone": _zone,
    "timezone": _zone,
}


def _quiet_warning(turn: Turn, at: time) -> str:
    prefs = peek_reminder_settings(turn.db, turn.user_id)
    moment = datetime.combine(turn.local_now.date(), at, tzinfo=turn.zone)
    if in_quiet_hours(prefs, turn.zone, moment):
        return " Note: that's inside your quiet hours, so it will be skipped."
    return ""


def render(turn: Turn) -> str:
    db, zone = turn.db, turn.zone
    prefs = peek_reminder_settings(db, turn.user_id)
    rows = db.scalars(
        select(Schedule).where(Schedule.user_id == turn.user_id).order_by(Schedule.next_fire_at)
    ).all()

    def when(moment: datetime | None) -> str:
        if moment is None:
            return "–"
        local = moment.astimezone(zone)
        return (
            f"{local:%a %H:%M}" if moment - turn.now < timedelta(days=6) else f"{local:%d %b %H:%M}"
        )

    lines = [f"Your reminders ({zone.key}, now {turn.local_now:%a %H:%M}):"]
    medications = {
        m.id: m for m in db.scalars(select(Medication).where(Medication.user_id == turn.user_id))
    }
    caregivers = {
        c.id: c for c in db.scalars(select(Caregiver).where(Caregiver.user_id == turn.user_id))
    }
    appointments = {
        a.id: a for a in db.scalars(select(Appointment).where(Appointment.user_id == turn.user_id))
    }
    for row in rows:
        lines.append(
            f"• {_label(row, medications, caregivers, appointments)} (next {when(row.next_fire_at)})"
        )
    if not rows:
        lines.append("• nothing scheduled yet")
    if not turn.profile.morning_checkin and not turn.profile.evening_checkin:
        lines.append("Check-ins are off: /reminders morning 8:30 turns one on.")
    if prefs is None or not diary_prompt_enabled(prefs, turn.profile.tracking):
        lines.append("DBT diary prompt: off (/reminders diary 20:30)")
    if prefs is not None and prefs.quiet_start and prefs.quiet_end:
        lines.append(
            f"Quiet hours: {prefs.quiet_start:%H:%M}–{prefs.quiet_end:%H:%M} "
            "(only crisis follow-ups then)"
        )
    if is_paused(prefs, turn.now):
        assert prefs is not None
        until = f"until {when(prefs.paused_until)}" if prefs.paused_until else "until you /resume"
        lines.append(f"Paused {until}. Crisis follow-ups still come.")
    missed = db.scalar(
        select(func.count())
        .select_from(ReminderDelivery)
        .where(
            ReminderDelivery.user_id == turn.user_id,
            ReminderDelivery.status == "missed",
            ReminderDelivery.due_at >= turn.now - timedelta(days=7),
        )
    )
    if missed:
        lines.append(f"Missed while I was offline in the last 7 days: {missed}")
    lines.append(HELP)
    return "\n".join(lines)


def _label(
    row: Schedule,
    medications: dict[int, Medication],
    caregivers: dict[int, Caregiver],
    appointments: dict[int, Appointment],
) -> str:
    snoozed = row.key.startswith("snooze:")
    at = f" at {row.local_time:%H:%M}" if row.local_time else ""
    if row.kind == "checkin":
        label = f"{(row.variant or 'morning').capitalize()} check-in{at}"
    elif row.kind == "medication":
        medication = medications.get(row.ref_id or 0)
        label = f"{medication.name if medication else 'Medication'}{at}"
    elif row.kind == "diary_prompt":
        label = f"DBT diary prompt{at}"
    elif row.kind == "appointment":
        appointment = appointments.get(row.ref_id or 0)
        title = appointment.title if appointment else "appointment"
        lead = describe_duration(timedelta(minutes=int(row.variant or 0)))
        label = f"{title}: reminder {lead} before" if not snoozed else f"{title}"
    elif row.kind == "digest":
        caregiver = caregivers.get(row.ref_id or 0)
        name = caregiver.name if caregiver else "a caregiver"
        state = "" if caregiver and caregiver.opt_in_state == "opted_in" else ", once they agree"
        label = f"{(row.variant or '').capitalize()} digest to {name}{state}"
    else:
        label = row.kind.replace("_", " ")
    return f"{label} (snoozed)" if snoozed else label
