"""Pill counts: "took 30 of my lamotrigine", "saving up sleeping pills", "would 20 kill me".

A number of pills means nothing alone ("took 2 paracetamol", "I take 10 pills a day"); what
the writer did or means to do with them decides the level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.crisis.context import Referent, Segments, is_mistake, is_negated, referent
from bot.crisis.levels import Hit, Level
from bot.crisis.lexicon import DANGEROUS_IN_FEW, MEDICINES, alternation
from bot.crisis.message_facts import MessageFacts, act_time
from bot.crisis.phrases import ANY_MED, OVERDOSE_TIMING, POSSIBLE_OVERDOSE_TIMING
from bot.crisis.prefilter import GateIndex
from bot.crisis.scan import ViewScan

_NUMBER_WORDS = {
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "dozens of": 24,
}
_CONTAINER = r"(?:bottle|box|pack|packet|strip|sheet|blister pack|blister|jar|tub|container|supply|prescription)"
_MANY = (
    rf"an? (?:whole |full |entire |half )?(?:{_CONTAINER}|month's supply|week's supply)s?"
    rf"|(?:my|her|his) (?:whole|full|entire) {_CONTAINER}"
    rf"|the (?:whole|full|entire|rest of the) {_CONTAINER}|(?:two|three|four|several|2|3|4|"
    rf"multiple) {_CONTAINER}(?:s|es)|all(?: of)?|every(?: single)?(?: one of)?|a handful of|"
    r"handfuls of|a fistful of|a bunch of|a (?:whole )?load of|loads of|lots of|a lot of|so many|too many|"
    r"way too many|tons of|a ton of|the rest of|more than \d+|over \d+|a shit ?load of|heaps of"
)
_UNIT = (
    r"(?:mg|mcg|ug|ml|g|milligrams?|grams?|units?|iu|days?|weeks?|hours?|minutes?|mins?|times?|"
    r"years?|months?|am|pm|percent|kg|lbs?|pounds|dollars|bucks|euros|quid)"
)
_WHAT_PILLS = (
    r" (?:(?:of|my|the|those|these|her|his|some|extra|more|all|mom's|dad's|mum's|mam's|nan's|"
    r"gran's|grandma's|grandad's|grandpa's|partner's|husband's|wife's|sister's|brother's|your|"
    rf"them|prescription) ){{0,3}}(?:(?:(?!{_UNIT}\b)[a-z]+ )?(?P<med>{ANY_MED})\b|(?P<pronoun>more|"
    r"extra|of them|of those|of these|at once|in one go)\b)"
)
_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# Counts in digits and in words are two patterns: the digit one starts with a digit, which
# the regex engine skips to quickly, and the word one runs only when such words are present.
_DIGIT_COUNT = re.compile(
    rf"(?<![\w.,/:])(?P<number>\d{{1,4}})(?:\+| or so| or more| plus)?{_WHAT_PILLS}"
)
_WORD_COUNT = re.compile(
    rf"\b(?:(?P<word>{_NUMBER_WORD})|"
    rf"(?P<many>{_MANY})){_WHAT_PILLS}"
)
# A container or "the lot" named alone, its medicine named elsewhere: "... quetiapine. I took
# the whole strip", "3 months supply. going to take the lot tonight". The ``med`` group never
# takes part (the medicine is looked for in the whole message, as for "took 30 more").
_CONTAINER_ALONE = re.compile(
    rf"\b(?P<many>(?:the|a|an|my) (?:whole|full|entire) {_CONTAINER}|the (?:whole )?lot)\b(?! of\b)"
    r"(?P<med>(?!))?"
)
_MENTIONS_MEDICINE = re.compile(rf"\b{ANY_MED}\b")
_MEDICINE_GATE = GateIndex([re.compile(ANY_MED)])
_QUANTITY_GATE = GateIndex([re.compile(_MANY), re.compile(_NUMBER_WORD), re.compile(r"\blot\b")])
_MEDICINE_NAMES = frozenset(MEDICINES)
_DANGEROUS_IN_FEW = frozenset(DANGEROUS_IN_FEW)
_DANGEROUS_NAME = re.compile(rf"\b{alternation(DANGEROUS_IN_FEW)}\b")

_TAKEN = re.compile(
    r"\b(?:took|taken|taking|swallow(?:ed|ing)?|down(?:ed|ing)|pop(?:ped|ping)|ate|eaten|eating|"
    r"chug(?:ged|ging)|neck(?:ed|ing)|consumed|had|overdosed on|od'd on|gulped)\b"
)
_INTENT = re.compile(
    r"\b(?:going to|gonna|will|i'll|about to|plan(?:ning)? to|decided to|ready to|intend to|"
    r"tonight i|i'm doing)\b"
)
_DESIRE = re.compile(
    r"\b(?:want|wanna|wanted|thinking|thought|tempted|urges?|considering|should i|feel like|"
    r"wish|could just|might)\b"
)
_STOCKPILE = re.compile(
    r"\b(?:sav(?:ed|ing)|stockpil\w*|hoard\w*|collect\w*|stash\w*|hid|hidden|hiding|counted|"
    r"counting|lined up|set aside|put aside|kept|keeping|gathered|got together)\b"
)
_LETHAL_QUESTION = re.compile(
    r"\b(?:lethal|fatal|deadly|kill me|kill you|kill someone|enough to (?:die|kill|not wake)|"
    r"would it kill|be enough|how many|how much|to die|to overdose)\b|\benough\s*\??\s*$"
)
_SAFETY_QUESTION = re.compile(
    r"\b(?:what (?:happens|would happen)|is it (?:safe|dangerous|bad|ok|okay)|can you die|"
    r"would that be|overdose)\b"
)
# A daily regimen is no overdose ("I take 10 pills a day", "all my meds this morning").
_REGIMEN = re.compile(
    r"\b(?:as prescribed|per day|a day|daily|every (?:day|morning|night|evening)|each day|"
    r"organi[sz]er|refill|pharmacy|pharmacist|prescribed|supposed to|dose is|normal dose|usual dose|"
    r"as usual|gave me|dispensed|came with|left in|in the (?:box|bottle|pack)|"
    r"like normal|routine|vitamins?|supplements?|multivitamin|as (?:directed|instructed|told)|"
    r"(?:like|as) (?:the |my )?(?:doctor|dr|gp|psychiatrist|nurse|pharmacist)\w* (?:said|says|told|"
    r"ordered|wants|asked)|doctor's orders|like i(?:'m| am| was) (?:told|supposed)|like i should)\b"
)
_ON_SCHEDULE = re.compile(
    r"\b(?:today|this morning|on time|for the day|finally|yay|like a good|remembered|for once|"
    r"with (?:breakfast|dinner|lunch|food))\b"
)


def _count(match: re.Match[str]) -> int | None:
    """How many pills; None for 'all of', 'a bottle of' and the like (always many)."""
    groups = match.groupdict()
    if groups.get("number"):
        return int(groups["number"])
    if groups.get("word"):
        return _NUMBER_WORDS[groups["word"]]
    return None


def pill_count_hits(view: ViewScan) -> Iterator[Hit]:
    text = view.text
    if not _MEDICINE_GATE.candidates(text, view.trigrams):
        return
    matches = list(_DIGIT_COUNT.finditer(text))
    if _QUANTITY_GATE.candidates(text, view.trigrams):
        matches += _WORD_COUNT.finditer(text)
        matches += _CONTAINER_ALONE.finditer(text)
    for match in matches:
        hit = _assess_count(view.text, view.segments, view.facts, match)
        if hit is not None:
            yield hit
            if hit.level is Level.IMMINENT:
                return  # nothing further can raise the level


def _assess_count(
    text: str, segments: Segments, facts: MessageFacts, match: re.Match[str]
) -> Hit | None:
    count = _count(match)
    if _is_not_an_overdose(text, segments, match, count):
        return None
    sentence = segments.sentence_at(match.start())
    before = text[max(sentence.start, match.start() - 80) : match.start()]
    many = count is None or count >= 10
    if _LETHAL_QUESTION.search(text, sentence.start, sentence.end):
        return Hit("method_research", Level.HIGH)
    if (
        _SAFETY_QUESTION.search(text, sentence.start, sentence.end)
        and "?" in text[match.end() : sentence.end + 2]
    ):
        return Hit("method_question", Level.MODERATE)
    if _INTENT.search(before):
        if facts.soon_any:
            return Hit("plan_with_time", Level.IMMINENT)
        return Hit("overdose_intent", Level.HIGH)
    if _DESIRE.search(before):
        return Hit("method_thoughts", Level.MODERATE)
    if _STOCKPILE.search(before):
        return Hit("preparation", Level.HIGH)
    if _TAKEN.search(before):
        if many:
            timing = OVERDOSE_TIMING
        elif _names_a_dangerous_medicine(text, sentence.start, sentence.end, match):
            timing = POSSIBLE_OVERDOSE_TIMING
        else:
            return Hit("pill_quantity", Level.MODERATE)
        level, signal = timing.at(act_time(text, segments, facts, match.start()))
        return Hit(signal, level)
    if many and facts.soon_definite and _said_alone(text, sentence.start, sentence.end, match):
        return Hit("method_thoughts", Level.MODERATE)  # "a handful of pills tonight", nothing more
    return Hit("pill_quantity", Level.LOW) if many else None


def _said_alone(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """The pills and a time make the whole sentence: no verb says what they are for."""
    rest = text[start : match.start()] + " " + text[match.end() : end]
    return len(rest.split()) <= 2


def _names_a_dangerous_medicine(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    named = match.group("med")
    if named in _DANGEROUS_IN_FEW:
        return True
    # "took 6 of my sleeping pills": the count's own words may stop at "pills".
    nearby = text[max(start, match.start() - 20) : min(end, match.end() + 30)]
    return _DANGEROUS_NAME.search(nearby) is not None


def _is_not_an_overdose(
    text: str, segments: Segments, match: re.Match[str], count: int | None
) -> bool:
    """A usual dose, a denial, someone else's pills, a mistake or a daily regimen."""
    med = match.group("med")
    if med is None and not _MENTIONS_MEDICINE.search(text):
        return True  # "took 30 more" counts pills only when pills are named
    if count is not None and (count < 5 or (count >= 100 and med in _MEDICINE_NAMES)):
        return True  # a normal dose, or milligrams written without the unit
    clause = segments.clause_at(match.start())
    sentence = segments.sentence_at(match.start())
    return (
        is_negated(text, clause.start, match.start())
        or referent(text, clause.start, match.start()) is not Referent.SELF
        or is_mistake(text, sentence)
        or _REGIMEN.search(text, sentence.start, sentence.end) is not None
        or (count is None and _ON_SCHEDULE.search(text, sentence.start, sentence.end) is not None)
    )
