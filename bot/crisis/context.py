"""What surrounds a match: its clause, negation, who it is about, when, and in what tone.

Every check looks only at the clause (or sentence) that holds the match, so hyperbole or a
denial in one clause never cancels a risk stated in another.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from bot.crisis.lexicon import (
    FIRST_PERSON,
    MEDIA_WORDS,
    OTHER_PEOPLE,
    PEOPLE_AFTER_DETERMINER,
    YOU_MEANS_ME,
    alternation,
)

# Hard breaks end a sentence; soft breaks (conjunctions, commas) end a clause.
_SENTENCE_BREAK = re.compile(r"[!?;\n]+|\.(?!\d)|\s[-\u2013\u2014]+\s")
_CLAUSE_BREAK = re.compile(
    r"[!?;:,()\n\"]+|\.(?!\d)|\s[-\u2013\u2014]+\s"
    r"|\b(?:and|but|because|cause|though|although|however|yet|plus|except|tho|whereas|anyway|"
    r"anyways|otherwise|meanwhile|btw)\b"
    r"|\bso\b(?= (?:i|i'm|i've|i'll|i'd|we|he|she|they|it|that|now|then|yeah|anyway|basically)\b)"
)
_QUESTION_START = re.compile(
    r"\s*(?:how|what|what's|why|is|are|can|could|does|do|should|would|where|who|when|which)(?= )"
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class Segments:
    """Clause and sentence spans of one view, found once and looked up by offset."""

    __slots__ = ("_clause_starts", "_sentence_starts", "clauses", "sentences", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.clauses = _spans(text, _CLAUSE_BREAK)
        self.sentences = _spans(text, _SENTENCE_BREAK)
        self._clause_starts = [span.start for span in self.clauses]
        self._sentence_starts = [span.start for span in self.sentences]

    def clause_at(self, pos: int) -> Span:
        return _near(self.clauses[max(0, bisect_right(self._clause_starts, pos) - 1)], pos)

    def sentence_at(self, pos: int) -> Span:
        return _near(self.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)], pos)

    def is_question(self, pos: int) -> bool:
        sentence = self.sentence_at(pos)
        after = self.text[sentence.end : sentence.end + 3]
        return "?" in after or _QUESTION_START.match(self.text, sentence.start) is not None


# Context is read at most this far either side of a match, so a 100 KB "sentence" without a
# full stop costs the same per match as a short one.
_REACH = 150


def _near(span: Span, pos: int) -> Span:
    if span.end - span.start <= 2 * _REACH:
        return span
    return Span(max(span.start, pos - _REACH), min(span.end, pos + _REACH))


def _spans(text: str, breaks: re.Pattern[str]) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in breaks.finditer(text):
        if match.start() > start:
            spans.append(Span(start, match.start()))
        start = max(start, match.end())
    spans.append(Span(start, max(start, len(text))))
    return spans


# --- negation ---------------------------------------------------------------------------------

# How far back (in characters) a negator or a referent is looked for before a match.
_LOOKBACK = 90
_NEGATOR = re.compile(
    r"\b(?:not|no|never|nor|neither|without|cannot|(?:did|do|does|wo|would|ca|could|is|was|are|"
    r"were|have|has|had|should|ai)n'?t|no longer|stopped|quit|deny|denies|denied|clean from|"
    r"nowhere near|far from|"
    r"free from|free of|clean of|resisted|avoided|refuse to|refused to|since (?:i|my) last|"
    r"zero|0"
    # the negators of the other languages read (no English word is spelled so)
    r"|nicht|kein|keine|nie|niemals|non|nao|não|pas|jamais|nunca"
    r"|nt)\b"  # "im nt suicidal": "not" typed short
)
# Doubt about a denial keeps the risk: "I can't promise I won't hurt myself".
_DOUBTED_DENIAL = re.compile(
    r"\b(?:(?:ca|wo|could)n'?t|cannot|not) (?:promise|guarantee|swear|say for sure)|\bnot sure\b|"
    r"\bunsure\b|\bdon'?t know (?:if|whether)\b|\bno guarantee\b"
)
# Phrases that contain a negator without denying what follows ("can't stop thinking about").
_NOT_A_DENIAL = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|won'?t|don'?t|not|never) (?:stop|help|wait|resist|shake|"
    r"get rid of|escape|control|promise|guarantee|tell|say(?! (?:that )?i(?:'ve| have)? (?:had|felt|"
    r"been|done) any)|lie|handle)\b|\b(?:don'?t|do not|doesn'?t|didn'?t|(?:i'm|im|am) not) not\b"
    r"|\b(?:haven'?t|hasn'?t|have not|has not|never|didn'?t|did not) stopped\b"
    r"|\bcan'?t get (?:the|these|those|this|that|my|rid)\b"
    r"|\b(?:don'?t|do not|didn'?t) (?:know|care|understand|think i can|see why)\b"
    # Someone else unaware: "she doesn't know I cut again", "nobody knows I've been cutting".
    r"|\b(?:doesn'?t|does not|won'?t|wouldn'?t|never) (?:know|knows|notice|realise|realize|suspect|"
    r"find out)\b|\b(?:nobody|no one|noone) (?:knows|noticed|notices|suspects)\b"
    r"|\bnot (?:sure|certain|saying|gonna lie|going to lie|only|just|afraid|scared|okay|ok|fine)\b"
    r"|\b(?:far from|nowhere near) (?:okay|ok|fine|alright|good|great|well|happy|better|over it)\b"
    r"|\bno (?:one|body|matter|idea|clue)\b|\bnobody\b|\bnever (?:stopped|ending|been so)\b"
    r"|\bnever (?:felt|been|wanted|needed) (?:this|so|as|more|that)\b"
    r"|\b(?:trying|try|struggling|fighting|working|doing my best|hard) (?:hard |so hard )?not to\b"
    r"|\bnot a day goes by\b|\bngl\b"
    # Double negatives affirm: "it's not that I don't want to die", "I can't honestly say I'm not".
    r"|\bnot that i (?:don'?t|do not|dont)\b"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:honestly |truthfully |really )?say (?:that )?(?:i'm|i am|im) not\b"
)
# A new subject after the negator starts a new statement ("I'm not okay I want to die").
# "anymore" ends what a negator denied, in run-on typing: "can't do this anymore going to end it".
_SCOPE_RESTART = re.compile(r"\b(?:i|i'm|i've|i'll|i'd|just|only|still|now|but|anymore|any more)\b")


# A claim denied whole: "it's not that I want to die, I just ...", "not like I'd ever ...".
_NOT_THAT = re.compile(
    r"\bnot (?:that|like|as if) (?:i|i'm|i'd|i've|i'll)\b(?! (?:don'?t|do not|dont)\b)"
    r"|\bat no (?:point|time) (?:did|have|was) i\b"
    r"|\b(?:don'?t|do not) feel like i (?=(?:want|wanna|need) to\b)"
    r"|\bcan'?t say (?:that )?i(?:'ve| have)? (?:had|felt|been|done) any\b"
    # "I can't say I've ever wanted to", "never would I": but "can't say I've ever felt this low".
    r"|\bcan'?t say (?:that )?i(?:'ve| have)? ever\b(?!\s+(?:\w+\s+)?(?:this|so|as|more|that)\b)"
    r"|\b(?:never|no way) (?:would|will|could) i\b"
    # Words put in the writer's mouth: "I never said I wanted to die, I said I wanted a day off".
    r"|\b(?:never|didn't|did not|don't|do not|not) (?:said|say|saying|claimed|claim|meant|mean) "
    r"(?:that )?i\b"
    r"|\bnothing\s*$"  # "nothing suicidal going on": the word right after "nothing"
)


def is_negated(text: str, clause_start: int, scope_end: int) -> bool:
    """True when a negator in the clause, before ``scope_end``, denies what follows it."""
    scope = text[max(clause_start, scope_end - _LOOKBACK) : scope_end]
    if _DOUBTED_DENIAL.search(scope):
        return False
    claim = None
    for claim in _NOT_THAT.finditer(scope):  # noqa: B007 - only the nearest matters
        pass
    if claim is not None and _SCOPE_RESTART.search(scope, claim.end()) is None:
        return True
    scope = _NOT_A_DENIAL.sub(" ~ ", scope)
    last = None
    for last in _NEGATOR.finditer(scope):  # noqa: B007 - only the nearest negator matters
        pass
    if last is None:
        return False
    return _SCOPE_RESTART.search(scope, last.end()) is None


# A denial right after the words: "the urge to cut is gone", "sh urges: 0 today".
_DENIED_AFTER = re.compile(
    r"(?:\s+(?:thoughts?|urges?|feelings?|ideation|cravings?))?[\s:=-]*"
    # Verbs of ending, unless what follows makes them about something else ("stopped working").
    r"(?:(?:(?:went|faded|gone|passed) away|(?:has|have) (?:faded|stopped|ended|eased|lifted|"
    r"quietened|quieted|calmed down)|stopped|subsided|disappeared)(?!\s+(?:me|us|to|from|\w+ing)\b)"
    # Thoughts once had, now gone: "the suicidal thoughts I had in hospital are gone now".
    r"|\s+(?:that |which )?i (?:had|have had|used to have|was having)(?: \w+){0,3}?\s+(?:is|are|was|"
    r"were|have|has)(?: now| finally| completely| all)?(?: been)? (?:gone|over|passed|faded|away)\b"
    # An urge that was resisted: "thought I'd relapse on sh but I didn't".
    r"|[\s\w']{0,40}?,?\s*but i (?:didn't|did not|held on|resisted|stopped myself)\b"
    r"|\s+and (?:i )?(?:didn't|did not)(?=\s*(?:$|[?.!,;\n]))"
    # An urge that came and went: "the urge to sh came up earlier but it passed".
    r"|[\s\w]{0,30}?,?\s*but (?:it|they|the urges?|that)(?:'ve|'s| has| have| had| finally)? (?:passed|went "
    r"away|faded|eased(?: off)?|subsided|settled)\b(?!\s+(?:me|us|to|from)\b)"
    r"|[\s\w']{0,40}?,?\s*but i [\w\s']{0,30}?(?:and|until|till) (?:it|they|the urges?)(?: finally| "
    r"eventually)? (?:passed|went away|faded|eased|subsided)\b"
    r"|\s+passed(?=\s*(?:$|[,.;!?\n]|(?:now|eventually|in the end|after a while|quickly)\b))"
    r"|[\s\w]{0,25}?,\s*(?:but )?(?:i'd|i would|i will|i'll) never(?:\s+(?:do it|act on it|go through "
    r"with it))?(?=\s*(?:$|[.!\n]))"
    # "the thought of ending it never crossed my mind", "... is not something I'd ever consider".
    r"|\s+(?:has |have )?(?:never|not) (?:ever |once )?(?:crossed|entered|come into|came into) my (?:mind|head)\b"
    r"|\s+(?:is|'s|isn't|is not) (?:not )?(?:something|anything) (?:i'd|i would|i will|i'll|i have|i've|i) "
    r"(?:ever )?(?:consider|considered|do|think about|contemplate)\b"
    # Known and told apart: "i know what suicidal feels like and this isn't it".
    r"|\s+(?:feels?|felt|is) like,? (?:and|but) (?:this|that|today|it)(?: is|'s)? (?:isn't|is not|not|"
    r"wasn't|was not) (?:it|that|the same)\b"
    # Someone else's belief denied: "my therapist thinks I'm suicidal but I'm not".
    r"|[\s\w]{0,15}?,?\s*but (?:i'm|i am|im) (?:really |actually |honestly |just )?not(?=\s*(?:$|[,.;!?\n]|"
    r"(?:really|actually|honestly|lol|tbh|at all|just)\b))"
    r"|(?:(?:is|are|was|"
    r"were|has|have|had|'s|'re)(?: now| finally| completely| totally| all)?(?: been)? (?:gone|over|"
    r"passed|faded|away)|(?:(?:is|are|at|was|were) )?(?:none|nil|zero|0)(?:/\d+| out of \d+)?)"
    r"(?=\s*(?:$|[,.;!?\n)]|(?:now|today|tonight|for now|for good|finally|completely|thank\w*|"
    r"since|at last|lol|yay|this (?:week|morning|evening)|so far|at all|anymore)\b)))"
)
# "The nurse asked if I'd hurt myself, I said no": someone's question, answered with a denial.
_ASKED_IF = re.compile(
    r"\b(?:asked|asks|asking|ask|wondered|wanted to know|checked)(?: me| us)?(?: again| today)? "
    r"(?:if|whether|about|to rate|to score)\b"
)
_ANSWERED_NO = re.compile(
    r"\b(?:said|answered|replied) (?:that )?(?:none|no to (?:all|both|it))\b|"
    # Said as its own sentence: "... if I'm suicidal. I'm honestly not, just exhausted"; a form
    # ticked: "I ticked 'never'".
    r"(?:^|[,.;]\s*)(?:i'm|i am|im) (?:honestly |really |truthfully |genuinely )?not\b(?! (?:sure|"
    r"okay|ok|fine|well|coping|great|good|safe|going to lie|gonna lie|able|lying|kidding|joking|even|doing|"
    r"coping))|\b(?:ticked|circled|selected|checked|put|wrote) ['\"]?(?:never|no(?! one| body| more)|"
    r"none|not at all)\b"
    r"|\b(?:and|but) (?:honestly |truthfully |genuinely )?(?:no|nope),? (?:not once|never|not at all|not "
    r"really|none)\b|\b(?:and|but) (?:honestly |really |truthfully )?(?:i'm|i am|im) (?:honestly |really "
    r"|truthfully |genuinely )?not\b(?! (?:sure|okay|"
    r"ok|fine|well|coping|great|good|safe|going to lie|gonna lie|able|lying|kidding|joking|even|doing))"
    r"|\b(?:said|told (?:her|him|them|the \w+)|answered|replied|say|(?:the|my) answer (?:was|is))"
    r"(?: that)? (?:no|nope|never|not "
    r"really|not (?:for|in|since) (?:months|weeks|years|ages|a (?:long )?while|a year)|not lately|"
    r"not recently|not anymore|i (?:haven't|hadn't|don't|didn't|wasn't|am not|'m not|have not|had "
    r"not|do not|did not))\b"
    r"|\b(?:and|but) (?:honestly |truthfully |genuinely |really )?(?:no|nope|never)(?=\s*(?:$|[.!,;\n]))"
    # A rating given: "rate suicidal urges on my diary card: zero again".
    r"|:\s*(?:zero|0|none|nil)\b"
    # "Honestly no, not this time." as its own sentence after the question.
    r"|(?:^|[,.;!?]\s*)(?:(?:honestly|truthfully|genuinely|really),? )?(?:no|nope|none|zero)\b(?:,? not (?:this "
    r"time|now|lately|today|really|at all|once))?(?=\s*(?:$|[.!,;\n]))"
    # The answer said as its own clause: "... and honestly I haven't", "..., I haven't".
    r"|(?:\b(?:and|but)|(?:^|[,.;])\s*)(?: ?(?:honestly|truthfully|genuinely|really),?)? ?i (?:haven'?t|"
    r"hadn'?t|have not|had not|don'?t|do not|didn'?t|did not)(?: really| at all)?(?=\s*(?:$|[.!,;\n]))"
)


# "... and I lied and said no": the answer is no denial.
_LIED = re.compile(r"\b(?:lied|lie|lying)\b")


def denied_after(text: str, end: int, sentence_end: int) -> bool:
    """True when the words right after a match deny it ("... is gone", "...: 0")."""
    return _DENIED_AFTER.match(text, end, sentence_end) is not None


def answered_no(text: str, sentence: Span, core: int) -> bool:
    """True when the match sits in someone's question the writer says they answered no."""
    return (
        _ASKED_IF.search(text, sentence.start, core) is not None
        and _LIED.search(text, core, min(len(text), sentence.end + 40)) is None
        and _ANSWERED_NO.search(text, core, min(len(text), sentence.end + 40)) is not None
    )


