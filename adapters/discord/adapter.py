"""The Discord front end on discord.py: DMs, slash commands and buttons.

DMs are conversations with the core. Every core command is also a slash command (with one
optional text argument); in a server its replies are ephemeral, so personal data is never
posted in a channel. Buttons carry the core's button data as custom ids. An interaction is
acknowledged (deferred, or the pressed message updated) once the core has stored it, or
after two seconds at the latest, because Discord drops interactions not answered in three.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta

import aiohttp
import discord
from aiohttp import web
from discord import app_commands

from adapters.bridge import CoreBridge
from adapters.discord.catch_up import newest_stored_dms
from adapters.discord.channel import DiscordChannel
from adapters.discord.render import (
    MAX_MESSAGE_LENGTH,
    NO_MENTIONS,
    escape,
    message_parts,
    pressed_label,
)
from adapters.discord.translate import (
    PLATFORM,
    DiscordIncoming,
    command_text,
    from_interaction,
    from_message,
)
from bot.commands import Command
from bot.messages import IncomingMessage, Reply
from bot.metrics import ERRORS
from bot.safe_logging import describe_failure
from bot.settings import Settings

log = logging.getLogger("sanctum.discord")

ACKNOWLEDGE_WITHIN = 2.0  # seconds; Discord gives three
READY_WITHIN = 60.0
CATCH_UP_WINDOW = timedelta(days=2)
CATCH_UP_PEOPLE = 500
CATCH_UP_MESSAGES = 50  # per person
RECONNECT_PAUSE = 1.0


class MessageableReplier:
    """Replies into a DM (opened on first use) or, for a group pointer, a server channel."""

    def __init__(
        self, client: discord.Client, user_id: int, channel: discord.abc.Messageable | None
    ) -> None:
        self.client = client
        self.user_id = user_id
        self.channel = channel

    async def _target(self) -> discord.abc.Messageable:
        if self.channel is None:
            self.channel = await self.client.create_dm(discord.Object(id=self.user_id))
        return self.channel

    async def deliver(self, reply: Reply) -> None:
        channel = await self._target()
        for part in message_parts(reply):
            await channel.send(**part)

    async def show_typing(self) -> None:
        await (await self._target()).typing()

    async def finished(self, replied: bool) -> None:
        return None


class InteractionReplier:
    """Replies to a slash command or a button press as follow-ups (ephemeral in a server)."""

    def __init__(self, interaction: discord.Interaction, ephemeral: bool) -> None:
        self.interaction = interaction
        self.ephemeral = ephemeral
        self.acknowledged = asyncio.Event()
        self.thinking = False

    async def deliver(self, reply: Reply) -> None:
        await self.acknowledged.wait()
        for part in message_parts(reply):
            await self.interaction.followup.send(**part, ephemeral=self.ephemeral)

    async def show_typing(self) -> None:
        return None  # a deferred interaction already shows "thinking"

    async def finished(self, replied: bool) -> None:
        if not replied and self.thinking:  # nothing to say (a repeat): end the "thinking"
            await self.acknowledged.wait()
            with contextlib.suppress(discord.HTTPException):
                await self.interaction.delete_original_response()


class _Client(discord.Client):
    def __init__(self, adapter: DiscordAdapter, guild_ready_timeout: float) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        intents.dm_messages = True
        intents.guild_messages = True
        super().__init__(
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            max_messages=None,  # keep no copies of people's messages in memory
            guild_ready_timeout=guild_ready_timeout,
            max_ratelimit_timeout=30.0,
        )
        self.adapter = adapter
        self.tree = app_commands.CommandTree(self)

    async def on_error(self, event_method: str, /, *args: object, **kwargs: object) -> None:
        # discord.py would log the traceback, whose exception text may quote a message.
        error = sys.exc_info()[1]
        ERRORS.labels("discord_event").inc()
        log.error("handling %s failed: %s", event_method, describe_failure(error or Exception()))

    async def setup_hook(self) -> None:
        self.tree.on_error = self._on_command_error  # type: ignore[method-assign]
        for command in self.adapter.commands:
            self.tree.add_command(self.adapter.slash_command(command))
        await self.tree.sync()

    async def _on_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        ERRORS.labels("discord_command").inc()
        cause = error.__cause__ or error
        log.error("a slash command failed: %s", describe_failure(cause))

    async def on_message(self, message: discord.Message) -> None:
        self.adapter.on_message(message)

    async def on_ready(self) -> None:  # every new session (not a resumed one)
        self.adapter.catch_up()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type == discord.InteractionType.component:
            await self.adapter.on_press(interaction)


class DiscordAdapter:
    name = "discord"

    def __init__(
        self,
        settings: Settings,
        bridge: CoreBridge,
        commands: Iterable[Command],
        *,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        if settings.discord_token is None:
            raise ValueError("SANCTUM_DISCORD_TOKEN is not set")
        self._token = settings.discord_token.get_secret_value()
        self.bridge = bridge
        self.commands = list(commands)
        self.client = _Client(self, guild_ready_timeout)
        self.channel = DiscordChannel(self.client)
        self.state = "stopped"
        self._connection: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._catching_up: asyncio.Task[None] | None = None

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        self.state = "starting"
        await self.client.login(self._token)  # registers and syncs the slash commands
        self._connection = asyncio.create_task(self._stay_connected(), name="discord-gateway")
        ready = asyncio.create_task(self.client.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, self._connection}, timeout=READY_WITHIN, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
            if self._connection in done:
                self._connection.result()  # raises what stopped the connection
            raise TimeoutError("Discord did not become ready")
        self.state = "connected"

    async def _stay_connected(self) -> None:
        """discord.py reconnects after network trouble, but an event it fails to read ends
        its connection for good; connect again, after a pause, until closed."""
        pause = RECONNECT_PAUSE
        while not self.client.is_closed():
            try:
                await self.client.connect(reconnect=True)
            except Exception as error:
                if self.client.is_closed():
                    return
                ERRORS.labels("discord_gateway").inc()
                log.error("the Discord connection broke: %s", describe_failure(error))
                if self.client.ws is not None:  # also stops its heartbeat thread
                    with contextlib.suppress(Exception):
                        await self.client.ws.close()
                await asyncio.sleep(pause)
                pause = min(pause * 2, 60.0)
            else:
                return

    async def stop_receiving(self) -> None:
        # Discord does not deliver again what a closed gateway missed, so messages keep
        # being taken while the ones in progress finish; close() ends the connection.
        self.state = "stopping"

    async def close(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.client.close()
        if self._connection is not None:
            await asyncio.gather(self._connection, return_exceptions=True)
        self.state = "stopped"

    def healthy(self) -> bool:
        return (
            self.state == "connected"
            and self._connection is not None
            and not self._connection.done()
            and not self.client.is_closed()
        )

    def add_routes(self, app: web.Application) -> None:
        return None

    # -- events ---------------------------------------------------------------------------

    def on_message(self, message: discord.Message) -> None:
        me = self.client.user
        if me is None:
            return
        incoming = from_message(message, me)
        if incoming is None:
            return
        replier = MessageableReplier(self.client, message.author.id, message.channel)
        self.bridge.submit(incoming.lane, incoming.message, replier)

    async def on_slash(self, interaction: discord.Interaction, name: str, text: str | None) -> None:
        incoming = from_interaction(interaction, command_text(name, text))
        replier = InteractionReplier(interaction, ephemeral=incoming.shared_channel)
        replier.thinking = True
        await self._submit_and_acknowledge(
            incoming,
            replier,
            lambda: interaction.response.defer(ephemeral=incoming.shared_channel, thinking=True),
        )

    async def on_press(self, interaction: discord.Interaction) -> None:
        data = interaction.data or {}
        custom_id = str(data.get("custom_id", ""))
        if not custom_id:
            return
        incoming = from_interaction(interaction, custom_id)
        replier = InteractionReplier(interaction, ephemeral=incoming.shared_channel)
        message = interaction.message
        label = pressed_label(message, custom_id)

        def acknowledge() -> Awaitable[object]:
            if message is not None and message.content and label:
                marked = f"{message.content}\n\n→ {escape(label)}"
                if len(marked) <= MAX_MESSAGE_LENGTH:
                    return interaction.response.edit_message(content=marked, view=None)
            return interaction.response.defer()

        await self._submit_and_acknowledge(incoming, replier, acknowledge)

    def catch_up(self) -> None:
        """Read DMs written while no session was connected (see catch_up.py)."""
        if self._catching_up is None or self._catching_up.done():
            self._catching_up = asyncio.create_task(self._catch_up())
            self._tasks.add(self._catching_up)
            self._catching_up.add_done_callback(self._tasks.discard)

    async def _catch_up(self) -> None:
        since = datetime.now(UTC) - CATCH_UP_WINDOW
        try:
            people = await asyncio.to_thread(
                newest_stored_dms, self.bridge.core.db, since=since, people=CATCH_UP_PEOPLE
            )
        except Exception as error:
            log.error("reading where each DM stands failed: %s", describe_failure(error))
            return
        found = 0
        for user_id, newest in people:
            try:
                dm = await self.client.create_dm(discord.Object(id=user_id))
                async for message in dm.history(
                    limit=CATCH_UP_MESSAGES, after=discord.Object(id=newest), oldest_first=True
                ):
                    if message.author.id == user_id:
                        found += 1
                        self.on_message(message)
            except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as error:
                log.warning("catching up a DM failed: %s", describe_failure(error))
        if found:
            log.info("caught up %d DMs written while disconnected", found)

    def resubmit(self, message: IncomingMessage) -> asyncio.Future[bool]:
        """Hand a stored message to the core again (one a dead process left unfinished)."""
        user_id = int(message.platform_user_id)
        replier = MessageableReplier(self.client, user_id, None)
        return self.bridge.submit((PLATFORM, user_id), message, replier)

    async def _submit_and_acknowledge(
        self,
        incoming: DiscordIncoming,
        replier: InteractionReplier,
        acknowledge: Callable[[], Awaitable[object]],
    ) -> None:
        stored = self.bridge.submit(incoming.lane, incoming.message, replier)
        await asyncio.wait({stored}, timeout=ACKNOWLEDGE_WITHIN)
        try:
            await acknowledge()
        except discord.HTTPException as error:
            log.warning("acknowledging an interaction failed: %s", describe_failure(error))
        finally:
            replier.acknowledged.set()

    # -- slash commands -------------------------------------------------------------------

    def slash_command(self, command: Command) -> app_commands.Command:  # type: ignore[type-arg]
        adapter = self

        async def callback(interaction: discord.Interaction, text: str | None = None) -> None:
            await adapter.on_slash(interaction, command.name, text)

        parameter = _parameter_name(command.usage)
        callback = app_commands.rename(text=parameter)(callback)
        callback = app_commands.describe(text=command.usage.strip("[]") or "optional")(callback)
        return app_commands.Command(
            name=command.name, description=command.summary[:100], callback=callback
        )


def _parameter_name(usage: str) -> str:
    words = [word.strip("[]<>").lower() for word in usage.split()]
    name = "_".join(word for word in words if word.isidentifier())
    return name[:32] or "details"
