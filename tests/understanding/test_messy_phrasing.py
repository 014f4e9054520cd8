"""Mechanisms for messy, everyday phrasing, each with look-alikes that must not change.

Texting shorthand and sound-alike spellings, previous states told by a time or a contrast,
causes told as a guess, a sum or the subject, figurative symptoms, days that functioned,
medication changes in loose words, and note or fact lead-ins in other wordings.
"""

from __future__ import annotations

import pytest

from bot.understanding.models import Analysis
from bot.understanding.offline.engine import analyze_offline
from bot.understanding.offline.lexicon import mood_matcher
from bot.understanding.offline.text import make_doc


def _shift(text: str) -> tuple[str | None, str | None, str | None]:
    shift = analyze_offline(text).mood_shift
    assert shift is not None, text
    return shift.previous_state, shift.current_state, shift.trigger


# -- texting shorthand -------------------------------------------------------------------


def test_shorthand_is_read_as_the_word_it_stands_for() -> None:
    doc = make_doc("rly low abt the wk, tho v tired")
    assert doc.words == ("really", "low", "about", "the", "week", "though", "very", "tired")
    assert doc.low.startswith("rly low abt")  # the text itself is left as written


@pytest.mark.parametrize(
    "text",
    ["sat in the sun on wed", "the bus to w london", "bc hydro bill", "my son is 2 today"],
)
def test_shorthand_leaves_ordinary_words_alone(text: str) -> None:
    words = make_doc(text).words
    assert "sunday" not in words and "saturday" not in words and "wednesday" not in words
    assert words[0] in text.split()[0]


def test_shorthand_makes_a_mood_report() -> None:
    assert _shift("rly sad bc my cat is ill")[1:] == ("sad", "my cat is ill")
    assert _shift("was buzzing last wk, now flat")[:2] == ("elevated", "numb")


# -- sound-alike spellings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "meant"), [("panik", "panic"), ("pannik", "panic"), ("manik", "manic")]
)
def test_sound_alike_spellings_reach_the_lexicon(written: str, meant: str) -> None:
    assert mood_matcher().correct(written) == meant


@pytest.mark.parametrize(
    "text",
    [
        "stood at the station for a bit",
        "i want the ground to swallow me",
        "had a drink at the bank",
        "going to the park to think",
    ],
)
def test_sound_alikes_do_not_invent_moods(text: str) -> None:
    assert analyze_offline(text).mood_shift is None


def test_a_sound_alike_panic_is_a_panic() -> None:
    assert _shift("panik attak on the bus")[1] == "panicked"


# -- previous states told by time or contrast --------------------------------------------


@pytest.mark.parametrize(
    ("text", "previous", "current"),
    [
        ("fine earlier, but then my ex texted and i'm gutted", "stable", "sad"),
        ("alright this morning, by the evening i was in bits", "stable", "sad"),
        ("felt ok at lunch but the phone call left me shaken", "stable", "anxious"),
        ("felt fine at the party but my ex turned up and i was in tears", "stable", "sad"),
        ("was buzzing yesterday now flat", "elevated", "numb"),
        ("less worried than last week but still tense about the move", None, "anxious"),
    ],
)
def test_previous_state_by_time_or_contrast(text: str, previous: str, current: str) -> None:
    assert _shift(text)[:2] == (previous, current)


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("felt anxious all day", "anxious"),  # no contrast: the one state is the state
        ("so irritable I snapped at the cashier, felt bad after", "irritable"),
        ("was anxious yesterday", "anxious"),
        ("nervous before my exam this afternoon, hands shaking", "anxious"),
    ],
)
def test_no_previous_state_without_a_contrast(text: str, current: str) -> None:
    assert _shift(text)[:2] == (None, current)


def test_before_an_event_is_past_only_when_the_message_moves_on() -> None:
    assert _shift("anxious before the appointment but it went fine")[:2] == ("anxious", "stable")


def test_a_past_state_then_now_without_a_mood_is_the_previous_state() -> None:
    shift = analyze_offline("was really anxious last month, now just getting on with things")
    assert shift.mood_shift is not None
    assert (shift.mood_shift.previous_state, shift.mood_shift.current_state) == ("anxious", None)
    # the body can still tell the present
    assert _shift("was calm until the alarm went off, now shaking")[:2] == ("calm", "anxious")


# -- mood idioms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "current", "trigger"),
    [
        ("my mood plummeted after the call with my dad", "sad", "the call with my dad"),
        ("mood nosedived when the results came in", "sad", "the results came in"),
        ("that phone call brought me down", "sad", "that phone call"),
        ("the run this morning lifted my mood", "happy", "the run"),
        ("thought i was dying on the bus", "panicked", "the bus"),
        ("everything feels black lately", "depressed", None),
    ],
)
def test_mood_idioms(text: str, current: str, trigger: str | None) -> None:
    assert _shift(text)[1:] == (current, trigger)


@pytest.mark.parametrize(
    "text",
    ["the lift brought me down to the lobby", "way too much sugar today", "i'm dying to see it"],
)
def test_mood_idiom_lookalikes(text: str) -> None:
    assert analyze_offline(text).mood_shift is None


def test_too_much_before_a_new_clause_is_a_feeling() -> None:
    assert _shift("went to the gym and it was too much, had to leave early")[1] == "overwhelmed"


