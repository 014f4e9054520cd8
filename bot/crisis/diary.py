"""Ratings in mood logs and DBT diary cards: "SH urge 2", "SI 3/5", "si (7)", "cut (y)", "safe: n".

A rating is the writer's own measure, so it sets the level of that urge by itself, read on its
scale ("3/5", "6 out of 10"; with none stated, a value above 5 means a 0-10 scale):

- a suicide urge or suicidal thoughts: 0 none; up to 3/5 (6/10) low, since people who keep a
  diary card rate a daily background urge and the card's rule (README, "Risk.") answers 1-3 with
  a gentle line rather than an alarm; the top (4-5/5, 7/10 and up) high, a strong urge treated
  like intent, as the card's crisis rule does for button answers; "with a plan" after it makes
  any rating above 0 high;
- a self-harm urge: 0 none, up to 3/5 (6/10) low, above that moderate, as is an act (the
  card's rule; an act needing medical care is high by the self-harm rules, not by a rating).

Yes/no trackers count too: "SI yes" / "SI: y" is moderate, a self-harm act ticked ("cut (y)",
"sh (y)", "self harm: yes") is moderate, and "safe no" / "safe: n", or "not safe" among other
ratings, is high; "(n)", "no" and "0" are none. Loose forms are read ("SI creeping back, 5ish",
"si (7)", "SI 0-1"; a range counts at its top).

A rating tied to a past time ("SI was 4 this time last month", "last week SI was 8") does not
speak for today: when a present rating of the same urge is also given (a plain log value, or
"this week 0-1", "now 2"), the present one rules; with none, a past rating counts at low at most
(moderate at most for yesterday or last night). A plain "SI was 7" with no time named is read as
today's log.

The rated words are then blanked out of the text so that the general rules do not read "urge to
self harm 0" as an urge or "SI was 8 last week" as today's. Signals: ``rated_urge`` (self-harm),
``rated_suicide_urge``, ``rated_suicide_plan``, ``logged_suicidal_thoughts``, ``self_harm_act``,
``acted_on_urge``, ``rated_urge_acted``, ``unsafe``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bot.crisis.context import Segments, is_negated
from bot.crisis.levels import Hit, Level

_URGE_NAME = (
    r"(?:self[ -]?harm(?:ing)?|sh|nssi|self[ -]?injury|cut(?:ting)?|suicid(?:e|al)|si|"
    r"kill(?:ing)? myself|to die|die|dying|hurt(?:ing)? myself|od|overdose|overdosing|kms|"
    r"end(?:ing)? (?:it(?: all)?|my life|things))"
)
_SUICIDE_TRACKER_NAME = (
    r"(?:si|suicidal (?:thoughts?|ideation|urges?)|suicide (?:urges?|thoughts?|ideation)|"
    r"(?:si|suicide) urges?)"
)
# Names that are only ever a tracked item, so a looser form after them is still a rating.
_TRACKED_NAME = (
    r"(?:si|sh|nssi|suicidal (?:thoughts?|ideation|urges?)|suicide (?:urges?|thoughts?|ideation)|"
    r"self[ -]?harm (?:urges?|thoughts?)|(?:si|sh) (?:urges?|thoughts?)|"
    r"urges? to (?:self[ -]?harm|die|kill myself|sh))"
)
_SUICIDE_NAME = re.compile(r"suicid|kill|die|dying|\bsi\b|\bod\b|overdos|kms|\bend")
# The value: "5", "(7)", "0-1" (counted at its top), "5ish", "3/5", "4 out of 5".
_VALUE = (
    r"\(? ?(?P<value>\d{1,2})(?: ?(?:-|\u2013|to) ?(?P<top>\d{1,2}))?(?: ?-?ish)?\)?"
    r"(?: ?(?:/|out of|of) ?(?P<scale>\d{1,2}))?"
)
_NOT_A_RATING_AFTER = (
    r"(?!(?:st|nd|rd|th)\b| ?(?:times|x\b|days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|pills|"
    r"tablets|mg|am\b|pm\b|%|\d|\.\d|yo\b|years old|[-\u2013/:]\d|cups?|of\b|in a row|nights?|"
    r"inch(?:es)?|cm|mm|ft\b|feet|km|miles?|kg|lbs?|pounds|episodes?|people|friends|kids|pages|"
    r"steps|items|things|more\b|stitches))"
)
# A time between the name and its value: "SI yesterday 8, today 2".
_WHEN = r"today|tonight|yesterday|last night|this week|last week|now|atm"
_RATING = re.compile(
    rf"\b(?:urges? (?:to |for )?)?(?P<name>{_URGE_NAME})(?: (?:urges?|thoughts?|ideation))?"
    rf"(?: (?:{_WHEN}))?(?: ?(?:[:=\-~]|was|is|were|rating|level))? ?{_VALUE}{_NOT_A_RATING_AFTER}"
)
# "SI creeping back, 5ish", "SI at 7", "si thoughts - around 4": a tracked name, a few words, a
# value that ends its clause.
_ABOUT = r"(?:at|around|about|like|maybe|prob(?:ably)?|~) ?"
_LOOSE_RATING = re.compile(
    rf"\b(?P<name>{_TRACKED_NAME})(?:(?P<gap>(?: [a-z']+){{1,3}}?) ?[,:\-\u2013] ?(?:{_ABOUT})?"
    rf"| ?[,:\-\u2013]? ?{_ABOUT}){_VALUE}"
    r"(?=\s*(?:$|[,.;!?|\n)]|(?:today|now|tonight|this week|most days|again|with|w/|and|but)\b))"
)
_LOOSE_GAP_DENIES = re.compile(r"\b(?:no|not|none|nowhere|gone|zero|nil|never|free|absent)\b")
_PLAN_AFTER = re.compile(
    r"\s*,?\s*(?:with|w/|and|\+|plus)\s*(?:a |an actual |a real |a specific |a clear )?plan\b"
    # ... but not a plan to get help: "with a plan to call my therapist".
    r"(?! ?(?:to|for) (?:call|ring|text|tell|talk|reach|see|ask|get help|go to|contact|use|stay|"
    r"keep|cope|my (?:therapist|gp|doctor|counsellor|counselor|psychiatrist)|therapy|safety|coping|"
    r"recovery))"
)
# How often: "SI 3 times a day", "SI 2x today", "SI every day this week".
_FREQUENCY = re.compile(
    rf"\b(?P<name>{_SUICIDE_TRACKER_NAME}) ?[:=\-]? ?"
    r"(?:(?P<count>\d{1,2})(?: ?(?:-|\u2013|to) ?\d{1,2})? ?(?:x\b|times\b)"
    r"|(?:every ?day|daily|most days|all day|constantly|nonstop|non-stop|on and off)\b)"
)

# Yes/no trackers: "SI yes", "SI: y", "cut (y)", "self harm: yes", "safe: n".
_SUICIDE_TRACKER = (
    r"(?:si|suicidal(?: thoughts?| ideation| urges?)?|suicide(?: urges?| thoughts?| ideation)?|"
    r"thoughts of suicide|(?:si|suicide) urges?)"
)
_SELF_HARM_TRACKER = (
    r"(?:sh|nssi|self[ -]?harm(?:ed|ing)?(?: acts?| actions?)?|self[ -]?injury|cut|cutting|cuts|"
    r"sh acts?|hurt myself|self[ -]?harm urges?|sh urges?)"
)
_ANSWER = (
    r"(?:[:=\-\u2013] ?|\( ?| )(?P<answer>yes|yeah|yep|yup|y|no|nope|nah|n|none)\b(?: ?\))?"
    r"(?=\s*(?:$|[,.;!|/\n)&+]|(?:and|but|today|tonight)\b|[a-z]+ ?[:=(]|[a-z]+ (?:yes|no|y|n|"
    r"\d{1,2})\b))"
)
_TRACKER = re.compile(
    rf"\b(?:(?P<suicide>{_SUICIDE_TRACKER})|(?P<harm>{_SELF_HARM_TRACKER})|"
    rf"(?P<safe>(?:felt |feel |feeling )?safe)) ?{_ANSWER}"
)
_YES = frozenset({"yes", "yeah", "yep", "yup", "y"})
_UNSAFE_ITEM = re.compile(r"\b(?:not safe|unsafe)(?=\s*(?:$|[,.;!|/\n)]|(?:today|tonight|now)\b))")
# What may stand before a log item: the start, a separator, or another item's value.
_ITEM_BEFORE = re.compile(
    r"(?:[,.;:|\n/(\-\u2013\u2014\u2022*+&]|\d\)?|\b(?:yes|no|y|n|and|also|today|tonight)\)?)\s*$"
)
# Other ratings that make a message a log ("mood 3, slept 4h, not safe").
_LOG_ITEM = re.compile(
    r"\b(?:mood|anxiety|anx|sleep|slept|energy|sadness|shame|anger|fear|joy|guilt|misery|stress|"
    r"depression|dep|urges?|pain|irritability|loneliness)\b ?[:=\-]? ?\d{1,2}"
)

# When a rating is dated.
_PAST = re.compile(
    r"\b(?:last (?:week|month|year|weekend|time|summer|winter|spring|autumn|fall|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|this time last|(?:\d+|a|an|one|two|three|four|"
    r"five|six|a few|few|a couple of|couple of|several) (?:days?|weeks?|months?|years?) ago|"
    r"in (?:19|20)\d\d|back (?:in|then|when)|used to|at (?:my|its|the) (?:worst|peak|lowest)|"
    r"previously|in the past|over the summer|when i was|looking back|my (?:old )?logs from|"
    r"before (?:treatment|therapy|meds|dbt|"
    r"the meds|hospital)|the other day|earlier this (?:week|month|year)|"
    r"last few (?:weeks|months))\b"
)
_RECENT_PAST = re.compile(r"\b(?:yesterday|last night|the night before)\b")
_PRESENT = re.compile(
    r"\b(?:today|tonight|now|right now|currently|this (?:week|morning|evening|afternoon)|"
    r"these days|atm|at the moment|lately|still|so far)\b"
)
_WAS = re.compile(r"\b(?:was|were|had been|used to be)\b")
# A value given for the present without the name again: "this week 0-1", "now 2", "0 now".
_BARE_PRESENT = re.compile(
    r"\b(?:this week|today|tonight|now|right now|these days|currently|lately|still)"
    r"(?: (?:it's|its|it is|is|i'm|im|at|around|about|down to|only|just))*[: ]* ?"
    rf"{_VALUE}{_NOT_A_RATING_AFTER}"
    r"|(?<![\d/])\b(?P<value2>\d{1,2})(?: ?(?:-|\u2013|to) ?(?P<top2>\d{1,2}))?(?: ?-?ish)?"
    r" (?:now|today|this week|these days)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;!?|\n]|\.(?!\d)|\bbut\b")

_ACTED = re.compile(
    r"\b(?:acted on (?:it|them|the urges?|urges?|that)|(?:acted|action|actions|act)(?: on it)? ?"
    rf"[:=\-]? ?(?:yes|y|1|true)\b|{_URGE_NAME} (?:act(?:ion)?|acted) ?[:=\-]? ?(?:yes|y|1|true)\b"
    rf"|{_URGE_NAME} ?[:=] ?(?:yes|y)\b)"
)
# Cheap test for an urge name before the rating patterns run.
_URGE_STEMS = ("self", "suicid", "cut", "kill", "hurt", "overdos", "injur", "nssi", "kms", "die")
_URGE_STEMS += ("dying", "urge", "end", "safe")
_SHORT_URGE_NAME = re.compile(r"(?<![a-z])(?:sh|si|od)(?![a-z])")
_HAS_DIGIT_OR_ACT = re.compile(r"\d|act")
_HAS_URGE_NAME = re.compile(rf"\b{_URGE_NAME}\b|\burges?\b")


@dataclass(frozen=True, slots=True)
class DiaryReading:
    hits: list[Hit]
    masked: str  # the text with the rated spans blanked (same length, same offsets)


@dataclass(slots=True)
class _Rating:
    start: int
    end: int
    suicidal: bool
    level: Level
    plan: bool = False
    when: str = "plain"  # "plain", "was" (past tense, no time), "recent", "past", "present"


class _Taken:
    """Offsets already read as a rating or tracker; an overlap test costs the match's length."""

    __slots__ = ("_mask", "spans")

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size + 1)
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._mask[start:end]

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)
        self.spans.append((start, end))


