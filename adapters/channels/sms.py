"""SMS, behind an optional interface.

Sanctum ships no SMS provider. To send alerts and invitations by SMS, implement
``SmsGateway.send_sms`` for your provider (Twilio, Vonage, an HTTP gateway of your carrier ...)
mapping its answers to ``DeliveryResult`` (sent; retry with retry_after on throttling and
5xx; refused for invalid or blocked numbers) and pass it to ``SmsChannel`` (see
``adapters.channels.outbound_channels``). Without one, the SMS channel refuses every message
with "sms_not_configured", so an alert moves straight on to the contact's next channel.
"""

from __future__ import annotations

from typing import Protocol

from bot.outbound import DeliveryResult, OutboundMessage

MAX_SMS_CHARS = 1200  # about eight concatenated parts


class SmsGateway(Protocol):
    async def send_sms(self, phone: str, text: str) -> DeliveryResult: ...


class SmsChannel:
    name = "sms"

    def __init__(self, gateway: SmsGateway | None = None) -> None:
        self.gateway = gateway

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        if self.gateway is None:
            return DeliveryResult(outcome="refused", detail="sms_not_configured")
        return await self.gateway.send_sms(address, message.text[:MAX_SMS_CHARS])
