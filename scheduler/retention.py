"""Old delivery rows are deleted: one a reminder, a few a day per person, adds up. What
they recorded lives on where it matters (check-ins, medication events); only the outbox's
bookkeeping goes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.models import ReminderDelivery


def prune_deliveries(db: Session, before: datetime, limit: int) -> int:
    """Delete up to ``limit`` finished deliveries due before ``before``; return how many."""
    old = (
        select(ReminderDelivery.id)
        .where(ReminderDelivery.due_at < before, ReminderDelivery.status != "queued")
        .order_by(ReminderDelivery.due_at)
        .limit(limit)
    )
    ids = list(db.scalars(old))
    if ids:
        db.execute(delete(ReminderDelivery).where(ReminderDelivery.id.in_(ids)))
    return len(ids)
