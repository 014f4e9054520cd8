"""Running the rules over one view of a message and weighing each match in its context."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from bot.crisis.context import (
    Referent,
    Segments,
    Span,
    When,
    answered_no,
    answered_yes,
    back_again,
    denied_after,
    first_believed,
    has_condition,
    has_laughter,
    has_nuisance,
    in_a_dream,
    is_accident,
    is_last_straw_joke,
    is_mentioned,
    is_mistake,
    is_negated,
    is_study_question,
    is_trivial_preference,
    mentions_first_person,
    on_someone_else,
    people_assume,
    quoted_speaker,
    referent,
    retracts_denial,
    revealed_as_me,
    study_framed,
    taken_back_as_joke,
    time_of,
    told_to,
    you_means_me,
)
from bot.crisis.levels import Hit, Level
from bot.crisis.message_facts import MessageFacts, act_time
from bot.crisis.prefilter import occurrences, trigrams
from bot.crisis.rule import Check, Innocent, Rule, RuleSet

# Texts up to this length are scanned whole; longer ones only around each rule's literals.
_WHOLE_TEXT_SCAN = 600
# How far a match may reach from the literal it must hold; a match spans one sentence at most.
_MATCH_REACH = 300
# A sentence with no more words than this beside a match says nothing more about it.
_BARE_SENTENCE_WORDS = 3
_WORD = re.compile(r"[a-z0-9']+")


def _windows(anchors: list[int]) -> Iterator[tuple[int, int]]:
    """Runs of literal offsets close enough that their search windows overlap."""
    if not anchors:
        return
    first = last = anchors[0]
    for anchor in anchors[1:]:
        if anchor - last > 2 * _MATCH_REACH:
            yield first, last
            first = anchor
        last = anchor
    yield first, last


# Questions about doses and ways stay research whatever the reason given ("a lethal dose? asking
# for a school project"); questions about what suicidal thoughts or self-harm are do not.
_ASKED_EVEN_FOR_STUDY = frozenset(
    {"method_research", "method_question", "method_thoughts", "overdose_intent", "pill_quantity"}
)


class ViewScan:
    """One view of a message with its clauses and whole-message facts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._innocent: dict[tuple[int, int, int], bool] = {}  # (words, span) -> found in it

    @cached_property
    def segments(self) -> Segments:
        return Segments(self.text)

    @cached_property
    def trigrams(self) -> frozenset[str]:
        return trigrams(self.text)

    @cached_property
    def _study_framed(self) -> bool:
        return study_framed(self.text)

    @cached_property
    def facts(self) -> MessageFacts:
        return MessageFacts.of(self.text)

    def hits(self, rules: RuleSet) -> Iterator[Hit]:
        return (hit for hit, _ in self.hits_with_spans(rules))

    def hits_with_spans(self, rules: RuleSet) -> Iterator[tuple[Hit, tuple[int, int]]]:
        """Each hit with the span of the words that made it."""
        for rule, literals in rules.runnable(self.text, self.trigrams):
            for match in self._matches(rule, literals):
                hit = self._weigh(rule, match)
                if hit is not None:
                    yield hit, match.span()
                    if hit.level >= self._ceiling(rule):
                        break  # later matches of this rule cannot raise the level

    def _matches(self, rule: Rule, literals: tuple[str, ...] | None) -> Iterator[re.Match[str]]:
        """The rule's matches; in a long text, searched only near its required literals."""
        text = self.text
        if literals is None or len(text) <= _WHOLE_TEXT_SCAN:
            yield from rule.pattern.finditer(text)
            return
        searched_to = 0  # matches never overlap, as with finditer
        for first, last in _windows(occurrences(text, literals)):
            start = max(searched_to, first - _MATCH_REACH)
            for match in rule.pattern.finditer(text, start, min(len(text), last + _MATCH_REACH)):
                if match.start() > last:
                    break  # every match holds a literal: none can start after the last one
                searched_to = match.end()
                yield match

    def _ceiling(self, rule: Rule) -> Level:
        """The highest level this rule can reach in this message."""
        if rule.timing is not None:
            return rule.timing.highest
        soon = self.facts.soon_any if rule.level >= Level.HIGH else self.facts.soon_definite
        if rule.soon_level is not None and soon:
            return max(rule.level, rule.soon_level)
        return rule.level

    def _weigh(self, rule: Rule, match: re.Match[str]) -> Hit | None:
        """The hit a match makes in its context, or None when the context cancels it."""
        core = match.start("core") if "core" in rule.pattern.groupindex else -1
        core = core if core >= 0 else match.start()
        clause = self.segments.clause_at(match.start())
        sentence = self.segments.sentence_at(match.start())
        who = self._who(rule, clause, sentence, core)
        subject_checked = Check.SUBJECT in rule.checks
        if (
            who is Referent.SELF
            and subject_checked
            and on_someone_else(self.text, match.end(), sentence.end)
        ):
            who = Referent.OTHER  # "found fresh cuts on his arm"
        if who in (Referent.OTHER, Referent.MEDIA) or self._cancelled(
            rule, clause, sentence, core, match
        ):
            return None
        if rule.timing is not None:
            level, signal = rule.timing.at(act_time(self.text, self.segments, self.facts, core))
            if self._told_as_over(core):  # "I tried to overdose in 2015. I'm in a good place now"
                level, signal = Level.NONE, "past_resolved"
        else:
            level, signal = self._timed_level(rule, core)
        return Hit(signal, self._softened(rule, level, who, clause, core))

    def _cancelled(
        self, rule: Rule, clause: Span, sentence: Span, core: int, match: re.Match[str]
    ) -> bool:
        text, checks, end = self.text, rule.checks, match.end()
        return (
            (
                Check.NEGATION in checks
                and (
                    is_negated(text, clause.start, core)
                    or denied_after(text, end, sentence.end)
                    or answered_no(text, sentence, core)
                )
                and not retracts_denial(text, clause.end)
            )
            or (Check.ACCIDENT in checks and is_accident(text, sentence))
            or (Check.MISTAKE in checks and is_mistake(text, sentence))
            or is_mentioned(text, clause.start, match.start(), match.end())
            or (
                self._study_framed
                and rule.signal not in _ASKED_EVEN_FOR_STUDY
                and is_study_question(text, sentence, clause)
            )
            or self._innocent_reading(rule, sentence, match)
        )

    def _innocent_reading(self, rule: Rule, sentence: Span, match: re.Match[str]) -> bool:
        """Whether the rule's innocent words are near the match and nothing says it was meant.

        Innocent words in the match's own sentence give way only to "meant" words outside the
        match ("bye forever, moving to Australia!" stays a parting); innocent words found only
        beyond a sentence that holds little else give way to "meant" words anywhere ("bye
        forever. couldn't face moving again").
        """
        innocent = rule.unless
        if innocent is None:
            return False
        text = self.text
        if self._innocent_words_in(innocent, sentence):
            meant_only_outside_match = True
        else:
            outside = text[sentence.start : match.start()] + " " + text[match.end() : sentence.end]
            bare = len(_WORD.findall(outside)) <= _BARE_SENTENCE_WORDS
            if not (bare and self._innocent_words_in(innocent, Span(0, len(text)))):
                return False
            meant_only_outside_match = False
        if innocent.meant is None:
            return True
        return not any(
            not meant_only_outside_match
            or found.end() <= match.start()
            or found.start() >= match.end()
            for found in innocent.meant.finditer(text)
        )

    def _innocent_words_in(self, innocent: Innocent, span: Span) -> bool:
        key = (id(innocent), span.start, span.end)
        if key not in self._innocent:
            found = first_believed(innocent.words, self.text, span)
            self._innocent[key] = found is not None
        return self._innocent[key]

    def _softened(self, rule: Rule, level: Level, who: Referent, clause: Span, core: int) -> Level:
        """Lower a level for jokes, hyperbolic conditions and annoyances, generic "you", general
        questions."""
        text = self.text
        if Check.TONE in rule.checks and level > Level.LOW:
            softened = (
                level
                - has_laughter(text, clause)
                - has_condition(text, clause)
                - has_nuisance(text, clause)
            )
            level = Level(max(Level.LOW, softened))
            if taken_back_as_joke(text, clause):
                level = Level.LOW
            if is_last_straw_joke(text, clause):
                return Level.NONE
        if Check.TONE in rule.checks and is_trivial_preference(text, clause):
            return Level.NONE
        if who is Referent.YOU:
            level = min(level, Level.LOW)  # "when you want to die ...": maybe the writer, maybe not
        if in_a_dream(text, clause.start, core):
            level = min(level, Level.LOW)
        if (
            Check.QUESTION in rule.checks
            and self.segments.is_question(core)
            and not mentions_first_person(text, clause)
            and not you_means_me(text)
        ):
            level = min(level, Level.LOW)
        return level

    def _who(self, rule: Rule, clause: Span, sentence: Span, core: int) -> Referent:
        """Whom the words before ``core`` are about; for a quotation, who is quoted.

        Someone else's quoted words or command are never the writer's, whatever the rule; who
        else the clause names counts only for rules with ``Check.SUBJECT``.
        """
        text = self.text
        speaker = quoted_speaker(text, sentence, core)
        if speaker is Referent.OTHER and answered_yes(text, sentence, core):
            return Referent.SELF  # "the GP asked '... ending your life?' and I said yes"
        if speaker in (Referent.OTHER, Referent.MEDIA):
            return speaker
        subject = Check.SUBJECT in rule.checks
        if subject and speaker is Referent.YOU:
            return speaker
        if told_to(text, clause.start, core):
            return Referent.OTHER  # "he told me to go kill myself": his words, not the writer's
        if people_assume(text, clause.start, core):
            return Referent.OTHER  # "people assume I'm suicidal": their view, not a report
        who = referent(text, clause.start, core) if subject else Referent.SELF
        if who is Referent.YOU and you_means_me(text):
            return Referent.SELF  # "is it normal to want to ...? asking for me"
        if who in (Referent.OTHER, Referent.MEDIA) and revealed_as_me(text):
            return Referent.SELF  # "someone is planning to jump ... and the someone is me"
        return who

    def _told_as_over(self, core: int) -> bool:
        """A time named as long ago, and the message saying it is over: none. An act dated only
        by "doing better now" stays a past attempt (low)."""
        return self.facts.over and time_of(self.text, self.segments, core) is When.LONG_AGO

    def _timed_level(self, rule: Rule, core: int) -> tuple[Level, str]:
        """The rule's level, lowered by a long-ago past (to none when the message says it is
        over: "In 2009 I was suicidal. Today I'm doing great") or raised by a near time."""
        if (
            Check.HISTORY in rule.checks
            and time_of(self.text, self.segments, core) is When.LONG_AGO
            and not back_again(self.text, core, self.segments.sentence_at(core).end)
        ):
            if self.facts.over:
                return Level.NONE, "past_resolved"
            return Level.LOW, "past_history"
        soon = self.facts.soon_any if rule.level >= Level.HIGH else self.facts.soon_definite
        if rule.soon_level is not None and soon:
            level = max(rule.level, rule.soon_level)
            return level, "plan_with_time" if level is Level.IMMINENT else rule.signal
        return rule.level, rule.signal
