"""The python-telegram-bot client Sanctum uses: an ExtBot with our rate limiter, aiohttp as
its network layer, and raw access to getUpdates.

Raw updates let the poller parse only updates it has not seen: while an update waits to be
stored, Telegram sends it (and those after it) again with every poll. They also keep a
malformed update out of the logs (python-telegram-bot logs the whole response, message text
included, when it cannot parse one).
"""

from __future__ import annotations

from typing import Any, cast

from telegram.ext import ExtBot

from adapters.telegram.aiohttp_request import AiohttpRequest
from adapters.telegram.rate_limit import SendOptions, TelegramRateLimiter
from bot.settings import Settings

POLL_READ_MARGIN = 10.0  # seconds a long poll may take beyond its own timeout
CONNECTIONS = 16  # concurrent requests to the Bot API


class SanctumBot(ExtBot[SendOptions]):
    async def fetch_updates(
        self, offset: int | None, wait: float, allowed_updates: list[str], limit: int = 100
    ) -> list[dict[str, Any]]:
        data: dict[str, Any] = {
            "timeout": wait,  # seconds Telegram holds the request open (long polling)
            "limit": limit,
            "allowed_updates": allowed_updates,
        }
        if offset is not None:
            data["offset"] = offset
        result = await self._post("getUpdates", data, read_timeout=POLL_READ_MARGIN + wait)
        return cast("list[dict[str, Any]]", result)


def build_bot(settings: Settings) -> SanctumBot:
    if settings.telegram_token is None:
        raise ValueError("SANCTUM_TELEGRAM_TOKEN is not set")
    return SanctumBot(
        token=settings.telegram_token.get_secret_value(),
        base_url=settings.telegram_base_url,
        request=AiohttpRequest(CONNECTIONS),
        get_updates_request=AiohttpRequest(1, read_timeout=POLL_READ_MARGIN),
        rate_limiter=TelegramRateLimiter(
            settings.telegram_messages_per_second, settings.telegram_chat_messages_per_second
        ),
    )
