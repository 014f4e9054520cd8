"""Text normalisation for the crisis rules.

Two views of a message are produced and both are checked:

- the *plain* view: lower case, unified apostrophes, emoji turned into words or clause breaks;
- the *canonical* view: the plain view with slang, missing apostrophes, leetspeak, stretched
  letters, spaced-out letters, common misspellings of the key words and ordinary typing slips
  in the rules' words (``spelling``) undone.

The canonical view may only add matches: the detector keeps whatever either view finds, so a
rewrite here can never hide a risk that the plain text showed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from bot.crisis.lexicon import (
    COMPACT_PHRASES,
    DOUBLED_LETTER_TYPOS,
    FUZZY_TARGETS,
    FUZZY_WORDS,
    SLANG_TOKENS,
    SPACED_WORDS,
    TYPO_TOKENS,
)
from bot.crisis.spelling import correct_homophones, needs_homophones, typo_corrections

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
# Emoji that carry meaning for the rules; every other pictograph becomes a clause break.
_EMOJI_WORDS = {
    "\U0001f48a": " pills ",  # pill
    "\U0001f52a": " knife ",  # kitchen knife
    "\U0001fa78": " blood ",  # drop of blood
    "\U0001faa2": " rope ",  # knot
    "\U0001f52b": " gun ",  # pistol
    "\u26b0": " coffin ",
    "\U0001faa6": " coffin ",  # headstone
    "\U0001f602": " lol ",  # face with tears of joy
    "\U0001f923": " lol ",  # rolling on the floor laughing
    "\U0001f480": " lol ",  # skull, "I'm dead" as laughter
    "\u2620": " lol ",
}
_PILL_RUN = re.compile("\U0001f48a(?:[\ufe0f\u200d ]*\U0001f48a){2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff\ufe0f]")
_PICTOGRAPH = re.compile(
    "[\U0001f000-\U0001faff\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u2b00-\u2bff\u3030\u303d]+"
)
_SPACES = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def _fold_unicode(text: str) -> str:
    """Fold compatibility forms and strip accents (zalgo, fancy fonts, fullwidth letters)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _replace_emoji(text: str) -> str:
    text = _PILL_RUN.sub(" a handful of pills ", text)
    for emoji, word in _EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, word)
    return _PICTOGRAPH.sub(" . ", text)


def plain_view(text: str) -> str:
    """Lower-cased text with unified apostrophes, emoji as words or breaks, tidy spaces."""
    if not text.isascii():
        text = _replace_emoji(text)
        text = _fold_unicode(text)
    text = _CONTROL.sub(" ", text.translate(_APOSTROPHES)).lower()
    text = _LINE_BREAKS.sub("\n", text)
    return _SPACES.sub(" ", text).strip()


# --- the canonical view ---------------------------------------------------------------------

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
    }
)
_TOKEN = re.compile(r"[a-z0-9@$!|*'+]+")
_STRETCH = re.compile(r"([a-z])\1{2,}")
# "i want 2 die": a lone 2 between words is "to".
_TWO_AS_TO = re.compile(r"(?<=[a-z] )2(?= [a-z])")
_REPEATED_PILLS = re.compile(r"\b(pills?)(?:[ ,]+\1){2,}\b")
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th|mg|mcg|ug|ml|g|kg|lbs?|am|pm|x|h|hrs?|mins?|s|k|yo|yrs?|m|km|cm|mm|%)?"
)
_SPACED_LETTERS = re.compile(r"\b[a-z](?:[ .\-_*][a-z]\b){2,}")
_HYPHEN_IN_WORD = re.compile(r"(?<=[a-z])[-_/](?=[a-z])")
# Evasive spellings that span two words.
_SPLIT_EVASIONS = re.compile(
    r"\b(?:sewer[ -]?slid(?:e|ing)|s/h|un alive|self[ -]?unalive|sui(?= (?:thoughts|urges|"
    r"ideation|feelings|thinking)))\b"
)
_EVASION_WORDS = {"s/h": "self harm", "un alive": "unalive", "self unalive": "unalive"}
_EVASION_WORDS |= {"sui": "suicidal"}
# Grammar words a learner or a hurried writer leaves out: "i not want to live", "me want die".
_LIFE_OR_DEATH = (
    r"die|be dead|live|be alive|exist|kill (?:myself|me)|end (?:my life|it all)|hurt myself|"
    r"cut myself|unalive myself|disappear|sleep forever"
)
_DROPPED_WORDS = (
    (re.compile(r"\b(?:i|me) (?:not|no) (?=(?:want|wanna|like to|wish to)\b)"), "i don't "),
    (re.compile(r"\bme (?=(?:want|wanna|wish|think|need)\b)"), "i "),
    (
        re.compile(rf"\b(want|need|wish|going|try|trying) (?=(?:{_LIFE_OR_DEATH})\b)"),
        r"\1 to ",
    ),
    (
        re.compile(r"\b(want|wanna|wish|need|going) (to )?dead\b"),
        r"\1 \2be dead",
    ),  # "i want to dead"
    # "me no want live more": "more" at the end is "anymore"
    (re.compile(r"\b(live|be alive|exist|go on) more(?=\s*(?:$|[.!,;\n]))"), r"\1 anymore"),
)
_DROPPED_WORDS_HINT = re.compile(
    r"\b(?:not|no|me) (?:want|wanna|like|wish|think|need)\b"
    rf"|\b(?:want|need|wish|going|try|trying) (?:{_LIFE_OR_DEATH})\b"
    r"|\b(?:to|wanna|want|wish|need|going) dead\b|\b(?:live|alive|exist|go on) more\b"
)
_VOWELS = "aeiou"


