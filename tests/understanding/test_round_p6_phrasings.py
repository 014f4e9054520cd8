"""Round P6: regional greetings, "when's" questions, side effects told by someone on a medicine,
facts kept "for when", notes for a named clinician's appointment, how long a feeling lasted
before its cause, "the moment ...", "too scared to face ...", "drowning in ...", what set up an
earlier state, a mixed present after an earlier state, "nothing's going to get better", hedged
weak moods, the mood through the floor, "X and sick", a misspelt heart, and the day's doings
as functioning: each mechanism with lookalikes that must not fire."""

from __future__ import annotations

import pytest

from bot.understanding.offline.engine import analyze_offline


def _shift(text: str):
    return analyze_offline(text).mood_shift


@pytest.mark.parametrize(
    "text", ["g'day all", "gud evening :)", "namaste", "salaam!", "gd morning there"]
)
def test_regional_greetings(text: str) -> None:
    assert analyze_offline(text).intent == "greeting"


def test_a_greeting_word_before_a_report_is_still_a_report() -> None:
    shift = _shift("namaste, so worried about my dad tonight")
    assert shift is not None and shift.current_state == "anxious"


@pytest.mark.parametrize(
    "text", ["when's my therapy session?", "when's the best time to take lithium"]
)
def test_whens_asks(text: str) -> None:
    assert analyze_offline(text).intent == "question"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the quetiapine is givin me such a dry mouth", "quetiapine"),
        ("sertraline keepin me up every night ugh", "sertraline"),
        ("been on lamotrigine a month now and my hair is thinning", "lamotrigine"),
        ("I'm on olanzapine, put on 6 kilos since spring", "olanzapine"),
    ],
)
def test_side_effects_of_a_medicine_being_taken(text: str, name: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "medication"
    assert analysis.medication is not None
    assert (analysis.medication.name, analysis.medication.event) == (name, "side_effect")


@pytest.mark.parametrize(
    "text", ["been on holiday all week, got a headache today", "bought 3 pounds of apples"]
)
def test_no_medicine_no_side_effect(text: str) -> None:
    assert analyze_offline(text).medication is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("my hair keeps falling out in clumps", "hair loss"),
        ("gained 3 stone since the new tablets", "weight gain"),
        ("so nervous and sick about the scan", "nausea"),
        ("feelin shaky n sick", "nausea"),
        ("hart pounding, can't calm down", "heart pounding"),
        ("my chest went tight on the bus", "chest tight"),
    ],
)
def test_body_reports(text: str, label: str) -> None:
    shift = _shift(text)
    assert shift is not None and label in shift.physical_symptoms


@pytest.mark.parametrize(
    "text",
    ["my daughter is home and sick", "I'm tired and sick of this", "a white hart in the woods"],
)
def test_no_body_report(text: str) -> None:
    shift = _shift(text)
    assert shift is None or not {"nausea", "racing heart", "heart pounding"} & set(
        shift.physical_symptoms
    )


@pytest.mark.parametrize(
    "text",
    [
        "my dad has dementia, keep that in mind if I'm short with you",
        "I'm a carer for my brother. remember this when I cancel plans",
    ],
)
def test_a_fact_to_bear_in_mind_later(text: str) -> None:
    assert analyze_offline(text).intent == "knowledge"


@pytest.mark.parametrize(
    "text", ["I can't remember that when I'm panicking", "sad, remember that day at the beach"]
)
def test_remembering_in_a_report_is_no_request(text: str) -> None:
    assert analyze_offline(text).intent != "knowledge"


def test_a_note_for_a_named_clinicians_appointment() -> None:
    analysis = analyze_offline("for my next session with my therapist: the nightmares are back")
    assert analysis.intent == "session_note"
    assert analysis.note_audience == "therapist"


def test_an_appointment_told_in_a_report_is_no_note() -> None:
    assert analyze_offline("at my appointment with the nurse I felt calm").intent == "mood_shift"


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("so stressed since this morning, the car failed its MOT", "car"),
        ("Feeling very tensed all day, my sister is visiting tomorrow", "sister"),
        ("feeling very sad only, my friend ignored me at college", "friend"),
        ("grumpy as, someone pinched my parking spot", "parking"),
        ("so relaxed at the beach but the minute my brother turned up I got irritated", "brother"),
        ("too scared to face the dentist today", "dentist"),
        ("drowning in assignments this week", "assignments"),
        ("felt calm after my swim and then the landlord rang and now I'm panicking", "landlord"),
        ("nervous all day before the exam but now it's over I feel so calm", "exam"),
    ],
)
def test_causes(text: str, cause: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.trigger is not None and cause in shift.trigger.lower()


def test_a_cause_after_a_feeling_that_lasted_is_not_a_time() -> None:
    shift = _shift("sad since the funeral, can't stop thinking")
    assert shift is not None and shift.trigger == "the funeral"


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("I'd been hyper for a week and today I'm agitated and hopeless", "elevated"),
        ("was fine yesterday, today I can't keep still but I'm exhausted and hopeless", "stable"),
    ],
)
def test_a_mixed_present_after_an_earlier_state(text: str, previous: str) -> None:
    shift = _shift(text)
    assert shift is not None
    assert (shift.previous_state, shift.current_state) == (previous, "mixed")


def test_a_single_present_state_after_an_earlier_one_is_not_mixed() -> None:
    shift = _shift("was sad earlier, now I'm energetic and hopeful")
    assert shift is not None and shift.current_state != "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "ever since the breakup I've felt worthless, like it's never going to get better",
        "hopeless, nothing will ever get better",
    ],
)
def test_better_denied_for_the_future_is_no_relief(text: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.current_state == "depressed"


def test_better_now_is_still_relief() -> None:
    shift = _shift("was panicking earlier, feeling better now")
    assert shift is not None and shift.current_state == "calm"


def test_a_hedged_weak_mood_is_still_framed() -> None:
    shift = _shift("the fog lifted after lunch, feel nearly content")
    assert shift is not None and shift.current_state == "calm"


@pytest.mark.parametrize(
    "text", ["mood's gone through the floor this week", "my mood went through the floor"]
)
def test_mood_through_the_floor(text: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.current_state == "sad"


def test_prices_through_the_floor_are_no_mood() -> None:
    assert _shift("house prices went through the floor") is None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("from flat to buzzing with ideas overnight", "elevated"),
        ("went frm fine to awful after the call", "sad"),
        ("feel gr8 today, sun's out", "happy"),
    ],
)
def test_texting_and_energy_words(text: str, state: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.current_state == state


def test_fizzy_drinks_are_no_mood() -> None:
    assert _shift("the kids are fizzy today") is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("parked outside the office and I can't go in, shaking", "limited"),
        ("so happy, went for a walk and cooked a decent dinner", "functional"),
        ("feeling good, went 4 a swim", "functional"),
        ("I'm alright today, busy but fine", "functional"),
    ],
)
def test_functioning(text: str, level: str) -> None:
    shift = _shift(text)
    assert shift is not None and shift.functionality == level


def test_busy_but_fine_keeps_the_mood() -> None:
    shift = _shift("busy but fine today")
    assert shift is not None and shift.current_state == "stable"


def test_a_door_not_gone_through_is_no_functioning() -> None:
    assert _shift("I can't go in there, it's his room") is None
