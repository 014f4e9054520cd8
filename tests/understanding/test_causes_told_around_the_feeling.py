"""Mechanisms found by a third blind set, each with look-alikes that must not change.

Causes told as the event before the feeling (a couple's break-up, a lone word or a time
between), after a bare feeling once the body has been described, as what helped, after
"every time", or as what a date was; symptoms, deeds and apologies that are no cause; states
told without a state word; medicine errands and counts; more note and fact lead-ins.
"""

from __future__ import annotations

import pytest

from bot.understanding.offline.engine import analyze_offline
from bot.understanding.offline.text import make_doc


def _shift(text: str) -> tuple[str | None, str | None, str | None]:
    shift = analyze_offline(text).mood_shift
    assert shift is not None, text
    return shift.previous_state, shift.current_state, shift.trigger


def _trigger(text: str) -> str:
    return (_shift(text)[2] or "").lower()


# -- the event before the feeling -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("me and my boyfriend split up on sunday and i feel so empty", "boyfriend split up"),
        ("got the results back, clear!! first time in weeks I feel hopeful", "results"),
        ("the landlord ignored my emails AGAIN after 3 weeks. So angry I could cry", "landlord"),
        ("Three nights of no sleep and I'm snapping at the kids", "no sleep"),
        ("the noise is constant, haven't slept properly in a week and I'm so grumpy", "slept"),
        ("my fibro is flaring up and I'm fed up and irritable", "fibro"),
    ],
)
def test_an_event_told_before_the_feeling_is_the_cause(text: str, cause: str) -> None:
    assert cause in _trigger(text)


@pytest.mark.parametrize(
    ("text", "not_cause"),
    [
        ("to answer your question, no, just tired and flat", "answer"),
        ("love you. sorry. just so tired", "love you"),
        ("heart racing and sweating, total panic", "heart"),
    ],
)
def test_an_answer_or_an_apology_is_not_stepped_over(text: str, not_cause: str) -> None:
    assert not_cause not in _trigger(text)


def test_a_time_before_the_feeling_is_not_the_cause_but_what_filled_it_is() -> None:
    assert "rain" in _trigger("a week of rain and I feel so flat")
    assert _shift("after a long day at work i feel drained")[2] == "a long day at work"


# -- the body first, then what happened ------------------------------------------------------


def test_a_bare_feeling_then_the_body_then_the_event() -> None:
    text = "so frightened, my chest is tight and my hands are shaking, my son hasn't called back"
    assert "son" in _trigger(text)


def test_feelings_listed_after_a_feeling_are_not_skipped_as_the_body() -> None:
    text = "Feeling a bit elevated today, talking fast and full of ideas. Going out later."
    assert "going out" not in _trigger(text)


# -- symptoms, deeds, apologies and greetings are not causes ---------------------------------


@pytest.mark.parametrize(
    ("text", "cause", "not_cause"),
    [
        ("Cant cope. Manager piled 4 reports on me all at once, chest tight", "manager", "chest"),
        ("woke at 4 with my heart racing, dreading the tribunal today", "tribunal", "heart"),
        ("So happy tonight. Lunch with my sisters, laughed till my sides hurt.", "lunch", "sides"),
        ("Hi, sorry for my bad english. I was calm. Then my mother call and cry", "", "sorry"),
        ("Dear Sanctum, so low today. my dog died", "dog", "sanctum"),
    ],
)
def test_what_is_beside_the_feeling_is_not_taken_as_its_cause(
    text: str, cause: str, not_cause: str
) -> None:
    trigger = _trigger(text)
    assert cause in trigger and not_cause not in trigger


def test_until_after_a_state_still_gives_the_cause() -> None:
    assert _shift("was in a decent mood til my sister started on at me, now raging") == (
        "stable",
        "angry",
        "my sister started on at me",
    )
    assert "boss" in _trigger("i was calm until my boss rang")


def test_til_is_read_as_until() -> None:
    assert make_doc("fine til lunch").words == ("fine", "until", "lunch")


def test_swamped_with_work_is_still_the_cause_beside_a_symptom() -> None:
    assert _trigger("absolutely swamped with exams, head is pounding") == "exams"


def test_watching_myself_from_somewhere_is_no_cause() -> None:
    assert "brother" in _trigger("watching myself from above since the row with my brother")
    assert _shift("dissociating, like watching myself from outside")[2] is None


# -- what helped, every time, what a date was ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("relaxed at last. the garden always does this for me", "garden"),
        ("calmer now. a hot bath helped", "hot bath"),
        ("bit low this morning, a walk helped", "walk"),
    ],
)
def test_what_helped_is_the_cause(text: str, cause: str) -> None:
    assert cause in _trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "sad. i know it works",
        "tried everything but nothing helped, still anxious",
        "anxious. the works",
    ],
)
def test_a_pronoun_or_noun_before_helped_is_no_cause(text: str) -> None:
    trigger = _trigger(text)
    assert trigger not in ("i know", "nothing", "the")


def test_every_time_links_the_cause() -> None:
    assert "lifts" in _trigger("Feel unreal. Happens every time I'm in crowded lifts.")
    assert "i think" not in _trigger("exam on thursday. feel sick every time i think about it")


