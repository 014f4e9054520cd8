"""Risk told without its usual words: affairs put in order for afterwards, a future cancelled
because it "won't matter", means set out or rehearsed with, places scouted, lethal doses and
heights looked up, a time waited for ("once the kids are asleep").

``ARRANGEMENT_RULES`` are clear alone. ``ARRANGEMENT_SIGNS`` are ordinary on their own ("paid
off my debts", "deleted my socials", "waiting till mum leaves for work") and count, as the
other context rules do, only beside a risk or beside another sign.
"""

from __future__ import annotations

import re

from bot.crisis.phrases import (
    ANY_MED,
    FOR_MYSELF,
    HIGH,
    HOBBY,
    HOBBY_OR_KITCHEN,
    IMMINENT,
    LOW,
    MEDICAL_ADVICE,
    MODERATE,
    ORDINARY_LETTERS,
    PILL_ROUTINE,
    SIGHTSEEING,
    USUAL,
)
from bot.crisis.rule import Check, Innocent, RuleSet, each_alone, rule
from bot.crisis.rules_conversation import ORDINARY_EVENTS

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend)"
# A trip somewhere a coat or a reference is not needed: "won't need a coat where I'm going, Bali!"
_SOMEWHERE_ELSE = Innocent(
    re.compile(
        r"\b(?:holiday|vacation|trip|travel\w*|beach|sun|sunny|hot|warm|tropical|abroad|overseas|"
        r"flight|flying|fly|moving|move|retir\w+|backpack\w*|island|resort|cruise|camp\w*|festival|"
        r"desert|snow|ski\w*|mountains?|new job|gap year|visa|emigrat\w+|"
        r"spain|thailand|bali|mexico|dubai|india|australia|canada|europe|asia|africa|lol|haha)\b"
    )
)
# A job saved for a quiet hour: "I'll clean the kitchen when the kids are asleep".
_CHORES = Innocent(
    re.compile(
        r"\b(?:clean\w*|kitchen|laundry|washing|hoover\w*|vacuum\w*|tax\w*|homework|cook\w*|bake|"
        r"baking|email\w*|call|study\w*|revis\w*|exercise|workout|yoga|read\w*|bath|paint\w*|tidy\w*|"
        r"ironing|shopping|gaming|work|assignment|essay|report|budget)\b"
    )
)
_AWAY_OR_SIGHTSEEING = Innocent(
    re.compile(
        f"{_SOMEWHERE_ELSE.words.pattern}|{SIGHTSEEING.words.pattern}|\\b(?:picnic|signal|"
        "campsite|wifi|reception)\\b"
    )
)
# A dog or a toddler over a fence, not a person over a wall.
_PETS_AND_CHILDREN = Innocent(
    re.compile(r"\b(?:dog|puppy|cat|kitten|horse|sheep|goats?|chickens?|toddler|kids?|baby|ball)\b")
)

