"""Reading the dates people type in commands, with clear errors for impossible ones."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


class DateInputError(ValueError):
    """A date that cannot be understood or cannot exist; the message is shown to the user."""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_DAYS_AGO = re.compile(r"^(\d{1,4})\s*d(?:ays?)?(?:\s+ago)?$")


def _build(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(f"{original} is not a real date.") from None


def parse_user_date(text: str, today: date) -> date:
    value = text.strip().lower()
    if value == "today":
        return today
    if value == "yesterday":
        return today - timedelta(days=1)
    if match := _DAYS_AGO.match(value):
        return today - timedelta(days=int(match.group(1)))
    if match := _ISO.match(value):
        return _build(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
    if match := _DOTTED.match(value):
        return _build(int(match.group(3)), int(match.group(2)), int(match.group(1)), text)
    raise DateInputError(
        f"I couldn't read '{text[:40]}' as a date. Use 2026-11-24, 24.11.2026, "
        "'yesterday' or '3 days ago'."
    )


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of a local calendar day, in UTC.

    UTC, because Python subtracts two datetimes of the same zone as wall-clock times, which
    would make a DST-change day 24 hours long.
    """
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def humanize_duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "<1 min"
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"