def test_a_date_told_by_what_it_was() -> None:
    text = "so low since Friday, which would have been our wedding anniversary"
    assert "anniversary" in _trigger(text)
    assert _shift("sad since monday, which is annoying")[2] is None


def test_a_vague_whole_thing_is_no_cause() -> None:
    assert _shift("I feel hopeless about the whole thing")[2] is None
    assert "thing" not in _trigger("upset since everything that happened, since that call")


def test_a_feeling_said_again_then_the_event() -> None:
    assert _trigger("scared scared scared the lift is stuck") == "the lift is stuck"


def test_a_compound_subject_of_me_and_someone() -> None:
    assert _trigger("me and my mate fell out yesterday and i feel awful") == "my mate fell out"


# -- states told without a state word --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("stood at the grave feeling absolutely nothing", "numb"),
        ("back to my usual self this week, nothing to report", "stable"),
        ("a normal week, not up not down", "stable"),
        ("the old street, and then it was like a fog came down", "dissociated"),
        ("haven't felt this low in years", "sad"),
        ("I haven't been this calm in months", "calm"),
    ],
)
def test_a_state_told_in_everyday_words(text: str, state: str) -> None:
    assert _shift(text)[1] == state


@pytest.mark.parametrize("text", ["I haven't felt low this week", "I haven't felt this way before"])
def test_havent_felt_without_this_and_a_state_stays_negated(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is None or shift.current_state is None


# -- symptoms and functioning in everyday words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("heart beating like a drum in the queue", "heart pounding"),
        ("my throat feels closed up", "throat tight"),
        ("so nervous I keep running to the toilet", "needing the toilet"),
        ("my arthritis is playing up again", "joint pain"),
    ],
)
def test_symptoms_in_everyday_words(text: str, symptom: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None and symptom in shift.physical_symptoms


@pytest.mark.parametrize(
    "text", ["my mum has arthritis", "the toilets at work are broken", "cried in the loo"]
)
def test_mentions_that_are_no_symptom(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is None or not shift.physical_symptoms


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("crashed today, can barely lift my head", "limited"),
        ("uni's going fine, sleeping ok", "functional"),
        ("smashed my to-do list before noon", "high"),
    ],
)
def test_functioning_in_everyday_words(text: str, level: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None and shift.functionality == level


def test_work_going_to_is_no_functioning() -> None:
    assert analyze_offline("work is going to kill me").mood_shift is None


# -- medication ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("took 2 diazepam before the flight", "taken"),
        ("sertraline reduced to 50 from monday", "changed"),
        ("I've decided to stop taking the quetiapine", "changed"),
    ],
)
def test_medication_events_in_loose_words(text: str, event: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "medication"
    assert analysis.medication is not None and analysis.medication.event == event


@pytest.mark.parametrize(
    "text", ["took 30 of my sleeping pills", "took 3 extra quetiapine", "lithium stopped working"]
)
def test_counts_beyond_a_dose_are_not_logged_as_taken(text: str) -> None:
    medication = analyze_offline(text).medication
    assert medication is None or medication.event != "taken"


@pytest.mark.parametrize(
    "text", ["collected my repeat prescription", "picked up my sertraline refill at boots"]
)
def test_a_prescription_errand_is_about_medication_but_logs_nothing(text: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "medication" and analysis.medication is None


@pytest.mark.parametrize(
    "text",
    [
        "picked up the kids from school",
        "collected my prescription, going to take the lot tonight",
    ],
)
def test_no_errand_for_other_pickups_or_a_stockpile(text: str) -> None:
    assert analyze_offline(text).intent != "medication"


# -- greetings, relative clauses, notes and facts --------------------------------------------


def test_a_letter_greeting_is_no_question_and_no_cause() -> None:
    analysis = analyze_offline("Dear Sanctum, I have been low since the weekend.")
    assert analysis.intent == "mood_shift"
    assert analysis.mood_shift is not None and analysis.mood_shift.trigger is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("no dark thoughts today, which is new", "other"),
        ("ok, which should i take first", "question"),
        ("i'm starving, when is lunch", "question"),
        ("my will to live has gone, where is the coffee", "question"),
    ],
)
def test_which_after_a_comma_is_a_relative_clause(text: str, intent: str) -> None:
    assert analyze_offline(text).intent == intent


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Log this for my psychiatrist: sleep is worse", "psychiatrist"),
        ("keep this for my GP - the rash is back", "doctor"),
        ("jot down for my therapist that the exercise worked", "therapist"),
        ("write down for my next session that I slept badly", "therapist"),
        ("things to raise at my next appointment: the side effects", None),
        ("to bring up on Monday: going back to work", None),
    ],
)
def test_more_session_note_lead_ins(text: str, audience: str | None) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "session_note"
    assert analysis.note_audience == audience


@pytest.mark.parametrize(
    "text",
    [
        "to bring up my mood I went for a run",
        "I need to keep this for my records",
        "note for later",
    ],
)
def test_note_look_alikes(text: str) -> None:
    assert analyze_offline(text).intent != "session_note"


def test_something_to_know_about_me_is_a_fact_only_with_a_colon() -> None:
    analysis = analyze_offline("One thing you should know about me: I hate phone calls")
    assert analysis.intent == "knowledge" and analysis.knowledge == "I hate phone calls"
    assert analyze_offline("things you should know about me are boring").intent != "knowledge"
