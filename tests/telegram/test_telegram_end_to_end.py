"""Telegram end to end: the real python-telegram-bot client, the fake Bot API, a real core."""

from __future__ import annotations

import json
import time

from sqlalchemy import func, select

from bot.core import GROUP_POINTER
from storage.db import Database
from storage.models import CrisisIncident, MoodShift, Profile, RawMessage
from tests.run.scripted_core import (
    CRISIS_TEXT,
    LONG_REPLY,
    LONG_TEXT,
    MOOD_SHIFT_TEXT,
    PICTURE_TEXT,
    PNG,
    SLOW_TEXT,
    WAIT,
)
from tests.telegram.conftest import TelegramHarness
from tests.telegram.fake_bot_api import BOT_USERNAME, Call, FakeBotApi

ANA = 1001


def _count(database: Database, model: type) -> int:
    with database.transaction() as db:
        return db.scalar(select(func.count()).select_from(model)) or 0


def _last_keyboard(fake: FakeBotApi, chat_id: int) -> Call:
    return next(call for call in reversed(fake.sent(chat_id, "sendMessage")) if call.buttons)


def _button_data(call: Call, label: str) -> str:
    for row in call.buttons:
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {call.buttons}")


async def _say(fake: FakeBotApi, text: str, chat_id: int = ANA) -> str:
    """Write as Ana and return the first reply to it."""
    before = len(fake.texts(chat_id))
    fake.say(chat_id, text)
    return (await fake.wait_for_texts(chat_id, before + 1))[before]


async def _press(fake: FakeBotApi, label: str, chat_id: int = ANA) -> str:
    keyboard = _last_keyboard(fake, chat_id)
    before = len(fake.texts(chat_id))
    fake.press(chat_id, keyboard, _button_data(keyboard, label))
    return (await fake.wait_for_texts(chat_id, before + 1))[before]


async def test_commands_are_registered_with_telegram(
    telegram: TelegramHarness, fake_telegram: FakeBotApi
) -> None:
    registered = {command["command"]: command["description"] for command in fake_telegram.commands}
    expected = {command.name for command in telegram.scripted.core.commands}
    assert set(registered) == expected
    assert {"start", "mood", "today", "link", "forget", "help"} <= set(registered)
    assert all(0 < len(description) <= 256 for description in registered.values())


async def test_intake_by_text_and_buttons(
    telegram: TelegramHarness, fake_telegram: FakeBotApi, database: Database
) -> None:
    assert "What would you like me to call you?" in await _say(fake_telegram, "/start")
    assert "Nice to meet you, Ana" in await _say(fake_telegram, "Ana")
    assert "Europe/Berlin" in await _say(fake_telegram, "Berlin")
    assert "I'll track" in await _press(fake_telegram, "Everything")
    await _press(fake_telegram, "Skip")  # no emergency contact for now
    done = await _press(fake_telegram, "8:00 and 21:00")
    assert "Ana" in done or "set" in done.lower()

    (
        await fake_telegram.wait_for(
            lambda: len(fake_telegram.sent(method="answerCallbackQuery")) == 3
        ),
        "every button press is answered",
    )
    edits = await fake_telegram.wait_for(lambda: fake_telegram.sent(ANA, "editMessageText") or None)
    assert edits[0].text.endswith("→ Everything"), "the pressed choice is marked"
    assert "reply_markup" not in edits[0].params or not edits[0].buttons
    with database.transaction() as db:
        profile = db.scalars(select(Profile)).one()
        assert (profile.name, profile.timezone) == ("Ana", "Europe/Berlin")
        assert profile.intake_completed_at is not None


async def test_a_natural_language_mood_shift_is_recorded(
    telegram: TelegramHarness, fake_telegram: FakeBotApi, database: Database
) -> None:
    reply = await _say(fake_telegram, MOOD_SHIFT_TEXT)
    assert "calm to anxious" in reply
    assert "the call with my boss" in reply
    with database.transaction() as db:
        shift = db.scalars(select(MoodShift)).one()
        assert (shift.previous_state, shift.current_state) == ("calm", "anxious")
        raw = db.scalars(select(RawMessage)).one()
        assert raw.platform_message_id == f"m{ANA}:1"
        assert raw.status == "processed"


