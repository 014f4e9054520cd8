"""Things the person asks the bot to keep: a fact ("remember that ...") or a note for a
clinician ("note for my therapist: ..."). Both are recognised only as the opening request of
a message (after any greeting), so "I can't remember that day" is no request."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.offline.typos import within_one_edit, within_two_edits

_AUDIENCE = (
    r"(?:psychiatric nurse|care coordinator|care co-?ordinator|case manager|social worker|"
    r"support worker|key ?worker|care team|dbt (?:therapist|coach|group|team)|skills group|"
    r"therapist|therapy|psychiatrist|pdoc|p-doc|psych|shrink|doctor|doc|dr\.?(?:\s+(?!(?:i|im|i'm|that|about|my|the|to|know|if|we|he|she)\b)[a-z]+)?|gp|"
    r"physician|counsell?or|psychologist|nurse|cpn|prescriber|clinician|team|group|consultant|"
    r"mental health team|crisis team)"
)
_CANONICAL_AUDIENCE = {
    "therapy": "therapist",
    "shrink": "therapist",
    "pdoc": "psychiatrist",
    "p-doc": "psychiatrist",
    "psych": "psychiatrist",
    "doc": "doctor",
    "gp": "doctor",
    "physician": "doctor",
    "counselor": "counsellor",
    "cpn": "nurse",
    "psychiatric nurse": "nurse",
    "care co-ordinator": "care coordinator",
    "care coordinator": "care coordinator",
    "keyworker": "key worker",
}
# "for my session thurs:", "note for my therapist tomorrow -": when it is for.
_WHEN = (
    r"(?:\s+(?:on\s+|this\s+|next\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|sday|nesday|rsday|urday)?|\s+(?:tomorrow|tmrw|tmr|today|tonight|later|next week|this week))?"
)
_POLITE = r"(?:(?:please|pls|plz|can you|could you|would you|will you|can u|could u|hey|ok|okay|so)[\s,]+)*"
_SEP = r"\s*(?:[:\-\u2013,]\s*|\s)"

_NOTE_PATTERNS = (
    re.compile(
        rf"^{_POLITE}(?:(?:make|jot|write|leave|add|take)\s+)?(?:a |quick |another |private |session |small )?"
        rf"(?:note|memo|message|reminder|msg)s?\s+(?:to\s+self\s+)?"
        rf"(?:for|to|4|2)\s+(?:my\s+|the\s+|our\s+)?(?P<aud>{_AUDIENCE})\b{_WHEN}{_SEP}(?:that\s+)?(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:remind me to |i (?:want|need|have) to |i should |i must |don'?t let me forget to |"
        rf"make sure i |help me remember to |(?:a |quick )?reminder to |note to |remember to |need to |"
        rf"gotta |got to |have to |must |want to |(?:something|things?|stuff|one thing|a thing|a point|points?|"
        rf"topics?|questions?|issues?) (?:i (?:want|need|have) )?to )?(?:tell|let|ask|inform|remind|update|bring up (?:with|to)|mention (?:to|for)|"
        rf"raise with|raise to|discuss with|go over with|talk to|talk about with|pass on to|message)\s+(?:my\s+|the\s+|our\s+)?(?P<aud>{_AUDIENCE})\b{_WHEN}"
        rf"(?:\s+know)?(?:\s+(?:that|about|how|if|whether|re|regarding))?{_SEP}(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:for|to|4)\s+(?:my\s+|the\s+|our\s+)?(?:next\s+)?(?P<aud>{_AUDIENCE})\b"
        rf"(?:\s+(?:session|appointment|appt))?{_WHEN}\s*[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?P<aud>{_AUDIENCE})\s+(?:note|notes|memo|session note)\s*[:\-\u2013]?\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:(?:topics?|things?|stuff|points?|questions?|ideas?|agenda(?: items?)?|something) )?"
        rf"(?:for|in|at|4) (?:my |the )?(?:next )?(?P<aud>session|therapy|appointment|appt)"
        rf"(?:\s+(?:with|w)\s+(?:my\s+|the\s+)?(?P<who>{_AUDIENCE}))?{_WHEN}\s*[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?P<aud>session|therapy)\s+notes?\s*[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:add|put|save|log|write) (?:this |that |it )?(?:to|in|into|on) (?:my |the |our )?"
        rf"(?P<aud>session|therapy|appointment|appt)s? (?:notes?|log|journal|file|list)"
        rf"(?:\s+(?:please|pls|plz|thanks|thx|ta))?\s*(?:[:\-\u2013,]\s*|\s)(?P<text>.*)",
        re.S,
    ),
    # "log this for Dr Patel:", "keep this for my CPN:", "jot down for my counsellor that ...",
    # "write down for my next appointment that ...": a record kept for someone or an appointment
    re.compile(
        rf"^{_POLITE}(?:log|keep|save|write|jot|note|put|record|add)(?: down)?(?: (?:this|that|it))?(?: down)?"
        rf"\s+(?:for|4)\s+(?:my\s+|the\s+|our\s+)?(?:next\s+)?"
        rf"(?P<aud>{_AUDIENCE}|session|therapy|appointment|appt)\b(?:\s+(?:session|appointment|appt))?"
        rf"{_WHEN}{_SEP}(?:that\s+)?(?P<text>.*)",
        re.S,
    ),
    # "to bring up on Thursday:", "things to raise at my next session:": an agenda, told with a colon
    re.compile(
        rf"^{_POLITE}(?:(?:things?|stuff|points?|something|topics?|questions?|one thing) )?"
        rf"(?:to|2) (?:bring up|raise|mention|discuss|talk about|ask about|go over)"
        rf"(?: (?:with|to) (?:my |the |our )?(?P<aud>{_AUDIENCE}))?"
        rf"(?:\s+(?:at|in|on|for) (?:my |the |our )?(?:next )?(?:session|appointment|appt|therapy|review))?"
        rf"{_WHEN}\s*[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:(?:add|put|save) (?:this |that )?(?:to|in) (?:my |the )?(?:session )?notes?|"
        rf"note (?:to|2) self|notes?|nb|n\.b\.|memo|log this|journal)\s*"
        rf"[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
)
_FACT_PATTERNS = (
    re.compile(
        rf"^{_POLITE}(?:i (?:want|need) you to |try to |make sure (?:you|to) |you should )?"
        rf"(?:remember|keep in mind|bear in mind|note down|take note|make a note|never forget|"
        rf"don'?t forget|do not forget|memori[sz]e|make a note|make note)\b"
        rf"(?:\s+(?:this|that|it|for me|for later|forever|please))*"
        rf"(?!\s+(?:to|when|how|what|if|whether|why|where|who)\b)"
        rf"\s*(?:[:\-\u2013,]\s*)?(?:that\s+)?(?P<text>.+)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:fyi|f\.y\.i\.?|for your info(?:rmation)?|just so you know|just to let you know|"
        rf"for the record|for context|good to know|something about me|a fact about me|about me|"
        rf"for (?:future|later) ref(?:erence)?|for ref(?:erence)?|for the future|for later|future reference|"
        rf"(?:save|store|keep|remember|note|log) (?:this|that)(?: for (?:me|later))?(?=\s*[:\-\u2013])|"
        rf"i want you to know|you should know|heads up|worth knowing|"
        rf"(?:something|some things|things|one thing|a thing|a few things) (?:you should|you need to|you ought to|to) know about me(?=\s*[:\-\u2013]))(?=\W)"
        rf"(?:\s+that)?\s*[:\-\u2013,]?\s*(?P<text>.+)",
        re.S,
    ),
)
_FACT_TRAILING = re.compile(
    r"^(?P<text>.+?)[\s,.;:\-\u2013]+(?:please\s+|pls\s+)?(?:remember|note|save|keep)\s+(?:that|this|it)"
    r"(?:\s+(?:for me|please))?[\s.!?]*$",
    re.S,
)
# "I work nights, remember that when I'm grumpy": the fact, then when to bear it in mind. A
# punctuation mark must part them, so "I can't remember that when ..." stays a report.
_FACT_FOR_LATER = re.compile(
    r"^(?P<text>.+?)\s*[,.;:\-\u2013]+\s*(?:so\s+)?(?:please\s+|pls\s+)?"
    r"(?:remember|keep|bear)\s+(?:that|this|it)(?:\s+in\s+mind)?\s+"
    r"(?:when|whenever|if|next time|for when|for next time)\b.*$",
    re.S,
)
_MAX_TEXT = 1000


@dataclass(frozen=True, slots=True)
class KeptText:
    kind: str  # "knowledge" or "session_note"
    text: str
    audience: str | None = None


# Every request above uses at least one of these words; other messages skip the patterns.
REQUEST_WORDS = frozenset(
    [
        "note",
        "notes",
        "memo",
        "message",
        "msg",
        "reminder",
        "remind",
        "tell",
        "let",
        "ask",
        "inform",
        "update",
        "bring",
        "mention",
        "raise",
        "talk",
        "pass",
        "message",
        "for",
        "to",
        "session",
        "therapy",
        "nb",
        "journal",
        "log",
        "add",
        "put",
        "save",
        "remember",
        "keep",
        "bear",
        "forget",
        "memorise",
        "memorize",
        "fyi",
        "f",
        "y",
        "i",
        "info",
        "information",
        "know",
        "record",
        "context",
        "heads",
        "about",
        "worth",
        "future",
        "reference",
        "ref",
        "store",
        "write",
        "discuss",
        "jot",
        "4",
        "2",
    ]
)
# Lead-in words whose typos still make the request ("rememeber that ...", "remmeber this:").
_LEAD_WORDS = ("remember", "reminder")
# Real words a letter away from a lead word: never corrected.
_NOT_LEAD_TYPOS = frozenset(
    {"remembers", "remainder", "reminders", "reminded", "remained", "rejoinder", "reminds"}
)
_FIRST_WORD = re.compile(r"[\s,.!~]*([a-z]+)\b")


def read_kept_text(text: str, low: str, body_start: int, words: frozenset[str]) -> KeptText | None:
    """A fact or note requested at ``body_start`` (the message after any greeting).

    ``words`` are the message's words: without a request word the patterns are skipped.
    """
    body_low = low[body_start:]
    shift = 0  # how much longer the corrected lead word is than the written one
    lead = _misspelled_lead(body_low)
    if lead is not None:
        body_low, shift = lead
    elif words.isdisjoint(REQUEST_WORDS):
        return None
    for pattern in _NOTE_PATTERNS:
        match = pattern.match(body_low)
        if match:
            audience = match.groupdict().get("who") or match.groupdict().get("aud")
            content = _original(text, body_start - shift, match)
            if content:
                return KeptText("session_note", content, _audience(audience))
    for pattern in (*_FACT_PATTERNS, _FACT_TRAILING, _FACT_FOR_LATER):
        match = pattern.match(body_low)
        if match:
            content = _original(text, body_start - shift, match)
            if content:
                return KeptText("knowledge", content)
    return None


def _misspelled_lead(body_low: str) -> tuple[str, int] | None:
    """The body with a misspelt opening lead word put right, and the change in length."""
    match = _FIRST_WORD.match(body_low)
    if match is None:
        return None
    word = match.group(1)
    if len(word) < 6 or word in _NOT_LEAD_TYPOS or word.startswith(_LEAD_WORDS):
        return None  # "remembered my keys": the word itself, inflected, is no request
    for lead in _LEAD_WORDS:
        if within_one_edit(word, lead) or (len(word) >= 8 and within_two_edits(word, lead)):
            start, end = match.span(1)
            return body_low[:start] + lead + body_low[end:], len(lead) - len(word)
    return None


def _original(text: str, body_start: int, match: re.Match[str]) -> str:
    start, end = match.span("text")
    content = " ".join(text[body_start + start : body_start + end].split())
    return content.strip(" .!,;:-\u2013\"'")[:_MAX_TEXT]


def _audience(raw: str | None) -> str | None:
    if raw is None or raw in ("appointment", "appt"):
        return None
    if raw == "session":
        return "therapist"
    name = raw.strip()
    if name.startswith("dr") and (len(name) == 2 or not name[2].isalpha()):
        return "doctor"
    return _CANONICAL_AUDIENCE.get(name, name)