def read_diary(text: str) -> DiaryReading:
    if not _mentions_urge(text):
        return DiaryReading([], text)
    taken = _Taken(len(text))
    ratings = _ratings(text, taken) if any(ch.isdigit() for ch in text) else []
    _weigh_times(text, ratings, taken)
    hits: list[Hit] = []
    for rating in ratings:
        if rating.level > Level.NONE:
            signal = "rated_suicide_urge" if rating.suicidal else "rated_urge"
            hits.append(Hit(signal, rating.level))
            if rating.plan and rating.when not in ("past", "recent"):
                hits.append(Hit("rated_suicide_plan", Level.HIGH))
    hits.extend(_frequency_hits(text, taken))
    rated = len(taken.spans)
    tracked = _tracker_hits(text, taken)
    hits.extend(tracked)
    spans = taken.spans
    if _UNSAFE_ITEM.search(text) and (spans or _LOG_ITEM.search(text)):
        hits.extend(_unsafe_in_log(text))
    if _HAS_DIGIT_OR_ACT.search(text) and (ratings or _ACTED.search(text)):
        hits.extend(_acted_hits(_blank(text, spans[rated:])))  # a ticked tracker is read above
    return DiaryReading(hits, _blank(text, spans) if spans else text)


def _mentions_urge(text: str) -> bool:
    return any(stem in text for stem in _URGE_STEMS) or bool(_SHORT_URGE_NAME.search(text))


