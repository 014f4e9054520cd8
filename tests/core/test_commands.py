from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from storage.models import AuditEvent, MoodShift, RawMessage, User
from tests.conftest import Chat


def test_mood_quick_log_by_buttons(chat: Chat, database) -> None:
    offered = chat.say("/mood")[0]
    states = [button.data for row in offered.buttons for button in row]
    assert "/mood anxious" in states and len(states) == 16
    levels = chat.say("/mood anxious")[0]
    assert "/mood anxious limited" in [b.data for row in levels.buttons for b in row]
    assert "anxious" in chat.text("/mood anxious limited")
    with database.transaction() as db:
        shift = db.scalars(select(MoodShift)).one()
        assert (shift.current_state, shift.family, shift.functionality, shift.source) == (
            "anxious",
            "anxious",
            "limited",
            "quick",
        )


def test_mood_rejects_unknown_states(chat: Chat, database) -> None:
    assert "isn't one of the states" in chat.text("/mood fabulous")
    assert "crisis, limited" in chat.text("/mood calm amazing")
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(MoodShift)) == 0


def test_undo_removes_the_last_record_only(chat: Chat, database) -> None:
    chat.say("/mood calm functional")
    chat.say("/mood angry limited", advance=timedelta(minutes=5))
    assert "angry" in chat.text("/undo")
    with database.transaction() as db:
        assert db.scalars(select(MoodShift.current_state)).all() == ["calm"]
    chat.say("/undo")
    assert "nothing to undo" in chat.text("/undo")


def test_today_counts_states_durations_and_crisis_in_the_users_zone(chat: Chat) -> None:
    chat.skip_intake()  # Europe/Berlin
    day = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # 00:30 on the 25th in Berlin
    chat.say("/mood sad limited", at=day - timedelta(hours=2))  # the evening before (local)
    chat.say("/mood anxious functional", at=day + timedelta(hours=7, minutes=30))  # 08:00 local
    chat.say("/mood panicked crisis", at=day + timedelta(hours=9, minutes=30))  # 10:00
    chat.say("/mood calm functional", at=day + timedelta(hours=10, minutes=30))  # 11:00
    summary = chat.text("/today", at=day + timedelta(hours=12, minutes=30))  # 13:00 local
    assert "Wed 25 Nov (Europe/Berlin)" in summary
    assert "3 mood shifts, 4 different states" in summary
    assert "started the day sad" in summary
    assert "sad: 8 h" in summary  # 00:00-08:00 local
    assert "anxious: 2 h" in summary
    assert "panicked: 1 h" in summary
    assert "calm: 2 h" in summary
    assert "average time in a state: 3 h 15 min" in summary
    assert "crisis-level moments: 1" in summary
    assert "sad → anxious → panicked → calm" in summary


def test_today_for_a_named_day_and_bad_dates(chat: Chat) -> None:
    assert "not a real date" in chat.text("/today 2026-02-30")
    assert "couldn't read" in chat.text("/today someday")
    assert "hasn't happened" in chat.text("/today 2030-01-01")
    assert "no mood shifts" in chat.text("/today yesterday")


def test_week_has_seven_days_and_adherence(chat: Chat) -> None:
    chat.say("/mood calm functional")
    week = chat.text("/week")
    assert week.count("\n") >= 8
    assert "Mood shifts this week: 1" in week


def test_history_pages_and_validates(chat: Chat) -> None:
    for minute in range(12):
        chat.say("/mood calm functional", advance=timedelta(minutes=minute + 1))
    first = chat.say("/history")[0]
    assert "page 1 of 2, 12 in all" in first.text
    older = [b.data for row in first.buttons for b in row]
    assert len(older) == 1 and older[0].endswith(" 2")
    second = chat.text(older[0])
    assert "page 2 of 2" in second
    assert "not a real date" in chat.text("/history 2026-13-01")
    assert "Use /history" in chat.text("/history a b c")
    assert "nothing recorded" in chat.text("/history 2020-01-01 2020-01-31")


