"""What a message mainly is: greetings, questions, and the priority between findings.

Priority, highest first. A message is filed once, under its main purpose, but every
structure recognised is still filled in (except for notes and facts, which are kept as text:
their content is not a live report).
1. session_note  - it opens with a note request ("note for my therapist: ...", "tell my pdoc ...")
2. knowledge     - it opens with a request to remember a fact ("remember that ...", "fyi ...")
3. baseline / dbt_diary - it carries a check-in (a mood score, two check-in values, or a
   "morning:"/"check-in" frame) or diary-card scores (sadness 4, urge to drink 2). Scores are
   deliberate logging, so they outrank mood words; with both kinds the one with more scores
   wins, and a mood score tips a tie to baseline.
4. question      - it asks the bot something ("how does ...?", "what should I do when I panic")
5. dbt_diary     - unscored diary content (skills used, urges acted on or resisted), unless
   the message opens with a mood and the skills come after it
6. medication / mood_shift - a medication event is the main point when it is a change or a
   side effect, when it comes before the mood words, or when there is no mood state;
   otherwise the mood shift is.
7. baseline      - a single check-in value with nothing else ("slept 7h")
8. greeting      - nothing but a greeting
9. other
"""

from __future__ import annotations

import re

from bot.understanding.models import MoodShiftData
from bot.understanding.offline.baseline import BaselineReading
from bot.understanding.offline.dbt import DiaryReading
from bot.understanding.offline.medication import MedicationReading
from bot.understanding.offline.mood import MoodReading
from bot.understanding.offline.text import Doc
from bot.vocabulary import Intent

_GREETING_WORD = (
    r"(?:hi+|hello+|helo|hey+|heya|hiya|howdy|yo|sup|wassup|greetings|hai|namaste|salaam|g'?day|"
    r"(?:good|gd|gud)\s+(?:morning|mornin|afternoon|evening|night|nite|day)|morning|mornin|evening|afternoon|gm|gn|"
    r"bye|goodbye|bye bye|good\s*night|night night|nite|see (?:you|ya)(?: later| tomorrow| soon)?|"
    r"cya|ttyl|how are (?:you|u|ya)(?: doing)?(?: today)?|how(?:'?s| is) it going|how are things|"
    r"what'?s up|whats up|hope you'?re (?:well|ok|okay|good)|long time no see|it'?s me again|i'?m back|"
    r"(?:just )?checking in|dear(?=\s+(?:sanctum|bot|friend|diary)\b)|"
    # coming back: "first time on here in a while", "been ages," (not "been ages since I slept")
    r"first time (?:on|in) here(?: (?:in|for) (?:a while|ages|a bit|a long time|forever|months|weeks))?|"
    r"(?:it'?s )?been (?:a while|ages|a long time|forever)(?=\s*(?:[,.!~]|$)))"
)
_GREETING_PREFIX = re.compile(
    rf"^[\s,.!~]*(?:{_GREETING_WORD}\b(?:\s+(?:there|sanctum|bot|buddy|friend|pal|again|all|"
    r"everyone|you|mate|love|lovely|dear|folks))*[\s,!.?~:;\-]*)+"
)
_INTERROGATIVES = frozenset(
    {
        "how",
        "what",
        "why",
        "where",
        "when",
        "which",
        "who",
        "whats",
        "hows",
        "whys",
        "wheres",
        "whos",
        "whens",
    }
)
_WH_FOLLOWERS = frozenset(
    {
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "is",
        "are",
        "am",
        "was",
        "were",
        "to",
        "much",
        "many",
        "long",
        "often",
        "come",
        "about",
        "if",
        "kind",
        "sort",
        "type",
        "happens",
        "happened",
        "dose",
        "skills",
        "time",
        "s",
        "exactly",
        "else",
        "counts",
        "shall",
        "might",
        "has",
        "have",
    }
)
# "what's the best way", "how's" already carry their verb.
_FUSED_INTERROGATIVES = frozenset({"whats", "hows", "whys", "wheres", "whos", "whens"})
_AUXILIARIES = frozenset(
    {
        "can",
        "could",
        "would",
        "should",
        "will",
        "do",
        "does",
        "did",
        "is",
        "are",
        "am",
        "may",
        "shall",
        "have",
        "has",
        "was",
        "were",
        "r",
        "might",
        "must",
    }
)
# Auxiliaries that open a question even without a question mark ("should i take it now").
_ASKING_AUXILIARIES = frozenset(
    {
        "can",
        "could",
        "would",
        "should",
        "will",
        "do",
        "does",
        "did",
        "am",
        "may",
        "shall",
        "might",
        "r",
        "is",
        "are",
    }
)
_AUX_SUBJECTS = frozenset(
    [
        "you",
        "u",
        "i",
        "we",
        "it",
        "there",
        "someone",
        "anyone",
        "they",
        "people",
        "sanctum",
        "this",
        "that",
    ]
)
# "does the bot ...", "is my mood ...": a determiner subject, but not after "do"/"did"
# ("did the dishes" is a statement)
_AUX_DETERMINERS = frozenset(["the", "my", "your", "these", "those", "this", "that"])
_ASKING = re.compile(
    r"^(?:any (?:tips|advice|ideas|suggestions|thoughts|help)|anyone else|tips (?:for|on)|advice (?:for|on)|"
    r"help me|can you help|tell me (?:about|how|what|why|more|a)|explain|i wonder|i was wondering|"
    r"wondering (?:if|whether|how|what|why)|"
    r"how come|what if|is it (?:ok|okay|normal|bad|safe|possible)|quick question|question|help|"
    r"sos)\b"
)
_FILLER_START = re.compile(
    r"^(?:(?:ok|okay|so|um+|hmm+|hm+|well|but|and|like|anyway|sorry|right|also|just|honestly|"
    r"quick|oh|ah|uh|ugh|basically|btw|ps)\b[\s,.]*)+"
)
# Only these open a relative clause after a comma often enough to read as one ("..., when is
# lunch" and "..., where is the coffee" still ask).
_RELATIVES = frozenset({"which", "whose"})
_SENTENCE = re.compile(r"[^.!?\n,;:]+[.!?\n,;:]*")


