"""The audit log: who read, exported, deleted or alerted, never what was said."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, utcnow


class AuditEvent(Base):
    """Kept after /forget (no foreign key to users) so deletions stay accountable."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_subject_user_id_at", "subject_user_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))  # "user:12", "system", "contact:3"
    action: Mapped[str] = mapped_column(String(48))  # export | forget | alert_sent | read ...
    subject_user_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # ids and counts only
