"""`sanctum run` talks to the same fake servers as the Telegram and Discord tests."""

from tests.discord.conftest import discord_on_loopback, fake_discord
from tests.telegram.conftest import fake_telegram, telegram_settings

__all__ = ["discord_on_loopback", "fake_discord", "fake_telegram", "telegram_settings"]
