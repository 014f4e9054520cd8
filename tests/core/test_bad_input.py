"""Bad input gets a clear answer, stores nothing wrong and never crashes."""

from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.core import BINARY_MESSAGE, EMPTY_MESSAGE, LONG_MESSAGE_NOTE, Core
from bot.messages import IncomingMessage
from bot.vocabulary import MOOD_STATES
from storage.models import Baseline, MoodShift, RawMessage
from tests.conftest import Chat


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "\x00\x01\x02", "\u200b\u200d"])
def test_empty_messages_are_answered_and_not_stored(chat: Chat, database, text: str) -> None:
    assert chat.text(text) == EMPTY_MESSAGE
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(RawMessage)) == 0


def test_binary_looking_messages_are_refused_clearly(chat: Chat, database) -> None:
    junk = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\n\t") * 20 + "\ufffd" * 50 + "PK"
    assert chat.text(junk) == BINARY_MESSAGE
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(RawMessage)) == 0


def test_control_characters_are_removed_before_storing(chat: Chat, database) -> None:
    chat.say("feeling\x07 ok\x1b[31m today")
    with database.transaction() as db:
        assert db.scalars(select(RawMessage.text)).one() == "feeling ok[31m today"


def test_a_100_kb_message_is_kept_whole_and_answered(chat: Chat, database) -> None:
    text = ("I had a long day and I want to write it all down. " * 2000)[:100_000]
    reply = chat.text(text)
    assert LONG_MESSAGE_NOTE in reply
    with database.transaction() as db:
        assert len(db.scalars(select(RawMessage.text)).one()) == len(text.strip())


def test_very_long_commands_are_answered(chat: Chat) -> None:
    assert "isn't one of the states" in chat.text("/mood " + "x" * 5000)
    assert "couldn't read" in chat.text("/history " + "9" * 5000)


def test_a_naive_time_is_rejected_at_the_edge() -> None:
    with pytest.raises(ValueError, match="time zone"):
        IncomingMessage(platform="t", platform_user_id="u", text="hi", sent_at=datetime(2026, 1, 1))


message_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=string.printable, max_size=300),
    st.sampled_from(
        ["/mood", "/mood calm", "/history 2026-02-31", "/today 0", "/forget", "/undo", "/start"]
    ),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", errors="replace")),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(message_text, min_size=1, max_size=6))
def test_arbitrary_text_never_crashes_the_core(sqlite_database, settings, texts) -> None:
    core = Core(sqlite_database, settings)
    user = f"fuzz-{abs(hash(tuple(texts)))}"
    sent = datetime(2026, 11, 24, 12, tzinfo=UTC)
    for index, text in enumerate(texts):
        message = IncomingMessage(
            platform="fuzz",
            platform_user_id=user,
            text=text,
            sent_at=sent + timedelta(minutes=index),
        )
        replies = core.handle(message)
        assert replies, "every message gets an answer"
        assert all(reply.text.strip() for reply in replies)
    with sqlite_database.transaction() as db:
        assert (
            db.scalar(
                select(func.count()).select_from(RawMessage).where(RawMessage.status == "failed")
            )
            == 0
        )
        assert set(db.scalars(select(MoodShift.current_state))) <= set(MOOD_STATES)
        for baseline in db.scalars(select(Baseline)):
            assert baseline.mood is None or 0 <= baseline.mood <= 10
