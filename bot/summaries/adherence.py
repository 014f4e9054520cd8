"""Medication adherence: taken / (taken + missed).

A dose is missed when the person answered a reminder "skip" or never answered it within its
window (the scheduler then records a missed event), or when they said they missed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import MedicationEvent


@dataclass(frozen=True)
class Adherence:
    taken: int
    missed: int

    @property
    def doses(self) -> int:
        return self.taken + self.missed

    @property
    def percent(self) -> int | None:
        return None if not self.doses else round(100 * self.taken / self.doses)


def adherence_counts(
    db: Session, user_id: int, start: datetime, end: datetime, medication_id: int | None = None
) -> tuple[int, int]:
    query = (
        select(MedicationEvent.event, func.count())
        .where(
            MedicationEvent.user_id == user_id,
            MedicationEvent.occurred_at >= start,
            MedicationEvent.occurred_at < end,
            MedicationEvent.event.in_(("taken", "missed")),
        )
        .group_by(MedicationEvent.event)
    )
    if medication_id is not None:
        query = query.where(MedicationEvent.medication_id == medication_id)
    counts = {event: count for event, count in db.execute(query)}
    return counts.get("taken", 0), counts.get("missed", 0)


def adherence(
    db: Session, user_id: int, start: datetime, end: datetime, medication_id: int | None = None
) -> Adherence:
    taken, missed = adherence_counts(db, user_id, start, end, medication_id)
    return Adherence(taken=taken, missed=missed)
