"""What the bot says back to free text: the companion.

A companion works in two steps, so no network call ever happens while a database
transaction is open: ``prepare`` runs inside the message's transaction (it may read the
person's context), and the returned plan's ``produce`` runs after the commit (it may call an
LLM). The offline companion needs no second step: its plan is ready at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from bot.messages import Reply
from bot.turn import Turn
from bot.understanding.models import Analysis

_FAMILY_ACKNOWLEDGEMENTS = {
    "depressive": "That sounds heavy. I'm glad you told me.",
    "anxious": "That sounds like a lot to hold. Slow breaths can help: in for 4, out for 6.",
    "angry": "That sounds really frustrating.",
    "dissociative": "Feeling far away is hard. Noticing five things you can see may help you land.",
    "stable": "Good to hear.",
    "elevated": "Lots of energy. Keep an eye on sleep and spending; I'll help you track it.",
    "mixed": "Mixed states are exhausting. Thank you for noticing and writing it down.",
}


@dataclass
class ReplyPlan:
    """Replies known now (``ready``), or a later step that makes them (``produce``)."""

    ready: list[Reply] | None = None
    generate: Callable[[], list[Reply]] | None = None
    # Sent instead when ``generate`` fails (e.g. the AI is unavailable).
    fallback: list[Reply] = field(default_factory=list)

    @classmethod
    def now(cls, replies: list[Reply]) -> ReplyPlan:
        return cls(ready=replies)

    @property
    def is_ready(self) -> bool:
        return self.ready is not None


class Companion(Protocol):
    def prepare(self, turn: Turn, analysis: Analysis, recorded: str) -> ReplyPlan: ...


def offline_replies(turn: Turn, analysis: Analysis, recorded: str) -> list[Reply]:
    name = turn.profile.name
    if analysis.intent == "greeting" and not recorded:
        hello = f"Hi {name}!" if name else "Hi!"
        return [Reply(text=f"{hello} How are you feeling right now?")]
    if analysis.intent == "question" and not recorded:
        return [
            Reply(
                text="I'm running in offline mode, so I can't answer open questions well "
                "yet. I can record how you feel, your check-ins, diary lines and "
                "medication, and summarise them: see /help."
            )
        ]
    if recorded:
        acknowledgement = ""
        # After a crisis reply, the record is confirmed plainly, without small talk.
        if analysis.mood_shift and analysis.mood_shift.family and not turn.crisis_reply_sent:
            acknowledgement = _FAMILY_ACKNOWLEDGEMENTS.get(analysis.mood_shift.family, "")
        return [Reply(text=f"{acknowledgement}\n{recorded}".strip())]
    return [
        Reply(
            text="Thank you for telling me; it's in your log. If you'd like me to record a "
            "mood, say how you feel (e.g. 'anxious after the meeting') or use /mood."
        )
    ]


class OfflineCompanion:
    """Honest about being simple: confirms what it recorded, greets, points to /help."""

    def prepare(self, turn: Turn, analysis: Analysis, recorded: str) -> ReplyPlan:
        return ReplyPlan.now(offline_replies(turn, analysis, recorded))
