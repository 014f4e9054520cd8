from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.conversations.intake_answers import (
    parse_contact,
    parse_name,
    parse_times,
    parse_tracking,
    split_checkin_times,
)
from bot.dates import DateInputError, local_day_bounds, parse_user_date

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("today", TODAY),
        ("Yesterday", TODAY - timedelta(days=1)),
        ("3 days ago", TODAY - timedelta(days=3)),
        ("2026-11-01", date(2026, 11, 1)),
        ("1.11.2026", date(2026, 11, 1)),
        ("2024-02-29", date(2024, 2, 29)),
    ],
)
def test_dates_people_type(typed: str, expected: date) -> None:
    assert parse_user_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["2026-02-30", "2025-02-29", "31.04.2026", "2026-13-01", "soon"])
def test_impossible_or_unreadable_dates(typed: str) -> None:
    with pytest.raises(DateInputError):
        parse_user_date(typed, TODAY)


def test_day_bounds_on_dst_days_are_23_and_25_hours() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    spring_start, spring_end = local_day_bounds(date(2026, 3, 29), berlin)
    autumn_start, autumn_end = local_day_bounds(date(2026, 10, 25), berlin)
    assert spring_end - spring_start == timedelta(hours=23)
    assert autumn_end - autumn_start == timedelta(hours=25)


def test_names() -> None:
    assert parse_name("call me sam") == "Sam"
    assert parse_name("I'm Jo-Anne") == "Jo-Anne"
    assert parse_name("12345") is None
    assert parse_name("well I had a terrible morning honestly") is None


def test_tracking_choices() -> None:
    assert parse_tracking("mood, sleep and my meds") == ["mood", "sleep", "medication"]
    assert parse_tracking("dbt diary please") == ["dbt_diary"]
    assert parse_tracking("banana") == []


@pytest.mark.parametrize(
    ("typed", "channel", "address"),
    [
        ("Sam, my sister, sam@example.com", "email", "sam@example.com"),
        ("dad +49 170 1234567", "sms", "+491701234567"),
        ("Robin @robin_bird", "telegram", "robin_bird"),
        ("Kim, discord: kim.k", "discord", "kim.k"),
    ],
)
def test_contacts(typed: str, channel: str, address: str) -> None:
    contact = parse_contact(typed)
    assert contact is not None
    assert (contact.channel, contact.address) == (channel, address)


def test_contact_needs_a_channel() -> None:
    assert parse_contact("my sister Sam") is None


def test_times() -> None:
    assert parse_times("8:00 and 21:30") == [time(8), time(21, 30)]
    assert parse_times("7am, 10.15pm") == [time(7), time(22, 15)]
    assert parse_times("25:00") is None
    assert parse_times("13pm") is None
    assert split_checkin_times([time(21)]) == (None, time(21))
