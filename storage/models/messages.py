"""What was said: raw messages, sessions, session memory, the append-only session log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedJSON, EncryptedText
from storage.models.base import Base, utcnow


class RawMessage(Base):
    """Every incoming message, stored before anything else is done with it."""

    __tablename__ = "raw_messages"
    __table_args__ = (
        UniqueConstraint("user_id", "platform", "platform_message_id"),
        # Finding messages a dead process left unfinished (adapters/recovery.py).
        Index("ix_raw_messages_status_received_at", "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    platform_message_id: Mapped[str | None] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(EncryptedText("raw_messages.text"))
    # received -> processed | failed; failed messages are kept and can be re-processed.
    status: Mapped[str] = mapped_column(String(16), default="received")
    failure: Mapped[str | None] = mapped_column(String(64))  # an exception name, never content
    processed_at: Mapped[datetime | None]


class ChatSession(Base):
    """A run of conversation; a new one starts after the idle gap in the settings."""

    __tablename__ = "sessions"
    __table_args__ = (Index("ix_sessions_user_id_last_activity_at", "user_id", "last_activity_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]


class SessionMemory(Base):
    """The current state of a session: a short rolling summary and open threads."""

    __tablename__ = "session_memory"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    summary: Mapped[str | None] = mapped_column(EncryptedText("session_memory.summary"))
    open_threads: Mapped[list[str] | None] = mapped_column(
        EncryptedJSON("session_memory.open_threads")
    )
    # The newest session log entry the summary already covers (older turns are summarised).
    covered_through_log_id: Mapped[int | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SessionLogEntry(Base):
    """One turn of a session. Append-only: entries are never edited (only /forget deletes)."""

    __tablename__ = "session_log"
    __table_args__ = (Index("ix_session_log_user_id_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("raw_messages.id", ondelete="SET NULL")
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    role: Mapped[str] = mapped_column(String(8))  # user | bot
    kind: Mapped[str] = mapped_column(String(16))  # message | command | reply | crisis | record
    text: Mapped[str] = mapped_column(EncryptedText("session_log.text"))


@event.listens_for(SessionLogEntry, "before_update")
def _session_log_is_append_only(mapper: Any, connection: Any, target: SessionLogEntry) -> None:
    raise ValueError("the session log is append-only")


class ConversationState(Base):
    """Where a multi-step flow (intake, a confirmation) stands, so it survives restarts.

    At most one flow per user is active (it receives the next free-text answer); a paused
    flow keeps its step so it can be resumed.
    """

    __tablename__ = "conversation_states"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    flow: Mapped[str] = mapped_column(String(32), primary_key=True)
    step: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True)
    data: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON("conversation_states.data"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    expires_at: Mapped[datetime | None]
