"""Skip a regex cheaply when the text cannot match it.

``required_literals`` reads a compiled pattern and returns strings of which every match must
contain at least one ("kill myself|kms" -> {"kill myself", "kms"}). Checking those (through
their trigrams) costs far less than running the regex, and most messages contain none of them. The strings
are derived from the pattern itself, so the filter can never disagree with the rule; when a
pattern is too free to derive anything, it simply always runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

try:  # the parser is internal to `re`; without it every pattern just runs
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    sre_parse = None
    sre_constants = None

Literals = frozenset[str] | None  # None: nothing is required (always run)


class PatternText(Protocol):
    """What the gates read of a pattern: a compiled one, or a rule's not yet compiled."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


_MAX_ALTERNATIVES = 160
_MIN_LENGTH = 3  # shorter literals ("a", " ") are in nearly every message
_MAX_LENGTH = 6  # a prefix of a required literal is required too, and merges alternatives
# Ordinary chat, to judge how often a literal shows up in messages without any risk: of two
# required parts of a pattern, the gate uses the one whose literals appear here least.
_EVERYDAY_TEXT = (
    " i had a good day at work and then i went to the shop to get some food for dinner. "
    "my therapist said i should try to sleep more, so i will go to bed early tonight. "
    "i'm so tired of this weather, it's been raining all week and i can't wait for the "
    "weekend. took my meds this morning, mood is about 6 out of 10, anxiety is a bit high. "
    "we are going to see a movie with my friends later, i think it will be fun. "
    "i need to call my mom back, she wants to know if we're coming for the holidays. "
    "my boss is going to kill me, i forgot the report again. the kids made a mess in the "
    "kitchen and i have to clean it up before my partner gets home. i don't know what to do "
    "about my sister, she never answers her phone. honestly i feel okay today, just a bit "
    "flat. i want to start running again and maybe cut back on sugar. keep my head above "
    "water, sort out the flat, walk the dog, end of the day, had a shower and went out. "
    "spent the afternoon answering emails while the builders drilled next door, then made "
    "dinner and watched a show. trying to get through the week, my sister came over after "
    "work and we talked about her new job. i'm tired but okay, i'll try to sleep early. "
    "the meeting ran late, the train was delayed and i forgot my keys at home. took a walk "
    "in the park, read a book, cleaned the kitchen, called my friend, went to the gym. "
    "my therapist asked how i'm doing, i said a bit better. feeling anxious about money, "
    "the kids are off school next week, my partner is cooking tonight, we might go out. "
)


def required_literals(pattern: PatternText) -> Literals:
    parts = required_parts(pattern)
    literals = parts[0] if parts else None
    if not literals or any(not text for text in literals):
        return None
    return literals


def required_parts(pattern: PatternText) -> list[frozenset[str]]:
    """The literal group of each required part of the pattern, most selective first.

    Every match holds a literal of every group: "want to (kill myself|kms)" gives {"want"}
    and {"kill m", "kms"}.
    """
    return list(parts_of(pattern.pattern, pattern.flags))


def parts_of(source: str, flags: int) -> tuple[frozenset[str], ...]:
    """``required_parts`` of a pattern's source: read once per process (or per cache file)."""
    key = (source, flags)
    found = _READ.get(key)
    if found is None:
        found = _READ[key] = _read_parts(source, flags)
    return found


def _read_parts(source: str, flags: int) -> tuple[frozenset[str], ...]:
    if sre_parse is None:
        return ()
    try:
        parsed = sre_parse.parse(source, flags)
    except Exception:
        return ()
    # Stable sort: of equally selective parts the first stays first, as max() would pick it.
    return tuple(sorted(_parts(list(parsed)), key=_score, reverse=True))


# Every pattern read so far: (source, flags) -> its parts. Reading hundreds of patterns apart
# costs most of a second, so gate_cache.py keeps this on disk between runs.
_READ: dict[tuple[str, int], tuple[frozenset[str], ...]] = {}


