"""Keeping a person's schedule rows in step with their profile, medication, appointments and
caregivers: ``reschedule_user`` is called whenever one of those (or their time zone) changes.

Rows are derived data: the rules come from the profile (check-in times), the reminder settings
(diary prompt, appointment lead times, medication on/off), medications, appointments and
caregivers. Snoozes are the person's own one-offs and are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.settings import Settings
from bot.users import load_profile, zone_of
from scheduler.occurrences import next_occurrence
from scheduler.preferences import (
    DEFAULT_DIARY_TIME,
    DIGEST_TIME,
    DIGEST_WEEKDAY,
    diary_prompt_enabled,
    peek_reminder_settings,
)
from storage.models import Appointment, Caregiver, Medication, ReminderDelivery, Schedule

SNOOZE_PREFIX = "snooze:"


@dataclass(frozen=True)
class Rule:
    key: str
    kind: str
    variant: str | None = None
    ref_id: int | None = None
    local_time: time | None = None  # recurring rules
    weekday: int | None = None
    fire_at: datetime | None = None  # one-offs


def parse_local_time(value: str) -> time | None:
    """ "08:00" -> time(8, 0); None for anything else."""
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return None


def desired_rules(db: Session, user_id: int, now: datetime) -> list[Rule]:
    profile = load_profile(db, user_id)
    prefs = peek_reminder_settings(db, user_id)
    rules: list[Rule] = []
    for variant, at in (("morning", profile.morning_checkin), ("evening", profile.evening_checkin)):
        if at is not None:
            rules.append(Rule(f"checkin:{variant}", "checkin", variant, local_time=at))
    if prefs is None or prefs.medication_reminders:
        medications = db.scalars(
            select(Medication).where(Medication.user_id == user_id, Medication.active.is_(True))
        ).all()
        for medication in medications:
            for value in dict.fromkeys(medication.schedule or []):
                at = parse_local_time(str(value))
                if at is not None:
                    label = f"{at:%H:%M}"
                    rules.append(
                        Rule(
                            f"medication:{medication.id}:{label}",
                            "medication",
                            label,
                            medication.id,
                            local_time=at,
                        )
                    )
    if diary_prompt_enabled(prefs, profile.tracking):
        at = (prefs.diary_time if prefs else None) or DEFAULT_DIARY_TIME
        rules.append(Rule("diary_prompt", "diary_prompt", local_time=at))
    caregivers = db.scalars(
        select(Caregiver).where(
            Caregiver.user_id == user_id, Caregiver.digest_frequency.in_(("daily", "weekly"))
        )
    ).all()
    for caregiver in caregivers:
        weekly = caregiver.digest_frequency == "weekly"
        rules.append(
            Rule(
                f"digest:{caregiver.id}",
                "digest",
                caregiver.digest_frequency,
                caregiver.id,
                local_time=DIGEST_TIME,
                weekday=DIGEST_WEEKDAY if weekly else None,
            )
        )
    leads = prefs.leads() if prefs is not None else [1440, 60]
    appointments = db.scalars(
        select(Appointment).where(Appointment.user_id == user_id, Appointment.starts_at > now)
    ).all()
    for appointment in appointments:
        for lead in dict.fromkeys(leads):
            fire_at = appointment.starts_at - timedelta(minutes=lead)
            if fire_at > now:
                rules.append(
                    Rule(
                        f"appointment:{appointment.id}:{lead}",
                        "appointment",
                        str(lead),
                        appointment.id,
                        fire_at=fire_at,
                    )
                )
    return rules


def reschedule_user(
    db: Session, user_id: int, now: datetime | None = None, settings: Settings | None = None
) -> None:
    """Bring the user's schedule rows in line with their current rules and time zone.

    Unchanged rules keep their next due time. A new or changed rule starts from now, but
    never sooner after the last reminder of the same kind than half its usual spacing: a
    person who moves from Berlin to New York after their 09:00 dose is not reminded of it
    again six hours later, and changing the morning check-in from 08:00 to 09:00 at 08:30
    does not bring a second check-in that morning.
    """
    now = now or datetime.now(UTC)
    profile = load_profile(db, user_id)
    zone = zone_of(profile, settings or Settings(_env_file=None))  # type: ignore[call-arg]
    rules = desired_rules(db, user_id, now)
    wanted = {rule.key: rule for rule in rules}
    existing = {
        row.key: row
        for row in db.scalars(select(Schedule).where(Schedule.user_id == user_id))
        if not row.key.startswith(SNOOZE_PREFIX)
    }
    for key, row in existing.items():
        if key in wanted:
            continue
        still_due_appointment = (
            row.kind == "appointment"
            and row.next_fire_at is not None
            and row.next_fire_at <= now
            and row.ref_id is not None
            and db.get(Appointment, row.ref_id) is not None
        )
        if not still_due_appointment:
            db.delete(row)
    for key, rule in wanted.items():
        row = existing.get(key)
        if row is not None and not _changed(row, rule, zone):
            continue
        first = _first_fire(db, user_id, rule, rules, zone, now)
        if row is None:
            db.add(
                Schedule(
                    user_id=user_id,
                    key=key,
                    kind=rule.kind,
                    variant=rule.variant,
                    ref_id=rule.ref_id,
                    local_time=rule.local_time,
                    weekday=rule.weekday,
                    zone=zone.key,
                    next_fire_at=first,
                    created_at=now,
                    updated_at=now,
                )
            )
            continue
        row.local_time, row.weekday, row.zone, row.variant = (
            rule.local_time,
            rule.weekday,
            zone.key,
            rule.variant,
        )
        row.next_fire_at = first
        row.updated_at = now
    db.flush()


def _changed(row: Schedule, rule: Rule, zone: ZoneInfo) -> bool:
    if rule.fire_at is not None:
        return row.next_fire_at != rule.fire_at
    return (row.local_time, row.weekday, row.zone, row.variant) != (
        rule.local_time,
        rule.weekday,
        zone.key,
        rule.variant,
    )


def _first_fire(
    db: Session, user_id: int, rule: Rule, rules: list[Rule], zone: ZoneInfo, now: datetime
) -> datetime | None:
    if rule.local_time is None:
        return rule.fire_at
    after = now
    last = _last_reminder(db, user_id, rule)
    if last is not None:
        after = max(now, last + _spacing(rule, rules) / 2)
    return next_occurrence(rule.local_time, zone, after, rule.weekday)


def _last_reminder(db: Session, user_id: int, rule: Rule) -> datetime | None:
    """When the latest reminder of the same thing (key; any time of a medication) was due."""
    query = select(func.max(ReminderDelivery.due_at)).where(
        ReminderDelivery.user_id == user_id,
        ReminderDelivery.status.in_(("queued", "sent")),
    )
    if rule.kind == "medication":
        query = query.where(
            ReminderDelivery.kind == "medication", ReminderDelivery.ref_id == rule.ref_id
        )
    else:
        query = query.where(ReminderDelivery.schedule_key == rule.key)
    return db.scalar(query)


def _spacing(rule: Rule, rules: list[Rule]) -> timedelta:
    """The usual time between reminders of the same thing."""
    if rule.weekday is not None:
        return timedelta(days=7)
    if rule.kind != "medication":
        return timedelta(days=1)
    minutes = sorted(
        other.local_time.hour * 60 + other.local_time.minute
        for other in rules
        if other.kind == "medication" and other.ref_id == rule.ref_id and other.local_time
    )
    if len(minutes) < 2:
        return timedelta(days=1)
    gaps = [b - a for a, b in pairwise(minutes)]
    gaps.append(minutes[0] + 24 * 60 - minutes[-1])
    return timedelta(minutes=min(gaps))


def drop_schedules(db: Session, user_id: int, prefix: str) -> None:
    """Remove rows whose key starts with ``prefix`` (a removed appointment, medication ...)."""
    db.execute(
        delete(Schedule).where(
            Schedule.user_id == user_id, Schedule.key.startswith(prefix, autoescape=True)
        )
    )
