"""Reading a user's emergency contacts and the channels that reach them."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from storage.crypto import keyring_of
from storage.direct import DirectStatement
from storage.models import ContactChannel, ContactSuppression, EmergencyContact

MAX_CONTACTS = 5
# Chat DMs arrive fastest; email last. A permanent refusal moves on to the next channel.
CHANNEL_ORDER = {"telegram": 0, "discord": 0, "sms": 1, "email": 2}
CHAT_CHANNELS = frozenset({"telegram", "discord"})
LINK_CHANNELS = frozenset({"email", "sms"})


def ordered_contacts(db: Session, user_id: int) -> list[EmergencyContact]:
    return list(
        db.scalars(
            select(EmergencyContact)
            .where(EmergencyContact.user_id == user_id)
            .order_by(EmergencyContact.priority, EmergencyContact.id)
        )
    )


def channels_of(db: Session, contact_id: int) -> list[ContactChannel]:
    rows = db.scalars(select(ContactChannel).where(ContactChannel.contact_id == contact_id)).all()
    return sorted(rows, key=lambda row: (CHANNEL_ORDER.get(row.channel, 9), row.id))


def alertable_contacts(db: Session, user_id: int) -> list[EmergencyContact]:
    """Opted-in contacts with at least one channel, in the user's order."""
    contacts = db.scalars(
        select(EmergencyContact)
        .where(
            EmergencyContact.user_id == user_id,
            EmergencyContact.opt_in_state == "opted_in",
        )
        .order_by(EmergencyContact.priority, EmergencyContact.id)
    ).all()
    if not contacts:
        return []
    reachable = set(
        db.scalars(
            select(ContactChannel.contact_id).where(
                ContactChannel.contact_id.in_([contact.id for contact in contacts])
            )
        )
    )
    return [contact for contact in contacts if contact.id in reachable]


def contacts_of_identity(db: Session, contact_user_id: int) -> list[EmergencyContact]:
    """Every contact entry this chat account opted in as (for STOP and "on it")."""
    ids = set(
        db.scalars(
            select(ContactChannel.contact_id).where(
                ContactChannel.contact_user_id == contact_user_id
            )
        )
    )
    if not ids:
        return []
    return list(
        db.scalars(
            select(EmergencyContact)
            .where(EmergencyContact.id.in_(ids))
            .order_by(EmergencyContact.id)
        )
    )


# Run directly (``storage/direct.py``): asked for short messages of people not yet set up.
_CONTACT_CHANNEL_OF = DirectStatement(
    select(ContactChannel.id)
    .where(ContactChannel.contact_user_id == bindparam("user_id"))
    .limit(1),
    ("user_id",),
)


def is_contact_identity(db: Session, user_id: int) -> bool:
    db.flush()  # a channel linked in this transaction counts
    return _CONTACT_CHANNEL_OF.scalar(db, {"user_id": user_id}) is not None


def _suppression_term(channel: str, address: str) -> str:
    return f"{channel}:{address.strip().lower()}"


def suppress(db: Session, user_id: int, channel: str, address: str | None) -> None:
    if not address:
        return
    if not is_suppressed(db, user_id, channel, address):
        token = keyring_of(db.get_bind().dialect).blind_token(_suppression_term(channel, address))
        db.add(ContactSuppression(user_id=user_id, token=token))


def is_suppressed(db: Session, user_id: int, channel: str, address: str | None) -> bool:
    """Whether this address said STOP for good, also under a key retired since then."""
    if not address:
        return False
    keyring = keyring_of(db.get_bind().dialect)
    tokens = keyring.blind_tokens(_suppression_term(channel, address))
    return (
        db.scalar(
            select(ContactSuppression.id)
            .where(ContactSuppression.user_id == user_id, ContactSuppression.token.in_(tokens))
            .limit(1)
        )
        is not None
    )


def display_name(contact: EmergencyContact) -> str:
    return contact.name or "your contact"