ARRANGEMENT_RULES = RuleSet(
    (
        rule(
            # The writer's body found: "told him to enjoy finding my body", "so my family don't
            # have to be the ones who find me".
            "plan",
            HIGH,
            r"\b(?P<core>(?:find|finding|found|discover\w*|identify\w*) my (?:dead )?body)\b"
            r"(?=\s*(?:$|[.!,;\n]| after| when| first| in (?:the|a|my)| at| tomorrow| tonight| "
            r"later| before))"
            r"|\b(?:so|then) (?:my \w+|they|she|he|nobody|no one|the kids) (?:don't|dont|do not|won't|"
            r"wont|doesn't|doesnt) (?:have to )?(?:be the ones? (?:who|that|to) )?finds? me\b"
            r"|\b(?:whoever|the person who|the one who|the ones who) finds? me\b",
            Check.NEGATION | Check.TONE,
            soon=HIGH,
        ),
        *each_alone(
            # The future cancelled because it will not matter: "cancelled therapy, it won't matter
            # soon", "made a will, it won't matter after friday anyway".
            "suicidal_intent",
            HIGH,
            r"\b(?:it|that|this|none of (?:it|this|that)|nothing)(?:'ll| will)? (?P<core>(?:won't|wont|"
            rf"will not|isn't going to|doesn't|is not going to) (?:even )?matter) (?:soon|after {_DAY}|"
            rf"by {_DAY}|much longer|for (?:much )?longer|after (?:this|next) week)\b"
            r"|\b(?P<core>(?:won't|wont|will not|don't|dont) need (?:a |an |the |my |any )?\w+(?: \w+)? "
            r"where (?:i'm|im|i am) going)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=_SOMEWHERE_ELSE,
        ),
        rule(
            # A life-insurance suicide clause checked, a letter that explains why.
            "preparation",
            HIGH,
            r"\blife insurance\b[^.!?\n]{0,60}?\b(?:exclusion (?:period|clause)|suicide clause|pays? out "
            r"(?:for|if|on|after) (?:suicide|it)|(?:kids|family|they|she|he|wife|husband) (?:would |will )?"
            r"still (?:get|gets) (?:the |a )?payout)\b"
            r"|\b(?:letter|note|message)s? (?:for|to) (?:my |the )?\w+(?: \w+)? (?:under|on|in|by|beside) "
            r"(?:the|my) \w+ explaining why\b"
            r"|\b(?:letter|note)s?\b[^.!?\n]{0,40}?\bexplaining why(?=\s*(?:$|[.!,;\n]| i\b))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Charcoal with tape for the windows (the car in a shut garage: rules_conversation).
            "plan",
            HIGH,
            r"\bcharcoal\b[^.!?\n]{0,60}?\b(?:tape|taping|seal\w*)\b[^.!?\n]{0,30}?\b(?:windows?|vents?|"
            r"doors?|car|bathroom|gaps?)\b"
            r"|\btap(?:e|ing|ed) (?:up )?(?:the )?(?:car |bathroom |bedroom )?(?:windows|vents|door gaps?)\b"
            r"[^.!?\n]{0,40}?\bcharcoal\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            soon=HIGH,
            unless=Innocent(
                re.compile(r"\b(?:bbq|barbecue|grill\w*|drawing|art|sketch\w*|paint\w*)\b")
            ),
        ),
        rule(
            # Rehearsal: "practising climbing over the rail", "tested the knot to see if it would
            # hold my weight".
            "preparation",
            HIGH,
            r"\b(?P<core>(?:practis\w*|practic\w*|rehears\w*)) (?:climbing|getting|stepping|going|"
            r"leaning) (?:over|onto|off|up on|out over|past) (?:the |a )?(?:rail\w*|ledge|edge|barrier|"
            r"wall|fence|balcony|parapet)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            "preparation",
            HIGH,
            r"\b(?P<core>(?:tested|testing|test|checked|checking)) (?:the|a|my) (?:knot|noose|rope|belt|"
            r"cord|ligature|beam|hook)\b[^.!?\n]{0,50}?\b(?:hold|take|support|bear) my weight\b",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
            unless=HOBBY,
        ),
        *each_alone(
            # A height or a dose looked up for being fatal: "googled how many floors you need for
            # a fall to be definitely fatal", "what dose of seroquel would actually be fatal",
            # "which of my meds is the most toxic in overdose".
            "method_research",
            HIGH,
            r"(?<!not )(?<!never )\b(?P<core>how (?:many floors|high|tall|far)|how many storeys|how many "
            r"stories)\b[^.!?\n]{0,50}?\b(?:fatal|lethal|deadly|kill (?:you|me|someone|a person)|to die|"
            r"survivable|die from)\b"
            rf"|(?<!not )(?<!never )\b(?P<core>(?:what|which|how much|how many)) (?:\w+ ){{0,4}}?(?:dose|"
            rf"doses|mg|mix|combination|of my (?:meds|pills|tablets|medication)|{ANY_MED})\b"
            r"[^.!?\n]{0,30}?\b(?:would|will|could|is|are) (?:actually |definitely |really |most |the "
            r"most )*(?:be )?(?:fatal|lethal|deadly|toxic in (?:an )?overdose|enough to (?:die|kill me))\b"
            r"|\bwhich of my (?:meds|pills|tablets|medications?) (?:is|are|would be) (?:the )?most "
            r"(?:toxic|lethal|dangerous|deadly)\b",
            Check.SUBJECT | Check.HISTORY,
            unless=Innocent(
                re.compile(
                    rf"{MEDICAL_ADVICE.words.pattern}|\b(?:dogs?|cats?|pets?|vet|kids?|child|"
                    r"toddler|baby|warning signs|to avoid|safe(?:ly)?|storing|store)\b"
                )
            ),
        ),
        rule(
            # A place checked for a way over or a gap in its fence: "drove to the top level of the
            # car park to check if the wall is low enough to get over".
            "method_research",
            HIGH,
            r"\b(?:check|checked|checking|see|saw|test|tested|find out|found out|know) (?:if|whether|"
            r"how|that) (?:the )?(?P<core>(?:wall|railing|rail|fence|barrier|ledge|parapet)s?) "
            r"(?:is|are|was|were) (?:low|short) enough\b"
            r"|\blow enough to (?:get|climb|step|jump) over\b(?=[^.!?\n]{0,30}?(?:\bit is\b|\bit was\b|$|[.!]))",
            Check.NEGATION | Check.SUBJECT,
            unless=_PETS_AND_CHILDREN,
        ),
        rule(
            # A timed plan, step by step: "wait till everyone's asleep then take the whole box".
            "overdose_intent",
            HIGH,
            r"\b(?:wait(?:ing)? (?:till|until|for)|once|when|after) (?:everyone|everybody|the kids|they|he|"
            r"she|mum|mom|dad|my \w+)(?:'s| is| are|'re| has| have)? (?:asleep|in bed|gone(?: out)?|"
            r"out|left|fallen asleep|gone to (?:bed|sleep|work))\b[^.!?\n]{0,20}?\b(?:then |and )?(?:i'll |"
            r"ill |i will |im |i'm |gonna |going to )?(?P<core>take|swallow|down|neck) (?:all (?:of )?"
            rf"(?:them|my (?:\w+ )?{ANY_MED}|the (?:\w+ )?{ANY_MED})|the (?:whole|entire|full) (?:box|"
            r"bottle|pack|packet|strip|lot))\b",
            Check.NEGATION,
            soon=HIGH,
        ),
        *each_alone(
            # Pills swallowed with their names listed: "swallowed all of it. lithium seroquel
            # lamictal everything", "swallowed every sertraline left in the box".
            "possible_overdose",
            HIGH,
            rf"\b(?P<core>(?:swallowed|took|taken|downed)) (?:all of (?:it|them)|everything|the lot)\b"
            rf"(?=[^\n]{{0,40}}?\b{ANY_MED}\b)"
            # Not the day's usual pills: "took the lot with my sertraline as usual".
            r"(?![^.!?\n]{0,60}\b(?:as usual|as always|like always|like normal|as normal|as prescribed|"
            r"like (?:i do )?every (?:morning|night|day)|with (?:my )?breakfast)\b)"
            rf"|\b(?P<core>(?:swallowed|took|taken|downed)) every (?:single )?(?:one of (?:my|the) )?(?:{ANY_MED}|one|pill|"
            r"tablet) (?:left )?(?:in|from) (?:the|my) (?:box|bottle|pack|packet|strip|blister|drawer|"
            r"cabinet)\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            soon=HIGH,
        ),
        rule(
            # An attempt by traffic: "stepped in front of a car on tuesday on purpose".
            "recent_attempt",
            HIGH,
            r"\b(?P<core>(?:stepped|walked|ran|jumped|threw myself)) (?:out )?in front of (?:a|the) (?:car|"
            r"bus|train|lorry|truck|van|tram)\b[^.!?\n]{0,30}?(?<!not )\bon purpose\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # An attempt by a crash: "crashed my car on purpose", "crashed the car deliberately".
            "recent_attempt",
            HIGH,
            r"\b(?P<core>crashed) (?:my|the|our|mums|mum's|dad's|dads) (?:car|bike|motorbike|van)\b[^.!?\n]{0,30}?"
            r"(?<!not )(?<!wasn't )\b(?:on purpose|deliberately|intentionally)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # ... and by driving into something: "drove into the barrier on purpose".
            "recent_attempt",
            HIGH,
            r"\b(?P<core>drove|steered|swerved|aimed) (?:(?:my|the|our) (?:car|bike|motorbike|van) )?"
            r"(?:straight |right )?(?:into|off|at|towards) (?:a|the|an) (?:\w+ )?(?:barrier|wall|tree|"
            r"bridge|lorry|truck|bus|traffic|pole|lamppost|ditch|river|cliff|embankment|overpass|"
            r"pillar)\b[^.!?\n]{0,30}?(?<!not )(?<!wasn't )\b(?:on purpose|deliberately|intentionally)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Means bought where no one would notice: "got what I need from 3 different chemists".
            "preparation",
            HIGH,
            r"\b(?:from|to|at|across|round|around) (?:(?:\d+|two|three|four|five|several|different) "
            r"(?:different )?(?:chemists|pharmacies|shops|stores|supermarkets)|(?:a|another) "
            r"(?:different )?(?:chemist|pharmacy|shop|store|supermarket))\b[^.!?\n]{0,30}?"
            r"\bso (?:nobody|no one|noone|they|no-one|the pharmacists?) (?:would |wouldn't |wouldnt |"
            r"won't |didn't )?(?:notice[sd]?|get suspicious|be suspicious|suspect\w*|asks?|ask "
            r"(?:any )?questions|asked|questions?)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        *each_alone(
            # A rope or a hose bought or sat with, for nothing it names: "i bought a rope today",
            # "sitting in my car with the hose and tape".
            "means_at_hand",
            HIGH,
            r"\b(?:i )?(?:just |finally )?(?P<core>(?:bought|got|ordered|picked up)) (?:a|the|some) "
            r"(?:rope|noose)\b(?=\s*(?:$|[.!,;\n]| today| tonight| yesterday| earlier| this "
            r"(?:morning|afternoon|evening)| online))"
            r"|\b(?P<core>(?:hose|hosepipe))\b[^.!?\n]{0,40}?\b(?:tape|exhaust|car window)\b"
            r"|\b(?:in|inside) (?:my|the) car with (?:the|a) (?P<core>(?:hose|hosepipe))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=Innocent(
                re.compile(
                    rf"{HOBBY_OR_KITCHEN.words.pattern}|\b(?:tow\w*|swing|skipping|jump rope|washing "
                    r"line|dogs?|tug|boat|tent|hammock|battle ropes?|crossfit|tie down|roof rack|"
                    r"trailer|halloween|costume|wash\w*|water\w*|plants|lawn|flowers|pool|hose ?pipe "
                    r"ban|leak\w*)\b"
                ),
                meant=FOR_MYSELF,
            ),
        ),
        *each_alone(
            # An act announced with no harmless object: "i'm going to jump when it gets dark",
            # "i'll be on the tracks", "this weekend it ends for me", "make sure it works this
            # time", "to take all at once".
            "suicidal_intent",
            HIGH,
            r"\b(?:i'm|im|i am) (?:going to|gonna) (?P<core>jump)(?= (?:when|once|after) (?:it gets dark|it's "
            r"dark|dark|everyone|they|the kids)| tonight| at \d|\s*(?:$|[.!\n]))"
            r"|\b(?:i'll|ill|i will) be (?P<core>on the (?:tracks|line|ledge))\b(?! (?:at \d|to meet|with|"
            r"crew|team|shift))"
            r"|\b(?P<core>it ends for me)\b"
            r"|\b(?P<core>(?:make sure|so) it works this time)\b"
            r"|\bhow many (?:it )?(?:would|will|'d) (?:it )?(?P<core>take to (?:kill me|die|do it|not wake "
            r"up))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=Innocent(
                re.compile(
                    r"\b(?:trampoline|pool|puddle|plane|parachute|skydiv\w*|bungee|queue|gun|lake|"
                    r"river swim|dive|diving|rope swing|hurdles?|high jump|long jump|ship|onboard|"
                    r"platform \d|engineer|works? on the (?:tracks|line)|track ?work|maintenance|"
                    r"shift|the jump|jumpscare|the app|the update|the code|the plan|diet|treatment|"
                    r"the meds? work|therapy|physio)\b"
                )
            ),
        ),
        rule(
            # Notes to be found, pills saved or pocketed, bleach drunk.
            "suicide_note",
            HIGH,
            r"\b(?:notes?|letters?)\b[^.!?\n]{0,60}?\b(?:they'll|she'll|he'll|they will|she will|he "
            r"will|you'll) (?P<core>find (?:them|it)) (?:tomorrow|in the morning|after|later|when|first "
            r"thing)\b",
            Check.NEGATION,
            unless=ORDINARY_LETTERS,
        ),
        *each_alone(
            "preparation",
            HIGH,
            r"\b(?:i've |ive |i have )?(?P<core>got (?:the|my|all the|all my) (?:pills|tablets|meds) "
            r"saved(?: up)?)\b",
            Check.NEGATION,
            unless=PILL_ROUTINE,
        ),
        *each_alone(
            # Taken from stock, or kept back, to be taken together.
            "preparation",
            HIGH,
            r"\b(?P<core>pocketing (?:tablets|pills|meds))\b"
            r"|\b(?:saving|saved|pocketing|pocketed|stashing|collecting|kept|keeping)\b[^.!?\n]{0,40}?"
            r"\b(?P<core>to take (?:them )?all at once)\b",
            Check.NEGATION,
        ),
        *each_alone(
            "possible_poisoning",
            HIGH,
            r"\b(?P<core>(?:swallowed|drank|drunk|drinking|drink)) (?:some |a (?:bit|cup|glass|bottle) of "
            r"|the )?(?:bleach|drain cleaner|antifreeze|weedkiller|poison|detergent|pesticide|"
            r"paraquat|rat poison|sniper|dichlorvos|gramoxone|insecticide)\b"
            # Nigerian Pidgin: "i don buy Sniper for market, i go drink am tonight".
            r"|\b(?:sniper|dichlorvos|gramoxone|paraquat|rat poison|insecticide)\b[^.!?\n]{0,40}?\bi (?:go|"
            r"wan|don|will) (?P<core>(?:drink|swallow|take)) (?:am|it|everything)\b",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.MISTAKE | Check.HISTORY,
            soon=IMMINENT,
        ),
        *each_alone(
            # Said outright, tersely, the way a last message often is: "ending it tonight", "i'm
            # doing it tonight", "so she can't stop me this time", "i know how and where", "do i
            # have a plan? yes. sunday", "got a rope and a plan".
            "suicidal_intent",
            HIGH,
            r"(?:^|(?<=[.!?\n])\s*|\b(?:i'm|im|i am) )(?P<core>ending it|end it all|ending it all) (?:tonight|today|"
            r"tomorrow|this weekend|now|right now|on (?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday))\b"
            r"|\b(?:i'm|im|i am) (?P<core>doing it) (?:tonight|today|right now|this time)\b"
            r"|\bso (?:she|he|they|nobody|no one|noone|you) (?:can't|cant|cannot|won't|can not) "
            r"(?P<core>stop me)\b|\bso (?:nobody|no one|noone) can (?P<core>stop me)\b"
            r"|\bi know (?P<core>how and (?:i know )?where)\b(?=\s*(?:$|[.!,;\n]| and when| just| now))"
            r"|\b(?:do i have|have i got|you asked if i (?:have|had)|you asked (?:me )?if i(?:'ve| have)? "
            r"got) a plan\W+(?P<core>yes|yeah|yep|i do)\b"
            r"|\b(?:got|have|i've got) (?:a |the )?(?:rope|gun|pills) and (?P<core>a plan)\b(?!\s+(?:for|to)\b)"
            r"|\b(?:picked|chosen|chose|got) the (?:spot|place) and the (?P<core>(?:day|date|time))\b(?!\s+(?:for|of)\b)"
            r"|\bso (?:i|that i) can (?P<core>(?:jump|step|throw myself)) (?:in front of|under) (?:it|the "
            r"train|a train|the bus)\b"
            r"|\bso (?:i|that i) can (?P<core>(?:take|swallow)) (?:them|it) all\b(?!\s+(?:to|with|home|out|back|for|in|at|on|"
            r"outside|together)\b)"
            r"|\bso (?:i|that i) (?:could|can) (?P<core>stockpile) (?:them|it)\b(?!\s+for\b)"
            r"|\b(?:whether|if) the (?:fall|drop|height) (?:is|would be|'s) (?P<core>(?:high )?enough)\b"
            r"|\b(?:i )?(?:say|said) (?:thank you and )?(?P<core>goodbye) before i go\b"
            r"|\bi am (?P<core>decide) to (?:die|end it|kill myself|end my life)\b"
            r"|\b(?:set|picked|chose|chosen) a (?:date|day|time) to (?P<core>(?:end it|die|kill myself|end "
            r"my life|do it))\b",
            Check.NEGATION | Check.TONE,
            soon=IMMINENT,
            unless=Innocent(
                re.compile(
                    r"\b(?:relationship|him|her|with (?:him|her|them)|things with|dating|marriage|"
                    r"homework|assignment|essay|taxes|workout|presentation|speech|exam|project|"
                    r"haircut|tattoo|interview|gym|run|marathon|skydiv\w*|bungee|wedding|party|move|"
                    r"trip|holiday|picnic|swing|flights?|vet|winter|paint\w*)\b"
                )
            ),
        ),
        rule(
            # A gun taken out of its safe: "got my dad's gun out of the safe, it's on my bed".
            "means_at_hand",
            HIGH,
            r"\b(?P<core>(?:got|took|taken|grabbed)) (?:my |the )?(?:\w+'s |his |her )?(?:gun|rifle|shotgun|"
            r"pistol) out(?: of (?:the|his|her|my) (?:safe|cabinet|drawer|locker|case))?\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            unless=Innocent(
                re.compile(
                    r"\b(?:hunting|hunt|range|clean\w*|shoot\w* clays?|clay pigeons?|clays|skeet|deer|season|"
                    r"licen[cs]e)\b"
                )
            ),
        ),
        *each_alone(
            # A wish the night would be the last: "go to bed every night hoping it's the last time".
            "passive_wish",
            MODERATE,
            r"\b(?:go|going|went) to (?:bed|sleep)\b[^.!?\n]{0,30}?\b(?P<core>hop(?:e|ing)) (?:it's|its|it "
            r"is|this is|that's|tonight is|i don't|i dont|i won't|i wont) (?:the last (?:time|night)|"
            r"wake up)\b(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:go|going|went) to (?:bed|sleep)\b[^.!?\n]{0,30}?\b(?P<core>hop(?:e|ing)) tomorrow "
            r"never comes\b"
            r"|\b(?:go|going|went) to (?:bed|sleep)\b[^.!?\n]{0,30}?\b(?P<core>pray(?:ing)?|hop(?:e|ing)|"
            r"wish(?:ing)?)\b[^.!?\n]{0,40}?\bno (?:morning|tomorrow) for me\b",
            USUAL,
        ),
        *each_alone(
            # The end after a day named, or "soon": "after this weekend none of it will matter
            # anymore", "soon none of this will be my problem".
            "suicidal_intent",
            HIGH,
            r"\b(?:after|by|from) (?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|tonight|tomorrow|weekend|week|month)\b[^.!?\n]{0,20}?\b(?:none of (?:it|this|that)|"
            r"nothing) (?:will|is going to|'ll) (?P<core>matter)\b"
            r"|\b(?:soon|after (?:tonight|today|this))\b,? (?:none of (?:it|this|that)|nothing) (?:will|is "
            r"going to|'ll) (?P<core>be my problem)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=_SOMEWHERE_ELSE,
        ),
        *each_alone(
            # Following one who dies, a decision to end, a love sent in the past tense, no word
            # after tonight: "once my dog passes I'm going too", "at peace with my decision to end
            # things", "please tell my mum I loved her", "you won't hear from me after tonight".
            "plan",
            HIGH,
            r"\b(?:once|when|after) (?:my|the|our) (?:[\w']+ )?(?:dog|cat|pet|horse|mum|mom|dad|nan|gran|"
            r"grandma|grandad|husband|wife|partner) (?:passes|dies|is gone|goes|has gone|has passed|has "
            r"died)(?: away)?,? (?P<core>i'm going too|i'll go too|i will go too|i'm going with (?:him|her|"
            r"them)|i'll follow|i will follow)\b"
            r"|\b(?:my|the) decision to (?P<core>end (?:it|things|my life|everything)|die|kill myself|go "
            r"through with it)\b(?! with)"
            r"|\b(?:i'm|i am|im) (?P<core>checking out) (?:for good|permanently)\b",
            Check.NEGATION,
            unless=_SOMEWHERE_ELSE,
            soon=IMMINENT,
        ),
        rule(
            # No word after tonight, a cliff trip as the plan: "you won't hear from me after
            # tonight", "plan is to drive up to the cliffs on sunday".
            "plan",
            HIGH,
            r"\b(?:you |u )?(?:won't|wont|will not) hear from me (?:again|anymore|ever again|after "
            r"(?:tonight|today|this|tomorrow))\b"
            r"|\b(?:the |my )?plan is to (?:drive|go|walk|head|get|take the \w+) (?:up |out |down )?to the "
            r"(?:cliffs?|bridge|tracks|railway|quarry|reservoir|multi-?storey|car park roof|roof|edge|sea|"
            r"river|lake|motorway)\b"
            # ... or said with the hour: "after my shift tonight I'm driving to the bridge".
            r"|\b(?:tonight|at dawn|at midnight|before (?:dawn|morning))\b[^.!?\n]{0,30}?\b(?:i'm|im|i am) "
            r"(?:driving|going|heading|walking) (?:up |out |down )?to the (?:cliffs?|bridge|tracks|railway|"
            r"quarry|multi-?storey)\b"
            r"|\b(?:i'm|im|i am) (?:driving|going|heading|walking) (?:up |out |down )?to the (?:cliffs?|"
            r"bridge(?! (?:club|game|night|tournament|lessons?|party|evening|match))|tracks|railway|quarry|multi-?storey)\b(?=[^.!?\n]{0,30}?\b(?:tonight|at dawn|at "
            r"midnight|before (?:dawn|morning))\b)",
            Check.NONE,  # the denial is the farewell itself
            unless=_AWAY_OR_SIGHTSEEING,
            soon=IMMINENT,
        ),
        rule(
            # A love sent in the past tense ("please tell my mum I loved her"), unless it is the
            # exam-killed-me joke ("I am deceased, tell my family I loved them").
            "plan",
            HIGH,
            r"\b(?:please )?tell (?:my |the )?(?:\w+ ){0,2}?(?:that )?i (?P<core>loved) (?:her|him|them|"
            r"you|everyone|all of you)(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION | Check.TONE,
            unless=Innocent(
                re.compile(
                    r"\b(?:murdered me|killed me|destroyed me|(?:i am|i'm|im) (?:deceased|dead|"
                    r"dying)|rip me|send help|exam|test|quiz|deadline)\b"
                )
            ),
            soon=IMMINENT,
        ),
        *each_alone(
            # Belongings seen to for afterwards: "sorted it so nobody has to deal with my things",
            # "gave my guitar to my neighbour. won't be needing them", an email set to go with the
            # passwords, a pet rehomed with "someone who'll be around".
            "preparation",
            HIGH,
            r"\bso (?:that )?(?:nobody|no one|noone|no-one) (?:has|will have|would have|needs|will need) to "
            r"(?:deal with|sort out|go through|clear out|sort through) my (?P<core>things|stuff|belongings|"
            r"mess|affairs|room|flat)\b"
            r"|\b(?:gave|given|giving|handed)\b[^\n]{0,80}?\b(?P<core>won't be needing|wont be needing|"
            r"won't need|wont need) (?:them|it|these|those|any of (?:it|them))(?: anymore| again| now)?"
            r"(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:set up|scheduled?|scheduling|timed|queued) (?:an? )?(?P<core>(?:email|message|text|"
            r"letter)s?) (?:to (?:go|be sent) )?(?:to|for) [^.!?\n]{0,60}?\b(?:passwords|logins|"
            r"insurance|bank details|my will|pin)\b"
            r"|\b(?:new home|rehom\w+|new owner)\b[^\n]{0,80}?\b(?:deserves?|needs?) (?:someone|somebody|"
            r"an owner|a person|people) (?:who|that)(?:'ll| will| is going to) (?P<core>be around|still be "
            r"(?:here|around)|be there)\b",
            Check.NEGATION,
            unless=Innocent(
                re.compile(
                    r"\b(?:when i'm old|someday|some day|one day|eventually|when the time comes|in the "
                    r"future|decades|retir\w*|moving|emigrat\w+|abroad|overseas|new job|travel\w*|"
                    r"holiday|vacation|trip|accountant|solicitor|lawyer|colleague|boss|landlord|"
                    r"work)\b"
                )
            ),
        ),
        *each_alone(
            # A way or a height checked: "does the car exhaust thing still work", "whether the
            # multistorey is high enough", "measuring the balcony railing height in my head".
            "method_research",
            HIGH,
            r"\b(?:does|do|would|will|can|could|is)\b[^.!?\n]{0,10}?\b(?:car )?exhaust (?:thing|method|fumes|"
            r"pipe|hose)\b[^.!?\n]{0,40}?\b(?P<core>(?:still )?(?:work|kill|be enough))\b"
            r"|\b(?:car park|multi-?storey|bridge|building|roof|balcony|cliff|tower|flyover|overpass)\b"
            r"[^.!?\n]{0,60}?\b(?:is |it's |its )?(?P<core>(?:high|tall) enough)\b(?! (?:for|to fit|to "
            r"clear|to get under|to see))",
            Check.NEGATION,
            unless=HOBBY,
        ),
        *each_alone(
            "method_thoughts",
            MODERATE,
            r"\b(?P<core>measur\w*) (?:the )?(?:balcony|railing|bridge|window|ledge|drop|fall)[\w ]{0,25}? "
            r"in my head\b",
            Check.NEGATION,
        ),
        *each_alone(
            # Found before it worked: "my mum found me before it worked. that was two days ago".
            "recent_attempt",
            HIGH,
            r"\b(?:found|stopped|caught|saw) me before (?P<core>(?:it|they|the pills|the overdose|the "
            r"tablets) (?:worked|could work|kicked in|took effect))\b",
            Check.NEGATION | Check.HISTORY,
        ),
        *each_alone(
            # Ways looked for, bare or asked about: "googling painless ways", "researching methods
            # for when I'm ready", "how tight does a ligature have to be", "which bridges don't
            # have the barriers up yet", "you don't feel anything if you take enough".
            "method_research",
            HIGH,
            r"\b(?:googl\w*|search\w*|look\w* up|research\w*) (?:for )?(?:the )?(?P<core>(?:painless|quick|quickest|"
            r"easy|easiest|surest|best|least painful) (?:ways?|methods?))(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?P<core>researching (?:methods|ways))\b(?! (?:for|of|to|in) (?:my|the|a|an|our|this) "
            r"(?:\w+ )?(?:thesis|study|paper|project|class|essay|dissertation|course|job|work|team|"
            r"research|report|assignment|module))"
            r"|\bhow (?:tight|long|high|much weight)\b[^.?!\n]{0,30}?\b(?P<core>ligature|noose)"
            r"|\b(?:which|what) (?:bridges?|buildings?|car parks?|cliffs?|stations?|platforms?)\b"
            r"[^.?!\n]{0,40}?\b(?P<core>(?:don't|do not|doesn't|without|no) (?:have )?(?:the )?(?:barriers?|"
            r"fences?|nets?|railings?|cameras?|suicide nets?))"
            r"|\b(?P<core>(?:don't|do not|won't|wouldn't) feel (?:anything|a thing|any pain))\b"
            r"[^.?!\n]{0,40}?\b(?:if|when) you (?:(?:take|swallow) (?:enough|too many|all|a lot|a bunch|the "
            r"whole|loads)|jump|hang|overdose|od)\b",
            Check.NEGATION,
            unless=HOBBY,
        ),
        *each_alone(
            # A deadline set, means saved, or named with a time and nothing else: "if nobody
            # replies by midnight I'm taking the pills", "the lithium ...
            # I've saved up enough of it", "🪢 tonight" (means and a time, nothing else).
            "plan",
            HIGH,
            r"\bif (?:nobody|no one|noone|he|she|they|you)\b[^.!?\n]{0,60}?\b(?:by|before) (?:midnight|"
            r"tonight|morning|\d+(?::\d\d)? ?(?:am|pm)?)\b[^.!?\n]{0,20}?\bi(?:'m| am|'ll| will) "
            r"(?P<core>(?:take|taking|swallow|swallowing) (?:the|my|all (?:the|my)) (?:pills|tablets|meds))"
            rf"|\b{ANY_MED}\b[^\n]{{0,60}}?\b(?P<core>saved up enough|stockpiled enough|saved enough) "
            r"(?:of )?(?:it|them)\b"
            r"|^\s*(?:the |a |my )?(?P<core>rope|noose|gun)\s*[.!,]*\s*(?:tonight|at midnight)\s*[.!]*$",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        *each_alone(
            # Pills taken, told with the hour or in learner's English: "I took all of them an hour
            # ago", "I drink all my tablets one hour before".
            "overdose_in_progress",
            IMMINENT,
            r"\b(?:took|swallowed|downed|drank) (?P<core>all of them|them all|the lot)\b[^.!?\n]{0,20}?"
            r"\b(?:an hour|half an hour|\d+ (?:hours?|hrs?|mins?|minutes)|a few (?:hours|minutes)) ago\b"
            r"|\b(?:i )?(?:drink|drank|drunk) (?P<core>(?:all|all of|the whole)(?: my| the)? (?:tablets|"
            r"pills|meds|medication))\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        *each_alone(
            # Still here for one reason, or leaning the other way: "there's no respawn and that's
            # the only reason I haven't jumped yet", "to be or not to be, and lately I'm leaning
            # towards not".
            "active_ideation",
            MODERATE,
            r"\b(?:only|one|main) (?:thing|reason) (?P<core>(?:i haven't|i've not|i have not|stopping me "
            r"from|keeping me from) (?:jumped|jumping|done it|doing it|killed myself|killing myself|ended "
            r"it|ending it|gone through with it))\b",
            Check.NEGATION,
            soon=HIGH,
        ),
        *each_alone(
            "passive_wish",
            LOW,
            r"\bto be or not to be\b[^\n]{0,60}?\b(?P<core>leaning|lean|going|picking|choosing) "
            r"(?:towards |toward |with )?(?:not|the not|the second)\b"
            r"|\b(?:only|just) (?P<core>want) (?:the|this|all the|all this) (?:suffering|pain|hurting) to "
            r"(?:stop|end)(?=\s*(?:$|[.!,;\n]))",
            Check.HISTORY,
        ),
        *each_alone(
            # Decided, in so many words, not to be alive by a day; a dose worked out; a second
            # supply got to have enough; tablets bought at several pharmacies; a height or a
            # barrier checked; liver damage looked up; "sorry for what's coming".
            "plan",
            HIGH,
            r"\bdecided (?:that )?i (?P<core>(?:won't|will not|wont|am not going to|'m not going to) be "
            r"(?:here|around|alive))\b"
            # "worked out how many I'd need" names the pills, or a death: not "how many tiles".
            r"|\bworked out (?:the )?(?P<core>dose|how many|amount)\b(?:[^.!?\n]{0,20}?\b(?:pills|tablets|"
            r"meds|of them|of my \w+|paracetamol|painkillers))?(?: (?:i'd|i would) need\b|[^.!?\n]{0,40}?\bto "
            r"(?:die|kill|do it|be fatal|not wake up))"
            r"|\bprescription\b[^.!?\n]{0,60}?\bso (?:i'd|i would|i'll|i) (?P<core>have enough)\b"
            r"|\b(?:tablets|pills|paracetamol|painkillers|meds)\b[^.!?\n]{0,30}?\b(?:from|at) (?P<core>(?:two|"
            r"three|four|five|several|different|multiple|\d)(?: different| separate)? (?:pharmac(?:y|ies)|"
            r"chemists?|shops|stores))\b"
            r"|\b(?:railings?|barriers?|fences?|walls?)\b[^.!?\n]{0,50}?\b(?P<core>low enough|not high enough|"
            r"easy (?:enough )?to climb)\b"
            r"|\b(?P<core>enough high|high enough|tall enough) (?:for|to) (?:not survive|die|kill|be sure|"
            r"make sure)\b"
            r"|\b(?:googl\w*|search\w*|look\w* up|read\w* (?:up )?(?:about|on)|research\w*)\b[^.!?\n]{0,20}?"
            r"\bwhich (?:pills|painkillers|tablets|meds|medications?) (?P<core>wreck|destroy|damage|kill|shut "
            r"down|fry)\b"
            r"|\bsorry for (?P<core>what(?:'s| is) (?:coming|about to happen)|what i'm (?:about|going) to do)\b"
            r"|\b(?:tried|attempt\w*|overdos\w*|survived|woke up|didn't work)\b[^\n]{0,80}?\b(?:do|doing) it "
            r"(?P<core>properly) (?:next time|this time)\b"
            r"|\b(?P<core>charcoal)\b[^\n]{0,80}?\b(?:i don't|i do not|dont|i don't even) (?:own|have) (?:a|any) "
            r"(?:bbq|barbecue|grill)\b"
            r"|\b(?:i'd|i would|i|i'm|i've been) (?:be )?(?:answering|answer|answered|say|said|saying|"
            r"tick|ticked|ticking) yes to (?P<core>intent|preparatory behaviou?r|a plan|plan|preparation)\b"
            r"|\b(?P<core>(?:aborted|interrupted) (?:suicide )?attempt)\b(?! (?:at|to|of|on)\b)"
            r"|\bhad the (?:ligature|noose|rope|belt) (?P<core>set up|ready|tied)\b"
            r"|\b(?:wish(?:es|ed)?|wishing) (?:it|they|the pills|the overdose) (?:had )?(?P<core>worked|"
            r"done it|finished me)\b(?! out)"
            r"|\b(?:paracetamol|pills|tablets|overdose|it) (?P<core>didn't do what i wanted(?: it| them)? to)\b"
            r"|\bpoison control\b[^.!?\n]{0,60}?\b(?P<core>what i took|i took|i'd taken|i had taken)\b"
            r"|^\s*(?:the |my )?(?P<core>note(?:'s| is) (?:written|done|ready|finished))\W*$"
            # Absolution asked for: "please tell my therapist it wasn't her fault."
            r"|\btell (?:my |the )?\w+ (?:that )?it (?P<core>(?:wasn't|was not|isn't|is not) (?:her|his|"
            r"their|your) fault)(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION | Check.HISTORY,
            unless=Innocent(
                re.compile(
                    r"\b(?:climb\w*|bouldering|garden\w*|fence panel|builder|landlord|kids|toddler|"
                    r"puppy|dog|cat|job|work|shift|exam|holiday|vacation|trip|abroad|travel\w*|"
                    r"flight|flying|wedding|conference|rome|paris|spain|moving)\b"
                )
            ),
        ),
        *each_alone(
            # Wounds treated, the cause hidden or the care repeated: "needed 9 stitches in my
            # thigh, told the nurse I fell on glass", "A&E glued my arm again".
            "self_harm_medical",
            HIGH,
            r"\b(?:stitches|stitched|glued|steri-?strips?|staples)\b[^.!?\n]{0,60}?\b(?P<core>told (?:the|"
            r"my|a) (?:nurse|doctor|gp|triage|paramedic|mum|mom|dad)s? (?:that )?i (?:fell|tripped|"
            r"slipped|caught it|cut it))"
            r"|\b(?:glued|stitched|stapled) (?:up )?my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs)\b"
            r"[^.!?\n]{0,10}?\b(?P<core>again)\b"
            r"|\b(?P<core>told (?:the|my|a) (?:nurse|doctor|gp|triage|paramedic)s? (?:that )?i (?:fell|"
            r"tripped|slipped))\b[^\n]{0,60}?\b(?:stitches|stitched|glued|steri-?strips?)\b",
            Check.NEGATION | Check.HISTORY,
            unless=Innocent(re.compile(r"\b(?:glue gun|hot glue|craft\w*|diy|models?|woodwork)\b")),
        ),
    )
)


