"""Webhook mode, and messages that cannot be stored at first (polling and webhook)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from sqlalchemy import func, select

from adapters.bridge import CoreBridge, StoreRetry
from adapters.telegram.adapter import TelegramAdapter
from bot.core import STORE_FAILED, Core
from bot.settings import Settings
from storage.crypto import KeyRing
from storage.db import Database
from storage.migrate import upgrade
from storage.models import RawMessage
from tests.run.scripted_core import WAIT
from tests.telegram.fake_bot_api import FakeBotApi

ANA = 1001


def _bound_socket() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


class WebhookBot:
    def __init__(self, database: Database, settings: Settings, sock: socket.socket) -> None:
        self.core = Core(database, settings)
        self.bridge = CoreBridge(self.core, workers=2)
        self.adapter = TelegramAdapter(settings, self.bridge, self.core.commands)
        self.sock = sock
        self.runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        self.adapter.add_routes(app)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.SockSite(self.runner, self.sock).start()
        await self.adapter.start()

    async def stop(self) -> None:
        await self.adapter.stop_receiving()
        await self.bridge.drain(WAIT)
        await self.adapter.close()
        await self.bridge.close()
        assert self.runner is not None
        await self.runner.cleanup()


@pytest.fixture
async def webhook_bot(database: Database, telegram_settings: Settings) -> AsyncIterator[WebhookBot]:
    sock = _bound_socket()
    port = sock.getsockname()[1]
    settings = telegram_settings.model_copy(
        update={"telegram_webhook_url": f"http://127.0.0.1:{port}/telegram/hook"}
    )
    bot = WebhookBot(database, settings, sock)
    await bot.start()
    yield bot
    await bot.stop()


def _raw_count(database: Database) -> int:
    with database.transaction() as db:
        return db.scalar(select(func.count()).select_from(RawMessage)) or 0


async def test_webhook_updates_are_answered_200_once_stored(
    webhook_bot: WebhookBot, fake_telegram: FakeBotApi, database: Database
) -> None:
    assert fake_telegram.webhook_url.endswith("/telegram/hook")
    assert len(fake_telegram.webhook_secret) >= 32
    assert webhook_bot.adapter.state == "webhook"

    update = fake_telegram.message_update(ANA, "/mood calm functional")
    assert await fake_telegram.push(update) == 200
    assert _raw_count(database) == 1, "200 only once the message is stored"
    assert "calm" in (await fake_telegram.wait_for_texts(ANA, 1))[0]

    # Telegram delivers again after a lost answer: stored once, answered once.
    assert await fake_telegram.push(update) == 200
    assert await webhook_bot.bridge.drain(WAIT)
    assert _raw_count(database) == 1
    assert len(fake_telegram.texts(ANA)) == 1
    assert not fake_telegram.sent(method="getUpdates")


async def test_a_webhook_call_without_the_secret_is_refused(
    webhook_bot: WebhookBot, fake_telegram: FakeBotApi, database: Database
) -> None:
    update = fake_telegram.message_update(ANA, "hello")
    assert await fake_telegram.push(update, secret="guess") == 403
    assert _raw_count(database) == 0


@pytest.fixture
def unmigrated_database(tmp_path: Path, test_key: str) -> Database:
    """A database without tables: every attempt to store fails, as in an outage."""
    return Database(f"sqlite:///{tmp_path / 'not-yet.db'}", KeyRing(test_key))


async def test_a_webhook_update_that_cannot_be_stored_is_answered_503(
    unmigrated_database: Database, telegram_settings: Settings, fake_telegram: FakeBotApi
) -> None:
    sock = _bound_socket()
    settings = telegram_settings.model_copy(
        update={"telegram_webhook_url": f"http://127.0.0.1:{sock.getsockname()[1]}/hook"}
    )
    bot = WebhookBot(unmigrated_database, settings, sock)
    await bot.start()
    try:
        update = fake_telegram.message_update(ANA, "hello")
        assert await fake_telegram.push(update) == 503, "Telegram will deliver it again"
        assert await fake_telegram.wait_for_texts(ANA, 1) == [STORE_FAILED]
    finally:
        await bot.stop()
        unmigrated_database.dispose()


async def test_polling_retries_storing_and_tells_the_person_once(
    unmigrated_database: Database, telegram_settings: Settings, fake_telegram: FakeBotApi
) -> None:
    core = Core(unmigrated_database, telegram_settings)
    bridge = CoreBridge(core, workers=2, store_retry=StoreRetry(attempts=12, first_pause=0.05))
    adapter = TelegramAdapter(telegram_settings, bridge, core.commands, poll_timeout=1.0)
    await adapter.start()
    try:
        update_id = fake_telegram.say(ANA, "/mood calm functional")
        assert await fake_telegram.wait_for_texts(ANA, 1) == [STORE_FAILED]
        assert fake_telegram.confirmed_offset <= update_id, "not stored: not confirmed"
        # The database comes back (here: it gets its tables) while the adapter retries.
        await asyncio.to_thread(upgrade, unmigrated_database.engine)
        texts = await fake_telegram.wait_for_texts(ANA, 2)
        assert "calm" in texts[1]
        await fake_telegram.wait_for(lambda: fake_telegram.confirmed_offset == update_id + 1)
        assert await bridge.drain(WAIT)
        assert fake_telegram.texts(ANA).count(STORE_FAILED) == 1, "told once, not per retry"
        assert _raw_count(unmigrated_database) == 1
    finally:
        await adapter.stop_receiving()
        await adapter.close()
        await bridge.close()
        unmigrated_database.dispose()
