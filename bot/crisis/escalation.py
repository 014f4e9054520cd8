"""Alerting contacts for an incident: start, escalate, acknowledge.

Like PagerDuty's escalation policies: contacts are alerted one at a time in the user's order.
If nobody acknowledges within the user's timeout, the next contact is alerted; after the last
one the list starts again with reminders, up to ``alert_max_rounds`` times, then the user is
told to reach a helpline directly. A contact that cannot be reached on any channel is skipped
at once. An acknowledgement stops everything and tells the user someone is coming.

Every function here runs inside the caller's transaction and only writes rows (incident
state, outbox messages, audit): nothing is sent from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.crisis import wording
from bot.crisis.contacts import alertable_contacts, channels_of, display_name
from bot.crisis.helplines import emergency_number_for, helpline_lines_for
from bot.crisis.incidents import log_event
from bot.crisis.notices import notify_user
from bot.crisis.outbox import alert_key, alerts_in_window, cancel_open, enqueue
from bot.crisis.policy import ack_timeout_minutes, load_policy
from bot.crisis.responder import FALLBACK_EMERGENCY_NUMBER
from bot.privacy.audit import audit
from bot.settings import Settings
from bot.users import country_of
from storage.models import CrisisIncident, EmergencyContact, OutboxMessage, Profile

RATE_WINDOW = timedelta(hours=24)

StartOutcome = Literal["started", "no_contacts", "rate_limited", "already"]
AckOutcome = Literal["acknowledged", "already", "no_alert"]


@dataclass(frozen=True)
class AlertStart:
    outcome: StartOutcome
    first_contact: EmergencyContact | None = None


def user_country(db: Session, user_id: int, settings: Settings) -> str | None:
    profile = db.get(Profile, user_id)
    return country_of(profile, settings)


def emergency_for(db: Session, user_id: int, settings: Settings) -> str:
    return emergency_number_for(user_country(db, user_id, settings)) or FALLBACK_EMERGENCY_NUMBER


def _timeout(db: Session, user_id: int) -> timedelta:
    return timedelta(minutes=ack_timeout_minutes(load_policy(db, user_id)))


def _rate_limited(db: Session, user_id: int, now: datetime, settings: Settings) -> bool:
    return alerts_in_window(db, user_id, now - RATE_WINDOW) >= settings.alert_max_per_day


def alerts_rate_limited(db: Session, user_id: int, now: datetime, settings: Settings) -> bool:
    """Whether a new alert now would exceed the user's daily cap."""
    return _rate_limited(db, user_id, now, settings)


def start_alerting(
    db: Session,
    incident: CrisisIncident,
    now: datetime,
    settings: Settings,
    *,
    trigger: Literal["consent", "auto"],
    actor: str,
) -> AlertStart:
    if incident.alert_status in ("alerting", "acknowledged", "exhausted"):
        return AlertStart("already")
    contacts = alertable_contacts(db, incident.user_id)
    if not contacts:
        return AlertStart("no_contacts")
    if _rate_limited(db, incident.user_id, now, settings):
        incident.alert_status = "rate_limited"
        audit(
            db,
            actor=actor,
            action="alert_rate_limited",
            subject_user_id=incident.user_id,
            at=now,
            incident_id=incident.id,
            limit=settings.alert_max_per_day,
        )
        log_event(db, incident, "alert_rate_limited", now)
        return AlertStart("rate_limited")
    incident.alert_status = "alerting"
    incident.alert_trigger = trigger
    incident.alert_started_at = now
    incident.alert_sequence = [contact.id for contact in contacts]
    incident.escalation_step = 0
    incident.next_escalation_at = now + _timeout(db, incident.user_id)
    audit(
        db,
        actor=actor,
        action="alert_started",
        subject_user_id=incident.user_id,
        at=now,
        incident_id=incident.id,
        trigger=trigger,
        contacts=len(contacts),
    )
    log_event(db, incident, "alert_started", now, trigger=trigger, contacts=incident.alert_sequence)
    queue_alert(db, incident, contacts[0], 1, now)
    return AlertStart("started", contacts[0])


def queue_alert(
    db: Session, incident: CrisisIncident, contact: EmergencyContact, round_: int, now: datetime
) -> OutboxMessage | None:
    """Queue the alert on the contact's first channel not yet used in this round."""
    for channel in channels_of(db, contact.id):
        row = enqueue(
            db,
            user_id=incident.user_id,
            purpose="alert",
            channel=channel.channel,
            address=channel.address,
            key=alert_key(incident.id, contact.id, channel.channel, round_),
            now=now,
            incident_id=incident.id,
            contact_id=contact.id,
            round_=round_,
        )
        if row is None:
            continue  # this channel was already used for this round
        audit(
            db,
            actor="system",
            action="alert_queued",
            subject_user_id=incident.user_id,
            at=now,
            incident_id=incident.id,
            contact_id=contact.id,
            channel=channel.channel,
            outbox_id=row.id,
            round=round_,
        )
        log_event(
            db,
            incident,
            "alert_queued",
            now,
            contact_id=contact.id,
            channel=channel.channel,
            round=round_,
        )
        return row
    return None