# --- numeric ratings ----------------------------------------------------------------------------


def _ratings(text: str, taken: _Taken) -> list[_Rating]:
    found: list[_Rating] = []
    for pattern in (_RATING, _LOOSE_RATING):
        for match in pattern.finditer(text):
            if taken.overlaps(*match.span()):
                continue
            if pattern is _LOOSE_RATING and _LOOSE_GAP_DENIES.search(match.group("gap") or ""):
                continue
            if pattern is _LOOSE_RATING and _before_is_rated(text, match.start()):
                continue
            suicidal = bool(_SUICIDE_NAME.search(match.group("name")))
            level = _rated_level(_value(match), match.group("scale"), suicidal=suicidal)
            if level is None:
                continue
            plan = suicidal and level > Level.NONE and _PLAN_AFTER.match(text, match.end())
            taken.add(*match.span())
            found.append(_Rating(match.start(), match.end(), suicidal, level, plan=bool(plan)))
    found.sort(key=lambda rating: rating.start)
    return found


def _before_is_rated(text: str, start: int) -> bool:
    """ "SI 0, SH 0" is two strict ratings; a loose one never starts inside another's words."""
    return bool(re.search(r"\d\s*$", text[max(0, start - 3) : start]))


def _value(match: re.Match[str]) -> int:
    values = [int(match.group("value"))]
    if match.group("top"):
        values.append(int(match.group("top")))
    return max(values)