# "I said I wasn't suicidal but I am": the next clause takes the denial back.
_TAKEN_BACK = re.compile(
    r"[\s,;.]*(?:but|though|tho|because|cause|cos|bc)?[\s,]*(?:honestly |actually |really |secretly |truthfully )?"
    # Said on its own ("... but I am"): "... I'm just tired" takes nothing back, nor does
    # "..., I'm honestly not".
    r"(?!(?:i am|i'm|im) (?:\w+ )?not\b)(?:(?:i am|i'm|i do|i have|i will|i might|i really am|i really do|i kind of am|i kinda am|"
    r"i think i am|i think i do|i probably am|i still (?:do|am))(?=\s*(?:$|[,.;!?\n]|(?:though|tho|"
    r"really|actually|now|still|again|sometimes|kind of|kinda|a bit|a little|tbh|ngl|lol|if i'm "
    r"honest|to be honest|honestly)\b))"
    r"|i still want to|i lied|that's a lie|that was a lie|not true"
    r"|i (?:don't|do not|dont) know if (?:that's|that is|it's|it is) (?:true|the truth)"
    r"|(?:i'm )?not sure (?:that's|that is|it's) true"
    # The next clause does what was denied, or still thinks of it: "I'm not going to kill
    # myself. I just think about it constantly", "not going to hurt myself, I already did".
    r"|i (?:just |still |only )?(?:think|thought) about (?:it|doing it)\b"
    r"|(?:tomorrow|later|next week|the weekend)(?:'s| is| might be) (?:another|a different) story"
    r"|i (?:already )?did(?: it)?(?: already| earlier| last night| yesterday| today| this morning)"
    r"|(?:i'll|i will|ill) just \w+(?: \w+)? instead\b"
    r"|i just (?:don't|do not|dont|can't) see (?:any )?(?:other )?way (?:out|forward)"
    r"|i (?:just )?(?:have|got|'ve got) it (?:all )?planned"
    r"|(?:they|it|the thoughts|the urges?)(?:'ve| have| has)? (?:came|come|are|is) back(?! (?:to|from|"
    r"home|at|in|on|with)\b)"
    r"|i(?:'m| am) just (?:sitting|lying|standing) (?:here )?(?:holding|with|looking at)"
    # An exception that is the act: "I don't self harm anymore, well, except last night".
    r"|(?:well,? )?(?:except|apart from|other than|besides|bar) (?:for )?(?:last night|yesterday|today|"
    r"tonight|this morning|earlier|once|twice|the other day|this week|on \w+day))"
)


