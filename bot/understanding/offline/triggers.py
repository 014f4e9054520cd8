"""What set a mood off: just the cause ("the call with my boss"), never the whole message.

Causes are looked for in order of how clearly they are causes:
0. a sum: "<the rain + no sleep> = grumpy"
1. an explicit cause: "because (of)", "due to", "thanks to", "triggered by", "from <lack of
   sleep>" ...
2. a subject that acted on the writer: "<the email from HR> made me furious", "<yoga> took
   me from tense to relaxed"
3. what a feeling is about: "furious about ...", "scared of ...", "annoyed <my train was late>"
3b. a guess in a clause of its own: "..., probably <too much coffee>", "..., <hormones> i reckon"
4. a time-linked event: "after ...", "since ...", "when ...", "before ...", "during ..."
5. an event told next to the feeling: "<had a row with mum> and now I feel awful",
   "FURIOUS. <they cancelled again>"
6. where it happened: "on the train", "at work", "in the meeting"
7. a time that is worried about, as a last resort: "dreading <tomorrow>"
Times as durations ("since monday"), pronouns ("about it") and vague words ("everything")
are never causes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.understanding.offline.chunks import is_time_phrase, phrase_from, phrase_text
from bot.understanding.offline.lexicon import NEGATORS, one_word_feelings
from bot.understanding.offline.text import Doc

_EXPLICIT: tuple[tuple[str, ...], ...] = (
    ("because", "of"),
    ("as", "a", "result", "of"),
    ("set", "off", "by"),
    ("brought", "on", "by"),
    ("triggered", "by"),
    ("caused", "by"),
    ("due", "to"),
    ("thanks", "to"),
    ("owing", "to"),
    ("because",),
    ("cause",),
    ("cos",),
    ("coz",),
    ("cuz",),
    ("bc",),
)
_TEMPORAL: tuple[tuple[str, ...], ...] = (
    ("ever", "since"),
    ("as", "soon", "as"),
    # "the moment she walked in", "the minute he said it": the instant of the event
    ("the", "moment"),
    ("the", "minute"),
    ("the", "second"),
    ("ahead", "of"),
    ("every", "time"),
    ("each", "time"),
    ("after",),
    ("since",),
    ("following",),
    ("when",),
    ("whenever",),
    ("before",),
    ("during",),
    ("until",),
    ("till",),
    ("once",),
)
_ATTACHED = frozenset(
    {
        "that",
        "abt",
        "w",
        "bout",
        "about",
        "over",
        "at",
        "with",
        "of",
        "for",
        "by",
        "from",
        "around",
        "regarding",
        "re",
        "towards",
        "toward",
        "on",
    }
)
_BETWEEN_FEELING_AND_PREP = frozenset(
    [
        "rn",
        "atm",
        "literally",
        "so",
        "really",
        "very",
        "a",
        "bit",
        "little",
        "too",
        "now",
        "today",
        "still",
        "as",
        "hell",
        "af",
        "again",
        "just",
        "totally",
        "to",
        "the",
        "max",
        "core",
        "death",
        # a time between the feeling and its cause: "on edge all week about the surgery"
        "all",
        "this",
        "week",
        "day",
        "morning",
        "night",
        "evening",
        "afternoon",
        "weekend",
        "lately",
        "tonight",
    ]
)
_RUMINATION = frozenset(
    {
        "thinking",
        "worrying",
        "stressing",
        "ruminating",
        "obsessing",
        "overthinking",
        "dwelling",
        "fixating",
        "freaking",
        "crying",
        "triggered",
        "fighting",
        "arguing",
        "argued",
        "fought",
    }
)
_CAUSE_VERBS = frozenset(
    {
        "make",
        "made",
        "makes",
        "making",
        "got",
        "gets",
        "getting",
        "has",
        "had",
        "left",
        "leaves",
        "leaving",
        "triggered",
        "triggers",
        "triggering",
        "set",
        "sets",
        "stressed",
        "stresses",
        "stressing",
        "freaked",
        "freaks",
        "pissed",
        "pisses",
        "pissing",
        "upset",
        "upsets",
        "upsetting",
        "scared",
        "scares",
        "scaring",
        "annoyed",
        "annoys",
        "annoying",
        "frustrated",
        "frustrates",
        "frustrating",
        "worried",
        "worries",
        "ruined",
        "ruins",
        "wrecked",
        "overwhelmed",
        "overwhelms",
        "hurt",
        "hurts",
        "bothered",
        "bothers",
        "bothering",
        "angered",
        "enraged",
        "terrified",
        "terrifies",
        "calmed",
        # settling verbs: "the meeting really grounded me"
        "grounded",
        "steadied",
        "calms",
        "helped",
        "helps",
        "cheered",
        "relaxed",
        "relaxes",
        "saddened",
        "drained",
        "drains",
        "draining",
        "exhausted",
        "sent",
        "threw",
        "put",
        "tipped",
        "pushed",
        "broke",
        "shook",
        "rattled",
        "spooked",
        "killed",
        "lifted",
        "lifts",
        "perked",
        "brightened",
        "boosted",
        "soothed",
        "floored",
        "crushed",
        "took",
        "takes",
        "brought",
        "brings",
        "pulled",
        "dragged",
    }
)
# Verbs that act on the writer only with a direction: "took me from tense to relaxed",
# "brought me down", but not "took me to the station".
_DIRECTED_CAUSE_VERBS = frozenset({"took", "takes", "brought", "brings", "pulled", "dragged"})
_DIRECTIONS = frozenset({"from", "down", "up", "back"})
# "ruined my day", "made my week": a possessive object only with these nouns.
_MY_OBJECTS = frozenset(
    {
        "day",
        "mood",
        "week",
        "night",
        "evening",
        "morning",
        "weekend",
        "afternoon",
        "plans",
        "anxiety",
        "panic",
        "depression",
    }
)
_SUBJECT_LEAD = frozenset(
    {
        "and",
        "so",
        "but",
        "then",
        "honestly",
        "well",
        "ok",
        "okay",
        "just",
        "omg",
        "ugh",
        "also",
        "because",
        "cause",
        "after",
        "when",
        "since",
        "until",
        "till",
        "yeah",
        "like",
    }
)
_PRONOUN_ONLY = frozenset(
    {
        "myself",
        "i",
        "im",
        "it",
        "that",
        "this",
        "which",
        "he",
        "she",
        "they",
        "them",
        "him",
        "her",
        "me",
        "us",
        "someone",
        "something",
        "nothing",
        "there",
        "what",
        "who",
        "everyone",
        "you",
        "we",
        "stuff",
        "things",
        "one",
    }
)
# "<event> and now I feel ...": the joint separates the event from the feeling.
_EVENT_JOINTS = frozenset({"and", "so", "which", "now"})
_INTERROGATIVE_STARTS = frozenset(
    {"how", "what", "why", "when", "where", "who", "which", "is", "do", "does", "can", "should"}
)
_TRANSITIVE_FEELINGS = frozenset(
    {
        "dreading",
        "dread",
        "fearing",
        "hating",
        "hate",
        "missing",
        "miss",
        "resenting",
        "resent",
        "grieving",
        "mourning",
        "regretting",
    }
)
_FEELING_WORDS = frozenset({"feel", "feeling", "felt", "feels", "mood"})
_NOT_EVENTS = NEGATORS | _FEELING_WORDS
_ABOUT = frozenset({"about", "of", "regarding", "re"})
# Too vague to record as a cause on their own.
_VAGUE = frozenset(
    {"everything", "anything", "all", "life", "things", "stuff", "everyone", "people"}
)
_BARE_FEELING_EXTRAS = frozenset(
    [
        "so",
        "really",
        "very",
        "super",
        "totally",
        "completely",
        "af",
        "today",
        "tonight",
        "rn",
        "now",
        "again",
        "honestly",
        "tbh",
        "ngl",
        "lol",
        "ugh",
        "absolute",
        "absolutely",
        "pure",
        "total",
        "utter",
        "just",
        # "so content right now, ...", "happy-ish? ...", "peaceful morning, ...": the feeling
        # qualified, or the time it fills, is still a bare feeling
        "right",
        "ish",
        "pretty",
        "quite",
        "fairly",
        "kinda",
        "a",
        "bit",
        "little",
        "proper",
        "properly",
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "weekend",
        # "hopeful for once, therapy went well", "haven't felt this low in ages, the rain ..."
        "for",
        "once",
        "in",
        "ages",
        "years",
        "months",
        "forever",
        "while",
        # "feeling very low only, ...", "cranky as, ...": emphasis in Indian and Australian English
        "only",
        "as",
        "all",
    ]
)
_HOW_LONG = frozenset({"since", "for", "all"})
_AFTER_SO = frozenset({("i",), ("im",), ("now",), ("ive",), ("then",)})
_NOT_GERUNDS = frozenset(
    [
        "during",
        "following",
        "according",
        "regarding",
        "concerning",
        "including",
        "considering",
        "pending",
        "excluding",
        "something",
        "nothing",
        "anything",
        "everything",
        "morning",
        "evening",
        "thing",
        "things",
        "feeling",
        "being",
    ]
)
_POSSESSIVES = frozenset({"my", "his", "her", "our", "their", "the"})
# "sorry for my english": an apology to the reader opens no cause
_APOLOGIES = frozenset({"sorry", "apologies"})
_NOT_A_CAUSE_START = frozenset(
    {"feeling", "getting", "and", "or", "but", "so", "off", "then", "now", "again", *_APOLOGIES}
)
_NO_CAUSE = ("no reason", "no apparent reason", "nothing", "no clear reason", "nowhere")
_LOCATION_PREPS = frozenset({"on", "at", "in"})
# Places and occasions that locate an experience ("on the train", "in the meeting").
PLACES = frozenset(
    [
        "work",
        "office",
        "job",
        "shift",
        "school",
        "uni",
        "university",
        "college",
        "class",
        "classes",
        "lecture",
        "lectures",
        "seminar",
        "tutorial",
        "exam",
        "exams",
        "test",
        "interview",
        "meeting",
        "meetings",
        "call",
        "zoom",
        "appointment",
        "session",
        "therapy",
        "gym",
        "home",
        "house",
        "flat",
        "apartment",
        "room",
        "bedroom",
        "kitchen",
        "bathroom",
        "shower",
        "bath",
        "car",
        "bus",
        "train",
        "tube",
        "subway",
        "metro",
        "tram",
        "plane",
        "flight",
        "airport",
        "station",
        "platform",
        "taxi",
        "uber",
        "queue",
        "traffic",
        "road",
        "street",
        "motorway",
        "highway",
        "drive",
        "commute",
        "walk",
        "run",
        "shop",
        "shops",
        "store",
        "supermarket",
        "tesco",
        "asda",
        "sainsburys",
        "aldi",
        "lidl",
        "walmart",
        "target",
        "costco",
        "ikea",
        "primark",
        "mall",
        "market",
        "pharmacy",
        "chemist",
        "bank",
        "hospital",
        "clinic",
        "doctors",
        "dentist",
        "er",
        "party",
        "wedding",
        "funeral",
        "dinner",
        "lunch",
        "breakfast",
        "brunch",
        "restaurant",
        "cafe",
        "pub",
        "bar",
        "club",
        "gig",
        "concert",
        "festival",
        "cinema",
        "theatre",
        "theater",
        "church",
        "mosque",
        "temple",
        "park",
        "beach",
        "library",
        "event",
        "crowd",
        "visit",
        "date",
        "town",
        "city",
        "centre",
        "center",
        "waiting",
        "mums",
        "moms",
        "dads",
        "parents",
        "grandparents",
        "friends",
        "sisters",
        "brothers",
        "places",
        "crowds",
        "crowded",
        "ward",
        "hall",
        "corridor",
        "toilets",
        "toilet",
        "loo",
        "classroom",
        "canteen",
        "cafeteria",
        "stairs",
        "lift",
        "elevator",
    ]
)


def find_trigger(
    doc: Doc,
    feelings: Sequence[tuple[int, int]],
    blocked: Collection[int],
    anchor: tuple[int, int] | None = None,
    earlier_states: Collection[tuple[int, int]] = (),
) -> str | None:
    """The cause of the mood, as the writer put it, or None.

    ``feelings`` are word ranges of moods and symptoms; ``blocked`` words belong to other
    findings and end a phrase; ``anchor`` is the range naming the current state, whose
    neighbourhood holds the event that led to it. What is attached to ``earlier_states``
    (other states named) belongs to them: "fine at lunch, then ... sad" was not sad at lunch.
    """
    if anchor is not None:
        feelings = [anchor, *(span for span in feelings if span != anchor)]
    if not len(doc):
        return None
    budget = max(40, int(0.6 * len(doc.text)))
    own = [span for span in feelings if span not in earlier_states or span == anchor]
    finders = (
        (_equation, feelings),
        (_explicit, feelings),
        (_acting_subject, feelings),
        (_what_helped, feelings),
        (_attached, own),
        (_hedged, feelings),
        (_temporal, feelings),
        (_neighbouring_event, feelings),
        (_location, feelings),
        (_attached_time, own),
    )
    # "calm at breakfast, by dinner furious": a place in an earlier state's clause is its own.
    anchor_clause = doc.clause[anchor[0]] if anchor is not None else None
    earlier_clauses = {doc.clause[first] for first, _ in earlier_states} - {anchor_clause}
    earlier_words = {i for i in range(len(doc)) if doc.clause[i] in earlier_clauses}
    away_from_earlier = {*blocked, *earlier_words} if earlier_words else blocked
    told_before = (
        _told_with_earlier_states(doc, earlier_states, anchor) if anchor is not None else set()
    )
    # "calm after yoga, then my ex texted": an event after the turn is the cause; with none
    # ("anxious before the interview, but now it's done"), what came before the turn is.
    tries: list[dict[object, Collection[int]]] = [{_location: away_from_earlier}]
    if told_before:
        before_turn = {*away_from_earlier, *told_before}
        tries.insert(0, {_location: before_turn, _temporal: before_turn})
    for away in tries:
        for finder, spans in finders:
            found = finder(doc, spans, away.get(finder, blocked))
            if found is not None:
                first, last = found
                return phrase_text(doc, first, last, min(budget, 60)) or None
    return None


_TURNS = frozenset({"then", "but", "now", "until", "till", "and"})


def _told_with_earlier_states(
    doc: Doc, earlier_states: Collection[tuple[int, int]], anchor: tuple[int, int]
) -> set[int]:
    """'grounded after yoga, then my ex texted and now panicking': what follows an earlier
    state, up to the turn of the story, set that state up rather than the shift."""
    words: set[int] = set()
    for _, last in earlier_states:
        if last >= anchor[0]:
            continue
        index = last + 1
        while index < anchor[0] and doc.words[index] not in _TURNS:
            index += 1
        if index < anchor[0]:  # the story turns before the present state: the rest was before
            words.update(range(last + 1, index))
    return words


def event_after_an_opening_emoji(doc: Doc, blocked: Collection[int]) -> str | None:
    """'😭😭 my exam went terribly': the emoji is the feeling, the words after it the event."""
    if not len(doc):
        return None
    found = _usable_cause(doc, 0, blocked)
    if found is None or found[1] == found[0] or doc.words[found[0]] in _NOT_EVENTS:
        return None
    return phrase_text(doc, *found, 60) or None


def _cause_after(
    doc: Doc, preps: tuple[tuple[str, ...], ...], blocked: Collection[int]
) -> tuple[int, int] | None:
    words = doc.words
    firsts = {prep[0] for prep in preps}
    if doc.wordset.isdisjoint(firsts):
        return None
    for index, word in enumerate(words):
        if word not in firsts:
            continue
        for prep in preps:
            size = len(prep)
            if word != prep[0] or words[index : index + size] != prep:
                continue
            if not _opens_a_cause(doc, index):
                break
            start = index + size
            found = _usable_cause(doc, start, blocked) or _what_the_time_was(doc, start, blocked)
            if found is not None and not (
                prep in _REPEATS and _only_the_writer_acting(doc, *found)
            ):
                return found
            break
    return None


def _what_the_time_was(doc: Doc, start: int, blocked: Collection[int]) -> tuple[int, int] | None:
    """'low since Tuesday, which would have been his birthday': the day is told by what it was."""
    words = doc.words
    end = start
    while end + 1 < len(words) and doc.same_clause(end + 1, start):
        end += 1
    if start >= len(words) or not is_time_phrase(doc, start, end):
        return None
    index = end + 1
    if words[index : index + 1] != ("which",):
        return None
    index += 1
    while index < len(words) and words[index] in _BEING:
        index += 1
    found = _usable_cause(doc, index, blocked) if index > end + 2 else None
    return found if found is not None and found[1] > found[0] else None


_BEING = frozenset({"was", "is", "would", "will", "have", "has", "had", "been", "be", "marks"})
_REPEATS = (("every", "time"), ("each", "time"), ("whenever",))


def _only_the_writer_acting(doc: Doc, first: int, last: int) -> bool:
    """'every time I think about it', 'every time I hear it': the writer's act, no event."""
    return doc.words[first] in ("i", "im") and last - first <= 1


