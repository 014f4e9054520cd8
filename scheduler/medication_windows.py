"""Closing medication reminders nobody answered: each becomes a missed dose, once.

When a reminder's answer window has passed with no "taken" or "skip", the dose counts as
missed, unless the person said they took it some other way ("took my lamotrigine") close to
the reminder; then the reminder is marked taken and nothing is added.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.medicine_names import same_medicine
from storage.models import Medication, MedicationEvent, ReminderDelivery

# A dose reported taken up to this long before its reminder answers the reminder.
TAKEN_EARLY = timedelta(hours=2)


def close_medication_windows(db: Session, now: datetime, window: timedelta, limit: int) -> int:
    """Close up to ``limit`` unanswered medication reminders older than ``window``."""
    overdue = db.scalars(
        select(ReminderDelivery)
        .where(
            ReminderDelivery.kind == "medication",
            ReminderDelivery.status == "sent",
            ReminderDelivery.answer.is_(None),
            ReminderDelivery.due_at <= now - window,
        )
        .order_by(ReminderDelivery.due_at, ReminderDelivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    for delivery in overdue:
        medication = db.get(Medication, delivery.ref_id) if delivery.ref_id else None
        delivery.answered_at = now
        if medication is None:
            delivery.answer = "gone"
            continue
        if _reported_taken(db, delivery, medication, window):
            delivery.answer = "taken"
            continue
        delivery.answer = "missed"
        db.add(
            MedicationEvent(
                user_id=delivery.user_id,
                medication_id=medication.id,
                name=medication.name,
                dose=medication.dose,
                event="missed",
                occurred_at=delivery.due_at,
                created_at=now,
            )
        )
    return len(overdue)


def _reported_taken(
    db: Session, delivery: ReminderDelivery, medication: Medication, window: timedelta
) -> bool:
    taken = db.execute(
        select(MedicationEvent.medication_id, MedicationEvent.name).where(
            MedicationEvent.user_id == delivery.user_id,
            MedicationEvent.event == "taken",
            MedicationEvent.occurred_at >= delivery.due_at - TAKEN_EARLY,
            MedicationEvent.occurred_at <= delivery.due_at + window,
        )
    )
    # Names are encrypted at rest: the few events of the window are compared here.
    return any(
        medication_id == medication.id or same_medicine(name, medication.name)
        for medication_id, name in taken
    )
