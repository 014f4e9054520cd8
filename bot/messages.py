"""The core's own vocabulary for conversation, independent of any chat platform.

Adapters translate platform updates into ``IncomingMessage`` and render ``Reply`` back,
degrading what their platform lacks (buttons become numbered options in a terminal).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.vocabulary import CrisisLevel


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IncomingMessage(_Frozen):
    platform: str = Field(min_length=1, max_length=32)
    platform_user_id: str = Field(min_length=1, max_length=128)
    text: str
    sent_at: datetime
    platform_message_id: str | None = Field(default=None, max_length=128)
    # Where the message was written: replies with personal data only go to private chats.
    chat_kind: Literal["private", "group"] = "private"
    # Set by the adapter layer when it already sent the fixed crisis reply for this level
    # because the message had to wait behind the person's previous one (see Core.answer_crisis_now).
    crisis_answered: CrisisLevel | None = None

    @field_validator("sent_at")
    @classmethod
    def _must_be_aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("sent_at must carry a time zone")
        return value


class Button(_Frozen):
    label: str = Field(min_length=1, max_length=64)
    # What the press sends back into the core as the text of a new message.
    data: str = Field(min_length=1, max_length=64)


class Attachment(_Frozen):
    filename: str
    media_type: str
    content: bytes


class Reply(_Frozen):
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    attachment: Attachment | None = None
    # Part of the crisis path: adapters send it first and never drop or batch it.
    urgent: bool = False


def button_rows(options: list[tuple[str, str]], per_row: int = 3) -> tuple[tuple[Button, ...], ...]:
    """Lay (label, data) options out in rows for a keyboard."""
    buttons = [Button(label=label, data=data) for label, data in options]
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))