# "at once", "all at once": a manner, not a time-linked event.
_BEFORE_ONCE = frozenset({"at", "all", "for", "just", "only", "more"})
_UNTIL = frozenset({"until", "till"})


def _opens_a_cause(doc: Doc, index: int) -> bool:
    """Whether the connective at ``index`` links a cause: not "all at once", nor "laughed till
    my cheeks hurt" or "cried until I slept" (how far a deed went, not what set a mood off)."""
    if index == 0:
        return True
    before = doc.words[index - 1]
    if doc.words[index] == "once":
        return before not in _BEFORE_ONCE
    if doc.words[index] in _UNTIL:
        # the clause before "until" tells a deed and no state: "scratched my legs til they bled"
        clause = [i for i in range(max(0, index - 5), index) if doc.same_clause(i, index - 1)]
        return not any(_is_deed(doc.words[i]) for i in clause) or any(
            doc.words[i] in one_word_feelings() or doc.words[i] in _STATE_VERBS for i in clause
        )
    return True


def _is_deed(word: str) -> bool:
    return (word.endswith("ed") or word in _DEEDS) and word not in one_word_feelings()


_STATE_VERBS = frozenset({"was", "were", "felt", "been", "am", "is", "mood"})
_DEEDS = frozenset({"ran", "ate", "drank", "slept", "sang", "danced", "cried", "laughed", "wept"})


