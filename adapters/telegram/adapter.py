"""The Telegram front end: long polling (default) or a webhook, on python-telegram-bot's Bot.

Updates are read with explicit offsets rather than through ``Application``'s loop, so an
update is confirmed to Telegram only after the core stored it (see offsets.py); in webhook
mode the HTTP answer waits for the same moment, and a failure answers 503 so Telegram sends
the update again. Replies go out through the core bridge, in order per chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import re
from collections.abc import Iterable
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import BotCommand, Message, Update
from telegram.constants import ChatAction
from telegram.error import InvalidToken, RetryAfter, TelegramError

from adapters.bridge import CoreBridge, StoreRetry
from adapters.errors import StartupError
from adapters.telegram.bot import SanctumBot, build_bot
from adapters.telegram.channel import TelegramChannel
from adapters.telegram.offsets import UpdateOffsets
from adapters.telegram.rate_limit import retry_after_seconds
from adapters.telegram.render import (
    MAX_MESSAGE_LENGTH,
    PARSE_MODE,
    escape,
    pressed_label,
    send_reply,
)
from adapters.telegram.translate import (
    ALLOWED_UPDATES,
    PLATFORM,
    BotIdentity,
    TelegramIncoming,
    chat_of,
    read_update,
)
from bot.commands import Command
from bot.messages import IncomingMessage, Reply
from bot.metrics import ERRORS
from bot.safe_logging import describe_failure
from bot.settings import Settings

log = logging.getLogger("sanctum.telegram")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
SECRET_CHARACTERS = re.compile(r"[A-Za-z0-9_-]{1,256}")
DEFAULT_WEBHOOK_PATH = "/telegram/webhook"
SETTLE_WAIT = 0.1  # seconds to wait for the oldest waiting update to be stored, then poll anyway
BUSY_POLL_INTERVAL = 0.01  # while many updates wait to be stored, poll at most this often
FEW_REPEATS = 8  # at most this many updates fetched again: poll every FEW_POLL_INTERVAL
FEW_POLL_INTERVAL = 0.002
LONGEST_BACKOFF = 30.0


def webhook_secret(settings: Settings) -> str:
    """The configured secret, or one derived from the token (the same in every process)."""
    if settings.telegram_webhook_secret is not None:
        secret = settings.telegram_webhook_secret.get_secret_value()
        if not SECRET_CHARACTERS.fullmatch(secret):
            raise StartupError(
                "SANCTUM_TELEGRAM_WEBHOOK_SECRET may only hold 1 to 256 of A-Z, a-z, 0-9, _ and -"
            )
        return secret
    assert settings.telegram_token is not None
    token = settings.telegram_token.get_secret_value().encode()
    return hmac.new(token, b"sanctum telegram webhook", hashlib.sha256).hexdigest()


class TelegramReplier:
    def __init__(self, bot: SanctumBot, chat_id: int) -> None:
        self.bot = bot
        self.chat_id = chat_id

    async def deliver(self, reply: Reply) -> None:
        await send_reply(self.bot, self.chat_id, reply)

    async def show_typing(self) -> None:
        await self.bot.send_chat_action(chat_id=self.chat_id, action=ChatAction.TYPING)

    async def finished(self, replied: bool) -> None:
        return None


class TelegramAdapter:
    name = "telegram"

    def __init__(
        self,
        settings: Settings,
        bridge: CoreBridge,
        commands: Iterable[Command],
        *,
        poll_timeout: float = 30.0,
        first_backoff: float = 1.0,
    ) -> None:
        self.bot = build_bot(settings)
        self.bridge = bridge
        self.commands = list(commands)
        self.channel = TelegramChannel(self.bot)
        self.webhook_url = settings.telegram_webhook_url
        self.webhook_path = (
            urlsplit(self.webhook_url).path or DEFAULT_WEBHOOK_PATH
            if self.webhook_url
            else DEFAULT_WEBHOOK_PATH
        )
        self._secret = webhook_secret(settings) if self.webhook_url else ""
        self.poll_timeout = poll_timeout
        self.first_backoff = first_backoff
        self.state = "stopped"
        self._offsets = UpdateOffsets()
        self._confirmed: int | None = None
        self._poller: asyncio.Task[None] | None = None
        self._receiving = False
        self._me: BotIdentity | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        self.state = "starting"
        await self.bot.initialize()
        self._me = BotIdentity(id=self.bot.id, username=self.bot.username)
        await self.bot.set_my_commands(
            [BotCommand(command.name, command.summary[:256]) for command in self.commands]
        )
        if self.webhook_url:
            await self.bot.set_webhook(
                url=self.webhook_url,
                secret_token=self._secret,
                allowed_updates=list(ALLOWED_UPDATES),
            )
            self.state = "webhook"
        else:
            await self.bot.delete_webhook()
            self._receiving = True
            self._poller = asyncio.create_task(self._poll(), name="telegram-polling")
            self.state = "polling"

    async def stop_receiving(self) -> None:
        """Take no new updates; those already handed over keep going."""
        self.state = "stopping"
        self._receiving = False  # also ends the loop should a cancellation get lost
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None

    async def close(self) -> None:
        """Confirm what was stored, finish small tasks, release the HTTP clients."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.webhook_url is None:
            await self._confirm()
        await self.bot.shutdown()
        self.state = "stopped"

    def abort(self) -> None:
        """Stop as a killed process would: nothing confirmed, nothing finished."""
        self.state = "stopped"
        self._receiving = False
        for task in (self._poller, *self._tasks):
            if task is not None:
                task.cancel()

    def healthy(self) -> bool:
        if self.state == "polling":
            return self._poller is not None and not self._poller.done()
        return self.state == "webhook"

    def add_routes(self, app: web.Application) -> None:
        if self.webhook_url:
            app.router.add_post(self.webhook_path, self._receive_webhook)

    # -- long polling ---------------------------------------------------------------------

    async def _poll(self) -> None:
        loop = asyncio.get_running_loop()
        failures = 0
        polled_at = 0.0
        polled_offset: int | None = None
        while self._receiving:
            if self._offsets.pending:
                # Telegram would send the waiting updates again: poll once the oldest is
                # stored (the offset moves on), or after a while for updates beyond them.
                await self._offsets.moved_from(polled_offset, SETTLE_WAIT)
                # Each poll fetches the unconfirmed updates again. A few cost little, so a
                # message sent meanwhile is fetched almost at once; many (a burst) are fetched
                # again at most every BUSY_POLL_INTERVAL.
                interval = (
                    BUSY_POLL_INTERVAL
                    if self._offsets.unconfirmed > FEW_REPEATS
                    else FEW_POLL_INTERVAL
                )
                if (pause := interval - (loop.time() - polled_at)) > 0:
                    await asyncio.sleep(pause)
            offset = self._offsets.offset
            polled_at, polled_offset = loop.time(), offset
            try:
                updates = await self.bot.fetch_updates(
                    offset,
                    wait=0 if self._offsets.pending else self.poll_timeout,
                    allowed_updates=list(ALLOWED_UPDATES),
                )
            except InvalidToken:
                log.error("Telegram rejected the bot token; polling stopped")
                raise
            except RetryAfter as error:
                await asyncio.sleep(retry_after_seconds(error))
                continue
            except TelegramError as error:  # network trouble, 5xx, a conflicting poller
                failures += 1
                ERRORS.labels("telegram_poll").inc()
                log.warning("getUpdates failed: %s", describe_failure(error))
                await asyncio.sleep(min(LONGEST_BACKOFF, self.first_backoff * 2 ** (failures - 1)))
                continue
            failures = 0
            self._confirmed = offset
            for data in updates:
                update_id = data.get("update_id")
                if isinstance(update_id, int) and self._offsets.begin(update_id):
                    self._accept(update_id, data)

    def _accept(self, update_id: int, data: dict[str, Any]) -> None:
        assert self._me is not None
        try:
            update = Update.de_json(data, self.bot)
            incoming = read_update(update, self._me)
        except Exception as error:  # never log the update itself: it holds what was written
            ERRORS.labels("telegram_update").inc()
            log.error("an update could not be read: %s", describe_failure(error))
            incoming = None
        if incoming is None:
            self._offsets.finish(update_id)
            return
        stored = self._submit(incoming)
        stored.add_done_callback(partial(self._stored, update_id, incoming))

    def _stored(
        self, update_id: int, incoming: TelegramIncoming, stored: asyncio.Future[bool]
    ) -> None:
        # Stored, or given up after the retries (the bridge logged it): confirm either way,
        # or one message that cannot be stored would hold back every later one.
        self._offsets.finish(update_id)
        if incoming.callback is not None and stored.result():
            self._spawn(self._answer_press(incoming))

    async def _confirm(self) -> None:
        offset = self._offsets.offset
        if offset is None or offset == self._confirmed:
            return
        try:
            await self.bot.fetch_updates(offset, 0, list(ALLOWED_UPDATES), limit=1)
            self._confirmed = offset
        except TelegramError as error:
            log.warning("confirming updates failed: %s", describe_failure(error))

    # -- webhook --------------------------------------------------------------------------

    async def _receive_webhook(self, request: web.Request) -> web.Response:
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), self._secret):
            return web.Response(status=403)
        if self._me is None or self.state != "webhook":
            return web.Response(status=503)
        try:
            update = Update.de_json(await request.json(), self.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            return web.Response(status=400, text="not a Telegram update")
        incoming = read_update(update, self._me)
        if incoming is None:
            return web.Response(status=200)
        # Telegram delivers again when the answer is not 2xx: no retries here.
        stored = self._submit(incoming, StoreRetry(attempts=1))
        if not await asyncio.shield(stored):
            return web.Response(status=503)
        if incoming.callback is not None:
            self._spawn(self._answer_press(incoming))
        return web.Response(status=200)

    # -- both -----------------------------------------------------------------------------

    def _submit(
        self, incoming: TelegramIncoming, retry: StoreRetry | None = None
    ) -> asyncio.Future[bool]:
        replier = TelegramReplier(self.bot, incoming.chat_id)
        return self.bridge.submit(incoming.lane, incoming.message, replier, retry=retry)

    def resubmit(self, message: IncomingMessage) -> asyncio.Future[bool]:
        """Hand a stored message to the core again (one a dead process left unfinished)."""
        chat_id = chat_of(message)
        replier = TelegramReplier(self.bot, chat_id)
        return self.bridge.submit((PLATFORM, chat_id), message, replier)

    async def _answer_press(self, incoming: TelegramIncoming) -> None:
        """Stop the button's spinner and mark the choice on the message that had the keyboard."""
        query = incoming.callback
        assert query is not None
        with contextlib.suppress(TelegramError):  # too old to answer; the press was handled
            await self.bot.answer_callback_query(query.id)
        message = query.message
        if not isinstance(message, Message) or message.reply_markup is None:
            return
        label = pressed_label(message, query.data or "")
        try:
            text = f"{message.text}\n\n→ {label}" if message.text and label else None
            if text is not None and len(text) <= MAX_MESSAGE_LENGTH:
                await self.bot.edit_message_text(
                    chat_id=message.chat.id,
                    message_id=message.message_id,
                    text=escape(text),
                    parse_mode=PARSE_MODE,
                    reply_markup=None,
                )
            else:
                await self.bot.edit_message_reply_markup(
                    chat_id=message.chat.id, message_id=message.message_id, reply_markup=None
                )
        except TelegramError:
            pass  # the message is too old to edit, or unchanged: only cosmetic

    def _spawn(self, coroutine: object) -> None:
        task = asyncio.create_task(coroutine)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