@dataclass(frozen=True, slots=True)
class CanonicalText:
    text: str
    # True when leetspeak, stretching, spacing or a misspelling of a key word was undone.
    obfuscated: bool


def _deleet(token: str) -> str:
    """Undo leetspeak inside one token that mixes letters with digits or symbols."""
    core = token.rstrip("!")
    if not core or core.isalpha() or not any(ch.isalpha() for ch in core):
        return token
    if _NUMBER_WITH_UNIT.fullmatch(core):
        return token
    return core.translate(_LEET) + token[len(core) :]


def _uncensor(token: str) -> str:
    """Undo stars standing for letters ("s*icide", "s**cidal") when one key word fits."""
    stars = token.count("*")
    if stars == 0 or len(token) < 3 or stars == len(token):
        return token
    if stars == 1:
        for vowel in _VOWELS:
            candidate = token.replace("*", vowel)
            if candidate in FUZZY_TARGETS or candidate in SPACED_WORDS:
                return candidate
    # Each run of stars stands for about as many letters (one more at most).
    shape = re.compile(
        "".join(
            f"[a-z]{{1,{len(part) + 1}}}" if part.startswith("*") else re.escape(part)
            for part in _STAR_RUNS.findall(token)
        )
    )
    fits = [word for word in _CENSORABLE_WORDS if shape.fullmatch(word)]
    return fits[0] if len(fits) == 1 else token


_STAR_RUNS = re.compile(r"\*+|[^*]+")
_CENSORABLE_WORDS = sorted(FUZZY_WORDS | SPACED_WORDS)


@lru_cache(maxsize=4096)
def _canonical_token(token: str) -> tuple[str, bool]:
    """The canonical spelling of one token and whether it was obfuscated."""
    if token in SLANG_TOKENS:
        return SLANG_TOKENS[token], False
    original = token
    token = _unstretch(_uncensor(_deleet(token)).replace("*", ""))
    known = _known_spelling(token)
    if known is not None:
        return known, True
    if len(token) >= 7:
        for compact, spaced in COMPACT_PHRASES:
            if compact in token:
                return token.replace(compact, f" {spaced} ").strip(), True
    return token, token != original


def _unstretch(token: str) -> str:
    """Undo stretched letters ("aaam" -> "am", "tooook" -> "took"): try single, then double."""
    runs = [match.span() for match in _STRETCH.finditer(token)][:3]
    if not runs:
        return token
    candidates = []
    for doubled in product((False, True), repeat=len(runs)):
        parts, last = [], 0
        for (start, end), twice in zip(runs, doubled, strict=True):
            parts.append(token[last:start] + token[start] * (2 if twice else 1))
            last = end
        candidates.append("".join(parts) + token[last:])
    for candidate in candidates:
        if candidate in rule_words() or _known_spelling(candidate) is not None:
            return candidate
    return candidates[0]


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """Every word the rules spell out: the vocabulary a stretched word is matched against."""
    from bot.crisis.patterns import ALL_PATTERN_SOURCES

    return frozenset(re.findall(r"[a-z]+(?:'[a-z]+)?", " ".join(ALL_PATTERN_SOURCES)))


def _known_spelling(token: str) -> str | None:
    for table in (SLANG_TOKENS, TYPO_TOKENS, DOUBLED_LETTER_TYPOS, FUZZY_TARGETS):
        if token in table:
            return table[token]
    return None