def retracts_denial(text: str, clause_end: int) -> bool:
    """True when the words right after a clause take its denial back."""
    return _TAKEN_BACK.match(text, clause_end) is not None


# --- who the clause is about -----------------------------------------------------------------


class Referent(Enum):
    SELF = "self"
    OTHER = "other"
    MEDIA = "media"
    YOU = "you"


_REFERENT = re.compile(
    rf"\b(?:(?P<self>(?:i'm|i am) the one who|{alternation(FIRST_PERSON)}|we|we're|we've|us)"
    rf"|(?P<you>you|your|you're|yourself|ya)"
    rf"|(?P<other>(?:{alternation(OTHER_PEOPLE)})s?"
    rf"|(?:a|the|this|that|some|one|my|his|her|their|our|your|any|every|no) "
    rf"(?:[a-z]+ )?(?:{alternation(PEOPLE_AFTER_DETERMINER)})s?"
    r"|[a-z]+'s (?:friend|brother|sister|mom|dad|son|daughter|partner|wife|husband)"
    # Someone named by where the writer knows them from: "Jess from group".
    r"|[a-z]+ from (?:group|my group|dbt|therapy|work|school|uni|the ward|church|aa|na|the meeting)"
    r"|(?:\d+|[a-z]+)[ -]years?[ -]olds?|\d+ ?(?:yo|y/o|yr old|yrs? old))"
    rf"|(?P<media>{alternation(MEDIA_WORDS)})s?)\b"
)


def referent(text: str, clause_start: int, scope_end: int) -> Referent:
    """Who the words before ``scope_end`` in the clause are about: the nearest person named."""
    opening = _REFERENT.match(text, scope_end)
    if opening is not None and opening.lastgroup == "self":
        return Referent.SELF  # the words matched name the writer: "she doesn't know [I cut]"
    scope = text[max(clause_start, scope_end - _LOOKBACK) : scope_end]
    last = None
    for found in _REFERENT.finditer(scope):
        if found.group() in ("my", "our") and _AFTER_PREPOSITION.search(scope, 0, found.start()):
            continue  # "a patient on my ward self harmed": "my" is no subject there
        if found.group() in ("me", "us") and _AFTER_SENDING.search(scope, 0, found.start()):
            continue  # "my friend sent me a goodbye text": the text is the friend's
        if found.lastgroup == "other" and _SENT_TO.search(scope, 0, found.start()):
            continue  # "sent everyone a goodbye text": whom it was sent to is no subject
        last = found  # only the nearest referent matters
    if last is None or last.lastgroup is None:
        return Referent.SELF  # "having suicidal thoughts today": no subject means the writer
    if last.group() == "my" and _THING_AS_SUBJECT.match(scope, last.end()):
        return Referent.OTHER  # "my legs want to die": a thing's wish is a figure of speech
    return Referent(last.lastgroup)


# Limbs and belongings said to want or beg for death ("my legs want to die after that run");
# never the body or mind as a whole, which can be the writer's own way of saying it.
_THING_AS_SUBJECT = re.compile(
    r" (?:legs|feet|knees|calves|thighs|arms|shoulders|back|liver|wallet|bank account|bank "
    r"balance|phone|laptop|plants?|houseplants?|car|tamagotchi)(?: (?:just|literally|actually|"
    r"honestly|now))?(?: (?:want|wants|wanna|wanted|beg|begging|are begging|is begging|are ready|"
    r"is ready|are going|is going|are about|is about)(?: to)?)?\s*$"
)


# Wounds found on someone else: "I found fresh cuts on his arm".
_ON_SOMEONE_ELSE = re.compile(
    r"\s*(?:all )?(?:on|across|up|down|along) (?:his|her|their|(?:my )?[a-z]+'s) (?:\w+ )?(?:arms?|"
    r"wrists?|legs?|thighs?|body|skin|stomach|chest|hips?|hands?)\b"
)


