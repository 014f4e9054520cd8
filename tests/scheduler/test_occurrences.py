"""Local rules to UTC instants: every day of a year in four zones, both DST changes, gaps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from scheduler.occurrences import in_local_window, local_instant, next_occurrence

ZONES = ["Pacific/Auckland", "Asia/Kolkata", "America/New_York", "Europe/Berlin"]


@pytest.mark.parametrize("zone_name", ZONES)
def test_an_0800_rule_happens_once_a_day_at_0800_local_all_year(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    moment = datetime(2025, 12, 31, 12, tzinfo=UTC)
    seen: list[datetime] = []
    while moment < datetime(2027, 1, 1, tzinfo=UTC):
        moment = next_occurrence(time(8, 0), zone, moment)
        seen.append(moment)
    local = [instant.astimezone(zone) for instant in seen]
    days = [item.date() for item in local if item.year == 2026]
    assert len(days) == 365 and len(set(days)) == 365
    assert {(item.hour, item.minute) for item in local} == {(8, 0)}


def test_berlin_spring_and_autumn_change_days() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Clocks go 02:00 -> 03:00 on 29 March and 03:00 -> 02:00 on 25 October 2026.
    assert local_instant(date(2026, 3, 28), time(8), berlin) == datetime(2026, 3, 28, 7, tzinfo=UTC)
    assert local_instant(date(2026, 3, 29), time(8), berlin) == datetime(2026, 3, 29, 6, tzinfo=UTC)
    assert local_instant(date(2026, 10, 25), time(8), berlin) == datetime(
        2026, 10, 25, 7, tzinfo=UTC
    )
    # 02:30 does not exist on 29 March: the next valid time is 03:00 CEST.
    moved = local_instant(date(2026, 3, 29), time(2, 30), berlin)
    assert moved == datetime(2026, 3, 29, 1, tzinfo=UTC)
    assert moved.astimezone(berlin).strftime("%H:%M %Z") == "03:00 CEST"


def test_a_time_that_happens_twice_is_used_once() -> None:
    new_york = ZoneInfo("America/New_York")
    # 1 November 2026: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
    first = next_occurrence(time(1, 30), new_york, datetime(2026, 11, 1, 0, tzinfo=UTC))
    assert first == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    following = next_occurrence(time(1, 30), new_york, first)
    assert following == datetime(2026, 11, 2, 6, 30, tzinfo=UTC)


def test_auckland_and_kolkata() -> None:
    auckland, kolkata = ZoneInfo("Pacific/Auckland"), ZoneInfo("Asia/Kolkata")
    # NZ daylight time ends 5 April 2026 (UTC+13 -> +12), starts 27 September (02:00 -> 03:00).
    assert local_instant(date(2026, 4, 4), time(8), auckland) == datetime(
        2026, 4, 3, 19, tzinfo=UTC
    )
    assert local_instant(date(2026, 4, 5), time(8), auckland) == datetime(
        2026, 4, 4, 20, tzinfo=UTC
    )
    assert local_instant(date(2026, 9, 27), time(2, 15), auckland).astimezone(auckland).time() == (
        time(3, 0)
    )
    assert local_instant(date(2026, 6, 1), time(8), kolkata) == datetime(
        2026, 6, 1, 2, 30, tzinfo=UTC
    )


def test_weekly_rules_land_on_their_weekday() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    moment = datetime(2026, 3, 20, tzinfo=UTC)
    instants = []
    for _ in range(3):
        moment = next_occurrence(time(19), berlin, moment, weekday=6)
        instants.append(moment)
    local = [instant.astimezone(berlin) for instant in instants]
    assert [item.weekday() for item in local] == [6, 6, 6]
    assert [item.hour for item in local] == [19, 19, 19]
    # 22 March to 29 March spans the change to summer time: one hour less in UTC.
    assert instants[1] - instants[0] == timedelta(days=7) - timedelta(hours=1)


def test_local_windows_may_wrap_midnight() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    at = lambda hour: datetime(2026, 6, 1, hour, tzinfo=berlin)  # noqa: E731
    assert in_local_window(at(23), berlin, time(22), time(7))
    assert in_local_window(at(3), berlin, time(22), time(7))
    assert not in_local_window(at(7), berlin, time(22), time(7))
    assert not in_local_window(at(12), berlin, time(22), time(7))
    assert in_local_window(at(13), berlin, time(12), time(14))
    assert not in_local_window(at(13), berlin, time(12), time(12))


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_occurrence(time(8), ZoneInfo("UTC"), datetime(2026, 1, 1))
