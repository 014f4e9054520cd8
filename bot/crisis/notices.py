"""Telling the user what happened with their alert (sent, acknowledged, escalated, stopped).

Notices go through the outbox to the chat account the user wrote from most recently, on the
outbound channel of that platform ("telegram", "discord"). Where the platform has none
(the terminal), the notice fails quietly and ``/alerts status`` still shows everything.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.crisis.outbox import enqueue
from storage.models import PlatformIdentity, RawMessage


def user_address(db: Session, user_id: int) -> tuple[str, str] | None:
    """(platform, platform user id) of the account the user last wrote from."""
    platform = db.scalar(
        select(RawMessage.platform)
        .where(RawMessage.user_id == user_id)
        .order_by(RawMessage.id.desc())
        .limit(1)
    )
    query = select(PlatformIdentity).where(PlatformIdentity.user_id == user_id)
    if platform is not None:
        query = query.where(PlatformIdentity.platform == platform)
    identity = db.scalars(query.order_by(PlatformIdentity.id).limit(1)).first()
    if identity is None:
        return None
    return identity.platform, identity.platform_user_id


def notify_user(
    db: Session,
    user_id: int,
    *,
    key: str,
    text: str,
    now: datetime,
    incident_id: int | None = None,
    contact_id: int | None = None,
) -> bool:
    address = user_address(db, user_id)
    if address is None:
        return False
    platform, platform_user_id = address
    row = enqueue(
        db,
        user_id=user_id,
        purpose="notice",
        channel=platform,
        address=platform_user_id,
        key=f"notice:{key}",
        now=now,
        incident_id=incident_id,
        contact_id=contact_id,
        body={"text": text},
    )
    return row is not None
