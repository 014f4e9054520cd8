"""The crisis rules, grouped by what they recognise.

Patterns are written for the lower-cased views of ``normalize`` and are matched on both. A
named group ``core`` marks the words the checks of ``rule.Check`` look in front of: a denial or
another person named before the core ("my friend wants to die") cancels the match, while the
words of the pattern itself ("don't want to live") are part of what it recognises.
"""

from __future__ import annotations

import re

from bot.crisis.levels import Level
from bot.crisis.lexicon import MEDICINES, PILL_WORDS, alternation
from bot.crisis.rule import Check, RuleSet, Timing, rule

NONE, LOW, MODERATE, HIGH, IMMINENT = Level


USUAL = Check.usual()
WITHOUT_TONE = Check.NEGATION | Check.SUBJECT | Check.HISTORY

# Up to three filler words between a verb and what it governs ("want to just really die").
GAP = r"(?:[a-z']+ ){0,3}?"
WIDE_GAP = r"(?:[a-z']+ ){0,5}?"
MYSELF = r"(?:my ?self|meself)"
MEDS = alternation(MEDICINES)
PILLS = alternation(PILL_WORDS)
ANY_MED = rf"(?:{MEDS}|{PILLS})"

# Ways of saying "kill myself" that name the writer themself.
SUICIDE_SELF = (
    rf"kill(?:ing|ed|s)? {MYSELF}(?! (?:laughing|at (?:work|the gym)|working|studying|"
    r"in the gym|with work|trying to|to (?:finish|get|make|meet|pay|keep up|please)))"
    r"|(?<!\d )(?<!\d)(?<!few )(?<!many )kms\b"
    rf"|unaliv(?:e|ing|ed) (?:{MYSELF}|me)\b|unaliv(?:e|ing)\b(?! (?:him|her|them))"
    r"|end(?:ing|ed|s)? (?:my|this) (?:own |miserable |stupid |pathetic )?(?:life|existence)"
    r"|end(?:ing|s)? it all|tak(?:e|ing) my (?:own )?life"
    rf"|(?:off|end|hang)(?:ing|ed)? {MYSELF}|hung {MYSELF}"
    rf"|(?:shoot(?:ing)?|shot) {MYSELF}(?! in the (?:foot|leg))"
    r"|(?:slit|slice|slash|open|cut)(?:ting|ing)? (?:my|both my|open my) (?:wrists?|throat|veins?)"
    rf"|throw(?:ing|n)? {MYSELF} (?:off|in front of|under|from|onto)"
    rf"|(?:drown|suffocate|gas|poison|electrocute)(?:ing|d|ed)? {MYSELF}"
    r"(?! in (?!the (?:bath|tub|bathtub|river|lake|sea|ocean|pool|water)))"
    rf"|starv(?:e|ing|ed) {MYSELF} to death|(?:rope|neck)(?:ing|ed)? {MYSELF}"
    rf"|(?:strangl|chok|smother)(?:e|ed|ing) {MYSELF}(?! (?:on|with) (?:food|water|laughter|my))"
    rf"|do(?:ing)? {MYSELF} in|top(?:ping|ped)? {MYSELF}"
    r"|blow(?:ing)? my (?:brains?|head) (?:out|off)"
    r"|(?:put|putting) a bullet (?:in|through) my (?:head|brain|skull|mouth)"
    r"|eat(?:ing)? (?:a bullet|my gun)|self (?:delete|deleting|deleted|destruct)"
    rf"|delet(?:e|ing) {MYSELF}|put(?:ting)? {MYSELF} out of (?:my|this) misery"
    r"|commit(?:ting)? (?:die|sudoku|toaster bath)|final exit|\bctb\b"
    r"|(?:i could |i can )(?:fly|float) (?:off|from) (?:the |a |my )?(?:roof|balcony|building|bridge|"
    r"cliff|window)"
    r"|catch(?:ing)? the bus (?:for good|forever|for the last time)"
)
# Ways of dying that need a wish, plan or question before them to mean the writer.
SUICIDE_MEANS = (
    r"jump(?:ing)? (?:off|from) (?:a|the|this|that|my) (?:[a-z]+ )?(?:bridge|building|roof|"
    r"rooftop|cliff|balcony|tower|ledge|overpass|window|car park|parking garage)"
    r"|jump(?:ing)? (?:in front of|under|onto) (?:a|the) (?:train|bus|car|truck|subway|tracks)"
    r"|(?:walk|step)(?:ing)? (?:into|in front of) (?:traffic|a (?:car|bus|train|truck))"
    r"|(?:walk|swim)(?:ming|ing)? (?:into|out into|out to|in) (?:the )?(?:sea|ocean|lake|river|water)"
    r"|(?:drive|driving|crash|crashing|swerve|swerving) (?:my car )?(?:into|off) (?:a|the) "
    r"(?:wall|tree|cliff|bridge|barrier|river|lake|oncoming traffic|truck|lorry)"
    r"|(?:yeet|fling|launch|hurl)(?:ing|ed)? (?:my ?self|me) (?:off|from|into|in front of)"
    r"|crash(?:ing)? my car on purpose|bleed(?:ing)? out|overdos(?:e|ing)(?! on (?:caffeine|"
    r"coffee|sugar|chocolate|tv|netflix|love|cuteness|sunshine|memes))"
    r"|end(?:ing)? (?:it|things)\b(?! (?:with|between|for (?:good )?(?:with|between)|early|there|"
    r"here|off))|commit suicide|suicide\b(?! (?:squad|prevention|awareness|hotline|helpline|line|"
    r"rates?|statistics|bombers?|forest))|(?:hang|shoot|cut|kill|drown) myself"
    r"|jump(?:ing)?(?=$|[,.;!?\n]| (?:off|from|now|tonight|today|right now|and\b))"
    r"|(?:tie|tying|make|making) (?:a|the) noose"
)
DIE = (
    r"dye(?=$|[,.;!?\n]| (?:so|now|right now|tonight|already|honestly))"
    r"|die\b(?! my (?:hair|clothes|beard|eyebrows|shirt|jeans|roots)| (?:of|from) (?:embarrass\w*|shame|laugh\w*|cringe|boredom|cute\w*|happiness|"
    r"joy|jealousy|envy|excitement|old age|hunger|thirst|heat|curiosity|suspense|anticipation|"
    r"fomo|exhaustion)| for (?!weeks|days|months|years|so long|a while|ages|real)| laughing| happy| old\b| on (?:this|that) hill| hard\b| a (?:hero|"
    r"legend|virgin)| trying\b| in (?:a|the) (?:game|match|fight|level))"
)
DEAD_STATE = (
    r"be dead|be gone(?! for)|not (?:be )?(?:alive|here|around)(?: anymore)?|not exist"
    r"|stop (?:existing|living|breathing)|cease to exist"
    r"|disappear(?: forever| for good| permanently| completely)?(?! (?:into|to|for|from|under|in|"
    r"off|with|behind|somewhere|on|at|like|after|before)\b)|vanish(?: forever)?|fade away"
    r"|never wake up|not wake up|sleep forever|go to sleep forever|be with (?:my )?(?:late )?"
    r"(?:mom|dad|grandma|grandpa|mother|father) in heaven"
)
WANT = (
    r"(?:want(?:ed|ing|s)?|wanna|need(?:ed)?|deserve[ds]?|ready|longing|itching|desperate|"
    r"can't wait|yearning|craving|would like|i'd like|am meant|was meant|supposed|"
    r"need|have|got|must|tempted|urges?|urge|trying) to"
    r"|(?:trying|try|struggling|fighting|working|doing my best) (?:hard |so hard )?not to"
    r"|\b(?:should|might as well|may as well|better)(?: just)?|\blet me"
    r"|\b(?:tell(?:s|ing)?|told|urg(?:es|ing)|push(?:es|ing)?|order(?:s|ing)?) me to"
)
WISH = (
    r"(?:wish(?:ed|ing)?|hope|hoping|pray(?:ing)?|would rather|rather|wouldn't mind|could just|"
    r"feel(?:ing)? like)"
    r"(?: that)?(?: i)?(?: could| would| can| will| was| were| just| to)*"
)
THINK = (
    r"(?:think(?:ing)?|thought|thoughts|dream(?:ing|t|ed|s)?|fantasi[sz](?:e|ing)|"
    r"daydream(?:ing)?|obsess(?:ed|ing)?) (?:about|of|over)|imagin(?:e|ing)|pictur(?:e|ing)"
    r"|consider(?:ing|ed)?|contemplat(?:e|ing|ed)|research(?:ing|ed)?|look(?:ing|ed)? (?:up|into)"
    r"|googl(?:e|ing|ed)|plan(?:ning|ned)?|preoccupied with"
)
INTENT = (
    r"(?:going|about|ready|decided|planning|plan|intend|intending|determined|gonna|set|"
    r"finally going|time for me) to|\b(?:planning|plan|intend|intending) on|\bgoing through with|"
    r"\bi(?:'ll| will| shall)|\bit's time to|\btonight i|"
    r"\btoday i|\bi'm doing it,?"
)
ASK_HOW = (
    r"how (?:to|do i|can i|could i|would i|should i|does one|do people|do you|would you|"
    r"would it feel to|i could|i would|i'd|i'll|i will|i'm going to)"
    r"|(?:best|easiest|quickest|fastest|painless|painlessly|surest|simplest|least painful|"
    r"most painless|most effective|quick|easy|sure|reliable|clean|peaceful)(?: \w+)? "
    r"(?:way|ways|method|methods|means) (?:to|of|for)|ways to|methods (?:to|of|for)"
)
PLANNED_HOW = (
    r"(?:know|knew|decided|figured out|worked out|planned|picked|chosen|chose|settled on|"
    r"thought through|thought out) (?:exactly |already |precisely )?(?:how|when|where|the way|"
    r"which (?:bridge|building|pills|method|way|spot|place|day|date|tree|cliff|train))"
    r"(?: (?:i(?:'d|'ll| would| will| am going to|'m going to| could| can| want to)|to))?"
)

