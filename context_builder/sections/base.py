"""What every section gets and gives back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from storage.models import PersonalitySettings, Profile

Part = Literal["stable", "dynamic"]


@dataclass(frozen=True)
class Inputs:
    """Everything a section may read. ``as_of`` is the start of the local day (stable part)."""

    db: Session
    user_id: int
    now: datetime  # aware UTC
    zone: ZoneInfo
    profile: Profile
    personality: PersonalitySettings
    session_id: int | None = None  # the conversation to show; default the latest
    current_message_id: int | None = None  # left out of the recent turns (it is sent apart)
    crisis_level: str = "none"  # the safety check's level for the current message

    @property
    def local_now(self) -> datetime:
        return self.now.astimezone(self.zone)

    @property
    def as_of(self) -> datetime:
        """Midnight today, local: the stable part reads time only at day granularity."""
        local = self.local_now
        return local.replace(hour=0, minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class Section:
    """A titled block with versions from fullest to shortest; an empty text leaves it out."""

    name: str
    title: str
    priority: int  # higher survives longer when the budget is tight
    variants: tuple[str, ...]

    def render(self, level: int) -> str:
        body = self.variants[min(level, len(self.variants) - 1)]
        return f"## {self.title}\n{body}" if body else ""
