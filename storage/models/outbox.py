"""Messages Sanctum sends on its own (alerts, invitations, notices) and the links in them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedJSON, EncryptedText
from storage.models.base import Base, utcnow


class OutboxMessage(Base):
    """One message to one address on one channel, written in the transaction that decided it.

    ``idempotency_key`` is unique: an alert is "alert:<incident>:<contact>:<channel>:<round>",
    so the same alert can never be queued (or sent) twice. A dispatcher claims due rows,
    sends, and records the outcome; a claim whose process died is taken over when its lease
    runs out.
    status: pending -> sending -> sent | refused | failed; or cancelled, rate_limited.
    """

    __tablename__ = "outbox_messages"
    __table_args__ = (
        Index("ix_outbox_messages_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_outbox_messages_incident_id", "incident_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # alert | invitation | notice
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("crisis_incidents.id", ondelete="CASCADE")
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("emergency_contacts.id", ondelete="CASCADE")
    )
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(EncryptedText("outbox_messages.address"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    # Only notices carry their text (composed when queued); alerts and invitations are
    # composed when sent, with fresh links.
    body: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON("outbox_messages.body"))
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    last_detail: Mapped[str | None] = mapped_column(String(200))  # an error code, never content
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class ContactToken(Base):
    """A link or code given to a contact: random, single-purpose, stored only as a hash."""

    __tablename__ = "contact_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(16))  # optin | ack | stop
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("emergency_contacts.id", ondelete="CASCADE"))
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("crisis_incidents.id", ondelete="CASCADE")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
