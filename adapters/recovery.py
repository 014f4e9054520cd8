"""Messages a process stored but never finished (it died mid-way) are handled again.

Platforms redeliver what was not acknowledged, and a message is acknowledged once stored, so
one that was stored and then lost with its process is not redelivered. This sweep finds such
messages (still "received" after a grace period) and hands them to the adapter of their
platform. Handling one twice is harmless: the core processes a message once, and a worker
that is still busy with it holds the person's lock until it is done.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import select

from bot.messages import IncomingMessage
from bot.metrics import ERRORS
from bot.safe_logging import describe_failure
from storage.db import Database
from storage.models import PlatformIdentity, RawMessage

log = logging.getLogger("sanctum.recovery")


class Resubmitter(Protocol):
    def resubmit(self, message: IncomingMessage) -> asyncio.Future[bool]: ...


def find_unfinished(
    database: Database, *, received_before: datetime, received_after: datetime, limit: int
) -> list[tuple[int, IncomingMessage]]:
    with database.transaction() as db:
        rows = db.execute(
            select(
                RawMessage.id,
                RawMessage.platform,
                PlatformIdentity.platform_user_id,
                RawMessage.text,
                RawMessage.received_at,
                RawMessage.platform_message_id,
            )
            .join(
                PlatformIdentity,
                (PlatformIdentity.user_id == RawMessage.user_id)
                & (PlatformIdentity.platform == RawMessage.platform),
            )
            .where(
                RawMessage.status == "received",
                RawMessage.received_at < received_before,
                RawMessage.received_at >= received_after,
            )
            .order_by(RawMessage.id)
            .limit(limit)
        ).all()
    found: dict[int, IncomingMessage] = {}
    for raw_id, platform, user, text, received_at, platform_message_id in rows:
        found.setdefault(
            raw_id,
            IncomingMessage(
                platform=platform,
                platform_user_id=user,
                text=text,
                sent_at=received_at,
                platform_message_id=platform_message_id,
            ),
        )
    return list(found.items())


class UnfinishedMessages:
    """A background service: sweeps at start and then every ``interval`` seconds."""

    name = "unfinished-messages"

    def __init__(
        self,
        database: Database,
        adapters: Mapping[str, Resubmitter],
        *,
        grace: timedelta = timedelta(minutes=2),
        max_age: timedelta = timedelta(days=2),
        interval: float = 60.0,
        batch: int = 200,
    ) -> None:
        self.database = database
        self.adapters = adapters
        self.grace = grace
        self.max_age = max_age
        self.interval = interval
        self.batch = batch
        self._in_progress: set[int] = set()

    async def run(self) -> None:
        while True:
            try:
                await self.sweep()
            except Exception as error:  # the database may be away for a while
                ERRORS.labels("recovery").inc()
                log.warning("sweeping unfinished messages failed: %s", describe_failure(error))
            await asyncio.sleep(self.interval)

    async def sweep(self) -> int:
        """Hand over every unfinished message not already handed over; return how many."""
        now = datetime.now(UTC)
        found = await asyncio.to_thread(
            find_unfinished,
            self.database,
            received_before=now - self.grace,
            received_after=now - self.max_age,
            limit=self.batch,
        )
        handed = 0
        for raw_id, message in found:
            adapter = self.adapters.get(message.platform)
            if adapter is None or raw_id in self._in_progress:
                continue
            self._in_progress.add(raw_id)
            adapter.resubmit(message).add_done_callback(
                lambda _, raw_id=raw_id: self._in_progress.discard(raw_id)
            )
            handed += 1
        if handed:
            log.info("handed %d unfinished messages to the core again", handed)
        return handed
