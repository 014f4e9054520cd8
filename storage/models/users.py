"""People who chat with the bot: the user, their platform identities, profile and AI settings."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.crypto import EncryptedJSON, EncryptedText
from storage.models.base import Base, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    identities: Mapped[list[PlatformIdentity]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    profile: Mapped[Profile | None] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class PlatformIdentity(Base):
    """One account on one platform; a person may link several to one user."""

    __tablename__ = "platform_identities"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    platform_user_id: Mapped[str] = mapped_column(String(128))
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(back_populates="identities")


class Profile(Base):
    __tablename__ = "profiles"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str | None] = mapped_column(EncryptedText("profiles.name"))
    pronouns: Mapped[str | None] = mapped_column(String(32))
    timezone: Mapped[str | None] = mapped_column(String(64))
    locale: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(2))
    morning_checkin: Mapped[time | None]
    evening_checkin: Mapped[time | None]
    tracking: Mapped[list[str]] = mapped_column(JSON, default=list)
    intake_completed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship(back_populates="profile")


class PersonalitySettings(Base):
    """How the AI should speak to this person, and their own crisis phrases."""

    __tablename__ = "personality_settings"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    tone: Mapped[int] = mapped_column(Integer, default=4)  # 1 clinical ... 5 supportive
    pacing: Mapped[str] = mapped_column(String(16), default="adaptive")
    topics_to_avoid: Mapped[list[str] | None] = mapped_column(
        EncryptedJSON("personality_settings.topics_to_avoid")
    )
    crisis_phrases: Mapped[list[str] | None] = mapped_column(
        EncryptedJSON("personality_settings.crisis_phrases")
    )
    frameworks: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["dbt"])
    protocols: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    daily_state_change_threshold: Mapped[int] = mapped_column(Integer, default=6)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
