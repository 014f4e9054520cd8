"""The /diary conversation: typed answers, skipping, resuming, yesterday's card, /undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.diary.card import load_card
from storage.models import DbtDiaryEntry, RecordJournal
from tests.conftest import Chat
from tests.diary.support import buttons, press


def _card(database, day):  # type: ignore[no-untyped-def]
    with database.transaction() as db:
        return load_card(db, 1, day)


def test_free_answers_fill_the_card_step_by_step(chat: Chat, database) -> None:
    assert "Emotions" in chat.text("/diary")
    reply = chat.text("sad 3, shame 2")
    assert "Saved: sadness 3/5; shame 2/5." in reply and "Urges (2 of 5)" in reply
    reply = chat.text("binge 3 but didn't act, self-harm 1")
    assert "binge urge 3/5, not acted on" in reply
    assert "Acting on urges" in reply  # self-harm still needs an answer
    reply = chat.text("no")
    assert "self-harm: not acted on" in reply and "Skills (3 of 5)" in reply
    reply = chat.text("used TIPP and wise mind, skills 5")
    assert "skills: TIPP, Wise mind; skills use 5/7" in reply and "PLEASE" in reply
    reply = chat.text("meds yes, slept 6.5, walked 20 min, no alcohol, ate well, not ill")
    assert "sleep 6.5 h" in reply and "Note (5 of 5)" in reply
    reply = chat.text("exam tomorrow, nervous")
    assert "is done ✓" in reply
    card = _card(database, chat.now.date())
    assert card.emotions == {"sadness": 3, "shame": 2}
    assert card.urges == {"binge": 3, "self_harm": 1}
    assert card.actions == {"binge": False, "self_harm": False}
    assert card.skills == ("tipp", "wise_mind") and card.skills_rating == 5
    assert card.please["sleep_hours"] == 6.5 and card.please["exercise_minutes"] == 20
    assert card.notes == ("exam tomorrow, nervous",)


def test_an_unclear_answer_is_asked_again_and_other_talk_leaves_the_card(chat: Chat) -> None:
    chat.say("/diary")
    retry = chat.say("hmm")[0]
    assert "I didn't catch that" in retry.text and "Emotions" in retry.text
    assert any(b.label == "Skip" for b in buttons(retry))
    # A long message is ordinary conversation: the card pauses, nothing is lost.
    talk = chat.text("I went to the shops today and the queue was long and I felt strange after")
    assert "Emotions (1 of 5)" not in talk
    resumed = chat.text("/diary")
    assert "Welcome back" in resumed and "Emotions (1 of 5)" in resumed


def test_a_half_finished_card_is_resumed_later_the_same_day(chat: Chat) -> None:
    chat.say("/diary")
    chat.say("sad 2")
    chat.say("none")  # urges: all 0
    chat.say("/today", advance=timedelta(hours=2))  # something else in between
    back = chat.text("/diary", advance=timedelta(hours=3))
    assert "Welcome back" in back and "Skills (3 of 5)" in back
    # The next day starts a fresh card.
    fresh = chat.text("/diary", at=datetime(2026, 11, 25, 19, 0, tzinfo=UTC))
    assert "Today's card (Wed 25 Nov)" in fresh and "Emotions (1 of 5)" in fresh
    assert "Welcome back" not in fresh


def test_a_finished_card_shows_its_summary_with_sections_to_change(chat: Chat) -> None:
    first = chat.say("/diary")[0]
    reply = first
    for label in ("Rest are 0 →", "Rest are 0 →", "0/7", "All on track ✓", "Slept 8h",
                  "Moved 0 min", "No note"):  # fmt: skip
        reply = press(chat, reply, label)[-1]
    again = chat.say("/diary", advance=timedelta(hours=1))[0]
    assert "is done ✓" in again.text and "Emotions: all 0" in again.text
    emotions = press(chat, again, "Emotions")[-1]
    assert "Emotions (1 of 5)" in emotions.text
    changed = press(chat, emotions, "Sad 2")[-1]
    assert "sadness 2/5 (was 0)" in changed.text


def test_yesterdays_card_can_be_filled_in_until_noon(chat: Chat, database) -> None:
    morning = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # UTC user: 10:30 local
    opened = chat.say("/diary", at=morning)[0]
    assert "Yesterday's card is empty" in opened.text
    yesterday = press(chat, opened, "Yesterday's card instead")[0]
    assert "Yesterday's card (Tue 24 Nov)" in yesterday.text
    after = press(chat, yesterday, "Anger 4")[-1]
    assert _card(database, morning.date() - timedelta(days=1)).emotions == {"anger": 4}
    assert _card(database, morning.date()).is_empty()
    # At 12:05 the card is closed: its old buttons add nothing, and say so.
    chat.now = morning.replace(hour=12, minute=5)
    late = press(chat, after, "Guilt 2")[0]
    assert "Yesterday's card closed at noon" in late.text
    assert "guilt" not in _card(database, morning.date() - timedelta(days=1)).emotions
    # Typed without a button, the same answer goes on today's card.
    assert "guilt 2/5" in chat.text("/diary set guilt 2")
    assert _card(database, morning.date()).emotions == {"guilt": 2}
    assert "closed at noon" in chat.text("/diary yesterday")
    assert "Today's card (Wed 25 Nov)" in chat.text("/diary")


def test_a_card_started_late_at_night_is_finished_after_midnight(chat: Chat, database) -> None:
    evening = datetime(2026, 11, 24, 23, 50, tzinfo=UTC)
    grid = chat.say("/diary", at=evening)[0]
    chat.now = evening + timedelta(minutes=20)  # 00:10 on Wed 25
    press(chat, grid, "Fear 3")
    assert _card(database, evening.date()).emotions == {"fear": 3}
    resumed = chat.text("/diary")
    assert "Continuing yesterday's card" in resumed and "So far: fear 3." in resumed


def test_undo_takes_back_the_last_answer_only(chat: Chat, database) -> None:
    first = chat.say("/diary")[0]
    after = press(chat, first, "Sad 2")[-1]
    press(chat, after, "Sad 4")
    assert _card(database, chat.now.date()).emotions == {"sadness": 4}
    assert "sadness 4/5" in chat.text("/undo")
    assert _card(database, chat.now.date()).emotions == {"sadness": 2}
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(DbtDiaryEntry)) == 1
        assert db.scalar(select(func.count()).select_from(RecordJournal)) == 1


def test_own_emotions_and_urges_join_the_card_encrypted(chat: Chat, database) -> None:
    assert "Added 'lonely'" in chat.text("/diary add emotion lonely")
    assert "Added 'text my ex'" in chat.text("/diary add urge text my ex")
    assert "already on your card" in chat.text("/diary add emotion Lonely")
    assert "2 to 40 characters" in chat.text("/diary add emotion x")
    assert "/diary add emotion NAME" in chat.text("/diary add feeling calm")
    grid = chat.say("/diary")[0]
    assert "Lonely 3" in [b.label for b in buttons(grid)]
    reply = chat.text("lonely 3, sad 1")
    assert "lonely 3/5" in reply
    reply = chat.text("text my ex 4, didn't act")
    assert "urge to text my ex 4/5, not acted on" in reply
    card = _card(database, chat.now.date())
    own = [key for key in card.emotions if key.startswith("own_")]
    assert len(own) == 1 and card.emotions[own[0]] == 3
    with database.engine.connect() as connection:
        raw = connection.exec_driver_sql("SELECT label FROM dbt_card_items").all()
    assert raw and all(b"lonely" not in bytes(row[0]) for row in raw)
    assert "Removed 'lonely'" in chat.text("/diary remove lonely")
    assert "Lonely 1" not in [b.label for b in buttons(chat.say("/diary go emotions")[0])]
    assert "lonely" in chat.text("/diary week")  # past cards keep its name


def test_bad_diary_input_gets_clear_answers_and_stores_nothing(chat: Chat, database) -> None:
    assert "go from 0 to 5" in chat.text("/diary set sadness 9")
    assert "isn't an item on your card" in chat.text("/diary set nonsense 3")
    assert "didn't understand that PLEASE" in chat.text("/diary please sleep_hours 30")
    assert "didn't understand that PLEASE" in chat.text("/diary please took_meds maybe")
    assert "not a real date" in chat.text("/diary week 2026-02-30")
    assert "hasn't happened" in chat.text("/diary week 2030-01-01")
    assert "Sections:" in chat.text("/diary go nowhere")
    assert "I didn't understand '/diary frobnicate'" in chat.text("/diary frobnicate")
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(DbtDiaryEntry)) == 0


def test_diary_lines_after_the_command_update_the_open_card(chat: Chat, database) -> None:
    reply = chat.text("/diary sad 3, used STOP")
    assert "sadness 3/5" in reply and "STOP" in reply
    card = _card(database, chat.now.date())
    assert card.emotions == {"sadness": 3} and card.skills == ("stop",)
    assert "Saved: a note" in chat.text("/diary note slept badly")
