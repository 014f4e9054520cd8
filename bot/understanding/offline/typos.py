"""Typo tolerance: one edit (insert, delete, substitute, swap two neighbours) in longer words,
two in very long ones.

A real English word is never "corrected": real_words_near_vocabulary.txt lists the dictionary
words that sit one edit away from a lexicon word ("sacred" is not a typo of "scared",
"lovely" not of "lonely"). blocklist.py regenerates it from system word lists.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

REAL_WORDS_FILE = "real_words_near_vocabulary.txt"


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one edit (Damerau: adjacent swaps count one)."""
    size_a, size_b = len(a), len(b)
    if abs(size_a - size_b) > 1:
        return False
    if size_a == size_b:
        diffs = [i for i in range(size_a) if a[i] != b[i]]
        if len(diffs) <= 1:
            return True
        first, second = diffs[0], diffs[-1]
        return (
            len(diffs) == 2
            and second == first + 1
            and a[first] == b[second]
            and a[second] == b[first]
        )
    shorter, longer = (a, b) if size_a < size_b else (b, a)
    index = 0
    while index < len(shorter) and shorter[index] == longer[index]:
        index += 1
    return shorter[index:] == longer[index + 1 :]


def within_two_edits(a: str, b: str) -> bool:
    """Optimal-string-alignment distance of at most two, for long words only (cheap band)."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, previous_previous[j - 2] + 1)
            current[j] = best
        if min(current) > 2:
            return False
        previous_previous, previous = previous, current
    return previous[-1] <= 2


@cache
def real_words_near_vocabulary() -> frozenset[str]:
    """Dictionary words one edit (two for long words) away from a lexicon word: never typos."""
    text = resources.files(__package__).joinpath(REAL_WORDS_FILE).read_text(encoding="utf-8")
    return frozenset(text.split())
