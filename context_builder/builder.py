"""Assembling one person's context: sections, a token budget, a version and a cache.

The context has two parts. The stable part (who they are, how to talk with them, frameworks,
medication, facts) is fitted into its share of the budget first and cached under the person's
profile token and the local date, so it is byte-identical from turn to turn and providers can
cache it as a prompt prefix. The dynamic part (local time, safety, this conversation, moods)
gets the rest of the budget and is cached under both tokens and the minute. Nothing is read
that is not this person's (every query filters on their user id), and no contact details are
read at all: emergency contacts, caregivers and clinicians are not inputs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from bot.settings import Settings
from bot.users import load_personality, load_profile, zone_of
from context_builder.budget import Placed, fit
from context_builder.cache import ContextCache
from context_builder.sections import DYNAMIC_SECTIONS, STABLE_SECTIONS, Inputs
from context_builder.versions import read_version

STABLE_SHARE = 0.5  # of the budget; the dynamic part gets whatever the stable part leaves

DEFAULT_CACHE = ContextCache()


@dataclass(frozen=True)
class Part:
    text: str
    sections: tuple[Placed, ...]
    tokens: int


@dataclass(frozen=True)
class BuiltContext:
    user_id: int
    version: str  # changes whenever any input changes
    stable_version: str  # changes only when an input of the stable part changes
    stable: Part
    dynamic: Part
    budget: int

    @property
    def tokens(self) -> int:
        return self.stable.tokens + self.dynamic.tokens

    @property
    def text(self) -> str:
        return "\n\n".join(part.text for part in (self.stable, self.dynamic) if part.text)

    @property
    def sections(self) -> tuple[Placed, ...]:
        return self.stable.sections + self.dynamic.sections


def _build_part(inputs: Inputs, functions: tuple, budget: int) -> Part:  # type: ignore[type-arg]
    text, placed, tokens = fit([function(inputs) for function in functions], budget)
    return Part(text=text, sections=placed, tokens=tokens)


def build_context(
    db: Session,
    settings: Settings,
    *,
    user_id: int,
    now: datetime,
    session_id: int | None = None,
    current_message_id: int | None = None,
    crisis_level: str = "none",
    budget: int | None = None,
    cache: ContextCache | None = DEFAULT_CACHE,
) -> BuiltContext:
    """The person's context as of ``now`` (aware). Reads inside the caller's transaction."""
    budget = budget or settings.context_token_budget
    profile = load_profile(db, user_id)
    personality = load_personality(db, user_id)
    tokens = read_version(db, user_id)  # after the loads: they may have created rows
    inputs = Inputs(
        db=db,
        user_id=user_id,
        now=now,
        zone=zone_of(profile, settings),
        profile=profile,
        personality=personality,
        session_id=session_id,
        current_message_id=current_message_id,
        crisis_level=crisis_level,
    )
    stable_budget = int(budget * STABLE_SHARE)
    stable_key = ("stable", user_id, tokens.profile, inputs.as_of.date(), inputs.zone.key, budget)
    stable = cache.get(stable_key) if cache is not None else None
    if stable is None:
        stable = _build_part(inputs, STABLE_SECTIONS, stable_budget)
        if cache is not None:
            cache.put(stable_key, stable)
    minute = now.replace(second=0, microsecond=0)
    dynamic_key = (
        "dynamic",
        user_id,
        tokens.profile,
        tokens.activity,
        minute,
        inputs.zone.key,
        budget,
        session_id,
        current_message_id,
        crisis_level,
    )
    dynamic = cache.get(dynamic_key) if cache is not None else None
    if dynamic is None:
        dynamic = _build_part(inputs, DYNAMIC_SECTIONS, max(0, budget - stable.tokens))
        if cache is not None:
            cache.put(dynamic_key, dynamic)
    return BuiltContext(
        user_id=user_id,
        version=_digest((stable_key, dynamic_key)),
        stable_version=_digest(stable_key),
        stable=stable,
        dynamic=dynamic,
        budget=budget,
    )


def _digest(key: tuple) -> str:  # type: ignore[type-arg]
    return hashlib.sha256(repr(key).encode()).hexdigest()[:12]
