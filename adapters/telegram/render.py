"""Core replies as Telegram messages: split to the length limit, escaped, with keyboards.

Replies are plain text, sent in HTML parse mode with everything escaped, so nothing a person
wrote (a name, a trigger) can change the formatting. Buttons become an inline keyboard whose
callback data is the button's data (at most 64 bytes, as Telegram allows); a button that does
not fit is shown as a line to type instead. Image attachments go as photos, others as
documents.
"""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ExtBot

from adapters.telegram.rate_limit import SendOptions
from adapters.text import split_text as split
from adapters.text import utf16_length
from bot.messages import Attachment, Button, Reply

MAX_MESSAGE_LENGTH = 4096  # Telegram counts UTF-16 code units, after entity parsing
MAX_CALLBACK_DATA_BYTES = 64
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})
PARSE_MODE = ParseMode.HTML


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def split_text(text: str) -> list[str]:
    return split(text, MAX_MESSAGE_LENGTH, utf16_length)


def keyboard(rows: tuple[tuple[Button, ...], ...]) -> tuple[InlineKeyboardMarkup | None, str]:
    """The inline keyboard, and text lines for any button too long for callback data."""
    markup_rows: list[list[InlineKeyboardButton]] = []
    typed: list[str] = []
    for row in rows:
        fitting = []
        for button in row:
            if len(button.data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                fitting.append(InlineKeyboardButton(button.label, callback_data=button.data))
            else:
                typed.append(f"• {button.label}: {button.data}")
        if fitting:
            markup_rows.append(fitting)
    return (InlineKeyboardMarkup(markup_rows) if markup_rows else None), "\n".join(typed)


async def send_text(
    bot: ExtBot,
    chat_id: int,
    text: str,
    buttons: tuple[tuple[Button, ...], ...] = (),
    options: SendOptions | None = None,
) -> list[Message]:
    markup, typed = keyboard(buttons)
    if typed:
        text = f"{text}\n\n{typed}" if text else typed
    parts = split_text(text)
    sent = []
    for number, part in enumerate(parts, start=1):
        if not part:
            continue
        sent.append(
            await bot.send_message(
                chat_id=chat_id,
                text=escape(part),
                parse_mode=PARSE_MODE,
                reply_markup=markup if number == len(parts) else None,
                rate_limit_args=options,
            )
        )
    return sent


async def send_attachment(
    bot: ExtBot, chat_id: int, attachment: Attachment, options: SendOptions | None = None
) -> Message:
    if attachment.media_type in PHOTO_TYPES:
        try:
            return await bot.send_photo(
                chat_id=chat_id,
                photo=InputFile(attachment.content, filename=attachment.filename),
                rate_limit_args=options,
            )
        except BadRequest:  # too large or odd dimensions for a photo: a document always works
            pass
    return await bot.send_document(
        chat_id=chat_id,
        document=InputFile(attachment.content, filename=attachment.filename),
        rate_limit_args=options,
    )


async def send_reply(bot: ExtBot, chat_id: int, reply: Reply) -> None:
    options = SendOptions(urgent=reply.urgent)
    if reply.text or reply.buttons:
        await send_text(bot, chat_id, reply.text, reply.buttons, options)
    if reply.attachment is not None:
        await send_attachment(bot, chat_id, reply.attachment, options)


def pressed_label(message: Message | None, data: str) -> str | None:
    """The label of the keyboard button with this callback data, if the message has it."""
    if message is None or message.reply_markup is None:
        return None
    for row in message.reply_markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None
