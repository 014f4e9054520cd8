"""The real python-telegram-bot client against the fake Bot API server, around a real core."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr

from adapters.bridge import CoreBridge, StoreRetry
from adapters.telegram.adapter import TelegramAdapter
from bot.settings import Settings
from storage.db import Database
from tests.run.scripted_core import ScriptedCore, scripted_core
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def telegram_settings(settings: Settings, fake_telegram: FakeBotApi) -> Settings:
    return settings.model_copy(
        update={
            "telegram_token": SecretStr(TOKEN),
            "telegram_base_url": fake_telegram.base_url,
            # Conversations in tests are faster than people; the limiter has its own tests.
            "telegram_chat_messages_per_second": 0,
        }
    )


class TelegramHarness:
    """One running bot process: core, bridge and adapter (a restart makes a new one)."""

    def __init__(self, database: Database, settings: Settings, fake: FakeBotApi) -> None:
        self.database = database
        self.settings = settings
        self.fake = fake
        self.scripted: ScriptedCore = scripted_core(database, settings)
        self.bridge = CoreBridge(
            self.scripted.core, workers=4, store_retry=StoreRetry(attempts=3, first_pause=0.05)
        )
        self.adapter = TelegramAdapter(
            settings, self.bridge, self.scripted.core.commands, poll_timeout=1.0, first_backoff=0.05
        )

    async def start(self) -> TelegramHarness:
        await self.adapter.start()
        return self

    async def stop(self) -> None:
        await self.adapter.stop_receiving()
        assert await self.bridge.drain(20)
        await self.adapter.close()
        await self.bridge.close()

    async def kill(self) -> None:
        """Stop as a killed process would (then release the HTTP client the OS would close)."""
        self.adapter.abort()
        self.bridge.abort()
        await self.adapter.bot.shutdown()


@pytest.fixture
async def telegram(
    database: Database, telegram_settings: Settings, fake_telegram: FakeBotApi
) -> AsyncIterator[TelegramHarness]:
    harness = await TelegramHarness(database, telegram_settings, fake_telegram).start()
    yield harness
    if harness.adapter.state != "stopped":
        await harness.stop()
