"""When a local rule ("08:00 in Europe/Berlin", "Sundays 19:00") next happens, as a UTC instant.

Daylight saving: a wall-clock time is converted afresh for each day, so an 08:00 check-in
stays at 08:00 local on both change days. A time that does not exist that day (02:30 when
clocks jump from 02:00 to 03:00) moves to the next valid time, the moment the gap ends
(03:00). A time that happens twice (01:30 when clocks fall back) is used once, the first time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# Enough days to find the next occurrence of a weekly rule from any starting day.
_SEARCH_DAYS = 9


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock time ``at`` on ``day`` in ``zone``."""
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first  # exists; when it happens twice, fold=0 is the first time
    # In a gap. fold=1 reads the wall time with the offset from after the change and lands
    # before the change; fold=0 with the offset from before and lands after it.
    before = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return _transition_between(before, first, zone)


def _transition_between(before: datetime, after: datetime, zone: ZoneInfo) -> datetime:
    """The first instant in (before, after] that has ``after``'s UTC offset."""
    target = after.astimezone(zone).utcoffset()
    low, high = 0, int((after - before).total_seconds())
    while high - low > 1:
        middle = (low + high) // 2
        if (before + timedelta(seconds=middle)).astimezone(zone).utcoffset() == target:
            high = middle
        else:
            low = middle
    return before + timedelta(seconds=high)


def next_occurrence(
    at: time, zone: ZoneInfo, after: datetime, weekday: int | None = None
) -> datetime:
    """The first instant strictly after ``after`` when the rule happens (UTC)."""
    if after.tzinfo is None:
        raise ValueError("after must be an aware datetime")
    start = after.astimezone(zone).date() - timedelta(days=1)
    for offset in range(_SEARCH_DAYS):
        day = start + timedelta(days=offset)
        if weekday is not None and day.weekday() != weekday:
            continue
        instant = local_instant(day, at, zone)
        if instant > after:
            return instant
    raise AssertionError("a daily or weekly rule always happens within nine days")


def in_local_window(moment: datetime, zone: ZoneInfo, start: time, end: time) -> bool:
    """Whether the local wall time of ``moment`` is in [start, end); windows may wrap midnight."""
    local = moment.astimezone(zone).time().replace(tzinfo=None)
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end
