"""Skill suggestions woven into the companion's answers to free text.

Wraps any companion (offline or LLM): a request for help while feeling something ("what can
I do, I'm panicking") is answered with suggestions from the person's own library, and a
high-intensity mood shift gets a short offer after the usual reply. Nothing is added while
a crisis is in play: the crisis path speaks alone.
"""

from __future__ import annotations

from bot.companion import Companion, ReplyPlan, offline_replies
from bot.messages import Reply
from bot.skills.offer import (
    ask_for_state,
    asks_for_help,
    offer_after_shift,
    state_from_last_mood,
    state_from_message,
    suggestion_replies,
)
from bot.turn import Turn
from bot.understanding.models import Analysis


class SkillSuggestingCompanion:
    def __init__(self, inner: Companion) -> None:
        self.inner = inner

    def prepare(self, turn: Turn, analysis: Analysis, recorded: str) -> ReplyPlan:
        if turn.crisis.level != "none" or analysis.crisis.level != "none":
            return self.inner.prepare(turn, analysis, recorded)
        if asks_for_help(turn.text):
            state = state_from_message(analysis, turn.text) or state_from_last_mood(turn)
            if state is not None:
                lead = [Reply(text=recorded)] if recorded else []
                return ReplyPlan.now([*lead, *suggestion_replies(turn, state)])
            plan = self.inner.prepare(turn, analysis, recorded)
            return _followed_by(plan, ask_for_state(), turn, analysis, recorded)
        plan = self.inner.prepare(turn, analysis, recorded)
        offer = offer_after_shift(turn, analysis)
        return _followed_by(plan, offer, turn, analysis, recorded) if offer is not None else plan


def _followed_by(
    plan: ReplyPlan, extra: Reply, turn: Turn, analysis: Analysis, recorded: str
) -> ReplyPlan:
    if plan.ready is not None:
        return ReplyPlan.now([*plan.ready, extra])
    generate = plan.generate
    return ReplyPlan(
        generate=(lambda: [*generate(), extra]) if generate else None,
        fallback=[*(plan.fallback or offline_replies(turn, analysis, recorded)), extra],
    )
