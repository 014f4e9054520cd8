"""Changing the time zone or the times moves every reminder; /reminders shows them."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.models import Schedule
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

SETUP = utc(2026, 6, 10, 0)


def _next_local(database, key: str, zone: str) -> str:
    with database.transaction() as db:
        row = db.scalars(select(Schedule).where(Schedule.key == key)).one()
        return row.next_fire_at.astimezone(ZoneInfo(zone)).strftime("%d %H:%M")


def test_moving_to_another_zone_moves_every_reminder(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP, evening="21:00")
    person.say("/meds add lithium 400mg 09:00", at=SETUP)
    person.say("/reminders diary 20:30", at=SETUP)
    clock.walk(SETUP, utc(2026, 6, 10, 12), timedelta(minutes=30))
    assert len(channel.take()) == 2  # 08:00 check-in and 09:00 lithium in Berlin
    reply = person.text("/reminders zone New York", at=utc(2026, 6, 10, 12))
    assert "America/New_York" in reply and "moved with it" in reply
    for key in ("checkin:morning", "checkin:evening", "diary_prompt"):
        with database.transaction() as db:
            assert db.scalars(select(Schedule.zone).where(Schedule.key == key)).one() == (
                "America/New_York"
            )
    assert _next_local(database, "checkin:evening", "America/New_York") == "10 21:00"
    clock.walk(utc(2026, 6, 10, 12), utc(2026, 6, 11, 14), timedelta(minutes=30))
    local = [
        (item.at.astimezone(ZoneInfo("America/New_York")).strftime("%d %H:%M"), item.text)
        for item in channel.sent
    ]
    # Lithium at 09:00 New York time today would come 6 h after the Berlin reminder: it waits
    # for tomorrow (see the test below).
    assert [when for when, _ in local] == ["10 20:30", "10 21:00", "11 08:00", "11 09:00"]
    assert "DBT diary" in local[0][1] and "lithium" in local[3][1]


def test_the_time_zone_from_intake_schedules_the_check_ins(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    person.say("/start", at=SETUP)
    person.say("Alex", at=SETUP)
    person.say("Kolkata", at=SETUP)
    person.say("everything", at=SETUP)  # includes the DBT diary: an evening prompt
    person.say("skip", at=SETUP)
    person.say("7:30 and 22:00", at=SETUP)
    assert _next_local(database, "checkin:morning", "Asia/Kolkata") == "10 07:30"
    assert _next_local(database, "diary_prompt", "Asia/Kolkata") == "10 20:00"
    clock.walk(SETUP, utc(2026, 6, 10, 18), timedelta(minutes=30))
    assert [
        item.at.astimezone(ZoneInfo("Asia/Kolkata")).strftime("%H:%M") for item in channel.sent
    ] == [
        "07:30",
        "20:00",
        "22:00",
    ]
    assert channel.sent[1].button("Fill in diary card") == "/diary"


def test_changing_the_time_just_as_it_is_due_brings_only_the_new_one(
    person: Chat, clock: Clock, channel: RecordingChannel
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    # 08:00:30 local: the check-in is due but no sweep has run yet.
    person.say("/reminders morning 9:00", at=utc(2026, 6, 10, 6, 0, 30))
    clock.walk(utc(2026, 6, 10, 6, 1), utc(2026, 6, 11, 8), timedelta(minutes=30))
    assert [item.at for item in channel.sent] == [utc(2026, 6, 10, 7, 1), utc(2026, 6, 11, 7, 1)]


def test_changing_the_time_after_todays_check_in_does_not_bring_a_second_one(
    person: Chat, clock: Clock, channel: RecordingChannel
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    clock.sweep_at(utc(2026, 6, 10, 6))
    person.say("/reminders morning 9:00", at=utc(2026, 6, 10, 6, 30))
    clock.walk(utc(2026, 6, 10, 6, 30), utc(2026, 6, 11, 8), timedelta(minutes=30))
    assert [item.at for item in channel.sent] == [utc(2026, 6, 10, 6), utc(2026, 6, 11, 7)]


def test_a_dose_is_not_reminded_again_hours_later_after_moving_west(
    person: Chat, clock: Clock, channel: RecordingChannel
) -> None:
    person.say("/reminders zone Berlin", at=SETUP)
    person.say("/meds add lithium 09:00", at=SETUP)
    person.say("/meds add sertraline 08:00 20:00", at=SETUP)
    clock.sweep_at(utc(2026, 6, 10, 7))  # 09:00 Berlin: both morning doses
    assert len(channel.take()) == 2
    person.say("/reminders zone New York", at=utc(2026, 6, 10, 8))  # 04:00 in New York
    clock.walk(utc(2026, 6, 10, 8), utc(2026, 6, 11, 14), timedelta(minutes=30))
    sent = [
        (item.at.astimezone(ZoneInfo("America/New_York")).strftime("%d %H:%M"), item.text)
        for item in channel.sent
    ]
    # 08:00 in New York is 6 h after the Berlin 08:00 sertraline (spacing 12 h): skipped;
    # its 20:00 comes. Lithium (daily) at 09:00 New York today is 6 h after the Berlin one:
    # it waits for tomorrow.
    assert [(when, "lithium" in text) for when, text in sent] == [
        ("10 20:00", False),
        ("11 08:00", False),
        ("11 09:00", True),
    ]


def test_the_reminders_list(person: Chat, database) -> None:
    set_up(person, "Europe/Berlin", at=SETUP, evening="21:00")
    person.say("/meds add lithium 400mg 09:00", at=SETUP)
    person.say("/appointment add 2026-06-12 14:00 Dr Weber", at=SETUP)
    listing = person.text("/reminders", at=SETUP)
    assert "Your reminders (Europe/Berlin, now Wed 02:00):" in listing
    assert "• Morning check-in at 08:00 (next Wed 08:00)" in listing
    assert "• lithium at 09:00 (next Wed 09:00)" in listing
    assert "• Evening check-in at 21:00 (next Wed 21:00)" in listing
    assert "• Dr Weber: reminder 1 day before (next Thu 14:00)" in listing
    assert "• Dr Weber: reminder 1 hour before (next Fri 13:00)" in listing
    assert "DBT diary prompt: off" in listing
    assert "/reminders evening off" not in person.text("/reminders evening off", at=SETUP)
    assert "Evening check-in" not in person.text("/reminders", at=SETUP)


def test_bad_reminder_settings_get_a_clear_answer(person: Chat, database) -> None:
    assert "don't know that time zone" in person.text("/reminders zone Atlantis", at=SETUP)
    assert "Give one time" in person.text("/reminders morning 25:00", at=SETUP)
    assert "start and an end" in person.text("/reminders quiet 22:00", at=SETUP)
    assert "at most 7d" in person.text("/reminders appointments 30d", at=SETUP)
    assert "don't know the reminder setting" in person.text("/reminders sometimes", at=SETUP)
    with database.transaction() as db:
        assert db.scalars(select(Schedule)).all() == []
