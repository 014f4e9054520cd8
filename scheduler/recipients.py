"""What sending needs to know about the people in a batch, loaded with a few queries per
batch rather than several per reminder: name, zone, reminder settings, platform accounts."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.settings import Settings
from bot.users import zone_of
from storage.crypto import EncryptionKeyError
from storage.models import PlatformIdentity, Profile, RawMessage, ReminderSettings

log = logging.getLogger("sanctum.scheduler")


@dataclass(frozen=True)
class Recipient:
    user_id: int
    name: str | None
    zone: ZoneInfo
    prefs: ReminderSettings | None
    accounts: tuple[tuple[str, str], ...]  # (platform, platform user id), preferred first


def load_recipients(
    db: Session, user_ids: Iterable[int], settings: Settings
) -> dict[int, Recipient]:
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    zones = {
        user_id: zone
        for user_id, zone in db.execute(
            select(Profile.user_id, Profile.timezone).where(Profile.user_id.in_(ids))
        )
    }
    names = _names(db, ids)
    prefs = {
        p.user_id: p
        for p in db.scalars(select(ReminderSettings).where(ReminderSettings.user_id.in_(ids)))
    }
    accounts: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for user_id, platform, address in db.execute(
        select(
            PlatformIdentity.user_id, PlatformIdentity.platform, PlatformIdentity.platform_user_id
        )
        .where(PlatformIdentity.user_id.in_(ids))
        .order_by(PlatformIdentity.id)
    ):
        accounts[user_id].append((platform, address))
    several = [user_id for user_id, items in accounts.items() if len(items) > 1]
    last_platform = _last_platforms(db, several)
    recipients = {}
    for user_id in ids:
        mine = accounts.get(user_id, [])
        last = last_platform.get(user_id)
        mine.sort(key=lambda item: item[0] != last)  # where they last wrote comes first
        recipients[user_id] = Recipient(
            user_id=user_id,
            name=names.get(user_id),
            zone=zone_of(Profile(user_id=user_id, timezone=zones.get(user_id)), settings),
            prefs=prefs.get(user_id),
            accounts=tuple(mine),
        )
    return recipients


def _names(db: Session, ids: list[int]) -> dict[int, str | None]:
    """Names to greet people by; a name that cannot be decrypted is left out, not fatal."""
    query = select(Profile.user_id, Profile.name)
    try:
        return {
            user_id: name for user_id, name in db.execute(query.where(Profile.user_id.in_(ids)))
        }
    except EncryptionKeyError:
        names: dict[int, str | None] = {}
        for user_id in ids:
            try:
                for found, name in db.execute(query.where(Profile.user_id == user_id)):
                    names[found] = name
            except EncryptionKeyError:
                log.error("the name of user %s cannot be decrypted", user_id)
        return names


def _last_platforms(db: Session, user_ids: list[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    latest = (
        select(func.max(RawMessage.id))
        .where(RawMessage.user_id.in_(user_ids))
        .group_by(RawMessage.user_id)
        .scalar_subquery()
    )
    rows = db.execute(
        select(RawMessage.user_id, RawMessage.platform).where(RawMessage.id.in_(latest))
    )
    return {user_id: platform for user_id, platform in rows}


def destination(recipient: Recipient, channel_names: frozenset[str]) -> tuple[str, str] | None:
    """(channel, address) where the person can be reached, preferring where they last wrote."""
    return next(
        (
            (platform, address)
            for platform, address in recipient.accounts
            if platform in channel_names
        ),
        None,
    )
