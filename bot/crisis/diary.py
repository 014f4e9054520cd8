"""DBT diary-card ratings of self-harm and suicide urges: "SH urge 2", "suicide urge 4/5".

A rating is the writer's own measure, so it sets the level of that urge by itself: 0 is no
risk, 1-3 low; 4-5 is moderate for self-harm and high for suicide (a strong suicidal urge is
treated like intent, as the diary card's crisis rule does for button answers). The rated words
are then blanked out of the text so that the general "urge to self harm" rule does not read
"urge to self harm 0" as an urge. Signals: ``rated_urge`` (self-harm), ``rated_suicide_urge``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.crisis.context import Segments, is_negated
from bot.crisis.levels import Hit, Level

_URGE_NAME = (
    r"(?:self[ -]?harm(?:ing)?|sh|nssi|self[ -]?injury|cut(?:ting)?|suicid(?:e|al)|si|"
    r"kill(?:ing)? myself|to die|die|dying|hurt(?:ing)? myself|od|overdose|overdosing|kms|"
    r"end(?:ing)? (?:it(?: all)?|my life|things))"
)
_SUICIDE_NAME = re.compile(r"suicid|kill|die|dying|\bsi\b|\bod\b|overdos|kms|\bend")
_RATING = re.compile(
    rf"\b(?:urges? (?:to |for )?)?(?P<name>{_URGE_NAME})(?: (?:urges?|thoughts?|ideation))?"
    r" ?(?:[:=\-]|was|is|rating|level)? ?(?P<value>\d{1,2})(?: ?(?:/|out of) ?(?P<scale>\d{1,2}))?"
    r"(?! ?(?:times|x\b|days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|pills|tablets|mg|"
    r"am\b|pm\b|%|\d|\.\d|yo\b|years old))"
)
_ACTED = re.compile(
    r"\b(?:acted on (?:it|them|the urges?|urges?|that)|(?:acted|action|actions|act)(?: on it)? ?"
    rf"[:=\-]? ?(?:yes|y|1|true)\b|{_URGE_NAME} (?:act(?:ion)?|acted) ?[:=\-]? ?(?:yes|y|1|true)\b"
    rf"|{_URGE_NAME} ?[:=] ?(?:yes|y)\b)"
)
_HAS_DIGIT_OR_ACT = re.compile(r"\d|act")
# Cheap test for an urge name before the rating patterns run.
_URGE_STEMS = ("self", "suicid", "cut", "kill", "hurt", "overdos", "injur", "nssi", "kms", "die")
_URGE_STEMS += ("dying", "urge", "end")
_SHORT_URGE_NAME = re.compile(r"(?<![a-z])(?:sh|si|od)(?![a-z])")
_HAS_URGE_NAME = re.compile(rf"\b{_URGE_NAME}\b|\burges?\b")


@dataclass(frozen=True, slots=True)
class DiaryReading:
    hits: list[Hit]
    masked: str  # the text with the rated spans blanked (same length, same offsets)


def read_diary(text: str) -> DiaryReading:
    if not _HAS_DIGIT_OR_ACT.search(text) or not _mentions_urge(text):
        return DiaryReading([], text)
    hits: list[Hit] = []
    spans: list[tuple[int, int]] = []
    for match in _RATING.finditer(text):
        suicidal = bool(_SUICIDE_NAME.search(match.group("name")))
        level = _rated_level(int(match.group("value")), match.group("scale"), suicidal=suicidal)
        if level is None:
            continue
        spans.append(match.span())
        if level > Level.NONE:
            hits.append(Hit("rated_suicide_urge" if suicidal else "rated_urge", level))
    if spans or _ACTED.search(text):
        hits.extend(_acted_hits(text))
    return DiaryReading(hits, _blank(text, spans) if spans else text)


def _mentions_urge(text: str) -> bool:
    return any(stem in text for stem in _URGE_STEMS) or bool(_SHORT_URGE_NAME.search(text))


def _rated_level(value: int, scale_text: str | None, *, suicidal: bool) -> Level | None:
    scale = int(scale_text) if scale_text else (5 if value <= 5 else 10)
    if scale <= 0 or value > scale:
        return None
    share = value / scale
    if share == 0:
        return Level.NONE
    if share <= 0.6:
        return Level.LOW
    return Level.HIGH if suicidal else Level.MODERATE


def _acted_hits(text: str) -> list[Hit]:
    if not _HAS_URGE_NAME.search(text):
        return []
    segments = Segments(text)
    for match in _ACTED.finditer(text):
        if not is_negated(text, segments.clause_at(match.start()).start, match.start()):
            return [Hit("acted_on_urge", Level.MODERATE)]
    return []


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
