"""Which mood the person is in now, which one they came from, and how strongly.

Mentions of states are found with the mood lexicon, then read in context: negation ("not
anxious"), fading ("no longer depressed", "the panic has passed"), comparatives ("less
anxious", "better"), time ("was X, now Y", "from X to Y", "X then Y") and co-occurrence
(depressive and agitated at once is a mixed state).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.understanding.offline.chunks import TIME_WORDS
from bot.understanding.offline.lexicon import (
    BODY_STATES,
    CONJUNCTIONS,
    COPULAS,
    NEGATION_TRANSPARENT,
    NEGATORS,
    PERSONAL_SUBJECTS,
    THIRD_PERSON_COPULAS,
    WEAK_FOLLOWERS,
    MoodTerm,
    mood_matcher,
    post_intensity,
)
from bot.understanding.offline.phrases import PhraseHit
from bot.understanding.offline.text import ARROW, Doc
from bot.vocabulary import MoodState, family_of

_POSITIVE: frozenset[MoodState] = frozenset({"happy", "stable", "calm"})
_DEPRESSIVE: frozenset[MoodState] = frozenset({"depressed", "sad", "numb"})
_ELEVATED: frozenset[MoodState] = frozenset({"elevated", "hypomanic", "manic"})
# Within one family, the more acute state is the better record of a message naming both.
_ACUITY: dict[MoodState, int] = {
    "panicked": 3,
    "overwhelmed": 2,
    "anxious": 1,
    "angry": 2,
    "irritable": 1,
    "depressed": 3,
    "numb": 2,
    "sad": 1,
    "manic": 3,
    "hypomanic": 2,
    "elevated": 1,
}

_STRONG_PAST = frozenset(
    [
        "earlier",
        "before",
        "yesterday",
        "previously",
        "initially",
        "first",
        "used",
        "started",
        "woke",
        "till",
        "until",
        "beforehand",
    ]
)
_SOFT_PAST = frozenset({"was", "were", "morning"})
# Later parts of a day read as the present when a message walks through the day.
_PRESENT_TIMES = frozenset(
    {"today", "afternoon", "evening", "tonight", "lunchtime", "noon", "midday", "bedtime", "later"}
)
_PRESENT_BEFORE = frozenset(
    {
        "now",
        "then",
        "suddenly",
        "became",
        "become",
        "becoming",
        "turned",
        "turning",
        "switched",
        "flipped",
        "shifted",
        "currently",
        "finally",
        "ended",
        "eventually",
        "still",  # "less anxious than yesterday but still uneasy": what remains is now
    }
)
_PRESENT_AFTER = frozenset({"now", "rn", "atm", "currently", "moment", "tonight"})
_SHIFT_VERBS = frozenset(
    {
        "went",
        "gone",
        "go",
        "going",
        "swung",
        "swing",
        "swinging",
        "switched",
        "flipped",
        "shifted",
        "changed",
        "turned",
        "jumped",
        "dropped",
        "crashed",
        "escalated",
        "spiralled",
        "spiraled",
        "moved",
        "slid",
        "slipped",
        "sank",
        "back",
        "straight",
        "right",
        "came",
        "down",
    }
)
_FADING_AFTER = frozenset(
    {
        "gone",
        "passed",
        "lifted",
        "faded",
        "eased",
        "easing",
        "subsided",
        "subsiding",
        "dissipated",
        "cleared",
        "wore",
        "away",
        "lifting",
        "fading",
        "over",
    }
)
_SWINGS = re.compile(
    r"\bone (?:minute|moment|second|hour)\b.{0,60}\b(?:the next|next (?:minute|moment|second|hour))\b"
)
_REPORT_ENDINGS = WEAK_FOLLOWERS | {
    "and",
    "but",
    "i",
    "im",
    "thanks",
    "thank",
    "tbh",
    "honestly",
    "lol",
    "overall",
    "really",
    "actually",
    "mostly",
    "all",
    "this",
    "since",
    "after",
    "because",
    "about",
    "at",
    "with",
    "for",
    "over",
    "from",
    "in",
    "on",
    "by",
    "as",
    "so",
    "then",
    "ish",
    "enough",
    "like",
}
_UP_VERBS = frozenset({"woke", "wake", "waking", "ended", "end", "ending", "wound", "got"})
_HEDGES = frozenset({("i", "guess"), ("i", "think"), ("i", "suppose"), ("i", "reckon")})
_SIMULTANEITY = re.compile(r"\b(?:at once|at the same time|simultaneously|both)\b")
_NUMBER_SCORE = re.compile(r"\b(10|[0-9](?:\.5)?)\s*(?:/|out of|outta)\s*(10|5)\b")
# "anxiety at about 7", "panic level 9", "depression is like a 3": a bare 1-10 right after
_NUMBER_AFTER = re.compile(
    r"\s*(?:(?:at|level|is|of|about|around|like|a|an|maybe|roughly|:|=|-)\s*){0,4}"
    r"\b(10|[1-9])\b(?!\s*(?:am|pm|h\b|hrs?|hours?|mg|%|days?|weeks?|times|/|out of|\.\d))"
)
_EMOJI_STATES: dict[str, MoodState] = {
    **dict.fromkeys("😭😢😞😔☹🙁😿💔🥺😥", "sad"),
    **dict.fromkeys("😡🤬😠👿", "angry"),
    **dict.fromkeys("😤😒🙄", "irritable"),
    **dict.fromkeys("😰😟😬😧😨", "anxious"),
    **dict.fromkeys("😱", "panicked"),
    **dict.fromkeys("🤯😵", "overwhelmed"),
    **dict.fromkeys("😐😑😶", "numb"),
    **dict.fromkeys("😌🧘", "calm"),
    **dict.fromkeys("🙂😊😀😃😄😁🥰😍🤗", "happy"),
}
_EMOJI = re.compile("[" + "".join(_EMOJI_STATES) + "]")


@dataclass(slots=True)
class Mention:
    state: MoodState | None  # None: "better" whose target depends on what came before
    first: int
    last: int
    strength: int  # 2 a named state, 1 a weak word or behavioural cue, 0 an emoji
    agitation: bool = False
    relief: bool = False  # an improvement ("better", "less anxious")
    relief_from: MoodState | None = None
    faded: bool = False  # was true and no longer is ("not anxious anymore")
    past: bool = False
    strong_past: bool = False  # told by a past time ("yesterday", "last week"), not only "was"
    present: bool = False
    from_marker: bool = False
    intensity: int | None = None


@dataclass(frozen=True, slots=True)
class MoodReading:
    current: MoodState | None
    previous: MoodState | None
    intensity: int | None
    first_char: int | None  # where the first mood word starts (intent decisions)
    spans: tuple[tuple[int, int], ...]  # word ranges of the states read, inclusive
    current_span: tuple[int, int] | None = None  # word range naming the current state
    # Ranges naming other states than the current one ("fine at lunch, then sad"): what is
    # attached to them is not the current state's cause. The current state said twice
    # ("terrified, freaking out about X") is not among them.
    other_state_spans: tuple[tuple[int, int], ...] = ()
    # The only state named was in the past ("was calm until ..."): the present may be told by
    # the body instead ("... now shaking").
    only_past: bool = False
    # Only a past state, then a later clause about now that names no mood ("was on top of the
    # world last week, now can barely get out of bed"): the state is the previous one.
    past_then_now: bool = False


def relief_state(state: MoodState | None) -> MoodState:
    """Where someone lands when ``state`` eases: calmer after fear or anger, steady otherwise."""
    if state is None:
        return "stable"
    family = family_of(state)
    if family in ("anxious", "angry"):
        return "calm"
    return "stable"


def _after_fading(state: MoodState) -> MoodState:
    if state in ("happy", "stable"):
        return "sad"
    if state == "calm":
        return "anxious"
    return relief_state(state)


def read_mood(doc: Doc, claimed: Collection[int]) -> MoodReading:
    hits = mood_matcher().find(doc.words)
    mentions = _mentions(doc, hits, claimed)
    if not mentions:
        return _emoji_reading(doc)
    _resolve_relief(mentions)
    current, previous, chosen = _choose(doc, mentions)
    only_past = bool(chosen) and all(m.past and not m.faded for m in mentions)
    intensity = _intensity(doc, chosen, claimed) if current else None
    first = mentions[0].first
    return MoodReading(
        current=current,
        previous=previous if previous != current else None,
        intensity=intensity,
        first_char=doc.starts[first],
        spans=tuple((m.first, m.last) for m in mentions),
        current_span=(chosen[0].first, chosen[0].last) if chosen else None,
        other_state_spans=tuple(
            (m.first, m.last) for m in mentions if m.state != current and m not in chosen
        ),
        only_past=only_past,
        past_then_now=only_past and _now_after(doc, mentions),
    )


_NOW_WORDS = frozenset({"now", "nowadays", "currently"})


def _now_after(doc: Doc, mentions: list[Mention]) -> bool:
    """A past time on every state, then "now" in a later clause."""
    if not all(m.strong_past for m in mentions):
        return False
    last = max(m.last for m in mentions)
    return any(
        doc.words[index] in _NOW_WORDS and not doc.same_clause(index, last)
        for index in range(last + 1, len(doc))
    )


def _mentions(doc: Doc, hits: list[PhraseHit[MoodTerm]], claimed: Collection[int]) -> list[Mention]:
    mentions: list[Mention] = []
    previous_end = -1  # negation and time words are looked for after the previous feeling
    for position, hit in enumerate(hits):
        lead = _leading_modifiers(hits, position)
        start = hits[lead].first if lead is not None else hit.first
        if not _is_feeling(doc, hits, position, start, claimed):
            continue
        mention = _interpret(doc, hits, position, lead, start, previous_end)
        if mention is not None:
            _tag_time(doc, mention, start, previous_end, mentions)
            mentions.append(mention)
        previous_end = hit.last
    return mentions


def _is_feeling(
    doc: Doc, hits: list[PhraseHit[MoodTerm]], position: int, start: int, claimed: Collection[int]
) -> bool:
    hit = hits[position]
    if hit.value.kind not in ("state", "relief"):
        return False
    if all(index in claimed for index in range(hit.first, hit.last + 1)):
        return False  # the words are a score, a symptom or a functioning statement
    if _an_amount(doc, hit.last) or _a_movement(doc, hit.last):
        return False
    if _someone_else_crying(doc, hit.first, hit.last):
        return False
    if hit.value.weak and not _framed_as_mood(doc, hits, position, start):
        return False
    # "so so tired" intensifies; "so-so today" is a mood
    return doc.words[hit.first : hit.last + 1] != ("so", "so") or not _followed_by_word(
        doc, hit.last
    )


_CRYING = frozenset({"crying", "cried", "sobbing", "sobbed", "wailing", "bawling", "weeping"})
# "baby's crying", "the kids were sobbing": the tears are someone else's
_OTHER_CRIERS = frozenset(
    {
        "baby",
        "babys",
        "babies",
        "toddler",
        "toddlers",
        "newborn",
        "kid",
        "kids",
        "children",
        "child",
        "son",
        "sons",
        "daughter",
        "daughters",
        "twins",
        "he",
        "she",
        "they",
        "hes",
        "shes",
        "theyre",
        "mum",
        "mom",
        "dad",
        "wife",
        "husband",
        "partner",
    }
)
_CRYING_LINKS = frozenset({"is", "was", "are", "were", "been", "keeps", "kept", "started", "wont"})


def _someone_else_crying(doc: Doc, first: int, last: int) -> bool:
    if first != last or doc.words[first] not in _CRYING:
        return False
    subject = first - 1
    while subject >= 0 and doc.words[subject] in _CRYING_LINKS and doc.same_clause(subject, first):
        subject -= 1
    return (
        subject >= 0
        and doc.same_clause(subject, first)
        and doc.words[subject] in _OTHER_CRIERS
        and (subject == 0 or doc.words[subject - 1] not in ("and", "me"))
    )


def _an_amount(doc: Doc, last: int) -> bool:
    """'(way) too much coffee' is an amount; 'too much for me', 'it was too much, ...' feelings."""
    following = last + 1
    return (
        doc.words[last] == "much"
        and following < len(doc)
        and doc.same_clause(last, following)
        and doc.words[following] not in WEAK_FOLLOWERS
        and doc.words[following] not in ("for", "to", "and", "but", "right", "lol")
    )


_WHERE_TO = frozenset({"to", "into", "the", "stairs", "from", "onto"})


def _a_movement(doc: Doc, last: int) -> bool:
    """'the lift brought me down to the lobby' moves the writer; 'brought me down' saddens."""
    following = last + 1
    return (
        doc.words[last] == "down"
        and doc.words[last - 1] == "me"
        and following < len(doc)
        and doc.same_clause(last, following)
        and doc.words[following] in _WHERE_TO
    )


# A relief word that is denied for the future: "nothing's ever going to get better",
# "it will never get easier", "won't ever feel better"
_NO_BETTER_AHEAD = re.compile(
    r"\b(?:nothing(?:'?s| is)?|never|not|won'?t|will not|isn'?t|aint|ain'?t)\s+(?:ever\s+)?"
    r"(?:going to|gonna|gunna|will|ever)?\s*(?:ever\s+)?(?:get|be|feel|gets)\s+(?:any\s+)?$"
)


def _interpret(
    doc: Doc,
    hits: list[PhraseHit[MoodTerm]],
    position: int,
    lead: int | None,
    start: int,
    previous_end: int,
) -> Mention | None:
    """The mention a feeling hit makes in context, or None when negation leaves nothing."""
    words = doc.words
    hit = hits[position]
    term = hit.value
    mention = Mention(
        state=term.state,
        first=hit.first,
        last=hit.last,
        strength=1 if (term.weak or term.cue) else 2,
        agitation=term.agitation,
        relief=term.kind == "relief",
    )
    if lead is not None:
        _apply_modifiers(mention, hits, lead, position)
    after = post_intensity(words, hit.last + 1)
    if after is not None:
        mention.intensity = max(mention.intensity or 0, after)
    if mention.relief and _NO_BETTER_AHEAD.search(doc.low, 0, doc.starts[hit.first]):
        return None  # "like nothing's going to get better": hopelessness, not relief
    negator = _negator_before(doc, start, previous_end)
    if negator is not None and not _negation_cancelled(words, negator, hit.first):
        anymore = (
            _anymore_after(doc, hits, position)
            or words[negator] == "stopped"
            or (words[negator + 1 : negator + 2] == ("longer",))
        )
        softened = any(
            word in ("as", "so", "that", "too") for word in words[negator + 1 : hit.first]
        )
        return mention if _negate(mention, anymore, softened) else None
    if mention.state is not None and not mention.relief and _fading_after(doc, hit.last):
        mention.faded = True  # "the panic has passed"
        mention.past = True
    return mention


def _ends_report(doc: Doc, last: int) -> bool:
    following = last + 1
    return (
        following >= len(doc)
        or not doc.same_clause(following, last)
        or doc.words[following] in _REPORT_ENDINGS
        or any(doc.words[following : following + len(when)] == when for when in _REPORT_TIMES)
    )


# "content right now", "low at the moment": the report, then when.
_REPORT_TIMES = (
    ("right", "now"),
    ("at", "the", "moment"),
    ("this", "morning"),
    ("this", "evening"),
    ("this", "afternoon"),
    ("earlier",),
    ("at", "first"),
)


# "ok this morning but now stressed", "okay earlier, but then ...": a time gone by, then "now"
# or a contrast, makes even "ok" a report.
_EARLIER_TIMES = (
    ("this", "morning"),
    ("earlier",),
    ("at", "first"),
    ("yesterday",),
    ("last", "night"),
    ("before",),
)


def _an_earlier_report(doc: Doc, last: int) -> bool:
    words = doc.words
    after = last + 1
    when = next((when for when in _EARLIER_TIMES if words[after : after + len(when)] == when), None)
    return when is not None and not _EARLIER_CONTRASTS.isdisjoint(words[after + len(when) :])


_EARLIER_CONTRASTS = frozenset({"now", "but", "then", "until", "till", "by"})


def _followed_by_word(doc: Doc, last: int) -> bool:
    following = last + 1
    return (
        following < len(doc)
        and doc.same_clause(following, last)
        and doc.words[following] not in WEAK_FOLLOWERS
    )


def _leading_modifiers(hits: list[PhraseHit[MoodTerm]], position: int) -> int | None:
    """Index of the first of the modifier hits directly before hit ``position``."""
    lead = None
    cursor = position - 1
    expected_end = hits[position].first - 1
    while cursor >= 0:
        hit = hits[cursor]
        if hit.value.kind not in ("intensifier", "less", "more") or hit.last != expected_end:
            break
        lead = cursor
        expected_end = hit.first - 1
        cursor -= 1
    return lead


def _apply_modifiers(
    mention: Mention, hits: list[PhraseHit[MoodTerm]], lead: int, position: int
) -> None:
    levels = []
    for hit in hits[lead:position]:
        if hit.value.kind == "intensifier":
            levels.append(hit.value.level)
        elif hit.value.kind == "less" and mention.state is not None:
            mention.relief = True
            mention.relief_from = mention.state
            mention.state = relief_state(mention.state)
    if levels:
        level = max(levels) + (1 if len(levels) > 1 and max(levels) >= 7 else 0)
        mention.intensity = min(10, level)


_HEDGED_DEGREES = frozenset({"almost", "nearly", "quite", "pretty", "fairly", "somewhat"})


def _framed_as_mood(doc: Doc, hits: list[PhraseHit[MoodTerm]], position: int, start: int) -> bool:
    """Whether a weak word is used as a feeling ("feeling low") rather than literally."""
    words = doc.words
    hit = hits[position]
    following = hits[position + 1] if position + 1 < len(hits) else None
    if (
        following is not None
        and following.first == hit.last + 1
        and following.value.kind == "state"
    ):
        return False  # "high anxiety", "bad panic attack": the weak word only qualifies
    if _describes_a_named_state(doc, hits, position, start):
        return False  # "the anxiety is bad tonight": how bad, not a second state
    following = words[hit.last + 1] if hit.last + 1 < len(words) else None
    if following is not None and following not in WEAK_FOLLOWERS:
        if doc.gap_before(hit.last + 1) == "-":
            return False  # "low-level", "high-quality": a compound, not a feeling
    elif following is not None:
        return True
    if tuple(words[hit.last + 1 : hit.last + 3]) in _HEDGES:
        return True  # "okay i guess"
    before = start - 1
    while (
        before > 0
        and (words[before].endswith("ly") or words[before] in _HEDGED_DEGREES)
        and doc.same_clause(before, start)
    ):
        before -= 1  # "been persistently low", "feel genuinely good", "feel almost content"
    if before < 0 or not doc.same_clause(before, start):
        # opening a clause, the word must be the whole report ("low again", "fine, thanks"),
        # not an adjective on a noun ("good idea", "low battery")
        return _ends_report(doc, hit.last) and (
            hit.value.weak == 1 or _an_earlier_report(doc, hit.last)
        )
    if words[before] in NEGATORS:
        return True
    if words[before] == "up" and before > 0 and words[before - 1] in _UP_VERBS:
        return True  # "woke up fine", "ended up low"
    if words[before] in CONJUNCTIONS:
        return before > 0 and (
            words[before - 1] in BODY_STATES
            or any(h.value.kind == "state" and h.last == before - 1 for h in hits[:position])
        )
    if words[before] not in COPULAS:
        return False
    if _a_particle_with_object(doc, hit.first, hit.last, before):
        return False
    if words[before] not in THIRD_PERSON_COPULAS:
        return True
    subject = before - 1
    if subject >= 0 and words[subject] in ("has", "have", "had"):
        subject -= 1
    return (
        subject < 0 or not doc.same_clause(subject, before) or words[subject] in PERSONAL_SUBJECTS
    )


# "the bank turned down the loan", "went down the stairs": the weak word is a particle with an
# object, not a report ("turned down" alone, "went down again" stay feelings).
_PARTICLE_VERBS = frozenset({"turned", "went", "gone", "got", "get", "getting"})
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "my", "his", "her", "their", "our", "your", "its", "him", "them"}
)


def _a_particle_with_object(doc: Doc, first: int, last: int, before: int) -> bool:
    following = last + 1
    return (
        first == last
        and doc.words[first] in ("down", "up")
        and doc.words[before] in _PARTICLE_VERBS
        and following < len(doc)
        and doc.same_clause(last, following)
        and doc.words[following] in _OBJECT_OPENERS
    )


def _describes_a_named_state(
    doc: Doc, hits: list[PhraseHit[MoodTerm]], position: int, start: int
) -> bool:
    copula = start - 1
    if copula < 1 or doc.words[copula] not in THIRD_PERSON_COPULAS:
        return False
    return any(
        hit.value.kind == "state" and hit.last == copula - 1 and not hit.value.weak
        for hit in hits[:position]
    )


def _negator_before(doc: Doc, start: int, floor: int) -> int | None:
    """Index of a negator governing the phrase starting at ``start`` ("not feeling that X")."""
    words = doc.words
    cursor = start - 1
    steps = 0
    while cursor > floor and steps < 5 and doc.same_clause(cursor, start):
        word = words[cursor]
        if word in NEGATORS:
            return cursor
        if word not in NEGATION_TRANSPARENT:
            return None
        cursor -= 1
        steps += 1
    return None


def _negation_cancelled(words: tuple[str, ...], negator: int, start: int) -> bool:
    """'never been so happy', 'couldn't be more relaxed': the negator emphasises, not negates."""
    between = words[negator + 1 : start]
    if words[negator] in ("havent", "hasnt", "hadnt"):
        # "haven't felt this low in ages": the state now, at its worst in a long time
        if words[start] in _COMPARED_WITH:  # the phrase is "felt this low" itself
            return words[start + 1 : start + 2] == ("this",)
        return words[start - 1] == "this" and any(w in _COMPARED_WITH for w in between)
    if words[negator] not in ("never", "couldnt", "cant"):
        return False
    return any(word in ("so", "this", "more") for word in between)


