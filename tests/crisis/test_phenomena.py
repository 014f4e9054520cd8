"""The detector on hand-written sentences, one parametrised test per phenomenon."""

from __future__ import annotations

import pytest
from crisis_cases import ALL_GROUPS, PERSONAL_PHRASE_CASES, PERSONAL_PHRASES

from bot.crisis.detector import assess_text


def _accepted(level: str, accept: tuple[str, ...]) -> bool:
    return level in accept or (level == "imminent" and "high" in accept)


CASES = [
    pytest.param(text, accept, id=f"{group}:{text[:50]}")
    for group, cases in ALL_GROUPS.items()
    for text, accept in cases
]


@pytest.mark.parametrize(("text", "accept"), CASES)
def test_level_is_accepted(text: str, accept: tuple[str, ...]) -> None:
    result = assess_text(text)
    assert _accepted(result.level, accept), f"{result.level} {result.signals}"


@pytest.mark.parametrize(("text", "accept"), PERSONAL_PHRASE_CASES)
def test_personal_phrases(text: str, accept: tuple[str, ...]) -> None:
    result = assess_text(text, PERSONAL_PHRASES)
    assert _accepted(result.level, accept), f"{result.level} {result.signals}"
    assert ("personal_phrase" in result.signals) == (accept != ("none",))
