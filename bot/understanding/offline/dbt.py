"""DBT diary card lines: emotions 0-5, urges 0-5, whether urges were acted on, skills, PLEASE.

"sadness 4 shame 3, urge to drink 2, used self-soothe" ->
emotions {sadness: 4, shame: 3}, urges {substance_use: 2}, skills [self_soothe].
"didn't act" / "acted on it" applies to the urges named before it (since the previous such
statement), or to those right after it when none came before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from bot.understanding.models import DbtDiaryData
from bot.understanding.offline.numbers import on_scale, parse_number
from bot.understanding.offline.phrases import PhraseMatcher
from bot.understanding.offline.text import Doc

_EMOTION_WORDS: dict[str, str] = {
    "sadness": "sadness",
    "sad": "sadness",
    "sorrow": "sadness",
    "grief": "sadness",
    "shame": "shame",
    "ashamed": "shame",
    "embarrassment": "shame",
    "embarrassed": "shame",
    "humiliation": "shame",
    "anger": "anger",
    "angry": "anger",
    "mad": "anger",
    "rage": "anger",
    "fear": "fear",
    "scared": "fear",
    "afraid": "fear",
    "fearful": "fear",
    "fright": "fear",
    "joy": "joy",
    "happiness": "joy",
    "happy": "joy",
    "joyful": "joy",
    "guilt": "guilt",
    "guilty": "guilt",
    "misery": "misery",
    "miserable": "misery",
    "emotional misery": "misery",
    "emotional pain": "misery",
}
# Regex alternatives for urges, each mapped to its canonical card name.
_URGE_FORMS: tuple[tuple[str, str], ...] = (
    (
        "self_harm",
        r"self[- ]?harm(?:ing)?|s/?h|cut(?:ting)?(?: myself)?|hurt(?:ing)? myself|harm(?:ing)? myself|self[- ]?injur\w*|burn(?:ing)? myself|scratch(?:ing)?|hit(?:ting)? myself",
    ),
    (
        "suicide",
        r"suicid\w*|s/?i|kill(?:ing)? myself|die|dying|end (?:it all|it|my life)|not be here",
    ),
    (
        "substance_use",
        r"drink(?:ing)?|alcohol|booze|use(?: drugs)?|using(?: drugs)?|drugs?|smok\w*|weed|substances?(?: use)?|get(?:ting)? (?:high|drunk|wasted)|vap\w*|relapse|pills",
    ),
    ("binge", r"binge?(?:ing)?(?: eat\w*)?|bingeing|overeat\w*|eat everything"),
    ("purge", r"purg\w*|throw(?:ing)? up|vomit\w*|make myself sick"),
    (
        "avoidance",
        r"avoid\w*|isolat\w*|hid(?:e|ing)(?: away)?|withdraw\w*|run away|skip (?:therapy|class|work|group)|cancel\w*(?: plans)?|stay in bed|shut (?:down|everyone out)",
    ),
)


def _urge_alternation(tag: str) -> str:
    """Alternatives naming each urge; the group name carries the canonical name."""
    return "|".join(f"(?P<u_{name}_{tag}{i}>{form})" for i, (name, form) in enumerate(_URGE_FORMS))


# Names that are card items even without the word "urge" ("sh 2, si 0" on a diary line).
_BARE_URGE = re.compile(
    r"\b(?P<name>self[- ]?harm|sh|s/h|si|s/i|suicid(?:e|al)(?: ideation)?|substances?(?: use)?|drugs?|alcohol|"
    r"drinking|binge(?:ing)?|bingeing|purg(?:e|ing)|avoidance)\b(?:\s*(?:[:=\-]|urges?)){0,2}\s*"
    r"(?P<n>[0-5])(?:\s*/\s*(?P<d>5|10))?(?!\.?\d)"
)
# A score: digits, or a number word that ends the item ("shame two," but not "happy one minute").
_SCORE = (
    r"(?P<n>\d{1,2}(?:\.\d)?|(?:zero|one|two|three|four|five)(?=\s*(?:$|[,.;/!)]|out of|and\b)))"
    r"(?:\s*/\s*(?P<d>5|10))?(?!\.?\d|%)"
)
_SCORE_TAIL = rf"(?:\s*(?:[:=\-]|(?:was|is|at|of|a|level|about|around|like)\b)){{0,3}}\s*{_SCORE}"
_URGE_RATED = re.compile(
    rf"\burges?\s+(?:to\s+|for\s+|of\s+)?(?:{_urge_alternation('a')})\b{_SCORE_TAIL}"
)
_URGE_NAMED_FIRST = re.compile(rf"\b(?:{_urge_alternation('a')})\s+urges?\b{_SCORE_TAIL}")
_URGE_MENTION = re.compile(
    rf"\burges?\s+(?:to\s+|for\s+|of\s+)?(?:{_urge_alternation('a')})\b|\b(?:{_urge_alternation('b')})\s+urges?\b"
)
_EMOTION_RATED = re.compile(
    r"\b(?P<name>" + "|".join(sorted(_EMOTION_WORDS, key=len, reverse=True)) + r")\b"
    r"(?:\s*(?:[:=\-]|(?:was|is|at|of|a|level|about|around)\b)){0,2}\s*"
    + _SCORE
    + r"(?!\s*(?:am|pm|h|hrs?|hours?|mg|times|days?)\b)"
)
_ACTION = re.compile(
    r"\b(?P<no>didn'?t act|did not act|no actions?|didn'?t act on (?:it|them|any|the urges?)|"
    r"resisted|didn'?t give in|did not give in|held off|didn'?t do it|did not do it|acted[:\s]+no|"
    r"actions?[:\s]+(?:none|no)|not acted on|didn'?t follow through)\b|"
    r"\b(?P<yes>acted on (?:it|them|the urges?|one|both)?|gave in|did act|acted[:\s]+yes|actions?[:\s]+yes|"
    r"i did it|followed through|relapsed)\b"
)
_ACTION_NAMED = re.compile(
    r"\b(?:(?P<no>didn'?t|did not|no|without)\s+(?:self[- ]?harm(?:ing)?|sh\b|cut(?:ting)?|drink(?:ing)?|"
    r"drinks|alcohol|use|using|drugs|smok\w*|binge\w*|purg\w*|hurt(?:ing)? myself)\b)|"
    r"\b(?P<yes>self[- ]?harmed|cut myself|got drunk|drank|binged|purged|relapsed|used drugs|smoked weed)\b"
)
_DIARY_WORDS = re.compile(r"\b(?:diary|diary card|card|urges?|dbt|skills?|please skills)\b")

_AMBIGUOUS_SKILLS = frozenset(
    {
        "stop",
        "accepts",
        "improve",
        "please",
        "abc",
        "give",
        "fast",
        "observe",
        "describe",
        "participate",
    }
)
_SKILL_PHRASES: dict[str, str] = {
    "self soothe": "self_soothe",
    "self soothing": "self_soothe",
    "self soothed": "self_soothe",
    "selfsoothe": "self_soothe",
    "tipp": "tipp",
    "tip skill": "tipp",
    "tip skills": "tipp",
    "tipp skill": "tipp",
    "tipp skills": "tipp",
    "cold water": "tipp",
    "ice water": "tipp",
    "ice dive": "tipp",
    "dive reflex": "tipp",
    "temperature change": "tipp",
    "wise mind": "wise_mind",
    "stop": "stop",
    "stop skill": "stop",
    "accepts": "accepts",
    "distraction": "accepts",
    "distracted myself": "accepts",
    "distracting myself": "accepts",
    "distract myself": "accepts",
    "improve": "improve",
    "improve the moment": "improve",
    "pros and cons": "pros_and_cons",
    "radical acceptance": "radical_acceptance",
    "radically accepted": "radical_acceptance",
    "radically accepting": "radical_acceptance",
    "radically accept": "radical_acceptance",
    "check the facts": "check_the_facts",
    "checked the facts": "check_the_facts",
    "checking the facts": "check_the_facts",
    "opposite action": "opposite_action",
    "please": "please",
    "please skills": "please",
    "abc": "abc",
    "accumulate positives": "abc",
    "accumulating positives": "abc",
    "accumulate positive emotions": "abc",
    "dear man": "dear_man",
    "dearman": "dear_man",
    "give": "give",
    "fast": "fast",
    "observe": "observe",
    "describe": "describe",
    "participate": "participate",
    "observe and describe": "observe",
    "mindfulness": "mindfulness",
    "mindful": "mindfulness",
    "meditated": "mindfulness",
    "meditation": "mindfulness",
    "meditating": "mindfulness",
    "meditate": "mindfulness",
    "distress tolerance": "distress_tolerance",
    "emotion regulation": "emotion_regulation",
    "emotional regulation": "emotion_regulation",
    "interpersonal effectiveness": "interpersonal_effectiveness",
    "body scan": "body_scan",
    "breathing space": "breathing_space",
    "3 minute breathing space": "breathing_space",
    "three minute breathing space": "breathing_space",
    "thought record": "thought_record",
    "thought records": "thought_record",
    "thought diary": "thought_record",
    "thought log": "thought_record",
    "behavioural activation": "behavioural_activation",
    "behavioral activation": "behavioural_activation",
    "urge surfing": "urge_surfing",
    "surfed the urge": "urge_surfing",
    "surf the urge": "urge_surfing",
    "grounding": "grounding",
    "grounding exercise": "grounding",
    "grounded myself": "grounding",
    "5 4 3 2 1": "grounding",
    "54321": "grounding",
    "half smile": "half_smile",
    "half smiling": "half_smile",
    "willing hands": "willing_hands",
    "paced breathing": "paced_breathing",
    "box breathing": "paced_breathing",
    "deep breathing": "paced_breathing",
    "breathing exercise": "paced_breathing",
    "breathing exercises": "paced_breathing",
    "cope ahead": "cope_ahead",
    "build mastery": "build_mastery",
    "building mastery": "build_mastery",
    "self validation": "self_validation",
    "validated myself": "self_validation",
    "turning the mind": "turning_the_mind",
    "turned the mind": "turning_the_mind",
}
_SKILL_USE_WORDS = frozenset(
    {
        "used",
        "using",
        "use",
        "did",
        "doing",
        "tried",
        "trying",
        "practiced",
        "practised",
        "practicing",
        "practising",
        "applied",
        "the",
        "some",
        "and",
        "with",
        "my",
    }
)
_SKILL_NOUNS = frozenset({"skill", "skills", "technique", "method", "acronym"})

_PLEASE_TRUE: dict[str, re.Pattern[str]] = {
    "took_meds": re.compile(
        r"\b(?:took|taken|had) (?:all )?(?:my )?(?:meds|medication|medications|pills|tablets)\b|\bmeds?[:\s]+(?:yes|taken|done|y)\b"
    ),
    "ate_balanced": re.compile(
        r"\bate (?:well|properly|balanced|healthy|healthily|regularly|3 meals|three meals|a proper meal|proper meals|balanced meals)|\bbalanced (?:meals?|diet|eating)|\b(?:food|eating)[:\s]+(?:yes|good|ok|balanced)\b"
    ),
    "avoided_substances": re.compile(
        r"\b(?:no (?:alcohol|drugs|drinking|substances|booze|weed|drinks)|stayed sober|sober|avoided (?:alcohol|drugs|substances|drinking)|didn'?t drink|did not drink|substances?[:\s]+(?:none|no)|avoided mood altering)\b"
    ),
    "treated_illness": re.compile(
        r"\b(?:treated|treating|took care of|looked after|managed) (?:my )?(?:physical )?(?:illness|cold|flu|infection|pain|migraine|body|health|sickness)\b|\btook (?:my )?(?:antibiotics|painkillers|ibuprofen|paracetamol|inhaler)\b|\bsaw (?:my |the )?(?:gp|doctor)\b"
    ),
}
_PLEASE_FALSE: dict[str, re.Pattern[str]] = {
    "took_meds": re.compile(
        r"\b(?:missed|skipped|forgot|didn'?t take|did not take|no) (?:to take )?(?:my )?(?:meds|medication|pills|tablets)\b|\bmeds?[:\s]+(?:no|missed|n)\b"
    ),
    "ate_balanced": re.compile(
        r"\b(?:didn'?t eat|did not eat|skipped (?:meals|breakfast|lunch|dinner)|barely ate|hardly ate|forgot to eat|haven'?t eaten|ate (?:badly|junk|nothing|poorly|rubbish)|no food)\b"
    ),
    "avoided_substances": re.compile(
        r"\b(?:had (?:a |some |a few |two |three |\d+ )?(?:drinks?|beers?|wine|glass(?:es)? of wine|pints?)|drank|got drunk|smoked weed|used drugs|got high)\b"
    ),
    "treated_illness": re.compile(
        r"\b(?:ignored|didn'?t treat|did not treat) (?:my )?(?:illness|cold|flu|infection|pain)\b"
    ),
}
_EXERCISE = re.compile(
    r"\b(?:exercised?|exercising|walked|ran|swam|cycled|biked|worked out|workout|yoga|gym|walk|run|jog|jogged|swim|cardio|hike|hiked|exercise)"
    r"\b[^.;!?\d]{0,20}?(?P<n>\d{1,3})\s*(?:min|mins|minutes|m)\b|"
    r"\b(?P<n2>\d{1,3})\s*(?:min|mins|minutes|m)\b\s*(?:of\s+)?(?:exercise|walk|walking|run|running|yoga|workout|gym|cardio|swim|swimming|jog|jogging|cycling|bike ride|hike)\b|"
    r"\b(?P<hour>an|one|1|two|2) hours?\s*(?:of\s+)?(?:exercise|walk|walking|run|running|yoga|workout|gym|cardio|swim|hike|hiking)\b"
)
_NO_EXERCISE = re.compile(
    r"\b(?:no exercise|didn'?t exercise|did not exercise|no movement|exercise[:\s]+(?:none|no|0))\b"
)


# Cheap gates: the regexes below only run when one of these words is in the message.
_DIGIT_OR_SCORE_WORD = re.compile(r"\d|\b(?:zero|one|two|three|four|five)\b")
_EMOTION_FIRST_WORDS = frozenset(name.split()[0] for name in _EMOTION_WORDS)
_URGE_WORDS = frozenset(
    [
        "urge",
        "urges",
        "sh",
        "si",
        "self",
        "selfharm",
        "suicide",
        "suicidal",
        "substance",
        "substances",
        "drugs",
        "drug",
        "alcohol",
        "drinking",
        "binge",
        "bingeing",
        "binging",
        "purge",
        "purging",
        "avoidance",
        "s",
        "h",
        "i",
    ]
)
_ACTION_WORDS = frozenset(
    [
        "act",
        "acted",
        "action",
        "actions",
        "resisted",
        "give",
        "gave",
        "held",
        "do",
        "did",
        "i",
        "followed",
        "relapsed",
        "no",
        "didnt",
        "without",
        "self",
        "selfharmed",
        "cut",
        "drank",
        "got",
        "binged",
        "purged",
        "used",
        "smoked",
    ]
)


@dataclass(slots=True)
class DiaryReading:
    data: DbtDiaryData | None = None
    ratings: int = 0  # emotion and urge scores given
    spans: list[tuple[int, int]] = field(default_factory=list)  # scores and urges
    skill_spans: list[tuple[int, int]] = field(default_factory=list)
    first_skill_at: int | None = None


@cache
def _skill_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(_SKILL_PHRASES.items())


def read_diary(
    doc: Doc,
    took_meds: bool | None,
    sleep_hours: float | None,
) -> DiaryReading:
    reading = DiaryReading()
    low = doc.low
    scored = _DIGIT_OR_SCORE_WORD.search(low) is not None
    skills = _skills(doc, reading)
    emotions = (
        _emotions(low, reading)
        if scored and not doc.wordset.isdisjoint(_EMOTION_FIRST_WORDS)
        else {}
    )
    urges, urge_positions = (
        _urges(low, reading, bool(emotions or skills))
        if not doc.wordset.isdisjoint(_URGE_WORDS)
        else ({}, [])
    )
    actions = _actions(low, urge_positions) if not doc.wordset.isdisjoint(_ACTION_WORDS) else {}
    if not (emotions or urges or actions or skills):
        return reading
    please = _please(low, took_meds, sleep_hours)
    reading.ratings = len(emotions) + len(urges)
    reading.data = DbtDiaryData(
        emotions=emotions, urges=urges, actions=actions, skills=skills, please=please
    )
    return reading


def _emotions(low: str, reading: DiaryReading) -> dict[str, int]:
    found: dict[str, int] = {}
    for match in _EMOTION_RATED.finditer(low):
        score = _score(match)
        name = _EMOTION_WORDS[match.group("name")]
        if score is not None and name not in found:
            found[name] = score
            reading.spans.append(match.span())
    return found


def _urges(
    low: str, reading: DiaryReading, diary_context: bool
) -> tuple[dict[str, int], list[tuple[int, str]]]:
    found: dict[str, int] = {}
    positions: list[tuple[int, str]] = []
    for pattern in (_URGE_RATED, _URGE_NAMED_FIRST):
        for match in pattern.finditer(low):
            name = _urge_name(match)
            score = _score(match)
            if name and score is not None and name not in found:
                found[name] = score
                reading.spans.append(match.span())
    for match in _URGE_MENTION.finditer(low):
        name = _urge_name(match)
        if name:
            positions.append((match.start(), name))
            reading.spans.append(match.span())
    bare = list(_BARE_URGE.finditer(low))
    if diary_context or found or len(bare) > 1 or _DIARY_WORDS.search(low):
        for match in bare:
            name = _bare_urge_name(match.group("name"))
            score = _score(match)
            if score is not None and name not in found:
                found[name] = score
                positions.append((match.start(), name))
                reading.spans.append(match.span())
    positions.sort()
    return found, positions


def _urge_name(match: re.Match[str]) -> str | None:
    for group, value in match.groupdict().items():
        if value is not None and group.startswith("u_"):
            return group[2:].rsplit("_", 1)[0]
    return None


def _bare_urge_name(text: str) -> str:
    text = text.replace("-", " ")
    if text.startswith(("self", "sh", "s/h")):
        return "self_harm"
    if text.startswith(("si", "s/i", "suicid")):
        return "suicide"
    if text.startswith(("subst", "drug", "alcohol", "drink")):
        return "substance_use"
    if text.startswith("binge"):
        return "binge"
    if text.startswith("purg"):
        return "purge"
    return "avoidance"


def _score(match: re.Match[str]) -> int | None:
    value = parse_number(match.group("n"))
    if value is None:
        return None
    scale = match.group("d")
    return on_scale(value, float(scale) if scale else None, 5)


def _actions(low: str, urge_positions: list[tuple[int, str]]) -> dict[str, bool]:
    actions: dict[str, bool] = {}
    previous_end = 0
    statements = list(_ACTION.finditer(low))
    for number, match in enumerate(statements):
        acted = match.group("yes") is not None
        before = [
            name for position, name in urge_positions if previous_end <= position < match.start()
        ]
        if not before:
            next_start = (
                statements[number + 1].start() if number + 1 < len(statements) else len(low)
            )
            before = [
                name for position, name in urge_positions if match.end() <= position < next_start
            ]
        for name in before:
            actions.setdefault(name, acted)
        previous_end = match.end()
    for match in _ACTION_NAMED.finditer(low):
        name = _named_action(match.group())
        # "didn't self-harm" is a diary item on its own; "didn't drink" only on a diary line
        if name and (urge_positions or (name == "self_harm" and match.group("no") is not None)):
            actions.setdefault(name, match.group("no") is None)
    return actions


def _named_action(text: str) -> str | None:
    for name, form in _URGE_FORMS:
        if re.search(rf"\b(?:{form})", text):
            return name
    if any(word in text for word in ("drank", "drunk", "drinks", "weed")):
        return "substance_use"
    if "binged" in text:
        return "binge"
    if "purged" in text:
        return "purge"
    if "harmed" in text:
        return "self_harm"
    return None


def _skills(doc: Doc, reading: DiaryReading) -> list[str]:
    if doc.wordset.isdisjoint(_skill_matcher().first_words):
        return []
    hits = _skill_matcher().find(doc.words)
    skills: list[str] = []
    previous_end = -10
    for hit in hits:
        phrase = " ".join(doc.words[hit.first : hit.last + 1])
        if phrase in _AMBIGUOUS_SKILLS and not _used_as_skill(
            doc, hit.first, hit.last, previous_end
        ):
            continue
        reading.skill_spans.append((doc.starts[hit.first], doc.ends[hit.last]))
        if reading.first_skill_at is None:
            reading.first_skill_at = doc.starts[hit.first]
        if hit.value not in skills:
            skills.append(hit.value)
        previous_end = hit.last
    return skills


def _used_as_skill(doc: Doc, first: int, last: int, previous_skill_end: int) -> bool:
    original = doc.text[doc.starts[first] : doc.ends[last]]
    if original.isupper() and len(original) > 1:
        return True
    words = doc.words
    if last + 1 < len(words) and words[last + 1] in _SKILL_NOUNS:
        return True
    if (
        first > 0
        and words[first - 1] in _SKILL_USE_WORDS
        and words[first - 1] not in ("and", "the", "my", "some")
    ):
        return True
    return first - previous_skill_end <= 2 and first > 0 and words[first - 1] in ("and", "or")


def _please(low: str, took_meds: bool | None, sleep_hours: float | None) -> dict[str, object]:
    please: dict[str, object] = {}
    if took_meds is not None:
        please["took_meds"] = took_meds
    if sleep_hours is not None:
        please["sleep_hours"] = sleep_hours
    for name, pattern in _PLEASE_FALSE.items():
        if name not in please and pattern.search(low):
            please[name] = False
    for name, pattern in _PLEASE_TRUE.items():
        if name not in please and pattern.search(low):
            please[name] = True
    minutes = _exercise_minutes(low)
    if minutes is not None:
        please["exercise_minutes"] = minutes
    return please


def _exercise_minutes(low: str) -> int | None:
    if _NO_EXERCISE.search(low):
        return 0
    match = _EXERCISE.search(low)
    if match is None:
        return None
    if match.group("hour"):
        hours = 1 if match.group("hour") in ("an", "one", "1") else 2
        return hours * 60
    minutes = int(match.group("n") or match.group("n2"))
    return minutes if 0 <= minutes <= 600 else None
