"""Discord DMs as an outbound channel: alerts and digests to people who share a server with
the bot or have talked to it.

The address is the person's Discord user id. Discord refuses DMs to people who closed them
or share no server with the bot (error 50007): final for this channel. Rate limits beyond
what discord.py waits out itself come back as ``retry``, as do server errors and timeouts.
"""

from __future__ import annotations

import aiohttp
import discord

from adapters.discord.render import message_parts
from bot.messages import Reply
from bot.outbound import DeliveryResult, OutboundMessage

CANNOT_SEND_TO_USER = 50007


class DiscordChannel:
    name = "discord"

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        try:
            user_id = int(address)
        except ValueError:
            return DeliveryResult(outcome="refused", detail="not a Discord user id")
        try:
            dm = await self.client.create_dm(discord.Object(id=user_id))
            for part in message_parts(Reply(text=message.text, buttons=message.buttons)):
                await dm.send(**part)
        except discord.RateLimited as error:
            return DeliveryResult(outcome="retry", retry_after=error.retry_after, detail="429")
        except discord.Forbidden as error:
            detail = "50007 DMs closed" if error.code == CANNOT_SEND_TO_USER else "403"
            return DeliveryResult(outcome="refused", detail=detail)
        except discord.NotFound:
            return DeliveryResult(outcome="refused", detail="404 unknown user")
        except discord.DiscordServerError as error:
            return DeliveryResult(outcome="retry", detail=str(error.status))
        except discord.HTTPException as error:
            if error.status == 429:
                return DeliveryResult(outcome="retry", detail="429")
            return DeliveryResult(outcome="refused", detail=f"{error.status} {error.code}")
        except (aiohttp.ClientError, TimeoutError, OSError) as error:
            return DeliveryResult(outcome="retry", detail=type(error).__name__)
        return DeliveryResult.sent()