def current_contact_id(incident: CrisisIncident) -> int | None:
    sequence = incident.alert_sequence or []
    return sequence[incident.escalation_step % len(sequence)] if sequence else None


def contact_unreachable(
    db: Session, incident: CrisisIncident, contact_id: int, now: datetime
) -> None:
    """No channel of this contact took the alert: move on now rather than after the timeout."""
    if incident.alert_status == "alerting" and current_contact_id(incident) == contact_id:
        incident.next_escalation_at = now
        log_event(db, incident, "contact_unreachable", now, contact_id=contact_id)


def escalate(db: Session, incident: CrisisIncident, now: datetime, settings: Settings) -> None:
    """The timeout passed without acknowledgement: alert the next contact, or give up."""
    sequence = list(incident.alert_sequence or [])
    if not sequence:
        _exhaust(db, incident, now, settings, "no_contacts")
        return
    total = len(sequence) * settings.alert_max_rounds
    previous_id = current_contact_id(incident)
    step = incident.escalation_step + 1
    chosen: EmergencyContact | None = None
    while step < total:
        contact = db.get(EmergencyContact, sequence[step % len(sequence)])
        if (
            contact is not None
            and contact.opt_in_state == "opted_in"
            and not _unreachable(db, incident.id, contact.id)
        ):
            if _rate_limited(db, incident.user_id, now, settings):
                _exhaust(db, incident, now, settings, "rate_limited")
                return
            if queue_alert(db, incident, contact, step // len(sequence) + 1, now) is not None:
                chosen = contact
                break
        step += 1
    if chosen is None:
        _exhaust(db, incident, now, settings, "no_acknowledgement")
        return
    incident.escalation_step = step
    incident.next_escalation_at = now + _timeout(db, incident.user_id)
    repeat = step >= len(sequence)
    audit(
        db,
        actor="system",
        action="alert_escalated",
        subject_user_id=incident.user_id,
        at=now,
        incident_id=incident.id,
        step=step,
        contact_id=chosen.id,
        repeat=repeat,
    )
    log_event(db, incident, "escalated", now, step=step, contact_id=chosen.id, repeat=repeat)
    previous = db.get(EmergencyContact, previous_id) if previous_id else None
    if repeat or previous is None or previous.id == chosen.id:
        text = wording.NOTICE_REPEATED.format(name=display_name(chosen))
    else:
        text = wording.NOTICE_ESCALATED.format(
            previous=display_name(previous), name=display_name(chosen)
        )
    notify_user(
        db,
        incident.user_id,
        key=f"escalated:{incident.id}:{step}",
        text=text,
        now=now,
        incident_id=incident.id,
    )


def _unreachable(db: Session, incident_id: int, contact_id: int) -> bool:
    """Every channel of this contact refused (or kept failing) this incident's alert."""
    statuses = set(
        db.scalars(
            select(OutboxMessage.status).where(
                OutboxMessage.incident_id == incident_id,
                OutboxMessage.contact_id == contact_id,
                OutboxMessage.purpose == "alert",
            )
        )
    )
    return bool(statuses) and statuses <= {"refused", "failed"}


def _exhaust(
    db: Session, incident: CrisisIncident, now: datetime, settings: Settings, reason: str
) -> None:
    incident.alert_status = "exhausted"
    incident.next_escalation_at = None
    audit(
        db,
        actor="system",
        action="alert_exhausted",
        subject_user_id=incident.user_id,
        at=now,
        incident_id=incident.id,
        reason=reason,
    )
    log_event(db, incident, "alert_exhausted", now, reason=reason)
    country = user_country(db, incident.user_id, settings)
    notify_user(
        db,
        incident.user_id,
        key=f"exhausted:{incident.id}",
        text=wording.NOTICE_EXHAUSTED.format(
            emergency=emergency_number_for(country) or FALLBACK_EMERGENCY_NUMBER,
            helplines=helpline_lines_for(country),
        ),
        now=now,
        incident_id=incident.id,
    )


def acknowledge(
    db: Session,
    incident: CrisisIncident,
    contact: EmergencyContact,
    now: datetime,
    *,
    via: str,
) -> AckOutcome:
    if incident.alert_status == "acknowledged":
        return "already"
    if incident.alert_status not in ("alerting", "exhausted"):
        return "no_alert"
    incident.alert_status = "acknowledged"
    incident.acknowledged_at = now
    incident.acknowledged_by_contact_id = contact.id
    incident.next_escalation_at = None
    cancelled = cancel_open(db, reason="acknowledged", incident_id=incident.id, purpose="alert")
    audit(
        db,
        actor=f"contact:{contact.id}",
        action="alert_acknowledged",
        subject_user_id=incident.user_id,
        at=now,
        incident_id=incident.id,
        contact_id=contact.id,
        via=via,
        cancelled=cancelled,
    )
    log_event(db, incident, "acknowledged", now, contact_id=contact.id, via=via)
    notify_user(
        db,
        incident.user_id,
        key=f"ack:{incident.id}",
        text=wording.NOTICE_ACKNOWLEDGED.format(name=display_name(contact)),
        now=now,
        incident_id=incident.id,
        contact_id=contact.id,
    )
    return "acknowledged"
