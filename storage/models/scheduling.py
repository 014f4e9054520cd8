"""Reminders in the database: the due table, its outbox, per-user settings and appointments.

``schedules`` holds one row per rule (a morning check-in, a medication time, a digest) or
one-off (an appointment reminder, a snooze) with the next due time in UTC. A sweep claims due
rows, advances them and writes one ``reminder_deliveries`` row per occurrence; the unique
(user, key, due time) key means one occurrence is never queued twice. Deliveries carry no
text: messages are composed when sent, from current data.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedText
from storage.models.base import Base, utcnow


class Schedule(Base):
    """A rule in a user's zone (``local_time`` set) or a one-off (``local_time`` empty)."""

    __tablename__ = "schedules"
    __table_args__ = (
        UniqueConstraint("user_id", "key"),  # also the index for a user's schedules
        Index("ix_schedules_next_fire_at", "next_fire_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # "checkin:morning", "medication:12:08:00", "appointment:3:60", "snooze:41:1" ...
    key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(24))  # checkin | medication | appointment | ...
    variant: Mapped[str | None] = mapped_column(String(32))  # morning | evening | "08:00" ...
    ref_id: Mapped[int | None] = mapped_column(Integer)  # medication, appointment, caregiver id
    local_time: Mapped[time | None]
    weekday: Mapped[int | None] = mapped_column(Integer)  # 0 Monday ... 6 Sunday; weekly rules
    zone: Mapped[str | None] = mapped_column(String(64))
    next_fire_at: Mapped[datetime | None]  # UTC; empty: nothing due
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def recurring(self) -> bool:
        return self.local_time is not None


class ReminderDelivery(Base):
    """One occurrence of a schedule: queued, then sent, failed, missed or suppressed.

    The outbox: a worker leases a queued row, sends it outside any transaction, then records
    the outcome. ``detail`` holds a reason code, never content.
    """

    __tablename__ = "reminder_deliveries"
    __table_args__ = (
        UniqueConstraint("user_id", "schedule_key", "due_at"),
        Index("ix_reminder_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_reminder_deliveries_user_id_due_at", "user_id", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    schedule_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(24))
    variant: Mapped[str | None] = mapped_column(String(32))
    ref_id: Mapped[int | None] = mapped_column(Integer)
    due_at: Mapped[datetime]
    # queued | sent | failed | missed | suppressed
    status: Mapped[str] = mapped_column(String(16), default="queued")
    detail: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    # What the person did with it: answered | skipped | snoozed | taken | missed
    answer: Mapped[str | None] = mapped_column(String(16))
    answered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReminderSettings(Base):
    """Quiet hours, pause and which reminders a person wants."""

    __tablename__ = "reminder_settings"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    quiet_start: Mapped[time | None]
    quiet_end: Mapped[time | None]
    paused_at: Mapped[datetime | None]
    paused_until: Mapped[datetime | None]  # empty while paused: until /resume
    medication_reminders: Mapped[bool] = mapped_column(Boolean, default=True)
    # None: prompt when the person tracks the DBT diary; True/False: their explicit choice.
    diary_prompt: Mapped[bool | None] = mapped_column(Boolean)
    diary_time: Mapped[time | None]
    appointment_leads: Mapped[list[int]] = mapped_column(JSON, default=lambda: [1440, 60])
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    def leads(self) -> list[int]:
        value: Any = self.appointment_leads
        return [int(minutes) for minutes in value] if isinstance(value, list) else [1440, 60]


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_user_id_starts_at", "user_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(EncryptedText("appointments.title"))
    starts_at: Mapped[datetime]  # an instant: moving zones does not move the appointment
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