def on_someone_else(text: str, end: int, sentence_end: int) -> bool:
    """True when the words right after a match place it on another person's body."""
    return _ON_SOMEONE_ELSE.match(text, end, sentence_end) is not None


_AFTER_SENDING = re.compile(
    r"\b(?:sent|send|sends|texted|texts|gave|give|gives|showed|shows|handed|forwarded|wrote|writes|"
    r"messaged|emailed|left|leaves|posted|asked|asks|asking|questioned)\s+$"
)
_SENT_TO = re.compile(r"\b(?:sent|texted|messaged|emailed|told|showed|gave)\s+$")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:on|in|at|from|with|to|for|of|about|by|during|after|before|into|onto|near|behind)\s+$"
)


# Quote marks, not apostrophes: a ' counts only at the edge of a word.
_QUOTE_MARK = re.compile(r"\"|(?<![a-z])'|'(?![a-z])")


def quoted_speaker(text: str, sentence: Span, pos: int) -> Referent | None:
    """Who speaks the quoted words around ``pos`` ("he sings 'I want to die'"), if quoted.

    The speaker is the first person named before the opening quote; None when ``pos`` is not
    inside a closed quotation or nobody is named.
    """
    marks = [m.start() for m in _QUOTE_MARK.finditer(text, sentence.start, pos)]
    if len(marks) % 2 == 0 or not _QUOTE_MARK.search(text, pos, sentence.end + 1):
        return None
    for found in _REFERENT.finditer(text, sentence.start, marks[-1]):
        if found.group() in ("my", "our") and _POSSESSED_PERSON.match(text, found.end(), marks[-1]):
            continue  # "my flatmate said '...'": the flatmate speaks, not the writer
        return Referent(found.lastgroup) if found.lastgroup else None
    return None


# "my flatmate said '...'": the person after "my" is the one speaking (not "texted my friend '...'",
# where the writer speaks to them).
_POSSESSED_PERSON = re.compile(
    rf" (?:[a-z]+ )?(?:{alternation(PEOPLE_AFTER_DETERMINER)}|{alternation(OTHER_PEOPLE)})s? (?:\w+ )?"
    r"(?:said|says|goes|went|was like|is like|keeps saying|kept saying|texted|messaged|wrote|posted|"
    r"yelled|screamed|sang|sings|replied|commented|tweeted|shouted)\b"
)


# "you" that the writer says means them: "is it normal to want to ... ? asking for me".
_YOU_MEANS_ME = re.compile(rf"\b(?:{YOU_MEANS_ME})\b")
# A question someone asked, answered yes: "the GP asked '... ending your life?' and I said yes".
_ASKED = re.compile(r"\b(?:asked|asks|asking)\b")
_ANSWERED_YES = re.compile(
    r"\b(?:said|answered|replied|admitted|told (?:her|him|them)(?: that)?) yes\b|\bi admitted (?:it|to it)\b"
)


_REVEALED_AS_ME = re.compile(
    r"\b(?:the|that|this) (?:someone|person|friend|guy|girl|character|main character) (?:is|was) "
    r"(?:actually |really |obviously )?me\b|\b(?:writing|write|wrote|telling) (?:this )?in (?:the )?"
    r"third person\b"
    # Someone's plan or story, then the writer's own: "... and honestly so do I", "her plan is my
    # plan", "I realised I was writing my real goodbye", "it's not just a song".
    r"|\b(?:and |but )?(?:honestly |tbh |to be honest |if i'm honest )?so (?:do|am|have|would) i\b"
    r"(?=\s*(?:$|[.!,;\n]))|\b(?:her|his|their) plan is my plan\b|\bit'?s (?:basically|really|"
    r"actually) (?:about )?me\b|\bmy (?:real|own|actual) goodbye\b|\bit'?s not just a (?:song|"
    r"story|poem|lyric|character)\b"
    r"|\bit'?s (?:basically |really |actually |just )?my (?:own )?(?:diary|life|story)(?: with (?:the )?"
    r"names changed)?\b|\b(?:i've|i have|i) (?:started|begun) doing it too\b|\bi do it too\b"
    r"|\bthe same way (?:i'?ve been|i'm|i am|i was) (?:thinking about|planning)\b"
    r"|\bthinking about it for myself\b"
    # "... and honestly same", "me too", "lately I've been doing it too", "mine is the same",
    # "that's literally me right now", "I keep thinking I should do it too".
    r"|(?:^|[,.;!?]\s*|\band |\bbut )(?:honestly |tbh |ngl |lowkey |fr )?(?:same|me too)(?: tbh| honestly| "
    r"ngl| fr| lol)?(?=\s*(?:$|[.!,;\n]))"
    r"|\bi(?:'ve| have)? (?:been )?doing it too\b|\bmine(?: is|'s) (?:the same|similar)\b"
    r"|\bthat'?s (?:literally |basically |so |just |exactly )?me(?: right now| rn| lately| tbh)?(?=\s*(?:$|[.!,;\n]))"
    r"|\bi (?:keep thinking |think |feel like )?i should do it too\b"
    r"|\b(?:and )?i (?:should|could|want to|wanna|might|will|'ll|am going to|'m going to) (?:just )?do the "
    r"same\b(?! (?:job|course|route|thing at work|exam|test))"
)


def revealed_as_me(text: str) -> bool:
    """Someone else named, then revealed as the writer ("... and the someone was me", "writing
    this in third person because it's easier")."""
    return _REVEALED_AS_ME.search(text) is not None


def you_means_me(text: str) -> bool:
    return _YOU_MEANS_ME.search(text) is not None


def answered_yes(text: str, sentence: Span, pos: int) -> bool:
    """True when ``pos`` is in someone's question that the writer says they answered yes."""
    return (
        _ASKED.search(text, sentence.start, pos) is not None
        and _ANSWERED_YES.search(text, pos, min(len(text), sentence.end + 60)) is not None
    )


# Someone else's command: "he told me to go kill myself", "they keep telling me to die".
_TOLD_TO = re.compile(
    r"\b(?:told|tells|telling|tell|said|says|saying|wants|wanted|dared|dares|urged|texted|messaged|"
    r"commented|posted|replied) (?:me|us) to (?:go |just |go and |go ahead and )?$"
)


# A word talked about rather than used: "the way youtubers say unalive", "my kid asked what
# 'unalive' means", "he typed kys in the lobby". The writer's own "I keep saying kms" is use.
_MENTION_BEFORE = re.compile(
    r"(?:\bthe (?:word|term|phrase|slang)|\bwhat|\b(?:says|saying|say|said|typed|types|typing|type|"
    r"writes|wrote|spelled|spells|spelling|uses|using|use|used|calls? it|calling it)"
    r"|\b(?:user ?name|handle|gamertag|screen ?name|nickname|tag) (?:was|is|used to be))\s*['\"]?\s*$"
)
_NAMED_AS_A_WORD = re.compile(r"\s*\bthe (?:word|term|phrase|slang)")
_WORD_NAMED_BEFORE = re.compile(r"\bthe (?:word|term|phrase|slang)\s*['\"]?\s*$")
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|we|we're)\b")


