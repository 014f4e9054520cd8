"""Snooze: "remind me in 30 minutes" becomes a one-off occurrence of the same reminder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.settings import Settings
from bot.users import load_profile, zone_of
from scheduler.preferences import Blocked, blocked_reason, peek_reminder_settings
from scheduler.sync import SNOOZE_PREFIX
from storage.models import ReminderDelivery, Schedule

MIN_MINUTES, MAX_MINUTES = 5, 12 * 60


@dataclass(frozen=True)
class Snoozed:
    fire_at: datetime  # UTC
    local: datetime
    blocked: Blocked | None  # set when nothing was scheduled because of quiet hours or pause


def snooze(
    db: Session,
    user_id: int,
    now: datetime,
    minutes: int,
    settings: Settings,
    *,
    kind: str,
    variant: str | None = None,
    ref_id: int | None = None,
    delivery: ReminderDelivery | None = None,
) -> Snoozed:
    minutes = max(MIN_MINUTES, min(MAX_MINUTES, minutes))
    fire_at = now + timedelta(minutes=minutes)
    zone = zone_of(load_profile(db, user_id), settings)
    blocked = blocked_reason(peek_reminder_settings(db, user_id), zone, fire_at, kind)
    if blocked is None:
        source = str(delivery.id) if delivery is not None else kind
        db.add(
            Schedule(
                user_id=user_id,
                key=f"{SNOOZE_PREFIX}{source}:{int(now.timestamp())}",
                kind=kind,
                variant=variant,
                ref_id=ref_id,
                zone=zone.key,
                next_fire_at=fire_at,
                created_at=now,
                updated_at=now,
            )
        )
        db.flush()
    if delivery is not None and delivery.answer is None:
        delivery.answer = "snoozed"
        delivery.answered_at = now
    return Snoozed(fire_at=fire_at, local=fire_at.astimezone(zone), blocked=blocked)


def describe_blocked(reason: Blocked) -> str:
    if reason == "paused":
        return "Your reminders are paused then (/resume restarts them)"
    return "That's inside your quiet hours (/reminders shows them)"
