"""The coping-skills library (shared content) and each person's relation to its skills.

``skills`` and ``skill_library`` hold public, versioned content loaded from
``bot/skills/library/*.yaml``: they belong to nobody, so they stay in clear and outlive
/forget. ``user_skills`` is personal (learned, rated, avoided) and goes with the user.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, utcnow


class SkillLibrary(Base):
    """One framework's content file as last loaded: its version and a hash of its text."""

    __tablename__ = "skill_library"

    framework: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[datetime] = mapped_column(default=utcnow)


class Skill(Base):
    """One skill. Never deleted (people's ratings point at it): a dropped skill is retired."""

    __tablename__ = "skills"

    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    framework: Mapped[str] = mapped_column(String(16), index=True)
    category: Mapped[str] = mapped_column(String(48))
    category_name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within its file
    name: Mapped[str] = mapped_column(String(80))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    what: Mapped[str] = mapped_column(Text)
    when_to_use: Mapped[str] = mapped_column(Text)
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    caution: Mapped[str | None] = mapped_column(Text)
    source: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    suggest: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer, default=1)
    content_hash: Mapped[str] = mapped_column(String(64))
    retired_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class UserSkill(Base):
    """A person's marks on one skill: learned, how helpful (1-5), or not to be suggested."""

    __tablename__ = "user_skills"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[str] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True
    )
    learned_at: Mapped[datetime | None]
    rating: Mapped[int | None] = mapped_column(Integer)  # 1 not helpful ... 5 very helpful
    rated_at: Mapped[datetime | None]
    avoid: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
