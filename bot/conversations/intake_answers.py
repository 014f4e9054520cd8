"""Reading the free answers people give during intake."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

SKIP_WORDS = frozenset(
    {"skip", "later", "pass", "next", "no", "none", "nope", "not now", "rather not", "n/a", "-"}
)

_NAME_PREFIX = re.compile(
    r"^(?:(?:you can |just )?call me|i'?m|i am|my name is|it'?s|name'?s|this is)\s+", re.I
)
_NAME_OK = re.compile(r"^[^\W\d_][\w .'\-]{0,39}$")


def is_skip(answer: str) -> bool:
    return answer.strip().lower().strip(".!") in SKIP_WORDS


def parse_name(answer: str) -> str | None:
    text = _NAME_PREFIX.sub("", answer.strip()).strip(" .!")
    if not text or len(text.split()) > 4 or not _NAME_OK.match(text):
        return None
    return text[0].upper() + text[1:]


TRACKING_OPTIONS = {
    "mood": ("mood", "moods", "feelings", "emotions", "cycling", "shifts"),
    "sleep": ("sleep", "sleeping", "slept"),
    "medication": ("med", "meds", "medication", "medications", "pills", "medicine"),
    "dbt_diary": ("dbt", "diary", "diary card", "skills", "urges"),
    "baselines": ("check-in", "check-ins", "checkin", "checkins", "baseline", "baselines"),
}
_ALL_WORDS = ("all", "everything", "all of it", "all of them")


def parse_tracking(answer: str) -> list[str]:
    text = answer.lower()
    if any(re.search(rf"\b{re.escape(word)}\b", text) for word in _ALL_WORDS):
        return list(TRACKING_OPTIONS)
    chosen = [
        option
        for option, words in TRACKING_OPTIONS.items()
        if any(re.search(rf"\b{re.escape(word)}\b", text) for word in words)
    ]
    return chosen


@dataclass(frozen=True)
class ContactAnswer:
    name: str
    relation: str | None
    channel: str  # email | telegram | discord | sms
    address: str


_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"\+?\d[\d \-()]{6,}\d")
_TELEGRAM = re.compile(r"(?:telegram[:\s]+)?@([A-Za-z][A-Za-z0-9_]{4,31})\b")
_DISCORD = re.compile(r"discord[:\s]+([\w.#]{2,37})", re.I)
RELATIONS = (
    "partner", "wife", "husband", "girlfriend", "boyfriend", "spouse", "mother", "mum", "mom",
    "father", "dad", "sister", "brother", "sibling", "daughter", "son", "friend", "flatmate",
    "roommate", "aunt", "uncle", "cousin", "grandmother", "grandfather", "neighbour",
    "neighbor", "colleague", "therapist", "carer", "caregiver", "parent",
)  # fmt: skip


_FILLER = re.compile(
    rf"\b(?:{'|'.join(RELATIONS)}|my|our|her|his|their|is|the|on|at|via|by|and|or|"
    r"telegram|discord|e-?mail|mail|phone|mobile|cell|number|sms|text)\b",
    re.I,
)


def parse_contact(answer: str) -> ContactAnswer | None:
    """ "Sam, my sister, sam@example.com" -> name, relation, channel and address."""
    text = answer.strip()
    channel: str | None = None
    address: str | None = None
    for pattern, kind in ((_EMAIL, "email"), (_DISCORD, "discord"), (_TELEGRAM, "telegram")):
        match = pattern.search(text)
        if match:
            channel, address = kind, match.group(1) if kind != "email" else match.group(0)
            text = text[: match.start()] + " " + text[match.end() :]
            break
    if channel is None:
        match = _PHONE.search(text)
        if match:
            channel, address = "sms", re.sub(r"[ \-()]", "", match.group(0))
            text = text[: match.start()] + " " + text[match.end() :]
    if channel is None or address is None:
        return None
    relation = next((word for word in RELATIONS if re.search(rf"\b{word}\b", text, re.I)), None)
    leftovers = _FILLER.sub(" ", text)
    words = [w for w in re.split(r"[\s,;:()]+", leftovers) if w and w not in "-–—"]
    name = " ".join(words[:3]).strip(" .") or (relation.capitalize() if relation else address)
    if not name or len(name) > 60:
        return None
    return ContactAnswer(name=name, relation=relation, channel=channel, address=address)


_TIME = re.compile(
    r"\b(?P<hour>[01]?\d|2[0-3])(?:[:.h](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?(?!\d)",
    re.I,
)


def parse_times(answer: str) -> list[time] | None:
    """All clock times in the answer, in order; None if any looks impossible ("25:00")."""
    if re.search(r"\b(?:2[4-9]|[3-9]\d)[:.h]\d\d\b|\b\d{1,2}[:.h][6-9]\d\b", answer):
        return None
    found: list[time] = []
    for match in _TIME.finditer(answer):
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        ampm = (match.group("ampm") or "").lower().replace(".", "")
        if not match.group("minute") and not ampm:
            # a bare number is a time only with a hint: "morning 8", "at 9"
            before = answer[max(0, match.start() - 12) : match.start()].lower()
            if not re.search(r"(morning|evening|night|at|around|by|and|,)\s*$", before):
                continue
        if ampm:
            if hour == 0 or hour > 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        found.append(time(hour, minute))
    return found


def split_checkin_times(times: list[time]) -> tuple[time | None, time | None]:
    """First morning-ish and evening-ish times; one time goes where it belongs."""
    morning = next((t for t in times if t.hour < 14), None)
    evening = next((t for t in times if t.hour >= 14), None)
    return morning, evening
