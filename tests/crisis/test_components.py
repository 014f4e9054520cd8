"""The pieces behind the detector: views, clause checks, diary ratings, phrases, signals."""

from __future__ import annotations

import pytest

from bot.crisis.context import Referent, Segments, When, is_negated, referent, when_in
from bot.crisis.detector import assess_text
from bot.crisis.diary import read_diary
from bot.crisis.normalize import canonical_view, plain_view
from bot.crisis.personal import bare_words, matches_personal_phrase


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("I’M  Fine\t\tREALLY", "i'm fine really"),
        ("ＦＵＬＬ width", "full width"),
        ("zalgo d\u0301i\u0308e", "zalgo die"),
        ("ok 😂", "ok lol"),
        ("took 💊💊💊", "took a handful of pills"),
        ("sad 😢 today", "sad . today"),
        ("a\x00b", "a b"),
    ],
)
def test_plain_view(raw: str, plain: str) -> None:
    assert plain_view(raw) == plain


@pytest.mark.parametrize(
    ("plain", "canonical", "obfuscated"),
    [
        ("i dont wanna live", "i don't want to live", False),
        ("im gonna kms", "i'm going to kms", False),
        ("k1ll mys3lf", "kill myself", True),
        ("sucidal", "suicidal", True),
        ("soooo tired", "so tired", True),
        ("i want to d i e", "i want to die", True),
        ("#iwanttodie", "#i want to die", True),
        ("thinking of s*icide", "thinking of suicide", True),
        ("took 30mg at 3pm", "took 30mg at 3pm", False),
        ("sewer slide", "suicide", True),
        ("self-harm", "self harm", False),
        ("tooook them", "took them", True),
    ],
)
def test_canonical_view(plain: str, canonical: str, obfuscated: bool) -> None:
    view = canonical_view(plain)
    assert view.text == canonical
    assert view.obfuscated is obfuscated


@pytest.mark.parametrize(
    ("text", "core", "negated"),
    [
        ("i'm not suicidal", "suicidal", True),
        ("i would never hurt myself", "hurt", True),
        ("no urges to self harm", "self", True),
        ("i can't stop thinking about killing myself", "killing", False),
        ("i'm not okay i want to die", "die", False),
        ("i can't promise i won't hurt myself", "hurt", False),
        ("no one would care if i killed myself", "killed", False),
        ("i'm trying not to cut", "cut", False),
        ("it's been 40 days since i last cut", "cut", True),
        ("i dont want to die", "die", True),
    ],
)
def test_negation_before_the_core(text: str, core: str, negated: bool) -> None:
    assert is_negated(text, 0, text.index(core)) is negated


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("i want to die", Referent.SELF),
        ("having suicidal thoughts", Referent.SELF),
        ("my brother wants to die", Referent.OTHER),
        ("a man who wants to die", Referent.OTHER),
        ("the movie about wanting to die", Referent.MEDIA),
        ("this song makes me want to die", Referent.SELF),
        ("i'm the one who wants to die", Referent.SELF),
        ("do you want to die", Referent.YOU),
        ("man i want to die", Referent.SELF),
    ],
)
def test_referent_is_the_nearest_person_named(text: str, who: Referent) -> None:
    assert referent(text, 0, text.rfind(" die")) is who


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("i tried last night", When.RECENT),
        ("i tried when i was 15", When.LONG_AGO),
        ("i took them an hour ago", When.NOW),
        ("years ago i stopped, tonight i cut myself", When.LONG_AGO),
        ("i cut myself years ago and tonight", When.LONG_AGO),
        ("tonight i will do what i did years ago", When.NOW),
        ("i tried", None),
    ],
)
def test_when_a_clause_speaks_of(text: str, when: When | None) -> None:
    assert when_in(text, Segments(text).clause_at(0)) is when


def test_clauses_split_on_conjunctions_and_punctuation() -> None:
    text = "this exam is killing me and i want to die, honestly; ok"
    segments = Segments(text)
    clauses = [text[span.start : span.end].strip() for span in segments.clauses]
    assert clauses == ["this exam is killing me", "i want to die", "honestly", "ok"]


@pytest.mark.parametrize(
    ("text", "levels", "blanked"),
    [
        ("urge to self harm 0", [], True),
        ("sh urge 2/5", ["low"], True),
        ("suicide urge 4", ["high"], True),
        ("sh urge 4", ["moderate"], True),
        ("si 7/10", ["high"], True),
        ("i cut 3 times", [], False),
        ("suicidal at 16", [], False),
    ],
)
def test_diary_ratings(text: str, levels: list[str], blanked: bool) -> None:
    reading = read_diary(text)
    assert [hit.level.label for hit in reading.hits] == levels
    assert (reading.masked != text) is blanked
    assert len(reading.masked) == len(text)


def test_personal_phrases_ignore_case_punctuation_and_contractions() -> None:
    assert bare_words("I'm  DOING, the thing!") == "im doing the thing"
    assert bare_words("i am doing the thing") == "im doing the thing"
    assert matches_personal_phrase(["so... im doing the thing"], ["I'm doing the thing"])
    assert not matches_personal_phrase(["i'm not doing the thing"], ["doing the thing"])
    assert not matches_personal_phrase(["anything"], ["", "  ", "?!"])
    assert matches_personal_phrase(["the bridge"], ["  The Bridge  "])


def test_personal_phrase_raises_to_high_and_keeps_higher_levels() -> None:
    assert assess_text("off to the blue house", ["blue house"]).level == "high"
    tonight = assess_text("blue house tonight, I'm going to kill myself", ["blue house"])
    assert tonight.level == "imminent"
    assert "personal_phrase" in tonight.signals


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("i want to kill myself", "active_ideation"),
        ("i wish i could sleep and never wake up", "passive_wish"),
        ("i'm going to kill myself tonight", "plan_with_time"),
        ("took 40 of my seroquel", "overdose_in_progress"),
        ("i cut myself yesterday", "self_harm_act"),
        ("i cut too deep and need stitches", "self_harm_medical"),
        ("how many pills would it take to die", "method_research"),
        ("i wrote my suicide note", "suicide_note"),
        ("sh urge 5/5", "rated_urge"),
        ("i w4nt t0 k1ll mys3lf", "obfuscated_spelling"),
        ("i tried to kill myself last night", "recent_attempt"),
        ("i attempted when i was 15", "past_attempt"),
    ],
)
def test_signals_name_what_fired(text: str, signal: str) -> None:
    assert signal in assess_text(text).signals


def test_signals_are_ordered_by_severity_and_unique() -> None:
    result = assess_text("I want to die. I have the pills ready. I want to die")
    assert result.signals[0] == "means_at_hand"
    assert len(result.signals) == len(set(result.signals))