_COMPARED_WITH = frozenset({"felt", "been", "feeling"})


def _negate(mention: Mention, anymore: bool, softened: bool) -> bool:
    """Apply a negation to ``mention``; False when nothing of it remains to record.

    ``softened`` negations ("not as anxious", "not so overwhelmed") are comparatives.
    """
    state = mention.state
    if state is None or mention.relief:
        return False  # "not better", "not less anxious": no usable reading
    if anymore:
        mention.faded = True
        mention.past = True
        return True
    if softened and state not in _POSITIVE:
        mention.relief = True
        mention.relief_from = state
        mention.state = relief_state(state)
        return True
    if state in ("happy", "stable"):
        mention.state = "sad"  # "not okay", "not doing great"
        mention.strength = 1
        return True
    if state == "calm":
        mention.state = "anxious"  # "can't relax", "not calm at all"
        mention.strength = 1
        return True
    return False


def _anymore_after(doc: Doc, hits: list[PhraseHit[MoodTerm]], position: int) -> bool:
    hit = hits[position]
    for later in hits[position + 1 : position + 3]:
        if later.first - hit.last > 3 or not doc.same_clause(later.first, hit.last):
            return False
        if later.value.kind == "anymore":
            return True
    return False


def _fading_after(doc: Doc, last: int) -> bool:
    words = doc.words
    for index in range(last + 1, min(last + 4, len(words))):
        if not doc.same_clause(index, last):
            return False
        if words[index] in _FADING_AFTER:
            return not (
                words[index] == "over"
                and index + 1 < len(words)
                and doc.same_clause(index, index + 1)
            )
    return False