def _join_spaced_letters(text: str) -> tuple[str, bool]:
    """Join letters typed apart ("k i l l" -> "kill"), only when they spell a key word."""
    changed = False

    def join(match: re.Match[str]) -> str:
        nonlocal changed
        letters = re.sub(r"[ .\-_*]", "", match.group(0))
        if letters in SPACED_WORDS or any(compact in letters for compact, _ in COMPACT_PHRASES):
            changed = True  # "k i l l", "i w a n t t o d i e"
            return letters
        return match.group(0)

    return _SPACED_LETTERS.sub(join, text), changed


def _evasion_word(match: re.Match[str]) -> str:
    return _EVASION_WORDS.get(match.group(0), "suicide")


_KNOWN_SPELLINGS = frozenset(SLANG_TOKENS).union(TYPO_TOKENS, FUZZY_TARGETS, DOUBLED_LETTER_TYPOS)


def _has_leetspeak(tokens: list[str]) -> bool:
    for token in tokens:
        if token.isalpha() or token.isdigit():
            continue
        if "*" in token or _deleet(token) != token:
            return True
    return False


_STRETCHED = re.compile(r"([a-z])\1\1")
_COMPACT = re.compile("|".join(compact for compact, _ in COMPACT_PHRASES))
_EVASION_HINTS = ("sewer", "s/h", "alive", "sui ")


# A message typed as fragments, a few words a line ("i can't / anymore / sorry"): read as one
# line too, so a phrase split across the lines is found (the plain view keeps the breaks).
_FRAGMENT_WORDS = 4


def _fragments(plain: str) -> bool:
    if "\n" not in plain:
        return False
    lines = plain.split("\n")
    return all(
        len(line.split()) <= _FRAGMENT_WORDS and not line.rstrip().endswith((".", "!", "?"))
        for line in lines
    )


def _needs_rewrite(plain: str) -> bool:
    """Cheap test that the canonical view could differ from the plain one.

    Ordered from cheapest to dearest; most messages pass every test and keep one view.
    """
    if " 2 " in plain or "pill" in plain or any(hint in plain for hint in _EVASION_HINTS):
        return True
    if _fragments(plain):
        return True
    if ("-" in plain or "_" in plain or "/" in plain) and _HYPHEN_IN_WORD.search(plain):
        return True
    if _STRETCHED.search(plain) or _COMPACT.search(plain) or _DROPPED_WORDS_HINT.search(plain):
        return True
    tokens = _TOKEN.findall(plain)
    if sum(len(token) == 1 for token in tokens) >= 3 and _SPACED_LETTERS.search(plain):
        return True
    if not _KNOWN_SPELLINGS.isdisjoint(tokens) or _has_leetspeak(tokens):
        return True
    return needs_homophones(plain) or bool(typo_corrections(tokens))


def _correct_typos(text: str) -> tuple[str, bool]:
    fixes = typo_corrections(_TOKEN.findall(text))
    if not fixes:
        return text, False
    return _TOKEN.sub(lambda match: fixes.get(match.group(0), match.group(0)), text), True


def canonical_view(plain: str) -> CanonicalText:
    """Undo slang, leetspeak, stretching and misspellings in a plain view."""
    if not _needs_rewrite(plain):
        return CanonicalText(plain, obfuscated=False)
    return rewrite(plain)


def rewrite(plain: str) -> CanonicalText:
    """The canonical view worked out in full (``canonical_view`` skips it when it can)."""
    if _fragments(plain):
        plain = plain.replace("\n", " ")
    text, obfuscated = _join_spaced_letters(plain)
    text, evasions = _SPLIT_EVASIONS.subn(_evasion_word, text)
    obfuscated = obfuscated or evasions > 0
    text = _HYPHEN_IN_WORD.sub(" ", text)
    text = _TWO_AS_TO.sub("to", text)
    text = _REPEATED_PILLS.sub("a handful of pills", text)
    parts: list[str] = []
    last = 0
    for match in _TOKEN.finditer(text):
        replacement, was_obfuscated = _canonical_token(match.group(0))
        obfuscated = obfuscated or was_obfuscated
        parts.append(text[last : match.start()])
        parts.append(replacement)
        last = match.end()
    parts.append(text[last:])
    text = _SPACES.sub(" ", "".join(parts)).strip()
    text, late_evasions = _SPLIT_EVASIONS.subn(_evasion_word, text)  # "s3wer sl1de", de-leeted
    obfuscated = obfuscated or late_evasions > 0
    text, slips = _correct_typos(text)
    obfuscated = obfuscated or slips
    # No obfuscation flag: the rules already read "dye" as die before a clause break.
    text = correct_homophones(text)
    for dropped, restored in _DROPPED_WORDS:  # after the spelling, so "wnat die" is found too
        text = dropped.sub(restored, text)
    return CanonicalText(text, obfuscated)
