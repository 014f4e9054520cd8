"""A contact's consent: invitation, opt-in (stored with its time) and STOP (final).

Nobody is ever alerted without having opted in. An email or SMS contact gets an invitation
with a link; a Telegram or Discord contact cannot be messaged before they write to the bot,
so the user forwards them a code, and their ``/optin CODE`` both opts them in and tells the
bot which chat account reaches them. STOP or unsubscribe ends it for good: the contact is
marked opted out, their addresses are suppressed for this user, queued messages are cancelled
and a running alert moves on to the next contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.crisis import wording
from bot.crisis.contacts import (
    CHAT_CHANNELS,
    LINK_CHANNELS,
    channels_of,
    display_name,
    is_suppressed,
    suppress,
)
from bot.crisis.escalation import contact_unreachable
from bot.crisis.notices import notify_user
from bot.crisis.outbox import cancel_open, enqueue
from bot.crisis.policy import load_policy
from bot.crisis.tokens import issue_token
from bot.privacy.audit import audit
from storage.models import ContactChannel, ContactToken, CrisisIncident, EmergencyContact

MAX_INVITATIONS = 3
INVITATION_SPACING = timedelta(hours=24)

InviteOutcome = Literal["queued", "code", "already", "stopped", "too_soon", "too_many"]
OptInOutcome = Literal["opted_in", "already", "stopped", "own_code", "taken", "invalid"]


@dataclass(frozen=True)
class Invitation:
    outcome: InviteOutcome
    code: str | None = None  # for chat contacts: the code the user forwards


@dataclass(frozen=True)
class ChatIdentity:
    """Who sent /optin: their platform, their id there, and their own Sanctum user id."""

    platform: str
    platform_user_id: str
    user_id: int


def invite(
    db: Session, contact: EmergencyContact, now: datetime, *, introduced_as: str, actor: str
) -> Invitation:
    if contact.opt_in_state == "opted_out" or is_suppressed(
        db, contact.user_id, contact.channel, contact.address
    ):
        return Invitation("stopped")
    if contact.opt_in_state == "opted_in":
        return Invitation("already")
    if contact.invitations_sent >= MAX_INVITATIONS:
        return Invitation("too_many")
    if contact.invited_at is not None and contact.invited_at + INVITATION_SPACING > now:
        return Invitation("too_soon")
    contact.introduced_as = introduced_as
    contact.opt_in_state = "invited"
    contact.invited_at = now
    contact.invitations_sent += 1
    audit(
        db,
        actor=actor,
        action="contact_invited",
        subject_user_id=contact.user_id,
        at=now,
        contact_id=contact.id,
        channel=contact.channel,
        invitation=contact.invitations_sent,
    )
    if contact.channel in CHAT_CHANNELS or not contact.address:
        code = issue_token(db, "optin", user_id=contact.user_id, contact_id=contact.id, now=now)
        return Invitation("code", code)
    _ensure_channel(db, contact, contact.channel, contact.address, now)
    enqueue(
        db,
        user_id=contact.user_id,
        purpose="invitation",
        channel=contact.channel,
        address=contact.address,
        key=f"invitation:{contact.id}:{contact.invitations_sent}",
        now=now,
        contact_id=contact.id,
    )
    return Invitation("queued")


def _ensure_channel(
    db: Session,
    contact: EmergencyContact,
    channel: str,
    address: str,
    now: datetime,
    *,
    contact_user_id: int | None = None,
    verified: bool = False,
) -> ContactChannel | None:
    """The contact's row for this channel; None if it already belongs to another address."""
    existing = db.scalar(
        select(ContactChannel).where(
            ContactChannel.contact_id == contact.id, ContactChannel.channel == channel
        )
    )
    if existing is not None:
        if existing.address != address:
            if existing.verified_at is not None:
                return None
            existing.address = address
        existing.contact_user_id = contact_user_id or existing.contact_user_id
        if verified and existing.verified_at is None:
            existing.verified_at = now
        return existing
    row = ContactChannel(
        user_id=contact.user_id,
        contact_id=contact.id,
        channel=channel,
        address=address,
        contact_user_id=contact_user_id,
        verified_at=now if verified else None,
        created_at=now,
    )
    db.add(row)
    db.flush()
    return row


def opt_in(
    db: Session,
    token: ContactToken,
    now: datetime,
    *,
    via: str,
    chat: ChatIdentity | None = None,
) -> tuple[OptInOutcome, EmergencyContact | None]:
    contact = db.get(EmergencyContact, token.contact_id)
    if contact is None:
        return "invalid", None
    if chat is not None and chat.user_id == contact.user_id:
        return "own_code", contact
    if contact.opt_in_state == "opted_out":
        return "stopped", contact
    if chat is not None:
        if chat.platform not in CHAT_CHANNELS:
            return "invalid", contact
        claimed = _ensure_channel(
            db,
            contact,
            chat.platform,
            chat.platform_user_id,
            now,
            contact_user_id=chat.user_id,
            verified=True,
        )
        if claimed is None:
            return "taken", contact
    # The invitation reached them on its channel, so that channel is proven too.
    for channel in channels_of(db, contact.id):
        if channel.channel in LINK_CHANNELS and channel.verified_at is None:
            channel.verified_at = now
    if contact.opt_in_state == "opted_in":
        return "already", contact
    contact.opt_in_state = "opted_in"
    contact.opted_in_at = now
    audit(
        db,
        actor=f"contact:{contact.id}",
        action="contact_opted_in",
        subject_user_id=contact.user_id,
        at=now,
        contact_id=contact.id,
        via=via,
    )
    policy = load_policy(db, contact.user_id)
    hint = (
        ""
        if policy is not None and (policy.ask_at_high or policy.auto_at_imminent)
        else wording.NOTICE_CHOOSE_POLICY
    )
    notify_user(
        db,
        contact.user_id,
        key=f"opted_in:{contact.id}",
        text=wording.NOTICE_OPTED_IN.format(name=display_name(contact)) + hint,
        now=now,
        contact_id=contact.id,
    )
    return "opted_in", contact


def opt_out(db: Session, contact: EmergencyContact, now: datetime, *, via: str) -> bool:
    """STOP: final. Returns False if the contact had already stopped."""
    if contact.opt_in_state == "opted_out":
        return False
    was_opted_in = contact.opt_in_state == "opted_in"
    contact.opt_in_state = "opted_out"
    contact.opted_out_at = now
    suppress(db, contact.user_id, contact.channel, contact.address)
    for channel in channels_of(db, contact.id):
        suppress(db, contact.user_id, channel.channel, channel.address)
    cancelled = cancel_open(db, reason="contact_stopped", contact_id=contact.id)
    audit(
        db,
        actor=f"contact:{contact.id}",
        action="contact_opted_out",
        subject_user_id=contact.user_id,
        at=now,
        contact_id=contact.id,
        via=via,
        cancelled=cancelled,
    )
    alerting = db.scalars(
        select(CrisisIncident).where(
            CrisisIncident.user_id == contact.user_id,
            CrisisIncident.alert_status == "alerting",
        )
    ).all()
    for incident in alerting:
        contact_unreachable(db, incident, contact.id, now)
    if was_opted_in or contact.invitations_sent:
        notify_user(
            db,
            contact.user_id,
            key=f"opted_out:{contact.id}",
            text=wording.NOTICE_OPTED_OUT.format(name=display_name(contact)),
            now=now,
            contact_id=contact.id,
        )
    return True