def is_mentioned(text: str, clause_start: int, start: int, end: int) -> bool:
    """True when a one-word match is a word someone else says or asks about, not the writer's,
    or when any match follows "the word" ("the word suicide keeps popping up in the podcast")."""
    if _WORD_NAMED_BEFORE.search(text, max(clause_start, start - 20), start):
        return True
    if " " in text[start:end].strip():
        return False
    before = _MENTION_BEFORE.search(text, max(clause_start, start - 40), start)
    if before is None:
        return False
    if _NAMED_AS_A_WORD.match(before.group()):
        return True  # "when I say the word suicidal": a word named is never used
    return _FIRST_PERSON_SUBJECT.search(text, clause_start, before.start()) is None


# People in general assuming it: "idk why people assume I'm suicidal when I say I'm sad". A
# clinician's view ("my therapist thinks I'm suicidal") is not this: it stays the writer's.
_PEOPLE_ASSUME = re.compile(
    r"\b(?:people|everyone|everybody|folks|they) (?:always |just |keep )?(?:assume|assumes|assumed|"
    r"assuming|think|thinks|thought) (?:that )?(?:i'm|i am|im|i was) $"
)


def people_assume(text: str, clause_start: int, core: int) -> bool:
    return _PEOPLE_ASSUME.search(text, max(clause_start, core - 60), core) is not None


def told_to(text: str, clause_start: int, core: int) -> bool:
    found = _TOLD_TO.search(text, max(clause_start, core - 60), core)
    if found is None:
        return False
    # The writer's own mind telling them is their ideation: "my brain keeps telling me to".
    return (
        _TOLD_BY_MY_MIND.search(text, max(clause_start, found.start() - 50), found.start()) is None
    )


_TOLD_BY_MY_MIND = re.compile(
    r"\b(?:my (?:brain|mind|head|thoughts|depression|illness|bipolar|bpd)|the (?:voices?|thoughts)|a "
    r"voice|voices)(?:'s| is| are|s)?(?: [\w']+){0,4}\s*$"
)


def mentions_first_person(text: str, span: Span) -> bool:
    return _FIRST_PERSON_WORD.search(text, span.start, span.end) is not None


_FIRST_PERSON_WORD = re.compile(rf"\b(?:{alternation(FIRST_PERSON)})\b")


# --- when ---------------------------------------------------------------------------------------


class When(Enum):
    NOW = "now"  # happening, just happened, or about to happen
    RECENT = "recent"  # last days or weeks
    LONG_AGO = "long_ago"  # years back, childhood, "used to"
    UNSTATED = "unstated"


_NUMBER_WORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|a few|few|several|couple of|a couple of|twenty|"
    r"thirty|forty|fifty|sixty)"
)
# The same in the other languages the rules read ("esta noche", "ce soir", "aaj raat").
_NOW_ABROAD = (
    r"esta noche|ahora mismo|hoy mismo|ce soir|cette nuit|tout de suite|stanotte|stasera|questa "
    r"notte|esta noite|hoje a noite|agora mesmo|heute nacht|heute abend|aaj raat|abhi isi waqt"
)
_SOON_ABROAD = (
    r"hoy|ahora|aujourd'hui|maintenant|oggi|adesso|hoje|agora|heute|jetzt|aaj|abhi|manana|demain|"
    r"domani|amanha|morgen"
)
_RECENT_ABROAD = (
    r"anoche|ayer|hier soir|ieri|ontem|gestern|kal raat|la semana pasada|la semaine derniere|"
    r"la settimana scorsa|semana passada|letzte woche"
)
_LONG_AGO_ABROAD = (
    r"hace [a-z0-9]+ anos|il y a [a-z0-9]+ ans|[a-z0-9]+ anni fa|[a-z0-9]+ anos atras|ha [a-z0-9]+ "
    r"anos|vor [a-z0-9]+ jahren|[a-z0-9]+ saal pehle"
)
# Read by the rules, so the spelling correction leaves them as written ("hace" is no "have").
TIME_WORDS_ABROAD = (_NOW_ABROAD, _SOON_ABROAD, _RECENT_ABROAD, _LONG_AGO_ABROAD)
# Strong markers of the present outrank the long-ago past; weak ones ("now", "today") do not.
_NOW_STRONG = re.compile(
    rf"\b(?:right now|just now|as we speak|at the moment|(?<!ago )tonight|this (?:minute|second)|"
    rf"in (?:a|an|{_NUMBER_WORD}) (?:few )?(?:minutes?|mins?|hours?|hrs?|seconds?)|"
    rf"{_NUMBER_WORD} (?:minutes?|mins?|hours?|hrs?|seconds?) ago|an hour ago|half an hour ago|"
    rf"just (?:took|swallowed|did|taken)|by (?:morning|tomorrow|midnight|the weekend)|at midnight|"
    rf"(?:when|once|after) (?:everyone|everybody|they|my \w+) (?:is|are|goes|go|falls?) "
    rf"(?:asleep|to (?:bed|sleep)|out|home|gone)|on (?:friday|saturday|sunday|monday|tuesday|"
    rf"wednesday|thursday) night|at \d{{1,2}}(?::\d\d)? ?(?:am|pm)|(?:is|are) kicking in|"
    rf"starting to (?:feel|work)|can't stop the bleeding|{_NOW_ABROAD})\b"
)
_NOW_WEAK = re.compile(
    r"\b(?:now|today|currently|this (?:evening|afternoon|morning)|already|soon|tomorrow|"
    rf"this weekend|later|{_SOON_ABROAD})\b"
)
_RECENT = re.compile(
    rf"\b(?:last (?:night|week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|"
    rf"thursday)|yesterday|earlier|the other (?:day|night)|this (?:week|month)|"
    rf"{_NUMBER_WORD} (?:days?|nights?|weeks?) ago|(?:a|one|two|three|few) weeks? back|recently|"
    rf"lately|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|over the weekend|"
    rf"again|still|these days|relaps(?:e|ed|ing)|this past (?:week|weekend|month)|"
    rf"since (?:yesterday|last|this)|for (?:days|weeks) now|a month ago|last time|{_RECENT_ABROAD})\b"
)
# Years before last year, named bare ("the 2019 episode"); "in 2019" is caught with any year.
_PAST_YEARS = "|".join(str(year) for year in range(1950, datetime.now(tz=UTC).year - 1))
_LONG_AGO = re.compile(
    rf"\b(?:years? ago|{_NUMBER_WORD} years? (?:back|ago)|decades? ago|when i was (?:\d+|a kid|"
    rf"a child|a teen|a teenager|younger|little|in (?:school|high school|college|uni))|"
    rf"as a (?:kid|child|teen|teenager)|in (?:high school|middle school|college|uni|university|"
    rf"my teens|my twenties|my early twenties|\d{{4}})|(?:was|were) in my (?:late |early )?(?:[1-6]0s|"
    rf"teens|twenties|thirties)|back (?:in (?:the day|\d{{4}}|school|high "
    rf"school|college|uni|university|my|those|the)|then|when (?:i|we) (?:was|were))|(?<!be )"
    rf"(?<!am )(?<!i'm )(?<!get )(?<!got )(?<!getting )used to|a long time ago|long ago|"
    rf"last year|years back|in the past|(?:{_PAST_YEARS})|in my past|history of|once upon|growing up|(?:old|my|the) (?:sh |self "
    rf"harm |self-harm )?scars|(?:self[- ]harm|sh|suicide|overdose|attempt) history|"
    rf"before i (?:started|began|got on) (?:on )?(?:my |the )?(?:meds|medication|treatment|therapy|dbt|"
    rf"lithium|\w+ine|\w+ate)\b|"
    rf"at (?:1[3-9]|2\d)(?![:.]\d)(?= *,? *(?:i'm|i am|and i'm|now i'm) \d\d\b)|"
    # An age after a past act: "the note I wrote at 15" (a clock time is "at 15:00" or "at 3").
    rf"(?:(?<=wrote )|(?<=tried )|(?<=did it )|(?<=made )|(?<=started ))at (?:1[3-9])(?![:.]\d)(?! ?(?:am|pm|o'?clock|"
    rf"tonight|today|tomorrow|this|on|in the|at night|mins?|minutes|hours|h\b|past|to\b))|aged (?:[5-9]|1\d)|(?:it's|its|it has) been (?:a|over a|more than a|\d+|two|three|four|five) "
    rf"years?|(?:it's|its|it has|that's|that was) (?:been )?(?:decades|many years|years and years)|"
    rf"at (?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ][a-z]+)?)"
    rf"(?= *,? *(?:i'm|i am|and i'm|now i'm) \d\d\b)|(?:a|one|over a) "
    rf"year ago|last (?:winter|summer|spring|autumn|fall)|"
    rf"as a younger|(?:\d+|many|several|a few|few) months ago|in my youth|"
    rf"(?:my|an|the|her|his) old (?:suicide )?(?:attempt|overdose)|(?:reminded me of|reminds me of|brings "
    rf"back|brought back) (?:the|that) (?:year|"
    rf"time|summer|winter|spring|autumn|period) (?:when )?i\b|"
    rf"(?:a|that|my) (?:dark |bad |rough |hard )?(?:spell|patch|time|period|phase) (?:at|in) (?:uni|"
    rf"university|college|school|high school)|"
    rf"(?:{_NUMBER_WORD}) (?:springs|summers|winters|autumns|falls|christmases) ago|"
    rf"{_NUMBER_WORD} (?:and a half )?years? (?:since|on from|after)|"
    rf"(?:\d+|{_NUMBER_WORD}) years? (?:today|this week|this month|ago today|to the day) since|"
    rf"(?:\d+|many|several|a few|few|six|seven|eight|nine|ten|eleven) months (?:since|on from)|"
    rf"{_LONG_AGO_ABROAD})\b"
)
# Signs that a past crisis is resolved; only trusted when nothing points to the present.
_RESOLVED = re.compile(
    r"\b(?:doing (?:much |so much |a lot |way )?better(?: now)?|i'm (?:ok|okay|fine|safe|good|"
    r"in a better place) now|recovered|in recovery|(?:\d+|\w+) (?:days|weeks|months|years) "
    r"(?:clean|free)|clean for|haven't (?:done it|self harmed|cut|relapsed|attempted|tried) "
    r"(?:since|in|for)|(?:it's|that's) behind me|those days are (?:over|behind me)|"
    r"survived|got help|proud of how far)\b"
)
# Wider words for a crisis told as over, trusted only beside a time named as long ago ("In 2009
# I was suicidal. Today I'm doing great"): said after an undated act they may be bitter ("took
# them all, doing great") or calm before it ("I'm in a good place now").
_TOLD_AS_OVER = re.compile(
    r"\b(?:(?:long|well|far) behind me|peer (?:support )?(?:worker|mentor|supporter)|(?:i'm|i am) "
    r"(?:now )?\d+(?: now)? and (?:happy|well|thriving|doing well)|in a (?:really |much |very )?good "
    r"place|turned (?:it|things|my life) (?:a)?round|(?:don't|doesn't|do not|does not) bother me "
    r"anymore|doing (?:really |so )?(?:great|well)(?: now| these days| today)?(?=\s*(?:$|[.!,;\n]))"
    r"|closure|semicolon tattoo|(?:ran|finished|completed|did) my first"
    r"|(?:feels|seems) like (?:someone|somebody) else's life)"
)


