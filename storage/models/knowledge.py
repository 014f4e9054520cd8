"""What the bot knows about the person, each fact with how sure it is."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedText
from storage.models.base import Base, utcnow

CONFIDENCE_LEVELS = ("confirmed", "inferred", "uncertain", "outdated")


class KnowledgeEntry(Base):
    __tablename__ = "knowledge_entries"
    __table_args__ = (Index("ix_knowledge_entries_user_id_category", "user_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(32), default="general")
    key: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(EncryptedText("knowledge_entries.value"))
    confidence: Mapped[str] = mapped_column(String(16), default="confirmed")
    source: Mapped[str] = mapped_column(String(16), default="user")  # user | model | intake
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    confirmed_at: Mapped[datetime | None]
