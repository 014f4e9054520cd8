"""What the person was doing when they wrote or when the mood shifted ("on the train",
"cleaning", "reorganising the kitchen")."""

from __future__ import annotations

from collections.abc import Collection

from bot.understanding.offline.chunks import phrase_from, phrase_text
from bot.understanding.offline.lexicon import one_word_feelings
from bot.understanding.offline.text import Doc
from bot.understanding.offline.triggers import find_place

_NOT_ACTIVITIES = frozenset(
    {
        "feeling",
        "being",
        "going",
        "trying",
        "getting",
        "thinking",
        "shaking",
        "sweating",
        "freaking",
        "coping",
        "doing",
        "having",
        "starting",
        "making",
        "taking",
        "something",
        "nothing",
        "anything",
        "everything",
        "morning",
        "evening",
        "during",
        "bring",
        "thing",
        "king",
        "ring",
        "spring",
        "sibling",
        "ceiling",
        "wedding",
        "meeting",
        "sing",
        "wing",
        "swing",
        "string",
        "sting",
        "pudding",
        "darling",
        "ping",
        "feelings",
        "zoning",
        "losing",
        "falling",
        "breaking",
        "melting",
        "calming",
        "managing",
        "functioning",
        "surviving",
        "hanging",
        "holding",
        "racing",
        "pounding",
        "thumping",
        "tingling",
        "trembling",
        "throbbing",
        "aching",
        "spinning",
        "lying",
        "saying",
        "telling",
        "asking",
        "wondering",
        "hoping",
        "planning",
        "waiting",
        "sleeping",
        "waking",
        "missing",
        "skipping",
        "forgetting",
        "annoying",
        "upsetting",
        "worsening",
        "improving",
        "recovering",
        "relapsing",
    }
)
_WHILE = frozenset({"while", "whilst"})
_PROGRESSIVE = frozenset({"was", "were", "am", "im", "been", "are", "is", "busy", "out"})
_SPENT = frozenset({"spent", "spend", "spending"})
_MAX_ACTIVITY_WORDS = 5


def find_activity(doc: Doc, blocked: Collection[int]) -> str | None:
    for finder in (_while_doing, _spent_doing, _place, _progressive):
        found = finder(doc, blocked)
        if found is not None:
            return phrase_text(doc, *found) or None
    return None


def _is_activity(doc: Doc, index: int, blocked: Collection[int]) -> bool:
    word = doc.words[index]
    return (
        len(word) >= 5
        and word.endswith("ing")
        and word not in _NOT_ACTIVITIES
        and word not in one_word_feelings()
        and index not in blocked
        and word.isalpha()
    )


def _activity_from(doc: Doc, index: int, blocked: Collection[int]) -> tuple[int, int] | None:
    if not _is_activity(doc, index, blocked):
        return None
    return phrase_from(doc, index, blocked, max_words=_MAX_ACTIVITY_WORDS)


def _next_activity(
    doc: Doc, start: int, blocked: Collection[int], reach: int
) -> tuple[int, int] | None:
    for index in range(start, min(start + reach, len(doc))):
        if not doc.same_clause(index, start):
            return None
        found = _activity_from(doc, index, blocked)
        if found is not None:
            return found
    return None


def _while_doing(doc: Doc, blocked: Collection[int]) -> tuple[int, int] | None:
    for index, word in enumerate(doc.words):
        if word in _WHILE:
            found = _next_activity(doc, index + 1, blocked, reach=3)
            if found is not None:
                return found
    return None


def _spent_doing(doc: Doc, blocked: Collection[int]) -> tuple[int, int] | None:
    for index, word in enumerate(doc.words):
        if word in _SPENT:
            found = _next_activity(doc, index + 1, blocked, reach=5)
            if found is not None:
                return found
    return None


def _place(doc: Doc, blocked: Collection[int]) -> tuple[int, int] | None:
    return find_place(doc, blocked)


def _progressive(doc: Doc, blocked: Collection[int]) -> tuple[int, int] | None:
    words = doc.words
    for index, word in enumerate(words[:-1]):
        if word in _PROGRESSIVE or (index == 0 or not doc.same_clause(index - 1, index)):
            target = index + 1 if word in _PROGRESSIVE else index
            found = _activity_from(doc, target, blocked)
            if found is not None:
                return found
    return None
