"""Numbers as people type them: digits, words, halves, ranges and scores out of N."""

from __future__ import annotations

import math

NUMBER_WORDS: dict[str, float] = {
    "zero": 0,
    "nil": 0,
    "none": 0,
    "no": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "half": 0.5,
    "a": 1,
    "an": 1,
}
# A regex piece for one number: digits with an optional decimal point/comma, or a number word.
NUMBER = (
    r"(?:\d{1,3}(?:[.,]\d{1,2})?|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\b)"
)
# A regex piece for "and a half" and friends.
HALF = r"(?:\s*(?:and\s+a\s+half|and\s+half|\u00bd|1/2))"


def parse_number(text: str) -> float | None:
    """'7' -> 7.0, '7.5' or '7,5' -> 7.5, 'seven' -> 7.0; anything else -> None."""
    cleaned = text.strip().lower()
    if cleaned in NUMBER_WORDS:
        return NUMBER_WORDS[cleaned]
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def on_scale(value: float, scale_max: float | None, target_max: int) -> int | None:
    """A score rescaled to 0..target_max ('6/10' on a 0-5 scale is 3); None when impossible.

    Without an explicit scale the number must already fit the target scale: "anxiety 8" on a
    0-5 scale is a typo or a misunderstanding, not something to store.
    """
    if scale_max is not None:
        if scale_max <= 0 or value > scale_max or value < 0:
            return None
        value = value * target_max / scale_max
    if not 0 <= value <= target_max:
        return None
    return math.floor(value + 0.5)
