"""The immediate answer to a crisis message: fixed, reviewed texts from prompts/crisis/.

No LLM is involved and nothing here waits on the network or the database: the helplines
come from a data file read once, and who may be named was decided while storing the message.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.messages import Reply
from bot.understanding.models import CrisisAssessment
from prompts import render_prompt

FALLBACK_EMERGENCY_NUMBER = "your local emergency number (112 in Europe, 911 in North America)"
FALLBACK_HELPLINES = (
    "• Find a free, confidential helpline in your country: https://findahelpline.com"
)


# Low diary ratings ("sh urge 2") are a routine part of a daily card: recorded and
# acknowledged where the card is, without the crisis check-in.
ROUTINE_LOW_SIGNALS = frozenset({"rated_urge", "rated_suicide_urge"})


@dataclass(frozen=True)
class CrisisAudience:
    """What the immediate reply may use: where the person is and who they chose."""

    country: str | None
    contact_name: str | None  # an opted-in emergency contact the bot may offer to tell
    # The person chose, in advance, that this contact is alerted without asking at this level.
    alerting_now: bool = False


def contact_line(audience: CrisisAudience) -> str:
    """The offer to tell their contact (or, by their own choice, the news that it is done)."""
    if not audience.contact_name:
        return ""
    if audience.alerting_now:
        return alerting_statement(audience.contact_name)
    return f"Would you like me to let {audience.contact_name} know you need support?"


def alerting_statement(contact_name: str) -> str:
    return (
        f"As you chose, I'm letting {contact_name} know now that you may need support. "
        "I don't share anything you wrote."
    )


def immediate_replies(assessment: CrisisAssessment, audience: CrisisAudience) -> list[Reply]:
    from bot.crisis.helplines import emergency_number_for, helpline_lines_for

    helplines = helpline_lines_for(audience.country) or FALLBACK_HELPLINES
    if assessment.level == "low":
        if assessment.signals and set(assessment.signals) <= ROUTINE_LOW_SIGNALS:
            return []
        return [Reply(text=render_prompt("crisis/low.txt"), urgent=True)]
    if assessment.level == "moderate":
        return [Reply(text=render_prompt("crisis/moderate.txt", helplines=helplines), urgent=True)]
    if assessment.level in ("high", "imminent"):
        text = render_prompt(
            "crisis/high.txt",
            emergency_number=emergency_number_for(audience.country) or FALLBACK_EMERGENCY_NUMBER,
            helplines=helplines,
            contact_offer=contact_line(audience),
        )
        return [Reply(text=text, urgent=True)]
    return []
