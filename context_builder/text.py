"""How people's own words are put into the context: minimised, one line, fenced as data.

Everything a person wrote (facts, turns, triggers, topics) goes through ``quote``: contact
details are replaced, newlines collapsed (so nothing can start a line that looks like a section
heading), ``<``, ``>`` and ``&`` escaped (so nothing can close the data fence), and the length
capped. The result is wrapped in double quotes.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
# Eight or more digits with the separators phone numbers use; dates and times do not qualify.
_PHONE = re.compile(r"(?<![\w])\+?\d(?:[\s().\-/]*\d){7,}(?![\w])")
_DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
_WHITESPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


def redact_contact_details(text: str) -> str:
    """Replace e-mail addresses, web links and phone numbers: a model never needs them."""
    if "@" in text:
        text = _EMAIL.sub("[email]", text)
    if "http" in text or "www." in text or "HTTP" in text or "WWW." in text:
        text = _URL.sub("[link]", text)
    if len(_DIGIT.findall(text)) >= 8:  # a phone number needs eight digits: a cheap test first
        text = _PHONE.sub(
            lambda match: match.group() if _DATE_LIKE.match(match.group()) else "[phone]", text
        )
    return text


def escape_data(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def one_line(text: str, limit: int) -> str:
    return _shorten(_WHITESPACE.sub(" ", text).strip(), limit)


def _shorten(flat: str, limit: int) -> str:
    if len(flat) <= limit:
        return flat
    cut = flat[: max(1, limit - 1)]
    boundary = cut.rfind(" ")
    if boundary > limit // 2:
        cut = cut[:boundary]
    return cut.rstrip(" ,.;:") + "…"


def clean(text: str | None) -> str:
    """A person's words, minimised and on one line (not yet escaped or shortened)."""
    return _WHITESPACE.sub(" ", redact_contact_details(text or "")).strip()


def quote_clean(cleaned: str, limit: int = 200) -> str:
    """Shorten, escape and quote text that went through ``clean`` (cheap: reuse ``clean``)."""
    if not cleaned:
        return '""'
    return '"' + escape_data(_shorten(cleaned, limit)).replace('"', "'") + '"'


def quote(text: str | None, limit: int = 200) -> str:
    """A person's words as data: redacted, one line, escaped, at most ``limit`` characters."""
    return quote_clean(clean(text), limit)
