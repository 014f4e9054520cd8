"""Logs never hold what people wrote, not even when something fails."""

from __future__ import annotations

import logging

from bot.core import Core
from bot.safe_logging import describe_failure
from tests.conftest import Chat

SECRET = "my-secret-diary-words-4711"


def test_no_message_text_in_logs_even_on_failure(database, settings, caplog) -> None:
    def failing(text, local_time):
        raise ValueError(f"could not parse {text!r}")  # an error that quotes its input

    caplog.set_level(logging.DEBUG)
    chat = Chat(Core(database, settings, understand=failing))
    chat.say(f"went from calm to sad after {SECRET}")
    chat.say(f"/mood {SECRET}")
    assert caplog.records, "the failure was logged"
    assert any("ValueError" in record.getMessage() for record in caplog.records)
    for record in caplog.records:
        assert SECRET not in record.getMessage()
        assert not record.exc_info


def test_failure_descriptions_carry_locations_not_messages() -> None:
    try:
        raise KeyError(SECRET)
    except KeyError as error:
        described = describe_failure(error)
    assert described.startswith("KeyError at test_logging_privacy.py:")
    assert SECRET not in described
