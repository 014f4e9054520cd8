"""Each canonical mood state, named in many everyday ways (including slang and lowercase)."""

from __future__ import annotations

import pytest

from bot.understanding.offline import analyze_offline
from bot.vocabulary import family_of

STATES: list[tuple[str, str]] = [
    # depressed
    ("i feel so hopeless about everything", "depressed"),
    ("depressed again, can't see the point", "depressed"),
    ("feeling worthless today", "depressed"),
    ("in a really dark place right now", "depressed"),
    ("hit rock bottom this week", "depressed"),
    ("total despair tonight", "depressed"),
    ("what's the point of anything", "depressed"),
    ("I'm so depressed I can barely think", "depressed"),
    # sad
    ("feeling a bit down today", "sad"),
    ("pretty low this evening", "sad"),
    ("been crying on and off all afternoon", "sad"),
    ("so lonely since moving cities", "sad"),
    ("heartbroken after the breakup", "sad"),
    ("kinda blue tbh", "sad"),
    ("tearful and gloomy", "sad"),
    ("in a funk all week", "sad"),
    ("bummed out about the cancelled trip", "sad"),
    ("feeling really upset", "sad"),
    ("not doing great", "sad"),
    ("feel like crap honestly", "sad"),
    ("grieving my grandad", "sad"),
    ("had a rough day", "sad"),
    # numb
    ("just numb", "numb"),
    ("empty inside again", "numb"),
    ("i can't feel anything anymore", "numb"),
    ("meh", "numb"),
    ("everything feels flat and hollow", "numb"),
    ("apathetic, nothing matters", "numb"),
    ("dead inside today", "numb"),
    ("going through the motions", "numb"),
    # anxious
    ("really anxious about tomorrow", "anxious"),
    ("on edge all morning", "anxious"),
    ("so stressed with deadlines", "anxious"),
    ("worried sick about my dad", "anxious"),
    ("nervous for the interview", "anxious"),
    ("low-key anxious tbh", "anxious"),
    ("jittery and uneasy", "anxious"),
    ("feeling paranoid that everyone hates me", "anxious"),
    ("overthinking every text I sent", "anxious"),
    ("spiraling again", "anxious"),
    ("full of dread about monday", "anxious"),
    ("scared about the results", "anxious"),
    # panicked
    ("having a panic attack", "panicked"),
    ("freaking out right now", "panicked"),
    ("absolutely terrified", "panicked"),
    ("panicking in the toilets at work", "panicked"),
    ("I'm hyperventilating and can't calm down", "panicked"),
    ("full blown panic on the tube", "panicked"),
    # overwhelmed
    ("completely overwhelmed by work", "overwhelmed"),
    ("it's all too much", "overwhelmed"),
    ("i can't cope with this", "overwhelmed"),
    ("drowning in emails", "overwhelmed"),
    ("totally burnt out", "overwhelmed"),
    ("swamped and frazzled", "overwhelmed"),
    ("losing my mind with everything going on", "overwhelmed"),
    ("had a meltdown in the car", "overwhelmed"),
    # irritable
    ("so irritable today", "irritable"),
    ("everyone is getting on my nerves", "irritable"),
    ("cranky and snappy with the kids", "irritable"),
    ("really frustrated with my manager", "irritable"),
    ("annoyed at the noise next door", "irritable"),
    ("grumpy af", "irritable"),
    ("fed up with all of it", "irritable"),
    ("irritated by my flatmate", "irritable"),
    # angry
    ("absolutely furious", "angry"),
    ("so pissed off right now", "angry"),
    ("raging at the council", "angry"),
    ("I'm livid", "angry"),
    ("fuming after that phone call", "angry"),
    ("seething with anger", "angry"),
    ("I'm so mad at him", "angry"),
    ("lost my temper with my brother", "angry"),
    # dissociated
    ("feel really spaced out", "dissociated"),
    ("zoned out for most of the lecture", "dissociated"),
    ("everything feels unreal", "dissociated"),
    ("dissociating pretty badly today", "dissociated"),
    ("on autopilot, not really here", "dissociated"),
    ("felt detached from my body", "dissociated"),
    ("in a fog all day", "dissociated"),
    ("like I'm watching myself from outside", "dissociated"),
    ("derealization is back", "dissociated"),
    # stable
    ("feeling pretty stable", "stable"),
    ("I'm okay today", "stable"),
    ("doing alright", "stable"),
    ("fine, just a normal day", "stable"),
    ("steady, back to baseline", "stable"),
    ("not bad actually", "stable"),
    ("feel like myself again", "stable"),
    ("so-so today", "stable"),
    # calm
    ("feeling calm", "calm"),
    ("pretty relaxed this evening", "calm"),
    ("peaceful after yoga", "calm"),
    ("chilled out watching a film", "calm"),
    ("feel settled and grounded", "calm"),
    ("content with a cup of tea", "calm"),
    ("at peace for once", "calm"),
    # happy
    ("really happy today!", "happy"),
    ("feeling good", "happy"),
    ("in a great mood", "happy"),
    ("so grateful for my friends", "happy"),
    ("excited about the weekend", "happy"),
    ("hopeful about the new meds", "happy"),
    ("stoked about the gig", "happy"),
    ("cheerful and upbeat", "happy"),
    # elevated
    ("feeling really energetic", "elevated"),
    ("so wired tonight", "elevated"),
    ("buzzing after the gym", "elevated"),
    ("hyper and restless", "elevated"),
    ("amped up and can't sit still", "elevated"),
    ("revved up, bouncing off the walls", "elevated"),
    # hypomanic
    ("pretty sure I'm hypomanic", "hypomanic"),
    ("racing thoughts and talking really fast", "hypomanic"),
    ("went on a spending spree again", "hypomanic"),
    ("my mind is racing and I have so many ideas", "hypomanic"),
    ("up all night cleaning the whole flat", "hypomanic"),
    ("don't need sleep, started three new projects", "hypomanic"),
    # manic
    ("think i'm going manic", "manic"),
    ("feel invincible", "manic"),
    ("no sleep for days and I feel on top of the world", "manic"),
    ("like a god, nothing can touch me", "manic"),
    ("full blown mania", "manic"),
    # mixed
    ("in a mixed state", "mixed"),
    ("depressed but wired at the same time", "mixed"),
    ("hopeless and agitated, can't sit still", "mixed"),
    ("exhausted and low but my thoughts are racing", "mixed"),
    ("mood is all over the place", "mixed"),
    ("feel sad and restless at once", "mixed"),
]


