"""Aching limbs, "'s" after body words, clammy hands, the people a writer cares for, tasks
smashed, recovery and pain medicines, someone else's tears, particles with an object, one-word
events and settling verbs: each mechanism with lookalikes that must not change."""

from __future__ import annotations

import pytest

from bot.understanding.offline.engine import analyze_offline


def _shift(text: str):
    return analyze_offline(text).mood_shift


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("flare day, so low, hips aching", "hip pain"),
        ("my ankles are throbbing after the ward round, fed up", "ankle pain"),
        ("aching knees and a rotten mood", "knee pain"),
        ("stressed, my wrists are killing me", "wrist pain"),
        ("chest's tight and I'm scared", "chest tight"),
        ("heart's racing, can't settle", "racing heart"),
        ("my back's killing me, grumpy", "back pain"),
        ("so nervous, palms all clammy", "clammy hands"),
        ("nervous, sweaty palms all morning", "sweaty palms"),
        ("anxious, legs feel so heavy today", "heavy legs"),
        ("dreading the results, heart in my mouth", "heart pounding"),
        ("scared, like a boulder's sitting on my chest", "chest tight"),
    ],
)
def test_body_words(text: str, label: str) -> None:
    shift = _shift(text)
    assert shift is not None and label in shift.physical_symptoms


@pytest.mark.parametrize(
    "text",
    [
        "my nan's knee is playing up again so I drove her home",
        "the physio said the left hip hurts more in winter",
        "the head's office called about the rota",
        "hand me the remote",
        "arms feel like lead, so low today",
    ],
)
def test_body_lookalikes(text: str) -> None:
    shift = _shift(text)
    labels = shift.physical_symptoms if shift is not None else []
    assert not any(label.endswith(" pain") or label == "heavy legs" for label in labels)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("so anxious I can't look after my son, please help", "crisis"),
        ("shaking that badly I couldn't drive safely, pulled over", "limited"),
        ("buzzing, aced my presentation and cooked dinner", "high"),
        ("good pain day, got out to the shops", "functional"),
        ("rough week but got out for a walk", "functional"),
    ],
)
def test_functioning(text: str, level: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.functionality == level


@pytest.mark.parametrize(
    "text",
    [
        "can't look after the kids tonight, I'm on nights, so annoyed",
        "can't wait to drive safely on the new tyres, excited",
        "smashed my phone screen, fuming",
        "not a good pain day, fed up",
    ],
)
def test_functioning_lookalikes(text: str) -> None:
    shift = _shift(text)
    assert shift is None or shift.functionality in (None, "limited")
    assert shift is None or shift.functionality != "crisis"


@pytest.mark.parametrize(
    ("text", "name", "event"),
    [
        ("skipped my methadone this morning", "methadone", "missed"),
        ("took my suboxone at 8", "buprenorphine", "taken"),
        ("upped the tramadol last week", "tramadol", "changed"),
        ("had 2 cocodamol after lunch", "co-codamol", "taken"),
    ],
)
def test_recovery_and_pain_medicines(text: str, name: str, event: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "medication"
    assert analysis.medication is not None
    assert (analysis.medication.name, analysis.medication.event) == (name, event)


def test_subs_are_not_a_medicine() -> None:
    assert analyze_offline("paid my subs for the club today").medication is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hi, first time on here in ages", "greeting"),
        ("hey, been a while!", "greeting"),
        ("can't chat, the kids are crying, later", "other"),
    ],
)
def test_greetings_and_other_peoples_tears(text: str, intent: str) -> None:
    assert analyze_offline(text).intent == intent


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("been crying all day", "sad"),
        ("me and the baby were both crying, awful night", "sad"),
        ("my mood turned down again", "sad"),
        ("been ages since I slept properly, feeling low", "sad"),
    ],
)
def test_tears_and_down_lookalikes(text: str, state: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.current_state == state


@pytest.mark.parametrize(
    ("text", "state", "cause"),
    [
        ("the landlord turned down my repair request and I'm so stressed", "anxious", "landlord"),
        ("slipped last night, hopeless today", "depressed", "slipped"),
        ("the group really steadied me, feeling calm", "calm", "group"),
        ("fibro flare again and I'm so low", "sad", "flare"),
    ],
)
def test_causes(text: str, state: str, cause: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.current_state == state
    assert shift.trigger is not None and cause in shift.trigger.lower()


@pytest.mark.parametrize(
    "text",
    ["argued with my sister, hopeless today", "walked, sad today"],
)
def test_one_word_lookalikes(text: str) -> None:
    shift = _shift(text)
    assert shift is not None and (shift.trigger or "") != "walked"
