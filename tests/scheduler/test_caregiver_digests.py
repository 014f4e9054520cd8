"""Caregiver digests: only to opted-in caregivers, counts and averages only, audited."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from storage.models import (
    AuditEvent,
    Caregiver,
    DbtDiaryEntry,
    MoodShift,
    Note,
    ReminderDelivery,
)
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

SETUP = utc(2026, 6, 1, 0)  # a Monday; Berlin is UTC+2
SUNDAY_1900 = utc(2026, 6, 7, 17)
SECRET = "Quetzalcoatl-diary-secret"


def _answer_mornings(person: Chat, clock: Clock, channel: RecordingChannel, days: int) -> None:
    """Seven mornings of check-ins, answered on all but the last."""
    for day in range(days):
        morning = utc(2026, 6, 1 + day, 6)
        clock.sweep_at(morning)
        [reminder] = channel.take()
        if day < days - 1:
            person.say(reminder.button(str(4 + day % 3)), at=morning + timedelta(minutes=1))
            person.say("/checkin sleep 7", at=morning + timedelta(minutes=1))
            person.say("/checkin stop", at=morning + timedelta(minutes=1))


def _opt_in(database, caregiver_id: int) -> None:
    with database.transaction() as db:
        db.execute(
            update(Caregiver).where(Caregiver.id == caregiver_id).values(opt_in_state="opted_in")
        )


def test_a_weekly_summary_digest_to_an_opted_in_caregiver(
    person: Chat, clock: Clock, channel: RecordingChannel, email: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    person.say("/start", at=SETUP)
    person.say("Alex", at=SETUP)
    person.say("/cancel", at=SETUP)
    added = person.text("/caregivers add Sam, sister, sam@example.com", at=SETUP)
    assert "not yet confirmed" in added and "digests are off" in added
    person.say("/caregivers digest 1 weekly", at=SETUP)
    person.say("/caregivers detail 1 summary", at=SETUP)
    _answer_mornings(person, clock, channel, 7)
    with database.transaction() as db:
        db.add(Note(user_id=1, text=SECRET, audience="therapist"))
        db.add(
            DbtDiaryEntry(
                user_id=1, recorded_at=utc(2026, 6, 2, 12), local_date=date(2026, 6, 2), note=SECRET
            )
        )
        db.add(
            MoodShift(
                user_id=1,
                occurred_at=utc(2026, 6, 3, 12),
                current_state="despairing",
                family="depressive",
                crisis_level="high",
                trigger=SECRET,
            )
        )
    _opt_in(database, 1)
    clock.sweep_at(SUNDAY_1900 - timedelta(minutes=1))
    assert email.sent == []
    clock.sweep_at(SUNDAY_1900)
    [digest] = email.sent
    assert digest.address == "sam@example.com"
    assert digest.message.subject == "Sanctum digest for Alex"
    assert "check-ins answered 6/7" in digest.text
    assert "average mood 5/10" in digest.text
    assert "average sleep 7.0 h" in digest.text
    assert "1 crisis moment recorded" in digest.text
    assert SECRET not in digest.text and "despairing" not in digest.text
    with database.transaction() as db:
        [event] = db.scalars(select(AuditEvent).where(AuditEvent.action == "read")).all()
        assert event.actor == "caregiver:1" and event.subject_user_id == 1
        assert event.detail["purpose"] == "caregiver_digest"
        assert event.detail["detail_level"] == "summary"
        statuses = db.execute(
            select(ReminderDelivery.status, ReminderDelivery.detail)
            .where(ReminderDelivery.kind == "digest")
            .order_by(ReminderDelivery.due_at)
        ).all()
        assert [tuple(row) for row in statuses] == [("sent", None)]


def test_a_minimal_daily_digest_shows_only_check_ins(
    person: Chat, clock: Clock, channel: RecordingChannel, email: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    person.say("/caregivers add Jo, friend, jo@example.org", at=SETUP)
    person.say("/caregivers digest 1 daily", at=SETUP)
    _opt_in(database, 1)
    _answer_mornings(person, clock, channel, 1)  # one check-in, not answered
    clock.sweep_at(utc(2026, 6, 1, 17))
    [digest] = email.sent
    assert "Your person's Sanctum digest for the last 24 hours: check-ins answered 0/1." in (
        digest.text
    )
    assert "mood" not in digest.text and "crisis" not in digest.text


def test_nothing_goes_to_a_caregiver_who_has_not_agreed(
    person: Chat, clock: Clock, email: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    person.say("/caregivers add Sam, sister, sam@example.com", at=SETUP)
    reply = person.text("/caregivers digest 1 daily", at=SETUP)
    assert "once they agree" in reply
    clock.walk(SETUP, SETUP + timedelta(days=2), timedelta(hours=6))
    assert email.sent == []
    with database.transaction() as db:
        outcomes = db.execute(
            select(ReminderDelivery.status, ReminderDelivery.detail).where(
                ReminderDelivery.kind == "digest"
            )
        ).all()
        assert [tuple(row) for row in outcomes] == [("suppressed", "not_opted_in")] * 2


def test_digests_are_off_by_default_and_stop_when_removed(
    person: Chat, clock: Clock, email: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    person.say("/caregivers add Jo, friend, jo@example.org", at=SETUP)
    _opt_in(database, 1)
    clock.walk(SETUP, SETUP + timedelta(days=8), timedelta(hours=6))
    assert email.sent == []
    person.say("/caregivers digest 1 daily", at=SETUP + timedelta(days=8))
    listing = person.text("/caregivers", at=SETUP + timedelta(days=8))
    assert "#1 Jo, email jo…@example.org [opted in]: digest daily, detail minimal" in listing
    assert "Removed Jo" in person.text("/caregivers remove 1", at=SETUP + timedelta(days=8))
    clock.walk(SETUP + timedelta(days=8), SETUP + timedelta(days=10), timedelta(hours=6))
    assert email.sent == []
