"""/contacts: the people Sanctum may alert, and inviting them to agree.

/contacts                      the list, with where each one stands
/contacts add Sam, sister, sam@example.com
/contacts invite 1 [as Alex]   send the invitation (only when you ask for it)
/contacts first 2              alert this one first
/contacts remove 1
Contacts are only ever added here or in /start, never from what you write in conversation.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select

from bot.commands.context import _mask
from bot.conversations.intake_answers import parse_contact
from bot.crisis.alert_texts import forwarded_invitation
from bot.crisis.contacts import (
    CHAT_CHANNELS,
    MAX_CONTACTS,
    channels_of,
    is_suppressed,
    ordered_contacts,
)
from bot.crisis.enrolment import invite
from bot.crisis.policy import describe_policy, load_policy
from bot.messages import Reply
from bot.turn import Turn
from storage.models import EmergencyContact

USAGE = (
    "Add: /contacts add Sam, sister, sam@example.com (an email, a phone number, Telegram "
    "@name or discord: name). Invite: /contacts invite 1. Alert first: /contacts first 2. "
    "Remove: /contacts remove 1. When I may alert them: /alerts."
)
_AS_NAME = re.compile(r"^(?P<number>\d+)(?:\s+as\s+(?P<name>.{1,40}))?$", re.I | re.S)
STATES = {
    "pending": "not invited yet",
    "invited": "invited, waiting for them to agree",
    "opted_out": "asked not to be contacted",
}


def handle(turn: Turn, args: str) -> list[Reply]:
    sub, _, rest = args.strip().partition(" ")
    action = sub.lower()
    rest = rest.strip()
    if not action:
        return [_listing(turn)]
    if action == "add":
        return [_add(turn, rest)]
    if action in ("remove", "delete"):
        return [_remove(turn, rest)]
    if action == "invite":
        return _invite(turn, rest)
    if action == "first":
        return [_first(turn, rest)]
    return [Reply(text=f"I don't know '/contacts {sub}'. {USAGE}")]


def _state(contact: EmergencyContact, turn: Turn) -> str:
    if contact.opt_in_state == "opted_in" and contact.opted_in_at is not None:
        return f"agreed on {contact.opted_in_at.astimezone(turn.zone):%d %b %Y}"
    return STATES.get(contact.opt_in_state, contact.opt_in_state)


def _listing(turn: Turn) -> Reply:
    contacts = ordered_contacts(turn.db, turn.user_id)
    if not contacts:
        return Reply(text="You have no emergency contacts yet. " + USAGE)
    lines = ["Your emergency contacts, in the order I'd alert them:"]
    for number, contact in enumerate(contacts, start=1):
        relation = f" ({contact.relation})" if contact.relation else ""
        reachable = [channel.channel for channel in channels_of(turn.db, contact.id)]
        reach = (
            f"; reachable by {', '.join(reachable)}" if contact.opt_in_state == "opted_in" else ""
        )
        lines.append(
            f"{number}. {contact.name}{relation}, {contact.channel} {_mask(contact.address)}: "
            f"{_state(contact, turn)}{reach}"
        )
    lines.append(f"Alerts: {describe_policy(load_policy(turn.db, turn.user_id))} (/alerts).")
    lines.append(USAGE)
    return Reply(text="\n".join(lines))


def _pick(turn: Turn, text: str) -> EmergencyContact | None:
    if not text.strip().isdigit():
        return None
    contacts = ordered_contacts(turn.db, turn.user_id)
    index = int(text.strip()) - 1
    return contacts[index] if 0 <= index < len(contacts) else None


def _add(turn: Turn, text: str) -> Reply:
    parsed = parse_contact(text) if text else None
    if parsed is None:
        return Reply(
            text="I need a name and one way to reach them, e.g. /contacts add Sam, sister, "
            "sam@example.com (or a phone number, Telegram @name, discord: name)."
        )
    contacts = ordered_contacts(turn.db, turn.user_id)
    if len(contacts) >= MAX_CONTACTS:
        return Reply(text=f"You can have up to {MAX_CONTACTS} contacts. Remove one first.")
    for number, contact in enumerate(contacts, start=1):
        if contact.channel == parsed.channel and (contact.address or "").lower() == (
            parsed.address.lower()
        ):
            return Reply(text=f"{contact.name} is already in your list as number {number}.")
    if is_suppressed(turn.db, turn.user_id, parsed.channel, parsed.address):
        return Reply(
            text="The person at that address asked not to be contacted by Sanctum for you, "
            "so I can't add them again."
        )
    priority = (
        turn.db.scalar(
            select(func.max(EmergencyContact.priority)).where(
                EmergencyContact.user_id == turn.user_id
            )
        )
        or 0
    ) + 1
    turn.db.add(
        EmergencyContact(
            user_id=turn.user_id,
            name=parsed.name,
            relation=parsed.relation,
            channel=parsed.channel,
            address=parsed.address,
            opt_in_state="pending",
            priority=priority,
            created_at=turn.now,
        )
    )
    relation = f" ({parsed.relation})" if parsed.relation else ""
    return Reply(
        text=f"Added {parsed.name}{relation} by {parsed.channel} as number {len(contacts) + 1}. "
        "They won't hear from me until you invite them and they agree: "
        f"/contacts invite {len(contacts) + 1}"
    )


def _remove(turn: Turn, text: str) -> Reply:
    contact = _pick(turn, text)
    if contact is None:
        return Reply(text="Which one? /contacts shows the numbers, e.g. /contacts remove 1.")
    name = contact.name
    turn.db.delete(contact)
    turn.db.flush()
    return Reply(text=f"Removed {name}. I won't contact them.")


def _first(turn: Turn, text: str) -> Reply:
    contact = _pick(turn, text)
    if contact is None:
        return Reply(text="Which one? /contacts shows the numbers, e.g. /contacts first 2.")
    others = [c for c in ordered_contacts(turn.db, turn.user_id) if c.id != contact.id]
    for priority, item in enumerate([contact, *others], start=1):
        item.priority = priority
    return Reply(text=f"{contact.name} is now the first one I'd alert.")


def _invite(turn: Turn, text: str) -> list[Reply]:
    match = _AS_NAME.match(text.strip())
    contact = _pick(turn, match.group("number")) if match else None
    if contact is None:
        return [Reply(text="Which one? /contacts shows the numbers, e.g. /contacts invite 1.")]
    name = (match.group("name") if match else None) or turn.profile.name
    if not name:
        return [
            Reply(
                text="How should I introduce you to them? Add the name they know you by, e.g. "
                f"/contacts invite {match.group('number') if match else 1} as Alex"
            )
        ]
    name = name.strip()
    if contact.channel == "email" and not turn.settings.smtp_host:
        return [
            Reply(
                text="Email isn't set up on this Sanctum yet (SANCTUM_SMTP_HOST), so I can't "
                "send the invitation. Add them by Telegram or Discord instead, or ask whoever "
                "runs this Sanctum to set up email."
            )
        ]
    invitation = invite(turn.db, contact, turn.now, introduced_as=name, actor=turn.actor)
    outcome = invitation.outcome
    if outcome == "queued":
        return [
            Reply(
                text=f"I'm sending {contact.name} an invitation by {contact.channel} now, "
                f"introducing you as {name}. They need to agree before I can ever contact "
                "them; I'll tell you when they do."
            )
        ]
    if outcome == "code" and invitation.code:
        platform = contact.channel if contact.channel in CHAT_CHANNELS else "Telegram or Discord"
        return [
            Reply(
                text=f"I can't message {contact.name} before they write to me, so please "
                "forward them the next message. The code in it works for 7 days; I'll tell "
                "you when they agree."
            ),
            Reply(
                text=forwarded_invitation(
                    contact_name=contact.name, platform=platform, code=invitation.code
                )
            ),
        ]
    messages = {
        "already": f"{contact.name} has already agreed.",
        "stopped": f"{contact.name} asked not to be contacted, so I can't invite them again.",
        "too_soon": f"I invited {contact.name} less than a day ago. Let's give them time.",
        "too_many": f"I've invited {contact.name} three times already, so I'll leave it "
        "there. You could ask them directly.",
    }
    return [Reply(text=messages.get(outcome, "I couldn't send that invitation."))]