def _tag_time(doc: Doc, mention: Mention, start: int, floor: int, earlier: list[Mention]) -> None:
    """Mark a mention as before (past) or after (present) the shift, from nearby words.

    Explicit past words ("earlier", "yesterday", "used to") beat present ones ("now",
    "tonight"), which beat soft past hints ("was", "this morning").
    """
    words = doc.words
    window = [
        index for index in range(max(floor + 1, start - 4), start) if doc.same_clause(index, start)
    ]
    # a phrase may carry its own marker ("then nothing", "now nothing")
    before = [words[index] for index in window] + [words[mention.first]]
    after = []
    for index in range(mention.last + 1, min(mention.last + 4, len(words))):
        if not doc.same_clause(index, mention.last):
            break
        after.append(words[index])
    strong_past = soft_past = present = False
    if ARROW.search(doc.gap_before(start)) and earlier:
        present = True
    for offset, word in enumerate(before):
        if word == "now" and strong_past and earlier:
            # "was high yesterday now crashed": the past time belonged to the earlier state
            strong_past, present = False, True
        elif word == "from":
            mention.from_marker = True
            strong_past = True
        elif word in _STRONG_PAST or (word == "being" and "after" in before):
            strong_past = True
        elif word in _PRESENT_BEFORE or word in _PRESENT_TIMES:
            present = True
        elif word == "by" and earlier and _names_a_later_time(before[offset + 1 : offset + 3]):
            present = True  # "calm at breakfast, by dinner I was furious"
        elif word in ("to", "into") and earlier:
            # the verb may be the previous mention itself: "spiralled into panic"
            verb = ""
            if offset > 0:
                verb = before[offset - 1]
            elif window and window[0] > 0:  # never wrap round to the message's last word
                verb = words[window[0] - 1]
            shifted = verb in _SHIFT_VERBS
            present = present or shifted or any(m.from_marker for m in earlier)
        elif word in _SOFT_PAST:
            soft_past = True
    if (
        "felt" in before
        and after[:1]
        and after[0] in _SETTINGS
        and _contrast_later(doc, mention.last)
    ):
        soft_past = True  # "felt ok at work but ...": the feeling of a setting gone by
    for offset, word in enumerate(after):
        if (
            word == "before"
            and _opens_an_event(doc, mention.last + 1 + offset)
            and not _contrast_later(doc, mention.last)
        ):
            continue  # "terrified before my driving test": what is ahead, not a past state
        if word in _STRONG_PAST or (offset and after[offset - 1] == "last" and word in TIME_WORDS):
            strong_past = True
        elif word in _PRESENT_AFTER or word in _PRESENT_TIMES:
            present = True
        elif word in _SOFT_PAST:
            soft_past = True
    if mention.relief:
        mention.present = present  # "less panicky than earlier": the comparison is now
    elif strong_past:
        mention.past = True
        mention.strong_past = True
    elif present:
        mention.present = True
    elif soft_past:
        mention.past = True
    if mention.faded:
        mention.past = True
        mention.present = False


