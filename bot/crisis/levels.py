"""Crisis levels as ordered integers, and the hit type every rule produces."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.vocabulary import CrisisLevel


class Level(IntEnum):
    NONE = 0
    LOW = 1
    MODERATE = 2
    HIGH = 3
    IMMINENT = 4

    @property
    def label(self) -> CrisisLevel:
        return _LABELS[self]


_LABELS: dict[Level, CrisisLevel] = {
    Level.NONE: "none",
    Level.LOW: "low",
    Level.MODERATE: "moderate",
    Level.HIGH: "high",
    Level.IMMINENT: "imminent",
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing a rule recognised: a short snake_case signal at a level."""

    signal: str
    level: Level
