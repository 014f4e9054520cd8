"""The crisis path around the immediate reply: incidents, consent, alerts, a day's concern.

The core calls, on every message with risk: ``audience`` while storing the message (so the
immediate reply can name the contact, or say it is being alerted), then ``record`` inside the message's transaction,
after the reply was sent. On free text it asks ``answer`` first (a yes to "may I tell NAME?",
a contact's STOP or "on it"), and after the records are written ``review_day`` (the day's
pattern may open a concern). Alerts are only written to the outbox here, in the same
transaction as the incident; the dispatcher sends them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session

from bot.crisis import consent, contact_replies, day_concern, wording
from bot.crisis.contacts import alertable_contacts, display_name
from bot.crisis.escalation import alerts_rate_limited, emergency_for, start_alerting
from bot.crisis.incidents import (
    join_incident,
    log_event,
    open_incident,
    opens_incident,
    start_incident,
)
from bot.crisis.policy import decide, load_policy
from bot.crisis.responder import CrisisAudience, alerting_statement
from bot.messages import Reply
from bot.settings import Settings
from bot.turn import Turn
from bot.understanding.models import CrisisAssessment
from bot.users import country_of
from bot.vocabulary import crisis_rank
from storage.models import CrisisIncident, Profile


class CrisisPath(Protocol):
    def audience(
        self,
        db: Session,
        user_id: int,
        profile: Profile,
        assessment: CrisisAssessment,
        now: datetime,
    ) -> CrisisAudience: ...

    def record(
        self, turn: Turn, assessment: CrisisAssessment, sent: list[Reply]
    ) -> list[Reply]: ...

    def answer(self, turn: Turn) -> list[Reply] | None: ...

    def review_day(self, turn: Turn) -> list[Reply]: ...


class SafetyPath:
    """Incidents from moderate risk up, the user's alert policy, consent and the outbox."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def follow_up(self) -> timedelta:
        return timedelta(minutes=self.settings.crisis_follow_up_minutes)

    @property
    def quiet(self) -> timedelta:
        return timedelta(hours=self.settings.crisis_incident_quiet_hours)

    def audience(
        self,
        db: Session,
        user_id: int,
        profile: Profile,
        assessment: CrisisAssessment,
        now: datetime,
    ) -> CrisisAudience:
        country = country_of(profile, self.settings)
        if crisis_rank(assessment.level) < crisis_rank("high"):
            return CrisisAudience(country, None)
        policy = load_policy(db, user_id)
        if policy is None or not (policy.ask_at_high or policy.auto_at_imminent):
            return CrisisAudience(country, None)
        incident = open_incident(db, user_id, now, self.quiet)
        decision = decide(assessment.level, policy, incident)
        if decision == "none":
            return CrisisAudience(country, None)
        contacts = alertable_contacts(db, user_id)
        if not contacts:
            return CrisisAudience(country, None)
        if decision == "auto" and alerts_rate_limited(db, user_id, now, self.settings):
            return CrisisAudience(country, None)  # don't announce an alert that won't go out
        return CrisisAudience(country, display_name(contacts[0]), alerting_now=decision == "auto")

    def record(self, turn: Turn, assessment: CrisisAssessment, sent: list[Reply]) -> list[Reply]:
        level = assessment.level
        incident = open_incident(turn.db, turn.user_id, turn.now, self.quiet)
        if incident is None:
            if not opens_incident(level):
                return []
            incident = start_incident(turn.db, turn.user_id, level, turn.now)
        join_incident(incident, level, turn.now, self.follow_up)
        log_event(
            turn.db,
            incident,
            "message",
            turn.now,
            level=level,
            signals=list(assessment.signals),
            message_id=turn.message_id,
        )
        for reply in sent:
            log_event(turn.db, incident, "reply", turn.now, level=level, text=reply.text)
        return self._alerts(turn, incident, sent)

    def _alerts(self, turn: Turn, incident: CrisisIncident, sent: list[Reply]) -> list[Reply]:
        decision = decide(turn.crisis.level, load_policy(turn.db, turn.user_id), incident)
        if decision == "none":
            return []
        contacts = alertable_contacts(turn.db, turn.user_id)
        if not contacts:
            return []
        if decision == "ask":
            return consent.ask(turn, incident, contacts[0])
        started = start_alerting(
            turn.db, incident, turn.now, self.settings, trigger="auto", actor="system"
        )
        if started.outcome == "rate_limited":
            emergency = emergency_for(turn.db, turn.user_id, self.settings)
            return [Reply(text=wording.ALERT_RATE_LIMITED.format(emergency=emergency))]
        if started.first_contact is None:
            return []
        statement = alerting_statement(display_name(started.first_contact))
        if any(statement in reply.text for reply in sent):
            return []  # the immediate reply already said so
        return [Reply(text=statement, urgent=True)]

    def answer(self, turn: Turn) -> list[Reply] | None:
        replies = consent.answer_pending(turn)
        if replies is not None:
            return replies
        return contact_replies.handle(turn)

    def review_day(self, turn: Turn) -> list[Reply]:
        return day_concern.review_day(turn)
