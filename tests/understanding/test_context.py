"""What surrounds a mood: its cause, physical symptoms, functioning and activity."""

from __future__ import annotations

import pytest

from bot.understanding.offline import analyze_offline

TRIGGERS: list[tuple[str, str]] = [
    # (text, the cause, exactly as the writer put it)
    ("anxious because my landlord texted", "my landlord texted"),
    ("really sad because of the news", "the news"),
    ("irritable due to the noise upstairs", "the noise upstairs"),
    ("feeling calmer thanks to my breathing exercises", "my breathing exercises"),
    ("panicking after the exam", "the exam"),
    ("low since the funeral", "the funeral"),
    ("got really angry when my brother mocked me", "my brother mocked me"),
    ("stressed about money", "money"),
    ("furious over the parking ticket", "the parking ticket"),
    ("scared of the results", "the results"),
    ("annoyed with my coworker", "my coworker"),
    ("mad at my dad", "my dad"),
    ("overwhelmed by the workload", "the workload"),
    ("nervous before my presentation", "my presentation"),
    ("the meeting with HR made me so anxious", "The meeting with HR"),
    ("my ex's message ruined my day, feel awful", "My ex's message"),
    ("work is stressing me out", "Work"),
    ("panicked during the job interview", "the job interview"),
    ("spiraled following the argument with Sam", "the argument with Sam"),
    ("sad after my friend cancelled on me", "my friend cancelled on me"),
    ("was fine until the email from my boss, now I'm on edge", "the email from my boss"),
    ("happy because I passed my driving test!!", "I passed my driving test"),
    ("worried about my mum's surgery tomorrow", "my mum's surgery"),
    ("crying over the breakup", "the breakup"),
    ("angry at myself for forgetting", "myself for forgetting"),
]


