"""The user's own crisis phrases ("going to the bridge", "I'm doing the thing").

Both the phrase and the message are reduced to bare words (no case, punctuation or extra
space, common contractions unified) so that "Im doing the thing!!" matches "I'm doing the
thing". A negation just before the phrase ("I'm not going to the bridge") cancels it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.crisis.normalize import plain_view

_NOT_WORD = re.compile(r"[^a-z0-9]+")
_SPLIT_APOSTROPHE = re.compile(r"'")
_EXPANSIONS = (
    (re.compile(r"\bi am\b"), "im"),
    (re.compile(r"\bcan ?not\b"), "cant"),
    (re.compile(r"\bdo not\b"), "dont"),
    (re.compile(r"\bwill not\b"), "wont"),
    (re.compile(r"\bit is\b"), "its"),
    (re.compile(r"\bi will\b"), "ill"),
    (re.compile(r"\bi have\b"), "ive"),
)
_NEGATORS = frozenset(
    {"not", "never", "no", "dont", "didnt", "wont", "cant", "isnt", "wasnt", "arent", "nor"}
    | {"havent", "wouldnt", "shouldnt", "aint", "stop", "stopped", "quit", "nothing"}
)
_NEGATION_REACH = 3  # words before the phrase in which a negator cancels it


def bare_words(text: str) -> str:
    """Lower-case words separated by single spaces, contractions unified."""
    words = _NOT_WORD.sub(" ", _SPLIT_APOSTROPHE.sub("", text.lower())).strip()
    for pattern, replacement in _EXPANSIONS:
        words = pattern.sub(replacement, words)
    return words


@lru_cache(maxsize=1024)
def _compile(phrases: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], bool], ...]:
    compiled = []
    for phrase in phrases:
        words = bare_words(plain_view(phrase))
        if not words:
            continue
        negated_itself = words.split(" ", 1)[0] in _NEGATORS
        pattern = re.compile(r"(?<![a-z0-9])" + re.escape(words) + r"(?![a-z0-9])")
        compiled.append((pattern, negated_itself))
    return tuple(compiled)


def matches_personal_phrase(views: Iterable[str], phrases: Sequence[str]) -> bool:
    """True when a (non-negated) personal phrase occurs in one of the views of a message."""
    compiled = _compile(tuple(p for p in phrases if isinstance(p, str)))
    if not compiled:
        return False
    for view in map(bare_words, views):
        for pattern, negated_itself in compiled:
            for match in pattern.finditer(view):
                if negated_itself or not _negated_before(view, match.start()):
                    return True
    return False


def _negated_before(view: str, start: int) -> bool:
    before = view[max(0, start - 60) : start].split()[-_NEGATION_REACH:]
    return any(word in _NEGATORS for word in before)