def test_unknown_and_malformed_commands_get_clear_answers(chat: Chat) -> None:
    assert "I don't know /frobnicate" in chat.text("/frobnicate")
    assert "/help" in chat.text("/")
    assert "/help" in chat.text("/ mood")
    assert "/help" in chat.text("/mood@")
    # control characters are dropped before reading, so this is simply /mood
    assert "How are you feeling" in chat.text("/m\x00ood")


def test_help_lists_every_command(chat: Chat) -> None:
    text = chat.text("/help")
    for name in (
        "start",
        "mood",
        "today",
        "week",
        "history",
        "undo",
        "context",
        "export",
        "forget",
    ):
        assert f"/{name}" in text


def test_context_shows_profile_and_masks_contact_addresses(chat: Chat) -> None:
    chat.say("/start")
    chat.say("Alex")
    chat.say("Berlin")
    chat.say("skip")
    chat.say("Sam, partner, samuel.long@example.com")
    chat.say("skip")
    text = chat.text("/context")
    assert "Alex" in text and "Europe/Berlin" in text
    assert "Sam" in text and "not yet" not in text and "pending" in text
    assert "samuel.long@example.com" not in text and "@example.com" in text


def test_export_contains_everything_and_is_audited(chat: Chat, database) -> None:
    chat.say("/start")
    chat.say("Alex")
    chat.say("/mood calm functional")
    reply = chat.say("/export")[0]
    assert reply.attachment is not None and reply.attachment.media_type == "application/json"
    document = json.loads(reply.attachment.content)
    tables = document["tables"]
    assert tables["profiles"][0]["name"] == "Alex"
    assert tables["mood_shifts"][0]["current_state"] == "calm"
    assert "/mood calm functional" in [m["text"] for m in tables["raw_messages"]]
    assert {"session_log", "knowledge_entries", "emergency_contacts", "notes"} <= set(tables)
    with database.transaction() as db:
        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
        assert event.detail["rows"]["mood_shifts"] == 1
        assert "calm" not in json.dumps(event.detail)


def test_forget_needs_confirmation_and_then_removes_everything(chat: Chat, core, database) -> None:
    other = Chat(core, "bob")
    other.say("/mood sad limited")
    chat.say("/mood calm functional")
    warning = chat.say("/forget")[0]
    assert "cannot be undone" in warning.text
    assert "Okay, nothing was deleted" in chat.text("hmm no")
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(MoodShift)) == 2
    chat.say("/forget")
    assert "Everything I had about you is deleted" in chat.text("delete everything")
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(User)) == 1
        assert db.scalars(select(MoodShift.current_state)).all() == ["sad"]
        assert db.scalar(select(func.count()).select_from(RawMessage)) == 1
        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "forget")).one()
        assert event.detail["rows"]["mood_shifts"] == 1
    assert "no mood shifts" in chat.text("/today")


def test_forget_confirmation_expires(chat: Chat, database) -> None:
    chat.say("/forget")
    assert "expired" in chat.text("/forget confirm", advance=timedelta(minutes=11))
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(User)) == 1


def test_forget_confirm_without_a_warning_deletes_nothing(chat: Chat, database) -> None:
    chat.say("/mood calm functional")
    assert "expired" in chat.text("/forget confirm")
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(MoodShift)) == 1


@pytest.mark.parametrize("button", ["/cancel"])
def test_forget_can_be_cancelled_with_the_button(chat: Chat, database, button: str) -> None:
    chat.say("/forget")
    assert "Cancelled" in chat.text(button)
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(User)) == 1


def test_today_on_the_autumn_dst_day_counts_real_hours(chat: Chat) -> None:
    chat.skip_intake()  # Europe/Berlin; clocks go back at 03:00 on 2026-10-25
    chat.say("/mood sad limited", at=datetime(2026, 10, 24, 18, 0, tzinfo=UTC))
    chat.say("/mood calm functional", at=datetime(2026, 10, 25, 11, 0, tzinfo=UTC))  # 12:00 CET
    summary = chat.text("/today", at=datetime(2026, 10, 25, 12, 0, tzinfo=UTC))  # 13:00 CET
    assert "Sun 25 Oct" in summary
    assert "sad: 13 h" in summary  # 00:00 CEST to 12:00 CET is 13 real hours
    assert "calm: 1 h" in summary
