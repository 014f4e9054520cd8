"""What a message mainly is: greetings, questions, and the priority between findings.

Priority, highest first (a message is filed once, under its main purpose; every structure
recognised is still filled in):
1. session_note  - it opens with a note request ("note for my therapist: ...", "tell my pdoc ...")
2. knowledge     - it opens with a request to remember a fact ("remember that ...", "fyi ...")
3. baseline / dbt_diary - it carries check-in or diary-card *scores* (mood 6/10, anxiety 3,
   sadness 4, urge to drink 2). Scores are deliberate logging, so they outrank mood words;
   when both kinds of scores appear the one with more scores wins (a mood score tips a tie
   to baseline).
4. question      - it asks the bot something ("how does ...?", "what should I do when I panic")
5. dbt_diary     - unscored diary content: skills used, urges acted on or resisted
6. medication / mood_shift - a medication event is the main point when it is a change or a
   side effect, when it comes before the mood words, or when there is no mood state;
   otherwise the mood shift is.
7. baseline      - a lone unscored-looking check-in value ("slept 7h") with nothing else
8. greeting      - nothing but a greeting
9. other
"""

from __future__ import annotations

import re

from bot.understanding.offline.text import Doc

_GREETING_WORD = (
    r"(?:hi+|hello+|helo|hey+|heya|hiya|howdy|yo|sup|wassup|greetings|hai|"
    r"good\s+(?:morning|afternoon|evening|night|day)|morning|mornin|evening|afternoon|gm|gn|"
    r"bye|goodbye|bye bye|good\s*night|night night|nite|see (?:you|ya)(?: later| tomorrow| soon)?|"
    r"cya|ttyl|how are (?:you|u|ya)(?: doing)?(?: today)?|how(?:'?s| is) it going|how are things|"
    r"what'?s up|whats up|hope you'?re (?:well|ok|okay|good)|long time no see|it'?s me again|i'?m back)"
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
_FUSED_INTERROGATIVES = frozenset({"whats", "hows", "whys", "wheres", "whos"})
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
    r"wondering (?:if|whether|how|what|why)|not sure (?:how|what|if|whether)|idk (?:how|what|if)|"
    r"how come|what if|is it (?:ok|okay|normal|bad|safe|possible)|quick question|question|help|"
    r"sos)\b"
)
_FILLER_START = re.compile(
    r"^(?:(?:ok|okay|so|um+|hmm+|hm+|well|but|and|like|anyway|sorry|right|also|just|honestly|"
    r"quick|oh|ah|uh|ugh|basically|btw|ps)\b[\s,.]*)+"
)
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
    for sentence in _SENTENCE.findall(body):
        stripped = _FILLER_START.sub("", sentence.strip(" \t,;:-~*\"'"))
        if not stripped:
            continue
        words = [w.replace("'", "") for w in re.findall(r"[a-z']+", stripped)]
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