ARRANGEMENT_SIGNS = RuleSet(
    (
        *each_alone(
            # Plans and their timing told plainly, last things done, a place checked, hidden
            # traces: "been planning it for a couple of weeks", "just picking the day", "wait until
            # after mum's funeral so I don't ruin that", "that was the last thing on the list",
            # "when the security guard does his rounds", "cleared my search history", "tidying up
            # before I go", "can you make sure someone feeds my cat".
            "preparation",
            HIGH,
            r"\bbeen planning (?:it|this) (?:for|since)\b"
            r"|\b(?:just |only )?(?:picking|choosing|deciding on) (?:the|a) (?:day|date|night|time)\b"
            r"|\bi know (?:where and how|how and where|when and where|where and when)\b"
            r"|\bso (?:i don't|i won't|as not to|it doesn't|i do not) ruin (?:that|it|christmas|"
            r"(?:their|her|his|the) \w+) for\b"
            r"|\b(?:wait(?:ing)? (?:until|till) after)\b[^\n]{0,100}?\bthen (?:i'm|im|i am) (?:done|gone|"
            r"out)(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:that was |that's |this is )?the last thing on (?:the|my) list\b"
            r"|\b(?:they|she|he|nobody|no one) (?:don't|doesn't|does not|do not) need to know why\b"
            r"|\bwhen the (?:security )?guards? (?:does|do|did|make|makes) (?:his|her|their|the) rounds\b"
            r"|\b(?:went|go|going|been) up to the (?:top floor|roof|top) of (?:the|a) (?:car park|"
            r"multi-?storey|building|tower)\b"
            r"|\bclear(?:ed|ing) my (?:search|browser|browsing) history\b"
            r"|\b(?:tidying|tidy|sorting|clearing) (?:things |everything |stuff )?up before i go\b"
            r"|\b(?:make sure|can you|please) (?:someone |somebody )?(?:feeds?|looks? after|takes? care "
            r"of|walks?) my (?:cat|dog|pets?|fish|rabbits?|kids)\b"
            r"|\bi (?:believe|think|reckon) i (?:have|'ve got) enough(?: now)?(?=\s*(?:$|[.!,;\n]))"
            r"|\bi(?:'ve| have) got more than (?:that|enough)\b"
            r"|\bi (?:think )?i(?:'ve| have) found mine\b"
            r"|\b(?:pills|tablets|meds)(?: are| all)? counted\b"
            r"|\b(?:chose|chosen|picked|told \w+ (?:which|what)) (?:the )?(?:hymns|songs|music)\b",
            Check.NEGATION,
            unless=_AWAY_OR_SIGHTSEEING,
        ),
        *each_alone(
            # Farewells that go without saying the word: "please tell my therapist it wasn't her
            # fault", "she did everything right", "if anyone reads this chat log afterwards",
            # "I really did try", "I don't expect to see Christmas, and that is my own choice".
            "goodbye_message",
            HIGH,
            r"\b(?:she|he|they|you) did everything right\b"
            r"|\b(?:reads?|finds?|sees?) this (?:chat|log|message|note|conversation)?(?: log)? afterwards\b"
            r"|\bi (?:really )?did try(?=\s*(?:$|[.!,;\n]))"
            r"|\bi (?:don't|do not) expect to see (?:christmas|the new year|my birthday|spring|summer|next "
            r"year|another \w+)\b"
            r"|\b(?:that is|that's|it is|it's) my (?:own )?choice(?=\s*(?:$|[.!,;\n]))"
            r"|(?:^|(?<=[.!,;\n] ))ready[.!\s]*$",
            Check.NEGATION,
        ),
        *each_alone(
            # Affairs put in order for someone else to take over.
            "preparation",
            HIGH,
            r"\b(?:wrote|written|writing|left|leaving|gave|sent|shared|printed|put) (?:down )?(?:all )?"
            r"(?:my |the )?(?:passwords|logins|log-?ins|pin numbers?|bank (?:details|logins)|account "
            r"details)\b"
            r"|\bpaid (?:off )?(?:every|all (?:of )?(?:my|the)|my|the|next month's) (?:bills?|debts?|rent|loans?)\b"
            r"|\bcancell?ed my (?:phone contract|subscriptions|gym membership|lease)\b"
            r"|\b(?:left|leaving|wrote|written|writing|made) (?:down )?(?:\w+ ){0,2}?(?:instructions|"
            r"a list|notes?)\b[^.!?\n]{0,30}?\bfor (?:the|my) (?:dog|cat|pets?|kids|children|family|"
            r"sister|brother|partner|wife|husband|mum|mom|dad)\b"
            r"|\bwrote down the (?:dog|cat|pet)(?:'s|s)? (?:food|vet|walks?|meds|routine)\b"
            r"|\bdelet(?:ed|ing|e) (?:all )?(?:of )?(?:my )?(?:socials|social media|accounts|instagram|"
            r"facebook|tiktok|twitter|snapchat)\b"
            r"|\btying up (?:all )?(?:the |my )?loose ends\b|\b(?:getting|got|put|putting) (?:all )?my "
            r"(?:affairs|things|stuff|papers) in order\b"
            r"|\b(?:left|leaving|put) (?:their |his |her |my |the )?(?:birth certificates|insurance "
            r"papers|will|passwords|house keys|bank cards)\b[^.!?\n]{0,40}?\bon the (?:kitchen )?"
            r"(?:table|counter|side)\b"
            r"|\b(?:quit|cancelled|canceled|stopped) (?:my )?(?:job|therapy|meds|gym|lease|phone "
            r"contract)\b[^.!?\n]{0,30}?\b(?:no point|won't need|wont need|not going to need)\b"
            r"|\b(?:(?:i've|ive|i have) )?got everything (?:ready|i need|sorted)\b"
            r"|\b(?:returned|gave back) (?:all )?(?:my |the )?(?:library books|borrowed \w+)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=ORDINARY_EVENTS,
        ),
        *each_alone(
            # What is left for after: "so she doesn't have to deal with it after", "nobody gets
            # stuck with them after I'm not around", "look after my kids".
            "goodbye_message",
            HIGH,
            r"\b(?:deal with|find|sort(?: out)?|handle|clean up|pay)(?: (?:it|this|everything|them|things|"
            r"the \w+))? after(?:wards)?(?=\s*(?:$|[.!,;\n]))"
            r"|\bwho gets my (?:things|stuff|cat|dog|car|money|belongings|room)\b"
            r"|\bafter (?:i'm|im|i am) (?:not around|gone|no longer (?:here|around)|not here)\b"
            r"(?! (?:to|for|on|out|away|shopping|home|abroad|from)\b)"
            r"|\b(?:nobody|no one|noone) (?:gets|is|will be) (?:stuck|left) with\b"
            r"|\bfor whoever finds (?:him|her|them|it)\b"
            r"|^(?:please |pls |plz )?look after (?:my|the) (?:kids|children|dog|cat|pets|babies)\b",
            Check.NONE,
        ),
        *each_alone(
            # A parting with a time: "ill be gone by morning", "if im not here tomorrow", "it's
            # loaded and it's for me", "the date's set and i've told no one".
            "farewell",
            HIGH,
            r"\b(?:i'll|ill|i will) be gone (?:by|before) (?:the )?(?:morning|tomorrow|sunrise|dawn)\b"
            r"|\bif (?:i'm|im|i am) (?:not here|gone|not around|still here) (?:tomorrow|by morning|in the "
            r"morning)\b"
            r"|\b(?:and )?(?:it's|its|it is) for me(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:tomorrow|by tomorrow) (?:i'll|ill|i will) be gone\b"
            r"|\bthis is (?:the|my) last (?:one|message|text)\b"
            r"|\b(?:i'm|im|i am) not coming back\b"
            r"|\bthanks? (?:you )?for (?:listening|everything)\b(?=\s*(?:$|[.!\n]))"
            r"|\bi mean it this time\b"
            r"|\b(?:it's|its|it is) (?:almost |nearly )?time (?:for me )?to go\b"
            r"|\b(?:she|he|they|everyone) thinks? (?:i'm|im|i am) (?:just )?(?:moving|going away|"
            r"travelling|traveling|on holiday)\b"
            r"|\btold (?:her|him|them) (?:it's|its) (?:just )?(?:for a (?:while|bit)|temporary)\b"
            r"|\bleft (?:them|it) (?:in|on|under) my (?:desk |bedside )?(?:drawer|desk|pillow|bed)\b"
            r"|\b(?:i've |ive |i have )?told no ?one\b(?=\s*(?:$|[.!,;\n]))",
            Check.NONE,
        ),
        *each_alone(
            # A time waited for: "just waiting till mum leaves for work", "after my sister's
            # wedding i'm done", "haven't picked when yet", "i have a plan and a date".
            "plan_with_time",
            HIGH,
            r"\b(?:just )?waiting (?:till|until|for) (?:mum|mom|dad|everyone|everybody|the kids|my \w+|"
            r"him|her|them|he|she|they)(?: to)? (?:leaves?|go(?:es)? out|(?:is|are|to be|'s|'re) asleep|"
            r"falls? asleep|go(?:es)? to (?:bed|sleep|work))\b"
            r"|\b(?:after|once|when|while) (?:everyone|everybody|they|the kids|my \w+|mum|mom|dad|he|she) "
            r"(?:leaves|left|goes out|(?:is|are|'s|'re) (?:asleep|gone|out|away))\b"
            r"|\b(?:got it|have it|it's|its|it is|it's all) planned for (?:the \d+\w*|the weekend|next \w+|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b"
            r"|\bthe date(?:'s| is) set\b"
            r"|\b(?:once|when|after) the (?:house|flat|place) is empty\b"
            r"|\b(?:i'm|im|i am) (?:going to|gonna) do it(?=\s*(?:$|[.!\n]))"
            r"|\b(?:it's|its|it is) (?:soon|going to be soon)(?=\s*(?:$|[.!\n]))"
            r"|\bdone thinking about it\b"
            r"|\bfor when (?:i'm|im|i am) ready\b"
            r"|\b(?:i'm|im|i am) (?:going to|gonna) do it (?:on |this |next )?(?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|tonight|tomorrow|weekend)\b"
            r"|\b(?:after|once|when) [^.!?\n]{0,40}?\b(?:i'm|im|i am) (?:done|gone|out of here)(?=\s*"
            r"(?:$|[.!;\n]))"
            r"|\b(?:don't|dont|do not) want to ruin (?:her|his|their|the|my \w+(?:'s)?) (?:day|wedding|"
            r"birthday|christmas|holiday|exams?)\b"
            r"|\b(?:haven't|havent|have not|not yet|still need to|yet to) (?:picked|chosen|decided|set) "
            r"(?:when|the day|a date|the date|a day)\b"
            r"|\b(?:have|got|made) a plan and a (?:date|day|time)\b(?! for)"
            r"|\b(?:i've|ive|i have|i) planned it for (?:my birthday|next \w+|the \d+\w*|the weekend|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b",
            Check.NEGATION,
        ),
        *each_alone(
            # A place gone to or scouted, its times and access: "parked up by the woods", "walked
            # down to the train tracks", "timed when the freight comes through", "what time they
            # lock it", "the one with no fence".
            "place_of_risk",
            HIGH,
            r"\b(?:parked|parked up|sat|sitting|standing|waiting) (?:up |out )?(?:by|at|near|in|on) the "
            r"(?:woods|forest|cliffs?|bridge|tracks|river|lake|quarry|reservoir|pier|viaduct)\b"
            r"|\b(?:walked|went|drove|going|headed|walk) (?:down |out |over )?to the (?:train |railway |"
            r"rail )?(?:tracks|line)\b"
            r"|\b(?:timed|worked out|found out) (?:when|what time|how often) (?:the )?(?:freight|trains?|"
            r"express|last train)\b"
            r"|\b(?:what time|when) (?:they|do they|does it|it) (?:lock|close|shut)s? (?:it|up|the "
            r"(?:roof|top|gate|doors?))\b"
            r"|\b(?:with|has|there's) no (?:fence|barrier|railing|netting)\b"
            r"|\b(?:googled|looked up|searched|found) the (?:tallest|highest) (?:car park|building|bridge|"
            r"multi[- ]?storey|tower|cliff)\b"
            r"|\bhow to get (?:onto|on to|up on|up to|to) the roof\b|\b(?:is|are) the roof (?:access )?"
            r"(?:open|locked)\b"
            r"|\bwhich (?:floor|storey|level)\b[^.!?\n]{0,40}?\bhigh enough\b"
            r"|\b(?:worked out|figured out|know|decided|picked|chosen|found) (?:exactly )?which "
            r"(?:bridge|building|cliff|overpass|car park|multi[- ]?storey|tower|rooftop|bend|tree)\b",
            Check.NEGATION,
        ),
        *each_alone(
            # Means set out or within reach: "the pills are kept ready in my bag", "knife right
            # next to me", "bottle's open on my lap", "pills are out".
            "means_at_hand",
            HIGH,
            r"\b(?:the |my )?(?:pills|tablets|meds|rope|gun|blades?|razor|knife)(?:'s| is| are) (?:kept |"
            r"all |already )*(?:ready|out|open)\b"
            r"|\b(?:knife|blade|razor|gun|rope|pills|bottle)(?:'s| is| are)? (?:right )?(?:next to|beside) "
            r"me\b|\bbottle(?:'s| is) open\b"
            r"|\b(?:tipping|tipped|counting|counted) (?:them|the pills|the tablets|my pills) out\b"
            r"|\b(?:them|the pills|my pills|the tablets) (?:all )?lined up\b|\bcounting them\b"
            r"|\b(?:the )?rope(?:'s| is)?(?: still)? in (?:the|my) (?:boot|car|trunk|bag|wardrobe|garage|shed)\b"
            r"|\b(?:i )?know where (?:he|she|they|dad|mum|mom|my \w+) (?:keeps|hides|stores|puts) "
            r"(?:the|his|her|their) (?:gun|guns|shotgun|rifle|cartridges|ammo|bullets|shells|pills|"
            r"meds|tablets|key)\b"
            r"|\b(?:has|have|got|keeps) (?:a|the|his|her) (?:shotgun|rifle|gun|pistol)\b",
            Check.NEGATION,
            unless=HOBBY_OR_KITCHEN,
        ),
        *each_alone(
            # A decision and a ruin of someone's day avoided: "I have decided," said bare.
            "decision_made",
            HIGH,
            r"\b(?:i've|ive|i have) (?:finally )?decided(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:i will|i'll|ill|gonna|going to) finish (?:everything|it all|myself)\b"
            r"|\b(?:i'm|im|i am) doing it this time\b|\bi (?:still )?mean every word\b"
            r"|\blet fate decide\b|\bif i fall,? i fall\b|\bwithout braking\b"
            r"|\bnext time,? i (?:won't|will not|wont) (?:step back|stop myself|hesitate|chicken out|pull "
            r"back|back out|turn back|get down|climb down|walk away)(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:worked out|figured out|decided|planned|know) (?:the )?how and (?:the )?when\b",
            Check.NEGATION,
        ),
        *each_alone(
            # Means made ready for the night, an apology for what comes: "I have prepare the pills
            # for tonight, I am sorry for this".
            "preparation",
            HIGH,
            r"\b(?:prepared?|laid out|set out|lined up) (?:the|my|all (?:the|my)) (?:pills|tablets|rope|"
            r"noose|knife|blades?) for (?:tonight|later|the night)\b",
            Check.NEGATION,
            unless=PILL_ROUTINE,
        ),
        *each_alone(
            "goodbye_message",
            HIGH,
            r"\b(?:i'm|i am|im) (?:so |really )?sorry for (?:this|all this|what i'm about to do|what "
            r"i'm going to do)(?=\s*(?:$|[.!\n]))",
            Check.NEGATION,
        ),
        *each_alone(
            # Everything seen to, a place known, a search told bare, an empty house awaited:
            # "don't worry about me anymore, it's all handled", "i know the spot on the railway
            # line", "i looked up how", "when my parents go on holiday".
            "preparation",
            HIGH,
            r"\b(?:it's|its|it is|everything's|everything is) (?:all )?(?:handled|taken care of|"
            r"arranged|in order)(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION,
        ),
        *each_alone(
            "place_of_risk",
            HIGH,
            r"\bi know (?:the|a|exactly the|just the) (?:spot|place|bit|stretch|point) (?:on|of|by|at|"
            r"near) the (?:railway|tracks|train line|line|bridge|cliffs?|motorway|river|reservoir)\b"
            r"|\bi know (?:exactly )?when (?:it's|it is|it gets) (?:quiet|empty|deserted)\b"
            r"|\bi know when (?:nobody|no one|noone)(?:'s| is) (?:around|there|about)\b"
            r"|\blocked myself in (?:the )?(?:bathroom|toilet|garage|shed|car)\b|\bin the (?:bathroom|toilet|"
            r"garage|shed) with the door locked\b",
            Check.NEGATION,
        ),
        *each_alone(
            "method_research",
            HIGH,
            r"\bi(?:'ve| have)?(?: been)? (?:looking up|looked up|googling|googled|researching|researched|"
            r"searching up|searched up|searched) how(?=\s*(?:$|[.!,;\n]))"
            # A helper sent away with a lie: "told the crisis nurse I was fine so she'd leave".
            r"|\btold (?:the|my) (?:\w+ )?(?:nurse|doctor|therapist|gp|team|psychiatrist|worker|mum|mom|"
            r"dad|partner|friends?) (?:that )?i was (?:fine|ok|okay|safe|alright) so (?:she|he|they)(?:'d| "
            r"would) (?:leave|go|stop asking|back off|leave me alone)\b",
            Check.NEGATION,
        ),
        *each_alone(
            "plan_with_time",
            HIGH,
            r"\bwhen (?:my )?(?:parents|family|mum|mom|dad|wife|husband|partner|flatmates?|roommates?|"
            r"housemates?) (?:go|goes|are|is|leave|leaves) (?:away|on holiday|out of town|on vacation|"
            r"abroad)\b"
            r"|\bthat's when (?:i'll|i will|i'm going to|i'm gonna|im gonna) do it\b"
            r"|\bwhen the kids are (?:at (?:their|my) \w+|away|asleep|at school)\b",
            Check.NEGATION,
            unless=_CHORES,
        ),
        *each_alone(
            # "thinking about how" said after a wish to be dead: method thoughts.
            "method_thoughts",
            MODERATE,
            r"\b(?:started |been |keep |i'm |im )?thinking about how(?=\s*(?:$|[.!?,;\n]))",
            Check.NEGATION,
        ),
    )
)
