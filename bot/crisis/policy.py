"""The user's alert policy, chosen in advance, and what it means for one crisis message.

never (the default): no contact is ever alerted. ask at high: at high or imminent risk the
bot asks "may I tell NAME?" and alerts only after a yes. automatic at imminent: at imminent
risk the contacts are alerted without asking and the user is told. Both may be on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session

from bot.vocabulary import CrisisLevel, crisis_rank
from storage.models import AlertPolicy, CrisisIncident

DEFAULT_ACK_TIMEOUT_MINUTES = 15
MIN_ACK_TIMEOUT_MINUTES = 5
MAX_ACK_TIMEOUT_MINUTES = 120

AlertDecision = Literal["ask", "auto", "none"]

# Alerting has begun (or ended) for the incident: nothing more to ask or start.
ALERT_UNDER_WAY = frozenset({"alerting", "acknowledged", "exhausted", "rate_limited"})


def load_policy(db: Session, user_id: int) -> AlertPolicy | None:
    return db.get(AlertPolicy, user_id)


def policy_for_update(db: Session, user_id: int, now: datetime) -> AlertPolicy:
    policy = db.get(AlertPolicy, user_id)
    if policy is None:
        policy = AlertPolicy(
            user_id=user_id,
            ask_at_high=False,
            auto_at_imminent=False,
            ack_timeout_minutes=DEFAULT_ACK_TIMEOUT_MINUTES,
            updated_at=now,
        )
        db.add(policy)
    return policy


def ack_timeout_minutes(policy: AlertPolicy | None) -> int:
    return policy.ack_timeout_minutes if policy is not None else DEFAULT_ACK_TIMEOUT_MINUTES


def describe_policy(policy: AlertPolicy | None) -> str:
    if policy is None or not (policy.ask_at_high or policy.auto_at_imminent):
        return "never: I don't alert anyone"
    parts = []
    if policy.ask_at_high:
        parts.append("at high risk I ask you first (\u201cmay I tell \u2026?\u201d)")
    if policy.auto_at_imminent:
        parts.append("in immediate danger I alert them without asking, and tell you")
    return "; ".join(parts)


def decide(
    level: CrisisLevel, policy: AlertPolicy | None, incident: CrisisIncident | None
) -> AlertDecision:
    """Whether this message should start alerting, ask first, or do nothing."""
    if policy is None or crisis_rank(level) < crisis_rank("high"):
        return "none"
    status = incident.alert_status if incident is not None else "none"
    if status in ALERT_UNDER_WAY:
        return "none"
    if level == "imminent" and policy.auto_at_imminent:
        return "auto"
    if not policy.ask_at_high:
        return "none"
    # A "no" holds for the incident unless the risk rises above what was asked about.
    declined_at = incident.consent_asked_level if incident and status == "declined" else None
    if declined_at and crisis_rank(level) <= crisis_rank(declined_at):  # type: ignore[arg-type]
        return "none"
    return "ask"