# Sightseeing and chores on a bridge or roof ("standing on the bridge, what a view").
SIGHTSEEING = re.compile(
    r"\b(?:view|views|photo|photos|pic|pics|picture|pictures|selfie|sunset|sunrise|tour|walk|"
    r"walking|hike|hiking|vacation|holiday|trip|beautiful|gorgeous|amazing|stunning|fishing|"
    r"wedding|concert|waiting for|train to|bus to|commute|tourist|scenery|fireworks|fixing|"
    r"gutter|repair\w*|cleaning|shingles|solar|antenna|skyline|city lights|stars|lol|fun|drinks?|"
    r"bar|party|garden|terrace|bbq|barbecue|beer|wine|coffee|lunch|dinner|chilling|relaxing|friends|"
    r"waiting)\b"
)
# Everyday partings ("bye everyone, see you tomorrow", "goodbye all, off to bed").
CASUAL_PARTING = re.compile(
    r"\b(?:see (?:you|ya|u)|talk (?:to you |to u )?(?:later|tomorrow|soon)|catch you|tomorrow|"
    r"gn|good ?night|nighty|going to (?:bed|sleep)|off to (?:bed|sleep|work|school)|logging off|"
    r"brb|for now|for today|have a (?:good|nice|great|lovely)|back (?:later|soon|tomorrow|in|on)|"
    r"heading (?:out|off|home)|leaving for|vacation|holiday|trip|last day (?:at|of)|new job|"
    r"moving|retir\w+|graduat\w+|farewell party|party|until next|next week|later|xx+|lol|haha)\b"
)

# Getting the week's medicine ready is routine ("pills ready for tomorrow, pill box sorted").
PILL_ROUTINE = re.compile(
    r"\b(?:pill ?box|organi[sz]er|dispenser|dosette|blister pack|for the week|weekly|pharmacy|"
    r"for (?:tomorrow|the morning|my trip|the trip|travel|the holiday)|refill|sorted)\b"
)

OVERDOSE_TIMING = Timing(
    now=(IMMINENT, "overdose_in_progress"),
    recent=(HIGH, "recent_overdose"),
    unstated=(IMMINENT, "overdose_in_progress"),
    long_ago=(LOW, "past_attempt"),
)
ATTEMPT_TIMING = Timing(
    now=(IMMINENT, "attempt_in_progress"),
    recent=(HIGH, "recent_attempt"),
    unstated=(HIGH, "recent_attempt"),
    long_ago=(LOW, "past_attempt"),
)
_SELF_HARM_TIMING = Timing(
    now=(MODERATE, "self_harm_act"),
    recent=(MODERATE, "self_harm_act"),
    unstated=(MODERATE, "self_harm_act"),
    long_ago=(LOW, "past_self_harm"),
)
_MEDICAL_TIMING = Timing(
    now=(HIGH, "self_harm_medical"),
    recent=(HIGH, "self_harm_medical"),
    unstated=(HIGH, "self_harm_medical"),
    long_ago=(LOW, "past_self_harm"),
)

# --- suicide: ideation, intent, method research, attempts --------------------------------------

