"""Reading short answers: yes or no to "may I tell NAME?", STOP, and a contact's "on it"."""

from __future__ import annotations

import re
from typing import Literal

MAX_ANSWER_CHARS = 120

_YES = re.compile(
    r"^(?:y|yes|yeah|yea|yep|yup|ya|sure|ok|okay|please|please do|do it|go ahead|"
    r"tell (?:him|her|them)|alright|all right|ja|oui|si|sí)\b"
)
_NO = re.compile(
    r"^(?:n|no|nope|nah|don'?t|do not|please don'?t|not now|no thanks?|no thank you|never|"
    r"nein|non)\b"
)
_NEGATION = re.compile(r"\b(?:no|not|don'?t|do not|never|nobody|no one|but)\b")
_STOP = re.compile(
    r"^(?:stop|stop all|stop alerts|stop messages|stop messaging me|unsubscribe|opt out|"
    r"optout|stopp|quit|end)$"
)
_ON_IT = re.compile(
    r"^(?:on it|i'?m on it|i am on it|on my way|i'?m on my way|coming|i'?m coming|"
    r"ok(?:ay)?|got it|will do|ack|acknowledged?|yes|calling (?:her|him|them)(?: now)?|"
    r"i'?ll call (?:her|him|them)(?: now)?|i'?ll go(?: now)?|going now|i'?ll check on "
    r"(?:her|him|them)(?: now)?|\U0001f44d)$"
)


def normalise(text: str) -> str:
    """Lower case, typographic quotes straightened, trailing punctuation and spaces gone."""
    cleaned = text.strip().lower().replace("\u2019", "'").replace("\u2018", "'")
    cleaned = re.sub(r"\s+", " ", cleaned)
    return cleaned.strip(" .!,;:")


def is_short(text: str) -> bool:
    return len(text) <= MAX_ANSWER_CHARS


def yes_or_no(text: str) -> Literal["yes", "no"] | None:
    """A clear yes or no; None for anything hedged ("yes but don't tell him")."""
    answer = normalise(text)
    if not answer or not is_short(answer):
        return None
    if _NO.match(answer):
        return "no"
    if _YES.match(answer):
        rest = _YES.sub("", answer, count=1)
        return None if _NEGATION.search(rest) else "yes"
    return None


def is_stop(text: str) -> bool:
    return bool(_STOP.match(normalise(text)))


def is_on_it(text: str) -> bool:
    return bool(_ON_IT.match(normalise(text)))
