"""Reading check-in answers: a number for the current question, labelled values
("mood 6, slept 7h, anxiety 2"), skip, stop, or "remind me in 30 minutes"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.conversations.intake_answers import is_skip
from bot.understanding.offline import analyze_offline

# field -> (lowest, highest, whole numbers only)
SCALES: dict[str, tuple[float, float, bool]] = {
    "mood": (0, 10, True),
    "sleep": (0, 24, False),
    "anxiety": (0, 5, True),
    "irritability": (0, 5, True),
    "energy": (0, 5, True),
}
FIELD_NAMES = {"mood": "Mood", "sleep": "Sleep", "anxiety": "Anxiety",
               "irritability": "Irritability", "energy": "Energy"}  # fmt: skip

_NUMBER = r"(\d{1,3}(?:[.,]\d{1,2})?)"
_JOIN = r"\s*(?:is|was|of|at|about|around|maybe|:|=|-)?\s*"
_LABELLED = {
    "mood": [re.compile(rf"\bmood{_JOIN}{_NUMBER}", re.I)],
    "sleep": [
        re.compile(rf"\b(?:slept|sleep){_JOIN}(?:for\s+)?{_NUMBER}", re.I),
        re.compile(rf"{_NUMBER}\s*(?:h|hrs?|hours?)\s+(?:of\s+)?sleep", re.I),
    ],
    "anxiety": [re.compile(rf"\banx(?:iety|ious)?{_JOIN}{_NUMBER}", re.I)],
    "irritability": [re.compile(rf"\birrit(?:ability|able|ated)?{_JOIN}{_NUMBER}", re.I)],
    "energy": [re.compile(rf"\benergy{_JOIN}{_NUMBER}", re.I)],
}
_BARE = re.compile(rf"^\s*{_NUMBER}\s*(?:/\s*(?:10|5))?\s*(?:h|hrs?|hours?)?\s*[.!]?\s*$", re.I)
_SNOOZE = re.compile(
    r"\bin\s+(?P<amount>\d{1,3}|an?|half an|one)\s*(?P<unit>hours?|hrs?|h|minutes?|mins?|m)\b",
    re.I,
)
_SNOOZE_WORDS = ("later", "remind me later", "ask me later", "snooze", "not yet")
_STOP_WORDS = (
    "stop", "done", "that's all", "thats all", "that's it", "not now", "not today",
    "no thanks", "no thank you", "finish", "end", "enough",
)  # fmt: skip
DEFAULT_SNOOZE_MINUTES = 30


@dataclass(frozen=True)
class CheckinAnswer:
    values: dict[str, float] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # field -> what is wrong with it
    skip: bool = False
    stop: bool = False
    snooze_minutes: int | None = None


def _number(raw: str) -> float:
    return float(raw.replace(",", "."))


def check_value(name: str, value: float) -> str | None:
    """A message when ``value`` does not fit the scale of ``name``; None when it does."""
    low, high, whole = SCALES[name]
    if not low <= value <= high or (whole and value != int(value)):
        kind = "a whole number" if whole else "a number"
        unit = " hours" if name == "sleep" else ""
        return f"{FIELD_NAMES[name]} is {kind} from {low:g} to {high:g}{unit}."
    return None


def snooze_minutes(text: str) -> int | None:
    """ "remind me in 30 minutes" -> 30, "in an hour" -> 60, "later" -> 30; None otherwise."""
    normalised = text.strip().lower().strip(".!")
    if normalised in _SNOOZE_WORDS:
        return DEFAULT_SNOOZE_MINUTES
    match = _SNOOZE.search(normalised)
    if match is None or not re.search(
        r"\b(remind|ask|ping|later|again|snooze)\b|^in\b", normalised
    ):
        return None
    amount = match.group("amount")
    count = {"a": 1, "an": 1, "one": 1, "half an": 0.5}.get(amount)
    number = float(amount) if count is None else count
    minutes = number * 60 if match.group("unit").startswith("h") else number
    return int(minutes) if minutes >= 1 else None


def read_answer(text: str, current: str | None) -> CheckinAnswer | None:
    """What a free-text message says as a check-in answer; None when it is not one."""
    normalised = text.strip().lower().strip(".!")
    minutes = snooze_minutes(text)
    if minutes is not None:
        return CheckinAnswer(snooze_minutes=minutes)
    if normalised in _STOP_WORDS:
        return CheckinAnswer(stop=True)
    if is_skip(text):
        return CheckinAnswer(skip=True)
    found: dict[str, float] = {}
    bare = _BARE.match(text)
    if bare is not None and current is not None:
        found[current] = _number(bare.group(1))
    else:
        for name, patterns in _LABELLED.items():
            for pattern in patterns:
                match = pattern.search(text)
                if match is not None:
                    found[name] = _number(match.group(1))
                    break
        if len(text) <= 300:
            _add_engine_values(text, found)
    if not found:
        return None
    problems = {
        name: problem for name, value in found.items() if (problem := check_value(name, value))
    }
    values = {name: value for name, value in found.items() if name not in problems}
    return CheckinAnswer(values=values, problems=problems)


def _add_engine_values(text: str, found: dict[str, float]) -> None:
    """Fill gaps from the offline engine's baseline reading (it knows more phrasings)."""
    baseline = analyze_offline(text).baseline
    if baseline is None:
        return
    for name, value in (
        ("mood", baseline.mood),
        ("sleep", baseline.sleep_hours),
        ("anxiety", baseline.anxiety),
        ("irritability", baseline.irritability),
        ("energy", baseline.energy),
    ):
        if value is not None and name not in found:
            found[name] = float(value)
