"""Appointments: reminders a day and an hour before; titles encrypted at rest."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, text

from storage.models import Appointment, Schedule
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, utc

SETUP = utc(2026, 6, 10, 8)  # 10:00 in Berlin, a Wednesday


def test_reminders_a_day_and_an_hour_before(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    person.say("/reminders zone Berlin", at=SETUP)
    saved = person.text("/appointment add 2026-06-12 14:00 Dr Weber, psychiatrist", at=SETUP)
    assert "Saved #1: Dr Weber, psychiatrist, Fri 12 Jun at 14:00" in saved
    assert "a day and an hour before" in saved
    clock.walk(SETUP, utc(2026, 6, 12, 13), timedelta(minutes=30))
    assert [item.at for item in channel.sent] == [utc(2026, 6, 11, 12), utc(2026, 6, 12, 11)]
    assert channel.sent[0].text == "Reminder: Dr Weber, psychiatrist, tomorrow at 14:00."
    assert channel.sent[1].text == "Reminder: Dr Weber, psychiatrist, today at 14:00 (in 1 h)."
    with database.transaction() as db:
        assert db.scalars(select(Schedule)).all() == []  # one-offs are gone once sent


def test_the_title_is_encrypted_at_rest(person: Chat, database) -> None:
    person.say("/appointment add tomorrow 9am Zebrafinch clinic", at=SETUP)
    with database.engine.connect() as connection:
        raw = connection.execute(text("SELECT title FROM appointments")).scalar_one()
    assert b"Zebrafinch" not in bytes(raw)
    with database.transaction() as db:
        assert db.scalars(select(Appointment.title)).one() == "Zebrafinch clinic"


def test_listing_removing_and_lead_times(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    person.say("/reminders zone Berlin", at=SETUP)
    assert "2 h before" not in person.text("/appointment add fri 16:30 therapy", at=SETUP)
    assert "2 hours before" in person.text("/reminders appointments 2h", at=SETUP)
    person.say("/appointment add 13.6. 9:00 bloods", at=SETUP)
    listing = person.text("/appointment", at=SETUP)
    assert "#1 therapy, Fri 12 Jun at 16:30" in listing
    assert "#2 bloods, Sat 13 Jun at 09:00" in listing
    assert "Removed therapy" in person.text("/appointment remove 1", at=SETUP)
    clock.walk(SETUP, utc(2026, 6, 13, 8), timedelta(minutes=30))
    [only] = channel.sent
    assert only.at == utc(2026, 6, 13, 5)  # 07:00 local, two hours before
    assert "bloods" in only.text


def test_bad_appointments_get_a_clear_answer(person: Chat, database) -> None:
    person.say("/reminders zone Berlin", at=SETUP)
    assert "already passed" in person.text("/appointment add today 9:00 dentist", at=SETUP)
    assert "not a real date" in person.text("/appointment add 2026-02-30 9:00 x", at=SETUP)
    assert "as a time" in person.text("/appointment add tomorrow noonish x", at=SETUP)
    assert "Give a date" in person.text("/appointment add tomorrow", at=SETUP)
    assert "can't find" in person.text("/appointment remove 42", at=SETUP)
    with database.transaction() as db:
        assert db.scalars(select(Appointment)).all() == []