async def test_the_quick_mood_log_by_buttons_then_today(
    telegram: TelegramHarness, fake_telegram: FakeBotApi, database: Database
) -> None:
    assert "How are you feeling" in await _say(fake_telegram, "/mood")
    states = _last_keyboard(fake_telegram, ANA)
    assert len([b for row in states.buttons for b in row]) == 16
    assert "How well can you function" in await _press(fake_telegram, "irritable")
    recorded = await _press(fake_telegram, "Struggling")
    assert "irritable" in recorded and "limited" in recorded
    assert _count(database, MoodShift) == 1

    today = await _say(fake_telegram, "/today")
    assert today.startswith("Today")
    assert "irritable" in today


async def test_a_crisis_reply_goes_out_while_the_core_is_still_working(
    telegram: TelegramHarness, fake_telegram: FakeBotApi
) -> None:
    crisis_path = telegram.scripted.crisis_path
    crisis_path.enabled = True  # the core stops inside the crisis path, after the reply
    fake_telegram.say(ANA, CRISIS_TEXT)
    texts = await fake_telegram.wait_for_texts(ANA, 1)
    assert not crisis_path.recording.finished.is_set(), "the reply did not wait for the core"
    assert "not a crisis service" in texts[0]
    assert "Emergency" in texts[0]
    crisis_path.recording.release.set()
    await crisis_path.recording.wait_finished()
    assert await telegram.bridge.drain(WAIT)
    assert len(fake_telegram.texts(ANA)) == 1, "at high risk the fixed reply stands alone"


async def test_a_crisis_message_behind_a_slow_reply_is_answered_without_waiting(
    telegram: TelegramHarness, fake_telegram: FakeBotApi, database: Database
) -> None:
    slow = telegram.scripted.companion.slow
    fake_telegram.say(ANA, SLOW_TEXT)
    await slow.wait_reached()  # the previous message's reply is being made, slowly
    fake_telegram.say(ANA, CRISIS_TEXT)
    texts = await fake_telegram.wait_for_texts(ANA, 1)
    assert not slow.finished.is_set(), "the crisis reply waited for the slow reply"
    assert "not a crisis service" in texts[0]
    assert "Emergency" in texts[0]
    slow.release.set()
    assert await telegram.bridge.drain(WAIT)
    texts = fake_telegram.texts(ANA)
    assert sum("not a crisis service" in text for text in texts) == 1, "sent once, not twice"
    assert any(text.startswith("That took some thought.") for text in texts)
    with database.transaction() as db:
        statuses = db.scalars(select(RawMessage.status).order_by(RawMessage.id)).all()
        incidents = db.scalar(select(func.count()).select_from(CrisisIncident))
    assert statuses == ["processed", "processed"]
    assert incidents == 1, "the crisis path still ran for the message"


async def test_typing_is_shown_while_a_slow_reply_is_made(
    telegram: TelegramHarness, fake_telegram: FakeBotApi
) -> None:
    slow = telegram.scripted.companion.slow
    fake_telegram.say(ANA, SLOW_TEXT)
    actions = await fake_telegram.wait_for(
        lambda: fake_telegram.sent(ANA, "sendChatAction") or None
    )
    assert actions[0].params["action"] == "typing"
    assert not fake_telegram.texts(ANA), "typing shows before the reply"
    slow.release.set()
    assert (await fake_telegram.wait_for_texts(ANA, 1))[0].startswith("That took some thought.")


