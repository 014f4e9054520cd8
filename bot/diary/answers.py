"""Reading short typed answers to the diary card: "sad 3, shame 2", "binge 2 didn't act",
"used TIPP, skills 5", "meds yes, slept 6.5, walked 20 min", "none", "skip".

These are answers to a question the card just asked, so they are short and use the card's
own words; free diary lines typed anywhere else go through the understanding engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.diary.card import NOT_APPLICABLE, CardUpdate
from bot.diary.items import CardItems, ItemKind
from bot.skills.keys import alias_index, normalise_key

Control = Literal["skip", "rest_zero", "none_acted", "acted_yes"]

SKIP_WORDS = frozenset({"skip", "pass", "later", "not now", "skip it", "skip this", "next"})
NONE_WORDS = frozenset(
    {"none", "no", "nothing", "nope", "0", "zero", "all 0", "all zero", "rest 0", "rest are 0",
     "nothing much", "no urges", "no emotions", "none of them", "n/a"}
)  # fmt: skip
YES_WORDS = frozenset({"yes", "y", "yeah", "yep", "i did", "did", "acted", "acted on it"})

_EMOTION_WORDS = {
    "sadness": ("sadness", "sad", "down", "sorrow", "grief"),
    "shame": ("shame", "ashamed", "embarrassed", "humiliated"),
    "anger": ("anger", "angry", "mad", "rage", "irritated", "irritation"),
    "fear": ("fear", "scared", "afraid", "anxious", "anxiety", "worried", "worry", "fearful"),
    "joy": ("joy", "happy", "happiness", "joyful"),
    "guilt": ("guilt", "guilty"),
    "misery": ("misery", "miserable", "emotional pain"),
}
_URGE_WORDS = {
    "self_harm": ("self harm", "self-harm", "selfharm", "sh", "s/h", "cut", "cutting",
                  "hurt myself", "harm myself", "self injury"),
    "suicide": ("suicide", "suicidal", "si", "s/i", "kill myself", "die", "end my life"),
    "substance_use": ("substances", "substance", "substance use", "drink", "drinking",
                      "alcohol", "drugs", "use", "using", "drug use"),
    "binge": ("binge", "bingeing", "binging", "binge eating", "overeat", "overeating"),
    "purge": ("purge", "purging", "vomit", "vomiting", "throw up", "throwing up"),
    "avoidance": ("avoid", "avoidance", "avoiding", "isolate", "isolating", "hide", "hiding"),
}  # fmt: skip
_NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_NUMBER = r"(?P<n>\d{1,2}(?:[.,]\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATING_TAIL = (
    rf"\W{{0,3}}(?:(?:is|was|at|of|about|a)\s+)?{_NUMBER}(?:\s*/\s*(?P<d>5|10))?(?!\d|[.,]\d|\s*/)"
)
_NOT_ACTED = re.compile(
    r"\b(?:didn'?t|did not|no|not|never|without)\s+(?:act(?:ed)?|do(?:ing)? it|give in|gave in)\b|"
    r"\bresisted\b|\bheld off\b|\bnot acted\b|\bacted\W*no\b"
)
_ACTED = re.compile(r"\b(?:acted(?: on (?:it|them|the urge))?|gave in|did it|i did|relapsed)\b")
_SKILLS_RATING = re.compile(
    r"\b(?:skills?(?: use| used| rating)?|rating|rated)\W{0,3}(?P<n>[0-7])(?:\s*/\s*7)?\b|"
    r"\b(?P<n2>[0-7])\s*/\s*7\b"
)
_SLEEP = re.compile(
    r"\b(?:slept|sleep|sleeping)\W{0,3}(?:for\s+|about\s+|around\s+)?(?P<n>\d{1,2}(?:[.,]\d)?)\s*"
    r"(?:h|hrs?|hours?)?\b|\b(?P<n2>\d{1,2}(?:[.,]\d)?)\s*(?:h|hrs?|hours?)(?:\s+(?:of\s+)?sleep)?\b"
)
_EXERCISE = re.compile(
    r"\b(?:exercise[ds]?|walked|walk|ran|run|gym|yoga|swam|cycled|workout|moved)\W{0,3}"
    r"(?:for\s+)?(?P<n>\d{1,3})\s*(?:m|min|mins|minutes)?\b|"
    r"\b(?P<n2>\d{1,3})\s*(?:m|min|mins|minutes)\b|\b(?P<none>no exercise|didn'?t exercise)\b"
)
_MEDS = re.compile(
    r"\b(?P<yes>took (?:my )?(?:meds|medication|pills)|meds?\W{0,3}(?:yes|taken|ok|done|y)\b)|"
    r"\b(?P<no>missed (?:my )?(?:meds|medication|pills)|forgot (?:my )?(?:meds|medication|pills)|"
    r"meds?\W{0,3}(?:no|missed|n)\b)|\b(?P<na>no meds prescribed|don'?t take meds|no medication)\b"
)
_EATING = re.compile(
    r"\b(?P<yes>ate (?:well|ok|okay|balanced|properly|healthy)|eating\W{0,3}(?:yes|ok|good|well)|"
    r"balanced (?:eating|meals))\b|\b(?P<no>didn'?t eat|barely ate|skipped meals|ate badly|"
    r"eating\W{0,3}(?:no|bad|poor))\b"
)
_SUBSTANCES = re.compile(
    r"\b(?P<yes>no (?:alcohol|drugs|substances|drinks?)|sober|substances?\W{0,3}(?:no|none)|"
    r"avoided (?:alcohol|drugs|substances))\b|\b(?P<no>drank|had (?:a )?drinks?|got drunk|"
    r"used drugs|got high|substances?\W{0,3}yes)\b"
)
_ILLNESS = re.compile(
    r"\b(?P<yes>treated (?:my )?(?:illness|cold|pain)|illness\W{0,3}(?:treated|yes))\b|"
    r"\b(?P<no>didn'?t treat|illness\W{0,3}(?:not treated|no)|untreated)\b|"
    r"\b(?P<na>not (?:ill|sick)|wasn'?t (?:ill|sick)|no illness|healthy|illness\W{0,3}n/?a)\b"
)


@dataclass
class Answer:
    update: CardUpdate = field(default_factory=CardUpdate)
    control: Control | None = None

    @property
    def understood(self) -> bool:
        return self.control is not None or not self.update.is_empty()


def _number(text: str) -> float | None:
    text = text.replace(",", ".")
    if text in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _rating(match: re.Match[str]) -> int | None:
    value = _number(match.group("n"))
    if value is None:
        return None
    if match.group("d") == "10":
        value = value / 2
    rounded = int(value + 0.5)
    return rounded if 0 <= rounded <= 5 else None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _ratings(
    text: str, names: dict[str, tuple[str, ...]], prefix: str = ""
) -> tuple[dict[str, int], list[tuple[int, int, str]]]:
    word_to_key = {word: key for key, words in names.items() for word in words}
    pattern = re.compile(
        rf"(?:{prefix})?\b(?P<name>{_alternation(list(word_to_key))})\b{_RATING_TAIL}"
    )
    found: dict[str, int] = {}
    spans: list[tuple[int, int, str]] = []
    for match in pattern.finditer(text):
        key = word_to_key[match.group("name")]
        rating = _rating(match)
        if rating is not None and key not in found:
            found[key] = rating
            spans.append((match.start(), match.end(), key))
    return found, spans


def _names(
    items: CardItems, kind: ItemKind, standard: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """The words for each row of the card: the standard synonyms and a person's own labels."""
    names = dict(standard)
    for item in items.active(kind):
        if item.own:
            names[item.key] = (item.name.lower(),)
    return names


