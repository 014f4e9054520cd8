"""What the bot says back to free text when no LLM is configured (the offline companion).

It is honest about being simple: it confirms what it recorded, greets, and points to what it
can do. An LLM provider, when configured, replaces the conversational part, never the records.
"""

from __future__ import annotations

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


class Companion(Protocol):
    def compose(self, turn: Turn, analysis: Analysis, recorded: str) -> list[Reply]: ...


class OfflineCompanion:
    def compose(self, turn: Turn, analysis: Analysis, recorded: str) -> list[Reply]:
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
            if analysis.mood_shift and analysis.mood_shift.family:
                acknowledgement = _FAMILY_ACKNOWLEDGEMENTS.get(analysis.mood_shift.family, "")
            text = f"{acknowledgement}\n{recorded}".strip()
            return [Reply(text=text)]
        return [
            Reply(
                text="Thank you for telling me; it's in your log. If you'd like me to record a "
                "mood, say how you feel (e.g. 'anxious after the meeting') or use /mood."
            )
        ]
