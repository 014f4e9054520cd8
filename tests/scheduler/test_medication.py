"""Medication reminders: taken / skip answers become medication events; adherence."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.models import Medication, MedicationEvent, ReminderDelivery
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, utc

SETUP = utc(2026, 6, 10, 0)  # Berlin is UTC+2 in June
DAY = timedelta(days=1)


def _events(database) -> list[tuple[str, str, str]]:
    with database.transaction() as db:
        return [
            (event.name or "", event.event, f"{event.occurred_at:%d %H:%M}")
            for event in db.scalars(select(MedicationEvent).order_by(MedicationEvent.occurred_at))
        ]


def _add_lamotrigine(person: Chat) -> None:
    person.say("/reminders zone Berlin", at=SETUP)
    reply = person.text("/meds add lamotrigine 100 mg 08:00 20:00", at=SETUP)
    assert "Added lamotrigine 100mg, reminders at 08:00, 20:00" in reply


def test_a_reminder_answered_taken_and_one_skipped(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _add_lamotrigine(person)
    clock.sweep_at(utc(2026, 6, 10, 6))
    [morning] = channel.take()
    assert morning.text == "Time for your lamotrigine (100mg)."
    assert "taken" in person.text(morning.button("Taken"), at=utc(2026, 6, 10, 6, 5))
    assert "Already recorded" in person.text(morning.button("Taken"), at=utc(2026, 6, 10, 6, 6))
    clock.sweep_at(utc(2026, 6, 10, 18))
    [evening] = channel.take()
    assert "counted as missed" in person.text(evening.button("Skip"), at=utc(2026, 6, 10, 18, 1))
    assert _events(database) == [
        ("lamotrigine", "taken", "10 06:05"),
        ("lamotrigine", "missed", "10 18:01"),
    ]
    with database.transaction() as db:
        medication_ids = set(db.scalars(select(MedicationEvent.medication_id)))
        assert medication_ids == {db.scalar(select(Medication.id))}
    listing = person.text("/meds", at=utc(2026, 6, 11, 0))
    assert "lamotrigine 100mg: 08:00, 20:00 · 1/2 taken (50%)" in listing


def test_an_unanswered_reminder_counts_as_missed_after_its_window(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _add_lamotrigine(person)
    clock.sweep_at(utc(2026, 6, 10, 6))
    clock.sweep_at(utc(2026, 6, 10, 9, 59))  # 3 h 59 min: still open
    assert _events(database) == []
    clock.sweep_at(utc(2026, 6, 10, 10))
    assert _events(database) == [("lamotrigine", "missed", "10 06:00")]
    clock.sweep_at(utc(2026, 6, 10, 10, 1))
    assert len(_events(database)) == 1
    with database.transaction() as db:
        assert db.scalars(select(ReminderDelivery.answer)).all() == ["missed"]


def test_a_dose_reported_another_way_answers_the_reminder(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _add_lamotrigine(person)
    clock.sweep_at(utc(2026, 6, 10, 6))
    channel.take()
    # Typed later with the name rather than pressing the button.
    assert "taken" in person.text("/med taken lamotrigine", at=utc(2026, 6, 10, 7))
    clock.sweep_at(utc(2026, 6, 10, 11))
    assert _events(database) == [("lamotrigine", "taken", "10 07:00")]


def test_med_with_several_medications_asks_which(person: Chat, clock, channel, database) -> None:
    person.say("/meds add lithium 400mg", at=SETUP)
    person.say("/meds add sertraline", at=SETUP)
    which = person.say("/med taken", at=SETUP)[0]
    assert which.text == "Which one?"
    choice = [b.data for row in which.buttons for b in row]
    assert choice[0].startswith("/med taken #")
    assert "lithium" in person.text(choice[0], at=SETUP)
    assert _events(database) == [("lithium", "taken", "10 00:00")]


def test_changing_and_removing_schedules(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _add_lamotrigine(person)
    assert "reminders at 09:00" in person.text("/meds schedule lamotrigine 9:00", at=SETUP)
    clock.walk(SETUP, SETUP + DAY, timedelta(minutes=30))
    assert [item.at for item in channel.take()] == [utc(2026, 6, 10, 7)]
    assert "Removed lamotrigine" in person.text("/meds remove lamotrigine", at=SETUP + DAY)
    clock.walk(SETUP + DAY, SETUP + 2 * DAY, timedelta(minutes=30))
    assert channel.sent == []
    assert "No medication" in person.text("/meds", at=SETUP + 2 * DAY)


def test_medication_reminders_can_be_turned_off(
    person: Chat, clock: Clock, channel: RecordingChannel
) -> None:
    _add_lamotrigine(person)
    assert "off" in person.text("/reminders meds off", at=SETUP)
    clock.walk(SETUP, SETUP + DAY, timedelta(hours=1))
    assert channel.sent == []
    person.say("/reminders meds on", at=SETUP + DAY)
    clock.walk(SETUP + DAY, SETUP + 2 * DAY, timedelta(hours=1))
    assert len(channel.sent) == 2


def test_bad_medication_commands(person: Chat, database) -> None:
    assert "name" in person.text("/meds add", at=SETUP)
    assert "couldn't read those times" in person.text("/meds add lithium 25:00", at=SETUP)
    assert "can't find" in person.text("/meds schedule aspirin 08:00", at=SETUP)
    assert "don't know" in person.text("/meds frobnicate", at=SETUP)
    assert "can't find that medication reminder" in person.text("/med taken 999", at=SETUP)
    with database.transaction() as db:
        assert db.scalars(select(Medication)).all() == []


def test_a_dose_mentioned_in_conversation_answers_the_reminder(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _add_lamotrigine(person)
    clock.sweep_at(utc(2026, 6, 10, 6))
    person.say("took my lamotrigine", at=utc(2026, 6, 10, 6, 20))
    clock.sweep_at(utc(2026, 6, 10, 11))
    assert _events(database) == [("lamotrigine", "taken", "10 06:20")]
    with database.transaction() as db:
        assert db.scalars(select(ReminderDelivery.answer)).all() == ["taken"]
