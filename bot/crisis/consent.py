"""The "may I tell NAME?" question, a conversation flow whose answer can start an alert.

The question is asked at high risk when the user's policy says "ask first". Its state lives in
``conversation_states`` (flow ``crisis_consent``, two hours) and carries only the incident id.
A clear yes or no answers it even if the core paused the flow because another crisis message
came in between (in a crisis that is the usual case); anything else is left to the rest of
the conversation. Only a yes to this question, or the user's automatic policy, starts alerts:
free text such as "message all my contacts now" never does.
"""

from __future__ import annotations

from datetime import timedelta

from bot.conversations.state import enter_flow, finish, get_flow
from bot.crisis import wording
from bot.crisis.answers import yes_or_no
from bot.crisis.contacts import display_name
from bot.crisis.escalation import emergency_for, start_alerting
from bot.crisis.incidents import log_event
from bot.messages import Reply, button_rows
from bot.privacy.audit import audit
from bot.turn import Turn
from storage.models import ConversationState, CrisisIncident, EmergencyContact

FLOW = "crisis_consent"
TTL = timedelta(hours=2)


def ask(turn: Turn, incident: CrisisIncident, contact: EmergencyContact) -> list[Reply]:
    incident.alert_status = "awaiting_consent"
    incident.consent_asked_level = turn.crisis.level
    enter_flow(
        turn.db, turn.user_id, FLOW, "ask", turn.now, data={"incident": incident.id}, ttl=TTL
    )
    audit(
        turn.db,
        actor="system",
        action="alert_consent_asked",
        subject_user_id=turn.user_id,
        at=turn.now,
        incident_id=incident.id,
        contact_id=contact.id,
    )
    log_event(turn.db, incident, "consent_asked", turn.now, contact_id=contact.id)
    name = display_name(contact)
    return [
        Reply(
            text=wording.CONSENT_FOLLOW_UP.format(name=name),
            buttons=button_rows([(f"Yes, tell {name}"[:64], "yes"), ("No", "no")], 2),
            urgent=True,
        )
    ]


def answer_flow(turn: Turn, state: ConversationState) -> list[Reply] | None:
    """FLOW_HANDLERS entry: the flow is active and the user wrote something."""
    answer = yes_or_no(turn.text)
    if answer is None:
        return None
    return _resolve(turn, state, answer)


def answer_pending(turn: Turn) -> list[Reply] | None:
    """A clear yes/no while the question is open, active or paused by a crisis message."""
    answer = yes_or_no(turn.text)
    if answer is None:
        return None
    state = get_flow(turn.db, turn.user_id, FLOW)
    if state is None:
        return None
    if state.expires_at is not None and state.expires_at <= turn.now:
        finish(turn.db, state)
        return None
    return _resolve(turn, state, answer)


def _resolve(turn: Turn, state: ConversationState, answer: str) -> list[Reply] | None:
    incident_id = (state.data or {}).get("incident")
    incident = turn.db.get(CrisisIncident, incident_id) if incident_id else None
    finish(turn.db, state)
    if incident is None or incident.status != "open" or incident.alert_status != "awaiting_consent":
        return None  # the question is moot (alerting already started, incident gone)
    incident.consent_answered_at = turn.now
    audit(
        turn.db,
        actor=turn.actor,
        action="alert_consent",
        subject_user_id=turn.user_id,
        at=turn.now,
        incident_id=incident.id,
        answer=answer,
    )
    log_event(turn.db, incident, "consent", turn.now, answer=answer)
    emergency = emergency_for(turn.db, turn.user_id, turn.settings)
    if answer == "no":
        incident.alert_status = "declined"
        return [Reply(text=wording.CONSENT_NO.format(emergency=emergency))]
    started = start_alerting(
        turn.db, incident, turn.now, turn.settings, trigger="consent", actor=turn.actor
    )
    if started.outcome == "rate_limited":
        return [Reply(text=wording.ALERT_RATE_LIMITED.format(emergency=emergency))]
    if started.first_contact is None:
        incident.alert_status = "none"
        return [Reply(text=wording.CONSENT_NO_CONTACTS.format(emergency=emergency))]
    name = display_name(started.first_contact)
    return [Reply(text=wording.CONSENT_YES.format(name=name, emergency=emergency))]