def _usable_cause(
    doc: Doc, start: int, blocked: Collection[int], times_allowed: bool = False
) -> tuple[int, int] | None:
    """The phrase at ``start`` if it names a cause.

    ``times_allowed``: after "about"/"of"/"dreading" a time is what worries ("anxious about
    tomorrow"); after "since"/"for"/"over" it is only a duration ("sad since monday").
    """
    if start >= len(doc) or start in blocked:
        return None
    found = phrase_from(doc, start, blocked)
    if found is None:
        return None
    first, last = found
    text = " ".join(doc.words[first : last + 1])
    if text.startswith(_NO_CAUSE) or (not times_allowed and is_time_phrase(doc, first, last)):
        return None
    if doc.words[first] in _NOT_A_CAUSE_START or (
        first == last and (text in _PRONOUN_ONLY or text in _VAGUE)
    ):
        return None
    if doc.words[first] in _VAGUE and doc.words[first + 1 : first + 2] == ("that",):
        return None  # "since everything that happened": too vague, however long
    if _only_vague_noun(doc, first, last):
        return None
    if (
        doc.words[first] == "i"
        and last > first
        and doc.words[first + 1] in ("woke", "got", "wake", "get")
    ):
        return None
    return found


_VAGUE_NOUNS = frozenset({"thing", "things", "situation", "lot", "stuff", "world"})


