"""Links and codes for contacts: random, single-purpose, expiring, stored only as a hash.

A token is 192 random bits (URL-safe, 32 characters). The database keeps its SHA-256, so a
copy of the database does not let anyone opt in, acknowledge or unsubscribe for a contact.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import ContactToken

Purpose = Literal["optin", "ack", "stop"]

LIFETIMES: dict[str, timedelta] = {
    "optin": timedelta(days=7),
    "ack": timedelta(days=2),
    "stop": timedelta(days=365),
}
TOKEN_BYTES = 24
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_token(
    db: Session,
    purpose: Purpose,
    *,
    user_id: int,
    contact_id: int,
    now: datetime,
    incident_id: int | None = None,
) -> str:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    db.add(
        ContactToken(
            token_hash=_hash(token),
            purpose=purpose,
            user_id=user_id,
            contact_id=contact_id,
            incident_id=incident_id,
            created_at=now,
            expires_at=now + LIFETIMES[purpose],
        )
    )
    return token


def looks_like_token(text: str) -> bool:
    return 20 <= len(text) <= 64 and set(text) <= _TOKEN_CHARS


def redeem_token(db: Session, token: str, purpose: Purpose, now: datetime) -> ContactToken | None:
    """The live token of this purpose, marked used; None if unknown, expired or for another use."""
    token = token.strip()
    if not looks_like_token(token):
        return None
    found = db.scalar(
        select(ContactToken).where(
            ContactToken.token_hash == _hash(token), ContactToken.purpose == purpose
        )
    )
    if found is None or found.expires_at <= now:
        return None
    found.used_at = found.used_at or now
    return found


def peek_token(db: Session, token: str, purpose: Purpose, now: datetime) -> ContactToken | None:
    """Like ``redeem_token`` but changes nothing (for a confirmation page)."""
    token = token.strip()
    if not looks_like_token(token):
        return None
    found = db.scalar(
        select(ContactToken).where(
            ContactToken.token_hash == _hash(token), ContactToken.purpose == purpose
        )
    )
    return found if found is not None and found.expires_at > now else None
