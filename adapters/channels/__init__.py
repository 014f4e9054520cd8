"""Outbound channels (email, SMS; Telegram and Discord DMs live with their chat adapters)."""

from __future__ import annotations

from adapters.channels.email import EmailChannel
from adapters.channels.sms import SmsChannel, SmsGateway
from bot.outbound import OutboundChannel
from bot.settings import Settings


def outbound_channels(
    settings: Settings, *, sms_gateway: SmsGateway | None = None
) -> list[OutboundChannel]:
    """The channels this configuration provides: email when SMTP is set, SMS always (it
    refuses every message until a gateway is plugged in, so alerts move to the next channel).
    """
    channels: list[OutboundChannel] = [SmsChannel(sms_gateway)]
    if settings.smtp_host:
        channels.append(EmailChannel.from_settings(settings))
    return channels


__all__ = ["EmailChannel", "SmsChannel", "SmsGateway", "outbound_channels"]
