"""The normalised view of one message that every rule module reads.

``Doc.low`` is the message lower-cased with look-alike characters unified, and has exactly the
length of ``Doc.text``, so a character span found in one is valid in the other (extracted
phrases keep the writer's own casing). Words are tokens of letters and digits; apostrophes
inside a word are dropped ("can't" -> "cant") so both spellings meet the same rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

# Only the start of a very long message is parsed for records: nobody logs a mood on page 30,
# and a bound keeps every rule linear and fast whatever arrives.
MAX_PARSED_CHARS = 4000

_LOOKALIKES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": " ",
}
_TRANSLATION = str.maketrans(
    {
        **_LOOKALIKES,
        **{chr(code): " " for code in range(32) if chr(code) != "\n"},
        **{chr(code): " " for code in range(0x7F, 0xA0)},
    }
)

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_ELONGATED = re.compile(r"(.)\1\1+")
# Between two words, any of these ends a clause.
_CLAUSE_GAP = re.compile(
    r"[.,;:!?()\[\]{}\n|\"]|\s-|-\s|->|=>|>|\u2192|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
)
# Words that open a new clause (the boundary falls before them).
CLAUSE_OPENERS = frozenset(
    {
        "but",
        "then",
        "though",
        "although",
        "however",
        "whereas",
        "yet",
        "because",
        "cause",
        "cos",
        "coz",
        "cuz",
        "bc",
        "since",
        "after",
        "when",
        "while",
        "whilst",
        "until",
        "till",
        "unless",
    }
)
ARROW = re.compile(r"->|=>|\u2192|>")
# Texting shorthand read as the word it stands for ("rly low", "abt the results", "last wk").
# One word for one word, so spans stay aligned with the text; only forms that are not also
# ordinary words ("sun", "sat", "wed" stay as they are). ``Doc.low`` keeps the writer's form.
TEXTING_WORDS: dict[str, str] = {
    "til": "until",
    "rly": "really",
    "rlly": "really",
    "realy": "really",
    "v": "very",
    "gd": "good",
    "mornin": "morning",
    "feelin": "feeling",
    "frm": "from",
    "grt": "great",
    "gr8": "great",
    "evenin": "evening",
    "abt": "about",
    "w": "with",
    "wk": "week",
    "wks": "weeks",
    "tho": "though",
    "thru": "through",
    "probs": "probably",
    "prolly": "probably",
    "ppl": "people",
    "smth": "something",
    "sth": "something",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "yday": "yesterday",
    "yest": "yesterday",
    "b4": "before",
    "bcos": "because",
    "bcoz": "because",
    "becuz": "because",
    "becoz": "because",
    "tues": "tuesday",
    "weds": "wednesday",
    "thurs": "thursday",
    "thur": "thursday",
    "n": "and",
    "r": "are",
    "u": "you",
}


def literal_alternation(literals: Iterable[str]) -> str:
    """A regex matching any of ``literals``, factored as a trie.

    The engine then tries only the branches that start with the character at hand, which
    is several times faster than a flat alternation of a hundred words.
    """
    trie: dict[str, dict] = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def word_pattern(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` to match whole words only (the lookahead lets the engine skip fast)."""
    return re.compile(rf"(?=\w)\b(?:{pattern})\b")


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` without changing its length (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)


def squash_elongation(word: str, known: frozenset[str]) -> str:
    """'sooo' -> 'so', 'happyyy' -> 'happy': collapse letters repeated three times or more."""
    single = _ELONGATED.sub(r"\1", word)
    if single in known:
        return single
    return _ELONGATED.sub(r"\1\1", word)


@dataclass(frozen=True, slots=True)
class Doc:
    text: str  # the parsed part of the message, original casing
    low: str  # same length as text: lower-cased, look-alikes unified
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    clause: tuple[int, ...]  # clause number of each word
    wordset: frozenset[str]

    def __len__(self) -> int:
        return len(self.words)

    def gap_before(self, index: int) -> str:
        """The characters between word ``index - 1`` and word ``index``."""
        previous_end = self.ends[index - 1] if index > 0 else 0
        return self.low[previous_end : self.starts[index]]

    def token_span(self, start_char: int, end_char: int) -> range:
        """The words that overlap the character span [start_char, end_char)."""
        first = bisect_right(self.ends, start_char)
        last = bisect_left(self.starts, end_char)
        return range(first, last)

    def token_at(self, char: int) -> int:
        """Index of the first word starting at or after ``char`` (len(self) when none)."""
        return bisect_left(self.starts, char)

    def original(self, first: int, last: int) -> str:
        """The writer's own text for words first..last (inclusive), whitespace tidied."""
        return " ".join(self.text[self.starts[first] : self.ends[last]].split())

    def same_clause(self, a: int, b: int) -> bool:
        return self.clause[a] == self.clause[b]


def make_doc(raw: str, known_words: frozenset[str] = frozenset()) -> Doc:
    text = raw[:MAX_PARSED_CHARS].translate(_TRANSLATION)
    low = lower_same_length(text)
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clause: list[int] = []
    current_clause = 0
    previous_end = 0
    elongated = _ELONGATED.search(low) is not None
    gap_ends_clause = _CLAUSE_GAP.search
    for match in _WORD.finditer(low):
        word = match.group()
        if "'" in word:
            word = word.replace("'", "")
        if elongated and len(word) > 2 and _ELONGATED.search(word):
            word = squash_elongation(word, known_words)
        word = TEXTING_WORDS.get(word, word)
        start, end = match.span()
        if words and (
            word in CLAUSE_OPENERS
            or (
                (start - previous_end > 1 or low[previous_end] != " ")  # a plain space never does
                and gap_ends_clause(low, previous_end, start)
            )
        ):
            current_clause += 1
        words.append(word)
        starts.append(start)
        ends.append(end)
        clause.append(current_clause)
        previous_end = end
    return Doc(
        text=text,
        low=low,
        words=tuple(words),
        starts=tuple(starts),
        ends=tuple(ends),
        clause=tuple(clause),
        wordset=frozenset(words),
    )
