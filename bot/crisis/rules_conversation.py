"""Risk told the way people tell it to the bot mid-conversation: short replies to a check-in,
the days after a crisis, safety-plan talk, stashes, dates picked, survival regretted."""

from __future__ import annotations

import re

from bot.crisis.phrases import (
    ANY_MED,
    ATTEMPT_TIMING,
    CASUAL_PARTING,
    FOR_GOOD,
    HIGH,
    HOBBY,
    HOBBY_OR_KITCHEN,
    IMMINENT,
    LOW,
    MODERATE,
    NOT_FOR_A_VEHICLE,
    ORDINARY_PROJECT,
    POSSIBLE_OVERDOSE_TIMING,
    SIGHTSEEING,
    USUAL,
    WARMING_THE_CAR,
    WITHOUT_TONE,
)
from bot.crisis.rule import Check, Innocent, RuleSet, rule

# Words that place a message after an attempt or a stay in hospital.
_AFTER_A_CRISIS = (
    r"(?:hospital|a&e|the er|ward|discharg\w+|let me out|sectioned|\d+ hours|pumped|stomach|"
    r"overdos\w+|survived|woke up|attempt\w*|didn't work|failed|pills|tablets|rope|stitch\w*|icu|"
    r"crisis team|psych|last night|it didn't)"
)
# A container emptied: "took the whole box", not "took the whole box of cereal to work".
_WHOLE_CONTAINER = (
    r"(?:the|a|my) (?:whole|entire|full) (?:box|bottle|pack|packet|strip|blister pack|tub|jar)\b"
    r"(?! of (?!pills|tablets|meds|capsules))(?! (?:to|home|with|for|back|along|out|round|over|into|"
    r"in|on|off|from)\b)"
)
# Ordinary events a date is picked for ("picked the date for the wedding"); a date for
# something else is no plan unless the message says it is ("after my brother's wedding").
ORDINARY_EVENTS = Innocent(
    re.compile(
        r"\b(?:wedding|party|surgery|operation|appointment|move|moving|holiday|trip|flight|"
        r"interview|exam|test|launch|birthday|anniversary|baby|due|gig|concert|meeting|reunion|"
        r"dinner|bbq|barbecue|housewarming|christening|graduation|date night|vacation|procedure|"
        r"scan|induction|court|hearing|completion|viewing|hen do|stag do|leaving do|event|"
        r"celebration|match|race|marathon|festival|tattoo|haircut|we)\b"
    ),
    meant=re.compile(
        rf"{FOR_GOOD.pattern}|\bafter (?:my |the |our |his |her )?\w+(?:'s|s)? (?:wedding|birthday|"
        r"party|graduation|exams?)\b|\bso (?:i|it) (?:don't|doesn't|won't) ruin\b|\bnot telling "
        r"(?:you|anyone)\b"
    ),
)
# Means kept back on purpose, and the places they are kept: "in a sock", "in the jar with the
# others".
_HIDING_PLACE = r"(?:a|my|the) (?:sock|shoe|shoebox|tin|envelope|jar|car|glovebox|bag|box|drawer)"

