"""Reading and writing reminder deliveries (the outbox rows)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import ReminderDelivery

# Kinds a person can answer "remind me later" to.
SNOOZABLE = ("checkin", "medication", "diary_prompt", "appointment")
RECENT = timedelta(hours=12)


def queue_deliveries(db: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert delivery rows; an occurrence already queued (same user, key, due time) is kept."""
    if not rows:
        return
    dialect = db.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(ReminderDelivery).on_conflict_do_nothing(
        index_elements=["user_id", "schedule_key", "due_at"]
    )
    db.execute(statement, list(rows))


def delivery_for_user(db: Session, user_id: int, delivery_id: int) -> ReminderDelivery | None:
    delivery = db.get(ReminderDelivery, delivery_id)
    if delivery is None or delivery.user_id != user_id:
        return None
    return delivery


def latest_sent(
    db: Session,
    user_id: int,
    kinds: Sequence[str],
    now: datetime,
    *,
    unanswered: bool = False,
    within: timedelta = RECENT,
) -> ReminderDelivery | None:
    """The person's most recent sent reminder of these kinds, within the last ``within``."""
    query = select(ReminderDelivery).where(
        ReminderDelivery.user_id == user_id,
        ReminderDelivery.kind.in_(kinds),
        ReminderDelivery.status == "sent",
        ReminderDelivery.due_at >= now - within,
    )
    if unanswered:
        query = query.where(ReminderDelivery.answer.is_(None))
    return db.scalars(
        query.order_by(ReminderDelivery.due_at.desc(), ReminderDelivery.id.desc()).limit(1)
    ).first()


def mark_answered(db: Session, delivery: ReminderDelivery, answer: str, now: datetime) -> None:
    """Record the answer on the delivery and on the reminders it was a snooze of."""
    seen: set[int] = set()
    current: ReminderDelivery | None = delivery
    while current is not None and current.id not in seen:
        seen.add(current.id)
        if current.answer in (None, "snoozed"):
            current.answer = answer
            current.answered_at = now
        current = _snoozed_from(db, current)


def _snoozed_from(db: Session, delivery: ReminderDelivery) -> ReminderDelivery | None:
    """A snooze's key is "snooze:<original delivery id>:<time>"."""
    parts = delivery.schedule_key.split(":")
    if len(parts) < 2 or parts[0] != "snooze" or not parts[1].isdigit():
        return None
    return delivery_for_user(db, delivery.user_id, int(parts[1]))
