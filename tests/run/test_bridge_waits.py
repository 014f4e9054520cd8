"""A crisis message that would wait in a busy core is answered before the wait."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from typing import Any

from adapters.bridge import CoreBridge
from bot.core import Core
from bot.messages import IncomingMessage, Reply
from bot.settings import Settings
from storage.db import Database

CRISIS_TEXT = "I want to kill myself tonight"


class HeldCore(Core):
    """A core that says it is busy (as a worker process handling a slow message does) and
    handles nothing until released."""

    release = threading.Event()

    def would_wait(self, message: IncomingMessage) -> bool:
        return True

    def handle(self, *args: Any, **kwargs: Any) -> list[Reply]:
        assert self.release.wait(30)
        return super().handle(*args, **kwargs)


class Collected:
    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.arrived = asyncio.Event()

    async def deliver(self, reply: Reply) -> None:
        self.replies.append(reply)
        self.arrived.set()

    async def show_typing(self) -> None:
        pass

    async def finished(self, replied: bool) -> None:
        pass


async def test_a_crisis_message_for_a_busy_core_is_answered_before_it_waits(
    database: Database, settings: Settings
) -> None:
    core = HeldCore(database, settings)
    core.release.clear()
    bridge = CoreBridge(core, workers=4)
    replier = Collected()
    message = IncomingMessage(
        platform="test",
        platform_user_id="ana",
        text=CRISIS_TEXT,
        sent_at=datetime(2026, 11, 27, 22, 0, tzinfo=UTC),
        platform_message_id="1",
    )
    try:
        stored = bridge.submit("ana", message, replier)  # type: ignore[arg-type]
        await asyncio.wait_for(replier.arrived.wait(), 10)
        assert not stored.done(), "answered while the core still held the message"
        assert "not a crisis service" in replier.replies[0].text
        core.release.set()
        assert await stored
        assert await bridge.drain(10)
    finally:
        core.release.set()
        await bridge.close()
    texts = [reply.text for reply in replier.replies]
    assert sum("not a crisis service" in text for text in texts) == 1, "sent once, not twice"
