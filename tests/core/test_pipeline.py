"""The order and guarantees of the message pipeline, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.core import PROCESSING_FAILED, Core
from bot.messages import IncomingMessage
from bot.understanding.models import Analysis
from storage.models import ContextVersion, MoodShift, RawMessage, SessionLogEntry
from tests.conftest import START, Chat


def test_every_message_is_stored_and_logged(chat: Chat, database) -> None:
    chat.say("hello there")
    chat.say("/today", advance=timedelta(minutes=1))
    with database.transaction() as db:
        texts = [m.text for m in db.scalars(select(RawMessage).order_by(RawMessage.id))]
        statuses = {m.status for m in db.scalars(select(RawMessage))}
        log = db.scalars(select(SessionLogEntry).order_by(SessionLogEntry.id)).all()
    assert texts == ["hello there", "/today"]
    assert statuses == {"processed"}
    assert [(entry.role, entry.kind) for entry in log][:1] == [("user", "message")]
    assert ("user", "command") in [(entry.role, entry.kind) for entry in log]
    assert any(entry.role == "bot" for entry in log)


# Both ways through the pipeline: one transaction with a savepoint (local understanding),
# or storing committed before a provider is asked.
BOTH_PATHS = pytest.mark.parametrize("local", [True, False], ids=["one-transaction", "two"])


@BOTH_PATHS
def test_a_failure_after_storing_loses_nothing(database, settings, local: bool) -> None:
    def broken_understanding(text, local_time):
        raise RuntimeError("model exploded")

    core = Core(database, settings, understand=broken_understanding, understanding_is_local=local)
    chat = Chat(core)
    chat.say("hello")
    with database.transaction() as db:
        version_before = db.scalar(select(ContextVersion.activity_token))
    replies = chat.say("went from calm to anxious after the meeting")
    assert [reply.text for reply in replies] == [PROCESSING_FAILED]
    with database.transaction() as db:
        stored = db.scalars(select(RawMessage).order_by(RawMessage.id)).all()[-1]
        assert stored.text == "went from calm to anxious after the meeting"
        assert stored.status == "failed"
        assert stored.failure == "RuntimeError"
        assert db.scalar(select(func.count()).select_from(MoodShift)) == 0
        logged = db.scalars(select(SessionLogEntry.text).where(SessionLogEntry.role == "user"))
        assert "went from calm to anxious after the meeting" in list(logged)
        # the log line is a context input: its version moved although processing failed
        assert db.scalar(select(ContextVersion.activity_token)) != version_before


def test_a_replayed_platform_message_is_not_processed_twice(core: Core, database) -> None:
    message = IncomingMessage(
        platform="test",
        platform_user_id="bob",
        text="/mood calm functional",
        sent_at=START,
        platform_message_id="77",
    )
    first = core.handle(message)
    again = core.handle(message)
    assert first and again == []
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(RawMessage)) == 1
        assert db.scalar(select(func.count()).select_from(MoodShift)) == 1


@BOTH_PATHS
def test_a_stored_but_unprocessed_message_is_processed_on_replay(
    database, settings, local: bool
) -> None:
    calls = {"n": 0}

    def flaky(text, local_time):
        calls["n"] += 1
        if calls["n"] == 1:
            raise TimeoutError
        return Analysis(intent="greeting")

    core = Core(database, settings, understand=flaky, understanding_is_local=local)
    message = IncomingMessage(
        platform="test", platform_user_id="bob", text="hey", sent_at=START, platform_message_id="1"
    )
    assert core.handle(message)[0].text == PROCESSING_FAILED
    replay = core.handle(message)
    assert replay and replay[0].text != PROCESSING_FAILED
    with database.transaction() as db:
        assert db.scalars(select(RawMessage.status)).all() == ["processed"]


def test_emit_receives_replies_in_order(chat: Chat) -> None:
    replies = chat.say("/mood")
    assert chat.emitted == replies


def test_group_chats_never_get_personal_data(core: Core, database) -> None:
    message = IncomingMessage(
        platform="test",
        platform_user_id="carol",
        text="/context",
        sent_at=START,
        chat_kind="group",
    )
    replies = core.handle(message)
    assert len(replies) == 1 and "privately" in replies[0].text
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(RawMessage)) == 0


def test_users_are_kept_apart(core: Core) -> None:
    alice, bob = Chat(core, "alice"), Chat(core, "bob")
    alice.say("/mood angry limited")
    assert "no mood shifts" in bob.text("/today")
    assert "angry" in alice.text("/today")


@pytest.mark.parametrize("text", ["/mood calm functional", "/mood"])
def test_same_platform_id_on_two_platforms_are_two_people(core: Core, text: str) -> None:
    Chat(core, "42", platform="telegram").say("/mood sad limited")
    assert "no mood shifts" in Chat(core, "42", platform="discord").text("/today")