def remember_parts(known: dict[tuple[str, int], tuple[frozenset[str], ...]]) -> None:
    """Take patterns read by an earlier run (the same reading code): they are not read again."""
    _READ.update(known)


def parts_read() -> dict[tuple[str, int], tuple[frozenset[str], ...]]:
    return dict(_READ)


def parts_count() -> int:
    return len(_READ)


def _parts(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    parts: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) >= _MIN_LENGTH:
            parts.append(_compact({"".join(run)}))
        run = []
        if op is not None:
            part = _node(op, arg)
            if part is not None:
                parts.append(part)
    return parts


def _sequence(items: list[tuple[Any, Any]]) -> Literals:
    """Literals required by a concatenation: the most selective of its parts."""
    parts = _parts(items)
    return max(parts, key=_score) if parts else None


def _node(op: Any, arg: Any) -> Literals:
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is sre_constants.BRANCH:
        return _union(_sequence(list(branch)) for branch in arg[1])
    if op is sre_constants.IN:
        return None  # a single character class is never selective enough
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, _high, item = arg
        return _sequence(list(item)) if low >= 1 else None
    return None  # anchors, lookarounds, any-character, categories: no requirement


def _union(parts: Iterator[Literals]) -> Literals:
    merged: set[str] = set()
    for part in parts:
        if part is None:
            return None
        merged |= part
    compact = _compact(merged)
    return compact if len(compact) <= _MAX_ALTERNATIVES else None


def _compact(literals: set[str]) -> frozenset[str]:
    """Shorten to a common prefix length and drop any literal that contains another."""
    short = {text[:_MAX_LENGTH] for text in literals}
    return frozenset(
        text for text in short if not any(other != text and other in text for other in short)
    )


def _score(literals: frozenset[str]) -> tuple[int, int, int]:
    """Higher is more selective: rarer in everyday text, longer, fewer to check."""
    seen = sum(_EVERYDAY_TEXT.count(text) for text in literals)
    return (-seen, min(len(text) for text in literals), -len(literals))


def trigrams(text: str) -> frozenset[str]:
    """Every three-character slice of the text: the index the gates are checked against."""
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


class GateIndex:
    """Which of many patterns could match a text, found with one set intersection.

    Each pattern's required literals are filed under their rarest trigram. The text's
    trigrams are intersected with all the keys at once; only the literals under shared keys
    are then looked for with ``in``. Patterns with nothing required always pass.
    """

    __slots__ = ("_always", "_by_key", "_keys", "literals")

    def __init__(self, patterns: Sequence[PatternText]) -> None:
        by_key: dict[str, list[tuple[int, str]]] = {}
        always: list[int] = []
        # Per pattern, the literals one of which every match holds (None: no such literals).
        self.literals: list[tuple[str, ...] | None] = []
        for position, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            self.literals.append(tuple(sorted(literals)) if literals else None)
            if not literals:
                always.append(position)
                continue
            for literal in sorted(literals):
                by_key.setdefault(_rarest_trigram(literal), []).append((position, literal))
        self._by_key = {key: tuple(entries) for key, entries in by_key.items()}
        self._keys = frozenset(by_key)
        self._always = tuple(always)

    def candidates(self, text: str, text_trigrams: frozenset[str]) -> list[int]:
        """Positions (in the order given) of the patterns that may match the text."""
        found = set(self._always)
        for key in self._keys & text_trigrams:
            for position, literal in self._by_key[key]:
                if position not in found and literal in text:
                    found.add(position)
        return sorted(found)


def _rarest_trigram(literal: str) -> str:
    candidates = [literal[i : i + 3] for i in range(len(literal) - 2)]
    return min(candidates, key=lambda tri: (_EVERYDAY_TEXT.count(tri), " " in tri))


def occurrences(text: str, literals: tuple[str, ...]) -> list[int]:
    """Sorted start offsets of every occurrence of any of the literals in the text."""
    found: list[int] = []
    for literal in literals:
        start = text.find(literal)
        while start >= 0:
            found.append(start)
            start = text.find(literal, start + 1)
    return sorted(found)