SUICIDE_RULES = RuleSet(
    (
        rule(
            "suicidal_intent",
            HIGH,
            rf"\b(?:{INTENT}) {GAP}(?P<core>{SUICIDE_SELF}|{SUICIDE_MEANS}|die tonight)",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            "plan",
            HIGH,
            rf"\b(?:{PLANNED_HOW}) {WIDE_GAP}(?P<core>{SUICIDE_SELF}|{SUICIDE_MEANS}|{DIE}|do it\b)",
            WITHOUT_TONE,
            soon=IMMINENT,
        ),
        rule(
            "method_research",
            HIGH,
            rf"\b(?:{ASK_HOW}) {GAP}(?P<core>{SUICIDE_SELF}|{SUICIDE_MEANS}|{DIE}"
            r"|(?:hang|shoot|kill|drown|poison|suffocate|gas) (?:yourself|oneself|themselves|someone))",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "active_ideation",
            MODERATE,
            rf"\b(?P<core>{SUICIDE_SELF})",
            Check.NEGATION | Check.HISTORY | Check.TONE,
            soon=HIGH,
        ),
        rule(
            "active_ideation",
            MODERATE,
            rf"\b(?:{WANT}|{THINK}) {GAP}(?P<core>{SUICIDE_MEANS}|{DIE})",
            USUAL | Check.QUESTION,
        ),
        rule(
            "suicidal_thoughts",
            MODERATE,
            r"\b(?<!passive )(?<!passively )(?<!not )(?P<core>suicidal|suicide (?:thoughts|ideation|"
            r"urges?|feelings)|thoughts (?:of|about) (?:suicide|ending it|ending my life|dying by "
            r"suicide)|(?:active|bad|strong|intense|loud|constant) si\b|si (?:thoughts|urges|is (?:bad|"
            r"strong|loud|back)|(?:is|was|has been)(?: \w+)? (?:bad|strong|loud|back|high|intense|"
            r"worse|awful)|today|tonight|again)|(?:having|have|had|got|getting|my) si\b)"
            r"(?! (?:squad|prevention|awareness|hotline|helpline|crisis line|line|rates?|statistics))",
            USUAL | Check.QUESTION,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?P<core>suicide|killing myself|ending it all|ending my life|taking my (?:own )?life|"
            r"ending it) (?:is|has been|keeps|kept|was|are|were) (?:\w+ ){0,2}?(?:on my mind|in my head|"
            r"(?:all )?i (?:can )?think about|creeping in|calling me|tempting me|popping up|coming back)"
            r"|\bcan't (?:stop|get) (?:thinking about )?(?:suicide|killing myself|ending it) out of my "
            r"(?:head|mind)",
            USUAL,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?P<core>passive(?:ly)? (?:suicidal|si\b|suicidal ideation|ideation))",
            WITHOUT_TONE,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:suicide|death|dying|killing myself|ending it|ending my life) (?:is|seems|feels|"
            r"looks) (?:like )?(?:the |my )?(?:only|best|easiest|right|last|one) (?:way|option|answer|"
            r"choice|solution|way out|thing left|exit)"
            r"|\bthe only (?:way out|option|answer|solution|exit) (?:is|left is) (?:to die|death|suicide|"
            r"dying|ending it|to end it|killing myself)"
            r"|\b(?:don't|do not|can't) see (?:any )?(?:other )?(?:way|option|choice|solution) "
            r"(?:out )?(?:but|except|other than|than) (?:to die|death|suicide|dying|ending it|to end it)",
            USUAL,
        ),
        rule(
            "active_ideation",
            MODERATE,
            rf"\b(?:i (?:really )?(?:want|wanna|need) to|i'm (?:going|gonna) to|i'll) {GAP}"
            r"(?P<core>end it)\b(?! (?:with|between))",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "suicidal_intent",
            HIGH,
            r"\b(?:(?:i'll|i will|i'm going to|going to|gonna) (?:be dead|die|not be (?:here|alive|"
            r"around)|be gone) (?:by|before) (?:tomorrow|morning|tonight|the weekend|monday|friday|"
            r"the end of (?:the|this) (?:day|week|month))|(?P<core>won't|will not) (?:be (?:here|"
            r"around|alive)|make it|wake up) (?:tomorrow|by morning|much longer|for long|after tonight|"
            r"past tonight)|(?:this|today|tonight) (?:is|will be) my last (?:day|night))",
            Check.SUBJECT | Check.TONE,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:i should|should i|i'm (?:going to|gonna)|going to|gonna|i want to|i wanna|i might|"
            r"i'll|i need to|time to|about to|i could|i will|i just) (?:just |go )?(?P<core>kys)\b",
            Check.NEGATION | Check.HISTORY | Check.TONE,
        ),
        rule(
            # "kys" alone is mostly aimed at someone else; it may still be the writer's own.
            "ambiguous_slang",
            LOW,
            r"(?<!\bgo )(?<!\bpls )(?<!\bjust )\bkys\b(?! (?:you|u|loser|bro|dude|idiot|lol))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "recent_attempt",
            HIGH,
            r"\b(?:i|i've|i have|i just|just)(?: just| already)? (?P<core>(?:slit|slashed|cut open|opened) "
            r"(?:both )?my (?:wrists?|throat|veins?)|hanged myself|hung myself|stabbed myself|"
            r"jumped (?:off|from) (?:a|the|my|this) (?:\w+ )?(?:bridge|building|roof|balcony|cliff|"
            r"overpass|car park|parking garage|window|tower)|jumped in front of (?:a|the) (?:train|car|"
            r"bus|truck|lorry)|drank (?:bleach|antifreeze|poison)|swallowed (?:bleach|"
            r"batteries|poison)|tried to jump)",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT,
            timing=ATTEMPT_TIMING,
        ),
        rule(
            "recent_attempt",
            HIGH,
            r"\b(?:attempted|tried|attempting|trying|attempt) (?P<core>suicide|an overdose|to od)\b",
            Check.NEGATION | Check.SUBJECT,
            timing=ATTEMPT_TIMING,
        ),
        rule(
            "recent_attempt",
            HIGH,
            rf"\b(?:tried|attempted|attempting|attempt|trying|try|tryna) to (?!not )"
            r"(?:(?!not\b|stop\b|resist|avoid|prevent|help|talk|convince|keep)[a-z']+ ){0,3}?"
            rf"(?P<core>{SUICIDE_SELF}|overdose|end it|hang|drown|suicide|die)"
            r"|\b(?:attempted|made an attempt)(?= (?:when|last|yesterday|two|\d|a few|several|"
            r"in|before|twice|once|again|this|on|at|years|months|weeks|days|earlier|recently)\b|$)"
            r"|\b(?:my|a|another|the) (?:suicide )?attempt (?:on my life|last|yesterday|this|"
            r"earlier|two|a few)|\bsuicide attempt|\bsurvived (?:my|an|a|the|another) (?:suicide )?"
            rf"attempt|\b(?:almost|nearly) (?:killed {MYSELF}|died by suicide|succeeded)",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT,
            timing=ATTEMPT_TIMING,
        ),
    )
)

# --- passive wishes and hopelessness about living ----------------------------------------------