def greeting_end(low: str) -> int:
    """Where the message continues after an opening greeting (0 when there is none)."""
    match = _GREETING_PREFIX.match(low)
    return (
        match.end() if match and match.end() > 0 and any(c.isalpha() for c in match.group()) else 0
    )


def is_only_greeting(doc: Doc, body_start: int) -> bool:
    if body_start == 0:
        return False
    remainder = doc.low[body_start:]
    return sum(1 for ch in remainder if ch.isalnum()) == 0 or (
        len(remainder.split()) == 1
        and remainder.strip(" !.?,~").isalpha()
        and len(remainder.strip()) <= 12
    )


def is_question(low: str, body_start: int) -> bool:
    """Whether the message (after any greeting) asks the bot something."""
    body = low[body_start:]
    after_comma = False
    for sentence in _SENTENCE.findall(body):
        relative = after_comma  # ", which would have been ...": a relative clause, no question
        stripped = _FILLER_START.sub("", sentence.strip(" \t,;:-~*\"'"))
        after_comma = bool(stripped) and sentence.rstrip().endswith((",", ";"))
        if not stripped:
            continue
        words = [w.replace("'", "") for w in re.findall(r"[a-z']+", stripped)]
        if relative and _is_relative_clause(words) and not stripped.endswith("?"):
            continue
        if _opens_question(words) or _ASKING.match(stripped):
            return True
        if (
            stripped.endswith("?")
            and words
            and (words[0] in _INTERROGATIVES or words[0] in _AUXILIARIES)
        ):
            return True
        if stripped.endswith("?") and ("you" in words or "u" in words):
            return True
    return False


def _is_relative_clause(words: list[str]) -> bool:
    """'which would have been his birthday', not 'which should i take' or 'when will it pass'."""
    return (
        len(words) >= 2
        and words[0] in _RELATIVES
        and (len(words) < 3 or words[2] not in _AUX_SUBJECTS)
    )


def _opens_question(words: list[str]) -> bool:
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if first in _FUSED_INTERROGATIVES:
        return True
    if first in _INTERROGATIVES:
        return second in _WH_FOLLOWERS
    if first in _ASKING_AUXILIARIES:
        return second in _AUX_SUBJECTS or (
            first not in ("do", "did") and second in _AUX_DETERMINERS
        )
    return False


def main_intent(
    doc: Doc,
    body_start: int,
    baseline: BaselineReading,
    diary: DiaryReading,
    medication: MedicationReading,
    mood: MoodReading,
    mood_shift: MoodShiftData | None,
) -> Intent:
    """The message's main purpose, by the priority in this module's docstring."""
    scored_check_in = is_scored_check_in(baseline)
    if scored_check_in and diary.ratings:
        check_in_wins = baseline.rated_fields > diary.ratings or (
            baseline.rated_fields == diary.ratings and baseline.mood_rated
        )
        return "baseline" if check_in_wins else "dbt_diary"
    if scored_check_in:
        return "baseline"
    if diary.ratings:
        return "dbt_diary"
    if is_question(doc.low, body_start):
        return "question"
    if diary.data is not None and _diary_is_main(diary, mood):
        return "dbt_diary"
    if medication.data is not None and _medication_is_main(medication, mood):
        return "medication"
    if medication.errand and mood.current is None:
        return "medication"  # "picked up my prescription": nothing to log, but about medicine
    if mood_shift is not None:
        return "mood_shift"
    if baseline.data is not None:
        return "baseline"
    if is_only_greeting(doc, body_start):
        return "greeting"
    return "other"


def _diary_is_main(diary: DiaryReading, mood: MoodReading) -> bool:
    """Skills alone are the point unless the message opens with how the person feels."""
    assert diary.data is not None
    if diary.data.urges or diary.data.actions or diary.data.emotions or mood.current is None:
        return True
    return mood.first_char is None or (diary.first_skill_at or 0) <= mood.first_char


def is_scored_check_in(baseline: BaselineReading) -> bool:
    """A check-in rather than a stray number: a mood score, two values, or a check-in frame."""
    return baseline.data is not None and (
        baseline.mood_rated
        or baseline.rated_fields >= 2
        or baseline.kind_stated
        or baseline.check_in_word
        or baseline.rejected
    )


def _medication_is_main(medication: MedicationReading, mood: MoodReading) -> bool:
    assert medication.data is not None
    if medication.data.event in ("side_effect", "changed") or mood.current is None:
        return True
    return mood.first_char is None or (medication.start or 0) <= mood.first_char