# -- causes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("the heat + the crowds = cranky", "the heat + the crowds"),
        ("work stress + a fight with my sister = meltdown", "work stress + a fight with my sister"),
        ("tearful all evening, must be the tiredness", "the tiredness"),
        ("grumpy, the neighbours drilling i reckon", "the neighbours drilling"),
        ("crying at everything, pms probably", "pms"),
        ("wiped out from too much socialising", "too much socialising"),
        ("snappy from lack of sleep", "lack of sleep"),
        ("the walk by the river brought me back down to calm", "the walk by the river"),
        (
            "pretty chilled tonight, pizza and a movie with my brother",
            "pizza and a movie with my brother",
        ),
        ("calm after yesterday's long walk", "yesterday's long walk"),
        ("so content right now, sunday dinner with my aunt", "sunday dinner with my aunt"),
        ("had a headache all afternoon and now i'm snappy", "had a headache"),
        ("realised i forgot mum's birthday and now i feel awful", "i forgot mum's birthday"),
        ("saw photos from the party and now im sad", "saw photos from the party"),
        ("hands shaky, jittery after way too much tea", "way too much tea"),
    ],
)
def test_cause_told_in_other_ways(text: str, trigger: str) -> None:
    assert _shift(text)[2] == trigger


@pytest.mark.parametrize(
    "text",
    [
        "anxious, maybe i should go for a walk",
        "sad, i think",
        "feeling amazing, maybe too amazing",
        "I'm low but I'm okay",
        "sad since monday morning",
        "went from calm to furious in seconds",
        "heart racing and sweating, total panic",
    ],
)
def test_no_cause_from_lookalikes(text: str) -> None:
    assert _shift(text)[2] is None


def test_from_to_a_time_is_no_cause() -> None:
    assert analyze_offline("from monday to friday i work").mood_shift is None


def test_took_me_somewhere_is_no_cause() -> None:
    trigger = _shift("my mum took me to the station and I was anxious")[2]
    assert trigger != "my mum"


# -- symptoms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("legs like jelly before the speech", "jelly legs"),
        ("my knees turned to jelly", "jelly legs"),
        ("shoulders hunched up by my ears all day", "tense shoulders"),
        ("heart going wild at the dentist", "racing heart"),
        ("heart going like the clappers", "racing heart"),
    ],
)
def test_figurative_symptoms(text: str, symptom: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None and symptom in shift.physical_symptoms


def test_symptom_lookalikes() -> None:
    assert analyze_offline("the jelly was nice").mood_shift is None
    shift = analyze_offline("my legs are shaking").mood_shift
    assert shift is not None and shift.physical_symptoms == ["shaking"]


# -- functioning -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("can't even get out of bed today", "limited"),
        ("not eating properly, not showering", "limited"),
        ("dropped the kids at school then did a full shift", "functional"),
        ("did the school run and my usual hours", "functional"),
    ],
)
def test_functioning_in_other_words(text: str, level: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None and shift.functionality == level


def test_not_eating_a_food_is_not_limited() -> None:
    assert analyze_offline("not eating meat these days").mood_shift is None


# -- medication ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("missed three nights of quetiapine", "missed"),
        ("doc bumped me up to 100 of lamotrigine", "changed"),
        ("ran outta lithium on sunday", "missed"),
        ("swapped citalopram for sertraline", "changed"),
    ],
)
def test_medication_events_in_loose_words(text: str, event: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "medication"
    assert analysis.medication is not None and analysis.medication.event == event


def test_swapping_shifts_is_no_medication() -> None:
    assert analyze_offline("swapped shifts with a colleague, so tired").medication is None


def test_a_count_of_pills_is_not_read_as_a_dose_change() -> None:
    medication = analyze_offline("took 30 of my pills").medication
    assert medication is None or medication.event != "changed"


# -- notes and facts -------------------------------------------------------------------------


def _kept(text: str) -> Analysis:
    return analyze_offline(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("for future ref my dog is called Max", "my dog is called Max"),
        ("store this - my gp is Dr Patel", "my gp is Dr Patel"),
        ("remmeber that my sister is called Jo", "my sister is called Jo"),
        ("rememebr this: i hate mondays", "i hate mondays"),
    ],
)
def test_fact_lead_ins(text: str, kept: str) -> None:
    analysis = _kept(text)
    assert (analysis.intent, analysis.knowledge) == ("knowledge", kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("add this to my therapy notes: sleep has been awful", "sleep has been awful"),
        ("things to discuss with my gp: the headaches", "the headaches"),
        ("topic for my session on friday - my dad", "my dad"),
        ("note 4 my therapist - the dreams are back", "the dreams are back"),
        ("reminder to tell my nurse that the rash is back", "the rash is back"),
        ("add to session log pls, missed group", "missed group"),
    ],
)
def test_session_note_lead_ins(text: str, kept: str) -> None:
    analysis = _kept(text)
    assert (analysis.intent, analysis.note) == ("session_note", kept)


@pytest.mark.parametrize(
    "text",
    [
        "I can't remember that day",
        "remainder of the week was awful",
        "save money for the holiday",
        "remembered my keys today",
    ],
)
def test_lead_in_lookalikes(text: str) -> None:
    assert _kept(text).intent not in ("knowledge", "session_note")
