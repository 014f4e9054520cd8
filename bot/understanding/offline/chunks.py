"""Cutting a short phrase out of a clause: the cause of a shift, what someone was doing.

A phrase runs from a given word to the end of its clause, but stops early at a new subject
("... and I felt"), a time word ("today", "this morning"), a feeling word or a word another
rule already explained, and never exceeds a handful of words.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.understanding.offline.text import Doc

STOP_WORDS = frozenset(
    {
        "and",
        "but",
        "so",
        "then",
        "now",
        "which",
        "i",
        "im",
        "ive",
        "id",
        "feel",
        "feeling",
        "felt",
        "feels",
        "lol",
        "lmao",
        "haha",
        "hahaha",
        "tbh",
        "ngl",
        "idk",
        "honestly",
        "though",
        "also",
        "plus",
        "anyway",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "earlier",
        "again",
        "lately",
        "recently",
        "rn",
        "atm",
        "anymore",
        "still",
        "too",
        "because",
        "cause",
        "since",
        "after",
        "when",
        "while",
        "made",
        "makes",
        "making",
    }
)
TIME_WORDS = frozenset(
    {
        "yesterday",
        "today",
        "tonight",
        "morning",
        "mornings",
        "afternoon",
        "evening",
        "night",
        "nights",
        "week",
        "weeks",
        "weekend",
        "month",
        "months",
        "year",
        "years",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "ages",
        "forever",
        "then",
        "now",
        "midnight",
        "noon",
        "while",
        "moment",
        "bit",
        "time",
        "ever",
        "tomorrow",
        "earlier",
        "recently",
        "lately",
        "sec",
        "second",
        "seconds",
        "awhile",
        "once",
        "first",
        "last",
    }
)
# "this morning", "last night", "all day": the second word makes the pair a time.
_TIME_OPENERS = frozenset(
    {"this", "last", "all", "every", "each", "the", "that", "since", "for", "most"}
)
_LEADING_FILLER = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "last",
        "next",
        "all",
        "past",
        "few",
        "couple",
        "of",
        "about",
        "like",
        "around",
        "almost",
        "over",
        "nearly",
        "whole",
        "entire",
        "same",
        "several",
        "many",
        "some",
        "two",
        "three",
    }
)
_TRAILING_JUNK = frozenset(
    {
        "the",
        "being",
        "a",
        "an",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "to",
        "of",
        "with",
        "without",
        "at",
        "for",
        "and",
        "or",
        "was",
        "is",
        "were",
        "are",
        "be",
        "been",
        "really",
        "so",
        "very",
        "just",
        "got",
        "get",
        "that",
        "this",
        "it",
        "its",
        "like",
        "about",
        "from",
        "by",
        "as",
        "had",
        "have",
        "has",
        "did",
        "do",
        "kept",
        "keeps",
        "always",
        "totally",
        "completely",
        "literally",
        "basically",
        "such",
        "some",
        "he",
        "she",
        "they",
        "we",
        "you",
        "s",
    }
)
MAX_PHRASE_WORDS = 7
MAX_PHRASE_CHARS = 60


def phrase_from(
    doc: Doc, start: int, blocked: Collection[int], max_words: int = MAX_PHRASE_WORDS
) -> tuple[int, int] | None:
    """Word range (first, last) of the phrase starting at ``start``, or None when empty."""
    words = doc.words
    total = len(words)
    last = None
    index = start
    while index < total and index - start < max_words and doc.same_clause(index, start):
        word = words[index]
        if index in blocked or (
            index > start and word in STOP_WORDS and not _an_amount(doc, index)
        ):
            break
        if (
            index + 1 < total
            and word in _TIME_OPENERS
            and words[index + 1] in TIME_WORDS
            and index > start
        ):
            break
        last = index
        index += 1
    if last is None:
        return None
    last = _without_trailing_junk(doc, start, last)
    if words[last] in _TRAILING_JUNK and not _hyphenated(doc, last):
        return None
    return start, last


_AMOUNTS = frozenset({"much", "many", "little", "few"})


def _an_amount(doc: Doc, index: int) -> bool:
    """'way too much coffee': "too" measures the thing that follows, it does not end the phrase."""
    return (
        doc.words[index] == "too"
        and index + 1 < len(doc)
        and doc.words[index + 1] in _AMOUNTS
        and doc.same_clause(index, index + 1)
    )


def _without_trailing_junk(doc: Doc, first: int, last: int) -> int:
    while last > first and doc.words[last] in _TRAILING_JUNK and not _hyphenated(doc, last):
        last -= 1
    return last


def _hyphenated(doc: Doc, index: int) -> bool:
    """'break-in', 'check-up': the word belongs to the one before it."""
    return index > 0 and doc.gap_before(index) == "-"


def is_time_phrase(doc: Doc, first: int, last: int) -> bool:
    """'the weekend', 'last night', 'a few days', '3pm': a time, not a cause or a place."""
    for index in range(first, last + 1):
        word = doc.words[index]
        if word in _LEADING_FILLER or (
            word == "long" and doc.words[index + 1 : index + 2] in _LONG
        ):
            continue  # "(after) long time", "a long while"
        if word.isdigit() and index < last and doc.words[index + 1] not in _CLOCK_OR_TIME:
            return False  # "4 coffees", "3 meetings": a count of things, not a time
        if word in _MEALS:
            return index == last  # "calm by lunch" is a time; "lunch with my mum" an event
        if word in TIME_WORDS and index < last and _names_a_thing(doc.words[index + 1]):
            return False  # "sunday roast", "this morning's espresso": a thing named by its time
        if (
            word in TIME_WORDS
            and index + 1 < last
            and doc.words[index + 1] == "of"
            and doc.words[index + 2] not in TIME_WORDS
            and not doc.words[index + 2].isdigit()
        ):
            return False  # "two nights of no sleep", "a week of rain": what filled the time
        return word in TIME_WORDS or word[0].isdigit()
    return True


def _names_a_thing(word: str) -> bool:
    """Whether ``word``, right after a time word, is the thing the time qualifies."""
    return (
        len(word) > 2
        and word.isalpha()
        and word not in _CLOCK_OR_TIME
        and word not in _TIME_CONTINUATIONS
        and not word.endswith(("ed", "ly", "nt"))
    )


# Words that carry on a time ("monday at 9", "last week was") rather than name a thing.
_TIME_CONTINUATIONS = frozenset(
    {
        "ago",
        "and",
        "or",
        "at",
        "in",
        "on",
        "of",
        "to",
        "for",
        "with",
        "from",
        "by",
        "around",
        "about",
        "before",
        "after",
        "till",
        "until",
        "onwards",
        "far",
        "was",
        "is",
        "were",
        "are",
        "has",
        "had",
        "have",
        "been",
        "went",
        "got",
        "gets",
        "will",
        "would",
        "could",
        "just",
        "too",
        "though",
        "off",
        "away",
        "long",
        "through",
        "into",
        "onward",
        "which",
        "that",
        "when",
        "where",
        "while",
        "because",
        "since",
        "but",
        "then",
        "now",
    }
)


_LONG = (("time",), ("while",))
_MEALS = frozenset({"breakfast", "brunch", "lunch", "lunchtime", "dinner", "dinnertime", "supper"})
_CLOCK_OR_TIME = TIME_WORDS | {"am", "pm", "o'clock", "oclock", "hrs", "hr", "mins", "min", "ish"}


def phrase_text(doc: Doc, first: int, last: int, budget: int = MAX_PHRASE_CHARS) -> str:
    """The writer's words for a phrase, shortened word by word to fit ``budget`` characters."""
    while last > first and doc.ends[last] - doc.starts[first] > budget:
        last -= 1
    last = _without_trailing_junk(doc, first, last)
    return doc.original(first, last)[:budget].strip()
