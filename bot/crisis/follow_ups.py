"""Handing due crisis follow-ups to the scheduler, which sends them.

Each incident's ``follow_up_due_at`` is set by the crisis path; claiming marks it sent in the
sweep's transaction (locked rows are skipped on PostgreSQL), so two workers never claim the
same follow-up.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.crisis_followups import DueFollowUp
from storage.models import CrisisIncident


class IncidentFollowUps:
    """The scheduler's ``FollowUpSource`` over the crisis incidents table."""

    def claim_due(self, db: Session, now: datetime, limit: int) -> list[DueFollowUp]:
        incidents = db.scalars(
            select(CrisisIncident)
            .where(
                CrisisIncident.follow_up_due_at <= now,
                CrisisIncident.follow_up_sent_at.is_(None),
            )
            .order_by(CrisisIncident.follow_up_due_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        due = []
        for incident in incidents:
            assert incident.follow_up_due_at is not None
            due.append(DueFollowUp(incident.id, incident.user_id, incident.follow_up_due_at))
            incident.follow_up_sent_at = now
        return due
