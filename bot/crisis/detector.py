"""Offline crisis detection: how much risk is the writer of one message in?

Runs on every message before anything else, with no network. The message is read in two views
(as written, and with slang, leetspeak and misspellings undone); every rule runs on both and the
highest level found wins, so normalisation can add a match but never hide one. Where the rules
find nothing, a small learned model (``learned.py``, plain Python) may raise "none" to "low"
(a check-in); it never lowers a level and never raises one above "low".
Levels follow ``crisis_levels`` in ``bot/vocabulary/mood_taxonomy.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.crisis.diary import read_diary
from bot.crisis.helplines import load_directory
from bot.crisis.learned import load_model, raises_to_low
from bot.crisis.levels import Hit, Level
from bot.crisis.normalize import CanonicalText, canonical_view, plain_view, rule_words
from bot.crisis.overdose import pill_count_hits
from bot.crisis.patterns import CONTEXT_RULES, MAIN_RULES
from bot.crisis.personal import matches_personal_phrase
from bot.crisis.scan import ViewScan
from bot.crisis.spelling import prepare_spelling
from bot.understanding.models import CrisisAssessment


def prepare_detector() -> None:
    """Do the detector's one-off work now: taking its patterns apart (about half a second for
    900; kept on disk by gate_cache.py, so later starts take milliseconds) and compiling them,
    loading the English word list for spelling correction (0.2 s, 40 MB) and the learned
    model's weights.

    Left to the first message, a crisis message after a restart would wait for it, and so
    would every message queued behind it.
    """
    MAIN_RULES.prepare()
    CONTEXT_RULES.prepare()
    rule_words()
    prepare_spelling()
    load_directory()
    load_model()


# A message is assessed more than once on its way through (the adapters' early answer, the
# core's check, the offline engine's analysis); the rules are fixed once prepared, so the
# same words always get the same answer. Long texts are not kept: they are rare and large.
_REMEMBERED_CHARS = 4000


def assess_text(text: str, personal_phrases: Sequence[str] = ()) -> CrisisAssessment:
    """Assess the writer's own crisis level in one message; never raises on odd input."""
    if not isinstance(text, str):
        text = str(text)
    if len(text) > _REMEMBERED_CHARS:
        return assess_text_afresh(text, tuple(personal_phrases))
    found = _assess_remembered(text, tuple(personal_phrases))
    # A copy each time: callers own what they are given.
    return CrisisAssessment.model_construct(level=found.level, signals=list(found.signals))


@lru_cache(maxsize=512)
def _assess_remembered(text: str, personal_phrases: tuple[str, ...]) -> CrisisAssessment:
    return assess_text_afresh(text, personal_phrases)


def assess_text_afresh(text: str, personal_phrases: Sequence[str] = ()) -> CrisisAssessment:
    """``assess_text`` without the memory of recent texts (what the rules cost, in benches)."""
    plain = plain_view(text)
    if not plain:
        return CrisisAssessment()
    canonical = canonical_view(plain)
    assessment = rules_assessment(plain, canonical, personal_phrases)
    if assessment.level == "none" and raises_to_low(plain, canonical.text):
        # The learned second opinion: only where the rules found nothing, only to a check-in.
        return CrisisAssessment(level="low", signals=["learned_risk"])
    return assessment


def rules_assessment(
    plain: str, canonical: CanonicalText, personal_phrases: Sequence[str] = ()
) -> CrisisAssessment:
    """The rules' level alone, on the two views ``assess_text`` computed."""
    views = (plain,) if canonical.text == plain else (plain, canonical.text)

    scans = [_ViewReading(view) for view in views]
    hits = [hit for reading in scans for hit in reading.hits]
    hits.extend(_context_hits(scans, found_risk=any(reading.found_risk for reading in scans)))
    if canonical.obfuscated and len(scans) == 2:
        hits.extend(_obfuscation_hits(scans[0].hits, scans[1].hits))
    if personal_phrases and matches_personal_phrase(views, personal_phrases):
        hits.append(Hit("personal_phrase", Level.HIGH))
        if scans[-1].scan.facts.soon_any:  # the user's own crisis words with a time: act now
            hits.append(Hit("plan_with_time", Level.IMMINENT))
    return _assessment(hits)


class _ViewReading:
    """The main rules' hits on one view (diary ratings, patterns, pill counts)."""

    def __init__(self, view: str) -> None:
        diary = read_diary(view)
        self.scan = ViewScan(diary.masked)
        found = list(self.scan.hits_with_spans(MAIN_RULES))
        self.hits: list[Hit] = [
            *diary.hits,
            *(hit for hit, _ in found),
            *pill_count_hits(self.scan),
            *_preparations_together(found),
        ]
        self.found_risk = any(hit.level > Level.NONE for hit in self.hits)