# An old time said to be back: "the thoughts I had years ago are back".
_BACK_AGAIN = re.compile(
    r"\b(?:(?:are|is|'re|'s|has|have|came|come|coming|creeping|started|starting) (?:all |right )?"
    r"(?:back|returning)|back again|(?:has|have) returned|returned)\b(?! (?:to normal|home|to work|"
    r"to school|to uni|from))"
)


def back_again(text: str, start: int, end: int) -> bool:
    return _BACK_AGAIN.search(text, start, end) is not None


# "since my wife passed last spring I keep thinking ...": from then until now, not back then.
_SINCE_BEFORE = re.compile(r"\b(?:ever )?since\b(?:\s+[\w']+){0,5}\s*$")


def when_in(text: str, span: Span) -> When | None:
    """The time a span speaks of; the definite present wins over the long-ago past."""
    if _NOW_STRONG.search(text, span.start, span.end):
        return When.NOW
    long_ago = _LONG_AGO.search(text, span.start, span.end)
    if long_ago is not None and not _SINCE_BEFORE.search(text, span.start, long_ago.start()):
        return When.LONG_AGO
    if _NOW_WEAK.search(text, span.start, span.end):
        return When.NOW
    if _RECENT.search(text, span.start, span.end):
        return When.RECENT
    return None


# A clause in the present tense is not dated by a time named elsewhere in its sentence.
_PRESENT_TENSE = re.compile(
    r"\b(?:i'm|i am|am|i feel|want|wanna|need|i'll|i will|gonna|going to|keep|can't|cannot|"
    r"still|again|now|today|tonight|right now|currently|these days|lately)\b"
)


def time_of(text: str, segments: Segments, pos: int) -> When | None:
    """The time the clause at ``pos`` speaks of, else that of its sentence (past tense only)."""
    clause = segments.clause_at(pos)
    when = when_in(text, clause)
    if when is None and not _PRESENT_TENSE.search(text, clause.start, clause.end):
        when = when_in(text, segments.sentence_at(pos))
    return when


def has_strong_time(text: str) -> bool:
    return _NOW_STRONG.search(text) is not None


def has_soon_time(text: str) -> bool:
    return _NOW_STRONG.search(text) is not None or _NOW_WEAK.search(text) is not None


def is_resolved(text: str) -> bool:
    return _RESOLVED.search(text) is not None


def is_told_as_over(text: str) -> bool:
    """The wider words alone; a message that ``is_resolved`` is told as over too."""
    return _TOLD_AS_OVER.search(text) is not None


# --- tone ---------------------------------------------------------------------------------------

# "I'm not kidding", "I wish I was joking": a joke denied is no joke.
_NOT_A_DENIED_JOKE = r"(?<!not )(?<!n't )(?<!no )(?<!was )(?<!were )(?<!not even )(?<!n't even )"
_LAUGHTER = re.compile(
    r"\b(?:lol+|lo+l|lmf?a+o+|rofl|(?:ha){2,}h?|a?ha(?:ha)+|he(?:he)+|jk|j/k|just kidding|"
    rf"{_NOT_A_DENIED_JOKE}(?:kidding|joking)|xd+|jokes|oh sure|oh great|"
    r"yeah right)\b|(?:^|\s)/(?:j|s|hj)\b|:p\b"
)
# Any laughter above contains one of these; most clauses contain none, which is cheap to see.
_LAUGHTER_HINTS = ("lol", "loo", "lma", "lmfa", "rofl", "haha", "hehe", "jk", "j/k", "kidding")
_LAUGHTER_HINTS += ("joking", "jokes", "xd", "/j", "/s", "/hj", ":p")
# Sarcasm said so; not "very helpful" or "thanks a lot", which are as often meant.
_LAUGHTER_HINTS += ("oh sure", "oh great", "yeah right")
# "if I have to sit through one more meeting I'll ...": a condition makes a threat hyperbolic.
_CONDITION = re.compile(
    r"\b(?:if|unless|one more|another (?:minute|hour|day|meeting|class|lecture|second))\b"
)
# "if" after these words asks or doubts rather than sets a condition ("I don't know if ...").
_NOT_CONDITIONAL_BEFORE_IF = frozenset(
    {"as", "even", "what", "know", "sure", "wonder", "ask", "asked", "see", "care", "matter"}
    | {"check", "asks", "wondering"}
)


