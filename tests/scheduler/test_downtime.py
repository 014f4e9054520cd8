"""Restarts: what was due while no process ran is sent late (within the grace window) or
recorded as missed, never lost silently and never sent twice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from scheduler.claim import MAX_CATCH_UP
from storage.models import ReminderDelivery
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

# June in Berlin is UTC+2: 08:00 local is 06:00 UTC.
DAY1_0745 = utc(2026, 6, 10, 5, 45)


def _deliveries(database) -> list[tuple[str, str | None, str]]:
    with database.transaction() as db:
        rows = db.scalars(select(ReminderDelivery).order_by(ReminderDelivery.due_at)).all()
        return [(row.status, row.detail, f"{row.due_at:%d %H:%M}") for row in rows]


def test_after_an_hour_down_the_check_in_comes_late_with_a_note(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=utc(2026, 6, 10, 0))
    clock.walk(utc(2026, 6, 10, 0), DAY1_0745, timedelta(minutes=15))
    assert channel.sent == []
    # The process stops at 07:45 and a new one starts at 09:00 local.
    restarted = clock.new_worker("worker-after-restart")
    clock.sweep_at(utc(2026, 6, 10, 7, 0), restarted)
    [late] = channel.sent
    assert "morning check-in" in late.text
    assert "This is late: it was due at 08:00" in late.text
    assert _deliveries(database) == [("sent", None, "10 06:00")]
    clock.sweep_at(utc(2026, 6, 10, 7, 1), restarted)
    assert len(channel.sent) == 1


def test_after_a_day_down_the_old_one_is_recorded_missed_and_todays_is_sent_late(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=utc(2026, 6, 10, 0))
    clock.walk(utc(2026, 6, 10, 0), DAY1_0745, timedelta(minutes=15))
    # Down from 07:45 on the 10th to 09:00 on the 11th.
    report = clock.sweep_at(utc(2026, 6, 11, 7, 0), clock.new_worker("restarted"))
    assert (report.claim.missed, report.claim.queued, report.sent) == (1, 1, 1)
    [late] = channel.sent
    assert "it was due at 08:00" in late.text
    assert _deliveries(database) == [("missed", "downtime", "10 06:00"), ("sent", None, "11 06:00")]
    listing = person.text("/reminders", at=utc(2026, 6, 11, 7, 5))
    assert "Missed while I was offline in the last 7 days: 1" in listing
    assert "next Fri 08:00" in listing


def test_a_shorter_grace_window_records_an_hour_late_reminder_as_missed(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=utc(2026, 6, 10, 0))
    strict = clock.new_worker("strict", grace=timedelta(minutes=30))
    clock.sweep_at(utc(2026, 6, 10, 7, 0), strict)
    assert channel.sent == []
    assert _deliveries(database) == [("missed", "downtime", "10 06:00")]


def test_a_week_down_accounts_for_every_occurrence(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=utc(2026, 6, 10, 0), evening="21:00")
    clock.sweep_at(utc(2026, 6, 17, 6, 30))  # 08:30 local, a week later
    statuses = [status for status, _, _ in _deliveries(database)]
    assert statuses.count("missed") == 14  # 7 mornings and 7 evenings
    assert statuses.count("sent") == 1  # this morning's, 30 minutes late
    assert len(channel.sent) == 1


def test_old_delivery_records_are_pruned(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=utc(2026, 6, 10, 0))
    clock.sweep_at(utc(2026, 6, 10, 6))
    clock.sweep_at(utc(2026, 6, 11, 6))
    assert len(_deliveries(database)) == 2
    report = clock.sweep_at(utc(2026, 9, 8, 7))  # 90 days after the first, 89 after the second
    assert report.pruned == 1
    assert _deliveries(database)[0] == ("sent", None, "11 06:00")


def test_after_months_down_todays_reminder_still_comes(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=utc(2026, 6, 10, 0))
    report = clock.sweep_at(utc(2026, 9, 30, 6, 30))  # 08:30 local, 112 days later
    [late] = channel.sent
    assert "it was due at 08:00" in late.text
    assert (report.claim.missed, report.claim.queued) == (MAX_CATCH_UP - 1, 1)
