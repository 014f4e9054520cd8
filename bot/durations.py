"""Reading the durations people type: "30m", "3d", "2 hours", "1 week"."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(
    r"^\s*(\d{1,4})\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s*$", re.I
)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta | None:
    """A positive duration, or None when the text is not one."""
    match = _DURATION.match(text)
    if match is None:
        return None
    amount = int(match.group(1))
    if amount <= 0:
        return None
    unit = _UNITS[match.group(2)[0].lower()]
    return timedelta(**{unit: amount})


def describe_duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    for size, name in ((7 * 24 * 60, "week"), (24 * 60, "day"), (60, "hour"), (1, "minute")):
        if minutes >= size and minutes % size == 0:
            count = minutes // size
            return f"{count} {name}{'s' if count != 1 else ''}"
    return f"{minutes} minutes"
