"""One crisis rule: a pattern, the level it means, and the context checks it needs."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Flag, auto
from functools import cached_property

from bot.crisis.context import When
from bot.crisis.gate_cache import keep_for, remembered_gates
from bot.crisis.levels import Level
from bot.crisis.prefilter import GateIndex, PatternText, required_parts


class Check(Flag):
    NONE = 0
    NEGATION = auto()  # a denial before the core cancels the match
    SUBJECT = auto()  # the clause must be about the writer (not a friend, a film, "you")
    HISTORY = auto()  # the long-ago past lowers it to low
    TONE = auto()  # laughter or a hyperbolic "if ..." lowers it one step (never below low)
    QUESTION = auto()  # a general question without "I" is capped at low
    ACCIDENT = auto()  # "cut myself shaving" is no self-harm
    MISTAKE = auto()  # "accidentally took a double dose" is no overdose attempt

    @classmethod
    def usual(cls) -> Check:
        return cls.NEGATION | cls.SUBJECT | cls.HISTORY | cls.TONE


@dataclass(frozen=True, slots=True)
class Timing:
    """Level and signal of a reported act, by when it happened."""

    now: tuple[Level, str]
    recent: tuple[Level, str]
    unstated: tuple[Level, str]
    long_ago: tuple[Level, str]

    @property
    def highest(self) -> Level:
        return max(self.now[0], self.recent[0], self.unstated[0], self.long_ago[0])

    def at(self, when: When) -> tuple[Level, str]:
        if when is When.NOW:
            return self.now
        if when is When.RECENT:
            return self.recent
        if when is When.LONG_AGO:
            return self.long_ago
        return self.unstated


@dataclass(frozen=True, slots=True)
class Innocent:
    """Words that show an innocent reading of a match ("bye, see you tomorrow"), and words that
    show it was meant after all ("... by the time you read this tomorrow I'll be gone").

    The innocent words count in the match's sentence, or anywhere when that sentence holds
    little beside the match ("bought a rope. going climbing saturday"). The ``meant`` words beat
    them: from outside the match when the innocent words share its sentence ("bye forever,
    moving to Australia!" stays a parting), from anywhere when they do not (a "tomorrow" in
    another sentence does not cancel "bye forever").
    """

    words: re.Pattern[str]
    meant: re.Pattern[str] | None = None


class RulePattern:
    """A rule's regex, compiled the first time a text gets past the rule's gate.

    Most rules never meet a text that passes their gate in a short run (`sanctum analyze` over
    everyday lines let about one rule in seven through), and compiling them all is a third of
    a second of start-up. The bot compiles every rule at start (``RuleSet.prepare``), so no
    message waits for one. The gates read ``pattern`` and ``flags`` without compiling.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.flags = re.UNICODE  # as re.compile reports it for a text pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled().groupindex

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def __repr__(self) -> str:
        return f"RulePattern({self.pattern!r})"


@dataclass(frozen=True, slots=True)
class Rule:
    signal: str
    level: Level
    pattern: RulePattern
    checks: Check = Check.NONE
    # Level when the message names a near time ("tonight", "in an hour"), if that raises it;
    # below high only a definite time counts ("right now" or "tonight", not "now" or "today").
    soon_level: Level | None = None
    timing: Timing | None = None
    # Words that show an innocent reading ("bye, see you tomorrow"); see ``Innocent``.
    unless: Innocent | None = None


class RuleSet:
    """Rules checked together, with an index that skips those the text cannot match."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        keep_for(rule.pattern for rule in rules)

    def __add__(self, other: RuleSet) -> RuleSet:
        return RuleSet(self.rules + other.rules)

    @cached_property
    def _index(self) -> GateIndex:
        # Built on first use (or by prepare()): only the sets in use pay for reading patterns.
        with remembered_gates():
            return GateIndex([rule.pattern for rule in self.rules])

    @cached_property
    def _second_parts(self) -> list[tuple[str, ...] | None]:
        """A second required part of each rule, checked once the index lets a rule through."""
        with remembered_gates():
            return [_second_part(rule.pattern) for rule in self.rules]

    def prepare(self) -> None:
        """Read and compile the patterns now rather than on the first message that needs them."""
        _ = self._index, self._second_parts
        for rule in self.rules:
            rule.pattern.compiled()

    def runnable(
        self, text: str, text_trigrams: frozenset[str]
    ) -> list[tuple[Rule, tuple[str, ...] | None]]:
        """The rules that may match, each with the literals every match of it holds."""
        runnable = []
        for i in self._index.candidates(text, text_trigrams):
            second = self._second_parts[i]
            if second is None or any(literal in text for literal in second):
                runnable.append((self.rules[i], self._index.literals[i]))
        return runnable


def _second_part(pattern: PatternText) -> tuple[str, ...] | None:
    parts = required_parts(pattern)
    return tuple(sorted(parts[1])) if len(parts) > 1 else None


def rule(
    signal: str,
    level: Level,
    pattern: str,
    checks: Check = Check.NONE,
    *,
    soon: Level | None = None,
    timing: Timing | None = None,
    unless: Innocent | None = None,
) -> Rule:
    return Rule(signal, level, RulePattern(pattern), checks, soon, timing, unless)


def top_level_alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level: "a|(b|c)|d" -> ["a", "(b|c)", "d"]."""
    parts, depth, start, in_class, escaped = [], 0, 0, False, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def each_alone(
    signal: str,
    level: Level,
    pattern: str,
    checks: Check = Check.NONE,
    *,
    soon: Level | None = None,
    timing: Timing | None = None,
    unless: Innocent | None = None,
) -> tuple[Rule, ...]:
    """One rule per top-level alternative of ``pattern``, each with its own ``core`` group.

    A rule stops at its first full-strength match, so two signs of one kind are seen (and add
    up) only as two rules ("walked down to the tracks", "timed when the freight comes
    through"); and a pattern can hold only one group named ``core``."""
    return tuple(
        rule(signal, level, part, checks, soon=soon, timing=timing, unless=unless)
        for part in top_level_alternatives(pattern)
    )