# A loss, a rejection or bad news as the condition is no hyperbole: "if he doesn't call back I
# won't be here tomorrow", "if the scan results are bad, I'm ending it".
_GRAVE_CONDITION = re.compile(
    r" (?:(?:he|she|they|my (?:partner|boyfriend|girlfriend|husband|wife|ex|bf|gf|fiance|fiancee))"
    r" (?:leaves?|left|goes|dumps? me|breaks? up|doesn't (?:call|text|reply|answer|come back|love)|"
    r"does not|won't (?:call|text|reply|answer|come back|talk|speak|forgive)|ignores? me|cheats?|"
    r"takes the kids|finds out)"
    r"|(?:the |my )?(?:scan|test|biopsy|blood)? ?(?:results?|tests?) (?:are|is|come back|comes back)"
    r"|(?:things|it|life|nothing|this|my life) (?:doesn't|don't|does not|do not|won't|will not|"
    r"never) (?:get|gets|improve|improves|change|changes)|nothing (?:changes|improves|gets better)"
    r"|(?:i )?(?:lose (?:custody|the kids|my job|the house|him|her)|get fired|get evicted|go to "
    r"prison|get diagnosed|have cancer|it's cancer)"
    # the means or the nerve as the condition: "I would kill myself if I had the means"
    r"|i (?:had(?! to\b)|could get|could find|knew how|had access to|wasn't (?:such )?a coward|had the "
    r"(?:guts|nerve|courage))"
    # a reason for living as the condition: "if it weren't for my dog I'd have killed myself"
    r"|it (?:weren't|wasn't|were not|was not|hadn't been) for|not for (?:my|the|him|her|them)"
    # a disclosure put as a question: "what would you do if I told you I was holding a blade"
    r"|i (?:told|tell) (?:you|u)|i said (?:i was|i'm|i am))"
)


# An everyday annoyance named as the cause makes a wish hyperbolic ("this traffic makes me want
# to die", "the wifi is down again, I want to die"): it lowers a level, like a condition does.
# No vehicle is on the list: a bus or a train may be the means.
_NUISANCE = re.compile(
    r"\b(?:(?:this|that|these|those|the|another|one more|more|my|our|stupid|bloody|damn|effing|"
    r"fucking|freaking) (?:\w+ )?(?:traffic|commute|queue|meetings?|homework|assignments?|essay|"
    r"spreadsheets?|emails?|inbox|wifi|wi-fi|internet|printer|song|playlist|ads|adverts|alarm|weather|"
    r"heat|humidity|rain|laundry|dishes|paperwork|taxes|admin|zoom call|teams call|small talk|jargon|"
    r"buzzwords?|group project|game|referee|spoilers?|noise|hangover|neighbou?rs?|customers?|"
    r"deadline|lecture|class|boss|coworkers?|colleagues?|manager|lobby|lag|ping|teammates?|"
    r"servers?|patch|queue times?|matchmaking|ranked)|mondays|circle back|"
    # "another monday", not "since monday": a day named as a time is no nuisance.
    r"(?:another|i hate|a) monday(?: morning)?|synergy|it (?:rains|snows)|it's (?:raining|snowing)"
    # A machine that fails: "spreadsheet crashed again", "laptop froze mid-exam".
    r"|(?:laptop|computer|pc|phone|app|game|server|excel|spreadsheet|code|build|website|wifi|"
    r"printer|console|software|program) (?:\w+ )?(?:crashed|crashes|froze|freezes|died|glitched|"
    r"stopped working|won't load|deleted)"
    # An embarrassment: "sent that text to the wrong group chat".
    r"|tax returns?|wrong (?:group ?chat|chat|person|number|email|thread)|reply all|replied all|on hold|hold "
    r"music)\b"
)
# A nuisance beside these is no nuisance: "the meeting with my psychiatrist", "my boss fired me".
_NOT_A_NUISANCE = re.compile(
    r"\b(?:psychiatrist|therapist|doctor|gp|nurse|hospital|ward|crisis team|crisis line|helpline|"
    r"samaritans|social worker|fired|"
    r"sacked|laid off|dumped|left me|died|dead|diagnos\w+|cancer|evict\w*|lost my|abus\w+|bull(?:y|ied|"
    r"ying)|harass\w*|assault\w*|rap(?:e|ed)|hit me|hits me|hurt me|every day|everyday|always|"
    r"constantly|for (?:weeks|months|years)|last straw|final straw|breaking point|often|every time|"
    # Pictured, not exclaimed: "I often picture jumping in front of the train on my commute".
    r"picture|picturing|imagin\w+|visuali[sz]\w+|keeps coming back|(?:would|could) be the (?:way|place|"
    r"spot|method))\b"
)


def has_nuisance(text: str, span: Span) -> bool:
    return bool(
        _NUISANCE.search(text, span.start, span.end)
        and not _NOT_A_NUISANCE.search(text, span.start, span.end)
    )


# A dream told: "dreamt that I killed myself" is at low at most. The dream must govern the words
# ("dreamt that", "dreaming about"): "woke from a nightmare and swallowed the bottle" is no dream.
_DREAMT = re.compile(
    r"\b(?:dream(?:t|ed|ing|s)?|had a (?:dream|nightmare)|nightmares?) (?:that|about|of|where)\b"
)


def in_a_dream(text: str, start: int, core: int) -> bool:
    return _DREAMT.search(text, start, core) is not None


# "... lmao jk": the writer takes it back as a joke; low at most. Not "I'm not kidding" or "I
# wish I was joking".
_TAKEN_BACK_AS_JOKE = re.compile(
    rf"\b{_NOT_A_DENIED_JOKE}(?<!be )(?:jk|j/k|just kidding|only joking|just joking|kidding)\b|/j\b"
)


def taken_back_as_joke(text: str, span: Span) -> bool:
    window = text[span.start : span.end]
    return ("k" in window or "/j" in window) and _TAKEN_BACK_AS_JOKE.search(window) is not None


def has_laughter(text: str, span: Span) -> bool:
    window = text[span.start : span.end]
    if not any(hint in window for hint in _LAUGHTER_HINTS):
        return False
    return _LAUGHTER.search(window) is not None


# A trivial last straw: "if I sit through one more standup I'll jump out the window lol". Not
# "one more day" or "one more night", which are about living.
_LAST_STRAW = re.compile(
    r"\bif i (?:have to |gotta |need to |must )?(?:sit through|sit in|hear|listen to|watch|read|see|do|"
    r"attend|go to|answer|fill (?:in|out)|write|get|deal with|take|grade|mark|open|eat)(?: \w+){0,3}? "
    r"(?:another|(?:one|1) more)(?! (?:day|days|night|nights|week|minute|hour|second|year|month|"
    r"moment)\b) \w+"
)


