"""Scored records: check-ins (baseline), DBT diary card lines and medication events."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.understanding.offline import analyze_offline

BASELINES: list[tuple[str, dict[str, object]]] = [
    ("morning check-in: mood 7/10, slept 8h", {"kind": "morning", "mood": 7, "sleep_hours": 8.0}),
    (
        "evening: mood 3, anxiety 4/5, irritability 1, energy 2",
        {"kind": "evening", "mood": 3, "anxiety": 4, "irritability": 1, "energy": 2},
    ),
    ("slept six and a half hours, mood 5 out of 10", {"mood": 5, "sleep_hours": 6.5}),
    ("mood: 4 | sleep: 5 hrs | anxiety: 2", {"mood": 4, "sleep_hours": 5.0, "anxiety": 2}),
    ("Mood 8. Energy 4. Slept 9 hours.", {"mood": 8, "energy": 4, "sleep_hours": 9.0}),
    ("slept 5-6 hours, mood around 4", {"sleep_hours": 5.5, "mood": 4}),
    ("got 7 hours of sleep, mood is a 6", {"sleep_hours": 7.0, "mood": 6}),
    ("slept 7.5h mood 6", {"sleep_hours": 7.5, "mood": 6}),
    ("slept 6h30 mood 5", {"sleep_hours": 6.5, "mood": 5}),
    ("slept from 11pm to 6am, mood 6", {"sleep_hours": 7.0, "mood": 6}),
    ("slept seven hours", {"sleep_hours": 7.0}),
    ("mood 3/5 today", {"mood": 6}),
    ("anxiety 6/10, mood 5", {"anxiety": 3, "mood": 5}),
    ("good evening! mood 4/10, energy 1", {"kind": "evening", "mood": 4, "energy": 1}),
    ("bedtime check in - mood 6 irritability 3", {"kind": "evening", "mood": 6, "irritability": 3}),
    ("sleep 6/10, mood 5", {"mood": 5}),
    ("mood 3 - rough night", {"mood": 3}),
    ("mood ok 6ish", {"mood": 6}),
    (
        "Mood: 6 Sleep: 8 Anxiety: 1 Irritability: 0 Energy: 3",
        {"mood": 6, "sleep_hours": 8.0, "anxiety": 1, "irritability": 0, "energy": 3},
    ),
    ("i'd say mood is a 7 today", {"mood": 7}),
    ("mood six out of ten", {"mood": 6}),
]


@pytest.mark.parametrize(("text", "expected"), BASELINES)
def test_baseline_values(text: str, expected: dict[str, object]) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "baseline"
    assert analysis.baseline is not None
    values = analysis.baseline.model_dump()
    for key, value in expected.items():
        assert values[key] == value, key
    for key in {"mood", "sleep_hours", "anxiety", "irritability", "energy"} - expected.keys():
        assert values[key] is None, key


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("mood 15/10", "mood"),
        ("mood 12", "mood"),
        ("mood 6, anxiety 9", "anxiety"),
        ("mood 6, energy 7", "energy"),
        ("slept 30 hours", "sleep_hours"),
        ("mood 6/5", "mood"),
    ],
)
def test_out_of_range_scores_are_nulled(text: str, field: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.baseline is not None
    assert getattr(analysis.baseline, field) is None


BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("hour", "kind"),
    [
        (4, "morning"),
        (8, "morning"),
        (11, "morning"),
        (13, None),
        (17, None),
        (18, "evening"),
        (23, "evening"),
        (2, "evening"),
    ],
)
def test_check_in_kind_from_local_time(hour: int, kind: str | None) -> None:
    analysis = analyze_offline("mood 6, slept 7h", datetime(2025, 3, 4, hour, 30, tzinfo=BERLIN))
    assert analysis.baseline is not None
    assert analysis.baseline.kind == kind


def test_stated_kind_beats_local_time() -> None:
    analysis = analyze_offline(
        "evening check-in: mood 5", datetime(2025, 3, 4, 9, 0, tzinfo=BERLIN)
    )
    assert analysis.baseline is not None
    assert analysis.baseline.kind == "evening"


def test_kind_is_null_without_time_or_word() -> None:
    analysis = analyze_offline("mood 6, anxiety 2")
    assert analysis.baseline is not None
    assert analysis.baseline.kind is None


def test_check_in_with_mood_words_is_still_a_check_in() -> None:
    analysis = analyze_offline("evening check-in: mood 3, anxious and tired, slept 5h")
    assert analysis.intent == "baseline"


DIARY: list[tuple[str, dict[str, object]]] = [
    ("sadness 3 guilt 2 joy 1", {"emotions": {"sadness": 3, "guilt": 2, "joy": 1}}),
    ("shame: 4, fear: 2, misery: 3", {"emotions": {"shame": 4, "fear": 2, "misery": 3}}),
    ("sad 2 angry 4", {"emotions": {"sadness": 2, "anger": 4}}),
    ("urge to use 3, urge to isolate 4", {"urges": {"substance_use": 3, "avoidance": 4}}),
    ("self harm urge 2, suicide urge 0", {"urges": {"self_harm": 2, "suicide": 0}}),
    ("sh urges 1/5", {"urges": {"self_harm": 1}}),
    ("urge to purge 2 and urge to binge 4", {"urges": {"purge": 2, "binge": 4}}),
    (
        "urge to smoke 3 but resisted",
        {"urges": {"substance_use": 3}, "actions": {"substance_use": False}},
    ),
    ("urge to cut 4, acted on it", {"urges": {"self_harm": 4}, "actions": {"self_harm": True}}),
    (
        "urge to drink 2 and urge to hide 3, didn't act on either",
        {"urges": {"substance_use": 2, "avoidance": 3}},
    ),
    (
        "anger 4 fear 1, urge to self-harm 3, didn't act",
        {
            "emotions": {"anger": 4, "fear": 1},
            "urges": {"self_harm": 3},
            "actions": {"self_harm": False},
        },
    ),
    ("sadness 8/10", {"emotions": {"sadness": 4}}),
    ("guilt 9", {"emotions": {}}),
]


@pytest.mark.parametrize(("text", "expected"), DIARY)
def test_diary_scores(text: str, expected: dict[str, object]) -> None:
    analysis = analyze_offline(text)
    if not expected.get("emotions") and not expected.get("urges"):
        assert analysis.dbt is None or not analysis.dbt.emotions
        return
    assert analysis.intent == "dbt_diary"
    assert analysis.dbt is not None
    values = analysis.dbt.model_dump()
    for key, value in expected.items():
        assert values[key] == value, key


SKILLS: list[tuple[str, list[str]]] = [
    ("used self-soothe and wise mind", ["self_soothe", "wise_mind"]),
    ("did TIPP with cold water", ["tipp"]),
    ("practised radical acceptance", ["radical_acceptance"]),
    ("used STOP before replying", ["stop"]),
    ("tried opposite action and checked the facts", ["opposite_action", "check_the_facts"]),
    ("used DEAR MAN with my landlord", ["dear_man"]),
    ("used the ACCEPTS skill and IMPROVE the moment", ["accepts", "improve"]),
    ("did a body scan and a thought record", ["body_scan", "thought_record"]),
    ("pros and cons list helped", ["pros_and_cons"]),
    ("some mindfulness and urge surfing", ["mindfulness", "urge_surfing"]),
    (
        "used distress tolerance and emotion regulation skills",
        ["distress_tolerance", "emotion_regulation"],
    ),
    ("did behavioural activation, a walk", ["behavioural_activation"]),
    ("3 minute breathing space before bed", ["breathing_space"]),
    ("PLEASE skills and GIVE with my sister", ["please", "give"]),
]


@pytest.mark.parametrize(("text", "skills"), SKILLS)
def test_skills(text: str, skills: list[str]) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "dbt_diary"
    assert analysis.dbt is not None
    assert analysis.dbt.skills == skills


@pytest.mark.parametrize(
    "text",
    ["please stop", "I need to stop overthinking", "can you give me a minute", "fast food again"],
)
def test_common_words_are_not_skills(text: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.dbt is None or analysis.dbt.skills == []


def test_please_items_on_a_diary_line() -> None:
    analysis = analyze_offline(
        "sadness 2, took my meds, slept 7 hours, ate well, 30 min walk, no alcohol"
    )
    assert analysis.dbt is not None
    assert analysis.dbt.please == {
        "took_meds": True,
        "sleep_hours": 7.0,
        "ate_balanced": True,
        "exercise_minutes": 30,
        "avoided_substances": True,
    }


def test_please_items_negative() -> None:
    analysis = analyze_offline("shame 3, skipped my meds, barely ate, had a few beers")
    assert analysis.dbt is not None
    assert analysis.dbt.please["took_meds"] is False
    assert analysis.dbt.please["ate_balanced"] is False
    assert analysis.dbt.please["avoided_substances"] is False


MEDICATION: list[tuple[str, str | None, str, str | None]] = [
    # (text, name, event, dose)
    ("took my lithium", "lithium", "taken", None),
    ("just took my Lamictal", "lamotrigine", "taken", None),
    ("had my 20mg of fluoxetine", "fluoxetine", "taken", "20mg"),
    ("remembered to take my quetiapine", "quetiapine", "taken", None),
    ("meds taken", None, "taken", None),
    ("forgot to take my sertraline", "sertraline", "missed", None),
    ("missed my evening dose", None, "missed", None),
    ("didn't take my meds today", None, "missed", None),
    ("skipped the abilify last night", "aripiprazole", "missed", None),
    ("ran out of venlafaxine", "venlafaxine", "missed", None),
    ("psychiatrist upped my lamotrigine to 150 mg", "lamotrigine", "changed", "150mg"),
    ("started lithium this week", "lithium", "changed", None),
    ("switched from sertraline to escitalopram", "sertraline", "changed", None),
    ("coming off the olanzapine slowly", "olanzapine", "changed", None),
    ("my quetiapine was reduced to 100mg", "quetiapine", "changed", "100mg"),
    ("the lithium is making my hands shake", "lithium", "side_effect", None),
    ("seroquel knocks me out, so groggy", "quetiapine", "side_effect", None),
    ("side effects from the venlafaxine are rough", "venlafaxine", "side_effect", None),
    ("feel nauseous from the sertraline", "sertraline", "side_effect", None),
    ("took my lamotrigin", "lamotrigine", "taken", None),
    ("took 50mg of novaxipine", "novaxipine", "taken", "50mg"),
]


@pytest.mark.parametrize(("text", "name", "event", "dose"), MEDICATION)
def test_medication(text: str, name: str | None, event: str, dose: str | None) -> None:
    analysis = analyze_offline(text)
    assert analysis.medication is not None
    assert analysis.medication.model_dump() == {"name": name, "event": event, "dose": dose}


@pytest.mark.parametrize(
    "text",
    [
        "took my dog for a walk",
        "took my time getting up",
        "took my exam today",
        "I can't remember if I took my meds",
        "should I take my lithium with food?",
        "I'm on lithium",
    ],
)
def test_not_medication_events(text: str) -> None:
    assert analyze_offline(text).medication is None


def test_medication_is_main_when_it_comes_first() -> None:
    analysis = analyze_offline("took my lamotrigine, feeling a bit calmer")
    assert analysis.intent == "medication"
    assert analysis.mood_shift is not None
    assert analysis.mood_shift.current_state == "calm"


def test_side_effect_is_medication_even_with_mood_words() -> None:
    assert analyze_offline("so anxious since they raised my sertraline").intent == "medication"


def test_mood_is_main_when_it_comes_first() -> None:
    analysis = analyze_offline("really low today, also forgot my meds")
    assert analysis.intent == "mood_shift"
    assert analysis.medication is not None
    assert analysis.medication.event == "missed"
