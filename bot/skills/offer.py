"""Skill suggestions in conversation: answering "what can I do, I'm panicking", and offering
skills after a high-intensity mood shift.

The emotional state comes from the message itself (the understood mood shift, or a state
word in the question), else from the person's last mood log of the past hours.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from bot.messages import Button, Reply, button_rows
from bot.skills.catalog import get_skill
from bot.skills.suggest import EmotionState, Suggestion, suggest_for
from bot.turn import Turn
from bot.understanding.models import Analysis
from bot.vocabulary import MOOD_STATES, family_of, taxonomy
from storage.models import MoodShift

RECENT_MOOD = timedelta(hours=6)
OFFER_INTENSITY = 7

_HELP = re.compile(
    r"\b(?:what (?:can|should|could|do) i do|what (?:can|could|would|might) help|"
    r"how (?:can|do|should|could) i (?:calm|cope|stop|get through|deal|handle|ground|settle|"
    r"breathe|come down)|help me (?:calm|cope|get through|ground|settle|stop|breathe)|"
    r"(?:any|a|some) (?:skills?|ideas?|tips?|techniques?|exercises?) (?:for|to|that|i)|"
    r"(?:suggest|recommend) (?:a |some |me )?(?:skills?|something|an? exercise)|"
    r"(?:which|what) skills?|need (?:a skill|something to calm|to calm down|help coping))\b",
    re.IGNORECASE,
)
_STATE_BUTTONS = (
    ("Panicky", "panicked"),
    ("Anxious", "anxious"),
    ("Angry", "angry"),
    ("Low", "sad"),
    ("Numb or far away", "dissociated"),
    ("Overwhelmed", "overwhelmed"),
    ("Wired", "elevated"),
    ("Mixed", "mixed"),
)


def asks_for_help(text: str) -> bool:
    return _HELP.search(text) is not None


def _state_in_words(text: str) -> EmotionState | None:
    """The first mood word of the taxonomy in ``text`` (for providers that found none)."""
    low = text.lower()
    found: list[tuple[int, str]] = []
    for state, words in taxonomy().synonyms.items():
        for word in (state, *words):
            match = re.search(rf"\b{re.escape(word.lower())}\b", low)
            if match:
                found.append((match.start(), state))
    if not found:
        return None
    state = min(found)[1]
    return EmotionState(family=family_of(state), state=state, source="what you said")  # type: ignore[arg-type]


def state_from_message(analysis: Analysis, text: str) -> EmotionState | None:
    shift = analysis.mood_shift
    if shift is not None and shift.current_state is not None:
        return EmotionState(
            family=shift.family or family_of(shift.current_state),
            state=shift.current_state,
            intensity=shift.intensity,
            source="what you said",
        )
    return _state_in_words(text)


def state_from_last_mood(turn: Turn) -> EmotionState | None:
    shift = turn.db.scalars(
        select(MoodShift)
        .where(MoodShift.user_id == turn.user_id, MoodShift.occurred_at >= turn.now - RECENT_MOOD)
        .order_by(MoodShift.occurred_at.desc(), MoodShift.id.desc())
        .limit(1)
    ).first()
    if shift is None:
        return None
    at = shift.occurred_at.astimezone(turn.zone)
    return EmotionState(
        family=shift.family,  # type: ignore[arg-type]
        state=shift.current_state,  # type: ignore[arg-type]
        intensity=shift.intensity,
        source=f"your mood log at {at:%H:%M}",
    )


def state_for_command(words: list[str]) -> EmotionState | None:
    """'/skills for panicked 8' -> panicked at 8/10."""
    if not words or words[0] not in MOOD_STATES:
        return None
    intensity = int(words[1]) if len(words) > 1 and words[1].isdigit() else None
    if intensity is not None and not 1 <= intensity <= 10:
        intensity = None
    return EmotionState(
        family=family_of(words[0]),  # type: ignore[arg-type]
        state=words[0],  # type: ignore[arg-type]
        intensity=intensity,
        source="what you picked",
    )


def _first_step(turn: Turn, suggestion: Suggestion) -> str:
    skill = get_skill(turn.db, suggestion.skill_id)
    return skill.steps[0] if skill is not None and skill.steps else ""


def _skill_buttons(suggestions: list[Suggestion]) -> tuple[tuple[Button, ...], ...]:
    return button_rows([(s.name, f"/skill {s.skill_id}") for s in suggestions], 3)


def ask_for_state() -> Reply:
    return Reply(
        text="I can suggest a skill for right now. What are you feeling?",
        buttons=button_rows(
            [(label, f"/skills for {state}") for label, state in _STATE_BUTTONS], 4
        ),
    )


def suggestion_replies(turn: Turn, state: EmotionState | None) -> list[Reply]:
    """The answer to "what can I do?": 1-3 skills with the reason for each."""
    if state is None:
        return [ask_for_state()]
    suggestions = suggest_for(turn.db, turn.user_id, state)
    if not suggestions:
        return [
            Reply(
                text="I have no skills to suggest from the frameworks you chose (or they are "
                "all on your avoid list). /skills shows the library and how to choose "
                "frameworks."
            )
        ]
    opening = f"From {state.source}: {state.describe()}."
    if state.very_intense:
        opening += " When a feeling is this strong, start with your body; thinking skills can wait."
    lines = [opening, ""]
    for number, suggestion in enumerate(suggestions, start=1):
        lines.append(
            f"{number}. {suggestion.name} ({suggestion.framework.upper()}): {suggestion.why()}."
        )
        step = _first_step(turn, suggestion)
        if step:
            lines.append(f"   First step: {step}")
    lines.append("")
    lines.append("Tap one for all the steps. If it helps, rate it there: I'll suggest it sooner.")
    return [Reply(text="\n".join(lines), buttons=_skill_buttons(suggestions))]


def offer_after_shift(turn: Turn, analysis: Analysis) -> Reply | None:
    """A short offer of skills after a high-intensity mood shift, or None."""
    shift = analysis.mood_shift
    if shift is None or shift.current_state is None:
        return None
    state = state_from_message(analysis, turn.text)
    if state is None or state.family == "stable":
        return None
    strong = (shift.intensity or 0) >= OFFER_INTENSITY or state.high_arousal
    if not strong:
        return None
    suggestions = suggest_for(turn.db, turn.user_id, state)
    if not suggestions:
        return None
    names = "; ".join(f"{s.name} ({s.reasons[0]})" if s.reasons else s.name for s in suggestions)
    return Reply(
        text=f"If it would help right now: {names}. Tap one for the steps.",
        buttons=_skill_buttons(suggestions),
    )