# Where or when a feeling was: "felt okay at breakfast", "felt good this morning".
_SETTINGS = frozenset({"at", "this", "earlier", "in", "first", "all", "during", "on", "yesterday"})
_CONTRASTS = frozenset({"but", "now", "then", "until", "till"})


def _contrast_later(doc: Doc, last: int) -> bool:
    """Whether a later clause turns against what came before ("..., but", "... now")."""
    return any(
        doc.words[index] in _CONTRASTS and not doc.same_clause(index, last)
        for index in range(last + 1, len(doc))
    )


def _opens_an_event(doc: Doc, index: int) -> bool:
    """Whether the word at ``index`` ("before") is followed, in its clause, by what it precedes."""
    following = index + 1
    return (
        following < len(doc)
        and doc.same_clause(index, following)
        and doc.words[following] not in _EARLIER_CONTRASTS
        and doc.words[following] not in _REPORT_ENDINGS
    )


_LATER_PARTS_OF_DAY = frozenset(
    {
        "lunch",
        "lunchtime",
        "noon",
        "midday",
        "afternoon",
        "dinner",
        "dinnertime",
        "teatime",
        "tea",
        "supper",
        "evening",
        "night",
        "bedtime",
        "tonight",
        "midnight",
        "then",
        "now",
    }
)


