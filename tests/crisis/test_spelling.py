"""Typing slips in the rules' words are undone for the canonical view; real words are not."""

from __future__ import annotations

import pytest

from bot.crisis import spelling
from bot.crisis.detector import assess_text
from bot.crisis.normalize import canonical_view, plain_view
from bot.crisis.spelling import correct_homophones, corrected, typo_corrections
from bot.vocabulary import crisis_rank


@pytest.mark.parametrize(
    ("token", "word"),
    [
        ("tomorow", "tomorrow"),  # missing letter
        ("woudl", "would"),  # swapped letters
        ("neevr", "never"),
        ("anymorre", "anymore"),  # extra letter
        ("evreyone", "everyone"),
        ("somthing", "something"),
        ("evrythng", "everything"),  # two letters left out of a long word
    ],
)
def test_a_slip_in_a_word_of_the_rules_is_corrected(token: str, word: str) -> None:
    assert corrected(token) == word


@pytest.mark.parametrize("token", ["sleep", "dyed", "tired", "cant", "kyle", "jessica", "wild"])
def test_real_words_and_names_are_left_alone(token: str) -> None:
    assert corrected(token) is None


@pytest.mark.parametrize("token", ["nvr", "wud", "kil", "ded", "ot"])
def test_tokens_of_three_letters_or_fewer_are_left_alone(token: str) -> None:
    assert corrected(token) is None


@pytest.mark.parametrize("token", ["seroquel", "kms", "tbh", "2moro", "n3ver", "never's"])
def test_rule_words_numbers_and_non_words_are_left_alone(token: str) -> None:
    assert corrected(token) is None


def test_a_token_far_from_every_rule_word_is_left_alone() -> None:
    assert corrected("zorblax") is None


def test_a_close_tie_between_two_readings_is_left_alone() -> None:
    # "nver" is one slip from "never" and from "over", which is nearly as frequent.
    assert corrected("nver") is None
    readings = {"hate": 500, "have": 500}
    assert spelling._clear_winner(readings, frozenset(readings)) is None
    assert spelling._clear_winner({"hate": 500, "have": 400}, frozenset(readings)) is None
    assert spelling._clear_winner({"hate": 2000, "have": 400}, frozenset(readings)) == "hate"


def test_the_most_frequent_reading_must_be_a_rule_word() -> None:
    # "tabe" is a slip of "take" (a rule word) but also of "table" and "tape".
    readings = {"take": 100, "table": 900}
    assert spelling._clear_winner(readings, frozenset({"take"})) is None


def test_only_the_first_unknown_tokens_of_a_message_are_looked_at() -> None:
    filler = [f"zq{chr(97 + i // 26)}{chr(97 + i % 26)}x" for i in range(60)]
    assert typo_corrections(["woudl", *filler]) == {"woudl": "would"}
    assert typo_corrections([*filler, "woudl"]) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i want to dye tbh", "i want to die tbh"),
        ("i want to dye.", "i want to die."),
        ("i want to dye my hair", "i want to dye my hair"),
        ("gonna dye it blue tbh", "gonna dye it blue tbh"),
    ],
)
def test_dye_reads_as_die_only_without_an_object(text: str, expected: str) -> None:
    assert correct_homophones(text) == expected


def test_the_canonical_view_spells_the_slips_out() -> None:
    canonical = canonical_view(plain_view("Nobody woudl notice if i was gone, nevre mind"))
    assert canonical.text == "nobody would notice if i was gone, never mind"
    assert canonical.obfuscated


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("tbh i want to dye, somthing in me is broken", ("moderate", "high", "imminent")),
        ("evreyone woudl be happier if i was gone", ("low", "moderate", "high", "imminent")),
        ("i hope i dont wkae up tomorow", ("low", "moderate", "high", "imminent")),
        ("i just wnat to sleep and nevre wake up", ("low", "moderate", "high", "imminent")),
        ("i neevr want to hurt myslef again, therapy is working", ("none", "low")),
        ("woudl love to dye my hair purple this weekend", ("none",)),
        ("my sistre woudl never forget her keys lol", ("none",)),
    ],
)
def test_whole_messages_with_slips_are_read_as_meant(text: str, accepted: tuple[str, ...]) -> None:
    assert assess_text(text).level in accepted


def test_a_slip_never_lowers_the_level_of_the_plain_words() -> None:
    plain_level = assess_text("everyone would be better off without me").level
    slipped_level = assess_text("evreyone woudl be better off without me").level
    assert crisis_rank(slipped_level) >= crisis_rank(plain_level)


@pytest.mark.parametrize(
    ("token", "words"),
    [("tookall", "took all"), ("killmyself", "kill myself"), ("wannadie", "wanna die")],
)
def test_two_words_typed_without_a_space_are_split(token: str, words: str) -> None:
    assert corrected(token) == words


@pytest.mark.parametrize("token", ["youtube", "netflix", "beyonce", "hahaha", "idgaf"])
def test_a_glued_split_needs_two_common_words_of_the_rules(token: str) -> None:
    assert corrected(token) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("took to many pills", "took too many pills"),
        ("went to many places", "went to many places"),
        ("i took the hole bottle", "i took the whole bottle"),
    ],
)
def test_homophones_after_a_verb_of_taking(text: str, expected: str) -> None:
    assert correct_homophones(text) == expected