CONVERSATION_RULES = RuleSet(
    (
        rule(
            # Pills taken, with the pills named anywhere near: "took them all 💊💊💊".
            "possible_overdose",
            HIGH,
            r"\b(?P<core>(?:took|taken|swallowed|downed|necked) (?:them|it|the lot) all)\b"
            r"(?! (?:this morning|in the morning|with (?:food|breakfast|dinner|water)|as (?:prescribed|"
            r"usual|normal)|on time|like (?:i'm|im) supposed to|over|across|back|home|to|in|out|off)\b)"
            r"(?=[^\n]{0,40}?\b(?:pills?|tablets?|meds|capsules|blister|every (?:single )?one|packet|"
            r"bottle|box)\b)"
            r"|\b(?:pills?|tablets?|meds|medication|capsules|painkillers)\b[^\n]{0,60}?\b(?:took|taken|"
            r"swallowed|downed) (?:them|it|the lot) all\b(?! (?:this morning|in the morning|with "
            r"(?:food|breakfast|dinner)|as (?:prescribed|usual)|on time|over|across|back|home|to)\b)"
            r"|\b(?:took|taken|swallowed|downed) the rest of (?:them|the (?:pills|tablets|meds|bottle|"
            r"pack|packet|box))\b(?! (?:home|back|to|with|out|for|in|off)\b)"
            rf"|\b(?:took|taken|swallowed|downed|necked) {_WHOLE_CONTAINER}"
            r"|\b(?:took|taken|swallowed)\b[^\n]{0,60}?(?:^|[.!,;]\s*)(?:the )?(?:whole|entire) (?:box|bottle|"
            r"pack|packet|strip)[.!\s]*$"
            r"|\bevery (?:single )?(?:one|pill|tablet) (?:in|from) the (?:blister|pack|packet|bottle|"
            r"box|strip)"
            r"|(?:^|(?<=[.!?\n])|(?<=[.!?\n] ))help\b[\s.!,]*(?:i )?(?:just )?(?:took|swallowed|taken|had) (?:pills|"
            r"tablets|too many|a lot|loads|everything)\b"
            r"|\b(?:took|swallowed|taken) (?:pills|tablets|too many|loads)\b[\s.!,]*help\b"
            r"|\bi(?:'m)? (?:take|taking|swallow|swallowing) (?:all|the rest) (?:of )?my (?:pills|meds|"
            r"tablets)(?: now| tonight| right now)(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=POSSIBLE_OVERDOSE_TIMING,
        ),
        rule(
            # A handful of pills and a goodnight, in emoji: "💊💊💊💊💊 🥱 night".
            "possible_overdose",
            MODERATE,
            r"^a handful of pills\b(?:[ .]*(?:good ?)?(?:night|nite|bye|sleep\w*|tired|done|gone))+"
            r"[ .!]*$",
            Check.NONE,
        ),
        rule(
            # Letting an overdose run its course: "torn between A&E and just letting the pills work".
            "overdose_in_progress",
            HIGH,
            r"\bjust (?:let(?:ting)?|wait(?:ing)? for) (?:the |my )?(?:pills|tablets|overdose|them|it) "
            r"(?:to )?(?:work|kick in|take effect|do (?:their|its) (?:job|thing))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Pills kept back instead of taken: "no. I'm saving them up", "saving my pills again".
            "preparation",
            HIGH,
            r"\b(?:started|starting|been|i'm|im|i am|i've been|keep|i) (?:saving|stockpiling|hoarding|"
            r"stashing|collecting) (?:up )?(?:my|the) (?:\w+ )?(?:meds|pills|tablets|medication|doses)\b"
            r"(?! for (?:my |the |a )?(?:holiday|trip|travels?|flight|emergenc\w+|pharmacy|disposal))"
            rf"|\bskipp?(?:ed|ing)? (?:them|it|my \w+)\b[^\n]{{0,40}}?\b(?:in|into) {_HIDING_PLACE}\b"
            rf"|\b(?:keeping|kept|hiding|hid|stashing|stashed|storing) my (?:[a-z]+ )?{ANY_MED} in "
            rf"{_HIDING_PLACE}\b(?![^.!?\n]{{0,30}}\bso i (?:remember|don't forget)\b)"
            rf"|\b(?:months?|weeks?)(?:'s|s)? (?:worth|supply)\b[^.!?\n]{{0,30}}\b(?:in|into) "
            rf"{_HIDING_PLACE}\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Pills not taken, then kept, told as two statements: "no. I'm saving them up" (the
            # denial is the answer to the question, so no denial check).
            "preparation",
            HIGH,
            r"\b(?:no|not|didn't|haven't|won't|skipp?\w*|nope|nah)\b[^\n]{0,60}?[.!,;]\s*(?:i'm |i am |im "
            r"|been |just )?(?:saving|stockpiling|hoarding|stashing|collecting|keeping) (?:them|it|my "
            r"(?:\w+ )?(?:meds|pills|tablets|doses))(?: up)?\b(?! for (?:christmas|the (?:holidays|"
            r"weekend|party|kids|trip)|a rainy|later in the|my (?:holiday|trip|travels?)|the flight|"
            r"emergencies))",
            Check.SUBJECT,
        ),
        rule(
            # Means kept after a search or a discharge: "still have the stash they didn't find".
            "means_at_hand",
            HIGH,
            r"\b(?P<core>stash|pills|meds|tablets|blades?|razors?|supply)\b[^.!?\n]{0,20}?\b(?:that |"
            r"which )?(?:they|the (?:nurses|staff|ward|doctors|police|crisis team)|nobody|no one|my "
            r"(?:\w+ )?(?:family|parents|mum|mom|dad|partner|wife|husband|flatmate|roommate)) (?:didn't|"
            r"did not|never|don't|doesn't|hasn't|haven't) (?:find|found|take|took|know about|"
            r"confiscate)"
            r"|\b(?:forgot|forgotten|missed|didn't (?:find|check)|never found) (?:about )?(?:the|my) "
            r"(?:stash|spare (?:pills|tablets|meds|blades|razors))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # A plan said in passing: "honestly? I'm planning how to do it", "I still have the plan".
            "plan",
            HIGH,
            r"\b(?P<core>(?:planning|planned|worked out|working out|figuring out|figured out) (?:out )?"
            r"(?:how|when|where) (?:to|i'll|i will|i'm going to|i'd)) (?:do it|end it|go through with "
            r"it|go)(?=\s*(?:$|[.!,;?\n]))"
            r"|\b(?:have|got|i've got|ive got) it all planned(?: out)?(?! for| with)\b"
            r"|\bi (?:still )?(?:have|'ve got|got) (?:a|the) plan\b(?=\s*(?:$|[.!;,\n])| and i'm "
            r"(?:scared|terrified|frightened|going to)| to (?:do it|end it|kill myself|die))",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # A date picked with no event named: "I've picked a date. The 14th."
            "plan",
            HIGH,
            r"(?:^|\b(?:i've|i have|ive|i) )(?:finally |already )?(?P<core>picked|chosen|chose|set|decided "
            r"on) (?:a |the |my )?(?:date|day)(?=\s*(?:$|[.!,;\n]| already| now))"
            r"|\b(?:picked|chose|chosen) the \d{1,2}(?:st|nd|rd|th)\b"
            # "ive got a date picked so dont tell me to call a hotline"
            r"|\b(?:i've|i have|ive|i) (?:got|have) (?:a|the|my) (?:date|day) (?:picked|chosen|set)"
            r"(?=\s*(?:$|[.!,;\n]| already| now| so\b| and\b))",
            Check.NEGATION | Check.SUBJECT,
            unless=ORDINARY_EVENTS,
        ),
        rule(
            # Means or a place chosen: "I haven't picked which bridge yet" (a denial keeps it).
            "plan",
            HIGH,
            r"\b(?:pick(?:ed|ing)?(?: out)?|cho(?:se|sen|osing)|decid(?:e|ed|ing) on|deciding|decided) "
            r"(?:which|what) (?:bridge|building|cliff|method|way to (?:go|do it|die)|pills|tree|"
            r"station)\b(?![^.!?\n]{0,15}\bto (?:get|cross|go|drive|take|walk|reach|visit)\b)"
            r"|\bi (?:already )?know (?:exactly )?which (?:tree|beam|bridge|building|cliff)\b"
            r"(?![^.!?\n]{0,15}\bto (?:get|cross|go|drive|take|walk|reach)\b)"
            r"|\bthe (?:exact )?spot\b[^.!?\n]{0,30}?\bwhere i(?:'d| would| will|'ll) (?:jump|do it|go "
            r"off|fall)\b",
            Check.SUBJECT | Check.TONE,
        ),
        rule(
            # Not alive past a near date: "I won't be alive by the weekend", "... to pay the rent".
            "suicidal_intent",
            HIGH,
            r"\b(?P<core>(?:won't|will not|wont) be alive)\b(?! (?:by|at|past|to see) (?:\d\d|forty|"
            r"fifty|sixty|seventy|the age|retirement|old age))(?![^.!?\n]{0,20}\bat this rate\b)"
            r"|\b(?:won't|will not|wont) be (?:around|here) to (?:pay|see|deal with|worry about|sort|"
            r"clean|face|read)\b"
            r"|\b(?:won't|will not|wont) be (?:anyone's|anybody's|everyone's) (?:problem|burden)"
            r"(?=[^.!?\n]{0,25}?(?:$|[.!,;\n]| (?:much longer|anymore|soon|by|after)\b))",
            USUAL,
        ),
        rule(
            # Not surviving the night: "im not gonna make it thru tonite".
            "suicidal_intent",
            HIGH,
            r"\b(?:not going to|won't|will not|don't think i'll|dont think ill|don't think i will|not "
            r"sure i'll|not gonna) (?P<core>make it) (?:through|past|to|till|until) (?:tonight|the night|"
            r"the weekend|tomorrow|morning|the morning)\b(?=\s*(?:$|[.!,;\n]| (?:i|im|i'm|sorry|honestly|"
            r"tbh|alive)\b))",
            Check.SUBJECT | Check.HISTORY,
            soon=IMMINENT,
        ),
        rule(
            "passive_wish",
            MODERATE,
            r"\b(?:don't think i'll|dont think ill|don't think ill|don't think i will|won't|not going to) (?P<core>be "
            r"(?:around|here)) (?:for )?much longer\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Another attempt announced: "didn't do it last night but I'm going to try again
            # tonight", "I'll do it properly next time".
            "suicidal_intent",
            HIGH,
            rf"\b{_AFTER_A_CRISIS}\b[^\n]{{0,150}}?\b(?:going to|gonna|will|i'll|'ll|i'm) (?:just )?(?P<core>try "
            r"(?:it )?again|do it (?:properly|right)|get it right)\b(?! (?:at|with|later with|on) (?:the|"
            r"my|a) (?:exam|test|interview|recipe|cake|gym))"
            rf"|\b{_AFTER_A_CRISIS}\b[^\n]{{0,100}}?\b(?:do|doing) it (?:properly|right) (?:next time|this "
            r"time)\b"
            r"|\b(?:i'll|i will|i'm going to|gonna) (?:just )?(?:do it|get it) (?:properly|right) (?:next time|this "
            rf"time)\b(?=[^\n]{{0,100}}?\b{_AFTER_A_CRISIS}\b)",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Survival regretted: "I wish it had worked", "annoyed it didn't work", "I woke up. I
            # wasn't supposed to".
            "attempt_regret",
            HIGH,
            r"\b(?:wish|wished|wishing) (?:it|that|the (?:pills|overdose|attempt|rope)) (?:had|would "
            r"have|'d|would've) worked\b"
            r"|\b(?:wish|wished) (?:i'd|id|i had) (?:finished it|finished the job|gone through with it|done "
            r"it properly|succeeded)\b"
            r"|\b(?:annoyed|angry|mad|pissed(?: off)?|furious|disappointed|gutted|upset|frustrated) "
            r"(?:that )?(?:it|the (?:pills|overdose|attempt)) (?:didn't|did not|didnt) work\b"
            r"|\b(?:annoyed|angry|mad|pissed(?: off)?|furious|disappointed|gutted|frustrated) (?:that )?"
            r"(?:i'm|i am|im|i was) still (?:alive|here|breathing)\b"
            r"|\bi (?:wasn't|was not|weren't) (?:supposed|meant) to (?:wake up|survive|make it|still be "
            r"(?:here|alive))\b"
            r"|\bwoke up\b[^\n]{0,25}?\bi (?:wasn't|was not|shouldn't have|weren't) (?:supposed|meant) "
            r"to(?=\s*(?:$|[.!,;\n]))",
            WITHOUT_TONE,
        ),
        rule(
            # Found in time by someone else, who is the subject: "my sister found me in time".
            "recent_attempt",
            MODERATE,
            r"\b(?:found|got to|reached) me in time\b(?! for)",
            Check.NEGATION | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            # An overdose treated: "they pumped my stomach".
            "recent_attempt",
            HIGH,
            r"\b(?:pumped my stomach|had my stomach pumped|stomach (?:was |got )?pumped)\b",
            Check.NEGATION | Check.SUBJECT,
            timing=ATTEMPT_TIMING,
        ),
        rule(
            # Still here, barely: "I'm still here. didn't do it.", "still here. still don't want to be".
            "passive_wish",
            MODERATE,
            r"\bstill (?:here|alive)\b[.,!]*\s*(?:i )?(?:didn't|did not|didnt|haven't) (?:do|done) it\b"
            r"|\bstill (?:here|alive)\b[^\n]{0,20}?\b(?:still )?(?:don't|do not|dont) want to be"
            r"(?=\s*(?:$|[.!,;\n]))"
            r"|\bi want to want to (?:live|be alive|be here|stay)\b",
            Check.SUBJECT,
        ),
        rule(
            # Not safe, said as an answer: "not safe rn", "I'm still not safe".
            "unsafe",
            HIGH,
            r"(?:^(?:[^\n.!?]{0,12}[.!?,]\s*)?|\b(?:i'm|i am|im|i feel|feeling|i'm feeling) (?:still |"
            r"really |just |so |very |honestly |definitely )?)(?:still )?(?P<core>not safe|unsafe)(?: "
            r"(?:right now|tonight|rn|at the moment|with myself|around myself|to be (?:alone|left alone|"
            r"on my own)|anymore|today|being alone|here))?(?=\s*(?:$|[.!,;\n]))"
            r"|\bsafe\W{0,3}(?:no|n)\b(?=\s*(?:$|[.!,;\n]))",
            Check.SUBJECT,
        ),
        rule(
            "unsafe",
            MODERATE,
            r"\b(?:i )?(?:don't|do not|dont) feel safe(?: (?:with myself|around myself|being alone|"
            r"alone|tonight|right now|rn|at the moment|anymore))?(?=\s*(?:$|[.!,;\n]))",
            Check.SUBJECT,
        ),
        rule(
            # Urges named without their object, as people do with the bot: "the urges are bad".
            "self_harm_urge",
            MODERATE,
            r"\b(?:the |my )?urges? (?:is|are|r|have been|has been) (?:really |so |very |pretty |getting )?"
            r"(?:bad|strong|stronger|worse|winning|unbearable|loud|overwhelming|intense|awful)\b",
            USUAL,
        ),
        rule(
            # Help refused or given up on: "between calling the crisis line and just doing it",
            # "not in the mood to be saved", "threw my safety plan in the bin".
            "suicidal_intent",
            HIGH,
            r"\b(?:crisis (?:line|team)|helpline|hotline|samaritans|999|911|988|a&e|hospital|ambulance|"
            r"the er|shout)\b[^\n]{0,50}?\b(?:and|or) (?:just )?(?P<core>doing it|do it|ending it|end "
            r"it|going through with it|letting (?:the pills|them|it) work)\b"
            r"|\b(?:don't|do not|dont) want to be (?:saved|rescued|talked out of it|talked down|stopped)\b"
            r"|\bnot in the mood to be (?:saved|rescued|talked (?:down|out of it))\b"
            r"|\b(?:on hold|no answer|nobody (?:answered|picked up)|didn't (?:answer|pick up)|couldn't "
            r"get through)\b[^\n]{0,60}?\b(?:can't|cannot|don't think i can) (?:wait|hold on|hang on|"
            r"last|keep going) (?:much )?(?:longer|anymore)",
            Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "safety_plan_dropped",
            MODERATE,
            r"\b(?:threw|thrown|binned|ripped up|tore up|torn up|deleted|ignoring|ignored|ditched|"
            r"chucked|burned|burnt) (?:away |out |up )?(?:my|the) safety plan\b"
            r"|\bsafety plan (?:is|'s) (?:in the (?:bin|drawer|trash)|staying|useless|pointless|a joke|"
            r"rubbish|a waste)"
            r"|\bsafety plan\b[^\n]{0,30}?\b(?:ripped|tore|binned|threw|deleted|burned|burnt|chucked) "
            r"(?:it|that)\b"
            r"|\bdeleted (?:the|my) (?:crisis|samaritans|helpline|hotline|crisis team's|therapist's) "
            r"(?:number|contact)\b"
            r"|\b(?:call|ring|phone|text) (?:the )?(?:crisis (?:line|team)|samaritans|helpline|hotline)\b"
            r"[^\n]{0,20}?\b(?:i )?(?:can't|cant|cannot) make myself\b"
            r"|\b(?:supposed to|meant to|should|plan says (?:to )?)(?: \w+)? (?:ring|call|phone|text|"
            r"contact) (?:the )?(?:crisis (?:line|team)|samaritans|helpline|hotline|999|911|988)\b"
            r"[^\n]{0,30}?\b(?:don't want to|won't|not going to|can't be bothered|refuse)"
            r"|\b(?:safety plan|plan says|remove the means|get rid of the means)\b[^\n]{0,60}?\b(?:can't|"
            r"cannot|couldn't|won't|didn't|not ready to) (?:make myself |bring myself to |bear to )?"
            r"(?:give|hand|throw|get rid of|lock|flush)\b[^.!?\n]{0,12}?\b(?:the|my|them|it)\b"
            r"|\bif it (?:got|gets|getting|ever got) (?:bad|worse|too much)\b[^\n]{0,30}?(?:^|[.!,;\n]\s*)"
            r"(?:it's|its|it is) (?:bad|worse|that bad|getting bad|too much)(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:half|part) of me\b[^\n]{0,80}?\b(?:googl\w+|search\w*|looking up) (?:lethal |fatal |"
            r"overdose |max(?:imum)? )?doses\b"
            r"|\breasons (?:to live|for living|to stay)\b[^.!?\n]{0,40}?\b(?:none|nothing|don't|do not|"
            r"doesn't|can't think of|couldn't think of|ran out|empty|isn't enough|aren't enough|not "
            r"enough)\b",
            Check.SUBJECT,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:list of |my |the )?reasons to (?:die|not be here|end it)\b"
            r"|\b(?:whether|if) (?:to|i should|i'll|i will|i can) (?:actually |really )?go through "
            r"with it\b"
            r"|\bpromised (?:my \w+|them|her|him|you) i(?:'d| would) (?:stay|stay safe|keep myself "
            r"safe|not do anything)\b[^\n]{0,50}?\b(?:but|don't know|not sure|can't)\b"
            r"|\b(?:don't|do not|dont|can't|cannot) see (?:any )?(?:other )?way out\b(?! of (?:the|this|"
            r"my) (?:contract|lease|deal|job|meeting|maze|car park|building|room|debt))"
            r"|\bwant out (?:for real|for good|of (?:life|everything|existence|this world|this life))\b"
            r"|\bwant (?:the \w+|it|this|something|cancer|the illness) to (?:take me out|kill me|finish "
            r"me off|take me away)\b",
            USUAL,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # A way to die imagined, which a condition does not make hyperbole: "if I just stopped
            # eating and drinking nobody could stop me".
            "active_ideation",
            MODERATE,
            r"\b(?:if i (?:just )?|i could just |i'll just |i want to |i might )stop(?:ped)? eating "
            r"and drinking\b"
            r"|\b(?:drive|drove|driving) off (?:the top of )?(?:a|the) (?:multi-storey|multi storey|car "
            r"park|cliff|bridge|pier)\b",
            WITHOUT_TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:too )?(?:tired|exhausted) (?:to keep|of) (?:living|going on|being alive)\b"
            r"|\b(?:more )?(?:scared|afraid) of (?:living|being alive)(?: like this)?\b"
            r"|\btoo (?:scared|afraid|much of a coward|cowardly|chicken) to (?:die|kill myself|end it|end "
            r"my life)\b"
            r"|\b(?:stay|be) asleep forever\b|\bsleep forever\b"
            r"|\bhope (?:the|my|this) (?:plane|car|bus|train|flight) (?:just )?(?:goes down|crashes)\b"
            r"|\b(?:i'm|im|i am) (?:so )?done\b[. ,]*(?:with everything[. ,]*)?with (?:life|living|"
            r"existing|this life)\b"
            r"|\b(?:i'd|i would|id) welcome (?:a bus|a car|death|the end|a heart attack|an accident)\b"
            r"|\b(?:imagine if|what if) i (?:just )?(?:didn't|never|don't) wake up\b"
            r"|\babout not (?:being (?:here|alive|around)|existing|waking up)\b"
            r"|\bif i (?:died|didn't wake up|never woke up|just died)\b[^.!?\n]{0,30}?\b(?:wouldn't|would "
            r"not|wouldnt) be (?:the worst thing|so bad|a bad thing|that bad)\b"
            r"|\b(?:what's|whats|what is) the point (?:of|in) (?:staying|living|being here|going on|"
            r"carrying on|existing)\b(?! (?:at|in|with|on|for|up|late|home|over|there|here)\b)"
            r"|\b(?:notice|care|miss me) if i (?:vanished|disappeared)\b"
            r"|\blet (?:it|them|death|god|the \w+) take me\b(?! (?:to|home|out|for|with|back|there)\b)"
            r"|\b(?:it's|as|is) my punishment\b|\bpunish(?:ing)? myself\b|\bi deserve to (?:hurt|suffer|"
            r"bleed|be punished|feel pain)\b",
            USUAL,
        ),
        rule(
            # The death of another told as appealing: "he did it with his meds ... sounded peaceful".
            "passive_wish",
            MODERATE,
            r"\b(?:did it|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|"
            r"overdosed|with (?:his|her|their) (?:meds|pills))\b[^\n]{0,80}?\b(?:it|that|going|dying) "
            r"(?:sounded|sounds|seemed|seems|looked|looks|must (?:have been|be)) (?:so |really |quite |"
            r"kind of |kinda )?(?:peaceful|appealing|tempting|nice|easy|like (?:a )?relief|like "
            r"freedom)\b"
            r"|\b(?:jumped|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|died "
            r"by suicide|overdosed|hanged (?:himself|herself))\b[^\n]{0,60}?\b(?:i )?(?:felt |feel |was |"
            r"am |i'm )?(?:jealous|envious)\b",
            Check.NONE,
        ),
        rule(
            # After an act: "I'd do it again", "they stitched me up and I lied to get out".
            "recent_attempt",
            MODERATE,
            rf"\b{_AFTER_A_CRISIS}\b[^\n]{{0,80}}?\bi(?:'d| would) (?P<core>do it again)\b"
            r"|\b(?:lied|lying) to (?:get out|get discharged|be discharged|the (?:ward|doctors?|"
            r"psychiatrist|team|crisis team|nurses?))\b"
            r"|\btold (?:them|the \w+) i was (?:fine|ok|okay|safe)\b[^\n]{0,20}?\b(?:so|to get|and) "
            r"(?:they'd |they would )?(?:discharge|let me (?:go|out))",
            WITHOUT_TONE,
        ),
        rule(
            # Letters to be found: "on the table for when they find me", "where they'll find them".
            "suicide_note",
            HIGH,
            r"\bfor when (?:they|someone|she|he|my \w+|you) (?:find|finds) me\b"
            r"|\b(?:notes?|letters?)\b[^\n]{0,80}?\b(?:where|so|for when|when) (?:they|she|he|my \w+|"
            r"someone|you)(?:'ll| will)? (?:find|finds) (?:them|it)\b(?=\s*(?:$|[.!,;\n]|after|when))"
            r"|\b(?:written|wrote|finished|typed|done|deleting|rewriting|rewrote|redrafting|editing|"
            r"re-?reading) my (?P<core>note)\b(?! (?:for|to|about|on|from)\b)(?!s)",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # A last message, said as such: "this is the last message".
            "goodbye_message",
            HIGH,
            r"\b(?:this is|that's|that was) (?:the|my) last (?:message|post|text)(?: (?:from me|you'll "
            r"get|i'll send))?(?=\s*(?:$|[.!\n]))"
            r"|\b(?:thank you|thanks)\b[^\n]{0,100}?(?:^|[.!\n]\s*)(?:goodbye|bye)[.!\s]*$"
            r"|(?:^|(?<=[.!\n])|(?<=[.!\n] ))(?:bye|goodbye)\b[^\n]{0,20}?\b(?:thanks|thank you) for (?:trying|everything|"
            r"all you've done|being (?:there|kind))\b"
            r"|\btold (?:\w+ ){1,3}(?:i love (?:her|him|them|you)|i'm sorry)\b[^\n]{0,30}?\bto (?:look "
            r"after|take care of)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=CASUAL_PARTING,
        ),
        rule(
            # Affairs put in order for afterwards; belongings handed out.
            "preparation",
            MODERATE,
            r"\bso (?:nobody|no one|they|my \w+) (?:has|have|won't have|doesn't have|don't have) to "
            r"(?:sort|deal with|clear|pay|handle) (?:out )?(?:my|any of my) (?:stuff|things|affairs|flat|"
            r"room|bills|debts)(?: out)? (?:after(?:wards)?|when i'm gone|once i'm gone)\b"
            r"|\b(?:my )?funeral (?:playlist|songs|music|outfit|plans?)\b(?: (?:is|are))? (?:sorted|done|"
            r"ready|planned|picked|chosen|finished)\b"
            r"|\b(?:sorted|planned|picked|chose|made|finished|done) my funeral (?:playlist|songs|music)\b"
            r"|\b(?:i )?(?:won't|will not|wont) (?:need|be needing) (?:any of )?(?:it|them|either|this|that|my "
            r"\w+|anything)(?: any ?more)?\b[^\n]{0,20}?(?:after (?:this|tonight|tomorrow|friday|the "
            r"weekend)|where i'm going)"
            r"|\bgave (?:away )?my \w+ to \w+(?: \w+){0,2} and my \w+ to\b",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
            unless=Innocent(
                re.compile(
                    r"\b(?:old|spare|upgrade\w*|new one|christmas|birthday|borrow|lend|lent|clear ?out|"
                    r"declutter\w*|moving|move|sold|selling|abroad|warm|summer|winter)\b"
                ),
                meant=FOR_GOOD,
            ),
        ),
        rule(
            # Means bought with the innocent use denied: "bought the helium. no its not for
            # balloons"; bought out of weariness: "got the rope today cus im tired of waitin".
            "plan",
            HIGH,
            r"\b(?P<core>bought|got|ordered|have|picked up)\b[^.!?\n]{0,20}?\b(?:rope|helium|charcoal|"
            r"gun|blades?|razors?|hose|pills)\b[^\n]{0,30}?\b(?:(?:it's|its|it is|it|they're|theyre|they) )?(?:not|"
            r"isn't|aren't|wasn't|weren't) for (?:a |the |my )?(?:balloons?|party|parties|hammock|swing|camping|climbing|"
            r"garden\w*|bbq|barbecue|tent|boat|shaving|crafts?|diy|the kids|work|a project)\b"
            r"[^.!?\n]{0,10}(?=\s*(?:$|[.!\n]))"
            r"|\b(?:bought|got|ordered)\b[^.!?\n]{0,20}?\b(?:rope|helium|charcoal|gun|blades?|razors?|hose)"
            r"\b[^\n]{0,20}?\b(?:not saying|won't say|not telling(?: you)?|don't ask) what (?:it's |its )?for\b"
            r"|\b(?:got|bought|ordered) (?:the|a|some) (?:rope|helium|noose)\b[^.!?\n]{0,20}?\b(?:because|"
            r"cus|cause|cos|as|since) (?:i'm|im|i am|i've been) (?:tired|done|sick|exhausted|ready)",
            Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Means laid out or held: "I have the razor blades out", "been holding it every night".
            "means_at_hand",
            HIGH,
            r"\b(?:have|got|i've got|laid|put) (?:the |my |a )?(?:razor blades?|blades?|razors?|"
            r"rope|noose|belt)\b (?:out|ready|laid out)\b"
            r"|\b(?:gun|pistol|knife|blade|razor|rope|pills|bottle)\b[^\n]{0,60}?\b(?:i've been|i have "
            r"been|i keep|i'm|im|i am|just) (?:sitting here )?(?P<core>holding|touching|handling|loading|"
            r"looking at) (?:it|them|the (?:bottle|gun|knife|blade|rope))\b"
            r"|\bi(?:'m| am) just (?:sitting|lying) (?:here )?(?:holding|with) (?:the|a) (?:bottle|pills|"
            r"knife|blade|rope|gun)\b"
            r"|\bi (?:keep|kept) (?:staring|looking) at the (?:cord|rope|belt|pills|tablets|knife|blades?|"
            r"razor|gun|bridge|tracks)\b"
            r"|\b(?:standing|stand|stood|walking|leaning|lean) too close to the (?:platform )?(?:edge|"
            r"tracks)\b"
            r"|\b(?:hose|pipe|tube)\b[^.!?\n]{0,20}?\b(?:in|through|into) the (?:car )?(?:window|exhaust)"
            r"|\b(?:car )?exhaust (?:thing|pipe|hose|idea)\b[^.!?\n]{0,20}?\b(?:sorted|ready|set up|done|"
            r"bought)\b"
            r"|\bengine running\b[^.!?\n]{0,40}?\b(?:hose|pipe|garage door (?:shut|closed))"
            r"|\bin the (?:car|van) in the garage with the engine (?:running|on)\b"
            r"|\bgarage\b[^.!?\n]{0,25}?\bwith the engine (?:running|on)\b"
            r"|\bgarage\b[^.!?\n]{0,30}?\b(?:door|doors) (?:shut|closed|locked)\b[^.!?\n]{0,30}?\bengine "
            r"(?:running|on)\b"
            r"|\b(?:stood|standing|sat|sitting|climbed) on the (?:balcony )?rail(?:ing)?\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=HOBBY_OR_KITCHEN,
        ),
        rule(
            # Everything ready "if tonight gets worse".
            "preparation",
            HIGH,
            r"\b(?:i've got|i have|ive got|got|i've) (?:got )?everything (?:ready|sorted|in place)\b"
            r"[^\n]{0,30}?\bif (?:tonight|it|things|this) (?:gets?|goes) (?:worse|bad|too much)",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Injuries told plainly or played down: "new cuts on my thighs", "a tiny burn with a
            # lighter", "wrists r a mess again".
            "self_harm_act",
            MODERATE,
            r"\b(?:new |fresh |a few |few |some |more |deep )?(?<!stretch )(?P<core>lines|cuts|slashes|"
            r"scratches|burns|marks)\b (?:on|across|up) my (?:thighs?|arms?|wrists?|legs?|stomach|hips?|"
            r"forearms?|skin)\b(?![^.!?\n]{0,20}\bfrom (?:the |my |a |our )?(?:\w+'s )?(?:cat|dog|kitten|puppy|"
            r"brambles?|thorns?|roses?|garden\w*|gym|climbing|work|bag|strap|belt|watch|sleeve))"
            r"|(?:\bmy |^)(?:wrists?|arms?|thighs?) (?:are|is|r) (?:a mess|cut up|shredded|torn up|covered)\b"
            r"|\b(?:burn|burned|burnt|burning) (?:myself |my \w+ )?with (?:a|the|my) (?:lighter|cigarette|"
            r"match|matches|hot knife)\b"
            r"|\b(?:knife|blade|razor) blood\b"
            r"|\b(?:clean|free) (?:from|of) (?:sh|self[- ]harm|cutting)\b[^\n]{0,40}?\bbut\b[^\n]{0,30}?"
            r"\b(?:pulling me back|urges?|tempted|want to|craving|slipping)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
        ),
        rule(
            # Questions about an overdose's course: "does a paracetamol overdose hurt".
            "method_question",
            MODERATE,
            r"\b(?:does|do|would|will|is) (?:a |an )?(?:\w+ )?(?:overdose|overdosing|od) (?:hurt|"
            r"painful|work|take long|kill you)\b"
            rf"|\bwhat (?:happens|would happen) if (?:you|i|someone) (?:take|takes|took) (?:a|my|the) "
            rf"(?:whole|entire|full) (?:month|week|fortnight)(?:'s)? (?:of |worth of |supply of )?"
            rf"(?:[a-z]+ )?(?:{ANY_MED})?"
            r"|\b(?:asking|ask) (?:because|cos|cause|since) i (?:have|'ve got|got) \d+\b"
            r"|\b(?:which|what) (?:bridges?|buildings?|cliffs?|car parks?|multi-storeys?) (?:around here |"
            r"nearby |near me |round here )?(?:are|is) (?:high|tall) enough\b"
            + NOT_FOR_A_VEHICLE
            + r"|\b(?:look(?:ed|ing)? up|googl\w+|search\w*|check\w*) (?:up )?(?:which|what) (?:station|"
            r"bridge|building|car park|multi-storey)\b(?![^.!?\n]{0,30}\b(?:step[- ]free|parking|lift|"
            r"accessible|toilets|timetable|ticket|wifi|closest to|in the world|project|homework|essay|assignment|"
            r"quiz|trivia))",
            Check.NEGATION,
            soon=HIGH,
        ),
        rule(
            # Means kept close and secret: "a bottle of paracetamol nobody knows about", "keep a
            # blade in my phone case", "I want them close".
            "means_at_hand",
            MODERATE,
            r"\b(?P<core>blades?|razors?|pills|tablets|paracetamol|painkillers|meds|rope|gun|knife)\b"
            r"[^.!?\n]{0,50}?\b(?:nobody|no one|noone) (?:knows|know) (?:about )?(?:it|them)?\b"
            r"|\b(?:keep|kept|keeping|carry|carrying) (?:a|the|my) (?:blade|razor|razor blade)\b (?:in|on|"
            r"with) (?:me|my)\b"
            r"|\bwant (?:them|it|the (?:pills|meds|tablets|blades?|rope)|my (?:meds|pills|tablets|blades?)) "
            r"(?:close|near(?: me)?|nearby|with me|where i can (?:get|reach) (?:them|it))\b(?![^.!?\n]{0,20}"
            r"\bso i (?:don't|dont|remember|can take))"
            r"|\b(?:lost|lose) my (?:prescription|pills|meds)\b[^.!?\n]{0,40}?\bso i (?:could|can) get "
            r"(?:another|more|extra)\b"
            r"|\b(?:not sure|don't think|dont think) (?:that's|thats|it's|its) (?:smart|safe|a good idea|"
            r"wise) (?:with|for|around) me\b",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
            unless=HOBBY_OR_KITCHEN,
        ),
        rule(
            # Going back to the place: "drove to the bridge again on purpose", "I go up there on my
            # lunch and just look down", watching the train that does not stop.
            "means_fixation",
            MODERATE,
            r"\b(?:drove|drive|went|walked|go|going|been going) (?:up )?(?:back )?to (?:the )?(?:top of "
            r"the )?(?:bridge|cliffs?|tracks|train tracks|railway|roof|car park|multi-?storey|"
            r"multistorey|overpass)\b[^.!?\n]{0,30}?\b(?:again|on purpose|every (?:day|night|lunch)|and "
            r"(?:just )?(?:look|looked|stare|stared|sat))\b"
            r"|\b(?:go|went|going) up there\b[^.!?\n]{0,30}?\b(?:just )?(?:look|looked|stare|stared) down\b"
            r"|\b(?:watched|watching|watch) (?:it|the (?:train|express|trains)) (?:go|come|fly|speed) "
            r"(?:through|past|by)\b[^.!?\n]{0,25}?\b(?:nights?|times|again|running)\b"
            r"|\b(?:look(?:ed|ing)? up|googl\w+|search\w*|check\w*) how (?:high|tall|far down|deep|many "
            r"(?:floors|stor(?:e)?ys)) (?:the |that |this )?(?:car park|multi-?storey|bridge|building|"
            r"cliff|drop|fall|roof|tower|balcony)\b"
            r"|\b(?:knife|blade|razor|rope|gun|pills)(?:'s| has| have)? been in my\b[^.!?\n]{0,40}?\b(?:look|"
            r"stare|looked|stared) at (?:it|them) every (?:night|day|morning)\b"
            r"|\b(?:thinking|think|thought) about (?:the|my) (?:pills|tablets|rope|blades?|gun)\b(?: a lot|"
            r" all the time| constantly| nonstop)",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
            unless=SIGHTSEEING,
        ),
        rule(
            # Minimised injuries: "just a few scratches, nothing deep", "cut but like, shallow",
            # "switched to burning".
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>scratches|cuts|cut|scratched|cut myself)\b[^.!?\n]{0,20}?\b(?:nothing deep|not "
            r"deep|shallow|didn't need stitches|didnt need stitches|no stitches|not that deep)\b"
            r"|\bcut (?:myself )?(?:twice|three times|\d+ times) (?:before|already|today|tonight|this)\b"
            r"|\b(?:switched|moved|gone|went|changed) (?:over )?to (?:burning|cutting|scratching|hitting "
            r"myself|punching walls)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
        ),
        rule(
            # Hurt by degrees: "picking till it bleeds", "didn't eat for 3 days as punishment".
            "self_harm_act",
            LOW,
            r"\b(?:picking|picked|pick|scratching|scratched|snapp(?:ed|ing)|pinch(?:ed|ing)|hit(?:ting)?|"
            r"punch(?:ed|ing))\b[^.!?\n]{0,40}?\b(?:till|until|til) (?:it|they|i|my "
            r"\w+)(?:'s|s| is| was| are| were)? ?(?:bleeds?|bled|bruised?|bleeding|raw)\b"
            r"(?![^.!?\n]{0,30}\b(?:eczema|mosquito|bites?|itch\w*|rash|scab))"
            r"|\b(?:didn't eat|didnt eat|not eating|haven't eaten|starv\w+|hurt\w*|burn\w*)\b[^.!?\n]{0,30}?"
            r"\bas (?:a |my )?punishment\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # After a rescue or a discharge: "wish they'd not bothered", "still want out".
            "attempt_regret",
            MODERATE,
            r"\bwish (?:they|she|he|you|the \w+)(?:'d| had|d)? (?:not|never|n't|hadn't) (?:bothered|found "
            r"me|saved me|stopped me|called|woken me)\b"
            r"|\bwish (?:they|she|he)(?:'d|d| had) (?:just )?(?:left me|let me go|let me die)\b"
            r"|\b(?:still|i still) want out\b(?! of (?:the|this|my) (?:job|relationship|marriage|contract|"
            r"house|city|group))"
            r"|\bback and forth (?:about|on|over) (?:ending it|ending my life|killing myself|whether to (?:do "
            r"it|end it|go through with it))",
            Check.NEGATION | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            # Intent told by its purpose: "so I could finish it", "so I can't chicken out", "a last
            # decent meal", noting down what someone else took.
            "suicidal_intent",
            HIGH,
            r"\bso (?:that )?i (?:could|can|would be able to) (?P<core>finish it|finish the job|go through "
            r"with it|end it)(?=\s*(?:$|[.!,;\n]))"
            r"|\bso i (?:can't|cant|cannot|won't|wont|don't|dont) (?:chicken out|back out|bottle it|change "
            r"my mind)\b"
            r"|\b(?:a|my) last (?:decent |proper |good |nice )?meal\b(?! (?:before|of the|out|at|for|was "
            r"(?:at|in)|in a while)\b)"
            r"|\b(?:write|wrote|writing|noted|note|screenshot\w*) down (?:what|how much|how many|which "
            r"\w+) (?:she|he|they|the \w+) (?:took|used|swallowed)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # Farewells said in passing: "this is the last time I'll message", "don't worry about me
            # after tonight", "been nice knowing u".
            "goodbye_message",
            HIGH,
            r"\bthis is the last time (?:i'll|ill|i will|i'm going to) (?:message|text|write|talk|post)\b"
            r"(?! (?:before|until|till|for|today|tonight|this|in)\b)"
            r"|\b(?:don't|dont|do not) worry about me after (?:tonight|today|this|tomorrow)\b"
            r"|\b(?:been|it's been|its been) (?:nice|good|lovely) knowing (?:you|u|y'all|everyone|all of "
            r"you)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=CASUAL_PARTING,
        ),
        rule(
            # Affairs left in order for someone: passwords in an envelope, the rent covered first, a
            # deadline for things to improve.
            "preparation",
            MODERATE,
            r"\b(?:passwords?|pin numbers?|bank details|log-?ins)\b[^.!?\n]{0,50}?\b(?:in an envelope|"
            r"written down for|for my \w+ to find)\b"
            r"|\bso (?:my \w+|they|nobody|no one) (?:isn't|is not|aren't|won't be|isnt) left (?:short|"
            r"with (?:the|my) (?:rent|bills|debts?))\b"
            r"|\b(?:if|unless) (?:nothing(?:'s| is|s)?|things|it|life)\b[^.!?\n]{0,20}?\b(?:better|"
            r"changes?|improves?)\b[^.!?\n]{0,15}?\bby (?:the \d+\w*|next \w+|\w+day|the end of \w+|"
            r"christmas|then)\b[^.!?\n]{0,10}?\b(?:i'm|im|i am) (?:done|out|gone|ending it|checking "
            r"out)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            # Life endured rather than wanted: "still here. unfortunately", "want to live, just not
            # like this", "nice if a truck took me out".
            "passive_wish",
            LOW,
            r"\bstill (?:here|alive|breathing)\b[.,!]*\s*(?:unfortunately|sadly|worse luck|damn it|"
            r"somehow)\b"
            r"|\bwant to live\b[,. ]*(?:just |but )?not like this\b"
            r"|\bwant to (?:not (?:be a person|exist)|stop existing)\b"
            r"|\b(?:don't|dont|do not) (?:really )?see (?:why|the point) (?:i'd|id|i should|to) bother "
            r"(?:with (?:it|anything|either|living|eating|any of it) )?any ?more\b"
            r"|\beverything (?:feels|is|seems) (?:so )?pointless\b(?! (?:at|in) (?:work|school|this))"
            r"|\bif i (?:die|died|was dead|wasn't here)\b[^\n]{0,60}?\b(?:tempting|appealing|sounds nice|"
            r"sounds good|not the worst)\b"
            r"|\b(?:if|hope|hoping|wish|manifesting|pray(?:ing)?|nice if)\b[^.!?\n]{0,20}?\b(?:a|the) "
            r"(?:truck|bus|car|lorry|train) (?:took me out|hit me|hits me|hitting me|would hit me|ran me "
            r"over|runs me over)\b"
            r"|\bstopped (?:taking )?my (?:meds|medication|pills|\w+) on purpose\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # The death of someone close as a way to follow: "my friend killed herself ... I should
            # go be with her"; a wish to do others "the favour".
            "active_ideation",
            MODERATE,
            r"\b(?:died|killed (?:himself|herself|themselves)|passed|lost (?:him|her)|suicide|funeral)\b"
            r"[^\n]{0,80}?\b(?:i )?(?:should|want to|wanna|need to|could) (?:go )?(?P<core>be with|join) "
            r"(?:her|him|them)\b(?! (?:for|at|on|this|tonight|in the|at the|tomorrow)\b)"
            r"|\bif i (?:disappeared|vanished|was gone|were gone|died|wasn't here|weren't here)\b[^\n]{0,60}?"
            r"\b(?:do|doing) (?:them|everyone|everybody|you all|the world|my family) (?:a|the|that) "
            r"favou?r\b(?! of\b)",
            Check.NEGATION | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            # A song or a post about dying taken as one's own: "that song about not waking up ...
            # I relate to every line". The song is not the subject here, so no subject check.
            "passive_wish",
            LOW,
            r"\babout (?:not waking up|dying|wanting to die|killing (?:yourself|myself)|not being here)\b"
            r"[^\n]{0,60}?\b(?:i relate|relate to|that's me|is me|so me|my wish)\b",
            Check.NEGATION,
        ),
        rule(
            # Help refused so that it can go on: "stop asking so I can get on with it" ("you" is
            # asked, the writer acts).
            "suicidal_intent",
            HIGH,
            r"\b(?:stop (?:asking|checking|messaging)|leave me alone)\b[^\n]{0,20}?\bso i can (?:get on "
            r"with it|do it|go through with it)\b",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        rule(
            # A container named by its medicine: "took my whole quetiapine bottle", "the whole
            # lithium blister pack"; "already took them" with the pills named.
            "possible_overdose",
            HIGH,
            r"\b(?P<core>(?:took|taken|swallowed|downed|necked|had) (?:my |the |a |an )?(?:whole|entire|"
            r"full) (?:[a-z]+ )?(?:bottle|box|pack|packet|strip|blister pack|tub|jar|supply|"
            r"prescription))\b(?! of (?!pills|tablets|meds|capsules))(?! (?:to|home|with|for|back|along|"
            r"out|round|over|into|in|on|off|from)\b)"
            r"|\b(?:already|just) (?:took|taken|swallowed|downed) (?:them|it|the lot)\b(?=[^\n]{0,60}?\b"
            r"(?:pills?|tablets?|meds|blister|bottle|box|packet|pack|lithium|quetiapine|sertraline|"
            r"paracetamol)\b)",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=POSSIBLE_OVERDOSE_TIMING,
        ),
        rule(
            # Gone before help comes; letters timed to arrive after.
            "plan",
            IMMINENT,
            r"\b(?:i'll|ill|i will) (?P<core>be gone|be dead) before (?:they|anyone|the ambulance|the "
            r"police|help|you|someone) (?:get|gets|arrive|arrives|come|comes|find|finds)\b(?![^.!?\n]{0,40}"
            r"\b(?:train|flight|bus|plane|leave|leaves|leaving|work|shift|school|holiday|trip)\b)"
            r"|\bso (?:they'd|theyd|they would|it'd|it would|they'll|they will) (?:arrive|get there|be read|"
            r"come) after\b(?=\s*(?:$|[.!,;\n]))"
            r"|\bso (?:she|he|they|my \w+|everyone) (?:finds|find|hears|hear|knows|know) (?:out )?after\b"
            r"(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:i'll|ill|i will) be gone before (?:my alarm|morning|sunrise|dawn|the sun comes up|(?:they|"
            r"anyone|everyone) (?:wakes?|wake) up)\b(?![^.!?\n]{0,30}\b(?:flight|train|bus|plane|work|"
            r"shift|trip|holiday|early start|drive)\b)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # How it would be done, thought through: "plan how I'd do it", "I've thought about how.
            # the garage", "thinking how easy it would be".
            "active_ideation",
            MODERATE,
            r"\bplan(?:ning)? how (?:i'd|id|i would|i'll|to) do it\b"
            r"|\b(?:i've|ive|i have) (?:thought|been thinking) about how(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:thinking|think|thought) (?:about )?how easy (?:it'd|itd|it would|it'll) be\b"
            r"|\bthoughts? (?:of|about) (?:trying again|doing it again)\b"
            r"|\b(?:think|thinking|thought) (?:about|of) (?:steering|driving|swerving|veering) (?:off|into|"
            r"over)\b|\b(?:just )?not turn(?:ing)? the wheel\b"
            r"|\b(?:driving|drive|drove) (?:us(?: all)?|the car|myself) off (?:the|a) (?:bridge|cliff|road|"
            r"pier)\b"
            r"|\blife insurance\b[^.!?\n]{0,40}?\b(?:suicide|if i (?:die|died|kill myself))\b"
            r"|\b(?:ideation|si)(?:'s| is| has been|'s been) (?:constant|bad|back|worse|loud|strong|really "
            r"bad|everywhere)\b"
            r"|\b(?:thinking|thought) (?:of|about) doing it myself\b"
            r"|\b(?:the river|the sea|the water|the bridge|the tracks|death) (?:is|has been|keeps|was) "
            r"calling (?:me|my name|to me)\b"
            r"|\b(?:i'm|im|i am) (?:just )?done living\b"
            r"|\bwant out,? (?:permanently|for good|forever)\b"
            r"|\b(?:best|only|kindest) (?:gift|thing) i (?:can|could) (?:give|do for) (?:them|my family|"
            r"everyone|my kids)\b[^.!?\n]{0,15}?\b(?:my absence|to (?:leave|go|disappear|die))\b",
            USUAL,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # A note written, then destroyed; means with nowhere innocent to be.
            "suicide_note",
            MODERATE,
            r"\b(?:wrote|written|write|did write) (?:a|my) (?:note|letter)\b[^.!?\n]{0,30}?\b(?:ripped|tore|"
            r"burned|burnt|deleted|threw) (?:it|them)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "means_at_hand",
            MODERATE,
            r"\bstash of (?:\w+ )?(?:pills|meds|tablets|painkillers|blades|razors)\b"
            rf"|\b(?:keep|keeping|kept|hide|hiding|hid|store|storing)\b[^.!?\n]{{0,30}}?\b{ANY_MED}\b"
            rf"[^.!?\n]{{0,15}}?\bin {_HIDING_PLACE}"
            rf"|\b(?:keep|keeping|kept)\s(?:them|it)\sin\s{_HIDING_PLACE}[^.!?\n]{{0,10}}?\bjust in case\b"
            r"|\b(?:keep|keeps|keeping) (?:picking|taking) (?:it|them) (?:up|out)\b"
            r"|\bholding (?:a|the|my) (?:blade|razor|razor blade|knife|gun|rope|noose) (?:right now|now|rn|"
            r"in my hand)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            soon=HIGH,
            unless=HOBBY_OR_KITCHEN,
        ),
        rule(
            # Hopelessness and a wish not to go on, quietly put: "what's even the point of tmrw",
            # "tired of being a person", "they'd cope fine if I just vanished".
            "passive_wish",
            LOW,
            r"\bwhat(?:'s|s| is)? (?:even )?(?:is )?the (?:point|use) (?:anymore|any more|(?:of|in) (?:me )?"
            r"(?:tomorrow|anything|it all|any of this|living|going on|trying|staying alive|being alive|"
            r"being here|staying here))\b"
            r"|\btired of being (?:a person|alive|here|human)\b"
            r"|\b(?:cope|manage|be fine|be ok|be okay|get on)\b[^.!?\n]{0,20}?\b(?:if i (?:just )?(?:vanished|"
            r"disappeared|was gone|wasn't here|left for good)|without (?:the burden of )?me)\b"
            r"|\bbetter off with (?:a|another) (?:mum|mom|dad|parent|partner|wife|husband|friend) (?:who "
            r"(?:isn't|isnt|is not|wasn't) me|than me)\b"
            r"|\bwoke up (?:disappointed|annoyed|gutted|sad|angry)\b|\bdisappointed (?:to wake up|i woke up)\b"
            r"|\b(?:relief|nice|easier|hope)\b[^.!?\n]{0,20}?\bterminal (?:diagnosis|illness|cancer)\b"
            r"|\bwould anyone (?:even )?(?:notice|care|miss me)(?=\s*(?:$|[?.!]))"
            r"|\bif i (?:don't|dont|didn't|never) wake up\b[^.!?\n]{0,15}?\b(?:that's|thats|it's|its|it'd be|"
            r"would be) (?:fine|ok|okay|alright|no loss)\b"
            r"|\bif i (?:don't|dont|didn't|did not|didnt|never) wake up\b[^.!?\n]{0,60}?\b(?:nobody|no one|"
            r"no-one) would (?:even )?(?:notice|care|miss me|know)\b"
            r"|\bnot[- ]wanting[- ]to[- ]be[- ]here\b"
            r"|\b(?:i'm|im|i am) done trying\b(?! to\b)"
            r"|\bwhy (?:do i |should i |would i |even )?(?:even )?bother (?:staying|being|keeping (?:myself )?|"
            r"to stay|trying to stay) alive\b"
            r"|\b(?:can't|cant|cannot|don't|dont) (?:see|picture|imagine) (?:a|any) (?:version of (?:the|my) )?future "
            r"(?:where|in which) (?:i'm|im|i am) (?:still )?(?:here|alive|around)\b"
            r"(?! (?:at|in|with|on|for) (?:this|the|my|that|these)\b)"
            r"|\b(?:peaceful|nice|easier|a relief) (?:it would be |it'd be )?to (?:just )?not exist\b"
            r"|\bno (?:version of the )?future (?:i want to be in|for me)\b"
            r"|\b(?:the world|nobody|no one) (?:would|will) (?:not|n't) miss\b"
            r"|\b(?:wouldn't|would not) fight it if i (?:got|get) (?:sick|ill|cancer)\b"
            r"|\b(?:wouldn't|would not) be sad if i (?:didn't wake up|died|never woke up)\b"
            r"|\bsince (?:the|my) attempt\b(?! (?:to|at)\b)",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Continuing said not to have a purpose, in formal words: "I do not much see the purpose
            # in continuing" (the denial is the statement).
            "passive_wish",
            LOW,
            r"\b(?:don't|do not|can't|cannot) (?:much )?see (?:the |any )?(?:purpose|point) (?:in|of) "
            r"(?:continuing|going on|living|carrying on|staying)\b",
            Check.SUBJECT,
        ),
        rule(
            # Pills saved for the purpose, said in passing: "the pills I've been saving".
            "preparation",
            HIGH,
            r"\b(?:pills|meds|tablets|painkillers) (?:i've|i have|ive) been (?P<core>saving|keeping|hoarding|"
            r"collecting|stockpiling)\b(?! for (?:my |the |a )?(?:holiday|trip|travels?|flight|pharmacy|"
            r"disposal|return))",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Injuries done on purpose in other words: "slammed my hand in the door on purpose",
            # "a week of razors again", "burned myself bad".
            "self_harm_act",
            MODERATE,
            r"\b(?:slammed|hit|punched|bashed|banged|smashed|burned|burnt|scalded) my (?:hand|head|fist|"
            r"arm|fingers?|leg|face)\b[^.!?\n]{0,30}?\bon purpose\b"
            r"|\b(?:weeks?|nights?|months?|weekends?|days?) of (?:razors|blades|cutting|burning)\b(?! (?:for|at|"
            r"in the|on the)\b)"
            r"|\b(?:burned|burnt|cut) myself (?:bad|badly|really bad|pretty bad)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
        ),
        rule(
            # An amount taken named in any words: "swallowed everything that was in the medicine
            # cabinet", "mixed the vodka with my whole week of meds", "i took them. all of them".
            "possible_overdose",
            HIGH,
            r"\b(?P<core>swallowed|took|taken|downed|necked|mixed|washed down|chugged)\b(?: down)? "
            r"(?:[a-z']+ ){0,3}?(?:everything|all (?:of )?(?:my|the|them)|the whole|my whole|the entire|"
            r"my entire|a whole|a full|(?:a|my|the) (?:whole |full )?(?:week|month|fortnight)(?:'s|s)? "
            r"(?:worth|supply|of)|a handful|handfuls|dozens)\b"
            # Food or a drink with the pills: "took the whole packet of crisps with my lithium".
            r"(?! (?:(?:packet|bag|box|tub|bar|plate|tin|jar|pack|bowl|glass|mug|cup|pot|slice|loaf)s? "
            r"of )?(?:crisps|chips|biscuits|cookies|sweets|candy|chocolate|popcorn|pringles|doritos|haribo|"
            r"cereal|pasta|bread|toast|cake|ice cream|nuts|fruit|grapes|food|snacks?|water|juice|tea|"
            r"coffee|milk|pizza|sandwich|meal|dinner|lunch|breakfast|soup|yoghurt|yogurt)\b)"
            r"[^.!?\n]{0,40}?\b(?:meds|medication|"
            r"cabinet|pills|tablets|prescription|supply|blister|capsules|lithium|quetiapine|seroquel|"
            r"sertraline|paracetamol|tylenol|ibuprofen|oxy\w*)\b"
            r"(?![^.!?\n]{0,25}\b(?:as prescribed|like normal|as usual|with (?:food|breakfast)|this "
            r"morning|today|yay|finally|on time|for once|out (?:to|of the way)|to clean|to (?:the|my) "
            r"new|to the (?:pharmacy|chemist|bin|tip|car))\b)"
            r"(?<!\bout of the cabinet)"
            r"|\b(?:took|swallowed|taken) them\b[.,!\s]+all of them\b"
            r"|\b(?:already |just )?(?:took|taken|had) (?:the|my) overdose\b"
            r"|\b(?:already|just) (?:took|taken|swallowed|downed) (?:them|it) all\b(?=\s*(?:$|[.!;\n]))"
            r"|\b(?:don't|dont|do not) know how many (?:i took|i've taken|i swallowed|i had)\b"
            r"|\bempty (?:blister packs|pill bottles|packets|bottles of pills) (?:everywhere|all over|around "
            r"me)\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=POSSIBLE_OVERDOSE_TIMING,
        ),
        rule(
            # Means staged: the engine running in a closed garage (not to warm the car up).
            "means_at_hand",
            HIGH,
            r"\b(?:engine|car)(?:'s| is)? (?:running|on)\b[^.!?\n]{0,30}?\b(?:closed|shut|locked)? ?garage\b"
            r"|\b(?:closed|shut|locked) garage\b[^.!?\n]{0,40}?\b(?:engine|car)(?:'s| is)? (?:running|on)\b"
            r"|\bgarage with the (?:car|engine) running\b"
            r"|\b(?:shut(?:ting)?|clos(?:e|ing|ed)) the (?:garage )?door\b[^.!?\n]{0,40}?\b(?:leav(?:e|ing)|"
            r"left|keep(?:ing)?|with) the (?:car|engine) running\b"
            r"|\b(?:leav(?:e|ing)|left|keep(?:ing)?) the (?:car|engine) running\b[^.!?\n]{0,40}?"
            r"\b(?:garage|door(?:s)? (?:shut|closed))\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            soon=IMMINENT,
            unless=WARMING_THE_CAR,
        ),
        rule(
            # Means staged: blades out by the bath, a beam that "should hold".
            "means_at_hand",
            HIGH,
            r"\bthe (?:razor )?(?:blades?|razors?) (?:are|is|'re) (?:out|ready|laid out)\b"
            r"|\b(?:beam|hook|rail|bannister|banister|door frame|branch|rafter)\b[^.!?\n]{0,25}?\b(?:should|"
            r"will|would|can) (?:hold|take my weight|take the weight)\b(?! (?:the|a|up|it|them|all|"
            r"everything)\b)"
            r"|\bthe car is in the garage and (?:i've|i have|ive) got the (?:hose|pipe|tube)\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            soon=IMMINENT,
            unless=HOBBY_OR_KITCHEN,
        ),
        rule(
            # Aftermath of self-harm told plainly: scabs, steri-strips, burns "I gave myself", cuts
            # that "weren't an accident", a blade hidden again, "I used the lighter this time".
            "self_harm_act",
            MODERATE,
            r"\b(?:scabs|steri-?strips|butterfly stitches)\b"
            r"|\b(?P<core>burns?|cuts?|marks|wounds|bruises) i (?:gave|did to|made on) myself\b"
            r"|\b(?:cuts?|burns?|bruises?|marks|injur\w+)\b[^\n]{0,60}?\b(?:weren't|wasn't|were not|was "
            r"not|isn't|aren't) (?:an )?accidents?\b"
            r"|\bhid (?:the|my) (?:blade|razor)s?\b(?![^.!?\n]{0,15}\bfrom (?:my |the )?(?:toddler|kids?|"
            r"children|baby|son|daughter|dog|cat|nephew|niece)\b)"
            r"|\bhead ?bang(?:ing|ed)? (?:against|on|into) (?:the )?(?:wall|door|floor|desk)\b"
            r"|\bused (?:the|a) (?:lighter|blade|razor|compass|scissors) (?:this time|instead|again)\b"
            r"|\bscratched my (?:arms?|legs?|skin|wrists?|thighs?) (?:until|till) (?:they|it) bled\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Death thought of as relief or pictured, quietly: "hope the car doesn't stop", "death
            # sounds restful", "can't picture a future that has me in it".
            "passive_wish",
            LOW,
            r"\bhope (?:the|a) (?:car|bus|truck|train) (?:doesn't|does not|doesnt|won't|wont) stop\b(?! "
            r"(?:at|for|in|on|until|till)\b)"
            r"|\b(?:wouldn't|would not|wouldnt) mind if (?:today|tonight|this) (?:was|were|is) my last\b"
            r"|\bterminal (?:diagnosis|illness|cancer)\b[^.!?\n]{0,60}?\brelie(?:f|ved)\b"
            r"|\blife (?:feels|is) like a (?:prison )?sentence\b"
            r"|\bor no (?:mum|mom|dad|mother|father|parent) at all\b"
            r"|\bhoping (?:we'd|we would|it would|the plane would|it'd) (?:go down|crash)\b"
            r"|\b(?:if )?the plane went down\b[^.!?\n]{0,40}?\b(?:relieved|relief|fine|wouldn't mind)\b"
            r"|\b(?:won't|will not|wont) be needing (?:it|them|this|my \w+) (?:much )?(?:longer|anymore|any "
            r"more)\b"
            r"|\bdeath (?:sounds|seems|feels|looks) (?:so |really |quite )?(?:restful|peaceful|nice|good|"
            r"appealing|like a relief)\b"
            r"|\b(?:i'm|im|i am) done\.? with (?:all of it|it all|everything)\b"
            r"|\b(?:don't|do not|not sure i) (?:want to|wanna) stick around\b"
            r"|\bif i die in my sleep,? (?:fine|ok|okay|good|so be it|whatever)\b"
            r"|\benvy (?:people|those|anyone) who(?:'ve| have)? (?:already )?died\b"
            r"|\bcan't (?:picture|imagine|see) a future (?:that has me in it|with me in it|for me)\b"
            r"|\b(?:world|everyone|everything) would (?:keep spinning|go on|carry on|be fine) without me\b"
            r"|\bwould anyone (?:even )?notice if i (?:just )?(?:disappeared|vanished|was gone|died)\b"
            r"|\b(?:truck|bus|car|lorry|train) (?:just )?took me out\b"
            r"|\bif i wrapped the car around a (?:pole|tree|wall)\b"
            r"|\b(?:better off|be better) with (?:the )?life insurance\b"
            r"|\bwith a (?:father|dad|mother|mum|mom|parent) who (?:isn't|isnt|is not) broken\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Method and place pondered: "thinking about how I'd do it", "the overpass ... in a
            # planning way", "what it would feel like to just step off", "going under and staying
            # under", "which bridges don't have barriers".
            "active_ideation",
            MODERATE,
            r"\b(?:thinking|thought|think) about how (?:i'd|id|i would|to) do it\b"
            r"|\bin a planning way\b"
            r"|\bwhat it would (?:feel|be) like to (?:just )?(?:step|jump|fall) off\b"
            r"|\bgoing under and staying under\b"
            r"|\b(?:bridges?|stations?|buildings?|car parks?|platforms?|cliffs?)\b[^.!?\n]{0,30}?\b(?:(?:don't|"
            r"do not|doesn't|does not) have|have no|has no|without) (?:any )?(?:barriers|fences|nets|"
            r"railings)\b"
            r"|\b(?:already )?(?:know|picked|chose|have) (?:the|a|my) method\b"
            r"|\b(?:worked out|figured out|decided|planned) (?:where|how|when) and (?:where|how|when)\b"
            r"|\b(?:most|all|half) of them (?:are|were) about (?:suicide|dying|killing myself|death)\b"
            r"|\bsuicide (?:has been|is) (?:my )?(?:constant )?(?:companion|shadow)\b"
            r"|\b(?:turn|turning) the wheel into (?:oncoming )?traffic\b"
            r"|\b(?:keep|kept) driving past the bridge\b"
            r"|\b(?:posts|videos|threads) about (?:ways|how) (?:ppl|people) (?:did|do) it\b"
            r"|\bcounting my pills\b[^.!?\n]{0,20}?\bhow many (?:it would|it'd) take\b"
            r"|\bso the first one (?:doesn't|does not|won't) look suspicious\b"
            r"|\bi don't think i'm coming back from this\b",
            USUAL,
            soon=HIGH,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # A weapon in the writer's lap is the writer's, whoever owns it: "I have my dad's gun in
            # my lap" (no subject check).
            "means_at_hand",
            HIGH,
            r"\b(?:gun|pistol|revolver|handgun|shotgun|rifle|knife|blade)\b[^.!?\n]{0,30}?\b(?:on|in) my "
            r"lap\b",
            Check.NEGATION,
            soon=IMMINENT,
            unless=HOBBY,
        ),
        rule(
            # Any substance taken, then its effects: "drank a slug of the cattle wormer an hour ago.
            # feel sick and dizzy", "injected all my insulin pens", "propofol drawn up at home".
            "possible_overdose",
            HIGH,
            r"\b(?P<core>drank|injected|swallowed|took|taken|downed)\b[^.!?\n]{0,50}?\b(?:an?|half an|\d+|ten|"
            r"fifteen|twenty|thirty|forty) (?:minutes?|mins?|hours?|hrs?) ago\b[^\n]{0,40}?\b(?:sick|dizzy|"
            r"shaky|sweaty|drowsy|sleepy|woozy|numb|weird|cold|spinning)\b"
            r"|\binjected (?:myself with|all (?:of )?my|my whole|the whole) (?:ward |my |the )?(?:insulin|"
            r"\w+ pens|\w+)\b"
            r"|\b(?:drawn up|drew up) (?:at home|in my room|ready)\b"
            r"|\b(?:tonight|today|now) i (?:take|will take|am take|am taking) all\b"
            r"|\b(?:meaning|meant) to (?:go over|jump|do it|end it)\b"
            r"|\bbarrel (?:in my mouth|to my head|under my chin)\b"
            r"|\bloaded (?:the|my) (?:9mm|glock|handgun|pistol|revolver)\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=POSSIBLE_OVERDOSE_TIMING,
        ),
        rule(
            # Another's death as a way to follow: "same spot where he jumped. I'm going to follow
            # him", "I'd do it the same way she did", "when mum goes I'm going with her".
            "active_ideation",
            MODERATE,
            r"\b(?:jumped|did it|took (?:his|her|their) (?:own )?life|killed (?:himself|herself))\b[^\n]{0,80}?"
            r"\b(?:i'm|im|i am) (?:going to|gonna) (?P<core>follow) (?:him|her|them)\b"
            r"|\b(?:do|did) it the same way (?:she|he|they) did\b"
            r"|\bwhen (?:mum|mom|dad|he|she|my \w+) (?:goes|dies|passes)\b[^.!?\n]{0,20}?\b(?:i'm|im|i am) "
            r"going with (?:her|him|them)\b",
            Check.NEGATION,
            soon=HIGH,
        ),
        rule(
            # Self-harm in other words: pressed a hot iron on, nails dug in, a blade used "on my
            # arms", scratched or pinched until it bled or bruised.
            "self_harm_act",
            MODERATE,
            r"\bpressed (?:a |the )?(?:hot )?(?:iron|lighter|cigarette|knife|blade) (?:on|onto|into|against) "
            r"my (?!(?:shirt|trousers|pants|dress|top|clothes|jeans|sleeve|collar|uniform)\b)"
            r"|\bdug my (?:finger)?nails into (?:my (?:own )?)?(?:skin|arms?|forearms?|palms?|hands?|wrists?|"
            r"thighs?|legs?|face|myself)\b"
            r"|\bused (?:the|a|my) (?:blade|razor)\b[^.!?\n]{0,30}?\bon my (?:arms?|legs?|thighs?|wrists?|"
            r"skin|stomach)\b"
            r"|\b(?:scratched|pinched|pinching|scratching) my (?:belly|stomach|face|chest|neck|thighs?|arms?|"
            r"legs?) (?:till|until) (?:it|they)(?:'re|re| were| was|'s)? (?:bled|bleeding|purple|bruised|raw|"
            r"black and blue)\b"
            r"|\b(?:punched|hit|kicked|headbutted) (?:the |a )?(?:\w+ )?(?:wall|door|mirror)\b[^.!?\n]{0,40}?"
            r"\bon purpose\b"
            r"|\bbit my (?:arm|hand|wrist|leg) hard enough to (?:break the skin|bleed|bruise)\b"
            r"|\bholding (?:a|the|my) (?:razor|blade|knife)\b[^.!?\n]{0,30}?\b(?:want|going) to use it\b"
            r"|\bwant to (?:burn|cut|scratch|bite) myself\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Quiet hopelessness, more of it: "nobody would even clock it if I went", "if someone
            # offered me a way out I'd take it", "I don't care if it kills me".
            "passive_wish",
            LOW,
            r"\bnobody would (?:even )?(?:clock|notice|care|miss) (?:it )?if i (?:went|was gone|died|"
            r"disappeared)\b"
            r"|\b(?:offered|gave) me a way out\b[^.!?\n]{0,15}?\b(?:i'd|id|i would) take it\b"
            r"|\bwhat(?:'s| is)? (?:even )?the (?:reason|point) to keep (?:doing|going|living|trying)\b"
            r"|\bif i (?:got|get) (?:sick|ill)(?: and died| and die)?\b[^.!?\n]{0,10}?\bi (?:wouldn't|would "
            r"not) fight it\b"
            r"|\b(?:they'd|they would|everyone would|everyone'd) move on (?:fast|quickly|soon)\b"
            r"|\bdeath (?:honestly |really |kind of |kinda )(?:sounds|seems|feels) (?:like a relief|"
            r"peaceful|restful|nice)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:don't|dont|do not) care if it kills me\b"
            r"|\bhow much (?:would|it would|it'd) (?:do it|kill me)\b"
            r"|\b(?:policy|insurance)\b[^.!?\n]{0,30}?\bpays? out (?:on|for|after|if (?:it's|its)) suicide\b"
            r"|\b(?:think|thinking|thought) to (?:jump|kill (?:myself|me)|die|end (?:my life|it))\b"
            r"|\b(?:worked out|figured out|decided|know) which (?:pills|method|bridge|building) (?:i'd|id|i "
            r"would|to) use\b(?! to (?:get|cross|go|drive|reach)\b)"
            r"|\b(?:figured out|found|worked out) (?:a|the|my) method\b"
            r"|\b(?:checking|check|checked|looked at) the (?:train )?timetable for when the (?:express|train|"
            r"freight|fast train) (?:passes|comes|goes)\b"
            r"|\b(?:walking|going|heading|climbing) up to the (?:car park |multi-?storey |building "
            r"|hospital )?(?:roof|top floor)\b",
            USUAL,
            soon=HIGH,
            unless=SIGHTSEEING,
        ),
        rule(
            # Means out and waiting, the rail about to be crossed, a lethal dose known, intent
            # stated in clinical words ("intent to use it tonight").
            "means_at_hand",
            HIGH,
            r"\b(?:blade|razor|razor blade)(?:'s| is| are|s are) out\b"
            r"|\b(?:pills|tablets|blade|knife|rope|gun)(?: are| is|'re|'s)? still (?:next to me|beside me|on "
            r"(?:my|the) bed|in my hand|in front of me|here)\b"
            r"|\b(?:over|off) the (?:rail|railing|edge|side) (?:soon|tonight|now|in a (?:bit|minute))\b"
            r"|\bintent to (?:use it|act|do it|end it|go through with it)\b"
            r"|\b(?:know|knew) (?:the|what) dose (?:that )?would (?:be lethal|kill me|be fatal)\b"
            r"|\bhose ?pipe\b[^.!?\n]{0,30}?\b(?:in the boot|in the car|to the exhaust)\b"
            r"|\bbought\b[^.!?\n]{0,30}?\b(?:paracetamol|pills|tablets|painkillers|tylenol|ibuprofen)\b"
            r"[^\n]{0,20}?\bnot for (?:a |my |the )?(?:headache|pain|period pain|back)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=HOBBY_OR_KITCHEN,
        ),
        rule(
            # Notes written to someone, told with an object pronoun ("wrote her a goodbye note"),
            # or one for each ("a note for maya and one for my little bro"); a sorry for going.
            "suicide_note",
            HIGH,
            r"\b(?:wrote|written|left|writing) (?:her|him|them|my \w+) a (?:goodbye|suicide|farewell) "
            r"(?:note|letter)\b"
            r"|\bwrote (?:a )?(?:note|letter) for \w+(?: \w+)? and one for\b"
            r"|\bsorry (?:that )?i(?:'m| am) (?:going|leaving (?:you|this world))\b(?! (?:to|out|home|away|"
            r"back|for|on)\b)",
            Check.NEGATION,
        ),
        rule(
            # Clinical and plain words more: "self-harm episode at 02:00", "superficial
            # lacerations", "scratched my wrists with my keys till they bled", "I'd genuinely like
            # to be dead", "wished I had not survived".
            "self_harm_act",
            MODERATE,
            r"\b(?:self[- ]harm|sh) episode\b|\bsuperficial (?:lacerations|cuts|wounds)\b"
            r"|\bscratched my (?:wrists?|arms?|legs?|skin) (?:with (?:my |a |the )?\w+ )?(?:till|until) "
            r"(?:they|it) bled\b"
            r"|\bused my (?:\w+ ){0,2}blade on my\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:i'd|i would) (?:genuinely |really |honestly |just )?like to be dead\b"
            r"|\bwish(?:ed)? i (?:had not|hadn't|had never) survived\b"
            r"|\b(?:worked out|figured out) (?:exactly )?which pills\b"
            r"|\bthought about the (?:bridge|tracks|pills|rope|edge) again\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\bno point (?:to|in) (?:any of it|anything|it all|living|going on)\b"
            r"|\b(?:si|suicidal ideation) (?:persists|ongoing|present|constant)\b"
            r"|\bpassive (?:death wish|si|ideation|suicidal ideation|suicidal thoughts)\b(?!,? (?:none|absent|"
            r"denied))|\b(?:si|suicidal ideation|ideation)\s*[:=-]\s*passive\b"
            r"|\b(?:had a good innings|time to draw stumps)\b"
            r"|\bwhy bother living\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Phone-typed acts and plans: "got the rope tied already", "last msg before i go thru
            # with it", "on the roof. dont try to talk me out of it".
            "plan",
            HIGH,
            r"\b(?:got|have|i've got) (?:the|a|my) (?:rope|noose) (?:tied|up|ready|set up)\b"
            r"|\bbefore i go (?:through|thru) with it\b"
            r"|^on the (?:roof|ledge)\b(?! of\b)(?![^.!?\n]{0,30}\b(?:view|photo|pic|sunset|party|fixing|"
            r"gutter|drinks|with (?:friends|mates)))",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=HOBBY,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:feeling|feel|so|very|really|kinda|bit) (?:really |so |very |kinda )?sewer ?side\b"
            r"|\bthinking (?:of|about) ways\b(?! to (?:save|make|get|improve|help|fix|cut costs))"
            r"|\bhow much longer i can (?:resist|hold off|fight)\b(?=[^.!?\n]{0,20}\b(?:cutting|it|the "
            r"urges?|sh|hurting myself)\b)"
            r"|\bbetter off (?:w/o|w/out) me\b",
            USUAL,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\bdone (?:w|w/) (?:life|living|it all|everything)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Figures of dying: sleeping, fading, sinking, switching off for good; leaving this
            # world, going to God, ending one's story.
            "passive_wish",
            LOW,
            r"\b(?:go to sleep|fall asleep|sleep|drift off|fade out|fade away|switch (?:myself )?off|sink)\b"
            r"[^.!?\n]{0,30}?\b(?:for good|and (?:not|never) (?:come back|wake up|have to feel)|quietly|"
            r"permanently)\b(?! (?:till|until|til|before|for (?:a|an|the|ten|\d+)|at)\b)"
            r"|\b(?:don't|do not) want to come back up\b|\bsink to the bottom and stay\b"
            r"|\bready for the lights to go out\b|\bwaiting for it (?:all )?to (?:be over|end)\b"
            r"|\bdeath (?:feels|seems|sounds) like (?:the only|a) (?:holiday|rest|escape|way out|relief)\b"
            r"|\bwhy (?:he's|he is|god is|you're|god's) still keeping me here\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\bready to (?:leave|depart) this (?:world|life|earth)\b"
            r"|\bwant to go (?:to god|home to (?:god|the lord|jesus)|to heaven)\b"
            r"|\bend(?:ing)? my (?:story|chapter)\b(?! (?:club|with|on|for|in)\b)"
            r"|\bswitch (?:myself|me) off\b"
            r"|\b(?:thoughts? of|thinking (?:of|about)) taking (?:the|a) whole (?:bottle|box|pack|packet)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # Self-harm resumed: "went back to the blade", "picked up the razor again", "new marks".
            "self_harm_act",
            MODERATE,
            r"\b(?:went|gone|going) back to (?:the )?(?:blade|razor|cutting)\b"
            r"|\bpicked up the (?:razor|blade) again\b"
            r"|\bnobody sees the new (?:marks|cuts|scars)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Manic invulnerability: "I could jump off the roof and fly".
            "manic_danger",
            MODERATE,
            r"\b(?:could|can|want to|going to|gonna) jump off (?:the|a|my) (?:roof|balcony|building|"
            r"bridge|cliff)\b[^.!?\n]{0,10}?\band fly\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Pills kept and counted: "the leftover pills ... I keep taking them out and counting".
            "preparation",
            MODERATE,
            r"\b(?:leftover|old|spare|saved|extra) (?:pills|meds|tablets)\b[^\n]{0,80}?\bcount(?:ing|ed)? "
            r"(?:them|they)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
    )
)
