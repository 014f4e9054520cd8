"""What the LLM context is built from: a version per person, token use, the search index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, utcnow


class ContextVersion(Base):
    """Random tokens replaced in the same transaction as any write to a context input.

    Two groups: ``profile_token`` for what changes rarely (profile, AI settings, facts,
    medication list) and ``activity_token`` for what changes every turn (moods, check-ins,
    the session log). Tokens are random rather than counters, so a rolled-back transaction
    never leaves a version that a later, different state could reuse.
    """

    __tablename__ = "context_versions"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    profile_token: Mapped[str] = mapped_column(String(32))
    activity_token: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class LlmUsage(Base):
    """One call to a language model: tokens in and out, and how it ended. Never content."""

    __tablename__ = "llm_usage"
    __table_args__ = (Index("ix_llm_usage_user_id_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("raw_messages.id", ondelete="SET NULL")
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    provider: Mapped[str] = mapped_column(String(16))
    model: Mapped[str] = mapped_column(String(100))
    purpose: Mapped[str] = mapped_column(String(16))  # reply | extract | summary
    outcome: Mapped[str] = mapped_column(String(16))  # ok | unavailable | invalid | rejected
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_read_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_write_tokens: Mapped[int] = mapped_column(Integer, default=0)
    context_tokens: Mapped[int] = mapped_column(Integer, default=0)  # our estimate, sent
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)


class SessionLogTerm(Base):
    """The blind index of the session log: a keyed hash per word, so search needs no plaintext."""

    __tablename__ = "session_log_terms"
    __table_args__ = (Index("ix_session_log_terms_user_id_token", "user_id", "token"),)

    log_id: Mapped[int] = mapped_column(
        ForeignKey("session_log.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
