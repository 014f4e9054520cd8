"""Choosing 1-3 skills for how someone feels right now, and saying why.

Rules, in order of weight:
- only skills from the frameworks the person enabled, never one they avoid;
- at high arousal (panic, rage, a mixed or very intense state) skills that work through
  the body come first and skills that need calm thinking come last: TIPP before check the
  facts, because reasoning is hardest at the peak of a feeling;
- skills made for this kind of feeling (the mood family) before others, the ones that list
  it first (their best fit) first;
- skills the person rated helpful, has used, or learned, before ones they have not; a skill
  they rated unhelpful drops.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from bot.skills.catalog import skill_summaries
from bot.skills.preferences import avoided_ids, enabled_frameworks, mark_summaries, usage_counts
from bot.vocabulary import MoodFamily, MoodState

# States that are high arousal whatever their rated intensity.
HIGH_AROUSAL_STATES: frozenset[str] = frozenset({"panicked", "angry", "manic", "mixed"})
AROUSING_FAMILIES: frozenset[str] = frozenset({"anxious", "angry", "mixed", "elevated"})
HIGH_INTENSITY = 7  # on the 1-10 mood scale

_FAMILY_WORDS = {
    "anxious": "anxious or panicky",
    "angry": "angry",
    "depressive": "low",
    "dissociative": "numb or far-away",
    "mixed": "mixed",
    "elevated": "revved-up",
    "stable": "steady",
}


@dataclass(frozen=True)
class EmotionState:
    family: MoodFamily
    state: MoodState | None = None
    intensity: int | None = None  # 1-10
    source: str = "what you told me"

    @property
    def high_arousal(self) -> bool:
        if self.state in HIGH_AROUSAL_STATES:
            return True
        return (
            self.family in AROUSING_FAMILIES
            and self.intensity is not None
            and self.intensity >= HIGH_INTENSITY
        )

    @property
    def very_intense(self) -> bool:
        return self.high_arousal or (self.intensity is not None and self.intensity >= 8)

    def describe(self) -> str:
        name = self.state or _FAMILY_WORDS.get(self.family, self.family)
        strength = f" ({self.intensity}/10)" if self.intensity else ""
        return f"{name}{strength}"


@dataclass(frozen=True)
class SkillFacts:
    """What ranking needs to know about one skill for one person."""

    id: str
    name: str
    framework: str
    families: tuple[str, ...]
    body_based: bool = False
    needs_calm: bool = False
    rating: int | None = None
    uses: int = 0
    learned: bool = False
    order: int = 0


@dataclass(frozen=True)
class Suggestion:
    skill_id: str
    name: str
    framework: str
    reasons: tuple[str, ...] = field(default_factory=tuple)

    def why(self) -> str:
        return "; ".join(self.reasons)


def _score(facts: SkillFacts, state: EmotionState) -> float:
    score = 3.0 if state.family in facts.families else 0.0
    if facts.families and facts.families[0] == state.family:
        score += 1.0  # families are listed best fit first
    if facts.rating is not None:
        score += {1: -4.0, 2: -2.0, 3: 0.0, 4: 2.0, 5: 3.0}[facts.rating]
    score += min(facts.uses, 5) * 0.4
    score += 0.5 if facts.learned else 0.0
    if state.very_intense:
        score += 4.0 if facts.body_based else 0.0
        score -= 6.0 if facts.needs_calm else 0.0
    return score


def _reasons(facts: SkillFacts, state: EmotionState) -> tuple[str, ...]:
    reasons = []
    if state.very_intense and facts.body_based:
        reasons.append(
            "it works through your body, which is quickest when a feeling is this strong"
        )
    elif state.very_intense and not facts.needs_calm:
        reasons.append("it needs no careful thinking, just a pause")
    if state.family in facts.families:
        reasons.append(f"it is made for {_FAMILY_WORDS.get(state.family, state.family)} moments")
    if facts.rating is not None and facts.rating >= 4:
        reasons.append(f"you rated it {facts.rating}/5")
    if facts.uses:
        times = "once" if facts.uses == 1 else f"{facts.uses} times"
        reasons.append(f"you've used it {times}")
    if facts.learned:
        reasons.append("you've learned it")
    return tuple(reasons)


def rank(candidates: list[SkillFacts], state: EmotionState, limit: int = 3) -> list[Suggestion]:
    """The best ``limit`` skills for ``state``; candidates are already allowed for the person."""
    fitting = [facts for facts in candidates if state.family in facts.families]
    if state.very_intense:
        fitting += [f for f in candidates if f.body_based and f not in fitting]
    pool = [facts for facts in fitting if facts.rating != 1] or fitting

    def key(facts: SkillFacts) -> tuple[float, ...]:
        score = _score(facts, state)
        if state.very_intense:
            return (float(facts.needs_calm), float(not facts.body_based), -score, facts.order)
        return (-score, facts.order)

    chosen = sorted(pool, key=key)[:limit]
    return [
        Suggestion(facts.id, facts.name, facts.framework, _reasons(facts, state))
        for facts in chosen
    ]


def suggest_for(db: Session, user_id: int, state: EmotionState, limit: int = 3) -> list[Suggestion]:
    """Suggestions from the person's enabled frameworks, minus what they avoid."""
    enabled = set(enabled_frameworks(db, user_id))
    skills = [skill for skill in skill_summaries(db) if skill.framework in enabled]
    user_marks = mark_summaries(db, user_id)
    avoided = avoided_ids(db, user_id, skills, user_marks)
    uses = usage_counts(db, user_id)
    candidates = []
    for order, skill in enumerate(skills):
        if skill.id in avoided:
            continue
        hints = skill.suggest or {}
        mark = user_marks.get(skill.id)
        candidates.append(
            SkillFacts(
                id=skill.id,
                name=skill.name,
                framework=skill.framework,
                families=tuple(hints.get("families", ())),
                body_based=bool(hints.get("body_based")),
                needs_calm=bool(hints.get("needs_calm")),
                rating=mark.rating if mark else None,
                uses=uses.get(skill.id, 0),
                learned=bool(mark and mark.learned_at),
                order=order,
            )
        )
    return rank(candidates, state, limit)
