"""Keeping a person's schedule rows in step with their profile, medication, appointments and
caregivers: ``reschedule_user`` is called whenever one of those (or their time zone) changes.

Rows are derived data: the rules come from the profile (check-in times), the reminder settings
(diary prompt, appointment lead times, medication on/off), medications, appointments and
caregivers. Snoozes are the person's own one-offs and are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
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
from storage.models import Appointment, Caregiver, Medication, Schedule

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

    A row that is due right now keeps its due time, so a change never drops an occurrence
    the sweep has not picked up yet; the sweep then advances it with the new rule.
    """
    now = now or datetime.now(UTC)
    profile = load_profile(db, user_id)
    zone = zone_of(profile, settings or Settings(_env_file=None))  # type: ignore[call-arg]
    wanted = {rule.key: rule for rule in desired_rules(db, user_id, now)}
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
                    next_fire_at=_first_fire(rule, zone, now),
                    created_at=now,
                    updated_at=now,
                )
            )
            continue
        changed = (row.local_time, row.weekday, row.zone, row.variant) != (
            rule.local_time,
            rule.weekday,
            zone.key,
            rule.variant,
        ) or (rule.fire_at is not None and row.next_fire_at != rule.fire_at)
        if not changed:
            continue
        row.local_time, row.weekday, row.zone, row.variant = (
            rule.local_time,
            rule.weekday,
            zone.key,
            rule.variant,
        )
        row.updated_at = now
        if row.next_fire_at is None or row.next_fire_at > now:
            row.next_fire_at = _first_fire(rule, zone, now)
    db.flush()


def _first_fire(rule: Rule, zone: ZoneInfo, now: datetime) -> datetime | None:
    if rule.local_time is not None:
        return next_occurrence(rule.local_time, zone, now, rule.weekday)
    return rule.fire_at


def drop_schedules(db: Session, user_id: int, prefix: str) -> None:
    """Remove rows whose key starts with ``prefix`` (a removed appointment, medication ...)."""
    db.execute(
        delete(Schedule).where(
            Schedule.user_id == user_id, Schedule.key.startswith(prefix, autoescape=True)
        )
    )