PASSIVE_RULES = RuleSet(
    (
        rule(
            "active_ideation",
            MODERATE,
            rf"\b(?:{WANT}) {GAP}(?P<core>{DIE}|be dead)",
            USUAL | Check.QUESTION,
        ),
        rule(
            "passive_wish",
            LOW,
            rf"\b(?:{WANT}|{WISH}|{THINK}) {GAP}(?P<core>{DEAD_STATE}|{DIE}|death|dying)",
            USUAL,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\bwish (?:i )?(?:was|were|could be|had been) (?:dead|gone|never born|not alive|not here)"
            r"|\bwish (?:i |i'd |i had )?(?:never been|had never been|was never|wasn't|weren't|never "
            r"was) (?:born|alive|here)"
            r"|\bwish i (?:didn't|did not) exist|\bwish (?:it|this|my life|everything) (?:would|could) "
            r"(?:just )?(?:end|stop|be over)",
            WITHOUT_TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\bbetter off (?:dead|without me|gone|not existing|in (?:the|a) (?:ground|grave|coffin)|"
            r"six feet under|if i (?:was|were|wasn't|weren't|"
            r"had never been|never existed|died|disappeared|didn't exist|was gone|left|killed|"
            r"wasn't here|wasn't around|were gone|were dead|was dead|never was)|with me (?:gone|dead)"
            r"|when i'm gone|once i'm gone)"
            r"|\b(?:happier|easier|better|simpler|fine|okay|ok|lighter) (?:off )?(?:for (?:everyone|"
            r"everybody|them|you|all of you|my family) )?(?:without me|if i (?:just )?(?:was|were|"
            r"wasn't|weren't|was not|had never been|never existed|died|disappeared|didn't exist|left|"
            r"killed myself|stopped existing|wasn't here|wasn't around|wasn't alive|was gone|were gone|"
            r"was dead|were dead)|with me (?:gone|dead))"
            r"|\b(?:the world|everyone|everybody|nobody|no one|my family|they|people) (?:doesn't|don't|"
            r"does not|do not|wouldn't|won't|will not) (?:even )?(?:need|want|miss) me\b"
            r"|\b(?:no ?one|nobody) (?:would|will|is going to|'d) (?:even )?(?:care|notice|miss me|cry)"
            r"(?: if| when)? (?:i (?:died|was gone|disappeared|killed myself|wasn't here|didn't wake up|"
            r"left|die|was dead)|i'm gone|i'm dead)"
            r"|\b(?:no ?one|nobody) would (?:even )?miss me|\bthe world (?:would be|is) better without me",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:i'm|i am|i feel like|feel like|i'm just|i am just|feeling like|sorry for being|"
            r"apologi[sz]e for being|tired of being) (?:such |just |nothing but |only )?a (?:burden|"
            r"waste of (?:space|air|oxygen|life))(?! of)",
            WITHOUT_TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:no|nothing|zero|any|lost (?:my|the|all)|don't have (?:a|any)|can't find (?:a|any)) "
            r"(?:reason|reasons|will|point|motivation) (?:left )?(?:to|in|for) (?:live|living|keep "
            r"(?:going|living)|go on|going on|stay(?:ing)? alive|be(?:ing)? alive|exist|existing|"
            r"carry on|life)"
            r"|\bnothing (?:left )?to live for|\bnothing (?:left )?worth living for"
            r"|\b(?:what's|what is|whats) the point (?:of|in) (?:living|life|being alive|going on|"
            r"existing|anything|trying|carrying on|waking up|staying alive|me|it all|any of (?:it|this)"
            r"|continuing)|\bwhat's the point (?:anymore|of it all)\b"
            r"|\b(?:(?:don't|do not|can't|cannot|no longer) see|there's|there is|there isn't|is there|"
            r"there's just|see|seeing) (?:no |any |the )?"
            r"point (?:in|of|to) (?:living|life|being alive|going on|existing|anything|trying|any of "
            r"(?:this|it)|it all|carrying on|waking up|staying alive|me)"
            r"|\b(?:life|living|my life|existence)(?: really)? (?:is|isn't|is not|ain't|feels|seems) "
            r"(?:so |just |completely )?(?:not worth (?:living|it)|worth nothing|pointless|meaningless|"
            r"unbearable|unlivable)|\bnot worth living|\bis life (?:even )?worth (?:living|it)"
            r"|\b(?:life|living|my life|existence|being alive)(?: really| just)? (?:isn't|is not|ain't|"
            r"doesn't feel|does not feel|no longer feels|hasn't been) (?:\w+ )?worth (?:living|it)"
            r"|\b(?:not sure|unsure|don't know|dunno) (?:if |whether |that )?i (?:even )?(?:want|can|"
            r"wanna) (?:to )?(?:live|be alive|keep going|go on|keep living|stay alive|be here|exist)",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:don't|do not|no longer|never|don't even|don't really|do not even) "
            r"(?:\w+ )?want to (?:live|be alive|exist|be here|wake up|go on|keep going|keep living|"
            r"be around|continue|stay alive|be in this world|carry on|be on this earth|do life|survive)"
            r"(?! (?:with|in|at|near|on|for|by|under) (?!this world|the world|anymore))"
            r"|\b(?:don't|do not|doesn't|no longer) care (?:if|whether) i (?:live|die|wake up|"
            r"don't wake up|survive|get hurt|get hit|crash|get killed)"
            r"|\b(?:wish|want|hope|pray|rather|sleep|could)\b[^,.;!?\n]{0,30}?\b(?:not|never|don't|"
            r"didn't|won't|wouldn't|couldn't) (?:ever )?wake (?:up|again)(?! (?:early|late|on time|in time|for|before|"
            r"until|till|at|when|tomorrow morning))"
            r"|\b(?:hope|hoping) (?:i|to) (?:don't|never) wake up"
            r"|\b(?:not afraid|not scared) (?:to die|of (?:dying|death))"
            r"|\bwouldn't mind (?:dying|being dead|if i died|not waking up|death)"
            r"|\bnot (?:be|being) (?:here|around|alive) anymore"
            r"|\b(?:shouldn't|should not|don't deserve to|do not deserve to) (?:be alive|exist|be here|"
            r"have been born|be around|live|be living)"
            r"|\b(?:don't know|not sure|no idea) how (?:much )?(?:longer|long) i can (?:keep going|go on|"
            r"do this|hold on|take (?:it|this)|survive|last|keep living|cope|keep fighting)"
            r"|\b(?:sleep|rest) (?:forever|for ever|and never wake)|\beternal sleep",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "hopelessness",
            LOW,
            r"\b(?:tired|sick|exhausted|weary) of (?:living|life|being alive|existing|being here|"
            r"everything|it all|trying|fighting(?! (?:with|over|about))|surviving|waking up|being me)"
            r"|\b(?:so |completely |totally )?done with (?:life|living|this life|existing|being alive|"
            r"everything|it all)|\b(?:can't|cannot|can not|couldn't) (?:go on(?! (?:holiday|vacation|"
            r"a\b|an\b|the\b|tour|stage|strike|leave|dates?|trips?|social|instagram|tiktok|my phone|"
            r"without (?:coffee|sleep)|about|and on))|keep going|do this "
            r"(?:anymore|any more)|take (?:it|this|any more|anymore|much more)|carry on|live like "
            r"this|keep living|handle (?:life|living|this anymore)|cope anymore|be here anymore|"
            r"survive this|see a way out|see a future|see the point|do life|keep doing this)"
            r"|\b(?:no|don't see a|don't have a|there's no|can't see a) (?:way out|future|light at the "
            r"end)(?! (?:plans|for (?:this|the) (?:project|company|team)))"
            r"|\b(?:i'm|i am|feel|feeling|felt|i've been|i'm so|so) (?:so |completely |totally |utterly |"
            r"really |just )?(?:hopeless|dead inside)(?! (?:at|with|romantic|case at|about (?:math|"
            r"cooking)))|\bno hope (?:left|anymore|for me)|\blost all hope|\b(?:there's|there is) no "
            r"hope|\b(?:given|giving|gave) up on (?:life|everything|living|myself|getting better)"
            r"|\b(?:ready to|want to|about to|going to|just want to|i'm) giv(?:e|ing) up(?! on)\b"
            r"|\bwant (?:it|this|everything|the pain|all of this|this life) (?:all )?to (?:end|stop|be "
            r"over)(?: forever| for good)?\b(?! (?:so|soon|already))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:pray(?:ing)?|hope|hoping|wish(?:ing)?|want|wanting) (?:for death|(?:that )?god "
            r"(?:takes|would take|will take) me|to get hit by|i get hit by|(?:someone|something|"
            r"somebody|god|a (?:car|bus|truck|train)) (?:would |to |could |will )?(?:kill me|hit me|run "
            r"me over|take me|end me|put me out))|\b(?:hope|hoping|wish) (?:i|to|i'd|i would|i'll|i "
            r"will) (?:die|get cancer|crash|don't survive|don't make it|don't come back|get killed|"
            r"not survive|not make it)"
            r"|\b(?:hope|hoping|wish|pray) (?:a|the|some|that a) (?:car|bus|truck|train|lorry|plane) "
            r"(?:hits|kills|runs over|would hit|will hit|would kill|crashes)",
            Check.NEGATION | Check.HISTORY | Check.TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:think|thinking|thought|obsess\w*|fixated) (?:a lot |constantly |all the time )?"
            r"(?:about|of|on) (?:death|dying|being dead|my (?:own )?death|my funeral|not existing|"
            r"not being here|disappearing)|\bplan(?:ning|ned)? my (?:own )?funeral"
            r"|\b(?:dying|death|being dead|not existing|not being here|ending it|suicide|killing myself) "
            r"(?:sounds|seems|feels|looks|would be|would feel) (?:so |really |kind of |kinda |like )?"
            r"(?:peaceful|nice|good|appealing|tempting|like (?:a )?relief|a relief|better|easier|"
            r"comforting|like the answer|like freedom|like rest|inviting)",
            USUAL,
        ),
    )
)

