"""Reading typed check-in answers."""

from __future__ import annotations

import pytest

from bot.conversations.checkin_answers import read_answer, snooze_minutes
from bot.durations import parse_duration


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("remind me in 30 minutes", 30),
        ("Remind me in 30 min please", 30),
        ("in an hour", 60),
        ("ask me again in 2 hours", 120),
        ("remind me in half an hour", 30),
        ("later", 30),
        ("snooze", 30),
        ("I slept 7 hours", None),
        ("mood 6", None),
    ],
)
def test_snooze_phrases(text: str, minutes: int | None) -> None:
    assert snooze_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "current", "values"),
    [
        ("6", "mood", {"mood": 6}),
        ("6/10", "mood", {"mood": 6}),
        ("7.5h", "sleep", {"sleep": 7.5}),
        ("7,5 hours", "sleep", {"sleep": 7.5}),
        ("mood 6, slept 7h", "mood", {"mood": 6, "sleep": 7}),
        ("mood: 4 anxiety 2 irritable 1 energy 3", "mood", {"mood": 4, "anxiety": 2,
                                                           "irritability": 1, "energy": 3}),
        ("about 6 hours of sleep", "mood", {"sleep": 6}),
    ],
)  # fmt: skip
def test_values(text: str, current: str, values: dict[str, float]) -> None:
    parsed = read_answer(text, current)
    assert parsed is not None and parsed.values == values and not parsed.problems


def test_stop_skip_and_other_text() -> None:
    assert read_answer("not now", "mood").stop  # type: ignore[union-attr]
    assert read_answer("skip", "sleep").skip  # type: ignore[union-attr]
    assert read_answer("had a rough call with my boss", "mood") is None
    problem = read_answer("12", "mood")
    assert problem is not None and problem.problems == {
        "mood": "Mood is a whole number from 0 to 10."
    }
    assert read_answer("6.5", "anxiety").problems  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "hours"),
    [("3d", 72), ("12h", 12), ("1w", 168), ("2 days", 48), ("90m", 1.5), ("0d", None), ("x", None)],
)
def test_durations(text: str, hours: float | None) -> None:
    parsed = parse_duration(text)
    assert (parsed.total_seconds() / 3600 if parsed else None) == hours
