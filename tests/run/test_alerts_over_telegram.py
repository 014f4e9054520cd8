"""An alert to an emergency contact who started the bot goes out as a real Telegram DM."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from prometheus_client import REGISTRY

from adapters.channels.email import EmailChannel
from adapters.telegram.bot import build_bot
from adapters.telegram.channel import TelegramChannel
from bot.core import Core
from bot.crisis.dispatcher import AlertDispatcher
from bot.outbound import ChannelDirectory
from bot.settings import Settings
from storage.db import Database
from tests.conftest import Chat
from tests.crisis_path.conftest import (  # the crisis path's own world, SMTP on loopback
    IMMINENT,
    RecordingChannel,
    SmtpSink,
    World,
    settings,
    smtp,
    smtp_server,
)
from tests.telegram.fake_bot_api import FakeBotApi

__all__ = ["settings", "smtp", "smtp_server"]  # fixtures used here

ROBIN = 2001


@pytest.fixture
async def world(
    database: Database,
    settings: Settings,
    smtp: SmtpSink,
    telegram_settings: Settings,
    fake_telegram: FakeBotApi,
) -> AsyncIterator[World]:
    bot = build_bot(telegram_settings)
    await bot.initialize()
    core = Core(database, settings)
    notices = RecordingChannel("test")
    channels = ChannelDirectory(
        [EmailChannel.from_settings(settings), TelegramChannel(bot), notices]
    )
    alice = Chat(core, "alice")
    alice.skip_intake()
    yield World(
        db=database,
        settings=settings,
        core=core,
        alice=alice,
        channels=channels,
        telegram=RecordingChannel("unused"),
        notices=notices,
        smtp=smtp,
        dispatcher=AlertDispatcher(database, channels, settings, owner="test"),
    )
    await bot.shutdown()


def _alerts_sent() -> float:
    value = REGISTRY.get_sample_value(
        "sanctum_alerts_total", {"purpose": "alert", "channel": "telegram", "outcome": "sent"}
    )
    return value or 0.0


async def test_an_alert_reaches_a_contact_who_started_the_bot(
    world: World, fake_telegram: FakeBotApi
) -> None:
    world.enrol_by_telegram("Robin", "robin", str(ROBIN))  # Robin sent /optin to the bot
    world.alice.say("/alerts auto")
    before = _alerts_sent()
    world.alice.say(IMMINENT)
    await world.deliver()

    texts = fake_telegram.texts(ROBIN)
    assert len(texts) == 1, texts
    assert "Alex" in texts[0]
    assert "kill" not in texts[0].lower() and "pills" not in texts[0], "no chat content"
    assert _alerts_sent() == before + 1
