"""The real discord.py client against the fake Discord gateway and REST API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import discord
import pytest
from pydantic import SecretStr

from adapters.bridge import CoreBridge
from adapters.discord.adapter import DiscordAdapter
from bot.settings import Settings
from storage.db import Database
from tests.discord.fake_discord import TOKEN, FakeDiscord
from tests.run.scripted_core import ScriptedCore, scripted_core


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def discord_on_loopback(fake_discord: FakeDiscord) -> Iterator[None]:
    """Point discord.py at the fake (class attributes, as the library offers no setting)."""
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake_discord.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = fake_discord.gateway_url
    yield
    discord.http.Route.BASE = base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway


class DiscordHarness:
    def __init__(self, database: Database, settings: Settings) -> None:
        self.adapter_settings = settings
        self.scripted: ScriptedCore = scripted_core(database, settings)
        self.bridge = CoreBridge(self.scripted.core, workers=4)
        self.adapter = DiscordAdapter(
            settings, self.bridge, self.scripted.core.commands, guild_ready_timeout=0.01
        )

    async def stop(self) -> None:
        await self.adapter.stop_receiving()
        assert await self.bridge.drain(20)
        await self.adapter.close()
        await self.bridge.close()


@pytest.fixture
async def discord_bot(
    database: Database, settings: Settings, discord_on_loopback: None
) -> AsyncIterator[DiscordHarness]:
    settings = settings.model_copy(update={"discord_token": SecretStr(TOKEN)})
    harness = DiscordHarness(database, settings)
    await harness.adapter.start()
    yield harness
    if harness.adapter.state != "stopped":
        await harness.stop()