def _names_a_later_time(words: list[str]) -> bool:
    """Whether the words after "by" name a later part of the day ("by dinner", "by the evening")."""
    if words[:1] == ["the"]:
        words = words[1:]
    return bool(words) and words[0] in _LATER_PARTS_OF_DAY


def _resolve_relief(mentions: list[Mention]) -> None:
    """Give plain "better" the state it implies, from the nearest troubled state before it."""
    for index, mention in enumerate(mentions):
        if mention.state is not None:
            continue
        base: MoodState | None = None
        for earlier in reversed(mentions[:index]):
            if earlier.state is not None and (earlier.faded or earlier.state not in _POSITIVE):
                base = earlier.relief_from or earlier.state
                break
        mention.relief_from = base
        mention.state = relief_state(base)


def _choose(
    doc: Doc, mentions: list[Mention]
) -> tuple[MoodState | None, MoodState | None, list[Mention]]:
    if _SWINGS.search(doc.low) and len({m.state for m in mentions}) > 1:
        return "mixed", None, list(mentions)  # "happy one minute, sobbing the next"
    present = [m for m in mentions if m.present and not m.faded]
    past = [m for m in mentions if m.past or m.faded]
    untagged = [m for m in mentions if not m.present and not m.past and not m.faded]
    if present:
        # "wired for days, today agitated and hopeless": the present part may itself be mixed
        since_now = [m for m in untagged + present if m.first >= present[0].first]
        mixed = _mixed(doc, since_now)
        if mixed:
            before = [m for m in mentions if m.last < present[0].first and m.state != "mixed"]
            return "mixed", _most_telling(before).state if before else None, mixed
        current = present[-1]
        return current.state, _previous_for(current, mentions), [current]
    reliefs = [m for m in untagged if m.relief]
    if reliefs:
        current = reliefs[-1]
        named = [
            m
            for m in untagged
            if not m.relief
            and m.first > current.last
            and m.state in _POSITIVE
            and not doc.same_clause(m.first, current.last)
        ]
        if named:
            # "mood lifted after the visit, feeling cheerful": the lift, then what it became
            return named[-1].state, current.relief_from, [named[-1]]
        previous = current.relief_from if current.relief_from != current.state else None
        return current.state, previous or _previous_for(current, mentions), [current]
    if untagged:
        if not past:
            mixed = _mixed(doc, untagged)
            if mixed:
                return "mixed", None, mixed
        current = _most_telling(untagged)
        return current.state, _previous_for(current, mentions) if past else None, [current]
    faded = [m for m in past if m.faded]
    if faded:
        last = faded[-1]
        assert last.state is not None
        return _after_fading(last.state), last.state, []
    current = _most_telling(past)
    # a story told in the past ("felt fine at the party but ... i was in tears"): the state
    # of an earlier clause came before
    earlier = [
        m
        for m in past
        if m.last < current.first
        and m.state != current.state
        and not doc.same_clause(m.last, current.first)
    ]
    return current.state, earlier[-1].state if earlier else None, [current]


