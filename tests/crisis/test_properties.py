"""Properties that must hold for any text, checked with generated input."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.crisis.detector import assess_text
from bot.vocabulary import CRISIS_LEVELS, crisis_rank

SNAKE_CASE = re.compile(r"^[a-z]+(?:_[a-z]+)*$")

# Words that make ordinary, idiomatic, negated or third-person text around a risk clause.
WORDS = [
    "i'm",
    "not",
    "suicidal",
    "never",
    "no",
    "don't",
    "lol",
    "haha",
    "😂",
    "💀",
    "my",
    "friend",
    "she",
    "he",
    "they",
    "the",
    "movie",
    "song",
    "years",
    "ago",
    "when",
    "i",
    "was",
    "15",
    "used",
    "to",
    "killing",
    "me",
    "dying",
    "to",
    "died",
    "dead",
    "tired",
    "cut",
    "back",
    "cutting",
    "if",
    "one",
    "more",
    "meeting",
    "kidding",
    "jk",
    "not",
    "sure",
    "hope",
    "wish",
    "want",
    "to",
    "sleep",
    "forever",
    "ok",
    "fine",
    "safe",
    "doing",
    "better",
    "now",
    "recovered",
    "clean",
    "for",
    "months",
    "you",
    "your",
    "kys",
    "bridge",
    "view",
    "photo",
    "today",
    "tonight",
    "urge",
    "0",
    "sh",
    "si",
    "0/5",
    "took",
    "2",
    "paracetamol",
    "pills",
    "meds",
    "my",
    "lamotrigine",
    "accidentally",
    "cooking,",
    ".",
    "!",
    "?",
    "\n",
    "and",
    "but",
    "so",
    "because",
    "-",
    ";",
    "'",
    '"',
    "(",
    ")",
    "3",
    "k1ll",
    "$",
    "*",
    "@",
    "überall",
    "ｆｕｌｌ",
]
benign_text = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)
any_text = st.one_of(st.text(max_size=300), benign_text, st.binary(max_size=200).map(repr))

RISK_CLAUSES = (
    " and I want to kill myself",
    " and i want to die",
    ". I'm going to end my life",
    "\nI have no reason to live",
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text, st.lists(st.text(max_size=20), max_size=3))
@example("\x00\x01\x02\ufeff\u202e", [])
@example("", ["", "   ", "!!!"])
def test_never_raises_and_returns_a_valid_assessment(text: str, phrases: list[str]) -> None:
    result = assess_text(text, phrases)
    assert result.level in CRISIS_LEVELS
    assert all(SNAKE_CASE.match(signal) for signal in result.signals)
    assert (result.level == "none") == (not result.signals)


@SETTINGS
@given(benign_text)
@example("I'm not suicidal lol")
@example("years ago when i was 15 i used to")
@example("if one more meeting")
@example("my friend, the movie")
@example("urge to self harm")
def test_a_risk_clause_is_never_cancelled_by_other_clauses(text: str) -> None:
    for clause in RISK_CLAUSES:
        alone = assess_text(clause.strip())
        result = assess_text(text + clause)
        floor = max(crisis_rank(alone.level), crisis_rank("low"))
        assert crisis_rank(result.level) >= floor, (text + clause, result)
    result = assess_text(text + " and I want to kill myself")
    assert crisis_rank(result.level) >= crisis_rank("moderate")


LEET = {"e": "3", "i": "1", "o": "0", "a": "4", "s": "5", "t": "7"}
RISK_SENTENCES = (
    "I want to kill myself",
    "I am going to kill myself tonight",
    "I feel suicidal",
    "I want to die",
    "took 30 of my lamotrigine",
    "I cut myself last night",
    "I have nothing left to live for",
    "how many sleeping pills would it take",
)


@st.composite
def leet_variant(draw: st.DrawFn) -> tuple[str, str]:
    sentence = draw(st.sampled_from(RISK_SENTENCES))
    words = []
    for word in sentence.split(" "):
        if len(word) >= 4 and draw(st.booleans()):
            spots = [i for i, ch in enumerate(word) if ch.lower() in LEET]
            if spots:
                i = draw(st.sampled_from(spots))
                word = word[:i] + LEET[word[i].lower()] + word[i + 1 :]
        words.append(word)
    return sentence, " ".join(words)


@SETTINGS
@given(leet_variant())
def test_leetspeak_never_lowers_the_level(pair: tuple[str, str]) -> None:
    sentence, variant = pair
    plain, leet = assess_text(sentence), assess_text(variant)
    assert crisis_rank(leet.level) >= crisis_rank(plain.level), (variant, leet)


@SETTINGS
@given(st.sampled_from(RISK_SENTENCES), st.sampled_from(["upper", "stretch", "spaces"]))
def test_case_stretching_and_spacing_never_lower_the_level(sentence: str, how: str) -> None:
    if how == "upper":
        variant = sentence.upper()
    elif how == "stretch":
        variant = re.sub(r"([aeiou])", r"\1\1\1", sentence, count=2)
    else:
        variant = "  " + sentence.replace(" ", "   ") + "  \n"
    assert crisis_rank(assess_text(variant).level) >= crisis_rank(assess_text(sentence).level)


@st.composite
def rule_vocabulary_text(draw: st.DrawFn) -> str:
    from bot.crisis.normalize import rule_words

    vocabulary = sorted(rule_words())
    words = draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=12))
    separators = draw(st.lists(st.sampled_from([" ", " ", " ", ", ", ". ", "\n"]), min_size=12))
    return "".join(word + sep for word, sep in zip(words, separators, strict=False)).strip()


@settings(max_examples=500, deadline=None)
@given(rule_vocabulary_text())
def test_the_prefilter_never_skips_a_rule_that_could_match(text: str) -> None:
    from bot.crisis.patterns import CONTEXT_RULES, MAIN_RULES
    from bot.crisis.prefilter import trigrams

    for rules in (MAIN_RULES, CONTEXT_RULES):
        runnable = [rule for rule, _ in rules.runnable(text, trigrams(text))]
        for rule in rules.rules:
            if rule.pattern.search(text):
                assert rule in runnable, (text, rule.signal)


@settings(max_examples=500, deadline=None)
@given(st.one_of(benign_text, st.text(max_size=120), rule_vocabulary_text()))
@example("wish dead")  # found by hypothesis: the dropped-words hint knew "want dead" only
def test_the_canonical_fast_path_never_skips_a_rewrite(text: str) -> None:
    from bot.crisis.normalize import canonical_view, plain_view, rewrite

    plain = plain_view(text)
    assert canonical_view(plain).text == rewrite(plain).text
