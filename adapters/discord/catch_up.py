"""DMs sent while no process was connected to Discord.

Discord's gateway delivers again only what a resumed session missed; after a restart (or a
new session) the messages people wrote in between are only in their DM history. On every new
session the adapter reads the DMs of people who wrote recently, after the newest message
stored from each, and hands them over like live ones (the core skips any it already has).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from storage.db import Database
from storage.models import PlatformIdentity, RawMessage

PLATFORM = "discord"
_ROWS = 20_000  # recent stored DMs looked at, at most


def newest_stored_dms(database: Database, *, since: datetime, people: int) -> list[tuple[int, int]]:
    """(Discord user id, id of the newest DM stored from them) for those who wrote since,
    most recent first."""
    with database.transaction() as db:
        rows = db.execute(
            select(PlatformIdentity.platform_user_id, RawMessage.platform_message_id)
            .join(
                RawMessage,
                (RawMessage.user_id == PlatformIdentity.user_id)
                & (RawMessage.platform == PlatformIdentity.platform),
            )
            .where(
                PlatformIdentity.platform == PLATFORM,
                RawMessage.received_at >= since,
                RawMessage.platform_message_id.like("m%"),
            )
            .order_by(RawMessage.received_at.desc())
            .limit(_ROWS)
        ).all()
    newest: dict[int, int] = {}
    for user, message_id in rows:
        try:
            person, snowflake = int(user), int(message_id[1:])
        except (TypeError, ValueError):
            continue
        if person not in newest:
            if len(newest) >= people:
                continue
            newest[person] = snowflake
        else:
            newest[person] = max(newest[person], snowflake)
    return list(newest.items())
