"""Core replies as Discord messages: split to 2,000 characters, markdown escaped, buttons.

Replies are plain text, so Discord markdown in them (a name with underscores, a trigger with
asterisks) is escaped, and no reply can ping anyone (mentions are disabled). Buttons become
a view whose custom ids are the buttons' data; the view is not kept in memory, so a press is
read from the interaction itself and works after a restart too.
"""

from __future__ import annotations

import io
from typing import Any

import discord
from discord.utils import escape_markdown

from adapters.text import split_text
from bot.messages import Attachment, Button, Reply

MAX_MESSAGE_LENGTH = 2000
MAX_LABEL = 80
MAX_CUSTOM_ID = 100
ROWS = 5
PER_ROW = 5
NO_MENTIONS = discord.AllowedMentions.none()


def escape(text: str) -> str:
    return escape_markdown(text)


def split(text: str) -> list[str]:
    return split_text(text, MAX_MESSAGE_LENGTH, lambda part: len(escape(part)))


MORE_OPTIONS = "More options:"

ButtonRows = tuple[tuple[Button, ...], ...]


def button_grids(rows: ButtonRows) -> list[ButtonRows]:
    """Discord takes at most five rows of five buttons per message: longer rows wrap, and the
    rows beyond five go to following messages, so every option stays reachable."""
    wrapped = [
        row[start : start + PER_ROW] for row in rows for start in range(0, len(row), PER_ROW)
    ]
    return [tuple(wrapped[start : start + ROWS]) for start in range(0, len(wrapped), ROWS)]


def view_for(rows: ButtonRows) -> discord.ui.View | None:
    """One message's buttons: at most five rows of five (see ``button_grids``)."""
    if not rows:
        return None
    view = discord.ui.View(timeout=None)
    for row_number, row in enumerate(rows[:ROWS]):
        for button in row[:PER_ROW]:
            view.add_item(
                discord.ui.Button(
                    label=button.label[:MAX_LABEL],
                    custom_id=button.data[:MAX_CUSTOM_ID],
                    style=discord.ButtonStyle.secondary,
                    row=row_number,
                )
            )
    view.stop()  # finished views are not stored: presses arrive as plain interactions
    return view


def file_for(attachment: Attachment) -> discord.File:
    return discord.File(io.BytesIO(attachment.content), filename=attachment.filename)


def message_parts(reply: Reply) -> list[dict[str, Any]]:
    """Keyword arguments for each message a reply becomes (send or followup.send)."""
    texts = split(reply.text) if reply.text else [""]
    grids = button_grids(reply.buttons)
    parts: list[dict[str, Any]] = []
    for number, text in enumerate(texts, start=1):
        part: dict[str, Any] = {"content": escape(text) or None, "allowed_mentions": NO_MENTIONS}
        if number == len(texts):
            view = view_for(grids[0]) if grids else None
            if view is not None:
                part["view"] = view
            if reply.attachment is not None:
                part["file"] = file_for(reply.attachment)
        if part["content"] or "view" in part or "file" in part:
            parts.append(part)
    for grid in grids[1:]:
        parts.append(
            {"content": MORE_OPTIONS, "allowed_mentions": NO_MENTIONS, "view": view_for(grid)}
        )
    return parts


def pressed_label(message: discord.Message | None, custom_id: str) -> str | None:
    if message is None:
        return None
    for row in message.components:
        for component in getattr(row, "children", []):
            if getattr(component, "custom_id", None) == custom_id:
                return getattr(component, "label", None)
    return None
