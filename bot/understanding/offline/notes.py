"""Things the person asks the bot to keep: a fact ("remember that ...") or a note for a
clinician ("note for my therapist: ..."). Both are recognised only as the opening request of
a message (after any greeting), so "I can't remember that day" is no request."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_POLITE = r"(?:(?:please|pls|plz|can you|could you|would you|will you|can u|could u|hey|ok|okay|so)[\s,]+)*"
_SEP = r"\s*(?:[:\-\u2013,]\s*|\s)"

_NOTE_PATTERNS = (
    re.compile(
        rf"^{_POLITE}(?:(?:make|jot|write|leave|add|take)\s+)?(?:a |quick |another |private |session |small )?"
        rf"(?:note|memo|message|reminder|msg)s?\s+(?:to\s+self\s+)?"
        rf"(?:for|to)\s+(?:my\s+|the\s+|our\s+)?(?P<aud>{_AUDIENCE})\b{_SEP}(?:that\s+)?(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:remind me to |i (?:want|need|have) to |i should |i must |don'?t let me forget to |"
        rf"make sure i |help me remember to )?(?:tell|let|ask|inform|remind|update|bring up (?:with|to)|mention (?:to|for)|"
        rf"raise with|talk to|pass on to|message)\s+(?:my\s+|the\s+|our\s+)?(?P<aud>{_AUDIENCE})\b"
        rf"(?:\s+know)?(?:\s+(?:that|about|how|if|whether|re|regarding))?{_SEP}(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:for|to)\s+(?:my\s+|the\s+|our\s+)?(?:next\s+)?(?P<aud>{_AUDIENCE})\b"
        rf"(?:\s+(?:session|appointment|appt))?\s*[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?P<aud>{_AUDIENCE})\s+(?:note|notes|memo|session note)\s*[:\-\u2013]?\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:for|in|at) (?:my |the )?(?:next )?(?P<aud>session|therapy|appointment|appt)\s*[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?P<aud>session|therapy)\s+notes?\s*[:\-\u2013]\s*(?P<text>.*)",
        re.S,
    ),
    re.compile(
        rf"^{_POLITE}(?:(?:add|put|save) (?:this |that )?(?:to|in) (?:my |the )?(?:session )?notes?|"
        rf"note to self|notes?|nb|n\.b\.|memo|log this|journal)\s*"
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
        rf"i want you to know|you should know|heads up|worth knowing)(?=\W)"
        rf"(?:\s+that)?\s*[:\-\u2013,]?\s*(?P<text>.+)",
        re.S,
    ),
)
_FACT_TRAILING = re.compile(
    r"^(?P<text>.+?)[\s,.;:\-\u2013]+(?:please\s+|pls\s+)?(?:remember|note|save|keep)\s+(?:that|this|it)"
    r"(?:\s+(?:for me|please))?[\s.!?]*$",
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
    ]
)


def read_kept_text(text: str, low: str, body_start: int, words: frozenset[str]) -> KeptText | None:
    """A fact or note requested at ``body_start`` (the message after any greeting).

    ``words`` are the message's words: without a request word the patterns are skipped.
    """
    if words.isdisjoint(REQUEST_WORDS):
        return None
    body_low = low[body_start:]
    for pattern in _NOTE_PATTERNS:
        match = pattern.match(body_low)
        if match:
            audience = match.groupdict().get("aud")
            content = _original(text, body_start, match)
            if content:
                return KeptText("session_note", content, _audience(audience))
    for pattern in (*_FACT_PATTERNS, _FACT_TRAILING):
        match = pattern.match(body_low)
        if match:
            content = _original(text, body_start, match)
            if content:
                return KeptText("knowledge", content)
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
