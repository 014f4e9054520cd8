"""How to talk with them: tone, pacing, topics to avoid, their own crisis phrases."""

from __future__ import annotations

from bot.personality import PACINGS, TONES
from context_builder.sections.base import Inputs, Section
from context_builder.text import quote


def _listed(items: list[str] | None, count: int, chars: int) -> str:
    chosen = [quote(item, chars) for item in (items or [])[:count]]
    more = len(items or []) - len(chosen)
    return ", ".join(chosen) + (f" (and {more} more)" if more > 0 else "")


def personality(inputs: Inputs) -> Section:
    settings = inputs.personality
    tone = settings.tone if settings.tone in TONES else 4
    pacing = settings.pacing if settings.pacing in PACINGS else "adaptive"

    def render(count: int, chars: int) -> str:
        lines = [
            f"Tone: {tone} of 5, {TONES[tone]} (1 is clinical, 5 is very supportive)",
            f"Pacing: {pacing}, {PACINGS[pacing]}",
        ]
        if settings.topics_to_avoid:
            lines.append(
                "Topics to avoid unless they bring them up: "
                + _listed(settings.topics_to_avoid, count, chars)
            )
        if settings.crisis_phrases:
            lines.append(
                "Their own words for a crisis (take these as seriously as explicit ones): "
                + _listed(settings.crisis_phrases, count, chars)
            )
        return "\n".join(lines)

    return Section("personality", "How to talk with them", 95, (render(12, 60), render(5, 40)))
