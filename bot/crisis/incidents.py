"""Crisis incidents (episodes): opened at moderate risk, joined by later crisis messages.

An incident stays open while risk keeps coming up; it closes after a quiet period (no crisis
message for ``crisis_incident_quiet_hours``), never because of a single "I'm fine". Each
crisis message moves the follow-up check-in due time (``follow_up_due_at``, UTC), which the
scheduler sends.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.vocabulary import CrisisLevel, crisis_rank, max_crisis_level
from storage.models import CrisisIncident, IncidentEvent

OPENS_AT: CrisisLevel = "moderate"


def open_incident(
    db: Session, user_id: int, now: datetime, quiet: timedelta, kind: str = "crisis"
) -> CrisisIncident | None:
    """The user's open incident of this kind, closing it first if it has gone quiet."""
    incident = db.scalars(
        select(CrisisIncident)
        .where(
            CrisisIncident.user_id == user_id,
            CrisisIncident.status == "open",
            CrisisIncident.kind == kind,
        )
        .order_by(CrisisIncident.id.desc())
        .limit(1)
    ).first()
    if incident is None:
        return None
    if incident.last_message_at + quiet <= now and incident.alert_status != "alerting":
        close_incident(db, incident, now, "quiet")
        return None
    return incident


def start_incident(
    db: Session, user_id: int, level: CrisisLevel, now: datetime, kind: str = "crisis"
) -> CrisisIncident:
    incident = CrisisIncident(
        user_id=user_id,
        kind=kind,
        status="open",
        opened_at=now,
        last_message_at=now,
        opened_level=level,
        peak_level=level,
        message_count=0,
        alert_status="none",
        alert_sequence=[],
        escalation_step=0,
    )
    db.add(incident)
    db.flush()
    return incident


def join_incident(
    incident: CrisisIncident, level: CrisisLevel, now: datetime, follow_up: timedelta
) -> None:
    incident.message_count += 1
    incident.last_message_at = max(incident.last_message_at, now)
    incident.peak_level = max_crisis_level(incident.peak_level, level)  # type: ignore[arg-type]
    incident.follow_up_due_at = now + follow_up
    incident.follow_up_sent_at = None


def close_incident(db: Session, incident: CrisisIncident, now: datetime, reason: str) -> None:
    incident.status = "closed"
    incident.closed_at = now
    incident.close_reason = reason[:32]
    incident.next_escalation_at = None
    log_event(db, incident, "closed", now, reason=reason)


def log_event(
    db: Session,
    incident: CrisisIncident,
    kind: str,
    at: datetime,
    *,
    level: str | None = None,
    **detail: Any,
) -> None:
    db.add(
        IncidentEvent(
            incident_id=incident.id,
            user_id=incident.user_id,
            at=at,
            kind=kind,
            level=level,
            detail=detail or None,
        )
    )


def opens_incident(level: CrisisLevel) -> bool:
    return crisis_rank(level) >= crisis_rank(OPENS_AT)
