"""Morning and evening check-ins: mood 0-10, hours slept, anxiety/irritability/energy 0-5."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Literal

from bot.understanding.models import BaselineData
from bot.understanding.offline.numbers import HALF, NUMBER, on_scale, parse_number
from bot.understanding.offline.text import Doc

CheckInKind = Literal["morning", "evening"]

_FILLER = (
    r"(?:[:=~\-]|(?:is|was|were|at|of|around|about|approx|roughly|like|maybe|level|levels|lvl|"
    r"score|rating|rated|today|now|currently|tonight|a|an|solid|only|just|probably|prob|"
    r"sitting at|sits at|s|ok|okay|fine|good|decent|low|high|meh)\b)"
)
_NOT_A_SCORE = (
    r"(?!\s*(?:am\b|pm\b|h\b|hrs?\b|hours?\b|mg\b|ml\b|%|:\d|x\b|times\b|days?\b|weeks?\b))"
)
_SCORE = (
    rf"(?:\s*{_FILLER}){{0,3}}\s*(?P<n>{NUMBER}){_NOT_A_SCORE}"
    r"(?:\s*(?:/|out of|outta|of)\s*(?P<d>\d{1,2}))?(?:ish)?\b"
)


def _rating(keys: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{keys})\b{_SCORE}")


_MOOD = _rating(r"mood|moods|mood rating|mood score|overall mood|mood wise|mood-wise")
_MOOD_AFTER = re.compile(rf"\b(?P<n>{NUMBER})\s*(?:/|out of)\s*(?P<d>10|5)\s*(?:for\s+)?mood\b")
_MOOD_FEELING = re.compile(
    rf"\b(?:feeling|feel|felt|i'?m|i am|day|today|overall|rate it|rate myself|i'?d say)\s+"
    rf"(?:(?:like|is|was)\s+)?(?:(?:a|an|at|about|around|maybe)\s+)?(?P<n>{NUMBER})\s*(?:/|out of)\s*(?P<d>10)\b"
    # "feeling 8/10 anxious" scores the anxiety, not the mood
    r"(?=\s*(?:$|[.,;!?\n)]|today|tonight|overall|tbh|honestly|i guess|i think|right now|rn|atm|now|mood))"
)
_ANXIETY = _rating(r"anxiety|anxious|anx|anxiousness|worry|stress|stressed|anxiety level")
_IRRITABILITY = _rating(r"irritability|irritable|irritation|irritated|irrit|irr|grumpiness")
_ENERGY = _rating(r"energy|energy levels?|energetic|nrg")


def _amount(unit_required: bool) -> str:
    """Hours as typed: '7', '7h', '7.5 hrs', 'six and a half hours', '6-7 hours', '5h30'."""
    unit = (
        r"\s*(?P<unit>hours?\b|hrs?\b|h(?=\b|\d))"
        r"(?:\s*(?:and\s*)?(?P<min>\d{1,2})\s*(?:m\b|mins?\b|minutes?\b)?)?"
    )
    # without a unit, a score ("sleep 6/10") is sleep quality, not hours
    unitless = r"(?!\s*(?:/|out of)|\d)"
    return rf"(?P<a>{NUMBER})(?:\s*(?:-|to|or)\s*(?P<b>{NUMBER}))?(?P<half>{HALF})?" + (
        f"(?:{unit})" if unit_required else f"(?:{unit}|{unitless})"
    )


_SLEEP_DIRECT = re.compile(
    r"\b(?:slept|sleep|sleeping|sleep time|sleep duration|got|had|managed|only got|barely got)\b"
    r"(?:\s*(?:[:=~\-]|(?:for|about|around|roughly|approx|approximately|like|maybe|only|just|"
    r"barely|nearly|almost|over|under|a|solid|total|was|is|of|til|maybe)\b)){0,3}"
    rf"\s*{_amount(unit_required=False)}"
)
_SLEEP_LOOSE = re.compile(
    r"\b(?:slept|sleep)\b[^.;!?\d\n]{0,30}?"
    rf"{_amount(unit_required=True)}"
)
_SLEEP_BEFORE = re.compile(
    rf"{_amount(unit_required=True)}\s*(?:of\s+)?(?:good\s+|bad\s+|broken\s+|solid\s+|decent\s+|poor\s+)?"
    r"(?:sleep|kip|shut ?eye)\b"
)
_SLEEP_CLOCK = re.compile(
    r"\bslept\s+(?:from\s+)?(?:about\s+|around\s+)?(?P<s>\d{1,2})(?::(?P<sm>\d{2}))?\s*(?P<sap>am|pm)?"
    r"\s*(?:-|to|till|until|til)\s*(?P<e>\d{1,2})(?::(?P<em>\d{2}))?\s*(?P<eap>am|pm)?(?!\s*(?:h\b|hrs?\b|hours?\b))"
)
_MORNING = re.compile(
    r"\b(?:morning|mornin|gm|am check ?-?in|a\.m\.|wake ?up|woke up|just woke|breakfast)\b"
    r"|^\s*am\s*[-:]"
)
_EVENING = re.compile(
    r"\b(?:evening|tonight|bedtime|before bed|night check ?-?in|nightly|end of (?:the )?day|eod|"
    r"pm check ?-?in|p\.m\.|good ?night)\b"
)
_LEADING_CHARS = 20
_DIGIT = re.compile(r"\d")
_CHECK_IN = re.compile(r"\b(?:check ?-?in|checkin|baseline|daily log|log for today)\b")


@dataclass(slots=True)
class BaselineReading:
    data: BaselineData | None = None
    rated_fields: int = 0
    mood_rated: bool = False
    kind_stated: bool = False
    check_in_word: bool = False
    rejected: bool = False  # a score was given but is impossible ("mood 15/10")
    spans: list[tuple[int, int]] = field(default_factory=list)


def read_baseline(doc: Doc, local_time: datetime | None) -> BaselineReading:
    reading = BaselineReading()
    low = doc.low
    if not _DIGIT.search(low) and not _has_number_word(doc):
        return reading
    values: dict[str, float | int | None] = {}
    values["mood"] = _score(low, (_MOOD, _MOOD_AFTER, _MOOD_FEELING), 10, reading)
    values["anxiety"] = _score(low, (_ANXIETY,), 5, reading)
    values["irritability"] = _score(low, (_IRRITABILITY,), 5, reading)
    values["energy"] = _score(low, (_ENERGY,), 5, reading)
    values["sleep_hours"] = _sleep_hours(low, reading)
    rated = [name for name, value in values.items() if value is not None]
    if not rated:
        if reading.rejected:
            reading.data = BaselineData(kind=_stated_kind(low)[0])
        return reading
    reading.rated_fields = len(rated)
    reading.mood_rated = values["mood"] is not None
    reading.check_in_word = bool(_CHECK_IN.search(low))
    kind, kind_at = _stated_kind(low)
    # "morning: ..." or "evening check-in" frames the message; "panicked this morning" does not.
    reading.kind_stated = kind is not None and (kind_at <= _LEADING_CHARS or reading.check_in_word)
    reading.data = BaselineData(kind=kind or default_kind(local_time), **values)  # type: ignore[arg-type]
    return reading


def default_kind(local_time: datetime | None) -> CheckInKind | None:
    """A check-in written 04:00-12:00 is a morning one, 18:00-03:00 an evening one."""
    if local_time is None:
        return None
    moment = local_time.time()
    if time(4) <= moment < time(12):
        return "morning"
    if moment >= time(18) or moment <= time(3):
        return "evening"
    return None


def _stated_kind(low: str) -> tuple[CheckInKind | None, int]:
    morning = _MORNING.search(low)
    evening = _EVENING.search(low)
    if morning and (not evening or morning.start() < evening.start()):
        return "morning", morning.start()
    if evening:
        return "evening", evening.start()
    return None, -1


def _has_number_word(doc: Doc) -> bool:
    return not doc.wordset.isdisjoint(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "zero")
    )


def _score(
    low: str, patterns: tuple[re.Pattern[str], ...], target_max: int, reading: BaselineReading
) -> int | None:
    for pattern in patterns:
        for match in pattern.finditer(low):
            value = parse_number(match.group("n"))
            scale = match.group("d")
            if value is None:
                continue
            scale_max = float(scale) if scale else None
            if scale_max is None and target_max == 5 and value > 5:
                continue  # "energy 7" is not on the 0-5 card; don't guess its scale
            reading.spans.append(match.span())
            score = on_scale(value, scale_max, target_max)
            reading.rejected = reading.rejected or score is None
            return score
    return None


def _sleep_hours(low: str, reading: BaselineReading) -> float | None:
    if "sle" not in low and "kip" not in low and "shut" not in low:
        return None
    clock = _SLEEP_CLOCK.search(low)
    if clock and _is_clock_span(clock):
        reading.spans.append(clock.span())
        return _clock_duration(clock)
    for pattern in (_SLEEP_DIRECT, _SLEEP_BEFORE, _SLEEP_LOOSE):
        for match in pattern.finditer(low):
            hours = _hours(match)
            if hours is None and match.group("unit"):
                reading.rejected = True  # "slept 30 hours"
            if hours is not None:
                reading.spans.append(match.span())
                return hours
    return None


def _hours(match: re.Match[str]) -> float | None:
    groups = match.groupdict()
    unit = groups.get("unit")
    text = match.group()
    if text.startswith(("got", "had", "managed", "only got", "barely got")) and not unit:
        return None  # "got 2 kids" is not sleep
    first = parse_number(groups["a"])
    if first is None:
        return None
    second = parse_number(groups["b"]) if groups.get("b") else None
    value = (first + second) / 2 if second is not None and second > first else first
    if groups.get("half"):
        value += 0.5
    if groups.get("min"):
        value += int(groups["min"]) / 60
    if not unit and value > 16:
        return None
    if not 0 <= value <= 24:
        return None
    return round(value, 2)


def _is_clock_span(match: re.Match[str]) -> bool:
    start, end = int(match.group("s")), int(match.group("e"))
    return bool(match.group("sap") or match.group("eap") or "from" in match.group() or start > end)


def _clock_duration(match: re.Match[str]) -> float | None:
    start = _to_24h(int(match.group("s")), match.group("sm"), match.group("sap"), evening=True)
    end = _to_24h(int(match.group("e")), match.group("em"), match.group("eap"), evening=False)
    if start is None or end is None:
        return None
    hours = (end - start) % 24
    return round(hours, 2) if 0 < hours <= 16 else None


def _to_24h(hour: int, minutes: str | None, meridiem: str | None, *, evening: bool) -> float | None:
    if hour > 24 or (minutes and int(minutes) > 59):
        return None
    value = hour % 12 if hour <= 12 else hour
    if meridiem == "pm" or (meridiem is None and evening and 6 <= hour <= 11):
        value = value + 12 if value < 12 else value
    return value + (int(minutes) / 60 if minutes else 0)
