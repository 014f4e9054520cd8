"""Facts about a whole message that several rules need, worked out once per view."""

from __future__ import annotations

from dataclasses import dataclass

from bot.crisis.context import (
    Segments,
    When,
    has_soon_time,
    has_strong_time,
    is_resolved,
    is_told_as_over,
    time_of,
)


@dataclass(frozen=True, slots=True)
class MessageFacts:
    soon_any: bool  # a near time of any kind: "now", "today", "tonight", "in an hour"
    soon_definite: bool  # a definite near time: "tonight", "right now", "in an hour"
    resolved: bool  # "I'm doing much better now", "two years clean"
    over: bool  # resolved, or told as over in wider words ("long behind me"): see context.py

    @classmethod
    def of(cls, text: str) -> MessageFacts:
        resolved = is_resolved(text)
        return cls(
            soon_any=has_soon_time(text),
            soon_definite=has_strong_time(text),
            resolved=resolved,
            over=resolved or is_told_as_over(text),
        )


def act_time(text: str, segments: Segments, facts: MessageFacts, pos: int) -> When:
    """When a reported act at ``pos`` happened: now, recent, long_ago or unstated.

    The clause speaks first, then its sentence. A definite near time elsewhere in the message
    makes an undated act urgent; an undated act is taken as past only when the message says
    the crisis is over ("I'm doing much better now").
    """
    when = time_of(text, segments, pos)
    if when is None and facts.soon_definite:
        when = When.NOW
    if when is None and facts.resolved:
        when = When.LONG_AGO
    return when or When.UNSTATED