@pytest.mark.parametrize(("text", "state"), STATES)
def test_current_state(text: str, state: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.current_state == state
    assert shift.family == family_of(state)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "state"), STATES[::7])
def test_state_report_is_a_mood_shift(text: str, state: str) -> None:
    assert analyze_offline(text).intent == "mood_shift"


SLANG: list[tuple[str, str]] = [
    ("lowkey freaking out", "panicked"),
    ("in a funk", "sad"),
    ("kinda meh", "numb"),
    ("wired af", "elevated"),
    ("buzzing!!", "elevated"),
    ("spiralling hard", "anxious"),
    ("totally zoned out", "dissociated"),
    ("proper pissed off", "angry"),
    ("stressed out of my mind", "anxious"),
    ("shook tbh", "anxious"),
    ("gutted", "sad"),
    ("knackered and fed up", "irritable"),
    ("vibing today", "happy"),
    ("chillin", "calm"),
    ("over the moon!!", "happy"),
    ("feel like shit", "sad"),
    ("so done with everyone, snapped at my mum", "irritable"),
    ("checked out", "dissociated"),
]


@pytest.mark.parametrize(("text", "state"), SLANG)
def test_slang(text: str, state: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.current_state == state


TYPOS: list[tuple[str, str]] = [
    ("feeling anxoius", "anxious"),
    ("so depresed", "depressed"),
    ("overwhelmd", "overwhelmed"),
    ("really iritated", "irritable"),
    ("bit frustated", "irritable"),
    ("dissasociating", "dissociated"),
    ("so worreid", "anxious"),
    ("hopless", "depressed"),
    ("feeling releived", "calm"),
]


@pytest.mark.parametrize(("text", "state"), TYPOS)
def test_typos_in_longer_words(text: str, state: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.current_state == state


@pytest.mark.parametrize(
    "text",
    [
        "the table is broken",
        "this is a sacred place",
        "had a lovely walk",
        "it's a stable job",
        "the battery is low",
        "we sat down for dinner",
        "good morning",
        "even my cat ignored me",
        "good idea, I'll try that",
        "good question",
        "low battery again",
        "great job on the app",
    ],
)
def test_words_that_only_look_like_moods(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    state = shift.current_state if shift else None
    assert state not in ("stable", "sad", "anxious", "happy", "depressed", "calm")