def _only_vague_noun(doc: Doc, first: int, last: int) -> bool:
    """'the whole thing', 'this situation': a determiner and a vague noun name no cause."""
    content = [w for w in doc.words[first : last + 1] if w not in _VAGUE_FILLER]
    return len(content) == 1 and content[0] in _VAGUE_NOUNS


_VAGUE_FILLER = frozenset({"the", "this", "that", "whole", "entire", "all", "a", "my", "it"})


def _explicit(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    return _cause_after(doc, _EXPLICIT, blocked) or _from_a_cause(doc, blocked)


# "cranky from lack of sleep", "wiped from too much socialising": after "from", these open a
# cause; "from monday to friday", "from tense to relaxed" or "a text from mum" do not.
_CAUSAL_AFTER_FROM = frozenset(
    {"lack", "too", "not", "no", "all", "so", "being", "having", "overdoing", "doing", "working"}
)


def _from_a_cause(doc: Doc, blocked: Collection[int]) -> tuple[int, int] | None:
    words = doc.words
    if "from" not in doc.wordset:
        return None
    for index in range(len(words) - 2):
        if words[index] != "from" or index == 0:
            continue
        following = words[index + 1]
        if following not in _CAUSAL_AFTER_FROM and not (
            _is_doing(following) and following not in _SHIFT_GERUNDS
        ):
            continue
        found = _usable_cause(doc, index + 1, blocked)
        if found is not None and found[1] > found[0]:
            return found
    return None


# "from feeling ok to ...", "from going ... to": a change, not a cause
_SHIFT_GERUNDS = frozenset({"feeling", "going", "being"})


def _equation(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    """'the rain + no sleep = grumpy': what stands before "=" adds up to the feeling."""
    low = doc.low
    if "=" not in low or not feelings:
        return None
    words = doc.words
    for first, _ in feelings:
        gap = doc.gap_before(first)
        if first == 0 or "=" not in gap or "=>" in gap:
            continue
        end = first - 1
        start = end
        while start > 0 and doc.same_clause(start - 1, end) and "=" not in doc.gap_before(start):
            start -= 1
        while start < end and words[start] in _SUBJECT_LEAD:
            start += 1
        # what is added up may name a feeling of its own ("work stress + no sleep = meltdown")
        if end - start >= 9 or (start == end and words[start] in _PRONOUN_ONLY):
            continue
        return start, end
    return None


# A cause given as a guess, in a clause of its own: "..., probably too much coffee",
# "..., hormones i reckon", "..., must be the weather".
_HEDGE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("must", "be"),
    ("probably",),
    ("maybe",),
    ("perhaps",),
    ("likely",),
    ("blame",),
    ("blaming",),
    ("i", "blame"),
    ("think", "its"),
    ("i", "think", "its"),
    ("i", "reckon", "its"),
    ("i", "guess", "its"),
    ("i", "bet", "its"),
    ("guess", "its"),
    ("prob", "just"),
)
_HEDGE_CLOSERS: tuple[tuple[str, ...], ...] = (
    ("i", "reckon"),
    ("i", "think"),
    ("i", "guess"),
    ("i", "bet"),
    ("i", "suppose"),
    ("probably",),
    ("maybe",),
    ("i", "assume"),
)
_AFTER_HEDGE = frozenset({"its", "it", "is", "was", "just", "all", "down", "to", "from", "the"})
# After a hedge, a subject or a verb starts a plan or a thought, not a guessed cause.
_NOT_GUESSED = NEGATORS | frozenset(
    {
        "i",
        "im",
        "ive",
        "id",
        "ill",
        "you",
        "we",
        "he",
        "she",
        "they",
        "lets",
        "should",
        "shouldnt",
        "mustnt",
        "might",
        "may",
        "must",
        "need",
        "needs",
        "will",
        "going",
        "gonna",
        "get",
        "go",
        "have",
        "has",
        "had",
        "can",
        "could",
        "would",
        "better",
        "worse",
        "so",
        "too",
    }
)


def _hedged(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    if not feelings:
        return None
    words = doc.words
    feeling_clauses = {doc.clause[first] for first, _ in feelings}
    first_feeling = min(first for first, _ in feelings)
    clauses: dict[int, list[int]] = {}
    for index in range(first_feeling + 1, len(words)):
        if doc.clause[index] not in feeling_clauses:
            clauses.setdefault(doc.clause[index], []).append(index)
    for indexes in clauses.values():
        start, end = indexes[0], indexes[-1]
        while start < end and words[start] in ("and", "but", "so", "though", "tbh", "ngl"):
            start += 1
        opener = next((h for h in _HEDGE_OPENERS if words[start : start + len(h)] == h), None)
        if opener is not None:
            cause = start + len(opener)
            while cause < end and words[cause] in _AFTER_HEDGE and words[cause] != "the":
                cause += 1
            if cause <= end and words[cause] not in _NOT_GUESSED:
                found = _usable_cause(doc, cause, blocked)
                if found is not None and not _names_a_feeling(doc, *found):
                    return found
            continue
        closer = next((h for h in _HEDGE_CLOSERS if words[end - len(h) + 1 : end + 1] == h), None)
        if closer is None:
            continue
        last = end - len(closer)
        if last < start or words[start] in _NOT_GUESSED or words[start] in _NOT_EVENTS:
            continue
        if any(i in blocked for i in range(start, last + 1)):
            continue
        if start == last and (words[start] in _PRONOUN_ONLY or words[start] in _VAGUE):
            continue
        if not _names_a_feeling(doc, start, last):
            return start, last
    return None


def _names_a_feeling(doc: Doc, first: int, last: int) -> bool:
    """'maybe too amazing': the guess is about the feeling, not its cause."""
    feelings = one_word_feelings()
    return any(doc.words[i] in feelings for i in range(first, last + 1))


def _temporal(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    return _cause_after(doc, _TEMPORAL, blocked)


def _what_helped(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    return _helped(doc, blocked) if feelings else None


def _acting_subject(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    """'<the news> made me sad', '<my boss> is stressing me out', '<this exam> ruined my day'."""
    words = doc.words
    for verb in range(1, len(words) - 1):
        if words[verb] not in _CAUSE_VERBS or not _acts_on_writer(words, verb + 1):
            continue
        if words[verb] in _DIRECTED_CAUSE_VERBS and words[verb + 2 : verb + 3] not in {
            (d,) for d in _DIRECTIONS
        }:
            continue
        clause_start = verb
        while clause_start > 0 and doc.same_clause(clause_start - 1, verb):
            clause_start -= 1
        while clause_start < verb and words[clause_start] in _SUBJECT_LEAD:
            clause_start += 1
        if clause_start >= verb:
            continue
        found = phrase_from(doc, clause_start, {*blocked, verb})
        if found is None:
            continue
        first, last = found
        last = min(last, verb - 1)
        while last > first and (
            words[last] in _PRONOUN_ONLY or words[last] in _ADVERBS_BEFORE_VERB
        ):
            last -= 1
        if first == last and (words[first] in _PRONOUN_ONLY or words[first] in _VAGUE):
            continue
        return first, last
    return None


def _helped(doc: Doc, blocked: Collection[int]) -> tuple[int, int] | None:
    """'breathing helped', 'the sea always does this for me': what worked, told after the state."""
    words = doc.words
    for verb in range(1, len(words)):
        word = words[verb]
        if word in _HELPED and (verb + 1 == len(words) or not doc.same_clause(verb, verb + 1)):
            pass  # "breathing helped." with nothing after it in its clause
        elif not (
            word in ("does", "did", "do")
            and words[verb + 1 : verb + 2] in (("this",), ("that",), ("it",))
            and words[verb + 2 : verb + 4] in (("for", "me"), ("to", "me"))
        ):
            continue
        start = _clause_start(doc, verb)
        while start < verb and words[start] in _SUBJECT_LEAD:
            start += 1
        last = verb - 1
        while last > start and words[last] in _ADVERBS_BEFORE_VERB:
            last -= 1
        if start > last or any(i in blocked for i in range(start, last + 1)):
            continue
        if any(words[i] in _PRONOUN_ONLY or words[i] in _VAGUE for i in range(start, last + 1)):
            continue  # "i know it works", "nothing helped"
        if words[last] in _LIST_DETERMINERS:
            continue  # "the works": a noun, not a verb
        if last - start <= 4:
            return start, last
    return None


_HELPED = frozenset({"helped", "helps", "worked", "works"})
_ADVERBS_BEFORE_VERB = frozenset(
    {"always", "really", "actually", "definitely", "honestly", "just", "totally", "has", "have"}
)


def _acts_on_writer(words: tuple[str, ...], index: int) -> bool:
    if words[index] == "me" or words[index : index + 2] == ("to", "me"):
        return True
    if words[index] in _PARTICLES and words[index + 1 : index + 2] == ("my",):
        # "the fireworks set off my anxiety", "it brought on my panic": a feeling set going
        return index + 2 < len(words) and words[index + 2] in _MY_FEELINGS
    return words[index] == "my" and index + 1 < len(words) and words[index + 1] in _MY_OBJECTS


_PARTICLES = frozenset({"off", "on", "up"})
_MY_FEELINGS = frozenset(
    {"anxiety", "panic", "depression", "anger", "rage", "stress", "ptsd", "ocd", "temper", "nerves"}
)


def _attached(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int], times: bool = False
) -> tuple[int, int] | None:
    """A preposition right after a feeling or a ruminating verb: 'furious about X'.

    With ``times`` only a time may be the object ("dreading tomorrow"): the last resort, as an
    event elsewhere in the message ("my manager emailed") says more.
    """
    words = doc.words
    ends = sorted(
        {last for _, last in feelings} | {i for i, w in enumerate(words) if w in _RUMINATION}
    )
    for end in ends:
        index = _past_growth(words, end + 1)
        while index < len(words) and words[index] in _BETWEEN_FEELING_AND_PREP and index - end <= 3:
            index += 1
        if index < len(words) and _attaches(words, end, index) and doc.same_clause(index, end):
            if words[index] == "with" and _starts_a_feeling(doc, index + 1, feelings):
                continue  # "woke up with my heart pounding": a symptom beside, not a cause
            if words[index] == "from" and words[end] in _SEPARATED:
                continue  # "disconnected from my body": what the writer feels apart from
            if words[index] == "at" and index + 1 < len(words) and words[index + 1] in PLACES:
                continue  # "on autopilot at work since the restructure": a place, found last
            if words[index] == "at" and words[end] in _AIMED:
                continue  # "snapping at the kids": whom it was aimed at, not why
            found = _usable_cause(doc, index + 1, blocked, times and words[index] in _ABOUT)
            if found is not None and (not times or is_time_phrase(doc, *found)):
                return _reason_behind(doc, found, blocked) or found
    for end in ends:
        # "annoyed my flight got cancelled": the cause follows the feeling directly
        index = _past_growth(words, end + 1)
        while index < len(words) - 1 and words[index] == words[end]:
            index += 1  # "panicking panicking the plane is dropping": the feeling said again
        while index < len(words) and words[index] in _BETWEEN_FEELING_AND_PREP and index - end <= 2:
            index += 1
        direct = words[end] in _TRANSITIVE_FEELINGS
        if (
            index < len(words)
            and (words[index] in _POSSESSIVES or direct or _is_doing(words[index]))
            and doc.same_clause(index, end)
        ):
            found = _usable_cause(doc, index, blocked, times and direct)
            if found is None or (times and not is_time_phrase(doc, *found)):
                continue
            if any(first <= found[1] and last >= found[0] for first, last in feelings):
                continue  # "so anxious my chest hurts": a symptom, not the cause
            if found[1] > found[0] or direct:
                return found
    return None


# "too anxious to face the commute": what the feeling keeps the writer from
_FACED = frozenset({"face", "handle", "tackle", "confront"})
# "drowning in emails", "buried under paperwork": what the writer is sunk in
_SUBMERGED = frozenset({"drowning", "drowned", "buried", "swamped", "snowed", "overloaded"})


def _attaches(words: tuple[str, ...], end: int, index: int) -> bool:
    """Whether the word at ``index`` links the feeling ending at ``end`` to its object."""
    word = words[index]
    return (
        word in _ATTACHED
        or (word in _FACED and words[index - 1] == "to")
        or (word in ("in", "under") and words[end] in _SUBMERGED)
    )


# "rage building up since ...", "panic creeping in": the feeling growing, not its cause
_GROWTH = frozenset(
    {
        "building",
        "rising",
        "growing",
        "creeping",
        "bubbling",
        "brewing",
        "mounting",
        "simmering",
        "spiking",
        "boiling",
    }
)
_GROWTH_PARTICLES = frozenset({"up", "in", "over", "back", "on"})


def _past_growth(words: tuple[str, ...], index: int) -> int:
    if index < len(words) and words[index] in _GROWTH:
        index += 1
        if index < len(words) and words[index] in _GROWTH_PARTICLES:
            index += 1
    return index


_REASON_JOINTS = frozenset({"since", "because", "cause", "cos", "coz", "bc", "after"})


def _reason_behind(
    doc: Doc, found: tuple[int, int], blocked: Collection[int]
) -> tuple[int, int] | None:
    """'can't cope with everything on my plate since mum got ill': a vague load, then its reason."""
    words = doc.words
    first, last = found
    if words[first] not in _VAGUE and words[first : first + 2] not in (
        ("so", "much"),
        ("it", "all"),
    ):
        return None
    index = last + 1
    if index >= len(words) or words[index] not in _REASON_JOINTS:
        return None
    reason = _usable_cause(doc, index + 1, blocked)
    return reason if reason is not None and reason[1] > reason[0] else None


def _starts_a_feeling(doc: Doc, index: int, feelings: Sequence[tuple[int, int]]) -> bool:
    """Whether a feeling or symptom is told at ``index`` ('a headache', 'my heart pounding')."""
    if index < len(doc) - 1 and doc.words[index] in _LIST_DETERMINERS:
        index += 1
    return any(first == index and doc.same_clause(first, index - 1) for first, _ in feelings)


_AIMED = frozenset(
    {"snapping", "snapped", "snap", "shouting", "shouted", "yelling", "yelled", "lashing"}
)


# Feelings of being apart, whose "from" names what one is apart from, not a cause.
_SEPARATED = frozenset(
    {
        "disconnected",
        "detached",
        "distant",
        "removed",
        "cut",
        "off",
        "estranged",
        "separate",
        "myself",  # "watching myself from the ceiling": where the writer watches from
    }
)


def _is_doing(word: str) -> bool:
    """'anxious reading the news', 'sad seeing old photos': a gerund names what happened."""
    return (
        len(word) > 4
        and word.endswith("ing")
        and word not in _NOT_GERUNDS
        and word not in one_word_feelings()
    )


def _attached_time(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    return _attached(doc, feelings, blocked, times=True)


def _neighbouring_event(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    """An event told just before the feeling, else just after a bare feeling."""
    if not feelings:
        return None
    return _preceding_event(doc, feelings, blocked) or _following_event(doc, feelings, blocked)


def _first_of_paired_feelings(words: tuple[str, ...], feelings: Sequence[tuple[int, int]]) -> int:
    """Where 'content and grounded' starts when the anchor is 'grounded'."""
    feeling = feelings[0][0]
    ends = {last: first for first, last in feelings}
    while feeling >= 2 and words[feeling - 1] in ("and", "but", "yet", "&") and feeling - 2 in ends:
        feeling = ends[feeling - 2]
    return feeling


def _preceding_event(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    """'had a fight with my girlfriend and now I feel awful', 'my sister called, calmer now'."""
    words = doc.words
    feeling = _first_of_paired_feelings(words, feelings)
    clause_start = feeling
    while clause_start > 0 and doc.same_clause(clause_start - 1, feeling):
        clause_start -= 1
    joint = next(
        (
            i
            for i in range(feeling - 1, clause_start, -1)
            if words[i] in _EVENT_JOINTS
            and (words[i] != "so" or words[i + 1 : i + 2] in _AFTER_SO)  # "so I feel", not "so sad"
        ),
        None,
    )
    if joint is not None:
        start, end = clause_start, joint - 1
    elif clause_start > 0:
        end = clause_start - 1
        start = _clause_start(doc, end)
        for _ in range(2):
            # "finally got my PIP decision, approved!! I feel hopeful", "they cancelled again
            # after 4 months waiting. So frustrated": a lone word or a time between the event
            # and the feeling leaves the event one clause further back.
            if start == 0 or not _says_little(doc, start, end):
                break
            end = start - 1
            start = _clause_start(doc, end)
    else:
        return None
    while start < end and words[start] in _SUBJECT_LEAD | {"i", "im", "ive", "ugh", "um"}:
        start += 1
    if words[start : start + 2] == ("me", "and") and start + 2 < end:
        start += 2  # "me and my gf broke up": the couple is the subject
    if words[start] in _APOLOGIES:
        return None  # "sorry for my english": to the reader, not what happened
    if words[start] in _DISCOVERY and start < end and words[start + 1] in _CLAUSE_OBJECTS:
        # "realised i owe 2k on my card and now ...": what was found out is the event (but
        # "saw photos from the party" is itself the event)
        start += 1
        while start < end and words[start] in ("out", "that"):
            start += 1
    if end - start < 1 or any(i in blocked for i in range(start, end + 1)):
        return None
    if is_time_phrase(doc, start, end) or words[start] in _INTERROGATIVE_STARTS:
        return None
    # A negation that opens the phrase makes it a report ("not feeling great today"); one inside
    # it is part of the event ("saw photos from the party I wasn't invited to").
    if any(words[i] in _FEELING_WORDS for i in range(start, end + 1)) or any(
        words[i] in NEGATORS and not _negated_event(words, i)
        for i in range(start, min(end, start + 1) + 1)
    ):
        return None  # "not feeling great today" is a report, not an event
    if (
        words[start] not in _HAVING
        and _BODY_CAUSES.isdisjoint(words[start : end + 1])
        and any(first <= end and last >= start for first, last in feelings)
    ):
        # "heart racing and sweating, total panic" tells symptoms, not a cause; "had a
        # migraine all day and now I'm grumpy" tells what happened
        return None
    found = phrase_from(doc, start, {*blocked, *range(end + 1, len(words))})
    if found is not None and found[1] == found[0] and words[found[0]] in _ONE_WORD_EVENTS:
        return found  # "relapsed last night, hopeless today"
    return found if found is not None and found[1] > found[0] else None


# Deeds that are a whole event in one word, told before the feeling.
_ONE_WORD_EVENTS = frozenset({"relapsed", "slipped", "binged", "purged", "collapsed", "fainted"})


# Lost sleep or a flare-up is told like a symptom but is a cause: "two nights of no sleep and
# I'm snapping", "my arthritis is flaring up and I'm grumpy".
_BODY_CAUSES = frozenset(
    {
        "sleep",
        "slept",
        "sleeping",
        "sleepless",
        "insomnia",
        "arthritis",
        "fibro",
        "fibromyalgia",
        "flaring",
        "flared",
        "flare",
        "migraine",
        "migraines",
    }
)


def _clause_start(doc: Doc, end: int) -> int:
    start = end
    while start > 0 and doc.same_clause(start - 1, end):
        start -= 1
    return start


def _says_little(doc: Doc, start: int, end: int) -> bool:
    """A clause of one word, or only a time ("after 4 months waiting"), tells no event; but
    an answer or an apology ("no.", "sorry.") ends what came before it."""
    while start < end and doc.words[start] in _SUBJECT_LEAD:
        start += 1
    if start == end and doc.words[start] in _REPLIES:
        return False
    return start == end or is_time_phrase(doc, start, end)


_REPLIES = frozenset(
    {
        "yes",
        "no",
        "yeah",
        "yep",
        "nope",
        "nah",
        "ok",
        "okay",
        "sorry",
        "promise",
        "thanks",
        "true",
        "sure",
        "anyway",
        "lol",
        "haha",
        "well",
    }
)


_DISCOVERY = frozenset(
    {
        "realised",
        "realized",
        "found",
        "noticed",
        "discovered",
        "learned",
        "learnt",
        "remembered",
        "heard",
        "saw",
        "read",
    }
)
_CLAUSE_OBJECTS = frozenset(
    {"that", "out", "i", "im", "ive", "id", "he", "she", "they", "we", "it", "its", "there"}
)
_HAVING = frozenset({"had", "got", "having", "woke", "caught", "been"})


def _following_event(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    """'FURIOUS. they cancelled my appointment again': a bare feeling, then what happened."""
    words = doc.words
    feeling_end = max(last for first, last in feelings if doc.same_clause(first, feelings[0][0]))
    clause = doc.clause[feeling_end]
    rest = [i for i in range(feeling_end + 1, len(words)) if doc.clause[i] == clause]
    if any(words[i] not in _BARE_FEELING_EXTRAS for i in rest):
        return None  # the feeling's clause says more than the feeling
    start = feeling_end + 1 + len(rest)
    # "rage. absolute rage. they towed my car": the feeling said again is not the event.
    while start < len(words) and doc.clause[start] == clause + 1:
        said_again = [i for i in range(start, len(words)) if doc.clause[i] == clause + 1]
        if not all(
            words[i] in _BARE_FEELING_EXTRAS or any(first <= i <= last for first, last in feelings)
            for i in said_again
        ):
            break
        clause, start = clause + 1, said_again[-1] + 1
    if start < len(words) and doc.clause[start] == clause + 1 and words[start] in _HOW_LONG:
        # "tense since morning, my in-laws are coming": how long it has lasted, then the event
        lasted = [i for i in range(start, len(words)) if doc.clause[i] == clause + 1]
        if len(lasted) > 1 and is_time_phrase(doc, start + 1, lasted[-1]):
            clause, start = clause + 1, lasted[-1] + 1
    if (
        start >= len(words)
        or doc.clause[start] != clause + 1
        or words[start] in ("but", "though", "which")
    ):
        return None  # "life is hard right now but I want to live": a contrast, not the cause
    for _ in range(2):
        # "so scared, my chest is tight and my arms are tingling, my daughter hasn't come
        # home": the body's report comes first, then what happened
        told = [i for i in range(start, len(words)) if doc.clause[i] == doc.clause[start]]
        if not _only_symptoms(doc, told, feelings) or told[-1] + 1 >= len(words):
            break
        start = told[-1] + 1
    while start < len(words) and words[start] in _SUBJECT_LEAD:
        start += 1
    done_to_writer = {first for first, _ in feelings if _done_to_the_writer(words, first)}
    unblocked = set(blocked) - done_to_writer if done_to_writer else blocked
    found = _usable_cause(doc, start, unblocked) if start < len(words) else None
    if found is not None and found[1] == found[0]:
        found = _listed_with(doc, found[0], unblocked)  # "takeaway and a film w my mum"
    if found is None or found[1] == found[0] or words[found[0] : found[1] + 1] in _HEDGE_CLOSERS:
        return None  # "sad, i think": a hedge on the feeling, not an event
    if any(
        first <= found[1] and last >= found[0] and not _done_to_the_writer(words, first)
        for first, last in feelings
    ):
        return None  # "fine but my chest is tight" reports a symptom, not a cause
    opening = range(found[0], min(found[0] + 2, found[1] + 1))  # "not sure why", "no idea"
    if any(words[i] in NEGATORS and not _negated_event(words, i) for i in opening) or any(
        words[i] in _FEELING_WORDS for i in range(found[0], found[1] + 1)
    ):
        return None
    return found


def _only_symptoms(doc: Doc, told: list[int], feelings: Sequence[tuple[int, int]]) -> bool:
    """Whether a clause is nothing but feelings told ('my chest is tight and my arms tingle')."""
    felt = {i for first, last in feelings for i in range(first, last + 1)}
    rest = [i for i in told if i not in felt and doc.words[i] not in _BODY_FILLER]
    return (
        len(rest) < len(told) / 3
        and any(i in felt for i in told)
        and any(doc.words[i] in _BODY_PARTS for i in told)
    )


_BODY_PARTS = frozenset(
    {
        "chest",
        "heart",
        "head",
        "arms",
        "arm",
        "hands",
        "hand",
        "legs",
        "leg",
        "stomach",
        "tummy",
        "throat",
        "body",
        "face",
        "jaw",
        "shoulders",
        "neck",
        "back",
        "breathing",
        "breath",
        "skin",
    }
)


_BODY_FILLER = frozenset(
    {"my", "is", "are", "and", "so", "really", "very", "all", "im", "i", "am", "keep", "keeps"}
)
_LIST_DETERMINERS = frozenset({"a", "an", "the", "my", "some", "our", "his", "her", "their"})


def _listed_with(doc: Doc, only: int, blocked: Collection[int]) -> tuple[int, int] | None:
    """'takeaway and a film': one noun joined by "and" to a determined phrase is one event."""
    words = doc.words
    joint = only + 1
    if (
        words[only] in _PRONOUN_ONLY
        or words[only] in _VAGUE
        or joint + 1 >= len(words)
        or words[joint] != "and"
        or words[joint + 1] not in _LIST_DETERMINERS
        or not doc.same_clause(only, joint + 1)
    ):
        return None
    rest = phrase_from(doc, joint + 1, blocked)
    return (only, rest[1]) if rest is not None and rest[1] > joint + 1 else None


# "gutted, didn't get the job": an event that did not happen is still what happened.
_NEGATED_EVENT_VERBS = frozenset(
    {
        "didn't",
        "didnt",
        "wasn't",
        "wasnt",
        "weren't",
        "werent",
        "never",
        "haven't",
        "havent",
        "hasn't",
        "hasnt",
        "couldn't",
        "couldnt",
        "won't",
        "wont",
    }
)
_NOT_EVENT_AFTER_NEGATION = frozenset(
    {
        "know",
        "understand",
        "think",
        "feel",
        "feeling",
        "sure",
        "mean",
        "care",
        "matter",
        "want",
        "really",
        "even",
        "much",
        "that",
        "so",
        "too",
        "very",
        "bothered",
        "interested",
        "needed",
    }
)
_EVENT_AFTER_NEGATION = frozenset(
    {
        "get",
        "got",
        "hear",
        "heard",
        "call",
        "called",
        "come",
        "came",
        "show",
        "showed",
        "make",
        "made",
        "pass",
        "passed",
        "invite",
        "invited",
        "reply",
        "replied",
        "answer",
        "answered",
        "text",
        "texted",
        "turn",
        "win",
        "won",
        "finish",
        "finished",
        "sleep",
        "slept",
        "eat",
        "ate",
        "chosen",
        "picked",
        "selected",
        "hired",
        "accepted",
        "allowed",
        "paid",
        "work",
        "worked",
        "happen",
        "happened",
        "arrive",
        "arrived",
        "wake",
        "woke",
    }
)


def _negated_event(words: tuple[str, ...], index: int) -> bool:
    """Whether the negator at ``index`` opens an event ("didn't get the job", "wasn't invited")
    rather than a doubt ("not sure why", "don't know")."""
    if words[index] not in _NEGATED_EVENT_VERBS or index + 1 >= len(words):
        return False
    following = words[index + 1]
    if following == "get":  # "didn't get the job", not "didn't get it"
        return words[index + 2 : index + 3] not in ((), ("it",), ("why",), ("what",), ("how",))
    if following in _EVENT_AFTER_NEGATION:
        return True
    return following not in _NOT_EVENT_AFTER_NEGATION and following.endswith("ed")


def _done_to_the_writer(words: tuple[str, ...], index: int) -> bool:
    """'got rejected', 'been dumped': a feeling word as the event done to the writer."""
    return (
        index > 0
        and words[index - 1] in ("got", "get", "gets", "getting", "been")
        and words[index].endswith("ed")
    )


def _location(
    doc: Doc, feelings: Sequence[tuple[int, int]], blocked: Collection[int]
) -> tuple[int, int] | None:
    found = find_place(doc, blocked)
    if found is None:
        return None
    first, last = found
    return (first + 1, last) if first < last else None


def find_place(doc: Doc, blocked: Collection[int]) -> tuple[int, int] | None:
    """'on the train', 'at work', 'in a meeting': word range including the preposition."""
    words = doc.words
    for index, word in enumerate(words[:-1]):
        if word not in _LOCATION_PREPS or index + 1 in blocked:
            continue
        found = phrase_from(doc, index + 1, blocked, max_words=4)
        if found is None:
            continue
        first, last = found
        place = next((i for i in range(first, last + 1) if words[i] in PLACES), None)
        if place is None or is_time_phrase(doc, first, last):
            continue
        return index, place
    return None
