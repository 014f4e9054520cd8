"""Anything at all may arrive: the engine never raises and always returns a valid Analysis."""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.models import Analysis
from bot.understanding.offline import analyze_offline
from bot.vocabulary import FUNCTIONALITY_LEVELS, INTENTS, MOOD_STATES, family_of

ODD_INPUTS = [
    "",
    " ",
    "\n\n\t",
    "\x00\x01\x02\x1b[31m",
    "\ufffd\ufffd\ufffd",
    "🙂🙂🙂🙂",
    "?!?!?!",
    "...",
    "mood",
    "mood /10",
    "mood 99999999999999999999/10",
    "slept 1e309 hours",
    "urge to 5",
    "took my",
    "remember that",
    "note for my therapist:",
    "from to then now",
    "not not not anxious",
    "ＡＮＸＩＯＵＳ",
    "İstanbul'da çok mutsuzum",
    "عندي قلق",
    "a" * 5000,
    "anxious " * 3000,
    "(" * 3000 + "sad" + ")" * 3000,
    "slept " + "6-" * 2000 + "7 hours",
    "because of " * 2000,
    "mood 6/10, " * 1000,
    bytes(range(256)).decode("latin-1"),
]


def _assert_valid(analysis: Analysis) -> None:
    # Round-trip through validation: whatever the engine built must satisfy the models.
    Analysis.model_validate(analysis.model_dump())
    assert analysis.intent in INTENTS
    shift = analysis.mood_shift
    if shift is not None:
        for state in (shift.current_state, shift.previous_state):
            assert state is None or state in MOOD_STATES
        assert shift.family == (family_of(shift.current_state) if shift.current_state else None)
        assert shift.functionality is None or shift.functionality in FUNCTIONALITY_LEVELS
        assert shift.trigger is None or 0 < len(shift.trigger) <= 60
        assert shift.activity is None or 0 < len(shift.activity) <= 60
    json.dumps(analysis.to_contract("x"))


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_inputs(text: str) -> None:
    _assert_valid(analyze_offline(text))


def test_a_100kb_message_is_parsed(tmp_path: Path) -> None:
    chunk = "went from calm to anxious after the call with my boss, chest tight; slept 6-7 hours. "
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    analysis = analyze_offline(text)
    _assert_valid(analysis)
    assert analysis.mood_shift is not None


def test_local_time_does_not_break_anything() -> None:
    when = datetime(2025, 1, 1, 7, 0, tzinfo=UTC)
    _assert_valid(analyze_offline("mood 6", when))
    _assert_valid(analyze_offline("", when))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    _assert_valid(analyze_offline(text))


_WORDS = st.sampled_from(
    [
        "anxious",
        "not",
        "from",
        "to",
        "then",
        "now",
        "was",
        "mood",
        "6/10",
        "slept",
        "7h",
        "urge",
        "to",
        "drink",
        "2",
        "didn't",
        "act",
        "took",
        "my",
        "lithium",
        "because",
        "after",
        "the",
        "call",
        "chest",
        "tight",
        "so",
        "really",
        "less",
        "better",
        "anymore",
        "no",
        "longer",
        "remember",
        "that",
        "note",
        "for",
        "therapist:",
        ",",
        ".",
        "?",
        "!",
        "😭",
        "hi",
        "manic",
        "depressed",
        "wired",
        "and",
        "at",
        "once",
        "stayed",
        "in",
        "bed",
        "sadness",
        "3",
        "used",
        "TIPP",
        "15/10",
        "energy",
        "9",
        "-",
        "->",
        "sertraline",
        "making",
        "me",
        "dizzy",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_any_mix_of_meaningful_words(text: str) -> None:
    _assert_valid(analyze_offline(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.printable, min_size=1, max_size=200))
def test_printable_noise(text: str) -> None:
    _assert_valid(analyze_offline(text))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("ANXIOUS!!!!", "anxious"),
        ("so...... sad.....", "sad"),
        ("feeling   really    low", "sad"),
        ("hopeless😞", "depressed"),
        ("😤 so irritated", "irritable"),
        ("soooo anxious", "anxious"),
        ("happyyyy today", "happy"),
        ("Overwhelmed - again -", "overwhelmed"),
        ("i’m so angry", "angry"),
        ("*numb*", "numb"),
        ("#anxious #stressed", "anxious"),
        ("calm:)", "calm"),
    ],
)
def test_messy_writing(text: str, state: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.current_state == state


def test_typo_blocklist_tool_finds_real_words_next_to_the_lexicon() -> None:
    from bot.understanding.offline.blocklist import words_near_vocabulary
    from bot.understanding.offline.typos import real_words_near_vocabulary

    assert words_near_vocabulary({"sacred", "banana", "anxious"}) == ["sacred"]
    assert "sacred" in real_words_near_vocabulary()
