"""/alerts: when Sanctum may alert your contacts, chosen in advance, and how it's going.

/alerts                 what is set, with buttons to choose
/alerts ask             at high risk, ask "may I tell NAME?" first
/alerts auto            in immediate danger, alert without asking (you are told)
/alerts both | never
/alerts timeout 15      minutes to wait for a contact's "I'm on it" before the next one
/alerts reach call me on +44 7700 900123   how contacts can reach you (sent with alerts)
/alerts status          the current alert, if any
"""

from __future__ import annotations

from sqlalchemy import select

from bot.crisis.contacts import alertable_contacts, display_name
from bot.crisis.policy import (
    MAX_ACK_TIMEOUT_MINUTES,
    MIN_ACK_TIMEOUT_MINUTES,
    describe_policy,
    load_policy,
    policy_for_update,
)
from bot.messages import Reply, button_rows
from bot.privacy.audit import audit
from bot.turn import Turn
from storage.models import CrisisIncident, EmergencyContact, OutboxMessage

MODES = {
    "ask": (True, False),
    "auto": (False, True),
    "both": (True, True),
    "never": (False, False),
    "off": (False, False),
}
MAX_REACH_CHARS = 200
STATUS_WORDS = {
    "none": "no alert",
    "awaiting_consent": "waiting for your answer to \u201cmay I tell \u2026?\u201d",
    "declined": "you said no, so nobody was told",
    "alerting": "alerting, waiting for someone to confirm",
    "acknowledged": "someone confirmed they're on it",
    "exhausted": "nobody confirmed in time",
    "rate_limited": "not sent: too many alerts today",
}


def handle(turn: Turn, args: str) -> list[Reply]:
    sub, _, rest = args.strip().partition(" ")
    action = sub.lower()
    if not action:
        return [_overview(turn)]
    if action in MODES:
        return [_set_mode(turn, action)]
    if action == "timeout":
        return [_set_timeout(turn, rest.strip())]
    if action == "reach":
        return [_set_reach(turn, rest.strip())]
    if action == "status":
        return [_status(turn)]
    return [Reply(text=f"I don't know '/alerts {sub}'. Send /alerts to see the choices.")]


def _overview(turn: Turn) -> Reply:
    policy = load_policy(turn.db, turn.user_id)
    agreed = alertable_contacts(turn.db, turn.user_id)
    lines = [
        f"When I may alert your emergency contacts: {describe_policy(policy)}.",
        f"Waiting for a contact's \u201cI'm on it\u201d: {policy.ack_timeout_minutes if policy else 15}"
        " minutes, then I alert the next one (/alerts timeout N).",
        "How they can reach you: "
        + (policy.reach_me if policy and policy.reach_me else "not set (/alerts reach ...)"),
        "Contacts who agreed: "
        + (", ".join(display_name(contact) for contact in agreed) or "none yet (/contacts)"),
        "An alert says only who you are, that you may need support now, how to reach you, "
        "and crisis lines. Never anything you wrote.",
    ]
    return Reply(
        text="\n".join(lines),
        buttons=button_rows(
            [
                ("Ask me first", "/alerts ask"),
                ("Automatic if in danger", "/alerts auto"),
                ("Both", "/alerts both"),
                ("Never", "/alerts never"),
            ],
            2,
        ),
    )


def _set_mode(turn: Turn, mode: str) -> Reply:
    policy = policy_for_update(turn.db, turn.user_id, turn.now)
    policy.ask_at_high, policy.auto_at_imminent = MODES[mode]
    policy.updated_at = turn.now
    audit(
        turn.db,
        actor=turn.actor,
        action="alert_policy_changed",
        subject_user_id=turn.user_id,
        at=turn.now,
        ask_at_high=policy.ask_at_high,
        auto_at_imminent=policy.auto_at_imminent,
    )
    text = f"Done. Alerts: {describe_policy(policy)}."
    if (policy.ask_at_high or policy.auto_at_imminent) and not alertable_contacts(
        turn.db, turn.user_id
    ):
        text += " None of your contacts has agreed yet, so nobody can be alerted: see /contacts."
    return Reply(text=text)


def _set_timeout(turn: Turn, value: str) -> Reply:
    if not value.isdigit() or not (
        MIN_ACK_TIMEOUT_MINUTES <= int(value) <= MAX_ACK_TIMEOUT_MINUTES
    ):
        return Reply(
            text=f"Give a number of minutes from {MIN_ACK_TIMEOUT_MINUTES} to "
            f"{MAX_ACK_TIMEOUT_MINUTES}, e.g. /alerts timeout 15."
        )
    policy = policy_for_update(turn.db, turn.user_id, turn.now)
    policy.ack_timeout_minutes = int(value)
    policy.updated_at = turn.now
    audit(
        turn.db,
        actor=turn.actor,
        action="alert_policy_changed",
        subject_user_id=turn.user_id,
        at=turn.now,
        ack_timeout_minutes=policy.ack_timeout_minutes,
    )
    return Reply(text=f"Done: if nobody confirms within {value} minutes, I alert the next contact.")


def _set_reach(turn: Turn, value: str) -> Reply:
    if not value:
        return Reply(
            text="Tell me how your contacts can reach you, e.g. /alerts reach call me on "
            "+44 7700 900123, or I'm usually at home (12 Elm Street). /alerts reach clear removes it."
        )
    if len(value) > MAX_REACH_CHARS:
        return Reply(text=f"Please keep it under {MAX_REACH_CHARS} characters.")
    policy = policy_for_update(turn.db, turn.user_id, turn.now)
    policy.reach_me = None if value.lower() == "clear" else value
    policy.updated_at = turn.now
    if policy.reach_me is None:
        return Reply(text="Removed. Alerts will ask contacts to reach you the way they usually do.")
    return Reply(text=f"Saved. Alerts will tell your contacts: {policy.reach_me}")


def _status(turn: Turn) -> Reply:
    incident = turn.db.scalars(
        select(CrisisIncident)
        .where(CrisisIncident.user_id == turn.user_id, CrisisIncident.kind == "crisis")
        .order_by(CrisisIncident.id.desc())
        .limit(1)
    ).first()
    if incident is None:
        return Reply(text="There has been no alert.")
    opened = incident.opened_at.astimezone(turn.zone)
    lines = [
        f"Latest episode: opened {opened:%a %d %b %H:%M}, {incident.status}; alert: "
        f"{STATUS_WORDS.get(incident.alert_status, incident.alert_status)}."
    ]
    rows = turn.db.execute(
        select(OutboxMessage, EmergencyContact)
        .join(EmergencyContact, EmergencyContact.id == OutboxMessage.contact_id)
        .where(OutboxMessage.incident_id == incident.id, OutboxMessage.purpose == "alert")
        .order_by(OutboxMessage.id)
    ).all()
    for row, contact in rows:
        when = f" at {row.sent_at.astimezone(turn.zone):%H:%M}" if row.sent_at else ""
        lines.append(f"• {contact.name} by {row.channel}: {row.status}{when}")
    return Reply(text="\n".join(lines))