def _rated_level(value: int, scale_text: str | None, *, suicidal: bool) -> Level | None:
    scale = int(scale_text) if scale_text else (5 if value <= 5 else 10)
    if scale <= 0 or value > scale:
        return None
    share = value / scale
    if share == 0:
        return Level.NONE
    if (
        suicidal
    ):  # the diary card's rule (issue 7): 1-3 of 5 is routine, 4-5 goes to the crisis path
        return Level.LOW if share <= 0.6 else Level.HIGH
    return Level.LOW if share <= 0.6 else Level.MODERATE


# --- past and present ---------------------------------------------------------------------------


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    before = [match.end() for match in _CLAUSE_BREAK.finditer(text, max(0, start - 80), start)]
    after = _CLAUSE_BREAK.search(text, end, end + 80)
    return (before[-1] if before else max(0, start - 80)), (after.start() if after else end + 80)


def _weigh_times(text: str, ratings: list[_Rating], taken: _Taken) -> None:
    """Date each rating; a past one gives way to a present rating of the same urge."""
    for rating in ratings:
        start, end = _clause(text, rating.start, rating.end)
        clause = text[start:end]
        if _PRESENT.search(clause):
            rating.when = "present"
        elif _PAST.search(clause):
            rating.when = "past"
        elif _RECENT_PAST.search(clause):
            rating.when = "recent"
        elif _WAS.search(text, max(start, rating.start), rating.end):
            rating.when = "was"
    dated = [rating for rating in ratings if rating.when in ("past", "recent", "was")]
    if not dated:
        return
    present = {rating.suicidal for rating in ratings if rating.when in ("plain", "present")}
    bare = _bare_present(text, dated, taken)
    present |= {suicidal for suicidal, _ in bare}
    for suicidal, level in bare:
        if level > Level.NONE:  # a present value given without its name rules as a rating
            ratings.append(_Rating(0, 0, suicidal, level, when="present"))
    for rating in dated:
        if rating.suicidal in present:
            rating.level = Level.NONE
        elif rating.when == "past":
            rating.level = min(rating.level, Level.LOW)
        elif rating.when == "recent":
            rating.level = min(rating.level, Level.MODERATE)


