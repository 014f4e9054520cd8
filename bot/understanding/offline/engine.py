"""Offline understanding: one message in, one validated ``Analysis`` out, no network.

Each rule module reads the same normalised ``Doc``. Structured readings (check-in scores,
diary scores, symptoms, functioning) run first and *claim* their words, so "anxiety 3/5" is a
score rather than a mood and "tight chest" a symptom rather than tension. The mood reader
then works on what is left, and the cause and activity phrases stop at claimed words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from functools import cache

from bot.crisis.detector import assess_text
from bot.understanding.models import Analysis, MoodShiftData
from bot.understanding.offline.activity import find_activity
from bot.understanding.offline.baseline import read_baseline
from bot.understanding.offline.dbt import read_diary
from bot.understanding.offline.functionality import read_functionality
from bot.understanding.offline.intent import greeting_end, is_scored_check_in, main_intent
from bot.understanding.offline.lexicon import NEGATORS, mood_matcher
from bot.understanding.offline.medication import MedicationReading, read_medication
from bot.understanding.offline.mood import MoodReading, read_mood
from bot.understanding.offline.notes import read_kept_text
from bot.understanding.offline.symptoms import find_symptoms, implied_state
from bot.understanding.offline.text import Doc, make_doc
from bot.understanding.offline.triggers import event_after_an_opening_emoji, find_trigger
from bot.vocabulary import family_of

_MAX_SYMPTOMS = 8


def analyze_offline(text: str, local_time: datetime | None = None) -> Analysis:
    """Understand one message. ``local_time`` is when the writer sent it, in their zone."""
    crisis = assess_text(text)
    doc = make_doc(text if isinstance(text, str) else str(text), _known_words())
    body_start = greeting_end(doc.low)

    kept = read_kept_text(doc.text, doc.low, body_start, doc.wordset)
    if kept is not None:
        # A fact or a clinician note is kept as written, not logged as a live mood or dose.
        return Analysis(
            intent="knowledge" if kept.kind == "knowledge" else "session_note",
            crisis=crisis,
            knowledge=kept.text if kept.kind == "knowledge" else None,
            note=kept.text if kept.kind == "session_note" else None,
            note_audience=kept.audience,
        )

    baseline = read_baseline(doc, local_time)
    symptoms, symptom_spans = find_symptoms(doc)
    medication = read_medication(doc, body_told=bool(symptoms))
    if medication.errand and crisis.level != "none":
        # "collected my prescription ... going to take the lot": a stockpile, not an errand
        medication = replace(medication, errand=False)
    took_meds = _took_meds(medication)
    sleep = baseline.data.sleep_hours if baseline.data else None
    diary = read_diary(doc, took_meds, sleep)
    functionality, functionality_spans = read_functionality(doc)

    # A lone score ("anxious 8/10") still reports a mood; a check-in's labels do not.
    check_in_spans = baseline.spans if is_scored_check_in(baseline) else []
    scores = _words_in(doc, [*check_in_spans, *diary.spans])
    scores.update(range(doc.token_at(body_start)))  # the greeting
    claimed = scores | _words_in(doc, [*functionality_spans, *symptom_spans])
    mood = read_mood(doc, claimed | _words_in(doc, diary.skill_spans))
    if mood.current is None and mood.previous is None and medication.data is None:
        mood = _mood_from_body(mood, symptoms, symptom_spans)
    elif mood.only_past and mood.current_span is not None:
        mood = _body_after_a_past_mood(doc, mood, symptoms, symptom_spans)
    if mood.past_then_now and mood.previous is None:
        mood = replace(mood, current=None, previous=mood.current, intensity=None)
    mood_shift = _mood_shift(doc, mood, symptoms, symptom_spans, functionality, scores, claimed)

    analysis = Analysis(
        crisis=crisis,
        mood_shift=mood_shift,
        baseline=baseline.data,
        dbt=diary.data,
        medication=medication.data,
    )
    analysis.intent = main_intent(doc, body_start, baseline, diary, medication, mood, mood_shift)
    if analysis.intent == "question" and diary.data is not None and not diary.ratings:
        analysis.dbt = None  # "how does wise mind work?" names a skill; it does not log one
    return analysis


@cache
def _known_words() -> frozenset[str]:
    return mood_matcher().vocabulary | NEGATORS | {"hi", "hey", "hello", "yes", "no", "ok", "oh"}


def _words_in(doc: Doc, spans: Iterable[tuple[int, int]]) -> set[int]:
    words: set[int] = set()
    for start, end in spans:
        words.update(doc.token_span(start, end))
    return words


def _mood_from_body(
    mood: MoodReading, symptoms: list[str], symptom_spans: list[tuple[int, int]]
) -> MoodReading:
    """'shaking, heart racing' with no mood word: the body reports anxiety."""
    state = implied_state(symptoms)
    if state is None:
        return mood
    return replace(mood, current=state, first_char=symptom_spans[0][0])


def _body_after_a_past_mood(
    doc: Doc, mood: MoodReading, symptoms: list[str], symptom_spans: list[tuple[int, int]]
) -> MoodReading:
    """'was calm until the alarm went off, now shaking': the body tells the present state."""
    assert mood.current_span is not None
    if not symptom_spans or symptom_spans[0][0] < doc.ends[mood.current_span[1]]:
        return mood  # the body was told before or with the past mood, not after it
    state = implied_state(symptoms)
    if state is None or state == mood.current:
        return mood
    return replace(mood, current=state, previous=mood.current)


def _took_meds(medication: MedicationReading) -> bool | None:
    if medication.data is None:
        return None
    if medication.data.event == "taken":
        return True
    if medication.data.event == "missed":
        return False
    return None


def _opens_with_emoji(doc: Doc, mood: MoodReading) -> bool:
    """The mood was read from an emoji with no word before it."""
    return mood.first_char is not None and not doc.text[: mood.first_char].strip()


def _mood_shift(
    doc: Doc,
    mood: MoodReading,
    symptoms: list[str],
    symptom_spans: list[tuple[int, int]],
    functionality: str | None,
    scores: set[int],
    claimed: set[int],
) -> MoodShiftData | None:
    if mood.current is None and mood.previous is None and not symptoms and functionality is None:
        return None
    symptom_words = [(r[0], r[-1]) for r in (doc.token_span(s, e) for s, e in symptom_spans) if r]
    feelings = [*mood.spans, *symptom_words]
    # Causes stop at feelings and scores but may name a symptom ("after a sleepless night");
    # activities may overlap cue phrases ("all night reorganising").
    blocked = scores | {i for first, last in mood.spans for i in range(first, last + 1)}
    if mood.current is not None and not feelings and _opens_with_emoji(doc, mood):
        trigger = event_after_an_opening_emoji(doc, blocked)
    else:
        trigger = find_trigger(
            doc, feelings, blocked, mood.current_span, earlier_states=mood.other_state_spans
        )
    return MoodShiftData(
        previous_state=mood.previous,
        current_state=mood.current,
        family=family_of(mood.current) if mood.current else None,
        intensity=mood.intensity,
        trigger=trigger,
        physical_symptoms=symptoms[:_MAX_SYMPTOMS],
        functionality=functionality,  # type: ignore[arg-type]
        activity=find_activity(doc, claimed),
    )