# --- plans, preparation, goodbyes, means at hand -----------------------------------------------

PLAN_RULES = RuleSet(
    (
        rule(
            "suicide_note",
            HIGH,
            r"\b(?P<core>(?:suicide|goodbye|farewell) (?:note|letter|message|video)s?"
            r"|(?:wrote|written|writing|write|left|leave|leaving|drafted|drafting) (?:a |my |the )?"
            r"(?:final|last) (?:note|letter|message|words)s?"
            r"|(?:wrote|written|writing|write|left|leave|leaving) (?:a |my |the |some )?(?:notes?|"
            r"letters?) (?:to|for) (?:everyone|everybody|all of you|all the people|the people i love|"
            r"my loved ones|each of|them all)"
            r"|my (?:note|letter) is (?:ready|written|done|finished|on the))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "suicide_note",
            HIGH,
            r"\b(?:found|read|saw|reading|find|see|finds|sees|finding) my (?:suicide |goodbye )?"
            r"(?:note|letter)(?!s? (?:from|about|on|for (?:work|school|class)))\b",
            Check.NEGATION,
        ),
        rule(
            "goodbye_message",
            HIGH,
            r"\b(?P<core>this is (?:my )?(?:goodbye|farewell|my last (?:message|post|text))"
            r"|(?:goodbye|bye|farewell) (?:everyone|everybody|world|forever|for good|for ever|for the "
            r"last time|cruel world|y'all|yall|all of you|to (?:everyone|all of you|the world))"
            r"|(?:saying|said|say) (?:my )?(?:final |last )?goodbyes?(?! to (?:my|the|our) "
            r"(?:old|last|summer|holiday|house|apartment|flat|job|car|dog|cat))"
            r"|(?:final|last) goodbye|my last (?:message|words|post|text|night alive|day alive|"
            r"goodbye)|it was (?:nice|good) knowing (?:you|everyone|y'all|all of you)"
            r"|you(?:'ll| will) never (?:see|hear from) me again|(?:won't|will not) (?:ever )?"
            r"(?:see|hear from) me again|by the time (?:you|anyone|someone|they) (?:read|reads|see|"
            r"sees|find|finds|get|gets) this|(?:take care of|look after|feed|adopt) my (?:cat|dog|kids|"
            r"pets?|children|family|plants|fish)\w* (?:for me )?(?:when|after|once) i'm (?:gone|dead)"
            r"|(?:when|after|once) i'm (?:gone|dead|no longer here|not here anymore)(?! (?:on|to|for|"
            r"away|out|home|shopping|abroad|from work))|sorry for everything[^.!?\n]{0,20}(?:goodbye|"
            r"bye|love you)|please forgive me[^.!?\n]{0,20}(?:goodbye|bye)"
            r"|(?:i )?love you all[^.!?\n]{0,12}(?:goodbye|i'm sorry|forgive me)"
            r"|(?:love you|i'm sorry|forgive me|thank you for everything)\b[^\n]{0,60}?\b(?:goodbye|"
            r"farewell|bye)\b)",
            Check.NEGATION | Check.SUBJECT,
            unless=CASUAL_PARTING,
        ),
        rule(
            "plan",
            HIGH,
            r"\b(?:a|the|my) (?:plan|method) and (?:the |a )?means\b|\bthe means and (?:a|the) plan"
            r"|\bplan(?:ned|ning)? (?:out )?my (?:own )?(?:suicide|death|overdose|exit|ending|last day)"
            r"|\b(?:picked|chosen|chose|found) (?:the|a|my) (?:bridge|building|cliff|method|tree|"
            r"overpass|spot to (?:die|jump|do it))\b"
            r"|\b(?:do it|end it|go through with it|end my life|kill myself) (?:\w+ ){0,3}?(?:when|while|"
            r"after|once) (?:my \w+|everyone|everybody|they|nobody|no one|the house)(?: is| are|'s|"
            r"'re)? (?:at work|out|asleep|away|gone|empty|to (?:sleep|bed|work)|home|goes? (?:out|away|"
            r"to (?:sleep|bed|work)))"
            r"|\buse (?:it|them|this|that|the \w+) on myself\b"
            r"|\b(?:rope|noose|gun|knife|razor|blades?|pills|belt|cord)\b[^.!?\n]{0,40}?(?:going to|gonna|"
            r"will|i'll|about to|ready to) use (?:it|them)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "plan_with_time",
            IMMINENT,
            r"\b(?:tonight|today|tomorrow)(?: is|'s| will be) (?:the|my) (?:night|day) (?:i|that i|to) "
            r"(?:end it|die|kill myself|do it|go|end my life|end everything|jump|take them)",
            Check.NEGATION,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:car|engine) (?:is )?running in (?:the|a|my) (?:closed |shut )?garage|\bengine running "
            r"with the garage (?:door )?(?:closed|shut)|\b(?:hose|pipe|tube) (?:from|to|on) the exhaust",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "means_at_hand",
            HIGH,
            r"\bin the (?:bath|bathtub|tub|bathroom) with (?:a |the |my )?(?:razor|blade|knife|pills|"
            r"rope|toaster|hair ?dryer)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "preparation",
            HIGH,
            r"\b(?:because|since|as|cause|cuz|when) i (?:won't|will not|wouldn't) be (?:here|around|alive)"
            r"|\b(?:won't|will not) be (?:here|around|alive) (?:anymore|much longer|for long|to (?:see|"
            r"take care|look after|feed))",
            Check.NEGATION,
        ),
        rule(
            "preparation",
            HIGH,
            # Means kept for a purpose: "bought pills so I can overdose", "everything I need to end it".
            r"\b(?:(?:bought|buy|buying|got|have|has|saved|stockpiled|collected|gathered|ordered) "
            r"(?:[a-z']+ ){1,6}?|(?:enough|everything i need|all i need|what i need|the means) "
            r"(?:[a-z']+ ){0,3}?)(?:to|so i can|so that i can|in order to|for when i|and i'm going to|"
            r"and i will|and i'll) (?:\w+ )?(?P<core>kill myself|end (?:it|my life|things|everything)|"
            r"overdose|od|hang myself|take my (?:own )?life|die\b(?! (?:of|for|laughing)))"
            # A trip with a purpose: "drove to the cliffs to end it".
            r"|\b(?:went|drove|walked|came|got|i'm going|am going|headed|heading|driving|walking|"
            r"climbed|took the \w+) (?:\w+ ){1,4}?to (?:end it|kill myself|end my life|jump)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "preparation",
            HIGH,
            rf"\b(?P<core>(?:stockpil\w*|hoard\w*|saving up|saved up|been saving|collect(?:ing|ed)|"
            rf"stash(?:ing|ed)?|hiding|hid|hidden|squirrel(?:ing|ed) away|putting aside|put aside|"
            rf"set aside) (?:my |up |away |all my |some of my |extra |a lot of |a bunch of )*"
            rf"(?:[a-z]+ )?{ANY_MED}"
            r"|(?:bought|buying|ordered|got|purchased|tied|tying|made|making|have|has|set up|setting up)"
            r" (?:a |the |my |some )?(?:noose|ligature)"
            r"|(?:put|putting|get|getting|got) my affairs in order"
            r"|(?:giving|gave|give) away (?:all )?my (?:stuff|things|belongings|possessions|pets?|"
            r"cat|dog|clothes|books|favorite things|prized)"
            r"|(?:wrote|written|writing|made|updated|updating|making) (?:out )?my (?:will|last will)\b"
            r"|(?:researching|researched|looked up|looking up|googled|googling|searched|searching|"
            r"reading about|read up on) (?:\w+ ){0,2}?(?:ways|methods|how) to (?:die|kill|end|"
            r"overdose|hang|commit|suicide|od)"
            r"|(?:suicide|overdose|od) methods?|(?:lethal|fatal|deadly|toxic) (?:dose|doses|amount|"
            r"quantity|overdose|combination))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "method_research",
            HIGH,
            rf"\bhow (?:many|much) (?:[a-z]+ ){{0,2}}?(?:{ANY_MED}|of (?:these|those|them|my \w+)|"
            r"\w+ pills)(?: [a-z']+){0,5}? (?:(?:would|does|will|did|could|should) it take|it "
            r"(?:would|will|could) take|it takes|to (?:die|"
            r"kill|overdose|od|end it|be lethal|be fatal|not wake up)|(?:would|will|could|does|can|"
            r"should) (?:kill|be lethal|be fatal|be enough)|(?:is|are|would be) (?:lethal|fatal|deadly|"
            r"enough|too many|an overdose|a lethal))"
            r"|\bhow long (?:does|would|will|did|could) it take (?:to|for (?:you|someone|me|a person|"
            r"the pills) to) (?:die|bleed out|drown|suffocate|hang|overdose|od|stop breathing|work)"
            r"|\bhow (?:high|tall|many floors|many stories|many storeys) (?:does|would|should|do you "
            r"need|must) (?:a |the )?(?:bridge|building|fall|jump|it)|\b(?:high|tall) enough to (?:die|"
            r"kill)|\bwhich (?:bridge|building|cliff|pills?|meds|medication|drug|method|way) (?:is|are|"
            r"would|will|works?|could)\b[^.!?\n]{0,30}?(?:die|kill|lethal|fatal|enough|painless|"
            r"fastest|quickest|best)"
            r"|\b(?:would|will|could|can|is|are) (?:\d+|a (?:whole )?bottle of|all (?:of )?my|"
            rf"these|those) (?:[a-z]+ )?{ANY_MED} (?:kill me|be enough|be lethal|be fatal|"
            r"enough to (?:die|kill))",
            Check.HISTORY,
        ),
        rule(
            "method_question",
            MODERATE,
            rf"\bcan (?:you|i|someone|a person|people) (?:die|overdose|od) (?:on|from|by|of) "
            rf"(?:[a-z]+ )?(?:{ANY_MED}|taking|too much)"
            r"|\bwhat (?:happens|would happen) if (?:you|i|someone) (?:take|takes|took|swallow|"
            rf"swallows|swallowed) (?:a lot of|too many|all|a whole bottle of|a bottle of|a handful of|"
            rf"\d\d+) (?:of (?:my |your |the )?)?(?:[a-z]+ )?{ANY_MED}",
            Check.NEGATION,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:the |my )?(?:rope|noose|belt|cord) (?:is|are) (?:ready|up|tied|hung|set up|around)"
            r"|\b(?:tied|hung|set up|put) (?:the |a |my )?(?:rope|noose)|\bnoose (?:around|on) my neck"
            r"|\b(?:the |my )?gun (?:is )?(?:loaded|in my (?:hand|mouth)|to my head)"
            r"|\b(?:blade|razor|knife) (?:is )?(?:in my hand|to my (?:wrist|throat|arm|skin))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            rf"\b(?:have|got|with|holding|hold|counted|counting|lined up|lining up|laid out|laying "
            rf"out|poured out|pouring out) (?:the |all the |my |all my |these |those )?(?:[a-z]+ )?"
            rf"{ANY_MED} (?:ready|in (?:my|front of me)|right here|next to me|out|lined up|counted)"
            rf"|\b(?:the |my )?{ANY_MED} (?:are|is) (?:ready|lined up|counted|in my hand|in front of me)",
            Check.NEGATION | Check.SUBJECT,
            unless=PILL_ROUTINE,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:standing|stood|sitting|sat|perched|climbed|climbing|up|i'm) (?:on(?:to)? |at |over )?"
            r"(?:the |a |this |my )?(?:edge of (?:the |a )?)?(?:bridge|ledge|roof|rooftop|railing|"
            r"balcony edge|train tracks|railway tracks|tracks|cliff edge|cliff|overpass|parapet)\b"
            r"|\bon the (?:edge|ledge) of (?:the |a |this )?(?:roof|bridge|cliff|building|platform|"
            r"balcony|overpass)|\bon (?:the )?(?:roof|rooftop|top) of (?:my|the|a|this|our) (?:building|"
            r"apartment|block|hotel|office|parking|car park|tower|hospital|school)",
            Check.NEGATION | Check.SUBJECT,
            unless=SIGHTSEEING,
        ),
    )
)

