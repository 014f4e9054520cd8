"""What a message mainly is: notes, facts, questions, greetings, and the priority rules."""

from __future__ import annotations

import pytest

from bot.understanding.offline import analyze_offline

KNOWLEDGE: list[tuple[str, str]] = [
    ("remember that I'm vegetarian", "I'm vegetarian"),
    ("Please remember my dog is called Biscuit.", "my dog is called Biscuit"),
    ("can you remember that my therapist is Dr Okafor", "my therapist is Dr Okafor"),
    ("remember: I hate phone calls", "I hate phone calls"),
    ("don't forget that my exams start in May", "my exams start in May"),
    ("fyi I work from home on Fridays", "I work from home on Fridays"),
    ("FYI - my partner's name is Lou", "my partner's name is Lou"),
    ("just so you know, I'm allergic to ibuprofen", "I'm allergic to ibuprofen"),
    ("keep in mind that I have two kids", "I have two kids"),
    ("for the record I was diagnosed in 2019", "I was diagnosed in 2019"),
    ("hey, remember that Sundays are hard for me", "Sundays are hard for me"),
]


@pytest.mark.parametrize(("text", "fact"), KNOWLEDGE)
def test_knowledge(text: str, fact: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "knowledge"
    assert analysis.knowledge == fact


@pytest.mark.parametrize(
    "text",
    [
        "I can't remember that day at all",
        "remember to drink water",
        "remember when I used to run?",
        "do you remember what I said yesterday?",
        "I remembered to take my meds",
        "about meditation, how long should I do it?",
    ],
)
def test_not_knowledge(text: str) -> None:
    assert analyze_offline(text).intent != "knowledge"


NOTES: list[tuple[str, str, str | None]] = [
    ("note for my therapist: the nightmares are back", "the nightmares are back", "therapist"),
    ("Note to psychiatrist - sleeping 4h a night", "sleeping 4h a night", "psychiatrist"),
    ("tell my therapist I relapsed on Saturday", "I relapsed on Saturday", "therapist"),
    (
        "please tell my pdoc that the new dose is too strong",
        "the new dose is too strong",
        "psychiatrist",
    ),
    ("let my doctor know the rash spread", "the rash spread", "doctor"),
    ("for my GP: headaches every morning", "headaches every morning", "doctor"),
    ("for my counselor: I want to talk about my dad", "I want to talk about my dad", "counsellor"),
    ("note: I've been isolating a lot", "I've been isolating a lot", None),
    ("session note - work stress is the main theme", "work stress is the main theme", "therapist"),
    ("ask my psychiatrist about weight gain", "weight gain", "psychiatrist"),
    ("remind me to tell my nurse about the tremor", "the tremor", "nurse"),
    ("for my next session: talk about boundaries", "talk about boundaries", "therapist"),
    ("psychologist note: panic is less frequent", "panic is less frequent", "psychologist"),
    (
        "note to self for my psychiatrist: ask about the tremor",
        "ask about the tremor",
        "psychiatrist",
    ),
]


@pytest.mark.parametrize(("text", "note", "audience"), NOTES)
def test_session_note(text: str, note: str, audience: str | None) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "session_note"
    assert analysis.note == note
    assert analysis.note_audience == audience


def test_note_content_is_kept_not_logged() -> None:
    analysis = analyze_offline("note for my therapist: really anxious since the dose change")
    assert analysis.intent == "session_note"
    assert analysis.mood_shift is None
    assert analysis.medication is None


QUESTIONS = [
    "how does the diary card work?",
    "what is wise mind",
    "what should I do when I can't sleep",
    "why do I feel like this?",
    "can you help me calm down",
    "is it normal to feel flat on lithium?",
    "should I take my quetiapine earlier",
    "do you think I'm hypomanic?",
    "any tips for panic attacks",
    "how long does sertraline take to work",
    "what's the TIPP skill?",
    "tell me about radical acceptance",
    "hey, how do I log my sleep?",
    "feeling anxious, what can I do?",
    "where do I see my mood chart",
    "is there a way to export my data",
    "explain opposite action please",
    "i was wondering if you can remind me about meds",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_question(text: str) -> None:
    assert analyze_offline(text).intent == "question"


@pytest.mark.parametrize(
    "text",
    [
        "when my alarm went off I panicked",
        "what a day, totally drained",
        "how I feel right now: numb",
        "can't sleep again",
        "is what it is, feeling flat",
    ],
)
def test_statements_that_start_like_questions(text: str) -> None:
    assert analyze_offline(text).intent == "mood_shift"


GREETINGS = [
    "hi",
    "Hi!",
    "hello there",
    "hey",
    "heyyy",
    "hiya :)",
    "good morning!",
    "Good evening",
    "morning",
    "yo",
    "hey sanctum",
    "hi, how are you?",
    "good night 🌙",
    "what's up",
    "hello again",
]


@pytest.mark.parametrize("text", GREETINGS)
def test_greeting(text: str) -> None:
    analysis = analyze_offline(text)
    assert analysis.intent == "greeting"
    assert analysis.mood_shift is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("good morning, mood 6/10", "baseline"),
        ("hi! feeling really low today", "mood_shift"),
        ("hello, took my lithium", "medication"),
        ("hey, how does the diary work?", "question"),
        ("morning! slept 4 hours, mood 3", "baseline"),
    ],
)
def test_greeting_followed_by_content(text: str, intent: str) -> None:
    assert analyze_offline(text).intent == intent


PRIORITY: list[tuple[str, str]] = [
    # scores outrank mood words
    ("mood 3/10, anxious and teary", "baseline"),
    ("sadness 4 fear 3 and feeling awful", "dbt_diary"),
    # more scores of one kind win
    ("mood 5, anxiety 2, energy 3, shame 1", "baseline"),
    ("sadness 3 shame 2 anger 1, mood 4", "dbt_diary"),
    # a question about medication is a question
    ("should I skip my lithium tonight?", "question"),
    # a side effect is about the medication
    ("the quetiapine is making me so groggy and low", "medication"),
    # a mood first, a dose mention after
    ("so anxious today, took an extra propranolol", "mood_shift"),
    # skills after a mood report
    ("panicked on the bus but used paced breathing", "mood_shift"),
    # skills first
    ("used wise mind when I got angry", "dbt_diary"),
    # a lone sleep value is a check-in
    ("slept 9 hours", "baseline"),
    # a sleep value inside a mood report is part of the report
    ("only slept 3 hours and I'm wired", "mood_shift"),
    # nothing recognisable
    ("thanks", "other"),
    ("ok cool", "other"),
    ("the weather is nice", "other"),
]


@pytest.mark.parametrize(("text", "intent"), PRIORITY)
def test_priority(text: str, intent: str) -> None:
    assert analyze_offline(text).intent == intent


def test_every_structure_is_filled_even_when_one_is_main() -> None:
    analysis = analyze_offline("took my sertraline 100mg, then felt shaky and anxious on the bus")
    assert analysis.intent == "medication"
    assert analysis.medication is not None
    assert analysis.medication.dose == "100mg"
    assert analysis.mood_shift is not None
    assert analysis.mood_shift.current_state == "anxious"
    assert "shaking" in analysis.mood_shift.physical_symptoms
