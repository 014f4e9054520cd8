"""The crisis safety path: incidents, what happened on them, and the user's alert policy."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedJSON, EncryptedText
from storage.models.base import Base, utcnow


class CrisisIncident(Base):
    """An episode opened at moderate risk or above (kind "crisis"), or by a day's pattern
    (kind "concern"). Later crisis messages join the open crisis incident.

    Alert state, in ``alert_status``: none -> awaiting_consent -> declined | alerting;
    alerting -> acknowledged | exhausted. Times are UTC.
    """

    __tablename__ = "crisis_incidents"
    __table_args__ = (
        Index("ix_crisis_incidents_user_id_status", "user_id", "status"),
        Index(
            "ix_crisis_incidents_alert_status_next_escalation_at",
            "alert_status",
            "next_escalation_at",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="crisis")  # crisis | concern
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    close_reason: Mapped[str | None] = mapped_column(String(32))
    opened_level: Mapped[str] = mapped_column(String(16))
    peak_level: Mapped[str] = mapped_column(String(16))
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    # The follow-up check-in: this path stores when it is due; the scheduler sends it.
    follow_up_due_at: Mapped[datetime | None]
    follow_up_sent_at: Mapped[datetime | None]

    alert_status: Mapped[str] = mapped_column(String(24), default="none")
    alert_trigger: Mapped[str | None] = mapped_column(String(16))  # consent | auto
    consent_asked_level: Mapped[str | None] = mapped_column(String(16))
    consent_answered_at: Mapped[datetime | None]
    alert_started_at: Mapped[datetime | None]
    # Contact ids in the order they are alerted, fixed when alerting starts.
    alert_sequence: Mapped[list[int]] = mapped_column(JSON, default=list)
    escalation_step: Mapped[int] = mapped_column(Integer, default=0)
    next_escalation_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_contact_id: Mapped[int | None] = mapped_column(Integer)


class IncidentEvent(Base):
    """What happened on an incident: messages (level, signals), replies, alerts, answers."""

    __tablename__ = "incident_events"
    __table_args__ = (Index("ix_incident_events_incident_id_id", "incident_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("crisis_incidents.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    level: Mapped[str | None] = mapped_column(String(16))
    # Reply texts, contact ids and channels; encrypted because replies name people.
    detail: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON("incident_events.detail"))


class AlertPolicy(Base):
    """When the user allows Sanctum to alert their opted-in contacts, chosen in advance.

    No row, or both switches off, means never.
    """

    __tablename__ = "alert_policies"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    ask_at_high: Mapped[bool] = mapped_column(default=False)  # "may I tell NAME?" at high
    auto_at_imminent: Mapped[bool] = mapped_column(default=False)  # alert without asking
    ack_timeout_minutes: Mapped[int] = mapped_column(Integer, default=15)
    # How contacts can reach the user, in the user's words (e.g. "call me on +44 ...").
    reach_me: Mapped[str | None] = mapped_column(EncryptedText("alert_policies.reach_me"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