# --- aborted attempts, feeling unsafe, hospital after an act -------------------------------------

SAFETY_RULES = RuleSet(
    (
        rule(
            "aborted_attempt",
            HIGH,
            r"\bstopped myself (?:from|before|just before) (?:taking|swallowing|jumping|cutting|"
            r"hanging|doing it|killing|overdosing|going through)|\balmost (?:did it|went through with "
            r"it|jumped|took them|took the pills|pulled the trigger|stepped off)|\b(?:held|had|put|"
            r"pressed) (?:the|a|my) (?:knife|blade|razor|pills|rope|belt|gun|noose) (?:to|on|in|around|"
            r"against) my (?:wrists?|throat|neck|arms?|mouth|head|temple)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "unsafe",
            HIGH,
            r"\b(?:i'm|i am|i feel|feeling) not safe(?: right now| tonight| anymore| at all)?(?=$|"
            r"[,.;!?\n]| and\b| but\b| with myself| around myself| from myself)"
            r"|\b(?:don't|do not|no longer|can't) (?:feel|stay|be|keep myself) safe (?:with|around|"
            r"from) myself|\bcan't keep myself safe|\bnot safe (?:with|around|from) myself",
            Check.SUBJECT,
        ),
        rule(
            "unsafe",
            MODERATE,
            r"\b(?:going to|gonna|might|about to|will|could|afraid i'll|scared i'll|i'll|i might) "
            r"do something (?:stupid|drastic|i'll regret|dangerous|permanent|bad to myself|to myself)",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            "self_harm_medical",
            HIGH,
            r"\b(?:in|at|went to|going to|go to|ended up in|taken to) (?:the )?(?:er|a&e|hospital|"
            r"emergency room|urgent care|emergency) (?:after|because|for|from) (?:i )?(?:cutting|"
            r"self harm|self harming|i cut|cut myself|overdosing|an overdose|overdosed|i overdosed|"
            r"trying to|i tried|my attempt|burning myself)",
            Check.NEGATION | Check.SUBJECT,
        ),
    )
)

# --- dwelling on means, hoarding medicine, medicine taken to die ------------------------------

