"""Cleaning what people send before anything reads it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Control characters other than tab and newline, plus the Unicode "noncharacters" and
# lone surrogates that some clients emit for binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class CleanText:
    text: str
    looked_binary: bool  # most of it was control or replacement characters
    removed_characters: int


def clean_message_text(raw: str) -> CleanText:
    normalised = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    without_controls, removed = _CONTROL.subn("", normalised)
    replacement_count = without_controls.count("\ufffd")
    text = _MANY_BLANK_LINES.sub("\n\n", without_controls.replace("\ufffd", "")).strip()
    if all(char.isspace() or unicodedata.category(char) == "Cf" for char in text):
        text = ""  # only invisible characters (zero-width spaces, joiners)
    junk = removed + replacement_count
    looked_binary = junk > 0 and junk >= max(1, len(raw) // 3)
    return CleanText(text=text, looked_binary=looked_binary, removed_characters=junk)