@pytest.mark.parametrize(("text", "trigger"), TRIGGERS)
def test_trigger_is_the_cause(text: str, trigger: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.trigger is not None
    assert shift.trigger.lower() == trigger.lower()


@pytest.mark.parametrize(
    "text",
    [
        "anxious for no reason",
        "sad since yesterday",
        "been low for weeks",
        "depressed all day",
        "irritable over the weekend",
        "angry about it",
        "panicking out of nowhere",
        "calmer after being anxious all morning",
    ],
)
def test_no_trigger_from_times_pronouns_or_feelings(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.trigger is None


def test_symptoms_told_before_the_feeling_are_not_its_cause() -> None:
    shift = analyze_offline("heart racing and sweating, total panic in the supermarket").mood_shift
    assert shift is not None
    assert shift.current_state == "panicked"
    assert shift.trigger == "the supermarket"
    assert "sweating" in shift.physical_symptoms


def test_what_is_attached_to_an_earlier_state_is_not_the_cause_of_the_current_one() -> None:
    shift = analyze_offline(
        "I was fine at lunch, then my ex messaged and I went straight into a spiral of sadness"
    ).mood_shift
    assert shift is not None
    assert (shift.previous_state, shift.current_state) == ("stable", "sad")
    assert shift.trigger == "my ex messaged"
    eased = analyze_offline("was anxious about the exam, now calm").mood_shift
    assert eased is not None and eased.trigger is None, "the exam made them anxious, not calm"


@pytest.mark.parametrize(
    ("text", "previous", "current", "trigger"),
    [
        # a time named between the feeling and its cause
        ("I've been on edge all week about the surgery", None, "anxious", "the surgery"),
        # the feeling said again before the event
        ("rage. absolute rage. they towed my car", None, "angry", "they towed my car"),
        # "too much" before a noun is an amount, not overwhelm
        ("so jittery from too much coffee", None, "anxious", "too much coffee"),
        # "by noon" is later in the day than "woke up"
        (
            "woke up fine but by noon i was a nervous wreck because of the court letter",
            "stable",
            "anxious",
            "the court letter",
        ),
        ("this is all too much for me", None, "overwhelmed", None),
        # fifth probe: a negation inside the event is part of it; "without" ends no cause
        (
            "livid. my brother borrowed my car without asking",
            None,
            "angry",
            "my brother borrowed my car",
        ),
        ("livid. not sure why", None, "angry", None),
        # the current state said twice keeps what follows the second saying
        (
            "terrified, freaking out about the biopsy results",
            None,
            "panicked",
            "the biopsy results",
        ),
        # a weak word, then when: the report ("so content right now")
        ("so content right now", None, "calm", None),
        ("low at the moment", None, "sad", None),
        # ninth probe: a count is no time; apart "from" is no cause; two feelings, one event
        ("jittery after 3 espressos", None, "anxious", "3 espressos"),
        ("on edge since 2 meetings got moved", None, "anxious", "2 meetings got moved"),
        ("sad since 3pm", None, "sad", None),
        ("numb and detached from everything since the phone call", None, "numb", "the phone call"),
        (
            "walked the dog with my brother, calm and settled now",
            None,
            "calm",
            "walked the dog with my brother",
        ),
        # tenth probe: a meal alone is a time; a negation inside an event is part of it; a place
        # gives way to a stated cause; a time can act ("mondays make me anxious")
        ("sad by dinner after the phone call", None, "sad", "the phone call"),
        (
            "fine this morning. then read the group chat i was left out of and crashed",
            "stable",
            "sad",
            "read the group chat",
        ),
        ("numb at school since the fight", None, "numb", "the fight"),
        ("sundays make me anxious", None, "anxious", "sundays"),
        ("panic attack in lidl", None, "panicked", "lidl"),
    ],
)
def test_probe_shapes(text: str, previous: str | None, current: str, trigger: str | None) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert (shift.previous_state, shift.current_state, shift.trigger) == (
        previous,
        current,
        trigger,
    )


def test_trigger_stays_short_in_a_long_message() -> None:
    text = (
        "so this morning started okay but then after the long phone call with the insurance "
        "company about the car that got hit last month and all the forms they want I just "
        "felt completely overwhelmed and tired and I still have to cook dinner for everyone"
    )
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.trigger is not None
    assert len(shift.trigger) <= 60
    assert "phone call" in shift.trigger


SYMPTOMS: list[tuple[str, str]] = [
    ("my chest is so tight", "chest tight"),
    ("tightness in my chest", "chest tight"),
    ("pounding headache", "headache"),
    ("my head is killing me", "headache"),
    ("stressed, got a tension headache", "headache"),
    ("my appetites gone since the news", "no appetite"),
    ("hands won't stop shaking", "shaky hands"),
    ("shaky and sweaty", "shaking"),
    ("heart is racing", "racing heart"),
    ("my heart was pounding", "heart pounding"),
    ("couldn't breathe properly", "can't breathe"),
    ("short of breath all evening", "short of breath"),
    ("feel sick to my stomach", "nausea"),
    ("so nauseous", "nausea"),
    ("sweating buckets", "sweating"),
    ("completely exhausted", "exhausted"),
    ("fatigue is awful", "fatigue"),
    ("couldn't sleep last night", "couldn't sleep"),
    ("barely slept", "couldn't sleep"),
    ("insomnia again", "insomnia"),
    ("feeling dizzy and lightheaded", "dizzy"),
    ("stomach ache since lunch", "stomach ache"),
    ("stomach in knots", "stomach in knots"),
    ("my shoulders are so tense", "muscle tension"),
    ("clenching my jaw all day", "jaw clenching"),
    ("trembling", "trembling"),
    ("pins and needles in my hands", "tingling"),
    ("my hands are numb", "numbness"),
    ("no appetite at all", "no appetite"),
    ("dry mouth from the meds", "dry mouth"),
    ("palpitations again", "palpitations"),
    ("lump in my throat", "throat tight"),
    ("hyperventilating in the car", "hyperventilating"),
]


@pytest.mark.parametrize(("text", "symptom"), SYMPTOMS)
def test_symptom(text: str, symptom: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert symptom in shift.physical_symptoms


def test_several_symptoms_in_order_without_duplicates() -> None:
    shift = analyze_offline("headache, nausea, headache again and shaky hands").mood_shift
    assert shift is not None
    assert shift.physical_symptoms == ["headache", "nausea", "shaky hands"]


@pytest.mark.parametrize(
    "text",
    ["crying all day", "sick of everyone", "tired of this job", "on pins and needles waiting"],
)
def test_not_physical_symptoms(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is None or shift.physical_symptoms == []


def test_symptom_words_do_not_become_moods() -> None:
    shift = analyze_offline("my hands are numb and my shoulders tense").mood_shift
    assert shift is not None
    assert shift.current_state is None


FUNCTIONALITY: list[tuple[str, str]] = [
    ("couldn't get out of bed today", "limited"),
    ("stayed in bed until 4pm", "limited"),
    ("haven't left the flat in three days", "limited"),
    ("called in sick again", "limited"),
    ("skipped class, couldn't face it", "limited"),
    ("barely functioning", "limited"),
    ("couldn't focus on anything at work", "limited"),
    ("didn't shower or eat", "limited"),
    ("got nothing done", "limited"),
    ("I can't function at all", "crisis"),
    ("completely falling apart", "crisis"),
    ("can't cope anymore", "crisis"),
    ("can't keep myself safe", "crisis"),
    ("got through the day", "functional"),
    ("managed to go to work", "functional"),
    ("went to class and did the laundry", "functional"),
    ("getting by", "functional"),
    ("coping okay", "functional"),
    ("made it through my shift", "functional"),
    ("super productive day", "high"),
    ("crushed it at the gym and at work", "high"),
    ("got so much done", "high"),
    ("thriving honestly", "high"),
    ("fairly productive", "functional"),
    ("not productive at all", "limited"),
    ("didn't manage to get through the day", "limited"),
    ("crashed hard, can barely get out of bed", "limited"),
    ("so low I barely got dressed", "limited"),
    ("feel great, finished my whole to-do list", "high"),
    # thriving says more than the errands it was made of; struggling still wins
    ("super productive day, cleared my inbox and went to the gym", "high"),
    ("went to work but barely functioning", "limited"),
    ("worked a full shift and cooked dinner", "functional"),
    ("numb, barely ate anything all day", "limited"),
    ("low energy and flat, barely left the house", "limited"),
    ("feeling okay, got my essay done and made dinner", "functional"),
    ("flat, barely cooked dinner", "limited"),
    ("buzzing, got everything on the list done", "high"),
    ("wired, cleaned the whole flat and wrote 4 songs", "high"),
]


@pytest.mark.parametrize(("text", "level"), FUNCTIONALITY)
def test_functionality(text: str, level: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.functionality == level


@pytest.mark.parametrize("text", ["feeling sad", "angry at my boss", "so anxious"])
def test_mood_alone_says_nothing_about_functioning(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.functionality is None


ACTIVITIES: list[tuple[str, str]] = [
    ("panicked on the train", "on the train"),
    ("anxious at work", "at work"),
    ("felt numb in the meeting", "in the meeting"),
    ("dissociated while driving home", "driving home"),
    ("calm while cooking dinner", "cooking dinner"),
    ("hypomanic, spent all night reorganising the garage", "reorganising the garage"),
    ("was cleaning the bathroom and suddenly felt awful", "cleaning the bathroom"),
]


@pytest.mark.parametrize(("text", "activity"), ACTIVITIES)
def test_activity(text: str, activity: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.activity == activity


def test_no_activity_when_none_stated() -> None:
    shift = analyze_offline("feeling anxious about my exam").mood_shift
    assert shift is not None
    assert shift.activity is None


MORE_TRIGGERS: list[tuple[str, str]] = [
    ("had a row with my mum and now I feel awful", "had a row with my mum"),
    ("my sister called and I immediately felt calmer", "my sister called"),
    ("FURIOUS. they cancelled my appointment again", "they cancelled my appointment"),
    ("overwhelmed, too many appointments this week", "too many appointments"),
    ("annoyed my train got cancelled", "my train got cancelled"),
    ("dreading work tomorrow", "work"),
    ("a bit anxious about tomorrow", "tomorrow"),
    ("on edge since the break-in", "the break-in"),
    ("the news is really getting to me, I'm scared", "The news"),
    ("went from numb to sobbing when the song came on", "the song came on"),
    ("stressed to the max with the move", "the move"),
    ("irritable after a sleepless night", "a sleepless night"),
    # an event that did not happen is still what happened
    ("gutted, didn't get the place on the course", "didn't get the place on the course"),
    ("upset. wasn't invited to the wedding", "wasn't invited to the wedding"),
    ("anxious, never heard back from the landlord", "never heard back from the landlord"),
    # a feeling word done to the writer is the event; an opening emoji is the feeling
    ("gutted, got dumped by text", "got dumped by text"),
    ("\U0001f62d my flight got cancelled", "my flight got cancelled"),
    # a symptom right after the feeling is not its cause
    ("so scared my hands are shaking, the results come tomorrow", "the results come"),
]


@pytest.mark.parametrize(("text", "trigger"), MORE_TRIGGERS)
def test_more_trigger_shapes(text: str, trigger: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.trigger is not None
    assert shift.trigger.lower() == trigger.lower()


@pytest.mark.parametrize(
    "text",
    [
        "I'm not feeling depressed today, more just tired",
        "overwhelmed by everything",
        "low. not sure why",
        "sad, didn't get it",
        # the place belongs to the earlier state
        "relaxed at the beach, by the evening I was livid",
    ],
)
def test_no_trigger_from_reports_or_vague_words(text: str) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.trigger is None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("hands shaking and heart racing", "anxious"),
        ("literally shaking rn", "anxious"),
        ("chest tight, can't breathe, hyperventilating", "panicked"),
        ("sweaty palms and butterflies", "anxious"),
        ("headache and nausea", None),
        ("so tired", None),
    ],
)
def test_body_alarm_implies_anxiety_when_no_mood_is_named(text: str, state: str | None) -> None:
    shift = analyze_offline(text).mood_shift
    assert shift is not None
    assert shift.current_state == state


def test_side_effect_symptoms_do_not_imply_anxiety() -> None:
    shift = analyze_offline("the lithium is making my hands shake").mood_shift
    assert shift is None or shift.current_state is None
