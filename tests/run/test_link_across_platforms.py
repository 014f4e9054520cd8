"""One process serving Telegram and Discord with one core: /link joins the two accounts."""

from __future__ import annotations

import re

from pydantic import SecretStr
from sqlalchemy import func, select

from adapters.bridge import CoreBridge
from adapters.discord.adapter import DiscordAdapter
from adapters.telegram.adapter import TelegramAdapter
from bot.settings import Settings
from storage.db import Database
from storage.models import MoodShift, User
from tests.discord.fake_discord import TOKEN as DISCORD_TOKEN
from tests.discord.fake_discord import FakeDiscord
from tests.run.scripted_core import WAIT, scripted_core
from tests.telegram.fake_bot_api import FakeBotApi

ANA_ON_TELEGRAM, ANA_ON_DISCORD = 1001, 5005


async def test_link_a_discord_account_to_a_telegram_one(
    database: Database,
    telegram_settings: Settings,
    fake_telegram: FakeBotApi,
    fake_discord: FakeDiscord,
    discord_on_loopback: None,
) -> None:
    settings = telegram_settings.model_copy(update={"discord_token": SecretStr(DISCORD_TOKEN)})
    core = scripted_core(database, settings).core
    bridge = CoreBridge(core, workers=4)
    telegram = TelegramAdapter(settings, bridge, core.commands, poll_timeout=1.0)
    discord = DiscordAdapter(settings, bridge, core.commands, guild_ready_timeout=0.01)
    await telegram.start()
    await discord.start()
    try:
        fake_telegram.say(ANA_ON_TELEGRAM, "/mood calm functional")
        fake_telegram.say(ANA_ON_TELEGRAM, "/link")
        issued = (await fake_telegram.wait_for_texts(ANA_ON_TELEGRAM, 2))[1]
        code = re.search(r"/link ([A-Z0-9]{4}-[A-Z0-9]{4})", issued)
        assert code

        interaction = await fake_discord.slash(ANA_ON_DISCORD, "link", code.group(1))
        linked = (await fake_discord.wait_for(lambda: fake_discord.followups(interaction)))[0]
        assert linked.content.startswith("Linked")

        await fake_discord.dm(ANA_ON_DISCORD, "/today")
        today = await fake_discord.wait_for(lambda: fake_discord.messages_to(ANA_ON_DISCORD))
        assert "calm" in today[0].content, "Discord now sees what was logged on Telegram"
        assert await bridge.drain(WAIT)
    finally:
        for adapter in (telegram, discord):
            await adapter.stop_receiving()
            await adapter.close()
        await bridge.close()
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(User)) == 1
        assert db.scalar(select(func.count()).select_from(MoodShift)) == 1
