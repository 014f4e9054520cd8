"""A person's reminder preferences: quiet hours, pause, which reminders they want."""

from __future__ import annotations

from datetime import datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from scheduler.occurrences import in_local_window
from storage.models import ReminderSettings

DEFAULT_DIARY_TIME = time(20, 0)
DEFAULT_APPOINTMENT_LEADS = (1440, 60)  # minutes before: a day and an hour
DIGEST_TIME = time(19, 0)
DIGEST_WEEKDAY = 6  # Sunday, for weekly digests

Blocked = Literal["paused", "quiet_hours"]

# Kinds that go to someone else (digests) or must reach the person whatever they set.
IGNORE_QUIET_AND_PAUSE = frozenset({"crisis_followup", "digest"})


def peek_reminder_settings(db: Session, user_id: int) -> ReminderSettings | None:
    return db.get(ReminderSettings, user_id)


def reminder_settings(db: Session, user_id: int) -> ReminderSettings:
    """The person's settings, created with the defaults on first use."""
    current = db.get(ReminderSettings, user_id)
    if current is None:
        current = ReminderSettings(
            user_id=user_id,
            medication_reminders=True,
            appointment_leads=list(DEFAULT_APPOINTMENT_LEADS),
        )
        db.add(current)
        db.flush()
    return current


def is_paused(prefs: ReminderSettings | None, at: datetime) -> bool:
    if prefs is None or prefs.paused_at is None:
        return False
    return prefs.paused_until is None or at < prefs.paused_until


def in_quiet_hours(prefs: ReminderSettings | None, zone: ZoneInfo, at: datetime) -> bool:
    if prefs is None or prefs.quiet_start is None or prefs.quiet_end is None:
        return False
    return in_local_window(at, zone, prefs.quiet_start, prefs.quiet_end)


def blocked_reason(
    prefs: ReminderSettings | None, zone: ZoneInfo, at: datetime, kind: str
) -> Blocked | None:
    """Why a reminder of ``kind`` may not reach the person at ``at``, if it may not."""
    if kind in IGNORE_QUIET_AND_PAUSE:
        return None
    if is_paused(prefs, at):
        return "paused"
    if in_quiet_hours(prefs, zone, at):
        return "quiet_hours"
    return None


def diary_prompt_enabled(prefs: ReminderSettings | None, tracking: list[str] | None) -> bool:
    if prefs is not None and prefs.diary_prompt is not None:
        return prefs.diary_prompt
    return "dbt_diary" in (tracking or [])