def _preparations_together(found: list[tuple[Hit, tuple[int, int]]]) -> list[Hit]:
    """Two separate acts of preparation make a plan: "funeral playlist sorted and gave all my
    stuff away" is high though each alone is moderate."""
    starts = {
        span[0] for hit, span in found if hit.signal == "preparation" and hit.level > Level.LOW
    }
    return [Hit("preparation", Level.HIGH)] if len(starts) >= 2 else []


def _context_hits(scans: list[_ViewReading], *, found_risk: bool) -> list[Hit]:
    """Vague words count beside a risk found by the main rules, or beside each other.

    "tonight is the night" alone is no risk, nor is "I have the rope"; together they are, but
    without a clearer word of risk they stay at high rather than imminent.
    """
    per_view = [list(reading.scan.hits_with_spans(CONTEXT_RULES)) for reading in scans]
    hits = [hit for found in per_view for hit, _ in found]
    if found_risk:
        return hits
    views = zip(per_view, scans, strict=True)
    if any(_two_signs(found, reading.scan.text) for found, reading in views):
        return [Hit(hit.signal, min(hit.level, Level.HIGH)) for hit in hits]
    return []


# Signs of one kind that still add up when two are told apart: two acts of preparation, a place
# and its times ("walked down to the tracks", "timed when the freight comes"), a means and its
# whereabouts ("has a shotgun", "know where he keeps the cartridges"), two farewells ("she
# thinks i'm going away for work", "i'm not coming back").
_SIGNS_THAT_ADD_UP = frozenset(
    {
        "preparation",
        "place_of_risk",
        "means_at_hand",
        "plan_with_time",
        "decision_made",
        "farewell",
        "goodbye_message",
    }
)


def _two_signs(found: list[tuple[Hit, tuple[int, int]]], text: str) -> bool:
    """Two kinds of vague sign starting at different words of one view: "got a gun" is one
    sign, whichever rules read it ("got a gun for christmas" is no plan); "tonight after
    everyone's asleep I'm doing it" is two, though one sign's words hold the other's. Two acts
    of preparation count as two ("sorting out my will and giving stuff away"), and so do two
    signs of the other kinds in ``_SIGNS_THAT_ADD_UP``, unless they are one set of words read
    by two rules: starting a determiner apart, or sharing most of their words."""
    starts = [_first_word(text, start) for _, (start, _) in found]
    for index, (hit, span) in enumerate(found):
        for offset, (other, other_span) in enumerate(found[index + 1 :], start=index + 1):
            if starts[offset] == starts[index]:
                continue
            if other.signal != hit.signal:
                return True
            # Two of one kind add up unless they are one set of words read twice ("I'm taking the
            # lot" and "taking the lot tonight"); a short sign inside a long one is its own.
            if hit.signal in _SIGNS_THAT_ADD_UP and not _mostly_shared(span, other_span):
                return True
    return False


def _mostly_shared(one: tuple[int, int], other: tuple[int, int]) -> bool:
    shared = min(one[1], other[1]) - max(one[0], other[0])
    longer = max(one[1] - one[0], other[1] - other[0])
    return shared >= 0.6 * longer


# Two rules reading the same words from a determiner apart ("the pills are counted out", "pills
# are counted") read one sign: a sign starts at its first word after these.
_DETERMINER = re.compile(r"(?:(?:the|my|a|an|all|some|his|her|their|our) )+")


def _first_word(text: str, start: int) -> int:
    found = _DETERMINER.match(text, start)
    return found.end() if found else start


def _obfuscation_hits(plain_hits: list[Hit], canonical_hits: list[Hit]) -> list[Hit]:
    """Flag risk that only the de-obfuscated spelling revealed ("k1ll mys3lf", "sucidal")."""
    plain_top = max((hit.level for hit in plain_hits), default=Level.NONE)
    canonical_top = max((hit.level for hit in canonical_hits), default=Level.NONE)
    if canonical_top > plain_top:
        return [Hit("obfuscated_spelling", canonical_top)]
    return []


def _assessment(hits: list[Hit]) -> CrisisAssessment:
    if not hits:
        return CrisisAssessment()
    level = max(hit.level for hit in hits)
    if level is Level.NONE:
        return CrisisAssessment()
    ordered = sorted((hit for hit in hits if hit.level > Level.NONE), key=lambda hit: -hit.level)
    signals = list(dict.fromkeys(hit.signal for hit in ordered))
    return CrisisAssessment(level=level.label, signals=signals)
