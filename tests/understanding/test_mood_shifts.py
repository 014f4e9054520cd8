"""From one state to another: from/to, then, was/now, comparatives, negation and fading."""

from __future__ import annotations

import pytest

from bot.understanding.offline import analyze_offline

SHIFTS: list[tuple[str, str | None, str]] = [
    # (text, previous, current)
    ("went from calm to panicking in about five minutes", "calm", "panicked"),
    ("from happy to furious in seconds", "happy", "angry"),
    ("swung from manic to totally flat", "manic", "numb"),
    ("I was fine this morning, now I'm really low", "stable", "sad"),
    ("was anxious all day, feel calmer now", "anxious", "calm"),
    ("anxious then angry", "anxious", "angry"),
    ("sad and then numb by the evening", "sad", "numb"),
    ("irritable -> exhausted -> hopeless", "irritable", "depressed"),
    ("happy → anxious", "happy", "anxious"),
    ("stressed earlier but better now", "anxious", "calm"),
    ("was panicking earlier, better now", "panicked", "calm"),
    ("down this morning but feeling better", "sad", "stable"),
    ("calm now after being on edge all day", "anxious", "calm"),
    ("no longer depressed, feeling hopeful", "depressed", "happy"),
    ("not anxious anymore, actually relaxed", "anxious", "calm"),
    ("i'm not angry any more", "angry", "calm"),
    ("the panic has passed", "panicked", "calm"),
    ("the anxiety eased after my walk", "anxious", "calm"),
    ("not happy anymore", "happy", "sad"),
    ("started the day cheerful, ended it in tears", "happy", "sad"),
    ("woke up anxious, now just tired and flat", "anxious", "numb"),
    ("it turned into a full panic attack", None, "panicked"),
    ("was calm until my sister called, now I'm fuming", "calm", "angry"),
]


@pytest.mark.parametrize(("text", "previous", "current"), SHIFTS)
def test_shift(text: str, previous: str | None, current: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert (shift.previous_state, shift.current_state) == (previous, current)


COMPARATIVES: list[tuple[str, str]] = [
    ("calmer now", "calm"),
    ("less anxious than this morning", "calm"),
    ("a bit less stressed", "calm"),
    ("not as overwhelmed as yesterday", "calm"),
    ("not so angry now", "calm"),
    ("less depressed this week", "stable"),
    ("happier than I've been in ages", "happy"),
    ("more anxious as the day goes on", "anxious"),
    ("feeling much better today", "stable"),
    ("a lot better", "stable"),
]


@pytest.mark.parametrize(("text", "current"), COMPARATIVES)
def test_comparatives(text: str, current: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.current_state == current


NEGATED: list[tuple[str, str | None]] = [
    # (text, current state or None when the negation leaves nothing)
    ("I'm not anxious, just tired", None),
    ("not depressed, only bored", None),
    ("don't feel angry at all", None),
    ("no panic today", None),
    ("not feeling great", "sad"),
    ("not okay", "sad"),
    ("not in a good place", "sad"),
    ("can't relax", "anxious"),
    ("never been so happy", "happy"),
    ("couldn't be happier", "happy"),
    ("not bad, pretty steady", "stable"),
    ("not feeling numb anymore, things feel brighter", "happy"),
    ("i'm not sad, i'm furious", "angry"),
    ("i don't think i'm depressed, just tired", None),
    ("pretty sure I'm not manic, just happy", "happy"),
]


@pytest.mark.parametrize(("text", "current"), NEGATED)
def test_negation(text: str, current: str | None) -> None:
    shift = analyze_offline(text).mood_shift
    got = shift.current_state if shift else None
    assert got == current


def test_negated_state_is_not_current_even_with_symptoms() -> None:
    shift = analyze_offline("not anxious anymore but my head is pounding").mood_shift
    assert shift is not None
    assert shift.current_state != "anxious"
    assert shift.previous_state == "anxious"
    assert shift.physical_symptoms == ["headache"]


def test_single_state_has_no_previous() -> None:
    shift = analyze_offline("anxious about the dentist").mood_shift
    assert shift is not None
    assert shift.previous_state is None


INTENSITY: list[tuple[str, int | None]] = [
    ("anxious", None),
    ("really anxious", 7),
    ("very sad", 7),
    ("so so tired and so low", 7),
    ("a bit down", 3),
    ("slightly irritable", 3),
    ("kinda stressed", 4),
    ("pretty wired", 6),
    ("extremely overwhelmed", 8),
    ("completely hopeless", 9),
    ("really really angry", 8),
    ("anxious 8/10", 8),
    ("panic at like 9 out of 10", 9),
    ("anxiety 4/5 right now, shaky", 8),
    ("scared af", 8),
    ("furious as hell", 8),
    ("lowkey anxious", 3),
    ("anxiety at about 7 today", 7),
    ("panic level 9", 9),
    ("depression is like a 3 today", 3),
    ("anxious, slept 5 hours", None),
    ("I'm anxious, like 7/10", 7),
    ("panic 9/10", 9),
]


@pytest.mark.parametrize(("text", "intensity"), INTENSITY)
def test_intensity(text: str, intensity: int | None) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.intensity == intensity


DAY_NARRATIVES: list[tuple[str, str | None, str]] = [
    ("felt great this morning, crashed by lunch", "happy", "sad"),
    ("morning was rough but the afternoon was nice", "sad", "happy"),
    ("this morning I felt okay, tonight I'm a wreck", "stable", "anxious"),
    ("yesterday I was wired, today I'm flat", "elevated", "numb"),
    ("started off calm but got more and more anxious", "calm", "anxious"),
    ("was buzzing all weekend and now I've crashed", "elevated", "sad"),
    ("used to feel hopeless, now I feel hopeful", "depressed", "happy"),
    ("less panicky than earlier", "panicked", "calm"),
    ("stopped feeling numb after talking to my friend", "numb", "stable"),
    ("the anxiety turned into full blown panic", "anxious", "panicked"),
    # the only state named was before; the body tells the present one
    ("was calm until the fire alarm went off, now shaking", "calm", "anxious"),
    ("shaking, was calm earlier", None, "calm"),
    # the verb into the new state may be a feeling word itself
    ("fine this morning, then spiralled into panic", "stable", "panicked"),
    # even "ok" is a report when a time gone by and "now" follow it
    ("ok this morning, but now I'm really anxious", "stable", "anxious"),
    ("alright at first, now panicking", "stable", "panicked"),
    ("fine earlier, now so irritable", "stable", "irritable"),
    # "by" a later part of the day is later
    ("relaxed at lunch, by the evening I was livid", "calm", "angry"),
    ("was happy at breakfast, by dinner i was in tears", "happy", "sad"),
]


@pytest.mark.parametrize(("text", "previous", "current"), DAY_NARRATIVES)
def test_day_narratives(text: str, previous: str | None, current: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert (shift.previous_state, shift.current_state) == (previous, current)


@pytest.mark.parametrize(
    "text",
    [
        "happy one minute, sobbing the next",
        "laughing one moment and crying the next",
        "mood swings all day",
        "up and down like a yo-yo",
    ],
)
def test_swings_are_mixed(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.current_state == "mixed"
