"""Telegram DMs as an outbound channel: alerts and digests to people who started the bot.

The address is the person's Telegram user id (their private chat with the bot). Telegram
refuses to message someone who never started the bot or blocked it (403): that is final for
this channel, so the caller moves on. A 429 comes back as ``retry`` with Telegram's wait;
timeouts and server errors as ``retry``.
"""

from __future__ import annotations

from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import ExtBot

from adapters.telegram.rate_limit import SendOptions, retry_after_seconds
from adapters.telegram.render import send_text
from bot.outbound import DeliveryResult, OutboundMessage


class TelegramChannel:
    name = "telegram"

    def __init__(self, bot: ExtBot) -> None:  # type: ignore[type-arg]
        self.bot = bot

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        try:
            chat_id = int(address)
        except ValueError:
            return DeliveryResult(outcome="refused", detail="not a Telegram user id")
        if chat_id <= 0:
            return DeliveryResult(outcome="refused", detail="not a private chat")
        try:
            # The caller schedules retries itself, so a 429 is returned rather than waited out.
            await send_text(
                self.bot, chat_id, message.text, message.buttons, SendOptions(max_retries=0)
            )
        except RetryAfter as error:
            return DeliveryResult(
                outcome="retry", retry_after=retry_after_seconds(error), detail="429"
            )
        except Forbidden:
            return DeliveryResult(outcome="refused", detail="403 blocked or never started")
        except BadRequest:
            return DeliveryResult(outcome="refused", detail="400 chat not found")
        except InvalidToken:
            return DeliveryResult(outcome="retry", detail="invalid bot token")
        except NetworkError as error:  # timeouts, 5xx, connection failures
            return DeliveryResult(outcome="retry", detail=type(error).__name__)
        return DeliveryResult.sent()