MEANS_RULES = RuleSet(
    (
        rule(
            "means_fixation",
            MODERATE,
            r"\b(?:keep|kept|been|can't stop|cannot stop|always) (?:looking|staring|glancing) at "
            r"(?:the|my|all the|those|these) (?:pills|meds|tablets|knives|knife|blades?|razors?|rope|"
            r"gun|bridge|train tracks|tracks|window|balcony)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "preparation",
            HIGH,
            r"\b(?:skipp?(?:ed|ing)|not taking|stopped taking|pretending to take|hiding|hid) (?:my |the "
            r")?(?:meds|pills|medication|tablets|doses?)\b[^.!?\n]{0,40}?\b(?:save|saving|stash|"
            r"stashing|hoard|hoarding|collect|collecting|keep|keeping|store|storing)\b"
            r"|\bcount(?:ed|ing) (?:out )?(?:my |the |all (?:my|the) )?(?:pills|meds|tablets)\b"
            r"[^\n]{0,40}?\benough\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "overdose_in_progress",
            IMMINENT,
            rf"\b(?:took|taken|swallowed|downed|taking) (?:[a-z']+ ){{0,4}}?(?P<core>{ANY_MED}) "
            r"(?:[a-z']+ ){0,3}?(?:to|so i can|so i'll|and) (?:sleep forever|never wake up|not wake up|"
            r"die|end it|end my life|kill myself|make it (?:all )?stop|go to sleep forever)",
            Check.NEGATION | Check.SUBJECT,
            timing=OVERDOSE_TIMING,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\bbetter off (?:if|when|once) i (?:just )?(?:ended it|ended (?:it all|my life|"
            r"everything)|killed myself|took my (?:own )?life|did it|was dead|died)",
            Check.NEGATION | Check.HISTORY,
        ),
    )
)

# --- overdose reported as done ------------------------------------------------------------------

OVERDOSE_RULES = RuleSet(
    (
        rule(
            "overdose_in_progress",
            IMMINENT,
            r"\b(?P<core>(?:swallowed|took|taken|downed|ate|emptied) (?:everything|all|the whole|the "
            r"entire|all the \w+|every \w+) (?:in|from|out of) (?:the|my|our) (?:medicine|bathroom|"
            r"pill) (?:cabinet|cupboard|drawer|box|bottle)|overdos(?:ed|ing)(?! on (?:caffeine|coffee|sugar|chocolate|tv|netflix|love|"
            r"cuteness|sunshine|memes|energy drinks|red bull))|i (?:just )?overdose on|(?:took|taken|taking|had|"
            r"swallowed) (?:an|another) "
            rf"overdose|(?:took|taken|swallowed) (?:way )?too (?:many|much) (?:of (?:my |the )?)?"
            rf"(?:[a-z]+ )?(?:{ANY_MED}))",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE | Check.QUESTION,
            timing=OVERDOSE_TIMING,
        ),
    )
)

# --- self-harm ----------------------------------------------------------------------------------

# Acts that name the writer's own body.
SELF_HARM_SELF = (
    rf"(?:cut|cutting|cuts|slice|slicing|sliced|slash\w*|carv(?:e|ed|ing)) (?:into )?{MYSELF}"
    r"(?! (?:off|out|some slack|short))"
    r"|(?:cut|cutting|carv(?:e|ed|ing)|slic(?:e|ed|ing)|slash(?:ed|ing)?) (?:into )?(?:my )?"
    r"(?:arms?|wrists?|legs?|thighs?|skin|hips?|stomach|belly|ankles?|forearms?|body)\b"
    r"|(?:carv|etch|scratch|writ)(?:e|ed|ing)? (?:[a-z']+ ){0,3}?into my (?:skin|arms?|legs?|"
    r"thighs?|wrists?|stomach|hips?|body)"
    r"|used (?:a|the|my) (?:razor|blade|knife|lighter|scissors|compass|pencil sharpener|glass) on "
    r"(?:my ?self|my (?:arms?|legs?|thighs?|wrists?|skin|stomach|hips?|body))"
    r"|(?<![a-z'] )cut (?=again|last night|tonight|today|yesterday|this morning)"
    r"|(?:burn(?:ed|t|ing|s)?|hit(?:ting|s)?|punch(?:ed|ing|es)?) (?:my )?(?:arms?|wrists?|legs?|"
    r"thighs?|skin|hands?|stomach|face|head)\b(?! (?:on|against|in the|at the|playing|while))"
    r"|(?:pick(?:ed|ing)?|scratch(?:ed|ing)?|dig(?:ging)?) (?:at )?my (?:skin|arms?|legs?|face|scabs?)"
    r" (?:until|till|til|to the point) (?:it|they|i) (?:bleeds?|bled|bleed|bleeding)"
    r"|\bi (?:just |have |'ve |had )?(?:cut|burned|burnt)(?= again| last night| yesterday| today| "
    r"this (?:morning|week|evening)| earlier| tonight| and\b| but\b| so\b|$|[,.;!?\n])"
    r"|(?:arms?|legs?|thighs?|wrists?|stomach|body|skin|hips?) (?:is|are) (?:covered in|full of) "
    r"(?:fresh |new )?(?:cuts|burns|wounds)"
    rf"|(?:burn(?:ed|t|ing|s)?|hit(?:ting|s)?|punch(?:ed|ing|es)?|slap(?:ped|ping|s)?|"
    rf"bit(?:e|ing|ten)?|hurt(?:ing|s)?|harm(?:ed|ing|s)?|injur(?:e|ed|ing)|bruis(?:e|ed|ing)|"
    rf"mutilat(?:e|ed|ing)) {MYSELF}"
    r"|self[ -]?(?:harmed|harming|harms|injured|injuring|mutilat\w+)"
    r"|(?:\bi|i've|i have|i'm|i am|been|did|do|my|started|start|keep|kept|back to|struggl\w+ with|"
    r"battling|relapsed? (?:on|into|with)?|\bto) ?self[ -]?(?:harm|injury)\b"
    r"|self[ -]?harm(?= again| tonight| today| yesterday| last night| this (?:week|morning))|\bnssi\b"
    r"|(?:bang|hit|smash|slam|knock|punch)(?:ed|ing|s|t)? my (?:head|fists?|face) (?:against|on|into) "
    r"(?:the |a )?(?:wall|floor|door|desk|table|mirror)"
    rf"|scratch(?:ed|ing)? {MYSELF} (?:raw|until|till|til|to)"
    rf"|starv(?:e|ed|ing) {MYSELF}(?! to death)|punish(?:ed|ing)? {MYSELF} (?:by|with) (?:cutting|"
    r"burning|hitting)|(?:my|fresh) (?:cuts|wounds|sh scars)\b(?! (?:from|after) (?:the|my) "
    r"(?:surgery|operation|accident|fall))"
)
# "sh" is self-harm only beside words that make it so.
SELF_HARM_SH = (
    r"(?:urges? (?:to|for)|want(?:ed)? to|wanna|need(?:ed)? to|tempted to|relaps(?:e|ed|ing)"
    r"(?: on| into| with)?|did|do|done|doing|been|thinking about|thoughts of|used to|relapse|"
    r"\bmy) sh\b|\bsh (?:urges?|again|relapse|scars?|wounds?|cuts?|marks|tools?|blades?|kit|"
    r"thoughts|is bad|badly|tonight|yesterday|last night|today)\b"
)
# A bare "cut" is self-harm only with nothing benign after it ("cut back", "cut my hair").
BARE_CUT = (
    r"cut(?:ting)?(?=$|[,.;!?\n]| (?:again|so |really |deep|deeper|tonight|right now|now\b|today|"
    r"all |myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body)|but\b|and\b|lol|"
    r"though|tho|badly|bad\b|more|even|too\b|still|anymore|somewhere|without|or\b))"
)

SELF_HARM_RULES = RuleSet(
    (
        rule(
            "self_harm_medical",
            HIGH,
            r"\b(?P<core>cut (?:too |really |very |so |way )?deep(?:ly|er)?\b(?! (?:from|off|track|"
            r"cut))|deep cuts?\b(?! (?:from|off|track|on the album))|(?:need|needs|needed|might need|"
            r"probably need|should get|getting|got|had to get) (?:some |a few |many )?stitches|"
            r"(?:can't|cannot|won't|doesn't|couldn't|will not|does not|isn't) (?:stop )?(?:the )?"
            r"bleeding(?: stop)?|(?:can't|cannot|couldn't) (?:get|make) (?:it|the bleeding) (?:to )?"
            r"stop|bleeding (?:won't|wont|doesn't|isn't|will not) stop|bleeding (?:a lot|heavily|badly|"
            r"everywhere|so much|through|really bad)|lost (?:a lot of|so much|too much) blood|"
            r"(?:see|saw|seeing|showing) (?:the )?(?:fat|bone|tendon|yellow|white layer)|"
            r"soaked (?:through )?(?:the |a |my )?(?:towel|bandage|gauze|sheets|clothes)|"
            r"(?:blood|bleeding) (?:is )?everywhere|puddle of blood|(?:cut|cuts|wound|wounds|gash) "
            r"(?:on|in) my (?:\w+ )?(?:is|are|was|were|looks?) (?:really |very |so |too |pretty )?(?:deep|"
            r"gaping|wide open)|(?:cut|cuts|wound|wounds|gash) (?:is|are|was|were) (?:really |very |so |"
            r"too )?(?:deep|gaping)|(?:go|went|going|gone|get|got|"
            r"been) (?:to )?(?:the )?(?:er|a&e|hospital|emergency room|urgent care|emergency) (?:for|"
            r"because of|to (?:get|have) (?:stitches|it stitched|them stitched|my cuts?)) (?:my |the |"
            r"these )?(?:cuts?|wounds?|burns?|arm|wrist|self harm))",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.QUESTION,
            timing=_MEDICAL_TIMING,
        ),
        rule(
            "self_harm_urge",
            MODERATE,
            rf"\b(?:{WANT}|{THINK}|{WISH}|{INTENT}|itch to|craving) {GAP}"
            rf"(?P<core>{SELF_HARM_SELF}|{BARE_CUT}|self[ -]?harm|burn (?:my|myself)|hurt myself|"
            r"bleed\b|see (?:my own )?blood|feel (?:physical )?pain\b)",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT,
        ),
        rule(
            "self_harm_urge",
            MODERATE,
            r"\b(?P<core>(?:self[ -]?harm|sh|cutting|cut|burning|self[ -]?injury) "
            r"(?:urges?|cravings?|thoughts)|urges? to (?:cut|self[ -]?harm|sh|hurt myself|burn)\b)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.QUESTION,
        ),
        rule(
            "self_harm_act",
            MODERATE,
            rf"\b(?P<core>{SELF_HARM_SELF}|{SELF_HARM_SH}|(?:been|started|start|keep|kept|went back to|"
            rf"back to|relaps(?:e|ed|ing)(?: on| into| to)?|am|i'm) {BARE_CUT}|cutting again|"
            r"relaps(?:e|ed|ing)\b(?! (?:on|into|with|to|of) (?:drinking|alcohol|booze|smoking|"
            r"cigarettes|vaping|weed|drugs|cocaine|gambling|depression|mania|hypomania|an episode|a "
            r"depressive|bulimia|binge|porn|my ed|my eating disorder|old habits|psychosis|nail biting|"
            r"skin picking|prevention|plan)))",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.QUESTION | Check.HISTORY,
            timing=_SELF_HARM_TIMING,
        ),
    )
)

# --- vague words that count only beside another risk: run only when a main rule found one -----

CONTEXT_RULES = RuleSet(
    (
        rule(
            "suicide_note",
            HIGH,
            r"\b(?:wrote|written|writing|write|left|leave|leaving) (?:a |my |the |some )?"
            r"(?:notes?|letters?)\b",
            Check.NEGATION,
        ),
        rule(
            "goodbye_message",
            HIGH,
            r"\b(?:won't|will not|never going to|not going to) (?:bother|burden|annoy|trouble) (?:anyone|"
            r"you|you guys|anybody|people|you all) (?:anymore|again|ever again|any longer)",
            Check.SUBJECT,
        ),
        rule(
            "preparation",
            HIGH,
            r"\b(?:giving|gave|give) (?:away )?my (?:cat|dog|pets?|belongings|stuff|things|"
            r"possessions|clothes|kids?) (?:away|to)\b|\b(?:i have|i've got|got) the means\b",
            Check.NEGATION,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:holding|hold|have|got|with) (?:the|a|my) (?:knife|blade|razor|gun|rope|noose|"
            r"pills|lighter|belt)\b(?! (?:drawer|block|away))",
            Check.NEGATION,
        ),
        rule(
            "goodbye_message",
            HIGH,
            r"\b(?:goodbye|bye|farewell|i love you all|i'm sorry for everything|forgive me)\b",
            Check.NEGATION,
            unless=CASUAL_PARTING,
        ),
        rule(
            "overdose_in_progress",
            IMMINENT,
            r"\b(?:already|just) (?:took|taken|swallowed|downed) (?:them|it|all|everything|the lot)"
            r"|\b(?:took|taken|swallowed|downed|taking|swallowing) (?:them|it|those|these|the pills|"
            r"the tablets) all\b|\b(?:took|taken|swallowed|downed) (?:all of )?(?:them|those|these|the "
            r"lot|everything)(?: (?:already|just now|now|all))\b|\b(?:took|swallowed|taken) all of "
            r"(?:them|those|these)|\bpills (?:are )?(?:kicking in|starting to work)",
            Check.NEGATION,
        ),
        rule(
            "plan_with_time",
            IMMINENT,
            r"\b(?:(?:i'm |i am |i'll |i will |gonna |going to )?(?:do|doing) it (?:tonight|today|now|"
            r"right now|tomorrow|this weekend|soon|in (?:an|a|\d+) (?:hour|minute|min)s?|at \d+)"
            r"|(?:it's|it is|it will be|it'll be) (?:happening|over|done|all over) (?:tonight|today|"
            r"soon|now|in (?:an|a|\d+) (?:hour|minute|min)s?|by morning)"
            r"|(?:tonight|today)(?:'s| is) the (?:night|day)|this is it\b|it's time\b|here goes"
            r"|(?:it|this|everything) (?:all )?ends (?:tonight|today|now|here)|i'm ready now"
            r"|nothing (?:can|will) stop me)",
            Check.NEGATION,
        ),
        rule(
            "plan",
            HIGH,
            r"\bi (?:have|'ve got|got|made|'ve made|came up with) (?:a|the) plan\b"
            r"|\bi (?:know|have decided|'ve decided|have figured out|'ve figured out|worked out) "
            r"(?:exactly )?(?:how|when|where)(?: i(?:'ll| will|'d| would| am going to|'m going to)"
            r"(?: do it)?)?(?=$|[,.;!?\n]| and\b| but\b)"
            r"|\b(?:going to|gonna|will|ready to|about to) go through with it\b"
            r"|\b(?:my|the) plan is (?:set|ready|made|done)|\b(?:picked|set|chose|chosen) (?:a|the) "
            r"(?:date|day|time|spot|place|method|bridge)\b|\bi've (?:decided|made up my mind)\b"
            r"|\b(?:bought|got|ordered|buying) (?:a |some |the )?(?:rope|gun|razor blades|blades|"
            r"charcoal|helium)\b|\bgiving away my (?:things|stuff)",
            Check.NEGATION,
        ),
    )
)

MAIN_RULES = (
    SUICIDE_RULES
    + PASSIVE_RULES
    + PLAN_RULES
    + SAFETY_RULES
    + MEANS_RULES
    + OVERDOSE_RULES
    + SELF_HARM_RULES
)

# The text of every pattern, for the vocabulary that undoes stretched spellings ("diiiie").
ALL_PATTERN_SOURCES: tuple[str, ...] = tuple(
    rule.pattern.pattern for rule in (MAIN_RULES + CONTEXT_RULES).rules
)