async def test_long_replies_are_split_and_escaped(
    telegram: TelegramHarness, fake_telegram: FakeBotApi
) -> None:
    fake_telegram.say(ANA, LONG_TEXT)
    await telegram.bridge.drain(WAIT)
    await fake_telegram.wait_for(lambda: len(fake_telegram.texts(ANA)) >= 2)
    await telegram.bridge.drain(WAIT)
    parts = fake_telegram.sent(ANA, "sendMessage")
    assert len(parts) >= 3
    assert all(len(part.text.encode("utf-16-le")) // 2 <= 4096 for part in parts)
    assert all(part.params["parse_mode"] == "HTML" for part in parts)
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp;" in parts[0].params["text"]
    shown = "\n\n".join(part.text for part in parts)
    assert shown.startswith(LONG_REPLY.split("\n\n")[0])
    assert (
        shown.replace("\n", "")
        .replace(" ", "")
        .startswith(LONG_REPLY.replace("\n", "").replace(" ", ""))
    ), "nothing is lost or reordered between the parts"


async def test_files_are_sent_as_documents_and_pictures_as_photos(
    telegram: TelegramHarness, fake_telegram: FakeBotApi
) -> None:
    fake_telegram.say(ANA, PICTURE_TEXT)
    photo = (await fake_telegram.wait_for(lambda: fake_telegram.sent(ANA, "sendPhoto")))[0]
    assert photo.file is not None and photo.file[1] == PNG

    fake_telegram.say(ANA, "/export")
    document = (await fake_telegram.wait_for(lambda: fake_telegram.sent(ANA, "sendDocument")))[0]
    assert document.file is not None
    filename, content = document.file
    assert filename.startswith("sanctum-export-") and filename.endswith(".json")
    exported = json.loads(content)
    assert exported["format"].startswith("sanctum-export")


async def test_in_a_group_the_bot_only_points_to_a_private_chat(
    telegram: TelegramHarness, fake_telegram: FakeBotApi, database: Database
) -> None:
    group = -5001
    fake_telegram.say(ANA, f"/today@{BOT_USERNAME}", chat_id=group)
    replies = await fake_telegram.wait_for_texts(group, 1)
    assert replies == [GROUP_POINTER]
    fake_telegram.say(ANA, "just chatting with friends here", chat_id=group)
    fake_telegram.say(ANA, "/help")  # then privately, so the group message was surely read
    await fake_telegram.wait_for_texts(ANA, 1)
    assert fake_telegram.texts(group) == [GROUP_POINTER], "unaddressed group talk is left alone"
    assert _count(database, RawMessage) == 1, "nothing from the group is stored"


async def test_flood_control_is_waited_out_and_the_reply_sent_once(
    telegram: TelegramHarness, fake_telegram: FakeBotApi
) -> None:
    fake_telegram.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    fake_telegram.say(ANA, "/help")
    await fake_telegram.wait_for_texts(ANA, 1)
    attempts = [call for call in fake_telegram.calls if call.method == "sendMessage"]
    assert len(attempts) == 2
    assert attempts[1].at - attempts[0].at >= 1.0, "the retry honoured retry_after"
    await telegram.bridge.drain(WAIT)
    assert len(fake_telegram.texts(ANA)) == 1


async def test_updates_are_confirmed_only_once_stored(
    telegram: TelegramHarness, fake_telegram: FakeBotApi
) -> None:
    hold = telegram.scripted.understanding.hold("first thing")
    first = fake_telegram.say(ANA, "first thing")
    await hold.wait_reached()
    # Stored (understanding runs after storing): the next poll may confirm it.
    second = fake_telegram.say(ANA, "second thing")  # queued behind the first: not stored yet
    await fake_telegram.wait_for(lambda: fake_telegram.confirmed_offset == first + 1)
    started = time.monotonic()
    while time.monotonic() - started < 0.3:  # several polls happen meanwhile
        await fake_telegram.wait_for(lambda: True)
        assert fake_telegram.confirmed_offset <= second, "an unstored update was confirmed"
        await _next_poll(fake_telegram)
    hold.release.set()
    await fake_telegram.wait_for(lambda: fake_telegram.confirmed_offset == second + 1)


async def _next_poll(fake: FakeBotApi) -> None:
    polls = len(fake.sent(method="getUpdates"))
    await fake.wait_for(lambda: len(fake.sent(method="getUpdates")) > polls)
