from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import select

from storage.models import EmergencyContact, Profile
from tests.conftest import Chat


def _profile(database) -> Profile:
    with database.transaction() as db:
        return db.scalars(select(Profile)).one()


def test_full_intake_stores_each_answer(chat: Chat, database) -> None:
    assert "call you" in chat.text("/start")
    assert "Nice to meet you, Alex" in chat.text("call me alex")
    assert "Europe/Berlin" in chat.text("Berlin")
    assert "mood" in chat.text("mood and meds")
    reply = chat.text("Sam, my sister, sam@example.com")
    assert "not yet confirmed" in reply
    assert "All set" in chat.text("8:00 and 21:30")
    profile = _profile(database)
    assert profile.name == "Alex"
    assert profile.timezone == "Europe/Berlin"
    assert profile.country == "DE"
    assert profile.tracking == ["mood", "medication"]
    assert (profile.morning_checkin, profile.evening_checkin) == (time(8), time(21, 30))
    assert profile.intake_completed_at is not None
    with database.transaction() as db:
        contact = db.scalars(select(EmergencyContact)).one()
        assert (contact.name, contact.relation, contact.channel) == ("Sam", "sister", "email")
        assert contact.address == "sam@example.com"
        assert contact.opt_in_state == "pending" and contact.opted_in_at is None


def test_every_step_can_be_skipped(chat: Chat, database) -> None:
    chat.say("/start")
    replies = [chat.text("skip") for _ in range(5)]
    assert "All set" in replies[-1]
    profile = _profile(database)
    assert profile.name is None and profile.timezone is None
    assert profile.intake_completed_at is not None


@pytest.mark.parametrize(
    ("answer", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("EST", "America/New_York"),
        ("UTC+2", "Etc/GMT-2"),
        ("asia/kolkata", "Asia/Kolkata"),
        ("I'm in Auckland", "Pacific/Auckland"),
        ("new york", "America/New_York"),
    ],
)
def test_time_zone_answers(chat: Chat, database, answer: str, zone: str) -> None:
    chat.say("/start")
    chat.say("skip")
    chat.say(answer)
    assert _profile(database).timezone == zone


def test_an_unknown_time_zone_is_asked_again(chat: Chat, database) -> None:
    chat.say("/start")
    chat.say("Alex")
    assert "don't know that time zone" in chat.text("Narnia")
    assert "Europe/Paris" in chat.text("Paris")
    assert _profile(database).timezone == "Europe/Paris"


def test_intake_resumes_where_it_stopped(chat: Chat, database) -> None:
    chat.say("/start")
    chat.say("Alex")
    assert "Setup is paused" in chat.text("/today", advance=timedelta(hours=3))
    resumed = chat.text("/start", advance=timedelta(days=1))
    assert "pick up where we left off" in resumed and "time zone" in resumed
    assert "Europe/Rome" in chat.text("Rome")


def test_impossible_check_in_times_are_refused(chat: Chat, database) -> None:
    chat.say("/start")
    for _ in range(4):
        chat.say("skip")
    assert "hours 0-23" in chat.text("25:00 and 27:61")
    assert "All set" in chat.text("7am and 10pm")
    profile = _profile(database)
    assert (profile.morning_checkin, profile.evening_checkin) == (time(7), time(22))


def test_a_contact_without_a_way_to_reach_them_is_asked_again(chat: Chat, database) -> None:
    chat.say("/start")
    for _ in range(3):
        chat.say("skip")
    assert "one way to reach them" in chat.text("my sister")
    with database.transaction() as db:
        assert db.scalars(select(EmergencyContact)).all() == []


def test_start_after_setup_does_not_repeat_it(chat: Chat) -> None:
    chat.skip_intake()
    assert "all set up" in chat.text("/start")
    assert "call you" in chat.text("/start over")
