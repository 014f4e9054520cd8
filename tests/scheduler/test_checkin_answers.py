"""Answering a check-in: buttons, typed answers, skip, not now, snooze."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import select

from bot.outbound import DeliveryResult
from scheduler.outbox import Outcome
from storage.models import Baseline, ReminderDelivery
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

SETUP = utc(2026, 6, 10, 0)
MORNING = utc(2026, 6, 10, 6, 0)  # 08:00 in Berlin


def _morning_reminder(person: Chat, clock: Clock, channel: RecordingChannel):
    set_up(person, "Europe/Berlin", at=SETUP)
    clock.sweep_at(MORNING)
    [reminder] = channel.take()
    return reminder


def _baselines(database) -> list[tuple]:
    with database.transaction() as db:
        return [
            (b.kind, b.mood, b.sleep_hours, b.anxiety, b.irritability, b.energy)
            for b in db.scalars(select(Baseline).order_by(Baseline.id))
        ]


def _answers(database) -> list[str | None]:
    with database.transaction() as db:
        return list(db.scalars(select(ReminderDelivery.answer).order_by(ReminderDelivery.id)))


def test_buttons_walk_through_the_check_in_and_record_one_baseline(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    reminder = _morning_reminder(person, clock, channel)
    assert reminder.button("6") == "/checkin mood 6"
    at = MORNING + timedelta(minutes=2)
    sleep_question = person.say(reminder.button("6"), at=at)[0]
    assert "sleep" in sleep_question.text
    anxiety = person.say("/checkin sleep 7", at=at)[0]
    assert "anxious" in anxiety.text
    assert "/checkin anxiety 2" in [b.data for row in anxiety.buttons for b in row]
    person.say("/checkin anxiety 2", at=at)
    person.say("/checkin skip", at=at)  # irritability skipped
    done = person.text("/checkin energy 3", at=at)
    assert "mood 6/10, sleep 7 h, anxiety 2/5, energy 3/5" in done
    assert _baselines(database) == [("morning", 6, 7.0, 2, None, 3)]
    assert _answers(database) == ["answered"]


def test_typed_answers_after_the_reminder(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _morning_reminder(person, clock, channel)
    at = MORNING + timedelta(minutes=5)
    reply = person.text("mood 6, slept 7h", at=at)
    assert "anxious" in reply  # mood and sleep done: the next question
    assert "goes from" not in reply
    assert "irritable" in person.text("2", at=at)
    person.say("1", at=at)  # irritability
    assert "energy 4/5" in person.text("4", at=at)
    assert _baselines(database) == [("morning", 6, 7.0, 2, 1, 4)]


def test_out_of_range_answers_get_a_clear_message_and_nothing_wrong_is_stored(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _morning_reminder(person, clock, channel)
    at = MORNING + timedelta(minutes=5)
    assert "Mood is a whole number from 0 to 10" in person.text("14", at=at)
    assert "Mood is a whole number from 0 to 10" in person.text("/checkin mood 11", at=at)
    assert "isn't a number" in person.text("/checkin mood lots", at=at)
    assert _baselines(database) == []
    person.say("7", at=at)
    assert _baselines(database) == [("morning", 7, None, None, None, None)]


def test_not_now_skips_the_check_in(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    reminder = _morning_reminder(person, clock, channel)
    assert "no check-in this time" in person.text(reminder.button("Not now"), at=MORNING)
    assert _baselines(database) == []
    assert _answers(database) == ["skipped"]
    # The next message is ordinary conversation again, not a check-in answer.
    person.say("5", at=MORNING + timedelta(minutes=1))
    assert _baselines(database) == []


def test_remind_me_in_30_minutes(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _morning_reminder(person, clock, channel)
    reply = person.text("remind me in 30 minutes", at=MORNING + timedelta(minutes=1))
    assert "ask again at 08:31" in reply
    clock.sweep_at(MORNING + timedelta(minutes=30))
    assert channel.sent == []
    clock.sweep_at(MORNING + timedelta(minutes=31))
    [again] = channel.take()
    assert "morning check-in again" in again.text
    assert "late" not in again.text
    person.say(again.button("8"), at=MORNING + timedelta(minutes=32))
    person.say("/checkin stop", at=MORNING + timedelta(minutes=32))
    assert _baselines(database) == [("morning", 8, None, None, None, None)]
    # The snoozed reminder and the original both count as answered.
    assert _answers(database) == ["answered", "answered"]
    clock.sweep_at(MORNING + timedelta(hours=1))
    assert channel.sent == []


def test_the_snooze_button(person: Chat, clock: Clock, channel: RecordingChannel) -> None:
    reminder = _morning_reminder(person, clock, channel)
    assert reminder.button("In 30 min").startswith("/snooze 30 ")
    assert "08:30" in person.text(reminder.button("In 30 min"), at=MORNING)
    assert "Already snoozed" in person.text(reminder.button("In 30 min"), at=MORNING)
    clock.sweep_at(MORNING + timedelta(minutes=30))
    assert len(channel.take()) == 1
    assert "no recent reminder" in person.text("/snooze", at=MORNING + timedelta(hours=13))


def test_checkin_command_without_a_reminder(person: Chat, database) -> None:
    person.say("/reminders zone Berlin", at=utc(2026, 6, 10, 18))
    question = person.text("/checkin", at=utc(2026, 6, 10, 18))  # 20:00 local: evening
    assert "mood" in question
    person.say("5", at=utc(2026, 6, 10, 18, 1))
    assert "irritable" in person.text("3", at=utc(2026, 6, 10, 18, 1))  # no sleep question
    assert _baselines(database) == [("evening", 5, None, 3, None, None)]


def test_a_button_pressed_before_the_send_was_recorded_keeps_the_answers_together(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    worker = clock.new_worker("slow-recorder")
    worker.claim_due(MORNING)
    [leased] = worker.lease(MORNING)
    # The message reached the person, who answers before the worker records the send.
    person.say("/checkin mood 4", at=MORNING + timedelta(seconds=5))
    with time_machine.travel(MORNING + timedelta(seconds=10), tick=False):
        worker.record([Outcome(leased.delivery_id, DeliveryResult.sent())])
    person.say("6", at=MORNING + timedelta(seconds=20))  # sleep
    assert _baselines(database) == [("morning", 4, 6.0, None, None, None)]
    assert _answers(database) == ["answered"]


def test_one_bad_value_among_good_ones_is_asked_again(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    _morning_reminder(person, clock, channel)
    at = MORNING + timedelta(minutes=5)
    reply = person.text("mood 6, anxiety 9", at=at)
    assert reply.startswith("Anxiety is a whole number from 0 to 5. How anxious")
    person.say("3", at=at)
    assert _baselines(database) == [("morning", 6, None, 3, None, None)]
