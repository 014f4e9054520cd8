"""Figurative and everyday body words, feelings that grow, loads with a reason, named states
after a lift: each mechanism with lookalikes that must not change."""

from __future__ import annotations

import pytest

from bot.understanding.offline.engine import analyze_offline


def _shift(text: str):
    return analyze_offline(text).mood_shift


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("chest feels like a boulder is sitting on it, dreading the audit", "chest tight"),
        ("anxious, a ton of bricks on my chest all day", "chest tight"),
        ("felt queasy and sick to my tummy before the exam", "upset stomach"),
        ("back and shoulders went stiff after the phone call, stressed", "muscle tension"),
        ("head feels like it's about to explode, stressed out", "headache"),
        ("stomach doing flips before my driving test, nervous", "upset stomach"),
        ("arms feel like lead, so low today", "fatigue"),
        ("feel like I got hit by a truck, really down", "body aches"),
        ("anxious and my skin is crawling", "skin crawling"),
        ("scared, teeth chattering", "chills"),
        ("exhausted, can't keep my eyes open", "tired"),
    ],
)
def test_figurative_body_words(text: str, label: str) -> None:
    shift = _shift(text)
    assert shift is not None and label in shift.physical_symptoms


@pytest.mark.parametrize(
    "text",
    [
        "I put my hand on my chest and breathed slowly, calmer now",
        "sick of my stomach issues honestly",
        "had a bad day at work but fine now",
    ],
)
def test_body_lookalikes_name_no_symptom(text: str) -> None:
    shift = _shift(text)
    labels = shift.physical_symptoms if shift else []
    assert not {"chest tight", "upset stomach", "nausea"} & set(labels)


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("the thunder set off my panic again", "thunder"),
        ("anger simmering since my landlord kept the deposit", "landlord"),
        ("dread creeping in about the court date", "court date"),
        ("my sister got engaged to him and I'm gutted all over again", "sister"),
    ],
)
def test_causes_past_growth_particles_and_vague_loads(text: str, cause: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.trigger and cause in shift.trigger


@pytest.mark.parametrize(
    "text",
    [
        "so annoyed at myself today",
        "anxious setting up the spare room",
    ],
)
def test_growth_and_self_lookalikes(text: str) -> None:
    shift = _shift(text)
    assert shift is not None
    assert shift.trigger != "myself"
    if "setting" in text:
        assert shift.trigger is None or "setting" in shift.trigger


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("mood picked up after the call with my gran, feeling joyful", "happy"),
        ("so much better since the walk, more calm and peaceful", "calm"),
        ("awful day. honestly so anxious about tomorrow", "anxious"),
        ("rough week. furious with my landlord", "angry"),
    ],
)
def test_named_state_after_a_lift_or_a_day_verdict(text: str, state: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.current_state == state


@pytest.mark.parametrize(
    ("text", "state"), [("bad day", "sad"), ("mood lifted after the walk", "stable")]
)
def test_day_verdict_and_lift_alone_keep_their_state(text: str, state: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.current_state == state
