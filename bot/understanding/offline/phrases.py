"""Finding known phrases in a message's words, tolerant of small typos in longer words.

A ``PhraseMatcher`` indexes its phrases by first word, so a lookup costs one dictionary probe
per word of the message. Matches are longest-first and never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.understanding.offline.typos import (
    real_words_near_vocabulary,
    within_one_edit,
    within_two_edits,
)

V = TypeVar("V")

_PHRASE_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_CORRECTION_CACHE_LIMIT = 50_000
LONG_WORD = 10  # words this long may carry two typos


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a lexicon phrase, tokenised exactly as messages are."""
    return tuple(word.replace("'", "") for word in _PHRASE_WORD.findall(phrase.lower()))


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[V]):
    value: V
    first: int  # index of the first word
    last: int  # index of the last word (inclusive)


class PhraseMatcher(Generic[V]):
    """Longest-first, non-overlapping phrase lookup over a word sequence."""

    def __init__(self, phrases: Iterable[tuple[str, V]], typo_min_length: int | None = None):
        by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in phrases:
            words = phrase_words(phrase)
            if words:
                by_first.setdefault(words[0], []).append((words, value))
        for entries in by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self._by_first = by_first
        # Phrases of two words or more are looked up by their first two words, so a common
        # first word ("mood", "so") costs one probe, not a scan of every phrase it opens.
        by_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], V]]] = {}
        single: dict[str, V] = {}
        for first, entries in by_first.items():
            for words, value in entries:  # longest first
                if len(words) == 1:
                    single.setdefault(first, value)
                else:
                    by_pair.setdefault((first, words[1]), []).append((words, value))
        self._by_pair = by_pair
        self._single = single
        self.vocabulary = frozenset(
            word for entries in by_first.values() for e in entries for word in e[0]
        )
        self.first_words = frozenset(by_first)
        self._typo_min_length = typo_min_length
        self._deletions: dict[str, list[str]] = {}
        self._corrections: dict[str, str | None] = {}
        self._long_words: dict[str, list[str]] = {}
        if typo_min_length is not None:
            for word in self.vocabulary:
                if len(word) >= LONG_WORD and word.isalpha():
                    self._long_words.setdefault(word[0], []).append(word)
            for word in self.vocabulary:
                if len(word) >= typo_min_length and word.isalpha():
                    for variant in (word, *_deletions(word)):
                        self._deletions.setdefault(variant, []).append(word)

    def correct(self, word: str) -> str | None:
        """The vocabulary word ``word`` misspells, if any (real English words never are)."""
        cached = self._corrections.get(word, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        result = None
        if word not in real_words_near_vocabulary():
            result = self.nearest(word) or self.respelled(word)
        if len(self._corrections) > _CORRECTION_CACHE_LIMIT:
            self._corrections.clear()
        self._corrections[word] = result
        return result

    def nearest(self, word: str) -> str | None:
        """The vocabulary word one edit away from ``word`` (two for long words), with the same
        first letter; None for short, known or non-alphabetic words."""
        minimum = self._typo_min_length
        if minimum is None or len(word) < minimum or not word.isalpha() or word in self.vocabulary:
            return None
        candidates: set[str] = set()
        for variant in (word, *_deletions(word)):
            candidates.update(self._deletions.get(variant, ()))
        matches = sorted(
            c for c in candidates if c[0] == word[0] and c != word and within_one_edit(c, word)
        )
        if not matches and len(word) >= LONG_WORD:
            matches = sorted(
                c for c in self._long_words.get(word[0], ()) if within_two_edits(c, word)
            )
        return matches[0] if matches else None

    def respelled(self, word: str) -> str | None:
        """The vocabulary word ``word`` spells by sound ("panik", "manik"), if any.

        Short words are not corrected by edit distance (too many neighbours), but a sound-alike
        spelling that lands exactly on a vocabulary word is still the writer's meaning.
        """
        if self._typo_min_length is None or len(word) < _RESPELL_MIN or not word.isalpha():
            return None
        for variant in _sound_alikes(word):
            if variant in self.vocabulary:
                return variant
        return None

    def spelled(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """``words`` with unknown longer words replaced by the vocabulary word they misspell."""
        minimum = self._typo_min_length
        if minimum is None:
            return words
        vocabulary = self.vocabulary
        known = self._corrections
        fixes = None
        for index, word in enumerate(words):
            size = len(word)
            if (
                size >= minimum or (size >= _RESPELL_MIN and word[-1] in _SOUND_LAST)
            ) and word not in vocabulary:
                fixed = known.get(word, _MISSING)
                if fixed is _MISSING:
                    fixed = self.correct(word)
                if fixed is not None:
                    fixes = fixes or list(words)
                    fixes[index] = fixed
        return words if fixes is None else tuple(fixes)

    def find(self, words: tuple[str, ...]) -> list[PhraseHit[V]]:
        words = self.spelled(words)
        first_words = self.first_words
        by_pair = self._by_pair
        single = self._single
        hits: list[PhraseHit[V]] = []
        total = len(words)
        index = 0
        while index < total:
            word = words[index]
            step = 1
            if word in first_words:
                entries = by_pair.get((word, words[index + 1])) if index + 1 < total else None
                if entries is not None:
                    for phrase, value in entries:
                        size = len(phrase)
                        if size == 2 or words[index : index + size] == phrase:
                            hits.append(PhraseHit(value, index, index + size - 1))
                            step = size
                            break
                if step == 1 and word in single:
                    hits.append(PhraseHit(single[word], index, index))
            index += step
        return hits


_MISSING = object()
_RESPELL_MIN = 4
# Spellings by sound: (written ending, meant ending).
_SOUND_ENDINGS = (("k", "c"), ("x", "cks"), ("z", "s"))
_SOUND_LAST = frozenset(written[-1] for written, _ in _SOUND_ENDINGS)


_DOUBLED = re.compile(r"([a-z])\1")


def _sound_alikes(word: str) -> list[str]:
    bases = [word]
    single = _DOUBLED.sub(r"\1", word)
    if single != word and word.endswith("k"):
        bases.append(single)  # "pannik": a doubled letter sounds as one
    variants = [
        base[: -len(written)] + meant
        for base in bases
        for written, meant in _SOUND_ENDINGS
        if base.endswith(written)
    ]
    if "kk" in word:
        variants.append(word.replace("kk", "ck"))
    if "ph" in word:
        variants.append(word.replace("ph", "f"))
    elif "f" in word:
        variants.append(word.replace("f", "ph"))
    return variants


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]
