"""Turning a delivery row into a message and a destination, from current data, when it is sent.

Buttons carry the text sent back into the core when pressed ("/checkin mood 6",
"/med taken 12", "/snooze 30 12"), so answers go through the same pipeline, crisis check
first, as anything the person types.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.messages import Button, button_rows
from bot.outbound import OutboundMessage
from bot.privacy.audit import audit
from scheduler import crisis_followups
from scheduler.digest import digest_figures, render_digest
from scheduler.recipients import Recipient, destination
from storage.models import Appointment, Caregiver, Medication, ReminderDelivery

# Later than this after its due time, a reminder says that it is late and why.
LATE_NOTE_AFTER = timedelta(minutes=10)
SNOOZE_MINUTES = 30


@dataclass(frozen=True)
class Envelope:
    channel: str
    address: str
    message: OutboundMessage


@dataclass(frozen=True)
class Undeliverable:
    reason: str  # a code for the delivery's detail column: no_channel, gone, not_opted_in


def compose(
    db: Session,
    delivery: ReminderDelivery,
    now: datetime,
    channel_names: frozenset[str],
    recipient: Recipient,
) -> Envelope | Undeliverable:
    zone = recipient.zone
    if delivery.kind == "digest":
        return _digest(db, delivery, channel_names, recipient.name)
    reachable = destination(recipient, channel_names)
    if reachable is None:
        return Undeliverable("no_channel")
    body = _user_message(db, delivery, now, recipient.name, zone)
    if isinstance(body, Undeliverable):
        return body
    subject, text, buttons = body
    if delivery.kind != "crisis_followup" and now - delivery.due_at > LATE_NOTE_AFTER:
        due = delivery.due_at.astimezone(zone)
        when = f"{due:%H:%M}" if due.date() == now.astimezone(zone).date() else f"{due:%a %H:%M}"
        text += f"\n\n(This is late: it was due at {when}, and I couldn't send it then.)"
    channel, address = reachable
    return Envelope(
        channel,
        address,
        OutboundMessage(
            subject=subject, text=text, buttons=buttons, key=f"sanctum-reminder-{delivery.id}"
        ),
    )


Body = tuple[str, str, tuple[tuple[Button, ...], ...]]


def _user_message(
    db: Session, delivery: ReminderDelivery, now: datetime, name: str | None, zone: ZoneInfo
) -> Body | Undeliverable:
    snooze = ("In 30 min", f"/snooze {SNOOZE_MINUTES} {delivery.id}")
    again = delivery.schedule_key.startswith("snooze:")
    if delivery.kind == "checkin":
        return _checkin(delivery, name, again, snooze)
    if delivery.kind == "medication":
        medication = db.get(Medication, delivery.ref_id) if delivery.ref_id else None
        if medication is None or not medication.active or medication.user_id != delivery.user_id:
            return Undeliverable("gone")
        dose = f" ({medication.dose})" if medication.dose else ""
        return (
            f"Sanctum: {medication.name}",
            f"Time for your {medication.name}{dose}.",
            button_rows(
                [
                    ("Taken", f"/med taken {delivery.id}"),
                    ("Skip", f"/med skip {delivery.id}"),
                    snooze,
                ]
            ),
        )
    if delivery.kind == "appointment":
        appointment = db.get(Appointment, delivery.ref_id) if delivery.ref_id else None
        if appointment is None or appointment.user_id != delivery.user_id:
            return Undeliverable("gone")
        if appointment.starts_at <= now:
            return Undeliverable("past")
        return (
            "Sanctum: appointment reminder",
            f"Reminder: {appointment.title}, {describe_when(appointment.starts_at, now, zone)}.",
            (),
        )
    if delivery.kind == "diary_prompt":
        return (
            "Sanctum: DBT diary card",
            "Time for your DBT diary card: today's emotions, urges and the skills you used.",
            button_rows([("Fill in diary card", "/diary"), snooze], 2),
        )
    if delivery.kind == "crisis_followup":
        return crisis_followups.follow_up_message()
    return Undeliverable("unknown_kind")


def _checkin(
    delivery: ReminderDelivery, name: str | None, again: bool, snooze: tuple[str, str]
) -> Body:
    evening = delivery.variant == "evening"
    label = "evening" if evening else "morning"
    greeting = f"Good {label}{f', {name}' if name else ''}."
    if again:
        greeting = f"Here's your {label} check-in again."
    question = (
        "How was your mood today, from 0 (lowest) to 10 (best)?"
        if evening
        else "How is your mood this morning, from 0 (lowest) to 10 (best)?"
    )
    options = [(str(value), f"/checkin mood {value}") for value in range(11)]
    buttons = (
        *button_rows(options, 6),
        *button_rows([("Not now", "/checkin stop"), snooze], 2),
    )
    return (
        f"Sanctum: {label} check-in",
        f"{greeting} Time for your {label} check-in. {question}",
        buttons,
    )


def describe_when(moment: datetime, now: datetime, zone: ZoneInfo) -> str:
    """ "today at 14:00 (in 1 h)", "tomorrow at 09:30", "Thu 3 Dec at 14:00"."""
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    if local.date() == today:
        minutes = max(1, round((moment - now).total_seconds() / 60))
        ahead = f"{minutes // 60} h" if minutes % 60 == 0 else f"{minutes} min"
        if minutes > 60 and minutes % 60:
            ahead = f"{minutes // 60} h {minutes % 60} min"
        return f"today at {local:%H:%M} (in {ahead})"
    if local.date() == today + timedelta(days=1):
        return f"tomorrow at {local:%H:%M}"
    return f"{local:%a} {local.day} {local:%b} at {local:%H:%M}"


def _digest(
    db: Session,
    delivery: ReminderDelivery,
    channel_names: frozenset[str],
    person: str | None,
) -> Envelope | Undeliverable:
    caregiver = db.get(Caregiver, delivery.ref_id) if delivery.ref_id else None
    if caregiver is None or caregiver.user_id != delivery.user_id:
        return Undeliverable("gone")
    if caregiver.opt_in_state != "opted_in":
        return Undeliverable("not_opted_in")
    if caregiver.digest_frequency not in ("daily", "weekly"):
        return Undeliverable("digest_off")
    if caregiver.channel not in channel_names or not caregiver.address:
        return Undeliverable("no_channel")
    days = 7 if caregiver.digest_frequency == "weekly" else 1
    end = delivery.due_at
    figures = digest_figures(db, delivery.user_id, end - timedelta(days=days), end)
    period = "the last 7 days" if days == 7 else "the last 24 hours"
    subject, text = render_digest(figures, person or "Your person", caregiver.detail_level, period)
    return Envelope(
        caregiver.channel,
        caregiver.address,
        OutboundMessage(subject=subject, text=text, key=f"sanctum-reminder-{delivery.id}"),
    )


def audit_digest(db: Session, delivery: ReminderDelivery, now: datetime) -> None:
    """A digest is a read of the person's data by someone else: audit it (ids only)."""
    caregiver = db.get(Caregiver, delivery.ref_id) if delivery.ref_id else None
    audit(
        db,
        actor=f"caregiver:{delivery.ref_id}",
        action="read",
        subject_user_id=delivery.user_id,
        at=now,
        purpose="caregiver_digest",
        delivery_id=delivery.id,
        frequency=caregiver.digest_frequency if caregiver else None,
        detail_level=caregiver.detail_level if caregiver else None,
    )