# A preference told by hyperbole: "I'd rather die than sing karaoke", not "I'd rather die than
# go on like this" (what is refused is living).
_TRIVIAL_PREFERENCE = re.compile(
    r"\b(?:i'd|id|i would)(?: honestly| literally| genuinely| actually| seriously)? rather (?:die|be "
    r"dead)(?: than| before)(?! (?:go(?:ing)? on|keep(?:ing)? (?:going|living|on)|liv(?:e|ing)|"
    r"carry(?:ing)? on|continu\w+|fac(?:e|ing)|wak(?:e|ing) up|be(?:ing)? alive|spend(?:ing)? "
    r"another|stay(?:ing)?|exist\w*|feel(?:ing)?|go back|return|be (?:here|like this|me|a burden)|"
    r"be sectioned|be admitted|tell)\b)"
)


def is_trivial_preference(text: str, span: Span) -> bool:
    return _TRIVIAL_PREFERENCE.search(text, span.start, span.end) is not None


def is_last_straw_joke(text: str, span: Span) -> bool:
    """Laughter with a trivial last straw in the same stretch of text: a joke, not a risk."""
    window = Span(max(0, span.start - 120), span.end)
    return (
        has_laughter(text, window)
        and _LAST_STRAW.search(text, window.start, window.end) is not None
    )


def has_condition(text: str, span: Span) -> bool:
    for match in _CONDITION.finditer(text, span.start, span.end):
        if match.group() != "if":
            return True
        before = text[max(span.start, match.start() - 12) : match.start()].split()
        if before and before[-1] in _NOT_CONDITIONAL_BEFORE_IF:
            continue
        if not _GRAVE_CONDITION.match(text, match.end(), min(len(text), match.end() + 60)):
            return True
    return False


# Accidents: "cut myself shaving", "burned myself on the stove".
_ACCIDENT = re.compile(
    r"\b(?:accident\w*|by mistake|mistakenly|shaving|cooking|chopping|slicing|dicing|peeling|"
    r"kitchen|stove|oven|iron|pan|kettle|tea|coffee|soup|paper ?cut|glass|tin|lid|fell|falling|"
    r"tripped|tripping|slipped|slipping|gym|workout|working out|lifting|running|jogging|playing|football|soccer|"
    r"basketball|rugby|hockey|hiking|skiing|skateboard\w*|bike|biking|cycling|sports?|practice|"
    r"training|door|cupboard|shelf|cabinet|table|desk|corner|bed frame|garden\w*|fixing|repairing|"
    r"work on (?:the|my) car|sunburn\w*|in the sun|hot water|shower|curling iron|straightener|"
    r"candle wax|fireworks?|bbq|barbecue|grill|campfire|sparkler|nail|needle|sewing|knitting|"
    r"poison ivy|rash|eczema|itchy|mosquito bites?|hives|chicken ?pox|"
    r"carving (?:a|the) (?:pumpkin|turkey|wood)|nose|nosebleed|gums?|period|tooth|teeth|lip|"
    r"dentist|menstrual|surgery|operation|injection|blood test|thorns?|brambles?|rose ?bush|"
    r"nettles|cactus|hedge|onions?|garlic|veg|veggies|vegetables?|carrots?|potato(?:es)?|"
    r"tomato(?:es)?|bread|bagels?|avocados?|mandoline|sprinting|rushing|racing|laughing|choking|"
    r"carrying)\b"
)


_ON_PURPOSE = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|to (?:feel|punish|hurt)|over and over|"
    r"(?:punched|hit|slapped|smashed|banged|headbutted) myself|"
    r"repeatedly|again and again|because i (?:deserve|hate)"
    r"|so (?:nobody|no one|noone) (?:would|could|will|can) (?:see|notice|hear|know)"
    # A head or fists struck until they bled: no accident ("bit my lip until it bled" may be).
    r"|(?:head|fists?|knuckles)\b[^.!?\n]{0,40}?\b(?:until|till) (?:it|they) (?:bled|was bleeding|"
    r"were bleeding))\b"
)


def is_accident(text: str, span: Span) -> bool:
    return (
        first_believed(_ACCIDENT, text, span) is not None
        and _ON_PURPOSE.search(text, span.start, span.end) is None
    )


# What others are let to believe is a cover, not the innocent reading: "people think I'm just
# decluttering", "they think it was an accident", "told work it's a holiday".
_COVER_STORY = re.compile(
    r"\b(?:they|people|everyone|everybody|he|she|my \w+|the \w+|work|family|friends) (?:all |just |"
    r"probably )?(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|reckon|"
    r"reckons|were told|was told|has been told|have been told|are told) (?:that )?(?:i'm|im|i am|"
    r"i was|it's|its|it is|it was|i'll be|i will be|i've been|we're)?(?: just| only| simply)?(?: an| a)? ?$"
    r"|\b(?:told|telling|tell) (?:them|people|everyone|work|my \w+|her|him) (?:that )?(?:i'm|im|"
    r"i am|it's|its|it was|i was)?(?: just| only)?(?: an| a)? ?$"
)


def is_cover_story(text: str, start: int) -> bool:
    """True when the words at ``start`` are what others are told or believe."""
    return _COVER_STORY.search(text, max(0, start - 60), start) is not None


def first_believed(words: re.Pattern[str], text: str, span: Span) -> re.Match[str] | None:
    """The first of ``words`` in ``span`` that is not a cover story told to others."""
    for found in words.finditer(text, span.start, span.end):
        if not is_cover_story(text, found.start()):
            return found
    return None


_MISTAKE = re.compile(
    r"\b(?:accident\w*|by mistake|mistakenly|mixed up|forgot i (?:had )?already|double dosed|"
    r"wrong (?:pills?|meds|dose)|not on purpose)\b"
)


# A question asked for study or work: "for my social work placement, can you explain the
# difference between self-harm and suicidal behaviour?". Only a question or a request to explain,
# and only where the writer is not the subject ("for my course I had to read about it and now I
# want to die" stays).
_STUDY_FRAME = re.compile(
    r"(?<!not )(?<!n't )(?<!isn't )(?<!not just )\bfor (?:my|our|a|the|an) (?:[\w-]+ ){0,3}?(?:course|module|class|lecture|seminar|essay|assignment|"
    r"dissertation|thesis|placement|training|exam|revision|homework|coursework|project|presentation|"
    r"studies|degree|unit|lesson|report|shift handover|job)\b|\b(?:i'm |im |i am )?(?:studying|revising|"
    r"training (?:as|to be) an?)\b"
)
_ASKED_TO_EXPLAIN = re.compile(
    r"\?|\b(?:explain|difference between|how (?:do|would|can|should) (?:you|we|one|i) (?:tell|"
    r"distinguish|assess|recogni[sz]e|spot|differentiate)|what (?:is|are) the (?:signs|risk factors|"
    r"difference|statistics|rates|warning signs)|define|definition of)\b"
)


# The writer's own need said beside the study: "for my module, but also honestly for me".
_ALSO_FOR_ME = re.compile(r"\bfor (?:me|myself)\b|\basking for (?:me|myself)\b")


def study_framed(text: str) -> bool:
    """Whether the message names a study or work frame and no need of the writer's own (read
    once per message: ``is_study_question`` is asked for each match)."""
    return _STUDY_FRAME.search(text) is not None and _ALSO_FOR_ME.search(text) is None


def is_study_question(text: str, sentence: Span, clause: Span) -> bool:
    """In a study-framed message: whether the match's sentence asks, and not of the writer."""
    return (
        _ASKED_TO_EXPLAIN.search(text, sentence.start, min(len(text), sentence.end + 1)) is not None
        and _FIRST_PERSON_SUBJECT.search(text, clause.start, clause.end) is None
    )


def is_mistake(text: str, span: Span) -> bool:
    return _MISTAKE.search(text, span.start, span.end) is not None