def _previous_for(current: Mention, mentions: list[Mention]) -> MoodState | None:
    others = [m for m in mentions if m is not current and m.state != current.state]
    tagged = [m for m in others if m.past or m.faded]
    if tagged:
        return tagged[-1].state
    before = [m for m in others if m.first < current.first]
    if before:
        # "less anxious than yesterday but still uneasy": the eased state is not where it began
        earlier = before[-1]
        return (earlier.relief and earlier.relief_from) or earlier.state
    if current.relief and current.relief_from:
        return current.relief_from
    return None


def _most_telling(candidates: list[Mention]) -> Mention:
    strongest = max(m.strength for m in candidates)
    chosen = next(m for m in candidates if m.strength == strongest)
    assert chosen.state is not None
    family = family_of(chosen.state)
    for other in candidates:
        if (
            other.strength == strongest
            and other.state is not None
            and family_of(other.state) == family
            and _ACUITY.get(other.state, 0) > _ACUITY.get(chosen.state, 0)
        ):
            chosen = other
    return chosen


def _mixed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions that make a mixed state (low and revved up at once), or []."""
    explicit = [m for m in mentions if m.state == "mixed" and m.strength == 2]
    if explicit:
        return explicit
    low = [m for m in mentions if m.state in _DEPRESSIVE]
    up = [m for m in mentions if m.state in _ELEVATED or m.agitation]
    if low and up:
        return low + up
    if _SIMULTANEITY.search(doc.low):
        families = {
            family_of(m.state) for m in mentions if m.state and m.state not in ("stable", "calm")
        }
        if len(families) >= 2 and ("depressive" in families or "elevated" in families):
            return [m for m in mentions if m.state not in ("stable", "calm")]
    return []


def _intensity(doc: Doc, chosen: list[Mention], claimed: Collection[int]) -> int | None:
    """From intensifiers on the chosen state, else a number right after it ("panic level 9"),
    else a score in its clause, else the message's only unclaimed score ("anxious, like 7/10")."""
    levels = [m.intensity for m in chosen if m.intensity]
    if levels:
        return max(1, min(10, max(levels)))
    for mention in chosen:
        after = _NUMBER_AFTER.match(doc.low, doc.ends[mention.last])
        if after is not None and not _claimed_at(doc, after.start(1), claimed):
            return int(after.group(1))
        clause = doc.clause[mention.first]
        in_clause = [i for i in range(len(doc)) if doc.clause[i] == clause]
        scores = _scores(doc, doc.starts[in_clause[0]], doc.ends[in_clause[-1]], claimed)
        if scores:
            return scores[0]
    scores = _scores(doc, 0, len(doc.low), claimed) if chosen else []
    return scores[0] if len(scores) == 1 else None


def _scores(doc: Doc, start: int, end: int, claimed: Collection[int]) -> list[int]:
    """Unclaimed 'N/10' or 'N out of 5' scores between two characters, on a 1-10 scale."""
    found = []
    for match in _NUMBER_SCORE.finditer(doc.low, start, end):
        if _claimed_at(doc, match.start(), claimed):
            continue
        value = float(match.group(1)) * (10 / int(match.group(2)))
        if 1 <= value <= 10:
            found.append(round(value))
    return found


def _claimed_at(doc: Doc, char: int, claimed: Collection[int]) -> bool:
    return any(index in claimed for index in doc.token_span(char, char + 1))


def _emoji_reading(doc: Doc) -> MoodReading:
    match = _EMOJI.search(doc.low)
    if match is None:
        return MoodReading(None, None, None, None, ())
    # the word before the emoji stands in for it, so "feeling 😡 about the bill" has a cause
    before = doc.token_at(match.start()) - 1
    spans = ((before, before),) if before >= 0 else ()
    return MoodReading(_EMOJI_STATES[match.group()], None, None, match.start(), spans)