def _actions(text: str, spans: list[tuple[int, int, str]], fallback: str | None) -> dict[str, bool]:
    """'binge 3 didn't act, sh 2 acted': each act statement belongs to the urge before it."""
    actions: dict[str, bool] = {}
    for pattern, acted in ((_NOT_ACTED, False), (_ACTED, True)):
        for match in pattern.finditer(text):
            owner = next(
                (key for start, _end, key in reversed(spans) if start < match.start()),
                spans[0][2] if spans else fallback,
            )
            if owner is not None and owner not in actions:
                actions[owner] = acted
    return actions


def _skills(text: str) -> list[str]:
    """Library skills named in ``text`` ("used TIPP and wise mind"), in the order written."""
    low = f" {normalise_key(text).replace('_', ' ')} "
    found: dict[str, int] = {}
    for alias, skill_id in alias_index().items():
        phrase = alias.replace("_", " ")
        if len(phrase) < 3 and phrase != "ba":
            continue
        position = low.find(f" {phrase} ")
        if position >= 0 and position < found.get(skill_id, len(low)):
            found[skill_id] = position
    return sorted(found, key=lambda skill_id: found[skill_id])


def _flag(match: re.Match[str] | None) -> Any:
    if match is None:
        return None
    if match.groupdict().get("na"):
        return NOT_APPLICABLE
    return bool(match.group("yes"))


