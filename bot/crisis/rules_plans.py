"""Plans, preparation, goodbyes, means at hand, feeling unsafe, hoarded medicine, overdoses."""

from __future__ import annotations

from bot.crisis.lexicon import DANGEROUS_IN_FEW, alternation
from bot.crisis.phrases import (
    ANY_MED,
    AT_WORK_WITH_PATIENTS,
    AWAY_FOR_A_JOURNEY,
    BRAVE_STEP,
    BROWSING,
    CASUAL_PARTING,
    HIDING_FOR_PEACE,
    HIGH,
    HOBBY,
    HOBBY_OR_KITCHEN,
    IMMINENT,
    MODERATE,
    NOT_A_DRUG_AFTER_ON,
    NOT_FOR_A_VEHICLE,
    ORDINARY_ABSENCE,
    ORDINARY_ENDINGS,
    ORDINARY_LETTERS,
    ORDINARY_PROJECT,
    ORDINARY_REHOMING,
    OVERDOSE_TIMING,
    PILL_ROUTINE,
    POSSIBLE_OVERDOSE_TIMING,
    REVISION_TOPICS,
    SIGHTSEEING,
    SOMEONE_ELSES_SEARCH,
    TRAIN_TRAVEL,
    USUAL,
    WARMING_THE_CAR,
)
from bot.crisis.rule import Check, RuleSet, each_alone, rule

# "for when I decide (to go)", not "for when I decide to take them for my headache".
DECIDED = (
    r"decide(?=\s*$|[.!,;\n]| to(?:\s*$|[.!,;\n])| to (?:go|do it|end it|use them|take them all|"
    r"die)\b)"
)

# --- plans, preparation, goodbyes, means at hand -----------------------------------------------

