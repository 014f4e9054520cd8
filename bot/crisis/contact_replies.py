"""Messages from emergency contacts who talk to the bot by chat (their own account).

A contact is a separate person with their own (usually empty) Sanctum account: nothing here
reads or shows the user's data. Recognised, in short messages only: STOP / unsubscribe
(final, for every user they are a contact for) and "on it" (acknowledges the latest alert
they received). A contact who never set Sanctum up for themselves gets a short explanation
instead of the companion's small talk.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.crisis import wording
from bot.crisis.answers import is_on_it, is_short, is_stop
from bot.crisis.contacts import contacts_of_identity, is_contact_identity
from bot.crisis.enrolment import opt_out
from bot.crisis.escalation import acknowledge
from bot.messages import Reply, button_rows
from bot.turn import Turn
from storage.models import CrisisIncident, EmergencyContact, OutboxMessage

OPEN_ALERT = ("alerting", "exhausted")


def introduced_name(contact: EmergencyContact) -> str:
    return contact.introduced_as or "the person who invited you"


def latest_alert(turn: Turn) -> tuple[CrisisIncident, EmergencyContact] | None:
    """The most recent alert sent to any contact entry of this chat account."""
    contacts = {contact.id: contact for contact in contacts_of_identity(turn.db, turn.user_id)}
    if not contacts:
        return None
    row = turn.db.scalars(
        select(OutboxMessage)
        .where(
            OutboxMessage.purpose == "alert",
            OutboxMessage.status == "sent",
            OutboxMessage.contact_id.in_(contacts),
        )
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    ).first()
    if row is None or row.incident_id is None or row.contact_id is None:
        return None
    incident = turn.db.get(CrisisIncident, row.incident_id)
    return (incident, contacts[row.contact_id]) if incident is not None else None


def stop_all(turn: Turn, via: str) -> list[Reply] | None:
    contacts = [
        contact
        for contact in contacts_of_identity(turn.db, turn.user_id)
        if contact.opt_in_state != "opted_out"
    ]
    if not contacts:
        return None
    for contact in contacts:
        opt_out(turn.db, contact, turn.now, via=via)
    users = ", ".join(dict.fromkeys(introduced_name(contact) for contact in contacts))
    return [Reply(text=wording.CONTACT_STOPPED.format(users=users))]


def acknowledge_latest(turn: Turn, via: str) -> list[Reply] | None:
    found = latest_alert(turn)
    if found is None:
        return None
    incident, contact = found
    outcome = acknowledge(turn.db, incident, contact, turn.now, via=via)
    user = introduced_name(contact)
    if outcome == "acknowledged":
        return [Reply(text=wording.CONTACT_ACKNOWLEDGED.format(user=user))]
    if outcome == "already":
        return [Reply(text=wording.CONTACT_ALREADY_ACKNOWLEDGED.format(user=user))]
    return [Reply(text=wording.CONTACT_NO_ALERT)]


def handle(turn: Turn) -> list[Reply] | None:
    """A reply for a contact's message, or None when it is not one (normal handling)."""
    if turn.crisis.level != "none" or not is_short(turn.text):
        return None
    if is_stop(turn.text):
        return stop_all(turn, via="chat_stop")
    if is_on_it(turn.text):
        replies = acknowledge_latest(turn, via="chat_reply")
        if replies is not None:
            return replies
    # Contacts write /optin first and never set Sanctum up; anyone else skips the lookup.
    maybe_contact_only = not (
        turn.first_message or turn.may_be_in_flow or turn.profile.intake_completed_at
    )
    if not maybe_contact_only or not is_contact_identity(turn.db, turn.user_id):
        return None
    found = latest_alert(turn)
    if found is not None and found[0].alert_status in OPEN_ALERT:
        return [
            Reply(
                text=wording.CONTACT_HELP_ALERT_OPEN.format(user=introduced_name(found[1])),
                buttons=button_rows([("I'm on it", "/ack")]),
            )
        ]
    names = ", ".join(
        dict.fromkeys(
            introduced_name(contact)
            for contact in contacts_of_identity(turn.db, turn.user_id)
            if contact.opt_in_state == "opted_in"
        )
    )
    if not names:
        return None
    return [Reply(text=wording.CONTACT_HELP.format(user=names))]
