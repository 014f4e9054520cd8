"""Check-ins sent by the sweep at each person's local time, across both DST changes."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from storage.models import ReminderDelivery
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

STEP = timedelta(minutes=30)


def _local(sent, zone: str) -> list[str]:
    return [item.at.astimezone(ZoneInfo(zone)).strftime("%m-%d %H:%M") for item in sent]


@pytest.mark.parametrize(
    ("zone", "start", "expected"),
    [
        # Berlin: summer time starts on 29 March 2026.
        ("Europe/Berlin", utc(2026, 3, 27, 12), ["03-28 08:00", "03-29 08:00", "03-30 08:00"]),
        # Berlin: summer time ends on 25 October 2026.
        ("Europe/Berlin", utc(2026, 10, 23, 12), ["10-24 08:00", "10-25 08:00", "10-26 08:00"]),
        # New York: daylight time starts 8 March, ends 1 November 2026.
        ("America/New_York", utc(2026, 3, 6, 18), ["03-07 08:00", "03-08 08:00", "03-09 08:00"]),
        ("America/New_York", utc(2026, 10, 30, 18), ["10-31 08:00", "11-01 08:00", "11-02 08:00"]),
        # Auckland: daylight time ends 5 April, starts 27 September 2026.
        ("Pacific/Auckland", utc(2026, 4, 3, 0), ["04-04 08:00", "04-05 08:00", "04-06 08:00"]),
        ("Pacific/Auckland", utc(2026, 9, 25, 0), ["09-26 08:00", "09-27 08:00", "09-28 08:00"]),
        # Kolkata: no daylight saving, a half-hour offset.
        ("Asia/Kolkata", utc(2026, 6, 1, 0), ["06-01 08:00", "06-02 08:00", "06-03 08:00"]),
    ],
)
def test_an_0800_check_in_arrives_once_at_0800_local_on_change_days(
    person: Chat, clock: Clock, channel: RecordingChannel, zone, start, expected
) -> None:
    set_up(person, zone, at=start)
    clock.walk(start, start + timedelta(days=3) - STEP, STEP)
    assert _local(channel.sent, zone) == expected
    assert all("morning check-in" in item.text for item in channel.sent)
    assert all(item.address == "alice" for item in channel.sent)
    assert not any("late" in item.text for item in channel.sent)


def test_a_time_missing_on_the_spring_change_day_comes_at_the_next_valid_time(
    person: Chat, clock: Clock, channel: RecordingChannel
) -> None:
    start = utc(2026, 3, 28, 12)
    set_up(person, "Europe/Berlin", at=start, morning="2:30")
    clock.walk(start, start + timedelta(days=2), STEP)
    assert _local(channel.sent, "Europe/Berlin") == ["03-29 03:00", "03-30 02:30"]


def test_a_time_that_happens_twice_in_autumn_is_sent_once(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    start = utc(2026, 10, 31, 12)
    set_up(person, "America/New_York", at=start, morning="1:30")
    clock.walk(start, start + timedelta(days=2), STEP)
    assert [item.at for item in channel.sent] == [utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)]
    with database.transaction() as db:
        assert len(db.scalars(select(ReminderDelivery)).all()) == 2


def test_four_zones_at_once_each_at_their_own_morning(
    core, clock: Clock, channel: RecordingChannel
) -> None:
    start = utc(2026, 6, 10, 0)
    zones = ["Pacific/Auckland", "Asia/Kolkata", "America/New_York", "Europe/Berlin"]
    for index, zone in enumerate(zones):
        set_up(Chat(core, user=f"user{index}"), zone, at=start)
    clock.walk(start, start + timedelta(days=1) - STEP, STEP)
    by_address = {item.address: item.at for item in channel.sent}
    assert len(channel.sent) == 4
    for index, zone in enumerate(zones):
        assert by_address[f"user{index}"].astimezone(ZoneInfo(zone)).strftime("%H:%M") == "08:00"


def test_morning_and_evening_check_ins(
    person: Chat, clock: Clock, channel: RecordingChannel
) -> None:
    start = utc(2026, 6, 10, 0)
    set_up(person, "Europe/Berlin", at=start, morning="7:30", evening="21:30")
    clock.walk(start, start + timedelta(days=1), STEP)
    texts = [
        (item.at.astimezone(ZoneInfo("Europe/Berlin")).strftime("%H:%M"), item.text)
        for item in channel.sent
    ]
    assert [when for when, _ in texts] == ["07:30", "21:30"]
    assert "morning check-in" in texts[0][1] and "evening check-in" in texts[1][1]
