"""Telegram DMs as an outbound channel, and the flood limits (per chat, overall, urgent first)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator

import pytest
from telegram.ext import ExtBot

from adapters.telegram.adapter import build_bot
from adapters.telegram.channel import TelegramChannel
from adapters.telegram.rate_limit import SendOptions
from bot.messages import Button
from bot.outbound import OutboundMessage
from bot.settings import Settings
from tests.telegram.fake_bot_api import FakeBotApi

CONTACT = 2001
ALERT = OutboundMessage(
    subject="Sanctum",
    text="Ana asked me to let you know they could use support. Please reach out.",
    buttons=((Button(label="I'll reach out", data="/ack 42"),),),
)


async def _bot(settings: Settings) -> ExtBot:  # type: ignore[type-arg]
    bot = build_bot(settings)
    await bot.initialize()
    return bot


@pytest.fixture
async def channel(telegram_settings: Settings) -> AsyncIterator[TelegramChannel]:
    bot = await _bot(telegram_settings)
    yield TelegramChannel(bot)
    await bot.shutdown()


async def test_a_dm_to_someone_who_started_the_bot_is_sent(
    channel: TelegramChannel, fake_telegram: FakeBotApi
) -> None:
    result = await channel.send(str(CONTACT), ALERT)
    assert result.outcome == "sent"
    (sent,) = fake_telegram.sent(CONTACT, "sendMessage")
    assert sent.text == ALERT.text
    assert sent.buttons == [[{"text": "I'll reach out", "callback_data": "/ack 42"}]]


async def test_delivery_failures_map_to_retry_or_refused(
    channel: TelegramChannel, fake_telegram: FakeBotApi
) -> None:
    fake_telegram.blocked_chats.add(CONTACT)
    blocked = await channel.send(str(CONTACT), ALERT)
    assert (blocked.outcome, blocked.detail.startswith("403")) == ("refused", True)

    fake_telegram.fail("sendMessage", 500, "Internal Server Error")
    broken = await channel.send("2003", ALERT)
    assert broken.outcome == "retry"

    # Last: a 429 pauses every send of this bot for retry_after seconds.
    fake_telegram.fail("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    limited = await channel.send("2002", ALERT)
    assert (limited.outcome, limited.retry_after) == ("retry", 7)

    assert (await channel.send("@someone", ALERT)).outcome == "refused"
    assert (await channel.send("-100123", ALERT)).outcome == "refused", "DMs only, no groups"
    assert not fake_telegram.sent(), "nothing got through"
    assert ALERT.text not in " ".join(r.detail for r in (blocked, limited, broken)), (
        "results never carry the message"
    )


async def test_one_chat_gets_a_short_burst_then_its_rate(
    telegram_settings: Settings, fake_telegram: FakeBotApi
) -> None:
    settings = telegram_settings.model_copy(update={"telegram_chat_messages_per_second": 4})
    bot = await _bot(settings)
    try:
        await asyncio.gather(*(bot.send_message(CONTACT, f"n{i}") for i in range(6)))
        other = await bot.send_message(2002, "another chat is not held up")
    finally:
        await bot.shutdown()
    times = [call.at for call in fake_telegram.sent(CONTACT)]
    assert [call.text for call in fake_telegram.sent(CONTACT)] == [f"n{i}" for i in range(6)]
    assert times[2] - times[0] < 0.2, "a burst of three goes at once"
    gaps = [later - earlier for earlier, later in itertools.pairwise(times[2:])]
    assert all(gap >= 0.2 for gap in gaps), f"then 4 a second: {gaps}"
    assert other.text == "another chat is not held up"


async def test_urgent_sends_overtake_the_overall_queue(
    telegram_settings: Settings, fake_telegram: FakeBotApi
) -> None:
    settings = telegram_settings.model_copy(update={"telegram_messages_per_second": 20})
    bot = await _bot(settings)
    try:
        ordinary = [
            asyncio.create_task(bot.send_message(3000 + i, f"digest {i}")) for i in range(40)
        ]
        await asyncio.sleep(0)  # let them queue (ordering, not timing)
        await bot.send_message(CONTACT, "crisis reply", rate_limit_args=SendOptions(urgent=True))
        assert sum(task.done() for task in ordinary) < 40, "ordinary sends were still waiting"
        await asyncio.gather(*ordinary)
    finally:
        await bot.shutdown()
    order = [call.text for call in fake_telegram.sent(method="sendMessage")]
    assert order.index("crisis reply") < 25
