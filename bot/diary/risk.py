"""Diary ratings that mean risk, whichever way they arrive (a typed line, a button, an answer).

The text rules catch "urge to kill myself 5"; they cannot see a button press ("/diary set
suicide 5") or a short card answer ("sh 4"). Every recorded diary value is therefore checked
here too and, when it signals risk, goes through the same crisis path as a crisis message:

- an urge to kill oneself of 4-5, or acting on it: high (intent; an attempt in recent days);
- an urge to self-harm of 4-5, or self-harm done: moderate.
Lower ratings are recorded without an alarm; the card is a routine, daily tool.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.crisis.responder import CrisisAudience, immediate_replies
from bot.messages import Reply
from bot.turn import Turn
from bot.understanding.models import Analysis, CrisisAssessment
from bot.users import country_of
from bot.vocabulary import CrisisLevel, crisis_rank

STRONG_URGE = 4


def diary_risk(urges: Mapping[str, int], actions: Mapping[str, bool]) -> CrisisAssessment:
    found: list[tuple[CrisisLevel, str]] = []
    if actions.get("suicide"):
        found.append(("high", "diary_suicide_act"))
    if urges.get("suicide", 0) >= STRONG_URGE:
        found.append(("high", "diary_suicide_urge"))
    if actions.get("self_harm"):
        found.append(("moderate", "diary_self_harm_act"))
    if urges.get("self_harm", 0) >= STRONG_URGE:
        found.append(("moderate", "diary_self_harm_urge"))
    if not found:
        return CrisisAssessment()
    level = max((level for level, _ in found), key=crisis_rank)
    return CrisisAssessment(level=level, signals=[signal for _, signal in found])


def with_diary_risk(analysis: Analysis) -> Analysis:
    """The analysis with its crisis level raised (never lowered) by its diary ratings."""
    if analysis.dbt is None:
        return analysis
    risk = diary_risk(analysis.dbt.urges, analysis.dbt.actions)
    if risk.level == "none":
        return analysis
    level = max(analysis.crisis.level, risk.level, key=crisis_rank)
    signals = list(dict.fromkeys([*analysis.crisis.signals, *risk.signals]))
    return analysis.model_copy(update={"crisis": CrisisAssessment(level=level, signals=signals)})


def crisis_replies(turn: Turn, assessment: CrisisAssessment) -> list[Reply]:
    """Run the crisis path for risk found in recorded values; the replies go first."""
    if assessment.level == "none":
        return []
    if turn.escalate is not None:
        return turn.escalate(assessment)
    # Outside the core (a handler called directly): at least the fixed reply goes out.
    country = country_of(turn.profile, turn.settings)
    return immediate_replies(assessment, CrisisAudience(country=country, contact_name=None))
