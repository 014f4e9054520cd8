"""Whole messages as people write them, labelled the way shared/eval/score.py checks them.

data/realistic_messages.jsonl was written for this project (short and long, terse and
chatty, clinical, slang, second-language English). Each line lists the acceptable intents and
states, words the cause must contain, and words a symptom must contain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.understanding.models import MoodShiftData
from bot.understanding.offline import analyze_offline

ITEMS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "realistic_messages.jsonl")
    .read_text()
    .splitlines()
    if line.strip()
]


@pytest.mark.parametrize("item", ITEMS, ids=[item["text"][:50] for item in ITEMS])
def test_realistic_message(item: dict) -> None:
    text = item["text"]
    analysis = analyze_offline(text)
    shift = analysis.mood_shift or MoodShiftData()  # an empty reading fails every check below
    assert analysis.intent in item["intent"]
    if "current" in item:
        assert shift.current_state in item["current"]
    if "previous" in item:
        assert shift.previous_state in item["previous"]
    if "trigger" in item:
        assert shift.trigger is not None
        trigger = shift.trigger.lower()
        assert len(trigger) <= max(40, 0.6 * len(text)), "the cause, not the whole message"
        assert any(word in trigger for word in item["trigger"])
    if "symptom" in item:
        assert any(
            any(word in symptom.lower() for word in item["symptom"])
            for symptom in shift.physical_symptoms
        )
    if "functionality" in item:
        assert shift.functionality in item["functionality"]
