"""How well the person is functioning: crisis, limited, functional or high.

Only what is stated or clearly implied counts ("stayed in bed", "called in sick", "managed
work", "crushed it"); a mood alone says nothing about functioning. Negated forms are listed
before the positive ones they contain, so "couldn't get through the day" is limited.
"""

from __future__ import annotations

from bot.understanding.offline.text import Doc, word_pattern
from bot.vocabulary import Functionality

_NOT = r"(?:didn'?t|did not|haven'?t|have not|hasn'?t|couldn'?t|could not|can'?t|cannot|wasn'?t able to|not able to|unable to|never|not)"
# Only the writer's own inability: "the bindings will not work" says nothing about them.
_UNABLE = (
    r"(?:can'?t|cannot|couldn'?t|could not|didn'?t|did not|unable to|wasn'?t able to|not able to)"
)
_PLACE = r"(?:the\s+|my\s+)?(?:house|home|flat|apartment|room|bed|bedroom|couch|sofa|place)"
_DUTY = r"(?:work|class|classes|school|uni|college|lectures?|my shift|the office|my job)"

_LEVELS: tuple[tuple[Functionality, str], ...] = (
    (
        "crisis",
        r"(?:can'?t|cannot|unable to|can not) (?:even )?function|not functioning at all|"
        r"non-?functional|(?:completely |totally |utterly |just )?falling apart|"
        r"(?:can'?t|cannot) (?:do|manage) anything at all|"
        r"(?:can'?t|cannot) cope (?:at all|anymore|any more|with anything)|"
        r"(?:can'?t|cannot|unable to) (?:take care of|look after|keep) myself(?: safe)?|"
        # the people they care for: "can't look after the baby" (not "can't look after the
        # kids tonight, I'm on shift", a plan)
        r"(?:can'?t|cannot|unable to) (?:even )?(?:take care of|look after|care for|keep) (?:the|my|our) "
        r"(?:baby|babies|kids?|children|newborn|little one|son|daughter|toddler|twins)"
        r"(?! (?:tonight|tomorrow|today|this|next|on|at|because|cos|while|as|till|until))|"
        r"(?:not|don'?t feel) safe|unsafe|in pieces|"
        r"(?:complete|total|full|mental|nervous|full-on) breakdown|having a breakdown|"
        r"can'?t (?:even )?get out of bed (?:for|in) days",
    ),
    (
        "limited",
        rf"{_NOT} (?:even )?(?:leave|left|leaving|get out of|got out of|go out of|step out of|move from) {_PLACE}|"
        r"stayed (?:in bed|home|in|inside|on the (?:couch|sofa)|in my room|in (?:my )?(?:pj'?s|pyjamas|pajamas))|"
        r"(?:in|on) (?:bed|the couch|the sofa) (?:all|most of the) day|"
        r"spent (?:the |all |most of the )?(?:day|morning|afternoon|weekend) (?:in bed|on the (?:couch|sofa))|"
        r"(?:lying|lay|lied|laying|rotting) in bed|bed ?rot\w*|"
        rf"{_NOT} (?:even )?(?:get|got) (?:up|out of bed|out of the house|dressed|anything done|out|moving)|"
        r"(?:struggled|struggling|hard) to get (?:up|out of bed|dressed|going)|"
        r"(?:can |could )?barely (?:get|got|getting) (?:up|out of bed|dressed|moving|out of the house)|"
        r"called (?:in )?sick|called (?:out|off)(?: of)?(?: work)?|phoned in sick|off sick|(?:took|taking) a sick day|sick day|"
        rf"(?:skipped|missed|bunked|skipping|missing) {_DUTY}|{_NOT} (?:go|make it|get) (?:in )?(?:to|into) {_DUTY}|"
        r"can'?t be bothered to (?:shower|wash|eat|cook|get up|get dressed|do anything|move|go out)|"
        r"cancel+(?:ed|ing)? on (?:my )?(?:friends|everyone|people|family|them)|"
        rf"(?:left|leaving) {_DUTY} early|went home early|had to (?:leave|go home)(?: \w+)? early|"
        r"had to go home|got sent home|sent home from|cancel+(?:ed|ing)? (?:all )?(?:my )?plans|"
        r"barely (?:functioning|function|functional|coping|managing|getting by|surviving|holding on|keeping it together|got through|made it|cooked|did|got|managed)|"
        r"struggl\w* to (?:function|get through|keep up|do anything|do basic)|half functioning|running on fumes|"
        r"just about (?:surviving|getting by)|survival mode|not functioning|not coping|"
        rf"{_NOT} (?:do|manage|get) (?:anything|much|a thing|basic)|got nothing done|did nothing|nothing got done|"
        rf"{_NOT} (?:even )?(?:shower|showered|wash|washed|eat|eaten|cook|brush my teeth|get dressed)|"
        r"(?:not|stopped|barely) (?:getting up|getting dressed|leaving the house)|"
        r"(?:not|stopped|barely) (?:eating|showering|washing)(?=\s*(?:$|[,.;:!?)\-]|(?:properly|much|anything|"
        r"at all|well|enough|or|and|for|since|today|lately|again|really)\b))|"
        rf"{_UNABLE} (?:focus|concentrate|work|think straight|study)|"
        # not safe to do the work: "can't drive the tractor safely", "couldn't work safely"
        rf"{_UNABLE} (?!wait\b)\w+(?: \w+){{0,3}} safely|"
        r"still in (?:my )?(?:pj'?s|pyjamas|pajamas|bed)|hiding (?:in my room|under the (?:covers|duvet))|"
        r"under the (?:covers|duvet) all day|"
        rf"{_NOT} (?:get through|make it through|manage|cope with) (?:the |my )?(?:day|work|shift|anything)|"
        rf"{_NOT} manage (?:to )?(?:go to |get to )?{_DUTY}|"
        rf"{_NOT} manage to (?:get through|make it through|do|go|get|leave|work)|"
        r"(?:not|wasn'?t|un) ?productive|unproductive|not getting anything done|"
        rf"{_UNABLE} face (?:anything|anyone|the day|work|people|the world|going out)|"
        # at the door of work: "sat in the car park and can't go in"
        rf"{_UNABLE} (?:just |even |bring myself to |make myself )?(?:go|walk|get) in"
        r"(?=\s*(?:$|[,.;:!?]|today|again|to (?:work|the office|my shift)))|"
        r"(?:did|doing) the (?:bare )?minimum|barely did anything|"
        r"barely (?:ate|eaten|eating|eat|slept|sleeping|moved|left the house|spoke|talked)|"
        r"(?:barely|hardly|can'?t|cannot|couldn'?t) (?:even )?(?:lift|raise) my head|"
        rf"{_UNABLE} (?:do|face|manage) (?:the )?(?:dishes|chores|laundry|shopping|housework|cooking)",
    ),
    (
        "functional",
        r"(?:fairly|somewhat|quite|kind of|kinda|a bit|bit|moderately|reasonably) productive",
    ),
    (
        "high",
        r"(?:super|very|really|extremely|incredibly|insanely|crazy|so|mega|hugely|wildly|ultra|massively|hella) productive|"
        r"productive(?: af)?|got (?:so much|loads|a lot|tons|a ton|heaps|everything|masses) (?:done|sorted)|"
        r"(?:smashed|crushed|demolished|blitzed|nailed|aced) (?:my |the )?(?:whole |entire )?(?:to-?do list|list)|"
        # a task done with vigour: "smashed my revision" (not "smashed my phone")
        r"(?:smashed|crushed|nailed|aced|blitzed) (?:my |the |a |an )?(?:revision|exam|exams|essay|"
        r"assignment|deadline|presentation|interview|workout|training|session|shift|run|test|"
        r"coursework|dissertation|report)|"
        r"ticked (?:off )?everything|crushed it|smashed it|nailed it|killing it|killed it|on fire today|"
        r"firing on all cylinders|thriving|accomplished (?:so much|a lot|loads)|cleared my (?:whole )?(?:to-?do list|inbox)|"
        r"finished everything|finished (?:my |the )?(?:whole |entire )?(?:to-?do list|list|chores|"
        r"jobs|tasks|assignments)|(?:cleaned|tidied|organised|organized|sorted) the (?:whole|entire) (?:house|flat|apartment)|"
        r"on top of everything|on a roll|in the zone|got (?:everything|it all|all of it)(?: [a-z-]+){1,5} done|"
        r"cleaned (?:everything|the whole (?:house|flat|apartment|place))|(?:wrote|finished|read|painted|"
        r"recorded) (?:\d+|two|three|four|five|six|ten) (?:chapters|pages|essays|songs|poems|paintings)",
    ),
    (
        "functional",
        r"(?:got|get|getting|made it|make it) through (?:the |my |a |today'?s )?(?:day|shift|work|workday|today)|"
        r"managed (?:to )?(?:go|get|do|finish|make|work|cook|shower|clean|eat|run|walk|leave|study|attend|see|call|pay|"
        r"the|some|my|a|groceries|errands|chores|school|class|uni|work)|"
        rf"went (?:in )?to {_DUTY}|went to (?:the gym|the shops|therapy|my appointment)|"
        # out despite it all: "got out for a walk" (a negation before is limited); a chronic
        # illness's "good pain day"
        r"(?:got|get|getting|went|made it) out (?:for|to) (?:a |my )?(?:walk|run|swim|coffee|the shops)|"
        r"(?<!not a )(?<!no )good (?:pain|spoons?|health|body) day|"
        rf"made it (?:in )?to (?:{_DUTY}|the gym|my appointment|therapy)|"
        r"worked (?:my |a |the )?(?:full |whole |long |double |entire )?(?:shift|day|week)|did (?:my|the|some) (?:chores|groceries|shopping|laundry|washing|dishes|errands|work|job|food shop)|"
        r"(?:getting|got|get) (?:by|things done|stuff done|some things done|some stuff done|a few things done|bits done|some work done)|"
        r"ticked off (?:a few|some)|functional|functioning(?: okay| ok| fine| normally| well)?|"
        r"coping(?: okay| ok| fine| alright| well)?|managing(?: okay| ok| fine| alright| well)?|"
        r"(?:work|uni|school|college|my job|the job)(?:'?s| is| has been)? (?:going|went|gone) "
        r"(?:fine|ok|okay|alright|all right|well|smoothly|good)|"
        r"kept on top of|normal day|usual routine|stuck to my routine|doing what i need to|business as usual|"
        r"handled (?:work|everything|it all)|worked (?:from home|all day|a full day|the whole day)|"
        r"survived the day|got (?:some|a bit of|a little|my|the|all my|today's) (?:work|jobs|tasks|chores|"
        r"errands|shopping|washing|laundry|essay|assignment) done|(?:even )?(?:cooked|made) "
        r"(?:dinner|lunch|breakfast|a meal|tea|supper|(?:a |an )?(?:proper|real|decent|healthy|nice|"
        r"home-?cooked|actual) (?:meal|dinner|lunch|breakfast))|"
        # the day's own doings: "went for a swim", "went 4 a run"
        r"went (?:for|4|on) (?:a |my )?(?:swim|run|jog|walk|bike ride|ride|hike|cycle)|"
        # a full day told as handled: "busy but steady", "busy but fine"
        r"busy (?:but|and)(?= (?:steady|fine|ok|okay|good|coping|manageable|managing|on top of it))|"
        r"did (?:a bit of|some|a little) (?:work|cleaning|tidying|studying|chores|washing|shopping)|"
        r"did (?:my|the|a|an|our) (?:(?:full|whole|long|double|early|late|night|morning|usual) )?"
        r"(?:shift|school run|nursery run|hours|rounds|round|deliveries|work day|workday|day at work)|"
        r"(?:got|took|dropped|walked|drove) (?:the |my )?(?:kids|kid|children|son|daughter|boys|girls|little one) "
        r"(?:to|off at|off to|into) (?:school|nursery|college|the bus|daycare|kindergarten)",
    ),
)
_PATTERN = word_pattern(
    "|".join(f"(?P<f{index}>{pattern})" for index, (_, pattern) in enumerate(_LEVELS))
)
_LEVEL_OF_GROUP = {f"f{index}": level for index, (level, _) in enumerate(_LEVELS)}
# The most severe level stated wins; above "getting through", thriving says more than the
# errands that made it up ("super productive, went to the gym").
_PRIORITY: dict[Functionality, int] = {"crisis": 3, "limited": 2, "high": 1, "functional": 0}


def read_functionality(doc: Doc) -> tuple[Functionality | None, list[tuple[int, int]]]:
    """The level the message states (the first by _PRIORITY), and the spans that state levels."""
    found: list[Functionality] = []
    spans: list[tuple[int, int]] = []
    for match in _PATTERN.finditer(doc.low):
        found.append(_LEVEL_OF_GROUP[match.lastgroup or ""])
        spans.append(match.span())
    if not found:
        return None, spans
    return max(found, key=lambda level: _PRIORITY[level]), spans
