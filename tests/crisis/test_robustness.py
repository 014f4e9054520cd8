"""Odd input never breaks the detector, and long input stays linear."""

from __future__ import annotations

import time

import pytest
from crisis_cases import ALL_GROUPS

from bot.crisis.detector import assess_text
from bot.crisis.normalize import canonical_view, plain_view
from bot.crisis.patterns import CONTEXT_RULES, MAIN_RULES
from bot.crisis.prefilter import trigrams
from bot.vocabulary import crisis_rank

ODD_INPUTS = [
    "",
    " ",
    "\n\n\t  \r\n",
    "\x00\x01\x02\x03\x1b[31m",
    "\ufeff\u200b\u200d\u202e",
    "🙂" * 500,
    "💊" * 300,
    "?!.,;:" * 1000,
    "a" * 10_000,
    "I" + "\u0301" * 5000,
    "ｋｉｌｌ ｍｙｓｅｌｆ",
    bytes(range(256)).decode("latin-1"),
    "\ud800 lone surrogate",
    "k i l l " * 2000,
    "not " * 5000 + "suicidal",
    "urge 5/5 " * 3000,
]


@pytest.mark.parametrize("text", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_odd_input_gives_a_valid_assessment(text: str) -> None:
    result = assess_text(text)
    assert result.level in ("none", "low", "moderate", "high", "imminent")


def test_non_string_input_is_tolerated() -> None:
    assert assess_text(None).level == "none"  # type: ignore[arg-type]
    assert assess_text(b"I want to die").level == "moderate"  # type: ignore[arg-type]


def test_empty_and_blank_are_none() -> None:
    for text in ("", "   ", "\n"):
        assert assess_text(text).model_dump() == {"level": "none", "signals": []}


@pytest.mark.parametrize(
    "filler",
    [
        "I walked the dog and then I made some tea, ",
        "a " * 10,
        "aaaaaaaaaa",
        "not sure if i want to, ",
        "kill " * 3,
        "1 2 3 4 5 ",
        "i i i i ",
    ],
)
def test_100_kb_messages_finish_quickly_and_keep_the_risk(filler: str) -> None:
    text = (filler * (100_000 // len(filler) + 1))[:100_000] + ". I want to kill myself"
    started = time.perf_counter()
    result = assess_text(text)
    elapsed = time.perf_counter() - started
    # Generous: a catastrophic backtrack would take minutes, not seconds.
    assert elapsed < 5, f"{elapsed:.1f}s"
    assert result.level in ("moderate", "high", "imminent")


@pytest.mark.parametrize(
    ("phrase", "floor"),
    [
        ("i want to kill myself ", "moderate"),
        ("i'm not suicidal ", "none"),
        ("took 30 pills ", "high"),
        ("if lol i want to die ", "low"),
        ("she said 'i want to die' and ", "none"),
        ("sh urge 5 ", "moderate"),
    ],
)
def test_100_kb_of_repeated_risk_phrases_stays_fast(phrase: str, floor: str) -> None:
    """Thousands of matches in one long clause: context is read near each match only."""
    text = (phrase * (100_000 // len(phrase) + 1))[:100_000]
    started = time.perf_counter()
    result = assess_text(text)
    assert time.perf_counter() - started < 10
    assert crisis_rank(result.level) >= crisis_rank(floor)


def _views(text: str) -> list[str]:
    plain = plain_view(text)
    return [plain, canonical_view(plain).text]


@pytest.mark.parametrize("group", sorted(ALL_GROUPS))
def test_the_prefilter_never_skips_a_rule_that_matches(group: str) -> None:
    """The trigram gate must only skip rules whose pattern cannot match."""
    for text, _accept in ALL_GROUPS[group]:
        for view in _views(text):
            for rules in (MAIN_RULES, CONTEXT_RULES):
                runnable = [rule for rule, _ in rules.runnable(view, trigrams(view))]
                for rule in rules.rules:
                    if rule.pattern.search(view):
                        assert rule in runnable, (view, rule.signal)


PADDING = "The weather was grey and the bus was on time, so I read my book on the way. " * 5


@pytest.mark.parametrize("group", sorted(ALL_GROUPS))
def test_long_texts_find_the_same_matches_as_a_whole_scan(group: str) -> None:
    """Long texts are searched near each rule's literals only; that must miss nothing."""
    from bot.crisis.scan import ViewScan

    for text, _accept in ALL_GROUPS[group]:
        for view in _views(PADDING + text + ". " + PADDING):
            scan = ViewScan(view)
            for rules in (MAIN_RULES, CONTEXT_RULES):
                for rule, literals in rules.runnable(view, trigrams(view)):
                    whole = [m.span() for m in rule.pattern.finditer(view)]
                    near = [m.span() for m in scan._matches(rule, literals)]
                    assert near == whole, (view[len(PADDING) : -len(PADDING)], rule.signal)


def test_a_remembered_assessment_is_the_same_each_time_and_not_shared() -> None:
    first = assess_text("i want to kill myself tonight")
    first.signals.append("changed by a caller")
    again = assess_text("i want to kill myself tonight")
    assert again.level == first.level
    assert crisis_rank(again.level) >= crisis_rank("high")
    assert "changed by a caller" not in again.signals


def test_personal_phrases_are_part_of_what_is_remembered() -> None:
    assert assess_text("going to the lighthouse").level == "none"
    assert crisis_rank(assess_text("going to the lighthouse", ("the lighthouse",)).level) >= (
        crisis_rank("high")
    )
    assert assess_text("going to the lighthouse").level == "none"


def test_long_texts_are_assessed_alike_whether_remembered_or_not() -> None:
    risk = "i have the pills counted out and i'm taking them tonight. "
    short, long = risk, "my day was ordinary. " * 300 + risk
    assert assess_text(short).level == assess_text(long).level == "imminent"
