"""The port for messages Sanctum starts itself: alerts, invitations, reminders, digests.

Adapters implement ``OutboundChannel`` (email over SMTP, Telegram and Discord DMs, SMS); the
core and its background services only see this port. A channel reports what happened in a
``DeliveryResult`` so the caller can retry, wait, or move on to another channel. Results and
errors never carry the message text.
"""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from bot.messages import Button


class OutboundMessage(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    subject: str = Field(max_length=200)  # email subject; ignored by chat platforms
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    # Idempotency key: a channel that can deduplicate (or a test) uses it.
    key: str | None = None
    # A one-click unsubscribe page (email: List-Unsubscribe); None when there is none.
    unsubscribe_url: str | None = None


class DeliveryResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # sent: done. retry: a passing problem (timeout, 429, 5xx), try again, after
    # ``retry_after`` seconds if given. refused: permanent (403, blocked, bad address),
    # move on to another channel.
    outcome: Literal["sent", "retry", "refused"]
    retry_after: float | None = None
    detail: str = Field(default="", max_length=200)  # an error code or class, never content

    @classmethod
    def sent(cls) -> DeliveryResult:
        return cls(outcome="sent")


class OutboundChannel(Protocol):
    """One way of reaching a person: "email", "telegram", "discord", "sms"."""

    name: str

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult: ...


class ChannelDirectory:
    """The outbound channels configured in this process, by name."""

    def __init__(self, channels: list[OutboundChannel] | None = None) -> None:
        self._channels: dict[str, OutboundChannel] = {}
        for channel in channels or []:
            self.add(channel)

    def add(self, channel: OutboundChannel) -> None:
        self._channels[channel.name] = channel

    def get(self, name: str) -> OutboundChannel | None:
        return self._channels.get(name)

    def names(self) -> list[str]:
        return sorted(self._channels)
