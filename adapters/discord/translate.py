"""Discord messages and interactions as the core's IncomingMessage.

Only the person's DM with the bot is private. Anywhere else (a server channel, a group DM)
the bot reads only what mentions it (or shows risk), as a group message: the core answers
with a pointer to a DM. Slash commands and button presses are private everywhere, because
outside the bot's DM their replies are ephemeral (only the person sees them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import discord

from bot.crisis.detector import assess_text
from bot.messages import IncomingMessage

PLATFORM = "discord"


@dataclass(frozen=True)
class DiscordIncoming:
    message: IncomingMessage
    lane: tuple[str, int]
    shared_channel: bool  # anywhere but the person's DM with the bot


def from_message(message: discord.Message, me: discord.ClientUser) -> DiscordIncoming | None:
    if message.author.bot or message.author.id == me.id:
        return None
    # A guild the bot has not cached leaves message.guild empty: only the channel type is sure.
    shared = not isinstance(message.channel, discord.DMChannel)
    text = message.content.replace(me.mention, "").replace(f"<@!{me.id}>", "").strip()
    mentioned = any(user.id == me.id for user in message.mentions)
    if shared and not mentioned and assess_text(text).level == "none":
        return None
    kind: Literal["private", "group"] = "group" if shared else "private"
    return DiscordIncoming(
        message=IncomingMessage(
            platform=PLATFORM,
            platform_user_id=str(message.author.id),
            text=text,
            sent_at=_aware(message.created_at),
            platform_message_id=f"m{message.id}",
            chat_kind=kind,
        ),
        lane=(PLATFORM, message.channel.id if shared else message.author.id),
        shared_channel=shared,
    )


def from_interaction(interaction: discord.Interaction, text: str) -> DiscordIncoming:
    """A slash command (its text) or a button press (the button's data)."""
    return DiscordIncoming(
        message=IncomingMessage(
            platform=PLATFORM,
            platform_user_id=str(interaction.user.id),
            text=text,
            sent_at=_aware(interaction.created_at),
            platform_message_id=f"i{interaction.id}",
            chat_kind="private",
        ),
        lane=(PLATFORM, interaction.user.id),
        shared_channel=not _in_bot_dm(interaction),
    )


def _in_bot_dm(interaction: discord.Interaction) -> bool:
    context = interaction.context
    return interaction.guild_id is None and context.dm_channel and not context.private_channel


def command_text(name: str, argument: str | None) -> str:
    return f"/{name} {argument.strip()}".strip() if argument else f"/{name}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
