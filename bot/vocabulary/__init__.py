"""The product's fixed vocabulary (a copy of ``shared/spec/mood_taxonomy.yaml``).

Everything stored, charted, summarised or exported uses these canonical names. Parsers
extend the synonym lists in their own rule tables; the canonical keys never change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, get_args

import yaml

MoodState = Literal[
    "depressed",
    "sad",
    "numb",
    "anxious",
    "panicked",
    "overwhelmed",
    "irritable",
    "angry",
    "dissociated",
    "stable",
    "calm",
    "happy",
    "elevated",
    "hypomanic",
    "manic",
    "mixed",
]
MoodFamily = Literal[
    "depressive", "anxious", "angry", "dissociative", "stable", "elevated", "mixed"
]
Functionality = Literal["crisis", "limited", "functional", "high"]
CrisisLevel = Literal["none", "low", "moderate", "high", "imminent"]
Intent = Literal[
    "mood_shift",
    "baseline",
    "dbt_diary",
    "medication",
    "knowledge",
    "session_note",
    "question",
    "greeting",
    "other",
]

MOOD_STATES: tuple[MoodState, ...] = get_args(MoodState)
FUNCTIONALITY_LEVELS: tuple[Functionality, ...] = get_args(Functionality)
CRISIS_LEVELS: tuple[CrisisLevel, ...] = get_args(CrisisLevel)
INTENTS: tuple[Intent, ...] = get_args(Intent)


def crisis_rank(level: CrisisLevel) -> int:
    """Order of severity: none=0 ... imminent=4."""
    return CRISIS_LEVELS.index(level)


def max_crisis_level(*levels: CrisisLevel) -> CrisisLevel:
    return max(levels, key=crisis_rank, default="none")


@dataclass(frozen=True)
class Taxonomy:
    families: dict[str, str]  # state -> family
    synonyms: dict[str, tuple[str, ...]]  # state -> example words
    functionality: dict[str, str]
    crisis_levels: dict[str, str]
    intents: tuple[str, ...]
    dbt_emotions: tuple[str, ...]
    dbt_urges: tuple[str, ...]
    dbt_please: tuple[str, ...]


@cache
def taxonomy() -> Taxonomy:
    raw = yaml.safe_load(
        resources.files(__package__).joinpath("mood_taxonomy.yaml").read_text(encoding="utf-8")
    )
    states = raw["mood_states"]
    card = raw["dbt_diary_card"]
    return Taxonomy(
        families={name: spec["family"] for name, spec in states.items()},
        synonyms={name: tuple(spec["synonyms"]) for name, spec in states.items()},
        functionality=dict(raw["functionality_levels"]),
        crisis_levels=dict(raw["crisis_levels"]),
        intents=tuple(raw["intents"]),
        dbt_emotions=tuple(card["emotions"]),
        dbt_urges=tuple(card["urges"]),
        dbt_please=tuple(card["please"]),
    )


def family_of(state: MoodState) -> MoodFamily:
    return taxonomy().families[state]  # type: ignore[return-value]