def _please(text: str, step: str) -> dict[str, Any]:
    please: dict[str, Any] = {}
    sleep = _SLEEP.search(text)
    if sleep:
        hours = _number(sleep.group("n") or sleep.group("n2"))
        if hours is not None:
            please["sleep_hours"] = hours
    exercise = _EXERCISE.search(text)
    if exercise:
        if exercise.group("none"):
            please["exercise_minutes"] = 0
        else:
            minutes = _number(exercise.group("n") or exercise.group("n2"))
            if minutes is not None and (step == "please" or exercise.group("n")):
                please["exercise_minutes"] = int(minutes)
    for key, pattern in (
        ("took_meds", _MEDS),
        ("ate_balanced", _EATING),
        ("avoided_substances", _SUBSTANCES),
        ("treated_illness", _ILLNESS),
    ):
        value = _flag(pattern.search(text))
        if value is not None:
            please[key] = value
    return please


def read_answer(text: str, step: str, items: CardItems, urges_present: list[str]) -> Answer:
    """What a typed answer at ``step`` says; ``Answer.understood`` is False for other talk."""
    low = " ".join(text.lower().split()).strip(" .!")
    if step == "note":
        if low in SKIP_WORDS or low in NONE_WORDS or low in ("no note", "nope, nothing"):
            return Answer(control="skip")
        return Answer(update=CardUpdate.build(note=text))
    if low in SKIP_WORDS:
        return Answer(control="skip")
    if step in ("emotions", "urges") and low in NONE_WORDS:
        return Answer(control="rest_zero")
    if step == "actions":
        if low in NONE_WORDS or _NOT_ACTED.fullmatch(low) or low in ("didn't act", "resisted"):
            return Answer(control="none_acted")
        if low in YES_WORDS and len(urges_present) == 1:
            return Answer(control="acted_yes")

    emotions, _ = _ratings(low, _names(items, "emotion", _EMOTION_WORDS))
    urges, spans = _ratings(
        low, _names(items, "urge", _URGE_WORDS), prefix=r"\burges?\s+(?:to\s+)?"
    )
    fallback = urges_present[0] if step == "actions" and len(urges_present) == 1 else None
    actions = _actions(low, spans, fallback) if (spans or fallback) else {}
    skills = _skills(low)
    rating_match = _SKILLS_RATING.search(low)
    skills_rating = None
    if rating_match:
        skills_rating = int(rating_match.group("n") or rating_match.group("n2"))
    elif step == "skills" and low.isdigit() and 0 <= int(low) <= 7:
        skills_rating = int(low)
    please = _please(low, step)
    update = CardUpdate.build(
        emotions=emotions,
        urges=urges,
        actions=actions,
        please=please,
        skills=skills,
        skills_rating=skills_rating,
    )
    return Answer(update=update)