PLAN_RULES = RuleSet(
    (
        *each_alone(
            # Ways to die made sure of: "worked it out so they won't reach me in time", "got enough
            # now to not wake up", bought at two chemists "so nobody notices how many i buy",
            # life-sustaining medicine stopped to let it come, the spot picked on a bridge.
            "plan",
            HIGH,
            r"\bso (?:they|nobody|no one|no-one|the ambulance|the paramedics|paramedics|anyone|help) "
            r"(?:won't|wont|can't|cant|wouldn't|couldn't|will not|cannot) (?P<core>(?:reach|get to|find|"
            r"save|stop) me) (?:in time|until it's too late|before)\b"
            r"|\b(?:got|have|i've got|bought|saved|collected) (?P<core>enough)(?: now| already| of them| of "
            r"those){0,2} to (?:not wake up|never wake up|die|end it|not survive|kill myself|make sure)\b"
            r"|\bso (?:nobody|no one|no-one|they|the pharmacist) (?P<core>(?:notices|notice|would notice|"
            r"will notice|knows|finds out) how many) (?:i buy|i've bought|i'm buying|i have|i've got|i get)\b"
            r"|\b(?:stopped|quit|stopping|not taking|haven't taken|skipping) (?:taking )?(?:my|all my|the) "
            r"(?P<core>(?:heart|insulin|blood pressure|bp|epilepsy|seizure|anti-?rejection|transplant|"
            r"kidney|blood thinning|warfarin|diabetes|thyroid) ?(?:tablets|pills|meds|medication|medicine|"
            r"injections|shots|jabs)?)\b[^.!?\n]{0,50}?\b(?:on purpose|deliberately|so (?:i|it) (?:can|will|"
            r"would|could) (?:die|go|end|stop)|to (?:die|let it|end it|go)|want (?:it|death|the end) to "
            r"(?:go|come|happen))\b"
            r"|\b(?:already |just )?(?P<core>(?:swallow|swallowed|took|taken|drank|drink)) (?:the|a|my) "
            r"(?:whole |full |entire )?(?:box|bottle|pack|packet|strip|tub|jar) of (?:my |the )?(?:[a-z]+ )?"
            r"(?:pills|tablets|meds|medication|capsules)\b[^.!?\n]{0,30}?\b(?:\d+|ten|five|twenty|fifteen|"
            r"thirty|an?|half an) (?:minutes?|mins?|hours?) ago\b",
            # The denials are the plan's own words ("stopped taking", "won't reach me"), and the people
            # named ("so they won't reach me") are not its subject.
            Check.NONE,
            soon=IMMINENT,
        ),
        rule(
            # A goodbye posted at a time: "posting my goodbye on my finsta at midnight".
            "plan",
            HIGH,
            r"\b(?:posting|post|posted|putting up|scheduled|scheduling|recording|filming) (?:my|a) "
            r"(?P<core>(?:goodbye|farewell)(?: post| message| note| video| story| letter)?)\b"
            r"[^.!?\n]{0,40}?\b(?:tonight|tomorrow|at (?:midnight|\d)|later|in an hour|when)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=CASUAL_PARTING,
            soon=IMMINENT,
        ),
        *each_alone(
            # Pills taken while the house sleeps, a jump given its time, hidden tablets to be
            # taken: "so i can take the pills while everyone's asleep", "jumping off the
            # multistorey after last period", "i'm taking the tablets i've hidden in my room".
            "plan",
            HIGH,
            r"\b(?:so (?:that )?i can|then i'?ll|then i will|to) (?P<core>(?:take|swallow|down) (?:the|all "
            r"the|all my|all of my|all of the) (?:pills|tablets)|(?:take|swallow|down) all (?:the |my )?meds)\b"
            r"[^.!?\n]{0,30}?\b(?:while|when|once|after) (?:everyone|everybody|they|the house|my (?:parents|"
            r"family|mum|mom|dad))(?:'s| is| are|'re)? (?:asleep|in bed|out|gone)\b"
            r"|\b(?P<core>(?:jumping|jump|gonna jump|going to jump)) (?:off|from) (?:the|a) (?:multi-?storey"
            r"(?: car park)?|car park|roof|bridge|building|cliff|tower|balcony|viaduct)\b"
            r"(?![^.!?\n]{0,40}\b(?:into the (?:river|water|lake|sea|pool|harbour|quarry)|with (?:my|the) "
            r"(?:mates|friends|lads|girls)|bungee|parachute|zip ?line)\b)[^.!?\n]{0,30}?"
            r"\b(?:after|tonight|tomorrow|today|before|at \d)\b"
            r"|\b(?:i'm|im|i am|i'll|ill|i will|gonna|going to) (?P<core>(?:take|taking|swallow|swallowing)) "
            r"(?:the|all the|all my|my) (?:pills|tablets|meds) (?:i've|i have|ive|i) (?:hidden|hid|saved|"
            r"stashed|been saving|kept|stockpiled)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        *each_alone(
            # The means named as the one to use, bought "just in case", kept in the car; a pact; the
            # plan named; a plan shared with another's: "bought the rope I'm going to use", "the
            # rope I bought is just sitting in my car", "talked about ending it together", "my plan
            # is the bridge on Monday", "her suicide plan ... mine is the same".
            "plan",
            HIGH,
            r"\b(?:the|a) (?:rope|pills|tablets|gun|rifle|blade|razor|belt|cord) (?:i'm|im|i am|i'll be) "
            r"(?P<core>(?:going to|gonna) use)\b"
            r"|\b(?:bought|buy|got|picked up) (?:the |some |a few )?(?:pills|tablets|paracetamol|"
            r"painkillers|rope) (?P<core>just in case)\b"
            r"|\bthe (?:rope|pills|gun|blades?|charcoal) i (?:bought|got|ordered) (?:is|are) (?:just )?"
            r"(?:sitting )?(?P<core>in my (?:car|boot|trunk|room|bag|wardrobe|drawer))\b"
            r"|\b(?:talked|talking|agreed|decided|planning|planned) (?:about )?(?P<core>(?:ending it|ending "
            r"our lives|dying|killing ourselves|doing it) together)\b"
            r"|\bmy plan is (?P<core>the (?:bridge|cliffs?|tracks|train|pills|rope|river|gun|car park|"
            r"roof|sea))\b(?! (?:walk|run|club|game|tour|party|photo|trip|route|path|swim|view|bar|cafe)\b)"
            r"|\b(?:suicide )?plan\b[^.!?\n]{0,40}?\b(?P<core>mine(?: is|'s) the same)\b"
            r"|\b(?:has|have|got|made) a plan (?:to kill (?:himself|herself|themselves)|for (?:it|suicide))\b"
            r"[^.!?\n]{0,30}?(?:[,.;!?] ?|\band |\bbut )(?:honestly |tbh |ngl )?(?P<core>so do i|same|me too|i do "
            r"too)(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        *each_alone(
            # An attempt told by its aftermath: "discharged Thursday after the overdose", "got out of
            # the ICU yesterday after swallowing my lithium stash", "A&E let me go at 4am after
            # Friday's overdose".
            "recent_attempt",
            HIGH,
            r"\b(?:discharged|released|let go|sent home|got out of (?:the )?(?:icu|itu|hospital|a&e|resus|"
            r"ward)|(?:a&e|the hospital|they|the ward) (?:let|sent) me (?:go|out|home))\b[^.!?\n]{0,40}?"
            r"\b(?:after|following) (?:the |my |[a-z]+'s |last night's )?(?P<core>(?:overdose|od|attempt|"
            r"swallowing))\b",
            Check.SUBJECT,
        ),
        *each_alone(
            # A plan told to a clinician, or kept from one: "told Dr. Reyes I'd been planning it",
            # "didn't mention the rope in my trunk", "a razor blade taped inside my shoe".
            "plan",
            HIGH,
            r"\btold (?:my |the |dr\.? \w+|doctor \w+|\w+ )?(?:psychiatrist|psych|therapist|doctor|gp|nurse|"
            r"care coordinator|crisis team|key ?worker|\w+)? ?(?:today |yesterday )?(?:that )?(?P<core>i'?d been "
            r"planning it)\b"
            r"|\b(?:didn't|did not|didnt|never) (?:mention|tell (?:her|him|them) about) (?:the|my) "
            r"(?P<core>(?:rope|pills|tablets|gun|blades?|razor|stash|charcoal))\b"
            r"|\b(?:razor|blade|razor blade|pills|tablets)\b[^.!?\n]{0,20}?\b(?P<core>(?:taped|hidden|sewn|"
            r"stuffed)) (?:inside|in|under) (?:my|the) (?:shoe|bra|sock|mattress|pillow|phone case|bag|"
            r"lining)\b",
            Check.SUBJECT,
            unless=ORDINARY_PROJECT,  # "... planning it, the surprise party I mean"
        ),
        *each_alone(
            # Means gathered: charcoal and tape together; how and when written down.
            "preparation",
            HIGH,
            r"\b(?P<core>charcoal) (?:at|and|&|y|e) (?:the )?(?:duct |gaffer )?tape\b"
            r"|\b(?:written|wrote|writing) down (?:exactly )?(?P<core>(?:how and when|when and how|how and "
            r"where|where and when))\b",
            Check.NEGATION | Check.SUBJECT,
            unless=HOBBY,
        ),
        *each_alone(
            # The sums done, the method weighed: "doing the maths on my lithium", "how many would be
            # enough", "which of my meds would work best", "planning the drive to the cliffs",
            # "staring at the kitchen knives ... thinking about how".
            "method_thoughts",
            MODERATE,
            r"\b(?:doing|did|do) the (?P<core>(?:maths|math|sums)) on my (?:\w+ )?(?:lithium|meds|pills|"
            r"tablets|insulin|\w+ine)\b"
            r"|\bhow many (?P<core>would be enough)\b"
            r"|\bwhich (?:of (?:my|the) )?(?:meds|pills|tablets|drugs|medications?) would (?P<core>(?:work|be) "
            r"(?:best|quickest|fastest|enough))\b"
            r"|\b(?P<core>planning the (?:drive|walk|route|trip)) to the (?:cliffs?|bridge|tracks|quarry|"
            r"reservoir|sea|river|roof)\b"
            r"|\b(?:staring at|eyeing|looking at) the (?:kitchen )?(?:knives|blades?|pills|rope)\b[^.!?\n]{0,40}?"
            r"\b(?P<core>thinking about (?:how|it|doing it))\b"
            r"|\b(?:bridge|tracks|sea|river|cliffs?|edge|water|pills|rope|railway)\b[^.!?\n]{0,20}?\b(?P<core>keeps? "
            r"calling (?:to )?me)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            # A supply asked for to hoard it: "asked for a bigger supply ... Really I'm stockpiling".
            "preparation",
            HIGH,
            r"\b(?:supply|prescription|pills|meds|tablets|repeat|refill)\b[^\n]{0,80}?\b(?:i'm|im|i am|"
            r"i've been|been) (?P<core>stockpiling|hoarding)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        *each_alone(
            # Written for after; gone there for it and turned back; pills for numbness: "wrote
            # letters to my kids for after I'm dead", "drove to the cliffs last night to jump but
            # couldn't go through with it", "took a few extra pills just to feel numb".
            "plan",
            HIGH,
            r"\b(?:letters?|notes?|videos?|messages?|cards?) (?:to|for) [^.!?\n]{0,30}?\b(?P<core>for (?:after|"
            r"when) (?:i'm|im|i am) (?:dead|gone))\b(?! (?:to|for|on|out|away|shopping|home|abroad|from))"
            r"|\b(?:drove|went|walked|got|cycled) (?:up |out |down )?to the (?:cliffs?|bridge|tracks|roof|"
            r"edge|river|station|quarry|reservoir)\b[^.!?\n]{0,30}?\bto (?P<core>(?:jump|do it|end it|die))\b",
            Check.HISTORY,  # the people named ("letters to my kids") are not the subject
        ),
        rule(
            "self_harm_act",
            MODERATE,
            r"\btook (?:a few |some |a couple of |loads of )?extra (?:pills|tablets|meds) (?:just )?(?P<core>to "
            r"(?:feel numb|numb (?:it|myself|the pain)|not feel|feel nothing|escape|knock myself out))\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        *each_alone(
            # Plans in the words of particular lives: "ripped my bedsheet into strips", "loaded it
            # and put it on the kitchen table", "tested the beam in the loft", "the spot where I'm
            # going to do it", "I've picked which train", "once she's moved in I'm ending it",
            # "joining her tonight", "to be with him", the engine running with the windows up,
            # "the whole strip of Mum's donepezil", a knife "with me in the bath".
            "plan",
            HIGH,
            r"\b(?:ripped|tore|torn|cut|twisted) (?:up )?(?:my |a |the )?(?:bed ?sheets?|sheets?|t-?shirt|"
            r"towel|pillowcase) (?:into|in) (?P<core>strips)\b"
            r"|\b(?:pistol|gun|rifle|shotgun|revolver|handgun)\b[^.!?\n]{0,40}?\b(?P<core>loaded it)\b"
            r"|\b(?P<core>loaded it)\b[^.!?\n]{0,30}?\b(?:pistol|gun|rifle|shotgun|revolver|handgun)(?:'s| is) "
            r"(?:on|in|by|under|next to)\b"
            r"|\b(?:tested|checked|tried) (?:the|a|my) (?P<core>(?:beam|hook|rafter|bannister|banister|"
            r"branch|noose))\b(?! (?:for|with the|in the garden for))"
            r"|\bthe (?:spot|place) (?:where )?(?P<core>(?:i'm|im|i am) going to do it)\b"
            r"|\b(?:i've|ive|i have) (?:picked|chosen) which (?P<core>(?:train|bus|lorry|bridge|building))"
            r"(?=\s*(?:$|[.!,\n]))"
            r"|\b(?:once|when|after|as soon as) [^.!?\n]{3,50}?,? (?:i'm|im|i am|i'll|ill|i will) "
            r"(?P<core>(?:ending it|end it|ending my life|killing myself))(?=\s*(?:$|[.!,\n]))"
            r"|\bengine running\b[^.!?\n]{0,30}?\b(?P<core>windows? (?:up|shut|closed))\b"
            r"|\b(?:took|taken|swallowed) the (?:whole|entire|full) (?P<core>(?:strip|bottle|box|pack|packet))"
            rf" of (?:my |the |[a-z]+'s )?(?:[a-z]+ )?(?:pills|tablets|meds|capsules|{ANY_MED}|[a-z]{{3,}}(?:pam|"
            r"lam|pine|zine|done|zil|pril|olol|tine|xine|profen|codone|amol|statin|sartan))\b"
            r"|\b(?:knife|blade|razor)\b[^.!?\n]{0,20}?\b(?:with me )?(?P<core>in the bath)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=WARMING_THE_CAR,
            soon=IMMINENT,
        ),
        *each_alone(
            # Joining someone who died by suicide: "my wife took her own life ... I'm joining her
            # tonight", "going to the same bridge ... to be with him" (the first person named is
            # theirs by design, so no subject check).
            "plan",
            HIGH,
            r"\b(?:took|taken|takes?) (?:his|her|their) (?:own )?life\b[^\n]{0,120}?\b(?:i'm|im|i am) "
            r"(?P<core>(?:joining (?:him|her|them)|going to be with (?:him|her|them)))\b"
            r"|\b(?:took|taken|takes?) (?:his|her|their) (?:own )?life\b[^\n]{0,120}?\b(?:same )?(?:bridge|"
            r"place|spot|room)\b[^.!?\n]{0,60}?\bto (?P<core>be with (?:him|her|them))\b",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        *each_alone(
            # Found afterwards, asked about plainly: "I'd rather it not be my mum who finds me",
            # "so they find me quickly", "who'll find me"; a suicide clause run out; ready "to not
            # be here"; somewhere "nobody can follow"; the rope "up in the loft"; the gun "out of
            # the drawer"; the date picked "I'm going to die"; the last time, unknown to them.
            "plan",
            HIGH,
            r"\bsuicide clause\b[^.!?\n]{0,40}?\b(?P<core>(?:ran out|expired|ended|is over|has passed|runs "
            r"out))\b"
            r"|\b(?:getting|got|i'm|im|i am) ready to (?P<core>(?:not be here|not be around|go for good|leave "
            r"for good|die|end it))\b(?! (?:for|at|on|in|over|during) )"
            r"|\bgoing (?:somewhere|where) (?P<core>(?:nobody|no one|no-one) can (?:follow|reach|find))\b"
            r"|\brope(?:'s| is)? (?:already )?(?P<core>up in the (?:loft|attic|garage|shed|barn))\b"
            r"|\b(?:gun|pistol|rifle|shotgun|revolver)(?:'s| is) (?P<core>out of (?:the|its|my) (?:drawer|safe|"
            r"case|cabinet|box|cupboard))\b"
            r"|\b(?:picked|set|chosen|chose|decided on) (?:the|a) date (?P<core>(?:i'm|i am|i'll) (?:going to )?"
            r"(?:die|do it|kill myself|end it))\b"
            r"|\b(?:doesn't|does not|don't|do not|won't) know (?P<core>(?:it's|it is|this is|that it's) the last "
            r"time)\b",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        rule(
            # The fall asked about: "how far do you have to fall for it to be certain" (the "you"
            # is anyone, the writer among them).
            "method_research",
            HIGH,
            r"\bhow far (?:do you|would you|would i|do i|does someone|would someone) (?:have|need) to "
            r"(?P<core>fall)\b(?! (?:to (?:get|reach|break)|before (?:the|a) (?:parachute|chute)))",
            Check.HISTORY,
        ),
        rule(
            # Ways out looked for: "googling painless ways out tonight".
            "method_research",
            HIGH,
            r"\b(?:googling|googled|researching|researched|looking up|looked up|searching|searched)\b"
            r"[^.!?\n]{0,20}?\b(?P<core>(?:painless|easy|quick|peaceful|quiet) ways? out)\b",
            Check.NEGATION,
            unless=SOMEONE_ELSES_SEARCH,  # "guess who spent three hours googling ..." is the writer
            soon=IMMINENT,
        ),
        *each_alone(
            # Who will find them: "I'd rather it not be my mum who finds me", "so they find me
            # quickly" (the "not" wishes it on someone else, it denies nothing).
            "plan",
            HIGH,
            r"\bwho(?:'ll| will| would|'d)? (?:be the (?:one|person) (?:to|who) )?(?P<core>finds? me)"
            r"(?=\s*(?:$|[.!?,;\n]| if\b| when\b| first\b| after\b| dead\b))"
            r"|\b(?:so|that) (?:they|someone|somebody|he|she|my \w+) (?:can |will )?(?P<core>finds? me) "
            r"(?:quickly|fast|first|soon|in time|before)\b"
            r"|\b(?:be|is) (?:my \w+|the \w+|him|her) who (?P<core>finds? me)\b",
            Check.NONE,
            soon=IMMINENT,
        ),
        *each_alone(
            # Methods weighed in passing: "which would be quicker? asking for myself", "how far do
            # you have to fall for it to be certain", "googling painless ways out", "measuring the
            # drop from my balcony", "how fast I'd need to be going", "the sea would be the
            # neatest way out", "picturing myself hanging", "a rough idea of how I'd do it", "if I
            # did it I'd probably use the train tracks", "think about taking them all".
            "method_thoughts",
            MODERATE,
            r"\b(?:tracks|train line|bridge|pills|rope|reservoir|river|building|cliff|overdose|hanging|gun)\b"
            r"[^.!?\n]{0,60}?\bwhich (?:one )?(?P<core>would be (?:quicker|faster|easier|less painful|more "
            r"certain|surer))\b"
            r"|\bwhich (?:one )?(?P<core>would be (?:quicker|faster|easier|less painful|more certain|surer))"
            r"\b[^.!?\n]{0,60}?\b(?:tracks|train line|bridge|pills|rope|reservoir|river|building|cliff|overdose|"
            r"hanging|gun)\b"
            r"|\b(?:measuring|measured|working out|calculating|calculated) (?:the )?(?P<core>(?:drop|height|"
            r"distance)) (?:from|off|to|down)\b"
            r"|\bhow fast (?:i'd|i would|you'd|you would|id) (?:need|have) to (?P<core>(?:be going|go|drive|hit))"
            r"\b"
            r"|\bwould be the (?:\w+est )?(?P<core>way out)\b"
            r"|\b(?:picturing|imagining|visuali[sz]ing|picture|imagine) myself (?P<core>(?:hanging|drowning|"
            r"dead|in a coffin|jumping|falling))\b"
            r"|\b(?:rough |vague |good |an )?idea of (?P<core>how (?:i'd|i would|id|i'll) do it)\b"
            r"|\bif i (?:did|do|ever did) it,? (?:i'd|i would|id) (?:probably |definitely |just )?"
            r"(?P<core>use) (?:the|a|my) (?:train tracks|tracks|rope|pills|gun|bridge|car|tablets|meds)\b"
            r"|\bthink(?:ing)? about (?P<core>taking (?:them|my (?:meds|pills|tablets)) all)\b"
            r"|\b(?:platforms?|bridges?|ledges?|roofs?)\b[^.!?\n]{0,40}?\b(?:picturing|imagining|visuali[sz]ing) "
            r"(?:myself )?(?P<core>(?:stepping|jumping|falling)) (?:off|in|over)\b"
            r"|\b(?:i'd|i would) have (?P<core>(?:swerved|jumped|driven off|stepped out))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            soon=HIGH,
        ),
        *each_alone(
            # Questions with a plan behind them: "injected enough insulin before sleeping", "how
            # long before a body starts to smell", "does life insurance pay out if ... suicide".
            "method_question",
            MODERATE,
            r"\b(?:inject\w*|take|took|taking|overdose on) (?P<core>(?:enough|too much|a lot of) insulin)\b"
            r"|\bhow long (?:before|until|till) (?:a|my) (?P<core>body) (?:starts? to smell|is found|gets found|"
            r"decomposes|would be found)\b"
            r"|\b(?:pay|pays|paid) out (?:if|when|for|on) (?:the death is ruled |it's |it is )?(?:a )?"
            r"(?P<core>suicide)\b",
            Check.NONE,  # "wouldn't you feel anything if you injected enough insulin": no denial
            soon=HIGH,
        ),
        *each_alone(
            # Left for afterwards: "letters for my kids are in the top drawer for after",
            # "scheduled messages to go out to everyone after I'm dead".
            "plan",
            HIGH,
            r"\b(?:letters?|notes?|cards?) (?:for|to) [^.!?\n]{0,30}? (?:are|is) (?:in|on|under) [^.!?\n]{0,25}? "
            r"for (?P<core>after)(?=\s*(?:$|[.!\n]))"
            r"|\b(?:messages?|emails?|letters?|posts?|texts?) (?:to go out |to be sent |set to send )?(?:to "
            r"\w+ )?(?P<core>after (?:i'm|i am) (?:dead|gone))\b(?! (?:to|for|on|out|away|shopping|home))",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        rule(
            # A goodbye sent to everyone: "sent everyone a goodbye text, its time".
            "goodbye_message",
            HIGH,
            r"\b(?:sent|texted|messaged) (?:everyone|everybody|them all|all of them|my family|my friends) "
            r"(?:a |my )?(?P<core>(?:goodbye|farewell)(?: text| message)?)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=CASUAL_PARTING,
            soon=IMMINENT,
        ),
        *each_alone(
            # Plain plans in other words: "searched which building in the city is tallest to jump
            # from", "slid a goodbye letter under my roommate's door".
            "plan",
            HIGH,
            r"\b(?:looking up|searching|googling) which (?:bridge|building|car park|multi-?storey|cliff) is "
            r"(?:the )?(?P<core>(?:highest|tallest))\b"
            + NOT_FOR_A_VEHICLE
            + r"(?! (?:in (?:the )?europe|in the "
            r"world|ever built|for (?:my|a|the) (?:project|essay|assignment|quiz|trip|photo)))"
            r"|\b(?:searched|looked up|googled|checked|researched) which (?:buildings?|bridges?|car parks?|"
            r"multi-?storeys?|cliffs?|towers?|blocks?)\b[^.!?\n]{0,30}?\b(?:tallest|highest|high enough|tall enough)\b"
            r"[^.!?\n]{0,15}?\bto (?P<core>jump)\b"
            r"|\b(?:slid|slipped|left|put|pushed|posted) (?:a|my|the) (?P<core>(?:goodbye|farewell|suicide) "
            r"(?:letter|note|card))\b (?:under|on|in|by|through)\b"
            r"|\b(?:at|on|by) the (?:train |railway )?(?:tracks|platform|line|crossing)\b[^.!?\n]{0,20}?"
            r"\bwaiting for the (?P<core>next (?:one|train|express))\b",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        *each_alone(
            # A day named the last, a method worked out, the means judged enough: "my birthday will
            # be my last day", "worked out in my head how I'd do it", "my meds would be enough if I
            # ever decided to", "the train tracks near work would be quickest".
            "plan",
            MODERATE,
            r"\b(?:my birthday|christmas|new year|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday)|tomorrow|tonight|today) (?:will be|is going to be|'ll be) (?P<core>my last day)\b"
            r"(?! (?:at|in|of|on|with|before|working|off))"
            r"|\b(?:worked out|figured out|planned out|thought through|working out|figuring out)(?: in my "
            r"head)? (?:exactly )?"
            r"(?P<core>how (?:i'd|id|i would|i'll|i will|i could) do it)\b"
            r"|\bmy (?:\w+ )?(?:meds|pills|tablets|medication) (?P<core>would be enough)\b"
            r"(?! (?:for|to last|until|till))"
            r"|\b(?:if|whether) the (?:pills|tablets|meds) i (?:have|'ve got|got|saved) (?P<core>(?:would|will|"
            r"could) be enough)\b(?! (?:for|to last|until|till))"
            r"|\b(?:thought|thinking|wondering|wondered) about which (?:bridge|building|pills|method|way|rope|"
            r"car park|cliff) (?P<core>would (?:work|do it|be best|be quickest))\b"
            r"|\b(?:tracks|bridge|building|cliff|train|overpass|multi-?storey|river|roof)\b[^.!?\n]{0,40}?"
            r"\bwould be the (?P<core>(?:way|place|spot)) to (?:do it|go|end it|die)\b"
            r"|\b(?:tracks|bridge|building|pills|rope|cliff|train|overpass|multi-?storey)\b[^.!?\n]{0,30}?"
            r"\b(?P<core>would be (?:the )?(?:quickest|fastest|easiest|surest|least painful))\b"
            r"(?![^.!?\n]{0,25}\b(?:to get|route|way (?:to|home|in)|commute|journey|for the|than (?:the "
            r"bus|driving|walking)))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            soon=HIGH,
        ),
        *each_alone(
            # Told in the middle of a day's news: "swallowed the rest of the blister pack with vodka",
            # "stood at the top working out which side to jump from", "waiting for the express to
            # jump", "made up my mind to kill myself once the exams are over", "I'll go back on
            # Friday to do it".
            "plan",
            HIGH,
            r"\b(?P<core>(?:swallowed|took|taken|downed)) the rest of (?:the |my )?(?:blister packs?|bottle|box|"
            r"pack|packet|strip|pills|tablets|meds)\b(?! (?:back|to|home|out|with me to))"
            r"|\b(?:working out|worked out|figuring out|figured out|deciding|decided) (?:which|what|where) "
            r"(?:side|spot|place|bit|floor|edge|part) to (?P<core>jump) (?:from|off)\b"
            r"|\bwaiting for the (?:express|train|lorry|bus|truck|freight)(?: train)? to (?P<core>(?:jump|step "
            r"out))\b"
            r"|\b(?:made up my mind|decided|resolved|determined) to (?P<core>(?:kill myself|end my life|end it|"
            r"take my (?:own )?life))\b(?! (?:with|between|off|there|on good terms|amicably|properly)\b)"
            r"|\b(?:go|come|head) back (?:there )?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday)|tomorrow|tonight|later|next week) to (?P<core>do it)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Trains timed for it: "been timing the trains at the crossing for when i do it".
            "plan",
            HIGH,
            r"\b(?:timing|timed|clocking|clocked|watching|counting|noting) (?:the )?(?:trains|freight trains|"
            r"express(?: trains)?|lorries|trucks)\b[^.!?\n]{0,50}?\b(?P<core>for when i (?:do it|go|jump)|so "
            r"i (?:know|can time) (?:when|it))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # A means bought "for myself": "bought a rope today for myself".
            "preparation",
            MODERATE,
            r"\b(?:bought|got|ordered|buying) (?:a |some |the )?(?P<core>rope|noose|helium|charcoal|razor "
            r"blades)(?: today| yesterday| online| this morning)? for myself\b",
            Check.NEGATION,
            soon=HIGH,
        ),
        *each_alone(
            # A place picked or entered: "picked the spot on the motorway bridge", "walking into the
            # river now".
            "plan",
            HIGH,
            r"\b(?:picked|chosen|chose|found|decided on) (?:the|a|my) (?P<core>(?:spot|place|stretch)) "
            r"(?:on|at|by|off) (?:the|a) (?:motorway |railway )?(?:bridge|cliffs?|tracks|viaduct|overpass|"
            r"multi-?storey|roof|lake|river|sea|reservoir|quarry|woods)\b"
            r"|\b(?:walking|walked|going|stepping|wading) (?P<core>into the (?:river|reservoir|canal|quarry))"
            r" (?:now|tonight|right now)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=SIGHTSEEING,
            soon=IMMINENT,
        ),
        rule(
            # Practising the knot: "practised tying the knot again tonight".
            "preparation",
            HIGH,
            r"\b(?:practi[cs](?:ed|ing|e)) (?:tying|to tie) (?:the |a )?(?P<core>knot|noose|ligature)\b"
            r"(?![^.!?\n]{0,40}\b(?:sailing|boat|scouts?|climbing|fishing|bow|tie for|wedding|knots? class))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # A date set for it: "I've set the date to end it", "set a date for the end of the
            # month, I feel calm now that it's decided".
            "plan",
            HIGH,
            r"\b(?:set|picked|chosen|chose|booked|fixed) (?:the|a) (?P<core>date) (?:to (?:end it|end my life|"
            r"die|kill myself)|for (?:the end of the (?:month|week|year)|next \w+)[^.!?\n]{0,40}?\b(?:it's|"
            r"its|it is|now that it's) decided)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # The day picked by what it marks: "I've picked the anniversary of the ambush as the day
            # I go".
            "plan",
            HIGH,
            r"\b(?:picked|chosen|chose|set|made) (?:the |my )?[\w' ]{1,40}? as (?P<core>the day i (?:go|die|do it|"
            r"end it|end things|kill myself))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Not around much longer, beside things left for afterwards: "letters to my son for
            # every birthday ... I don't plan on being around much longer".
            "plan",
            HIGH,
            r"\b(?:don't|do not|dont) (?:plan on|intend on|intend|expect to be|plan to be) (?P<core>being "
            r"(?:around|here|alive)|be (?:around|here|alive)) (?:much longer|for long|after \w+|past \w+|"
            r"by \w+)\b(?! (?:at|in|with|on) (?:this|the|my|that)\b)",
            Check.SUBJECT | Check.HISTORY,  # the "don't" is the sign itself
        ),
        rule(
            # Enough to not wake up: "I've got enough gear to make sure I don't wake up this time".
            "plan",
            HIGH,
            r"\b(?:got|have|bought|scored|saved) enough (?:\w+ )?(?:to make sure|so (?:that )?)(?: that)? i "
            r"(?P<core>(?:don't|do not|won't|will not) wake up|die|don't survive|won't survive)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Everything taken and not to be found: "took everything I had left about an hour ago".
            "overdose_in_progress",
            IMMINENT,
            r"\b(?P<core>took|swallowed|taken|used|injected|shot up) (?:everything|all) (?:i had|that i had|i'd "
            r"got|i had left|that was left|i'd saved)\b(?!\s*(?:to|into|in|not to|out of|on|for|just to)\b)",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=OVERDOSE_TIMING,
        ),
        *each_alone(
            # Medicine saved for two, or at the ward: "saving Dad's morphine, there's enough for both
            # of us", "saving my night-time meds under my tongue on the ward ... so I can take them all".
            "preparation",
            HIGH,
            r"\b(?P<core>sav(?:e|ing|ed)|keep(?:ing)?|hid(?:e|ing|den)?|stash\w*|hoard\w*)\b[^.!?\n]{0,50}?"
            r"\b(?:there's|there is|i've got|i have) enough for (?:both of us|the two of us|us both|all of us)\b"
            r"|\b(?P<core>sav(?:e|ing|ed)|hid(?:e|ing|den)?|kept|keeping) (?:my |the )?(?:[\w-]+ ){0,2}(?:meds|pills|"
            r"tablets|medication)\b[^.!?\n]{0,40}?\b(?:under my tongue|in my (?:cheek|bag|pillow|sock|bra)|"
            r"so i can take them all)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Planned for after an event, the means put aside: "I've planned it for after mum's
            # funeral, her tablets are put aside".
            "plan",
            HIGH,
            r"\b(?:planned|planning|plan) it for (?P<core>after|before|on|the day after) \w+",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # All of it at once tonight: "then I'm taking all of it at once tonight".
            "overdose_intent",
            HIGH,
            r"\b(?:i'm|im|i am|going to|gonna|i'll|i will) (?P<core>tak(?:ing|e)|swallow(?:ing)?) (?:all of it|"
            r"the lot|everything|all of them|them all) (?:at once|in one go|together)\b",
            USUAL,
            soon=IMMINENT,
        ),
        *each_alone(
            # A gun readied or carried off: "cleaned and loaded the rifle, it's on the kitchen
            # table", "drove out to the woods with my gun", "taking the shotgun up to the top field".
            "plan",
            HIGH,
            r"\b(?:cleaned and |)(?P<core>loaded) (?:the|my|dad's|his) (?:rifle|gun|shotgun|pistol|revolver)\b"
            r"(?![^.!?\n]{0,40}\b(?:range|shoot\w*|hunt\w*|season|clay\w*|rabbits?|foxes|crows|vermin|pests?|"
            r"duck|deer|pheasants?|grouse|game|gaming|fortnite|cod|warzone|pubg|apex|paintball|airsoft))"
            r"|\b(?:drove|driving|walked|walking|went|going|taking|took) (?:out |up )?(?:to )?(?:the )?"
            r"(?:\w+ )?(?:woods|field|top field|forest|hills?|moor|lake|quarry)\b[^.!?\n]{0,20}?\bwith (?:my|"
            r"the|a) (?P<core>gun|rifle|shotgun|pistol)\b"
            r"|\b(?:taking|took|bringing) (?:the|my) (?P<core>shotgun|rifle|gun|pistol) (?:up |out )?(?:to|into)"
            r" (?:the )?(?:\w+ )?(?:field|woods|barn|shed|hills?)\b[^.!?\n]{0,20}?\b(?:tonight|today|now|"
            r"tomorrow)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Pulling out a line to take hidden pills: "going to pull out my line and take the
            # pills I hid".
            "plan",
            HIGH,
            r"\b(?:take|swallow) the (?:pills|tablets|meds) i (?P<core>hid|hidden|saved|kept|stashed)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # The highest bridge looked up to make sure: "which bridge is highest so I can make sure
            # it works".
            "method_research",
            HIGH,
            r"\bso (?:i can|that i can|i'll) (?P<core>make sure it works|be sure it works|make sure i "
            r"(?:die|don't survive|don't wake up))\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # The dose measured out: "the vet meds in the shed would do it, I've already measured
            # out the dose".
            "preparation",
            HIGH,
            r"\b(?:already )?(?P<core>measured|counted|worked) out (?:the|a|my|enough of the) (?:dose|amount|"
            r"doses)\b(?![^.!?\n]{0,30}\b(?:for (?:the |my )?(?:dog|cat|horse|sheep|cows?|calves|lambs|"
            r"ewes|baby|kids?|son|daughter)|per (?:kg|kilo|head)))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Waiting for the house to sleep, pills counted out.
            "plan",
            HIGH,
            r"\b(?:just )?waiting (?:for|till|until) (?P<core>everyone (?:to fall asleep|to go to (?:bed|sleep)|is "
            r"asleep)|the house (?:is|to be) (?:empty|quiet)|(?:mum|dad|my \w+) (?:to|is) (?:go(?:ne)? "
            r"out|asleep|leave))\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Keys left with a letter, heading out: "left my wallet and keys on the bed with a
            # letter, heading to the cliffs now".
            "goodbye_message",
            HIGH,
            r"\b(?:left|leaving) (?:my )?(?:wallet|keys|phone|ring|wedding ring|passport)\b[^.!?\n]{0,40}?\bwith "
            r"(?:a|the) (?P<core>letter|note)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Practised with a ligature: "practised with the belt in the wardrobe to see if it would
            # hold".
            "preparation",
            HIGH,
            r"\b(?:practi[cs]ed|practi[cs]ing|tried|tested|testing) (?:with )?(?:the |a |my )?(?P<core>belt|"
            r"rope|cord|noose|ligature|scarf|cable)\b[^.!?\n]{0,40}?\b(?:would hold|it holds|it held|to see "
            r"if it (?:would )?(?:hold|take my weight)|take my weight)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Timing when nobody would stop it: "working out when no one's around to stop me".
            "plan",
            HIGH,
            r"\b(?:working out|worked out|figuring out|checking|timing) (?:when|where) (?P<core>(?:no one|"
            r"nobody|no-one)(?:'s| is| would be| will be)? (?:around|there|about|watching))\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Respite booked so it can be done unfound: "booked respite for mum so I can kill
            # myself on Saturday without her finding me".
            "plan",
            HIGH,
            r"\bso (?:i can|that i can|i could) (?P<core>kill myself|end it|end my life|do it|take them)\b"
            r"[^.!?\n]{0,40}?\b(?:without (?:her|him|them|anyone|anybody) (?:finding|seeing|stopping)|on "
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonight|this weekend)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Finishing what a past attempt started: "I'm finishing the job I started with the pills
            # on Monday".
            "plan",
            HIGH,
            r"\b(?:finish(?:ing)?|finish off) (?P<core>the job|what i started)\b[^.!?\n]{0,40}?\b(?:pills|"
            r"tablets|rope|overdose|attempt|bridge|knife|on monday|last (?:week|time))\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Enough saved: "I've saved up enough of my pills".
            "preparation",
            HIGH,
            r"\b(?P<core>saved|stockpiled|collected|kept|put aside|hoarded|stashed) (?:up )?enough (?:of )?(?:my "
            r"|the |her |his )?(?:\w+ )?(?:pills|tablets|meds|medication|doses)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Which medicines can't be survived: "researching which meds you can't survive if you
            # mix them"; how many would be needed: "worked out how many of my pills I'd need".
            "method_research",
            HIGH,
            r"\b(?:which|what) (?:meds|medicines?|medications?|pills|tablets|drugs|combinations?) (?:you |a "
            r"person |people |one )?(?P<core>can'?t survive|cannot survive|won'?t survive|would kill you|are "
            r"fatal|are lethal)\b",
            Check.NEGATION | Check.HISTORY,  # the general "you" of such research is the writer's
        ),
        rule(
            "method_research",
            HIGH,
            r"\bhow many (?:of )?(?:my |the )?(?:\w+ )?(?:pills|tablets|meds) (?P<core>(?:i'd|i would|i'll|i "
            r"will|i) need)\b",
            USUAL,
        ),
        rule(
            # Stepping off or in front, told bare: "I'm going to step off", "I'm stepping in front
            # of it after work".
            "plan",
            HIGH,
            r"\b(?:going to|gonna|about to|ready to) (?P<core>step off|step out|let go)(?: the (?:platform|"
            r"edge|ledge|bridge|roof))?(?=\s*(?:$|[.!,\n]| now| tonight))",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            "plan",
            HIGH,
            r"\b(?:i'm|im|i am) (?P<core>stepping|stepping out|jumping|walking|throwing myself) in front of "
            r"(?:it|the (?:\w+ )?(?:train|bus|lorry|truck|tram)|a (?:\w+ )?(?:train|bus|lorry|truck))\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Things not needed after death: "won't be needing them once I'm dead".
            "preparation",
            HIGH,
            r"\bwon'?t be (?P<core>needing) (?:them|it|these|those|my \w+|any of it)\b[^.!?\n]{0,20}?\b(?:once|"
            r"when|after) (?:i'm|i am) (?:dead|gone)\b",
            Check.NONE,  # the "won't" is the sign itself
        ),
        rule(
            # Everything sorted before going: "That's everything sorted before I go."
            "preparation",
            HIGH,
            r"\b(?:everything|it all|all of it|all)(?:'s| is)? (?P<core>sorted|done|in order|tied up|taken care "
            r"of) before i go(?=\s*(?:$|[.!,\n]))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Then ending it: "I'll get through that and then I'm ending it."
            "plan",
            HIGH,
            r"\b(?:and )?then (?:i'm|im|i am|i'll|i will) (?P<core>ending it|ending things|ending my life|"
            r"killing myself|doing it)\b(?! with\b| for\b)(?=\s*(?:$|[.!,\n]))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            soon=IMMINENT,
        ),
        rule(
            # A day named as the day: "Sunday is the day I end it."
            "plan",
            HIGH,
            r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the \d+\w*|"
            r"my birthday|new year'?s?(?: eve| day)?) is (?:the day|when) (?P<core>i (?:end it|do it|go|die|"
            r"kill myself|end things|end my life))\b",
            Check.NEGATION | Check.HISTORY,
            soon=IMMINENT,
        ),
        rule(
            # Bought up to the limit, in several shops: "as many packs of paracetamol as the big
            # Tesco would let me".
            "preparation",
            HIGH,
            r"\b(?:bought|got|buying) (?P<core>as many (?:packs|boxes|packets|bottles) of (?:\w+ )?(?:paracetamol|"
            r"tablets|pills|painkillers|ibuprofen|aspirin|sleeping pills|co-?codamol)) as\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Taking them all, the pills named before: "I've got my late husband's tablets put aside
            # and I'll take them all after the family visit".
            "overdose_intent",
            HIGH,
            r"\b(?:pills|tablets|meds|medication|paracetamol|painkillers)\b[^\n]{0,80}?\b(?:i'll|i will|going "
            r"to|gonna|planning to|plan to|i'm going to) (?P<core>take them all|swallow them all|take the "
            r"lot|take all of them)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Going back to finish it: "stood by the edge for a while. Going back tonight to finish
            # it".
            "plan",
            HIGH,
            r"\b(?:going|go|heading|coming) back (?:there |up )?(?:tonight|tomorrow|later|today|this "
            r"weekend) to (?P<core>finish it|do it|finish the job|go through with it)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Where the fast trains don't stop.
            "plan",
            HIGH,
            r"\bwhere (?P<core>the (?:fast|express|non-stopping|through) (?:ones|trains?)) (?:don't|do not|"
            r"doesn't|won't) (?:stop|slow down)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Collected for it: "collecting my mum's old sleeping tablets to overdose on".
            "preparation",
            HIGH,
            r"\b(?P<core>collect\w*|sav(?:e|ing|ed)|keep\w*|kept|hoard\w*|stockpil\w*|gather\w*|hid\w*|"
            r"buy\w*|bought)\b[^.!?\n]{0,50}?\bto (?:overdose|od) (?:on|with)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # By my own hand: "I'll be gone by my own hand".
            "plan",
            HIGH,
            r"\b(?:gone|dead|die|dying|end it|end my life|go) (?P<core>by my own hand)\b",
            Check.NEGATION | Check.HISTORY,
            soon=IMMINENT,
        ),
        rule(
            # Together, agreed: "we've agreed to do it together on Saturday" after suicide named.
            "plan",
            HIGH,
            r"\b(?:suicide|kill (?:ourselves|myself|himself|herself)|die|dying|end it)\b[^\n]{0,80}?\b(?:agreed|"
            r"decided|promised|planning|plan|going) to (?P<core>do it together)\b",
            Check.NEGATION,
        ),
        rule(
            # Doing it properly: "made me decide to do it properly myself".
            "plan",
            HIGH,
            r"\b(?:decided?|decision|going|gonna|plan(?:ning)?|want) to (?P<core>do it properly)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Not a problem after tonight: "I won't be a problem for anyone after tonight".
            "plan",
            HIGH,
            r"\b(?:i won't|i wont|i will not|i'm not going to) (?P<core>be a (?:problem|burden|bother)) (?:for|"
            r"to) (?:anyone|anybody|you|them|everyone) after (?:tonight|today|tomorrow|this week|friday|"
            r"the weekend)\b",
            Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Enough saved for a day: "I've got enough saved up now for Friday".
            "preparation",
            HIGH,
            r"\b(?:got|have|'ve got) enough (?:(?:of )?(?:them|pills|tablets|meds|\w+ pills) )?(?P<core>saved|"
            r"stored|put away|stockpiled|hidden)(?: up)?(?: now)? for (?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday|tonight|tomorrow|the weekend|when i'm ready|when i do it|it)\b"
            r"(?!'s| trip| holiday| party| night out)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # The whole packet gone down: "the whole packet of sleeping pills is gone, I swallowed
            # them".
            "overdose_in_progress",
            IMMINENT,
            r"\b(?:whole|entire|full) (?:packet|bottle|box|strip|pack|blister)\b[^\n]{0,40}?\b(?:is |are )?"
            r"gone\b[^\n]{0,20}?\b(?P<core>swallowed|took|downed|taken) (?:them|it)(?: all)?\b",
            Check.NEGATION | Check.MISTAKE,
            timing=OVERDOSE_TIMING,
        ),
        rule(
            # Stepping in front of a train named: "going to step in front of the next fast train".
            "plan",
            HIGH,
            r"\b(?:going to|gonna|will|i'll|about to|plan to|planning to|ready to) (?P<core>step|jump|walk|"
            r"throw myself|lie down) (?:out )?in front of (?:the|a) (?:next )?(?:\w+ )?(?:train|bus|lorry|"
            r"truck|tram)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # The place looked at for it: "drove out to the cliffs to see where I'd jump".
            "plan",
            HIGH,
            r"\b(?:to see|to work out|to find|to check|to look at|looking at|worked out|checked) "
            r"(?P<core>where (?:i'd|i would|i could|i'll|i will|to|i can)) (?:jump|fall|go over|climb "
            r"over|do it)\b",
            USUAL,
        ),
        rule(
            # Heights searched for: "googling the tallest car parks in town to jump from".
            "method_research",
            HIGH,
            r"\b(?:googl\w+|search\w*|looking up|looked up|researching|researched|checking|checked) (?:the "
            r")?(?P<core>(?:tallest|highest|high|tall) (?:car parks?|multi-?storeys?|buildings?|bridges?|"
            r"cliffs?|towers?|blocks?))\b[^.!?\n]{0,30}?\b(?:to jump|jump from|to fall|in town|near me|"
            r"around here|with roof access)\b",
            USUAL,
        ),
        rule(
            # Pills counted out: "paused it and counted out my own pills".
            "preparation",
            HIGH,
            r"\b(?P<core>counted|counting|count) out (?:all )?(?:my |the |her |his )?(?:own )?(?:pills|"
            r"tablets|meds|medication|sleeping pills|painkillers)\b(?![^.!?\n]{0,30}\b(?:for the week|into "
            r"the (?:organi[sz]er|box|dosette)|dosette|organi[sz]er|for the (?:trip|holiday)))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Who gets what listed: "made a list of who gets what after I'm gone".
            "preparation",
            HIGH,
            r"\b(?:made|making|wrote|writing|drew up|drawing up) (?:a |the )?(?P<core>list of who (?:gets|"
            r"should get|will get|can have) (?:what|my \w+))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # A message set to explain it afterwards: "scheduled an email ... explaining why I did
            # it".
            "goodbye_message",
            HIGH,
            r"\b(?P<core>scheduled|schedule|set up|wrote|writing|left|leaving|finished|finishing) (?:an? |the )?"
            r"(?:email|message|text|letter|note|video)\b[^.!?\n]{0,40}?\b(?:explaining|to explain|telling "
            r"(?:them|her|him) why|saying why) (?:why )?(?:i|i'm|im|i am) (?:did|do|doing|have done|had to do|"
            r"going to do) (?:it|this)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # A stock kept, said bare: "I'm not saying I'll do it, but I've been stockpiling".
            "preparation",
            HIGH,
            r"\b(?:i've|ive|i have) been (?P<core>stockpiling|hoarding|saving (?:them|it) up)(?=\s*(?:$|[.!,\n]))",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Insurance checked for suicide: "checked my life insurance pays out even if it's
            # suicide".
            "preparation",
            HIGH,
            r"\b(?P<core>checked|checking|found out|made sure|looked up|read) (?:that |if |whether )?(?:my |the )?"
            r"(?:life )?(?:insurance|policy)\b[^.!?\n]{0,40}?\b(?:suicide|if i kill myself|if i die by)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Read after it is done: "by the time she reads it, it'll be done".
            "goodbye_message",
            HIGH,
            r"\b(?P<core>by the time) (?:she|he|they|you|mum|mom|dad|anyone|someone|my \w+) (?:reads?|sees?|"
            r"gets?|opens?|finds?) (?:it|this|the \w+)\s*,?\s*(?:it'?ll be (?:done|over|too late)|i'?ll be "
            r"(?:gone|dead)|i won'?t be (?:here|around|alive))\b",
            Check.SUBJECT,
        ),
        rule(
            # Medicine held back to build a stock: "haven't taken my meds for two months so I'd
            # have enough of them saved".
            "preparation",
            HIGH,
            r"\b(?:haven't taken|have not taken|stopped taking|not taking|skipping|skipped|been skipping) "
            r"(?:my |the |any of my )?(?:\w+ )?(?:meds|pills|tablets|medication|doses)\b[^.!?\n]{0,40}?\bso "
            r"(?:i'd|i would|i'll|i will|i can|i could|that i) (?P<core>have enough|build up|save (?:them|it) "
            r"up|stockpile)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Rehearsal: "tied the knot to practise. it holds".
            "preparation",
            HIGH,
            r"\b(?:tied|tying|tie|practi[cs]ed|practi[cs]ing) (?:the |a )?(?P<core>knot|noose|ligature)\b"
            r"[^\n]{0,30}?\b(?:to practi[cs]e|to test|to see if|it holds|it held|holds my weight|held my "
            r"weight|strong enough)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # The last date kept: "Still ending it Friday though."
            "plan",
            HIGH,
            r"\b(?:still |i'm |im |i am )?(?P<core>ending it|ending things|ending my life) (?:on )?(?:monday|"
            r"tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend)(?: "
            r"(?:though|still|anyway|regardless))?(?=\s*(?:$|[.!,\n]))",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # The stool set under the beam: "left the stool under the beam in the garage".
            "preparation",
            HIGH,
            r"\b(?P<core>stool|chair|step ?ladder|ladder) (?:is |'s |left |set |put |placed )?(?:under|"
            r"beneath|below) the (?:beam|hook|rafters?|loft hatch|banister)\b(?![^.!?\n]{0,30}\b(?:bulb|"
            r"paint\w*|fix\w*|repair\w*|clean\w*|reach the|shelf|decorat\w*))",
            Check.NEGATION | Check.SUBJECT,
        ),
        *each_alone(
            # An engine left running in a closed space: "a long nap in the car, in the garage,
            # engine running".
            "plan",
            HIGH,
            r"\b(?:in the garage|garage door (?:shut|closed|down))\b[^.!?\n]{0,40}?\b(?P<core>engine "
            r"(?:running|on)|car running|motor running)\b(?![^.!?\n]{0,20}\b(?:to warm|warm(?:ing)? (?:it |"
            r"her |him )?up|to defrost|defrost\w*|to charge|for a (?:minute|sec)))"
            r"|\b(?P<core>engine (?:running|on)|car running)\b[^.!?\n]{0,30}?\bin the (?:closed |shut )?garage\b"
            r"(?![^.!?\n]{0,30}\b(?:to warm|warm(?:ing)? (?:it |her |him )?up|to defrost|defrost\w*|to "
            r"charge|for a (?:minute|sec)))",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # A recent attempt dated: "the overdose was on Saturday".
            "recent_attempt",
            HIGH,
            r"\b(?:the|my) (?P<core>overdose|od|attempt|suicide attempt) (?:was|happened) (?:on \w+day|"
            r"yesterday|last night|(?:two|three|four|\d) days ago|this week|at the weekend|on the weekend)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # How long an overdose takes: "how long does a paracetamol overdose take?".
            "method_research",
            HIGH,
            r"\bhow long (?:does|do|would|will) (?:an? |the )?(?:\w+ )?(?P<core>overdose|od) (?:take|last)\b",
            USUAL,
        ),
        rule(
            # The next attempt planned: "my attempt was on Friday and I'm already planning the
            # next one".
            "plan",
            HIGH,
            r"\b(?:attempt\w*|tried|overdos\w*|od'?d)\b[^\n]{0,60}?\b(?P<core>planning|plan|thinking "
            r"about|working on|sorting) (?:the|my) next (?:one|attempt|try|time)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Killing oneself after a day's business: "unaliving after school".
            "plan",
            HIGH,
            r"\b(?P<core>unaliving|killing myself|ending my life|ctb|kms) (?:after|before|when|once) "
            r"(?:school|work|class|uni|college|dinner|everyone|they|the party|my shift|my exams?|"
            r"christmas|the weekend|\w+day)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Methods compared: "which is quicker, pills or hanging?".
            "method_research",
            HIGH,
            r"\b(?:which|what)(?:'s| is| would be| will be)? (?P<core>quicker|faster|less painful|more "
            r"painless|most painless|more reliable|more certain|surest|quickest|more likely to work)\b"
            r"[^.?!\n]{0,30}?\b(?:pills|hanging|jumping|overdos\w*|cutting|drowning|a gun|the gun|rope|"
            r"carbon monoxide)\b",
            USUAL,  # methods compared are research, asked in general or not
        ),
        rule(
            # Losing the fight against it: "I don't think I can stop myself from killing myself
            # much longer".
            "plan",
            HIGH,
            r"\b(?:can't|cannot|can not|won't be able to|not able to|don't think i can) (?P<core>stop|hold|"
            r"keep) (?:myself|me) (?:back )?from (?:killing myself|doing it|ending it|ending my life|"
            r"acting on (?:it|them)|jumping|taking them|overdosing)\b(?:[^.!?\n]{0,20}?\b(?:much|any) "
            r"longer|[^.!?\n]{0,20}?\b(?:tonight|this time|anymore))?",
            Check.SUBJECT | Check.HISTORY,  # the denial is the sign itself
        ),
        rule(
            # Ending it by a day named: "I'm ending things before my birthday", "going to end it
            # by christmas"; "ending things with him" names a relationship and is not read.
            "plan",
            HIGH,
            r"\b(?:i'm|im|i am|i'll|ill|i will|going to|gonna|planning to|plan to|decided to) "
            r"(?:finally |definitely |just )?(?P<core>end(?:ing)? (?:it|things|it all|everything|my "
            r"life)) (?:before|by|on|after|at|come) (?:my |the |this |next |christmas|new year|easter|"
            r"\w+day\b)",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Something to do first: "tie up loose ends before I end it", "once I've ended it".
            "plan",
            HIGH,
            r"\b(?:before|once|after) (?:i|i've|i'll|ill) (?:finally |actually )?(?P<core>(?:end|ended) "
            r"(?:it(?: all)?|things|my life)|kill myself|take my (?:own )?life|go through with it)\b"
            r"(?! with\b| for (?:the |to)?(?:night|day|today|now|the evening|the week))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Waiting for the train: "going to jump when the next one comes".
            "plan",
            HIGH,
            r"\b(?:going to|gonna|will|i'll|about to|ready to|plan to|planning to) (?P<core>jump|step "
            r"out|throw myself)(?: in front of (?:it|the (?:next )?(?:one|train|bus|lorry)))? (?:when|as|"
            r"once|as soon as) (?:the )?(?:next|first|\d+\S*) (?:one|train|bus|lorry|truck|express) "
            r"(?:comes|arrives|passes|goes|gets here|is due)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Medicine kept back for the act: "stockpile them for when I do it".
            "preparation",
            HIGH,
            r"\b(?P<core>stockpil\w*|sav(?:e|ing|ed)|hoard\w*|keep(?:ing)?|kept|been collecting|stash\w*|"
            r"hid(?:e|ing)?|put(?:ting)? aside|set(?:ting)? aside) (?:up )?(?:all )?(?:of )?(?:my |the |"
            r"those |these |her |his )?(?:\w+ )?(?:them|pills|tablets|meds|medications?|medicines?|doses|"
            rf"prescriptions?|supply|stash|it all|everything|{ANY_MED})(?: up)?\b[^.!?\n]{{0,25}}?\bfor (?:when i "
            r"(?:finally )?(?:do it|go through with it|end it|end things)|the end|my exit|when i'm ready "
            r"to (?:go|die|end it))\b",
            Check.SUBJECT
            | Check.HISTORY,  # "stopped taking them so I can save them ..." is no denial
        ),
        rule(
            # Which means would work: "working out which of my pills would do it".
            "method_research",
            HIGH,
            r"\b(?:which|what|how many|how much)(?: of)? (?:my |the |those |these |her |his )?(?:\w+ )?"
            r"(?:pills|tablets|meds|medication|medicines?|drugs|ones|of them|floor|bridge|building)? ?"
            r"(?:would|will|could|might|should|is going to) (?P<core>do it|do the job|be enough to (?:do it|kill "
            r"me|end it)|finish me off|kill me|be lethal)\b(?! for (?:a|my|the|your) (?:headache|migraine|"
            r"pain|cold|flu|sleep|anxiety|period|cramps|back|tooth|hangover))",
            USUAL | Check.QUESTION,
        ),
        *each_alone(
            # How much it would take, or how high is enough: "how many would it take to not wake
            # up", "which floor is high enough". One rule per alternative: one core group each.
            "method_research",
            HIGH,
            r"\b(?:how many|how much)\b[^.!?\n]{0,40}?\b(?:would|will|does|do|did) it take to (?P<core>not "
            r"wake up|die|kill (?:me|myself|someone)|end it|end my life|overdose|od)\b"
            r"|\b(?:which|what) (?P<core>floor|storey|bridge|building|height|drop) (?:is|would be) (?:high|"
            r"tall|far|big) enough(?=\s*(?:$|[?.!,\n]| to (?:die|jump|do it|not survive|kill)))",
            USUAL | Check.QUESTION,
        ),
        rule(
            # A means named for the act: "thinking about using my insulin to end it".
            "method_thoughts",
            MODERATE,
            r"\b(?P<core>use|using|used|inject\w*|overdos\w* on|swallow\w*)\b (?:my |the |some |all (?:of )?"
            r"(?:my|the) |a )?(?:[\w']+ ){0,2}?to (?:end it(?: all)?|end my life|end things|kill myself|"
            r"not wake up|die|unalive myself)\b(?! with\b)",
            USUAL | Check.QUESTION,
            soon=HIGH,
        ),
        rule(
            # The means gathered for it: "got the stuff to unalive myself hidden under my bed".
            "preparation",
            HIGH,
            r"\b(?:got|have|bought|ordered|hidden|hid|stashed|keep|kept|collected|gathered)\b (?:the |"
            r"some |all the |everything |what i need |enough )?(?:\w+ )?(?P<core>stuff|things|everything|"
            r"what i need|supplies|means|pills|tablets|rope|gear|kit|enough) to (?:unalive|kill|off|end) "
            r"(?:myself|my life|it all|it)\b(?! with\b)",
            USUAL,
        ),
        rule(
            "suicide_note",
            HIGH,
            r"\b(?P<core>(?:suicide|goodbye|farewell) (?:note|letter|message|video|post|text|email|tweet)s?"
            r"|(?:wrote|written|writing|write|left|leave|leaving|drafted|drafting) (?:a |my |the )?"
            r"(?:final|last) (?:note|letter|message|words)s?"
            r"|(?:wrote|written|writing|write|left|leave|leaving) (?:a |my |the |some )?(?:notes?|"
            r"letters?) (?:to|for) (?:everyone|everybody|all of you|all the people|the people i love|"
            r"my loved ones|each of|them all)"
            r"|my (?:note|letter) is (?:ready|written|done|finished|on the))"
            r"(?! to (?:my|your|his|her) (?:old|younger|past|former|future|inner|anxious|depressed) "
            r"(?:\w+ )?self)"
            # Someone else's, found: "found a suicide note in my son's room".
            r"(?! (?:in|under|on|from|by) (?:my \w+'s|his|her|their|our \w+'s)\b)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            unless=ORDINARY_LETTERS,
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
            r"\b(?P<core>this is (?:my )?(?:goodbye|farewell|my last (?:message|post|text))(?! (?:for (?:a "
            r"while|now|today|tonight|the (?:day|night|week|month|year)|this|some)|of the|until|till|"
            r"here for|on (?:this|here)))"
            r"|(?:goodbye|bye|farewell) (?:everyone|everybody|world|forever|for good|for ever|for the "
            r"last time|cruel world|y'all|yall|all of you|to (?:everyone|all of you|the world))"
            r"|(?:sent|posted|texted) (?:my |all my )?(?:final |last )?goodbyes\b(?! to (?:the |my |our )?(?:\w+ )?"
            r"(?:team|company|office|colleagues|class|group|neighbours|job|school))"
            r"|(?:saying|said|say) (?:my )?(?:final |last )?goodbyes?(?! to me\b)(?! to (?:my|the|our|this|that) "
            r"(?:\w+ )?(?:old|last|summer|holiday|house|apartment|flat|job|car|dog|cat|relationship|city|"
            r"town|habit|era|chapter|diet|ex|office|team|school|uni|hair|phone|sofa|couch|stuff|"
            r"clutter|gym|club))"
            r"|(?:final|last) goodbye|my last (?:words|night alive|day alive|goodbye)"
            # "my last message" is a goodbye said on its own, not "my last message didn't send".
            r"|(?<!in )(?<!from )(?<!of )(?<!about )my last (?:message|post|text)(?= ever| before i go|(?: to (?:you(?: all)?|everyone|all of you|"
            r"the world))?\s*(?:$|[.!,;\n]))|^(?:last|final) (?:message|post|text)(?=\s*(?:$|[.!\n]))"
            r"|it was (?:nice|good) knowing (?:you|everyone|y'all|all of you)"
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
            # Notes left to be found: "the letters are on my pillow for them to find".
            "suicide_note",
            HIGH,
            r"\b(?P<core>notes?|letters?)\b[^.!?\n]{0,40}?\bfor (?:them|you|someone|everyone|my (?:\w+ )?"
            r"(?:family|parents|kids|children|wife|husband|partner|mum|mom|dad|sister|brother)) to "
            r"find\b(?! (?:about|re|regarding|when (?:they|she|he) (?:get|gets) (?:home|back|up)|in the "
            r"morning (?:about|with)))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # The last word: "this is the last time you'll hear from me".
            "goodbye_message",
            HIGH,
            r"\b(?:this is |that was |it's |it is )?the last time (?:you(?:'ll| will)|anyone(?:'ll| "
            r"will)|you guys(?:'ll| will)|u(?:'ll| will)) (?:ever )?(?P<core>hear from|see|talk to|speak "
            r"to) me\b(?! (?:before|for|until|till|this|today|tonight|in|on|at|till|til))",
            Check.NEGATION,
            unless=CASUAL_PARTING,
        ),
        rule(
            "preparation",
            MODERATE,
            r"\b(?:been|started|i'm|i am|im) (?P<core>giving) (?:away )?(?:all )?(?:of )?my (?:stuff|things|"
            r"belongings|possessions|clothes|books|jewell?ery)(?: away)?\b"
            r"|\b(?:gave|given|giving) (?:away )?(?:all (?:of )?my|everything i (?:own|have))\b"
            r"|\b(?:gave|given|giving) away my \w+(?: and (?:all )?my \w+)+",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            unless=ORDINARY_REHOMING,
        ),
        rule(
            "preparation",
            MODERATE,
            # A pet or belongings given away with the writer's unworth or absence as the reason.
            r"\b(?:gave|given|giving|give|rehomed|rehoming|rehome|handed|handing) (?:away )?my "
            r"(?:cat|dog|pets?|bird|rabbit|hamster|belongings|stuff|things|possessions|clothes|books|"
            r"guitar|jewell?ery|savings)\w*\b[^.!?\n]{0,40}?[,.;]? ?(?:(?:she|he|they|who|she'll|"
            r"he'll|they'll)(?:'ll| will)? (?:look after|take care of|love|use|need) (?:him|her|them|"
            r"it)(?: \w+)? better than i (?:could|can|ever|did)|(?:he|she|they|it) deserves? (?:a )?"
            r"better (?:owner|home|life|person)|(?:i )?won't need (?:it|them|him|her)(?: anymore| any "
            r"more| where i'm going| much longer)?(?=\s*$|[.!,;\n])|(?:i )?(?:don't|do not) need (?:it|"
            r"them) anymore)",
            Check.NEGATION | Check.SUBJECT,
            unless=ORDINARY_REHOMING,
        ),
        rule(
            "plan",
            HIGH,
            r"\b(?:a|the|my) (?:plan|method) and (?:access to )?(?:the |a )?means\b|\bthe means and "
            r"(?:a|the) plan"
            r"|\bplan(?:ned|ning)? (?:out )?my (?:own )?(?:suicide|death|overdose|exit|ending|last day)"
            r"|\b(?:picked|chosen|chose|found) (?:the|a|my) (?:bridge|building|cliff|method|tree|"
            r"overpass|spot to (?:die|jump|do it))\b"
            r"|\b(?:do it|end it|go through with it|end my life|kill myself) (?:\w+ ){0,3}?(?:when|while|"
            r"after|once) (?:my \w+|everyone|everybody|they|nobody|no one|the house)(?: is| are|'s|"
            r"'re)? (?:at work|out|asleep|away|gone|empty|to (?:sleep|bed|work)|home|goes? (?:out|away|"
            r"to (?:sleep|bed|work)))"
            r"|\b(?:when|while|after|once) (?:my \w+|the (?:kids|children|house|family|others)|everyone|"
            r"everybody|they|nobody|no one)(?: is| are|'s|'re)? (?:at work|out|asleep|away|gone|empty|in "
            r"bed|to (?:sleep|bed|work)|home|goes? (?:out|away|to (?:sleep|bed|work))),? (?:i'm|i am|"
            r"i'll|i will|i'm going to|i am going to|going to|gonna) (?:finally )?(?:do it|end it|go "
            r"through with it|end my life|kill myself)(?=$|[.!,;\n])"
            r"|\buse (?:it|them|this|that|the \w+) on myself\b"
            r"|\b(?:rope|noose|gun|knife|razor|blades?|pills|belt|cord)\b[^.!?\n]{0,40}?(?:going to|gonna|"
            r"will|i'll|about to|ready to) use (?:it|them)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "plan_with_time",
            IMMINENT,
            r"\b(?P<core>(?:tonight|today)(?:'s| is) the (?:night|day))\b[^\n]{0,60}?\b(?:made (?:my )?"
            r"peace|said (?:my )?goodbyes|i'm ready|i am ready|no going back|it's decided)"
            r"|\b(?:made (?:my )?peace|said (?:my )?goodbyes)\b[^\n]{0,60}?\b(?:tonight|today)(?:'s| is) "
            r"the (?:night|day)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # The day before the words: "by sunday it'll all be over for me", "after the kids leave
            # for school tomorrow I'm doing it".
            "plan_with_time",
            HIGH,
            r"\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|morning|tonight|"
            r"the weekend|next week|the end of the (?:day|week|month))\b[^.!?\n]{0,20}?\b(?:it|this|"
            r"everything|it all)(?:'ll| will) (?:all )?(?P<core>be over) for me\b"
            r"|\b(?:it|everything)(?:'ll| will) (?:all )?be over for me by (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|tomorrow|morning|tonight|the weekend|next week)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=ORDINARY_ENDINGS,
        ),
        rule(
            "plan_with_time",
            IMMINENT,
            r"\b(?:tonight|today|tomorrow)(?: is|'s| will be) (?:the|my) (?:night|day) (?:i|that i|to) "
            r"(?:end it|die|kill myself|do it|end my life|end everything|jump|take them)",
            Check.NEGATION,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:car|engine) (?:is )?running in (?:the|a|my) (?:closed |shut )?garage|\bengine running "
            r"with the garage (?:door )?(?:closed|shut)|\b(?:hose|pipe|tube) (?:from|to|on) the exhaust"
            r"|\b(?:the |my )?(?:car|garage) (?:is )?(?:full of|filling (?:up )?with|filled with) "
            r"(?:fumes|exhaust|gas|carbon monoxide)"
            r"|\b(?:car|engine) (?:is )?(?:running|on)\b[^.!?\n]{0,30}?\bgarage(?: door)? (?:is )?"
            r"(?:closed|shut|down)\b|\bgarage(?: door)? (?:is )?(?:closed|shut|down)\b[^.!?\n]{0,30}?"
            r"\b(?:car|engine) (?:is )?(?:running|on)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=WARMING_THE_CAR,
        ),
        rule(
            "means_at_hand",
            HIGH,  # a gun and its ammunition or key within reach
            r"\b(?:gun|pistol|rifle|shotgun|revolver|firearm|handgun)s?\b[^.!?\n]{0,40}?\b(?:i (?P<core>know"
            r"|found|have|got)(?: (?:the )?(?:code|combination|key|keys)| where (?:the |he keeps the |she "
            r"keeps the |they keep the )?(?:key|keys|ammo|bullets|code)(?: is| are)?)|(?:is|are|was|"
            r"were) (?:left )?unlocked)",
            Check.NEGATION | Check.SUBJECT,
            unless=HOBBY,
            soon=IMMINENT,
        ),
        rule(
            "preparation",
            HIGH,
            r"\benough (?:of (?:my|the|these|those) )?(?:[a-z]+ )?(?P<core>pills|tablets|meds|medication|"
            r"painkillers|paracetamol|sleeping pills)\b(?: \w+)? (?:saved|stored|stockpiled|hidden|"
            r"stashed|put aside|set aside|collected|to do it|to die|to end it|to not wake up|to kill "
            r"(?:me|myself)|to overdose|to make sure)\b"
            # Any medicine with what it is for: "enough insulin saved up to do it".
            rf"|\benough (?:of (?:my|the) )?(?P<med>{ANY_MED})\b(?: \w+){{0,2}}? (?:to do it|to die|to "
            r"end (?:it|things|my life)|to not wake up|to kill (?:me|myself)|to overdose)\b(?! (?:properly|"
            r"right|correctly|for|this|until|till|over|every|each|with))",
            Check.NEGATION | Check.SUBJECT | Check.QUESTION,
            soon=IMMINENT,
        ),
        rule(
            "preparation",
            MODERATE,
            r"\b(?P<core>found|took|stole|nicked|grabbed|pinched|swiped|got) (?:my \w+'s|my \w+s'|the|some|"
            r"a (?:box|bottle|pack|strip) of|all (?:my \w+'s|the)) (?:[a-z]+ )?(?:sleeping pills|"
            r"sleeping tablets|pills|tablets|meds|medication|painkillers|"
            rf"{alternation(DANGEROUS_IN_FEW)})\b[^.!?\n]{{0,25}}?\b(?:and |then )?(?:hid|hidden|hiding|"
            r"stashed|stash|stashing|kept|keeping|put) (?:them|it)\b(?! (?:away from (?:me|myself)|"
            r"somewhere safe|out of (?:reach|sight)|from (?:my|the) (?:kids|children|dog)))",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            "means_at_hand",
            HIGH,
            r"\b(?:bought|got|have|ordered|found|picked up)\b[^.!?\n]{0,15}?\b(?P<core>rope)\b[^.!?\n]{0,20}?"
            r"\b(?:stool|step ?ladder|chair to stand on|hook|beam)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=HOBBY,
            soon=IMMINENT,
        ),
        rule(
            # Affairs put in order with a time coming: "my will is done, letters are written, it's
            # almost time".
            "preparation",
            HIGH,
            r"\b(?P<core>my will is (?:done|written|sorted|made|ready)|(?:the |my )?(?:letters|notes) "
            r"(?:are|is) (?:all )?(?:written|done|ready|finished|sealed)|(?:my )?affairs (?:are )?in "
            r"order)\b[^\n]{0,60}?\b(?:it's (?:almost )?time|almost time|ready to go|time to go|not long "
            r"now)(?=\s*$|[.!,;\n])",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # A high place scouted: "visiting the cliffs to see which spot is highest".
            "method_research",
            MODERATE,
            r"\b(?:visit\w*|went to|going to|checked out|checking out|scout\w*|looking at|walked to)\b"
            r"[^.!?\n]{0,30}?\b(?P<core>cliffs?|bridges?|roofs?|car parks?|multi-storeys?|towers?)\b"
            r"[^.!?\n]{0,30}?\b(?:which (?:one|spot|part|side|bit|floor) is (?:the )?(?:highest|tallest|"
            r"steepest|best)|how high (?:it|they) (?:is|are)|the drop)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=SIGHTSEEING,
            soon=HIGH,
        ),
        rule(
            # A ligature fixed to a point: "tied the belt to the door handle".
            "means_at_hand",
            HIGH,
            r"\b(?:tied|tying|tie|knotted|fixed|attached|hung|looped|fastened) (?:a |the |my )?(?:belt|"
            r"rope|cord|scarf|sheet|bedsheet|cable|tie|noose|dressing gown cord|charger cable|lead) "
            r"(?:to|around|round|on|onto|over) (?:the |a |my )?(?P<core>door ?handle|door|banister|"
            r"bannister|beam|hook|railing|rail|pipe|wardrobe|bedpost|shower rail|curtain rail|loft hatch|"
            r"ceiling fan|light fitting|stair ?rail)",
            Check.NEGATION | Check.SUBJECT,
            unless=HOBBY,
            soon=IMMINENT,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:tied|tying|tie|put|looped|fastened|tightened) (?:a |the |my )?(?:belt|rope|cord|"
            r"scarf|noose|cable|tie|lead) (?:around|round) my (?P<core>neck)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Something unnamed tied round the neck, told after: "tied something tight round my
            # neck ... I passed out".
            "self_harm_medical",
            HIGH,
            r"\b(?:tied|wrapped|looped|tightened|pulled) (?:something|it|a \w+|the \w+|my \w+)(?: "
            r"(?:really |so |too )?tight(?:ly)?)? (?:around|round) my (?P<core>neck)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=HOBBY,
            soon=IMMINENT,
        ),
        rule(
            "means_at_hand",
            HIGH,
            r"\bin the (?:bath|bathtub|tub|bathroom) with (?:a |the |my )?(?:razor|blade|knife|pills|"
            r"rope|toaster|hair ?dryer)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # "You won't have to deal with me much longer": relief promised to others.
            "preparation",
            MODERATE,
            r"\b(?P<core>you|u|they|everyone|nobody|no one|you guys|y'all)(?:'ll| will)? (?:won't|will not|"
            r"wont|don't|will never|never) (?:have to|need to|gotta) (?:deal with|worry about|put "
            r"up with|look after|take care of|see|hear from|bother with) me (?:much longer|for (?:much )?"
            r"longer|anymore|any ?more|any longer|soon|again|ever again)\b",
            Check.NEGATION,
            unless=ORDINARY_REHOMING,  # "i'm moving out": a parting, not a death
            soon=HIGH,
        ),
        rule(
            "preparation",
            HIGH,
            r"\b(?:because|since|as|cause|cuz|when) (?P<core>i) (?:won't|will not|wouldn't) be (?:here|around|alive)"
            r"|\b(?:won't|wont|will not) be (?:here|around|alive) (?:after (?:this|the) weekend|after "
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)|anymore|much "
            r"longer|for long|to (?:see|"
            r"take care|look after|feed))"
            r"|\b(?:don't|dont|do not) (?:plan|intend|expect) on being (?:here|around|alive) to\b"
            r"|\b(?:don't|do not) (?:plan|intend|expect) to (?:be (?:alive|around|here)|live) (?:much "
            r"longer|for (?:much )?longer|for long|past|beyond|by|after|until|till)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=AWAY_FOR_A_JOURNEY,  # "won't be around to feed the cat, I'm in Spain"
        ),
        rule(
            # Gone by morning, things given away for a journey that needs nothing, love sent through
            # someone for the last time.
            "preparation",
            HIGH,
            r"(?:^|[.!?,;\n] ?|\bi(?:'ll|'m)? )(?:won't|will not|wont|not gonna|not going to|am not "
            r"going to|'m not going to) be (?:here|around|alive|breathing) (?:by (?:the )?(?:morning|"
            r"sunrise|dawn)|after tonight)\b"
            # Belongings given away for a journey that needs nothing: "won't need them where I'm going".
            r"|\b(?:gave|given|giving|give|rehomed|handed)\b[^\n]{0,120}?\b(?:won't|will not|wont) "
            r"(?:be )?need(?:ing)? (?:it|them|this|these|that|those|any of (?:it|this|them)|my \w+|"
            r"anything)(?: where i'm going| after (?:tomorrow|tonight|today|this week|the weekend|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
            r"|\btell (?:my |\w+ )?\w+ (?:that )?i love (?:her|him|them|you)\b[^\n]{0,60}?\b(?:won't|"
            r"will not|can't|not gonna|not going to) be able to\b[^\n]{0,20}?\b(?:after|past) "
            r"(?:tonight|today)\b",
            Check.NEGATION,
            unless=ORDINARY_ABSENCE,
        ),
        rule(
            # The whole supply to be taken: "all my lamotrigine lined up ... I'm going to take them",
            # "I intend to take them all this evening", pills "saved for when I decide to".
            "plan",
            HIGH,
            r"\b(?:all (?:my|of my|the|of the|of them)|the whole (?:bottle|pack|box|lot|supply)|the lot|"
            r"(?:pills|tablets|meds|medication|capsules|painkillers) (?:lined up|laid out|counted out))"
            r"\b[^\n]{0,80}?\b(?P<core>(?:going to|gonna|i'll|i will|intend to|plan to|about to) (?:take|"
            r"swallow|down) (?:them|it|the lot))\b(?! (?:with (?:food|breakfast|dinner|water)|as "
            r"prescribed|back|to the|home|in the morning))"
            r"|\b(?:pills|tablets|meds|medication|capsules|painkillers|sleeping pills)\b[^\n]{0,80}?\b"
            r"(?:(?:intend|going|gonna|plan(?:ning)?|about) to (?:take|swallow|down) (?:them all|all "
            r"of them|the (?:whole )?lot|every (?:one|last one|single one)))\b"
            r"|\b(?:pills|tablets|meds|medication|painkillers)\b[^\n]{0,60}?\bso (?:i'd|i would|i'll|i) "
            r"have enough\b[^\n]{0,80}?\b(?:that's when|then|and) (?:i'm|i am|im) (?:gonna|going to) do "
            r"it\b"
            r"|\b(?:keep|kept|keeping|saving|saved|hide|hid|hiding|stash\w*) (?:the |my |some |all the |all "
            r"my )?(?:pills|tablets|meds|medication|painkillers)(?: \w+){0,5}? (?:for|until) (?:when|the "
            rf"day|the night|if) i (?:{DECIDED}|am ready|'m ready|can't take (?:it|any more|anymore))"
            r"|\b(?:pills|tablets|meds|medication|painkillers)\b[^\n]{0,30}?\b(?:saved|kept|keep|keeping|"
            r"put aside|hidden|stashed)(?: \w+){0,4}? (?:for|until) (?:when|the day|the night|if) i "
            rf"(?:{DECIDED}|am ready|'m ready|can't take (?:it|any more|anymore))",
            Check.NEGATION | Check.SUBJECT | Check.QUESTION,
            soon=IMMINENT,
        ),
        rule(
            # Someone else's medicine kept for oneself: "I kept his leftover meds and I'm going to
            # take them tonight"; a double dose taken on purpose; all of them taken to end it.
            "plan",
            HIGH,
            r"\b(?:kept|saved|took|have|got|hid|hidden) (?:his|her|their|my \w+'s) (?:leftover |old |spare )?"
            r"(?:meds|pills|tablets|medication|painkillers)\b[^\n]{0,60}?\b(?P<core>(?:going to|gonna|i'll|i "
            r"will|about to) (?:take|swallow) (?:them|it|the lot))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "overdose_in_progress",
            IMMINENT,
            r"\b(?P<core>(?:took|taken|swallowed|downed) (?:a |my )?(?:double|triple|extra|an extra|too many|"
            r"way too many|loads|a lot|all (?:of )?(?:them|it|my \w+))(?: \w+){0,8}?) (?:on purpose|"
            r"deliberately|intentionally)\b"
            r"|\b(?:pills|meds|tablets|medication)\b[^\n]{0,60}?\b(?:(?:took|swallowed|downed|taken) "
            r"(?:them|it) all(?: at once)?)\b[^.!?\n]{0,40}?\b(?:to (?:end it|die|not wake up|end my "
            r"life|kill myself)|on purpose|deliberately)\b",
            Check.NEGATION | Check.SUBJECT,
            timing=OVERDOSE_TIMING,
        ),
        rule(
            # A means whose innocent use is denied: "bought rope and it isn't for camping, it's for
            # me".
            "means_at_hand",
            HIGH,
            r"\b(?:rope|gun|pills|helium|blades?|razors?|charcoal|ladder|noose|tablets)\b[^\n]{0,40}?"
            r"\b(?:isn't|is not|not|aren't|are not|wasn't|weren't)(?: really| actually)? for (?!me\b)"
            r"[^.!?\n]{1,30}?(?:[,.;] ?|and |but )(?P<core>(?:it's|it is|they're|they are|it was|they were) for me)\b",
            Check.NONE,
        ),
        rule(
            # A means to be used at a near time: "I have the rope in my car and I'm using it tonight";
            # a means bought and owned as for oneself: "Bought a gun yesterday. It's for me."; a
            # note left to be found.
            "plan",
            HIGH,
            r"\b(?:rope|gun|pills|noose|blades?|razors?|tablets|helium|belt)\b[^\n]{0,60}?\b(?P<core>(?:i'm|"
            r"i am|im|i'll|i will|gonna|going to) (?:be )?us(?:e|ing) (?:it|them))(?= tonight| today| "
            r"tomorrow| now| soon| this weekend| later)"
            r"|\b(?:bought|got|ordered|picked up)\b[^.!?\n]{0,15}?\b(?:rope|gun|noose|helium|razor "
            r"blades)\b[^\n]{0,30}?(?:[.,;] ?| and )(?:it's|it is|they're|they are) (?:for me|for myself)"
            r"(?=\s*$|[.!\n])"
            r"|\b(?:note|letter)\b[^\n]{0,60}?\bfor (?:my |the |someone |anyone )?(?:\w+ )?to find"
            r"(?=\s*$|[.!,;\n])",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=HOBBY,
        ),
        rule(
            # Means bought to finish it; drink with all the pills; "don't try to stop me" on the way.
            "plan",
            HIGH,
            r"\b(?:bought|got|ordered|picked up)\b[^\n]{0,40}?\b(?:pills|paracetamol|tablets|rope|"
            r"painkillers)\b[^\n]{0,30}?\bto (?P<core>finish (?:it|myself|me off|things))\b(?! off)"
            r"|\b(?:driving|walking|going|heading|on my way) to (?:the )?(?:train |railway )?(?:cliffs?|bridge|tracks|station|"
            r"river|sea|roof)\b[^\n]{0,30}?\b(?:don't|do not) (?:try to|bother trying to) (?:stop|find) me\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "overdose_in_progress",
            IMMINENT,
            r"\b(?P<core>(?:drank|downed|finished|had) (?:(?:a|the) (?:whole |full )?bottle of \w+|so much \w+|half a "
            r"bottle of \w+) with (?:all (?:of )?(?:my |the )?|a (?:whole )?(?:bottle|box|pack|packet) of "
            rf"(?:my )?|a handful of (?:my )?)(?:[a-z]+ )?{ANY_MED})\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=OVERDOSE_TIMING,
        ),
        rule(
            # Death disguised: "will it look like an accident?", "make it look like an accident".
            "plan",
            HIGH,
            r"\b(?:drive|driving|crash|crashing|fall|falling|jump|jumping|overdose|die|dying|death|dead|"
            r"kill|killing|tree|wall|bridge|pills|cliff)\b[^\n]{0,80}?\b(?:make it|will it|would it|so it|to "
            r"make it|it'll|it would|it will) (?P<core>(?:look|seem|pass) (?:like|as|for) an accident)\b"
            r"|\bmake my (?:death|suicide|overdose) (?:look|seem) like an accident\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # At a high place with no way home planned: "sat in the car at the cliff car park. not
            # planning on driving home."
            "plan",
            HIGH,
            r"\b(?:cliffs?|bridge|edge|ledge|tracks|rooftop|roof|car park|pier|quay|viaduct)\b[^\n]{0,80}?"
            r"\b(?:not|no|don't|won't) (?:planning|plan|intending|going|be|need)(?: on| to)? (?:driving|"
            r"going|coming|walking|getting|drive|go|come|walk|get) (?:home|back home|back(?=\s*$|[.!,;\n]| "
            r"tonight| again| this time))",
            Check.SUBJECT,
        ),
        rule(
            # The writer's absence as a relief to others: "I won't be a problem for anyone much
            # longer", "soon I won't be anyone's burden".
            "preparation",
            MODERATE,
            r"\b(?:i|i'm|im) (?P<core>(?:won't|will not|wont|not gonna|not going to|am not going to) be) "
            r"(?:a |anyone's |everyone's |"
            r"your |their )?(?:problem|burden|bother|worry)(?: (?:for|to) (?:anyone|everyone|you|"
            r"anybody|you all|any of you|them))? (?:for )?(?:much|very much|any|a lot) longer\b"
            r"|\bsoon i (?:won't|will not|wont) be (?:anyone's|everyone's|your|their|a) (?:problem|"
            r"burden)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
            unless=ORDINARY_ABSENCE,
        ),
        rule(
            # At a high place, working up to it: "parked at the cliffs, trying to work up the nerve to
            # go over".
            "plan",
            HIGH,
            r"\b(?:cliffs?|bridge|edge|ledge|roof(?:top)?|tracks|platform|balcony|car park|parking "
            r"(?:lot|garage)|tower|overpass)\b[^\n]{0,100}?\b(?P<core>(?:work|build|get|muster|summon|"
            r"pluck)(?:ing)? up the (?:nerve|courage|guts|balls)) to (?:go over|jump|step off|let go|do it|"
            r"go through with it)\b"
            r"|\b(?:work|build|get|muster|summon|pluck)(?:ing)? up the (?:nerve|courage|guts|balls) to "
            r"(?:kill myself|end it all|end my life|take my (?:own )?life)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # A life said to end before a near day: "there won't be a tomorrow for me".
            "preparation",
            HIGH,
            r"\b(?:won't|will not|wont) be (?:a|any) (?:tomorrow|next (?:week|year|time)) for me"
            r"|\bno (?:more )?tomorrows? for me\b"
            r"|\bi (?:won't|will not|wont|am not going to|'m not going to) (?:see|live to see|be alive "
            r"(?:for|on|by)|make it to) (?:tomorrow|the morning|next week|christmas|my (?:\w+ )?birthday)"
            r"(?!'s| (?:morning|night|evening|at|in|on|for|because|cause|cos|since|as|unless))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "plan",
            MODERATE,
            r"\b(?:standing|sitting|stood|sat|i'm|i am) on (?:the|a) (?P<core>edge|ledge)\b(?:(?= of (?:the |"
            r"a |this |my )?(?:roof|bridge|cliff|building|platform|balcony|tracks|car park|multi-storey|"
            r"tower|overpass|motorway bridge))|(?=\s*$|[.!,;\n]| (?:and|again|right now|now|tonight) ))",
            Check.NEGATION | Check.SUBJECT,
            unless=HOBBY,
            soon=HIGH,
        ),
        rule(
            "plan",
            MODERATE,
            r"\b(?:found|picked|chosen|chose|know|scouted) (?:a|the|my) (?:spot|place|clearing|"
            r"place to go)\b[^.!?\n]{0,40}?\bwhere (?:nobody|no one|no ?one) (?:would|will|could|can) "
            r"(?P<core>find me|see me|stop me|find my body)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=HIDING_FOR_PEACE,
            soon=HIGH,
        ),
        rule(
            # A train that passes without stopping, looked up or waited for: "the fast one that
            # doesn't stop here" (not a commuter's change of trains).
            "method_research",
            MODERATE,
            r"\b(?:looked up|looking up|looked at|looking at|studied|studying|checked|checking|googled|"
            r"found out|know|waiting for|waited for|watching|timed|timing)\b[^.!?\n]{0,50}?\b(?P<core>(?:express|fast|non-?stop|freight|"
            r"through) (?:one|trains?)|trains?)\b[^.!?\n]{0,40}?\b(?:(?:doesn't|does not|don't|won't) "
            r"stop|(?:comes?|come|goes|pass(?:es)?) (?:through|straight through)|without stopping)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=TRAIN_TRAVEL,
            soon=HIGH,
        ),
        rule(
            "method_research",
            MODERATE,
            # A high place looked up close to home: "the tallest bridge in the city".
            r"\b(?:looked up|looking up|look up|googled|googling|searched|searching|researched|"
            r"researching|found) (?:the )?(?:tallest|highest|nearest|closest) (?:bridges?|buildings?|"
            r"cliffs?|towers?|car parks?|parking garages?|multi-storeys?)\b[^.!?\n]{0,20}?\b(?:near me|"
            r"nearby|around here|in (?:the|my|this) (?:city|town|area)|in town|local)",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            "preparation",
            HIGH,
            # Around the pack-size limits: "bought paracetamol from three different shops".
            rf"\b(?:bought|buying|buy|got|getting|went to) (?:\w+ ){{0,2}}?(?:{ANY_MED}) (?:from|at|in) "
            r"(?:three|four|five|several|different|multiple|\d) (?:different |separate )?(?:shops|"
            r"pharmacies|stores|chemists|places|supermarkets)\b(?![^.!?\n]{0,20}\bfor (?:the|my|our) "
            r"(?:kids|children|son|daughter|family|house|mum|mom|dad|partner|husband|wife|first aid))",
            Check.NEGATION | Check.SUBJECT,
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
            r"climbed|took the \w+) (?:\w+ ){1,4}?to (?:end it|kill myself|end my life|jump)\b"
            r"|\b(?:came|went|drove|walked|got) (?:out )?(?:here|there) to die\b(?! (?:of|for|laughing|from))"
            # ... or with no return: "driving to the cliffs tonight and not coming back".
            r"|\b(?:going|driving|walking|heading|headed|drove|went|walked) (?:out )?to (?:the |a )?"
            r"(?:cliffs?|bridge|tracks|railway|river|lake|sea|ocean|woods|forest|roof|motorway|highway)"
            r"\b[^.!?\n]{0,20}?(?:and|,) (?:i'm |i am |i will |i'll )?(?:not|never|won't be) "
            r"(?:coming|come) back\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "preparation",
            HIGH,
            rf"\b(?P<core>(?:stockpil\w*|hoard\w*|saving up|saved up|been saving|been collecting|collecting up|collected up|"
            rf"(?:keeping|kept|keep|holding|held) back|"
            rf"stash(?:ing|ed)?|hiding|hid|hidden|squirrel(?:ing|ed) away|putting aside|put aside|"
            rf"set aside) (?:(?:a|one|two|three|four|five|six|several|a few|\d+) (?:months?|weeks?|"
            r"days?)(?:'s)?(?: worth)? of )?(?:my |up |away |all my |some of my |extra |a lot of |"
            rf"a bunch of |a few |some |one or two |a couple of )*(?:[a-z]+ )?{ANY_MED}"
            # Kept for an ailment, not "just in case": "in case I get a migraine at work".
            r"(?![^.!?\n]{0,20}?\b(?:in case|for|when) (?:i |of )?(?:get |have |a |an |my |the |bad )*"
            r"(?:migraines?|headaches?|pain|cold|flu|period|cramps|allerg\w+|trip|travel|holiday|flight|"
            r"hangover|back pain|toothache|emergenc\w+ at work))"
            r"|(?:bought|buying|ordered|got|purchased|tied|tying|made|making|have|has|set up|setting up)"
            r" (?:a |the |my |some )?(?:noose|ligature)"
            r"|(?:put|putting|get|getting|got) my affairs in order(?![^.!?\n]{0,40}?\b(?:baby|wedding|"
            r"move|moving|surgery|operation|retir\w*|holiday|trip|new job|mortgage|house|tax))"
            r"|(?:giving|gave|give) away (?:all )?my (?:stuff|things|belongings|possessions|pets?|"
            r"cat|dog|clothes|books|favorite things|prized)"
            r"|(?:wrote|written|writing|made|updated|updating|making) (?:out )?my (?:will|last will)\b"
            r"(?![^.!?\n]{0,50}?\b(?:solicitor|lawyer|notary|every parent|baby|kids|children|mortgage|"
            r"estate planning|married|wedding|grandkids)))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Ways and doses looked into (a topic revised is not this: "pharmacology exam: lethal
            # doses, overdose management").
            "preparation",
            HIGH,
            r"\b(?P<core>(?:researching|researched|looked up|looking up|googled|googling|searched|"
            r"searching|reading about|read up on) (?:\w+ ){0,2}?(?:ways|methods|how) to (?:die|kill|end|"
            r"overdose|hang|commit|suicide|od)"
            r"|(?:suicide|overdose|od) methods?|(?:lethal|fatal|deadly|toxic) (?:dose|doses|amount|"
            r"quantity|overdose|combination))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            unless=REVISION_TOPICS,
        ),
        rule(
            # Medicine put aside, told in that order: "putting my sleeping tablets aside".
            "preparation",
            HIGH,
            rf"\b(?:putting|put|setting|set) (?:my |the |all my |some of my )?(?:\w+ )?(?P<core>{ANY_MED}) "
            r"aside\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            unless=PILL_ROUTINE,
        ),
        rule(
            "method_research",
            HIGH,
            rf"\bhow (?:many|much) (?:[a-z']+ ){{0,4}}?(?:{ANY_MED}|of (?:these|those|them|my \w+)|"
            r"\w+ pills)(?: [a-z']+){0,5}? (?:(?:would|does|will|did|could|should) it take|it "
            r"(?:would|will|could) take|it takes|to (?:die|"
            r"kill|overdose|od|end it|be lethal|be fatal|not wake up)|(?:would|will|could|does|can|"
            r"should) (?:kill|be lethal|be fatal|be enough)|(?:is|are|would be) (?:lethal|fatal|deadly|"
            r"enough|too many|an overdose|a lethal))"
            r"|\bhow long (?:(?:does|would|will|did|could) it take|it (?:takes|would take|will take|"
            r"took)) (?:to|for (?:you|someone|me|a person|"
            r"the pills) to) (?:die|bleed out|drown|suffocate|hang|overdose|od|stop breathing|work)"
            r"|\bhow (?:high|tall) (?:a |the )?(?:building|bridge|fall|drop|cliff|roof) (?:needs|has|would "
            r"(?:need|have)) to be\b"
            r"|\bhow (?:high|tall|many floors|many stories|many storeys) (?:does|would|should|do you "
            r"need|must|you(?:'d)? (?:need|have) to|(?:do|would|will) you (?:need|have) to) (?:to )?(?:a |the )?"
            r"(?:bridge|building|fall|jump|it)(?![^.!?\n]{0,30}\bfor (?:a |an |the )?(?:lift|elevator|crane|"
            r"planning|permit|permission|extension|loft|solar|aerial|antenna|flag ?pole|lorry|truck|van|"
            r"bus)\b)|\b(?:high|tall) enough to (?:die|"
            r"kill)|\bwhich (?:bridge|building|cliff|pills?|meds|medication|drug|method|way) (?:is|are|"
            r"would|will|works?|could)\b[^.!?\n]{0,30}?(?:die|kill|lethal|fatal|enough"
            + NOT_FOR_A_VEHICLE
            + r"|painless|fastest|quickest|best)"
            r"|\b(?:would|will|could|can|is|are) (?:\d+|a (?:whole )?bottle of|all (?:of )?my|"
            rf"these|those) (?:[a-z]+ )?{ANY_MED} (?:kill me|be enough|be lethal|be fatal|"
            r"enough to (?:die|kill))",
            Check.HISTORY,
        ),
        rule(
            "method_question",
            MODERATE,
            rf"\bcan (?:you|i|someone|a person|people) (?:die|overdose|od) (?:on|from|by|of) "
            rf"(?:\d+ |[a-z]+ )?(?:{ANY_MED}|taking|too much)"
            r"|\bwhat (?:happens|would happen) if (?:you|i|someone) (?:take|takes|took|swallow|"
            rf"swallows|swallowed) (?:a lot of|too many|all|a whole bottle of|a bottle of|a handful of|"
            rf"\d\d+) (?:of (?:my |your |the )?)?(?:[a-z]+ )?{ANY_MED}",
            Check.NEGATION,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            # "tied the rope to the tree for the swing" is no ligature
            r"\b(?:(?:the |my )?(?:rope|noose|belt|cord)(?:'s| is| are) (?:ready|up|tied|hung|set up|around)"
            r"|(?:tied|hung|set up|put) (?:the |a |my )?(?:rope|noose))(?![^.!?\n]{0,40}\b(?:swing|"
            r"hammock|tent|boat|kayak|washing line|clothes ?line|tarp|climb\w*|dog|horse|goat|trailer|"
            r"roof rack|tug of war|gym|pe|class|rigging|sail\w*|marquee|bunting|lights|decorations?)\b)|\bnoose (?:around|on) my neck"
            r"|\b(?:the |my )?gun (?:is )?(?:loaded|in my (?:hand|mouth)|to my head)"
            r"|\b(?:blade|razor|knife) (?:is )?(?:in my hand|to my (?:wrist|throat|arm|skin))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:emptied|poured|tipped|shook) (?:out )?(?:the |my |a |all (?:the |my )?)?(?:pill "
            r"bottle|bottle of pills|pills|meds|tablets|packet|bottle)\b[^.!?\n]{0,15}?\b(?:into|in|onto) "
            r"my (?:hand|hands|palm)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "means_at_hand",
            HIGH,
            r"\b(?:have|got|bought|keeping|kept|hid|hidden) (?:a|the|my) (?:rope|noose|gun|blades?|"
            r"razor)\b[^.!?\n]{0,25}?\b(?:for|ready for) (?:tonight|later|tomorrow|when)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=HOBBY,
        ),
        rule(
            "means_at_hand",
            HIGH,
            r"\b(?:have|got|'ve got|i've got|i have) (?:the|a|my) (?:knife|blade|razor|rope|noose|gun) "
            r"(?:ready|prepared|laid out|next to me|beside me|by my bed)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=HOBBY_OR_KITCHEN,
        ),
        rule(
            # A weapon turned on oneself needs no pastime check: "... and I'm using it on myself".
            "means_at_hand",
            HIGH,
            r"\b(?<!massage )(?<!glue )(?<!nail )(?<!water )(?<!heat )(?<!tattoo )(?<!staple )(?<!toy )"
            r"(?:gun|pistol|rifle|shotgun|revolver|knife|blade|razor)\b[^.!?\n]{0,60}?\b(?P<core>use|"
            r"using|turn|turning|point|pointing) (?:it|that|this) on myself\b"
            r"|\b(?:use|using|turn|turning|point|pointing) (?:the |my |his |her |a |dad's )?(?:gun|pistol|"
            r"rifle|shotgun|revolver|knife|blade|razor) on myself\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            "preparation",
            MODERATE,
            r"\b(?:written|wrote|writing|sorted|arranged|planned|planning) (?:down |out )?(?:what i want|"
            r"the (?:music|songs|readings|flowers)|everything|the plans?) (?:at|for) my (?:own )?funeral",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            "means_at_hand",
            HIGH,
            r"\b(?:loaded|cocked) (?:the|my|a|my \w+'s|his|her) (?:gun|pistol|revolver|handgun|shotgun)\b"
            r"|\b(?:gun|pistol|revolver|handgun|shotgun)\b[^.!?\n]{0,30}?\b(?:on|in) my lap\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
            unless=HOBBY,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            rf"\b(?:have|got|with|holding|hold|counted|counting|lined up|lining up|laid out|laying "
            rf"out|poured out|pouring out) (?:the |all the |my |all my |these |those )?(?:[a-z]+ )?"
            rf"{ANY_MED} (?:ready|in (?:my|front of me)|right here|next to me|out|lined up|counted)"
            rf"|\b(?:the |my )?{ANY_MED} (?:are|is) (?:ready(?! (?:to (?:pick up|collect|be collected)|for "
            r"(?:collection|pick ?up)|at the (?:pharmacy|chemist)))|lined up|counted|in my hand|in front "
            r"of me)",
            Check.NEGATION | Check.SUBJECT,
            unless=PILL_ROUTINE,
        ),
        rule(
            "means_at_hand",
            IMMINENT,
            r"\b(?:standing|stood|sitting|sat|perched|i'm) (?:right )?(?:at|on) the (?:very )?edge of "
            r"(?:the|a) (?:train |subway |tube |railway )?platform"
            r"|^(?:i'm |im )?(?:on|at) the (?:train |railway )?tracks\b(?! (?:of|from|for|on)\b)"
            r"|\b(?:on|to|over) the wrong side of the (?:balcony |bridge )?(?:railing|rail|barrier|fence)\b"
            r"|\b(?:standing|stood|sitting|sat|perched|climbed|climbing|up|i'm) (?:on(?:to)? |at |over )?"
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
            r"hanging|doing it|killing|overdosing|going through)|\b(?:almost|nearly) (?:did it|went through with "
            r"it|jumped|took them|took the pills|pulled the trigger|stepped off)"
            r"|\b(?:almost|nearly) (?:didn't|did not) (?:get|come|step|climb|walk|go) (?:back )?(?:off|"
            r"down|back|away)(?: from)? (?:the |that )?(?:ledge|edge|bridge|roof|railing|rail|platform|"
            r"tracks|balcony|cliff)|\b(?:held|had|put|"
            r"pressed) (?:the|a|my) (?:knife|blade|razor|pills|rope|belt|gun|noose) (?:to|on|in|around|"
            r"against) my (?:wrists?|throat|neck|arms?|mouth|head|temple)",
            Check.NEGATION | Check.SUBJECT,
            unless=BRAVE_STEP,
        ),
        rule(
            "unsafe",
            HIGH,
            r"\b(?:i'm|i am|i feel|feeling) not safe(?: right now| tonight| anymore| at all)?(?=$|"
            r"[,.;!?\n]| and\b| but\b| with myself| around myself| from myself)"
            r"|\b(?:don't|do not|no longer|can't) (?:feel|stay|be|keep myself) safe (?:with|around|"
            r"from) myself|\bcan't keep myself safe|\bnot safe (?:with|around|from) myself"
            r"|\b(?:can't|cannot|can not|won't|couldn't) (?:promise|guarantee|say) (?:that )?i(?:'ll| will|"
            r"'m| am|'d| would) (?:be |stay |keep myself )?safe\b",
            Check.SUBJECT,
        ),
        rule(
            # Asking for help against what they are about to do: "help me, I'm going to do something
            # stupid".
            "unsafe",
            HIGH,
            r"\bhelp(?: me)?\b[^.!?\n]{0,30}?\b(?:going to|gonna|about to|i'll|i might) (?P<core>do "
            r"something)(?: (?:stupid|drastic|dangerous|bad|terrible|i'll regret|i can't take back))?"
            r"(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION,
        ),
        rule(
            # "I don't trust myself right now": the classic way of saying unsafe.
            "unsafe",
            HIGH,
            r"\b(?:don't|dont|do not|can't|cant|cannot) (?P<core>trust myself)(?: (?:right now|tonight|"
            r"anymore|any more|at the moment|alone|not to (?:do something|hurt myself|act on it)|around "
            r"(?:the )?(?:pills|knives|knife|blades?|rope)))?(?=\s*(?:$|[.!,;\n]))",
            Check.SUBJECT,
        ),
        rule(
            # Someone asked if the writer is safe, and the answer is no: "honestly I'm not".
            "unsafe",
            HIGH,
            r"\basked (?:me )?(?:if|whether) i(?:'m| am| was| felt| feel| could (?:stay|keep myself)) "
            r"safe\b[^.!?\n]{0,30}?\b(?P<core>i'm not|i am not|i wasn't|i said no|i told (?:her|him|them) "
            r"no|not really)\b",
            Check.NONE,
        ),
        rule(
            "unsafe",
            HIGH,
            r"\b(?:scared|afraid|worried|terrified|frightened) (?:of )?what i(?:'ll| will| might|'m going "
            r"to| am going to| could) do(?: to myself)?\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Voices that command self-harm or death are a risk of their own, whatever the writer
            # wants ("the voices keep telling me to hurt myself").
            "voices_urging",
            HIGH,
            r"\b(?<!in )(?<!on )(?:voices?|my head|my brain|my mind|my thoughts|something|a voice|whispers?)(?: in my "
            r"head)? (?:keeps? |keep on |are |is |was |were |started |won't stop )?(?:say|saying|says|said|"
            r"telling me|tells me|told me|tell me|whispering|screaming|shouting|yelling|ordering me|"
            r"orders me|commanding me|urging me|pushing me|want me|wants me) (?:to |that i should |i "
            r"should |i must |i have to |i need to |i deserve to |you should |you need to |you must |"
            r"you deserve to |go )?(?:just )?(?:kill (?:yourself|"
            r"myself|me)|kys|die|end it|end my life|hurt (?:yourself|myself|me)"
            r"|cut(?: myself)?(?=\s*$|[.!,;\n]| myself| again| deeper)"
            r"|jump(?=\s*$|[.!,;\n]| off| in front| from)|"
            r"harm myself|stab myself|burn myself|overdose|be dead)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "voices_urging",
            MODERATE,
            r"\b(?:voices?|hearing things|hallucinat\w+|whispers?)\b[^.!?\n]{0,40}?\b(?:want|wants|"
            r"wanted) me (?P<core>dead|to die|gone|to disappear)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "unsafe",
            MODERATE,
            r"\b(?:my |the )?(?:safety|crisis) (?P<core>plan) (?:isn't|is not|isnt|wasn't|was not|doesn't|does not|"
            r"didn't|did not|has stopped|stopped|is no longer|won't) (?:\w+ )?(?:working|helping|"
            r"enough|work|help)\b"
            r"|\b(?:i'm|i am|im|feeling|feel|getting) (?:still )?(?:so |really |a bit |kind of )?(?:scared|afraid|"
            r"frightened|terrified) of (?:myself)\b(?! (?:as a|when i was))"
            r"|\b(?:don't|do not|can't|cannot) trust myself (?:out here|right now|tonight|alone|anymore|"
            r"any more|around (?:the|my|these|those)|with (?:the|my|these|those)|near (?:the|my)|not to)",
            Check.NEGATION | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            "method_thoughts",
            MODERATE,
            r"\b(?:intrusive |constant |bad |dark )?(?:thoughts|images|urges|fantasies) (?:of|about) "
            r"(?P<core>jumping|crashing (?:the|my) car|driving (?:into|off)|hanging myself|drowning myself|"
            r"overdosing|stepping in front|throwing myself)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "method_research",
            HIGH,
            r"\b(?:research\w*|looking up|looked up|look up|googl\w*|read(?:ing)? about|look(?:ed|ing) "
            r"into|ordered|order(?:ing)?|bought|buying) (?:some |about )?(?P<core>helium|nitrogen|"
            r"exit bags?|inert gas|sodium nitrite|charcoal (?:burning|bbq) in)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=HOBBY,
        ),
        rule(
            "unsafe",
            MODERATE,
            # Asking to be stopped: "talk me out of it", "stop me doing something I can't take back".
            r"\b(?P<core>talk me out of it|talk me down)(?=\s*$|[.!,;?\n]| please| before| tonight)"
            r"|\bstop me (?:from )?(?:doing something|before i|doing it|hurting)"
            r"|\bsomething i (?:can't|cannot|won't be able to) (?:take back|undo|come back from)",
            Check.NEGATION,
            soon=HIGH,
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
            r"\b(?:in|at|went to|going to|go to|ended up in|taken to|woke up in) (?:the )?(?:er|a&e|hospital|"
            r"emergency room|urgent care|emergency) (?:for (?:stitches|glue|a dressing|treatment) )?"
            r"(?:after|because|for|from) (?:i )?(?:cutting|"
            r"self harm|self harming|i cut|cut myself|overdosing|an overdose|overdosed|i overdosed|"
            r"(?:the|my) (?:overdose|od|attempt|suicide attempt)|"
            r"trying to|i tried|my attempt|burning myself)"
            r"|\b(?:stitches|stitched|glued) (?:\w+ ){0,3}?from (?:cutting|self[- ]?harm\w*|sh)\b",
            # "after cutting my hand chopping onions" was the kitchen.
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
        ),
    )
)

# --- dwelling on means, hoarding medicine, medicine taken to die ------------------------------

MEANS_RULES = RuleSet(
    (
        *each_alone(
            # A weight-bearing place thought of: "keep looking at the big oak ... thinking it would
            # take my weight"; a method pictured: "keep picturing exactly how I'd do it".
            "means_fixation",
            MODERATE,
            r"\b(?:tree|oak|branch|beam|rafter|hook|bannister|banister)\b[^.!?\n]{0,50}?\b(?:it|that|"
            r"they|the \w+) (?:would|will|could|should|might) (?P<core>(?:hold|take) my weight)\b"
            r"|\b(?:picturing|picture|imagining|imagine|visuali[sz]ing|rehearsing) (?:exactly )?(?P<core>how "
            r"(?:i'd|id|i would|i'll|i will|i could|i'm going to) do it)\b"
            r"|\b(?:picturing|picture|imagining|imagine|visuali[sz]ing|visuali[sz]e) (?:myself )?(?P<core>(?:stepping|"
            r"jumping|falling|walking|throwing myself|going over|going off|driving off|swerving))(?: (?:off|in "
            r"front of|from|into|under|over))? (?:the|a) (?:platform|train|tube|bridge|roof|ledge|edge|traffic|"
            r"bus|lorry|truck|cliff|tracks|rail|railing|barrier|side)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            "means_fixation",
            MODERATE,
            r"\b(?:keep|kept|been|can't stop|cannot stop|always) (?:looking|staring|glancing) at "
            r"(?:the|my|all the|those|these) (?:pills|meds|tablets|knives|knife|blades?|razors?|rope|"
            r"gun|bridge|train tracks|tracks|window|balcony)"
            r"|\b(?:mind|thoughts?) (?:keeps?|kept) (?:drifting|going|wandering|going back) to (?:the|my) "
            r"(?:pills|tablets|meds|knife|knives|blades?|razors?|rope|bridge|tracks|gun)\b(?! (?:i|that i) "
            r"(?:forgot|need|have|ordered|left|still need)\b| (?:where|when|that|we|from)\b)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "means_fixation",
            MODERATE,
            r"\b(?:pills|tablets|meds|medication|gun|knife|knives|rope|blades?|razors?)\b[^.!?\n]{0,60}?"
            r"\bi (?P<core>keep thinking about|can't stop thinking about|cant stop thinking about|keep "
            r"thinking of|keep (?:staring|looking|glancing) at|can't stop (?:staring|looking) at) (?:it|"
            r"them|taking them|using it|using them)\b"
            r"|\bi(?:'m| am)? (?:been |keep )?(?:thinking (?:about|of) using) (?:it|them)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=BROWSING,
        ),
        rule(
            # "been sitting here looking at the knife for an hour"
            "means_fixation",
            MODERATE,
            r"\b(?:looking|staring|stared|looked|glaring) at (?:the|my|those|these) (?P<core>pills|"
            r"tablets|knife|knives|blades?|razors?|rope|noose|gun)\b[^.!?\n]{0,25}?\bfor (?:an hour|"
            r"hours|ages|a long time|a while|ages now|the last hour|\d+ (?:minutes|mins|hours))",
            Check.NEGATION | Check.SUBJECT,
            unless=BROWSING,
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
            r"everything)|killed myself|took my (?:own )?life|did it|was dead|died)"
            r"|\b(?:better|happier|easier|lighter)(?: off)? (?:for \w+ )?(?:if|when|once) i (?:just )?"
            r"(?:killed myself|ended my life|took my (?:own )?life|ended it all)",
            Check.NEGATION | Check.HISTORY,
        ),
    )
)

# --- overdose reported as done ------------------------------------------------------------------

OVERDOSE_RULES = RuleSet(
    (
        *each_alone(
            # An overdose understated: "might have taken a few more of my tablets than I should
            # have. on purpose I guess", "took what was left in my pill bottle".
            "overdose_in_progress",
            IMMINENT,
            r"\b(?P<core>took|taken|had|swallowed) (?:(?:a few|a couple|some|a lot|loads|way|lots) )?more (?:of "
            r"(?:my|the) \w+ |of them |tablets |pills )?than (?:i should|i'm supposed to|prescribed)(?: "
            r"have)?\b[^\n]{0,30}?\b(?:on purpose|deliberately)\b"
            r"|\b(?P<core>took|taken|swallowed|downed) (?:what was|everything|all that was) left (?:in|of) "
            r"(?:my|the) (?:pill ?bottle|pills|tablets|meds|medication|packet|box|blister)\b",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=OVERDOSE_TIMING,
        ),
        rule(
            # "all of them" said after the pills: "drank a bottle of vodka and took my pills. all
            # of them".
            "overdose_in_progress",
            IMMINENT,
            rf"\b(?P<core>took|swallowed|taken|downed|necked) (?:my |the |all my |all the )?(?:pills|"
            rf"tablets|meds|medication|{ANY_MED})\s*[.,!-]*\s*(?:all of (?:them|it)|every (?:last|single) "
            r"one|the (?:whole )?lot)\b(?![^.!?\n]{0,30}\b(?:like|as) (?:every|usual|always|normal|i'm "
            r"supposed|(?:the |my )?(?:doctor|dr|gp|psychiatrist|nurse|pharmacist|prescri\w+))|[^.!?\n]{0,30}\b(?:this morning|with breakfast|on time|for the day))",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE,
            timing=OVERDOSE_TIMING,
        ),
        rule(
            "overdose_in_progress",
            IMMINENT,
            r"\b(?P<core>(?:swallowed|took|taken|downed|ate|emptied) (?:everything|all|the whole|the "
            r"entire|all the \w+|every \w+) (?:in|from|out of) (?:the|my|our) (?:medicine|bathroom|"
            r"pill|dosette) (?:cabinet|cupboard|drawer|box|bottle|organi[sz]er)|(?:swallowed|took|taken) (?:everything|"
            r"all|every \w+) in (?:the|my) (?:pill organi[sz]er|dosette(?: box)?|blister packs?)\b|(?:swallowed|took|taken) (?:everything|all|"
            r"every \w+|all the \w+) in (?:the|my|our) cabinet\b(?! (?:to|into|out|with|and put|home|"
            r"down|over))|swallowed (?:everything|all) (?:i had|i have|i've got|i could find|in the "
            r"house)"
            # Half a container taken, or the rest to follow: "taken half the bottle".
            r"|(?:taken|took|swallowed) half (?:the|a|my) (?:bottle|pack|packet|box|strip)\b(?! of "
            r"(?!pills|tablets|meds)| (?:to|home|with|for|back|along|out|round|over)\b)|(?:take|taking|swallow) the rest of (?:them|the (?:pills|tablets|"
            r"bottle|pack)) (?:soon|now|tonight|in a (?:bit|minute|while))\b"
            # Swallowing a whole container needs no medicine named: "swallowed the whole bottle".
            r"|(?:took|taken|swallowed|downed) (?:my|the|a) (?:whole|entire|full) (?:month|week|"
            r"fortnight)(?:'s)? (?:of |supply of |worth of |supply|worth)"
            r"|swallowed (?:the|a|my|an) (?:whole|entire|full) (?:bottle|pack|packet|box|strip|"
            r"blister pack|jar|tub|container)\b(?! of (?!pills|tablets|meds|capsules))"
            r"|overdos(?:ed|ing)"
            f"{NOT_A_DRUG_AFTER_ON}"
            r"|i (?:just )?overdose on(?! (?:caffeine|coffee|sugar|chocolate))|(?:took|taken|taking|had|"
            r"swallowed) (?:an|another) "
            rf"overdose|(?:took|taken|swallowed) (?:way )?too (?:many|much) (?:of (?:my |the )?)?"
            rf"(?:[a-z]+ )?(?:{ANY_MED}))",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE | Check.QUESTION,
            timing=OVERDOSE_TIMING,
            unless=AT_WORK_WITH_PATIENTS,
        ),
        rule(
            # Much alcohol with the meds, for good: "drank half a bottle of vodka with my meds to make
            # it stop for good".
            "possible_overdose",
            HIGH,
            r"\b(?:drank|downed|had|finished) (?:a (?:whole |full )?bottle|half a bottle|two bottles|so much|"
            r"loads)(?: of \w+)?\b[^.!?\n]{0,20}?\bwith (?:my|all my|the|all the) (?P<core>(?:meds|pills|"
            r"tablets|medication))\b[^.!?\n]{0,40}?\b(?:for good|to (?:die|end it|not wake up|sleep forever)|so "
            r"i (?:don't|won't|never) wake)\b",
            Check.NEGATION | Check.SUBJECT,
            timing=POSSIBLE_OVERDOSE_TIMING,
        ),
        rule(
            "possible_overdose",
            HIGH,
            # A sedative and alcohol put together on purpose: "mixed my xanax with vodka on purpose".
            r"\b(?P<core>mix(?:ed|ing)?|combin(?:ed|ing)|wash(?:ed|ing) down|chas(?:ed|ing))\b"
            rf"[^.!?\n]{{0,25}}?\b{alternation(DANGEROUS_IN_FEW)}\b[^.!?\n]{{0,40}}?\b(?:vodka|alcohol|"
            r"wine|whisk(?:e)?y|gin|rum|beer|booze|tequila|liquor|spirits)\b[^.!?\n]{0,30}?\b(?:on "
            r"purpose|deliberately|intentionally|to (?:die|not wake|sleep forever|end it|make sure)|so "
            r"(?:i|that i) (?:won't|don't|never|wouldn't) wake)",
            Check.NEGATION | Check.SUBJECT | Check.QUESTION,
            timing=POSSIBLE_OVERDOSE_TIMING,
        ),
        rule(
            "possible_overdose",
            HIGH,
            # Sedatives on top of a lot of alcohol: "drank a bottle of vodka and took my sleeping
            # pills" (a usual dose with a glass of wine is not this).
            r"\b(?:drank|downed|had|finished) (?:a (?:whole |full |entire )?bottle|half a bottle|two "
            r"bottles|so much|way too much|loads|a lot)\b[^.!?\n]{0,30}?\b(?:and|then|with|after)\b"
            r"[^.!?\n]{0,12}?\b(?P<core>took|taken|swallowed|popped) (?:my |all my |the |some |a bunch "
            rf"of |a few )?(?:[a-z]+ )?{alternation(DANGEROUS_IN_FEW)}\b"
            r"(?![^.!?\n]{0,25}\b(?:as usual|as prescribed|like normal|like always|every night|my dose|"
            r"usual dose|normal dose)\b)",
            Check.NEGATION | Check.SUBJECT | Check.MISTAKE | Check.QUESTION,
            timing=POSSIBLE_OVERDOSE_TIMING,
        ),
    )
)