def _bare_present(text: str, dated: list[_Rating], taken: _Taken) -> list[tuple[bool, Level]]:
    """Present values after a dated rating, named by it: "SI was 8, this week 0-1"."""
    found: list[tuple[bool, Level]] = []
    ends = [rating.end for rating in dated]  # in order: ratings are sorted and never overlap
    for match in _BARE_PRESENT.finditer(text):
        if taken.overlaps(*match.span()):
            continue
        owner = dated[max(0, bisect_right(ends, match.start()) - 1)]
        if match.group("value2") is not None:
            top = match.group("top2")
            value = max(int(match.group("value2")), int(top) if top else 0)
            level = _rated_level(value, None, suicidal=owner.suicidal)
        else:
            level = _rated_level(_value(match), match.group("scale"), suicidal=owner.suicidal)
        if level is not None:
            found.append((owner.suicidal, level))
    return found


def _frequency_hits(text: str, taken: _Taken) -> list[Hit]:
    """Suicidal thoughts counted ("SI 3 times a day") are active thoughts, unless counted 0."""
    hits: list[Hit] = []
    for match in _FREQUENCY.finditer(text):
        if taken.overlaps(*match.span()):
            continue
        taken.add(*match.span())
        start, end = _clause(text, match.start(), match.end())
        if match.group("count") == "0" or is_negated(text, start, match.start()):
            continue
        long_ago = bool(_PAST.search(text, start, end)) and not _PRESENT.search(text, start, end)
        hits.append(Hit("logged_suicidal_thoughts", Level.LOW if long_ago else Level.MODERATE))
    return hits


# --- yes/no trackers and "not safe" -------------------------------------------------------------


def _at_item_start(text: str, start: int) -> bool:
    before = text[:start]
    if not before.strip():
        return True
    return _ITEM_BEFORE.search(before[-24:]) is not None


def _tracker_hits(text: str, taken: _Taken) -> list[Hit]:
    hits: list[Hit] = []
    for match in _TRACKER.finditer(text):
        if taken.overlaps(*match.span()):
            continue
        name = match.group("suicide") or match.group("harm") or match.group("safe")
        explicit = text[match.start() + len(name) : match.start("answer")].strip() != ""
        short = name in ("si", "sh", "cut", "cuts", "cutting", "safe")
        if not _at_item_start(text, match.start()) and (short or not explicit):
            continue
        taken.add(*match.span())
        if match.group("answer") not in _YES:
            if match.group("safe"):
                hits.append(Hit("unsafe", Level.HIGH))
            continue
        if match.group("safe"):
            continue
        start, end = _clause(text, match.start(), match.end())
        long_ago = bool(_PAST.search(text, start, end)) and not _PRESENT.search(text, start, end)
        if match.group("suicide"):
            hits.append(Hit("logged_suicidal_thoughts", Level.LOW if long_ago else Level.MODERATE))
        elif "urge" in name:
            hits.append(Hit("rated_urge", Level.LOW))
        else:
            hits.append(Hit("self_harm_act", Level.LOW if long_ago else Level.MODERATE))
    return hits


def _unsafe_in_log(text: str) -> list[Hit]:
    for match in _UNSAFE_ITEM.finditer(text):
        if _at_item_start(text, match.start()):
            return [Hit("unsafe", Level.HIGH)]
    return []


# --- acting on an urge --------------------------------------------------------------------------


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
