"""Ordinary typing slips undone for the canonical view ("evryone wuld be beter off").

The hand tables of ``lexicon`` fix known misspellings of the key words; this module fixes the
rest of the words the rules spell. A token is corrected only when all of these hold:

- it is at least four letters long, all letters, and no English word: not in pyspellchecker's
  English word-frequency list (which also holds common first names and places), nor a word the
  rules spell themselves ("kms", drug names);
- the most frequent English word one slip away (a missing, extra, wrong or swapped letter:
  Damerau-Levenshtein distance 1) is a word of four letters or more that the rules spell, and
  at least ``CLEAR_LEAD`` times as frequent as the next reading: when two readings are close
  ("nver": never or over), the writer's word is a guess and stays;
- a token of eight letters or more with no English word one slip away may be a word the rules
  spell with two letters left out ("evrythng"), by the same choice. Other two-slip changes
  were left out: on simulated two-slip typos of long words among the 30,000 most frequent, they
  turned 1.3% of non-rule words into a rule word ("harming"), against 0.5% for dropped letters.

A token that is two words typed without a space ("tookall", "killmyself") is split when both
halves are common words the rules spell (see ``_glued_apart``).
So a correction can only bring a word into a rule's reach, never move a real word; names and
words unknown to the list but far from the rules' vocabulary are left as written. The list is
loaded once, by ``prepare_spelling`` (``prepare_detector`` calls it at start-up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from spellchecker import SpellChecker

MIN_LENGTH = 4
# Two slips are corrected only in tokens this long: shorter ones have too many neighbours.
MIN_LENGTH_FOR_TWO_SLIPS = 8
# A correction needs its word to be this many times as frequent as the next reading.
CLEAR_LEAD = 3
MAX_UNKNOWN_PER_MESSAGE = 40

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_PLAIN_WORD = re.compile(r"[a-z]+")
# "want to dye tbh, ..." is the homophone of die when no object ("my hair", "it") follows.
_DYE_WITHOUT_OBJECT = re.compile(
    r"\bdye(?=(?: (?:tbh|ngl|fr|lowkey|tho|though|honestly))?\s*(?:$|[,.;!?\n]))"
)


@lru_cache(maxsize=1)
def load_dictionary() -> Mapping[str, int]:
    """English words and their frequencies (pyspellchecker's 160,000; 0.2 s and 40 MB once)."""
    return SpellChecker(language="en", distance=1).word_frequency.dictionary


def prepare_spelling() -> None:
    """Load the word list and index the rules' words now rather than on the first message."""
    _targets_by_deletion()
    _rule_only_words()


@lru_cache(maxsize=1)
def _target_words() -> frozenset[str]:
    """The English words the rules spell: the only words a token may be corrected to."""
    from bot.crisis.normalize import rule_words

    english = load_dictionary()
    return frozenset(word for word in rule_words() if word.isalpha() and word in english)


@lru_cache(maxsize=1)
def _rule_only_words() -> frozenset[str]:
    """Words the rules spell that the English list lacks ("kms", "seroquel"): never moved."""
    from bot.crisis.normalize import rule_words

    return rule_words() - _target_words()


@lru_cache(maxsize=1)
def _targets_by_deletion() -> dict[str, frozenset[str]]:
    """Each target word, and each target word with one or two letters deleted, -> the words.

    Two tokens within one slip of each other share a one-letter deletion (or one is the other
    with a letter deleted), so this index finds the few targets worth measuring against.
    """
    index: dict[str, set[str]] = {}
    for word in _target_words():
        for variant in {word} | _deletions(word, depth=2 if len(word) >= 6 else 1):
            index.setdefault(variant, set()).add(word)
    return {variant: frozenset(words) for variant, words in index.items()}


def _deletions(word: str, depth: int) -> set[str]:
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    if depth > 1:
        found |= {deeper for shorter in found for deeper in _deletions(shorter, depth - 1)}
    return found


def _one_slip_edits(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {left + right[1:] for left, right in splits if right}
    swaps = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    replaces = {left + letter + right[1:] for left, right in splits if right for letter in _LETTERS}
    inserts = {left + letter + right for left, right in splits for letter in _LETTERS}
    return (deletes | swaps | replaces | inserts) - {word}


def _could_be_slip(token: str) -> bool:
    """Could ``token`` be a slip at all: long enough, all letters, no known word?"""
    return (
        len(token) >= MIN_LENGTH
        and token not in load_dictionary()
        and token not in _rule_only_words()
        and _PLAIN_WORD.fullmatch(token) is not None
    )


@lru_cache(maxsize=8192)
def corrected(token: str) -> str | None:
    """The word of the rules that ``token`` is a slip of, or None to leave it as written."""
    if not _could_be_slip(token):
        return None
    return _slip_corrected(token) or _glued_apart(token)


# Two words typed without the space between them ("tookall", "killmyself", "wannadie"): split
# only into two words that the rules spell and that are common (so "kall" or a rare word never
# makes a split), preferring the split whose rarer half is the more common.
MIN_GLUED_LENGTH = 5
MIN_GLUED_FREQUENCY = 10_000


def _glued_apart(token: str) -> str | None:
    if len(token) < MIN_GLUED_LENGTH:
        return None
    english, targets = load_dictionary(), _target_words()
    best, best_rarer = None, 0
    for cut in range(2, len(token) - 1):
        left, right = token[:cut], token[cut:]
        if left not in targets or right not in targets:
            continue
        rarer = min(english.get(left, 0), english.get(right, 0))
        if rarer >= MIN_GLUED_FREQUENCY and rarer > best_rarer:
            best, best_rarer = f"{left} {right}", rarer
    return best


def _slip_corrected(token: str) -> str | None:
    nearby = _nearby_targets(token)
    if not nearby:
        return None
    english = load_dictionary()
    one_slip = {word: english[word] for word in _one_slip_edits(token) if word in english}
    if one_slip:
        return _clear_winner(one_slip, _target_words())
    if len(token) < MIN_LENGTH_FOR_TWO_SLIPS:
        return None
    two_letters_dropped = {
        word: english[word] for word in nearby if token in _deletions(word, depth=2)
    }
    return _clear_winner(two_letters_dropped, _target_words())


def _nearby_targets(token: str) -> set[str]:
    index = _targets_by_deletion()
    depth = 2 if len(token) >= MIN_LENGTH_FOR_TWO_SLIPS else 1
    found: set[str] = set()
    for variant in {token} | _deletions(token, depth):
        found |= index.get(variant, frozenset())
    return found


def _clear_winner(frequencies: Mapping[str, int], allowed: frozenset[str]) -> str | None:
    """The most frequent reading if it is allowed and clearly ahead of the next one."""
    if not frequencies:
        return None
    ranked = sorted(frequencies.items(), key=lambda item: -item[1])
    best, best_count = ranked[0]
    if best not in allowed or len(best) < MIN_LENGTH:
        return None
    if len(ranked) > 1 and best_count < CLEAR_LEAD * ranked[1][1]:
        return None
    return best


def typo_corrections(tokens: Iterable[str]) -> dict[str, str]:
    """Each token of a message that is a slip of a word of the rules -> that word.

    Only the first ``MAX_UNKNOWN_PER_MESSAGE`` distinct tokens missing from the word list are
    looked at: the first look at a token costs up to 0.3 ms, and a long message of made-up
    words must not cost seconds. The fast path asks this same function, so both agree.
    """
    english = load_dictionary()
    fixes: dict[str, str] = {}
    looked_at: set[str] = set()
    for token in tokens:
        if len(token) < MIN_LENGTH or token in english or token in looked_at:
            continue
        if len(looked_at) == MAX_UNKNOWN_PER_MESSAGE:
            break
        looked_at.add(token)
        correction = corrected(token)
        if correction is not None:
            fixes[token] = correction
    return fixes


# "a hole bottle of tylenol": a container or a supply, never a hole.
_HOLE_FOR_WHOLE = re.compile(
    r"\bhole (?=(?:bottle|box|pack|packet|strip|blister|tub|jar|supply|month|week|prescription)s?\b)"
)


# "took to many pills": too, after a verb of taking.
_TO_FOR_TOO = re.compile(
    r"\b((?:took|taken|take|taking|swallowed|had|ate|drank|downed|popped|drunk) )to (?=(?:many|much)\b)"
)


# "jump of the bridge": off.
_OF_FOR_OFF = re.compile(r"\b(jump(?:ing|ed)?|throw myself) of (?=(?:the|a|my|this|that)\b)")


def needs_homophones(text: str) -> bool:
    """Cheap test for ``correct_homophones`` (the canonical view's fast path asks it)."""
    return (
        "dye" in text
        or "hole " in text
        or " to m" in text
        or (" of " in text and _OF_FOR_OFF.search(text) is not None)
    )


def correct_homophones(text: str) -> str:
    """Read "dye" as die where it ends a clause, perhaps after "tbh", with no object; "hole" as
    whole before a container ("a hole bottle"); "to many" as too many after a verb of taking;
    "jump of the" as jump off."""
    if "hole " in text:
        text = _HOLE_FOR_WHOLE.sub("whole ", text)
    if " to m" in text:
        text = _TO_FOR_TOO.sub(r"\1too ", text)
    if " of " in text:
        text = _OF_FOR_OFF.sub(r"\1 off ", text)  # the pattern keeps the space after "off"
    if "dye" not in text:
        return text
    return _DYE_WITHOUT_OBJECT.sub("die", text)
