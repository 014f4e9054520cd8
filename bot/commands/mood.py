"""/mood: a quick log by buttons: a canonical state, then how well they are functioning."""

from __future__ import annotations

from bot.messages import Reply, button_rows
from bot.records.describe import FIX_HINT, describe_mood_shift
from bot.records.writer import RecordContext, write_mood_shift
from bot.turn import Turn
from bot.understanding.models import MoodShiftData
from bot.vocabulary import FUNCTIONALITY_LEVELS, MOOD_STATES, family_of

_FUNCTIONALITY_LABELS = {
    "crisis": "Can't function",
    "limited": "Struggling",
    "functional": "Getting by",
    "high": "Thriving",
}


def handle(turn: Turn, args: str) -> list[Reply]:
    words = args.lower().split()
    if not words:
        return [
            Reply(
                text="How are you feeling right now?",
                buttons=button_rows([(state, f"/mood {state}") for state in MOOD_STATES], 4),
            )
        ]
    state = words[0]
    if state not in MOOD_STATES or len(words) > 2:
        return [
            Reply(
                text=f"'{args[:40]}' isn't one of the states I log. Pick one:",
                buttons=button_rows([(s, f"/mood {s}") for s in MOOD_STATES], 4),
            )
        ]
    if len(words) == 1:
        options = [
            (label, f"/mood {state} {level}") for level, label in _FUNCTIONALITY_LABELS.items()
        ]
        options.append(("Skip", f"/mood {state} skip"))
        return [
            Reply(
                text=f"{state.capitalize()}. How well can you function right now?",
                buttons=button_rows(options, 3),
            )
        ]
    level = words[1]
    if level not in (*FUNCTIONALITY_LEVELS, "skip"):
        return [Reply(text="Choose crisis, limited, functional, high, or skip.")]
    data = MoodShiftData(
        current_state=state,  # type: ignore[arg-type]
        family=family_of(state),  # type: ignore[arg-type]
        functionality=None if level == "skip" else level,  # type: ignore[arg-type]
    )
    written = write_mood_shift(
        RecordContext.for_turn(turn), data, crisis_level=turn.crisis.level, source="quick"
    )
    assert written is not None
    return [Reply(text=f"I recorded {describe_mood_shift(written.record)}.\n{FIX_HINT}")]  # type: ignore[arg-type]
