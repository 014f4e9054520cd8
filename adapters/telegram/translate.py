"""Telegram updates as the core's IncomingMessage (no PTB object leaves this adapter).

A text message (or a caption) and a button press (its callback data is the text) are read;
other updates are not for the core. The platform message id is built from ids Telegram keeps
stable across redeliveries, so a replayed update is recognised by the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatType

from bot.crisis.detector import assess_text
from bot.messages import IncomingMessage

PLATFORM = "telegram"
ALLOWED_UPDATES = ("message", "callback_query")


@dataclass(frozen=True)
class TelegramIncoming:
    message: IncomingMessage
    chat_id: int
    callback: CallbackQuery | None = None

    @property
    def lane(self) -> tuple[str, int]:
        return (PLATFORM, self.chat_id)


@dataclass(frozen=True)
class BotIdentity:
    id: int
    username: str


def read_update(update: Update, me: BotIdentity) -> TelegramIncoming | None:
    """The message for the core, or None when the update is nothing the core should see."""
    if update.callback_query is not None:
        return _from_callback(update.callback_query)
    if update.message is not None:
        return _from_message(update.message, me)
    return None


def _chat_kind(chat_type: str | None) -> Literal["private", "group"]:
    return "private" if chat_type in (None, ChatType.PRIVATE) else "group"


def _from_message(message: Message, me: BotIdentity) -> TelegramIncoming | None:
    sender = message.from_user
    if sender is None or sender.is_bot:
        return None
    text = message.text or message.caption or ""
    kind = _chat_kind(message.chat.type)
    # In a group the bot only answers what is meant for it, or a message showing risk.
    if (
        kind == "group"
        and not _addressed_to_bot(message, text, me)
        and assess_text(text).level == "none"
    ):
        return None
    return TelegramIncoming(
        message=IncomingMessage(
            platform=PLATFORM,
            platform_user_id=str(sender.id),
            text=text,
            sent_at=_aware(message.date),
            platform_message_id=f"m{message.chat.id}:{message.message_id}",
            chat_kind=kind,
        ),
        chat_id=message.chat.id,
    )


def _from_callback(query: CallbackQuery) -> TelegramIncoming | None:
    if not query.data:
        return None
    chat = query.message.chat if query.message is not None else None
    return TelegramIncoming(
        message=IncomingMessage(
            platform=PLATFORM,
            platform_user_id=str(query.from_user.id),
            text=query.data,
            sent_at=datetime.now(UTC).replace(microsecond=0),  # as precise as message dates
            platform_message_id=f"cb{query.id}"[:128],
            chat_kind=_chat_kind(chat.type if chat is not None else None),
        ),
        chat_id=chat.id if chat is not None else query.from_user.id,
        callback=query,
    )


def _addressed_to_bot(message: Message, text: str, me: BotIdentity) -> bool:
    if text.startswith("/") or f"@{me.username.lower()}" in text.lower():
        return True
    reply_to = message.reply_to_message
    return (
        reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == me.id
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def chat_of(message: IncomingMessage) -> int:
    """The chat a stored message came from (its private chat, unless the id names another)."""
    stored_id = message.platform_message_id or ""
    if stored_id.startswith("m") and ":" in stored_id:
        try:
            return int(stored_id[1:].split(":", 1)[0])
        except ValueError:
            pass
    return int(message.platform_user_id)
