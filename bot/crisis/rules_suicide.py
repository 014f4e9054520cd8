"""Suicidal ideation, intent, method research and attempts; passive wishes and hopelessness."""

from __future__ import annotations

from bot.crisis.lexicon import YOU_MEANS_ME
from bot.crisis.phrases import (
    ANY_MED,
    ASK_HOW,
    ATTEMPT_TIMING,
    AWAY_FOR_A_JOURNEY,
    BEREAVEMENT,
    DEAD_STATE,
    DIE,
    GAP,
    HIGH,
    IMMINENT,
    INTENT,
    KIN,
    LEAVING_ONLINE,
    LOW,
    MEDICAL_ADVICE,
    MODERATE,
    MYSELF,
    PLANNED_HOW,
    RESEARCH_FINDINGS,
    SIGHTSEEING,
    SOMEONE_ELSES_SEARCH,
    SUICIDE_MEANS,
    SUICIDE_SELF,
    THINK,
    USUAL,
    WANT,
    WIDE_GAP,
    WISH,
    WITHOUT_TONE,
)
from bot.crisis.rule import Check, RuleSet, each_alone, rule

# --- suicide: ideation, intent, method research, attempts --------------------------------------

SUICIDE_RULES = RuleSet(
    (
        rule(
            # Asked before deciding: "I need to know before I decide".
            "active_ideation",
            MODERATE,
            r"\b(?:need to know|have to know|want to know|gotta know)\b[^.!?\n]{0,20}?\bbefore i "
            r"(?P<core>decide|do it|go through with it|make up my mind|go)\b(?=\s*(?:$|[.!,\n]))",
            Check.NEGATION | Check.SUBJECT,
        ),
        *each_alone(
            # A means thought of for oneself: "can't stop thinking about using my service pistol on
            # myself", "thoughts of rolling the tractor on purpose", "picturing myself stepping off
            # the platform".
            "method_thoughts",
            MODERATE,
            r"\b(?:thinking|thought|thoughts) (?:about|of) (?P<core>using (?:my |the |a )?(?:\w+ ){0,2}?on myself)\b"
            r"|\b(?:thinking|thought|thoughts) (?:about|of) (?P<core>(?:rolling|crashing|driving|steering) "
            r"(?:the|my) (?:\w+ )?(?:tractor|car|truck|quad|van|bike)) (?:\w+ ){0,3}?(?:on purpose|"
            r"deliberately|off (?:the|a) \w+|into)\b"
            r"|\b(?:picturing|imagining) myself (?P<core>stepping off|stepping out|jumping|falling) (?:the|a|in "
            r"front of|off)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # Euphemisms acted: "the long walk off the end of the pier", "unplugging myself
            # permanently".
            "active_ideation",
            MODERATE,
            r"\b(?:the|a|my) (?P<core>long walk off) (?:the end of )?(?:the|a) (?:pier|bridge|cliff|"
            r"jetty|edge)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?P<core>unplug(?:ging)? myself|switch(?:ing)? myself off|turn(?:ing)? myself off) "
            r"(?:permanently|for good|forever)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # The big sleep, meant: "tonight I'm going to take the big sleep".
            "plan",
            HIGH,
            r"\b(?:going to|gonna|i'll|i will|about to|ready to) (?:take|have) (?P<core>the big sleep|a "
            r"permanent nap|the long sleep|my final sleep)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Assisted dying looked into for oneself.
            "active_ideation",
            MODERATE,
            r"\b(?P<core>dignitas|assisted (?:dying|suicide)|euthanasia|dignity in dying)\b[^\n]{0,80}?\b(?:for "
            r"myself|for me|because i'm depressed|because of my depression|looking into it)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Suicide thought of daily, told after a question: "It's every single day for me".
            "suicidal_thoughts",
            MODERATE,
            r"\b(?:suicide|killing myself|dying|ending it)\b[^\n]{0,80}?\b(?P<core>every (?:single )?day|"
            r"daily|all the time|constantly) for me\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Resolved on it: "I'm set on killing myself this weekend".
            "plan",
            HIGH,
            r"\b(?:i'm|im|i am) (?:set on|determined to|intent on|committed to|dead set on) (?P<core>killing "
            r"myself|kill myself|ending it|ending my life|end my life|dying|taking my (?:own )?life)\b",
            USUAL,
            soon=IMMINENT,
        ),
        *each_alone(
            # A pact: "my friend and I made a pact to kill ourselves together".
            "plan",
            HIGH,
            r"\b(?:made|have|got|making) a (?:suicide )?(?P<core>pact) (?:to (?:kill ourselves|die|end it|end "
            r"our lives|do it)|together)\b"
            # "we've got a suicide pact", not "my houseplants have a suicide pact".
            r"|\b(?:we|i|we've|i've|me)(?: \w+){0,3} (?:made|have|got|making|in|agreed) a (?P<core>suicide pact)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Joining the dead, with a time or a decision: "my brother killed himself in March and
            # I've decided I'm going to join him next week".
            "plan",
            HIGH,
            r"\b(?:killed (?:him|her|them)sel(?:f|ves)|died|passed(?: away)?|took (?:his|her|their) (?:own )?"
            r"life|suicide)\b[^\n]{0,80}?\b(?:going to|gonna|will|i'll|decided to|planning to|plan to|"
            r"ready to) (?P<core>join (?:him|her|them))\b",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        rule(
            # A character's death as one's own: "keep picturing myself doing what the main
            # character did to herself".
            "active_ideation",
            MODERATE,
            r"\b(?:picturing|imagining|picture|imagine|seeing|see) (?P<core>myself (?:doing|do) what) (?:she|"
            r"he|they|the (?:\w+ )?\w+) did(?: to (?:herself|himself|themselves))?\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Method thought through: "I've thought about which method I'd use", "if I ever did it
            # I'd use the train line", "memorised the dose that would be fatal".
            "method_thoughts",
            MODERATE,
            r"\b(?:thought|thinking|think) about (?P<core>which (?:method|way|pills|bridge|building)) (?:i'd|"
            r"i would|to|i'll|i could) (?:use|pick|choose|go with|do it)\b",
            USUAL,
        ),
        rule(
            "method_thoughts",
            MODERATE,
            r"\bif i (?:ever |actually |really )?(?:did it|do it|went through with it|killed myself),? "
            r"(?P<core>i'd|i would|i'll) (?:use|go with|take|jump|do it (?:with|by|at|off))\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "method_research",
            HIGH,
            r"\b(?:memori[sz]ed|know|learned|looked up|worked out|found out) (?P<core>the (?:fatal|lethal) "
            r"dose|the dose that (?:would|will|could) (?:be fatal|kill me|be lethal))\b",
            USUAL,
        ),
        rule(
            # A suicide plan set: "sewerslide plan is set for friday".
            "plan",
            HIGH,
            r"\b(?:suicide|killing myself|kms) plan(?:'s| is)? (?P<core>set|ready|on|booked|confirmed|sorted|"
            r"in place)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Tide times checked for a day: "checking tide times at the beach near me for Saturday".
            "plan",
            HIGH,
            r"\b(?:checking|checked|looked up|looking up|look up) (?:the )?(?P<core>tide times)\b(?![^.!?\n]"
            r"{0,40}\b(?:surf\w*|fish\w*|swim\w*|walk\w*|sail\w*|paddl\w*|kayak\w*|rock ?pool\w*|beach clean"
            r"|dog|kids|picnic|paddleboard\w*|photo\w*))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Someone's death taken as a model: "the girl had the right idea and I should do the
            # same".
            "active_ideation",
            MODERATE,
            r"\bhad the right idea\b(?! (?:about|with|for|on|re|regarding)\b)[^.!?\n]{0,30}?\b(?:i should|i'll|i will|i want to|i wanna|i might|i'm "
            r"going to|gonna) (?:just )?(?P<core>do the same)\b",
            Check.HISTORY,
        ),
        rule(
            # Gone from someone's care for good: "I won't be coming home again", "won't be coming
            # back for him" (a trip or a move makes it ordinary).
            "farewell",
            HIGH,
            r"\b(?:i won't|i wont|i will not|i'm not going to|im not going to|i'm not) (?P<core>be coming "
            r"(?:home|back))(?: (?:again|for (?:him|her|them|it)|ever))\b",
            Check.NONE,
            unless=AWAY_FOR_A_JOURNEY,
        ),
        rule(
            # Not a problem for anyone after tonight: "I'm going to make sure I'm not a problem for
            # anyone after tonight".
            "plan",
            HIGH,
            r"\b(?P<core>make sure|making sure) (?:that )?(?:i'm|im|i am|i won't be|i'll not be) (?:not )?(?:a "
            r"(?:problem|burden))\b[^.!?\n]{0,20}?\b(?:after (?:tonight|today|tomorrow|this week|"
            r"friday|the weekend)|much longer|any more|anymore)\b",
            Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Not there for what comes next: "I won't be around to tell her", "won't be here for
            # it" (a trip or a move makes it ordinary).
            "farewell",
            HIGH,
            r"(?:\b(?:i won't|i wont|i will not|i'm not going to|im not going to|i'm not gonna)|(?:^|(?<=[.!?,] ))"
            r"won'?t) (?P<core>be (?:around|here|alive)) (?:to (?:tell|see|feed|walk|look after|remind|explain|"
            r"do it|sort)|for "
            r"it(?=\s*(?:$|[.!,;\n]))|for (?:much|very) longer|for (?:harvest|the harvest|lambing|next "
            r"(?:season|year)))\b",
            Check.NONE,  # the denial is the sign itself
            unless=AWAY_FOR_A_JOURNEY,
        ),
        rule(
            # Suicide as the evening's plan: "sewerslide is on the menu for tonight".
            "active_ideation",
            HIGH,
            r"\b(?:suicide|killing myself|ending it|ending my life|unaliving) (?:is|'s) (?P<core>on the "
            r"(?:menu|cards|table|agenda|list)|the plan)\b(?! (?:for|at|in) (?:the|our|today's|this|"
            r"tomorrow's|next) (?:\w+ )?(?:meeting|lesson|class|seminar|training|webinar|module|course|"
            r"lecture|podcast|episode|session|show|book club|talk))",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            "active_ideation",
            MODERATE,
            # "might just yeet myself off the balcony": WANT and THINK cover "should" and "thinking
            # about" for every means; "might" is kept out of WANT ("I might die of boredom").
            r"\bmight (?:just )?(?P<core>yeet(?:ing)? (?:myself|my ?self)) (?:off|out of|from|in front "
            r"of)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # Clinical words: "suicidal ideation with intent", "ideation has increased".
            "suicidal_intent",
            HIGH,
            r"\b(?P<core>suicidal (?:ideation|thoughts)|ideation|si) with (?:intent|a plan|plan|intent and "
            r"(?:a )?plan)\b",
            USUAL,
        ),
        rule(
            "suicidal_thoughts",
            MODERATE,
            r"\b(?P<core>ideation|the si|my si) (?:has |have |is |are )?(?:increased|worsened|got "
            r"worse|gotten worse|getting worse|is worse|is back|came back|come back|returned|"
            r"intensified|ramped up)\b",
            USUAL,
        ),
        rule(
            # An old suicidal time said to be returning: "I was suicidal back in uni and it's
            # coming back exactly the same way".
            "suicidal_thoughts",
            MODERATE,
            r"\bsuicidal\b[^.!?\n]{0,60}?\b(?:and|but|now) (?:it's|its|it is|they're|they are) (?:all )?"
            r"(?P<core>coming back|back again|starting again|creeping back)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?P<core>check(?:ing)? out) (?:for good|permanently|of life|of this life)\b"
            r"(?! (?:of|from) (?:the |a |my )?(?:hotel|hostel|airbnb|library|shop|store))"
            r"|\b(?:take|taking|took) the (?:easy way out)(?=\s*$|[.!,;\n]| tonight| soon| now)",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?P<core>suicide|death|dying|ending it|killing myself|ending my life|not being here) "
            r"(?:keeps|kept|is|has been|starts?|started) (?:sounding|looking|seeming|feeling) (?:\w+ )?"
            r"(?:better|good|appealing|tempting|nice|easier|peaceful|like (?:a|the) (?:good |only |best )?"
            r"(?:option|idea|answer|relief|way out))",
            USUAL,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:would|will|does|do|did|could) (?:anyone|anybody|people|you|they|my family|my "
            r"friends|god)\b[^.!?\n]{0,25}?\b(?:if|when) i (?P<core>ended it|end it|killed myself|kill "
            r"myself|took my (?:own )?life|ended my life|did it|went through with it)\b(?! (?:early|"
            r"there|here|now|with|between|for (?:today|now|the day)|at|on|a bit|sooner|first|quickly))",
            Check.NEGATION | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            "overdose_intent",
            HIGH,
            r"\b(?:going to|gonna|will|i'll|about to|planning to|plan to|want to|ready to) (?:just )?"
            r"(?P<core>take|swallow|down) (?:everything|all (?:of )?(?:it|them|my (?:pills|meds|tablets)))"
            r" (?:i(?:'ve| have)? got|i have|i can find|in the (?:cabinet|cupboard|house|drawer|box))"
            r"(?! (?:to|with|on|for|into|at) )",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Asking whether anyone would mind: "would you even care if I died?".
            "passive_wish",
            LOW,
            r"\b(?:would|will|does|do|did|could) (?:anyone|anybody|people|you|they|my family|my "
            r"friends|god|u)\b(?: even| really| actually)? (?:care|notice|miss me|be sad|cry|mind)\b"
            r"[^.!?\n]{0,15}?\b(?:if|when) i (?P<core>died|was gone|were gone|was dead|disappeared|"
            r"wasn't here|wasn't around|didn't wake up|never came back)\b(?! (?:my|the|his|her|their|"
            r"it|them|for|from|with)\b)",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Stopping life-keeping treatment on purpose: "stopped taking my insulin on purpose".
            "self_harm_act",
            HIGH,
            r"\b(?<!n't )(?<!not )(?<!never )(?:stopped|stopping|quit|quitting|skipping|skipped|not "
            r"taking|refusing|refused) (?:taking |to take |going to |my )?(?:my )?(?P<core>insulin|dialysis|heart (?:meds|"
            r"medication|pills)|blood thinners|warfarin|anticoagulants|epipen|inhaler|transplant meds|"
            r"anti-?rejection (?:meds|drugs)|chemo|hiv meds|arvs|seizure meds|epilepsy meds|steroids)\b"
            r"[^.!?\n]{0,40}?\b(?:on purpose|deliberately|intentionally|so (?:that )?i (?:die|can die|"
            r"won't wake|don't wake)|hoping (?:to die|i die|it kills me|i don't wake)|to die|i don't care "
            r"what happens|let it kill me)",
            Check.SUBJECT | Check.HISTORY,  # "stopped" is the act here, not a denial
            unless=MEDICAL_ADVICE,
            soon=IMMINENT,
        ),
        rule(
            "passive_wish",
            MODERATE,
            r"\b(?:could|might|will|would) (?P<core>die) if i (?:keep |carry on )?(?:skipping|skip|"
            r"stopping|stop|not taking|don't take|miss|missing|refuse|refusing)\b[^.!?\n]{0,40}?\b(?:and|"
            r",|but)? ?(?:honestly |frankly )?(?:good|great|fine by me|so be it|let it|i don't care|i "
            r"hope so|bring it on)\b",
            Check.HISTORY,
        ),
        rule(
            # Pills and alcohol together, meant: "mixing all my pills with vodka tonight".
            "overdose_intent",
            HIGH,
            r"\b(?:mixing|mix|going to mix|gonna mix|taking|take|washing down|wash down) (?:all )?(?:of "
            r")?my (?P<core>pills|meds|tablets|medication)\b[^.!?\n]{0,15}?\b(?:with|and) (?:a )?(?:bottle "
            r"of )?(?:vodka|alcohol|wine|whisky|whiskey|gin|rum|booze|beer|tequila)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Asking for a way to die that will not hurt: "is there a way to die in your sleep
            # painlessly?" (a question about "your" sleep is still the writer's research).
            "method_research",
            HIGH,
            r"\b(?:is there|are there|what's|what is|whats|any|know|tell me|give me|find me) (?:a |an |"
            r"any |the )?(?:easy |quick |simple |sure |best |good )?(?P<core>ways? to die)\b[^.!?\n]{0,30}?"
            r"\b(?:painless(?:ly)?|peaceful(?:ly)?|in (?:your|my|one's|their) sleep|quick(?:ly)?|without "
            r"(?:pain|feeling it|it hurting))",
            Check.NEGATION,
        ),
        rule(
            # Agreeing with someone who said to die: "he told me to go kill myself and I'm
            # starting to think he's right"; a clinician's question answered yes ("she asked 'do
            # you want to kill yourself?' and I said 'sometimes'").
            "active_ideation",
            MODERATE,
            r"\b(?:told|tells|telling|said|says|keep telling|keeps telling) (?:me|us) to (?:go |just )?"
            r"(?:kill (?:myself|yourself)|die|end it|end my life)\b[^.!?\n]{0,60}?\b(?P<core>(?:he|she|"
            r"they)(?:'s| is|'re| are|'s probably| might be) right|maybe i should|i (?:think i )?should|i "
            r"might|i think i will|i want to|i'm going to)\b"
            r"|\basked (?:me )?(?:if|whether|['\"])?[^.!?\n]{0,40}?\b(?:kill (?:myself|yourself)|suicid\w*|"
            r"end (?:my|your) life|hurt (?:myself|yourself)|want(?:ed)? to die)\b[^.!\n]{0,30}?\b"
            r"(?:i said|i told (?:her|him|them)|i answered|i admitted)(?: that)? ['\"]?(?:yes|yeah|"
            r"sometimes|maybe|a bit|kind of|kinda|i do|i have|often|every day|lately)\b"
            r"|\b(?:people|everyone|everybody|they) (?:think|thinks|assume|assumes) (?:that )?(?:i'm|i am|im) "
            r"suicidal\b[^.!?\n]{0,40}?\b(?:they're|they are|they might be|maybe they're) (?:right|not wrong)\b",
            Check.HISTORY,
        ),
        rule(
            # Someone's suicide, then the writer's own: "my sister tried to kill herself last year
            # and now I'm having the same thoughts".
            "active_ideation",
            MODERATE,
            r"\b(?:kill(?:ed|ing)? (?:herself|himself|themselves|themself)|suicid\w*|took (?:her|his|their) "
            r"(?:own )?life|attempted|overdosed)\b[^\n]{0,100}?\b(?:i'm|i am|im|i've been|i have been|i "
            r"keep|now i'm|i've started|i started) (?P<core>having|getting|thinking) (?:the same|those|"
            r"similar|the same kind of) (?:thoughts|urges|feelings|ideas)\b(?! (?:about|on|regarding|over|"
            r"for|as (?:her|him|them) about)\b)",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # "ctb" (catch the bus) with a time is a plan: "ctb soon", "ctb tonight"; the words
            # spelled out are an everyday journey.
            "plan_with_time",
            HIGH,
            r"\b(?P<core>ctb)(?: for good)? (?:soon|tonight|today|tomorrow|this week|"
            r"this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week|"
            r"(?:date|day|night) (?:is )?(?:set|picked|chosen|planned|booked))\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Death as the only way out: "I can't see any way out of this except dying".
            "active_ideation",
            MODERATE,
            r"\b(?:no|any|only|one) (?:other )?way out(?: of [a-z' ]{1,25}?)? (?:except|but|"
            r"other than|apart from|besides|is) (?P<core>dying|death|suicide|killing myself|ending it|"
            r"ending my life|to die|to end it)\b",
            Check.SUBJECT
            | Check.HISTORY
            | Check.TONE,  # "can't see any way out ... except": no denial
            soon=HIGH,
        ),
        rule(
            # Sleep forever, meant: "going to sleep forever tonight".
            "suicidal_intent",
            HIGH,
            r"\b(?:going to|gonna|i'll|i will|ready to|about to|i'm going to) (?:go to )?(?P<core>sleep) "
            r"(?:forever|for ever|and (?:never|not) wake(?: up)?)\b(?! (?:up |)(?:till|until|before|for|"
            r"at|early|late|in time|on time))",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            # Talking to oneself: "you should just kill yourself ... that's what I tell myself".
            "active_ideation",
            MODERATE,
            r"\b(?:you should|you need to|you deserve to|just go and|go) (?:just )?(?P<core>kill yourself|"
            r"die|end it|end your life|disappear forever)\b(?=[^\n]{0,120}?\b(?:i tell myself|i say to "
            r"myself|i keep telling myself|what i tell myself|my (?:head|brain|mind|inner voice|inner "
            r"critic) (?:says|tells me|keeps (?:saying|telling me))|the voices? in my head)\b)"
            r"|\b(?:i tell myself|i say to myself|i keep telling myself|my (?:head|brain|mind|inner voice|"
            r"inner critic) (?:says|tells me|keeps (?:saying|telling me)))\b[^\n]{0,40}?\b(?:you "
            r"should|you need to|you deserve to|just|to) (?:just )?(?:kill (?:yourself|myself)|die|end it)\b",
            Check.NEGATION | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            # Logging off for good: "ready to log off permanently".
            "active_ideation",
            MODERATE,
            r"\b(?:log|logging|logged|sign|signing|clock|clocking|tap|tapping|bow|bowing) (?:off|out)"
            r"(?: of (?:life|this life|existence|everything|this world))? (?:permanently|for good|"
            r"forever|for ever)\b|\b(?:log|logging|sign|signing|clock|clocking|tap|tapping|bow|bowing) "
            r"(?:off|out) of (?:life|this life|existence|this world)\b",
            USUAL,
            soon=HIGH,
            unless=LEAVING_ONLINE,
        ),
        rule(
            # Going to a dead loved one: "after the funeral I'm going to join her".
            "suicidal_intent",
            HIGH,
            rf"\b(?:{BEREAVEMENT})\b[^\n]{{0,150}}?\b(?:going to|gonna|i'll|i will|ready to|time to|"
            rf"about to|i'm coming to|coming to|decided to|soon i'll) (?P<core>(?:go )?join|(?:go )?be "
            rf"with|see|hold|hug) (?:her|him|them|my {GAP}{KIN})(?: again| soon| in heaven| on the other "
            rf"side| up there|$|[.!,;\n])",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            "suicidal_intent",
            HIGH,
            rf"\b(?:going to|gonna|i'll|i will|ready to|time to|about to|i'm coming to|coming to|decided "
            rf"to|soon i'll) (?P<core>(?:go )?join|(?:go )?be with|see|hold|hug) (?:her|him|them|(?:my "
            rf"{GAP})?{KIN}) (?:again|soon|in heaven|on the other side|up there)\b[^\n]{{0,150}}?\b"
            rf"(?:{BEREAVEMENT}|i've made up my mind|my mind is made up)\b",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            "passive_wish",
            LOW,
            rf"\b(?:want to|wanna|wish i could|long to|just want to|want nothing more than to|miss|"
            rf"need to) (?P<core>(?:go )?join|be with|see|hold|hug) (?:her|him|them|my {GAP}{KIN}) "
            rf"(?:again|in heaven|on the other side|up there)\b(?=[^\n]{{0,150}}?\b(?:{BEREAVEMENT})\b)"
            rf"|\b(?:{BEREAVEMENT})\b[^\n]{{0,150}}?\b(?:want to|wanna|wish i could|long to|just want "
            rf"to|want nothing more than to|need to) (?:go )?(?:join|be with) (?:her|him|them|my "
            rf"{GAP}{KIN})\b(?! (?:for|at|on|this|tomorrow|today|tonight|next))",
            USUAL,
        ),
        rule(
            # Following the dead: "a year since he died and I just want to go too".
            "active_ideation",
            MODERATE,
            rf"\b(?:{BEREAVEMENT})\b[^\n]{{0,150}}?\b(?:want to|wanna|wish i could|just want to|ready "
            r"to|need to) (?P<core>(?:go|die) (?:too|as well|with (?:her|him|them))|follow (?:her|him|"
            r"them))(?=\s*(?:$|[.!;\n])|,(?! (?:to|for|with)\b))",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # A whole container needs no medicine named: "going to swallow the whole bottle".
            "overdose_intent",
            HIGH,
            r"\b(?:going to|gonna|will|i'll|about to|planning to|plan to|want to|wanna|ready to|might)"
            r" (?:just )?(?P<core>swallow|down|neck|take|eat) (?:the|a|my|an) (?:whole|entire|full) "
            r"(?:bottle|pack|packet|box|strip|blister pack|jar|tub|container)\b"
            r"(?! of (?!pills|tablets|meds|capsules))(?! (?:to|with|on|for|into|at|home|back|along|out|"
            r"round|over|off)\b)",
            USUAL,
            soon=IMMINENT,
        ),
        rule(
            "method_thoughts",
            MODERATE,
            r"\b(?P<core>drove|driving|drive|drunk driving|speeding|sped|cycled|cycling)\b[^.!?\n]{0,30}?\b"
            r"(?:hoping|hope|wanting|wanted|trying|praying) (?:i'd|i would|to|that i'd|i'll|i|that i) "
            r"(?:crash|die|hit something|hit a tree|not make it|get hit|go off the road)\b",
            WITHOUT_TONE,
        ),
        rule(
            # A method asked for through a character: "how would she do it".
            "method_research",
            MODERATE,
            r"\bhow (?:would|could|should|might|do|does|can) (?:she|he|they|someone|somebody|a person|"
            r"people|my character|the character|a character) (?:\w+ )?(?P<core>kill (?:herself|himself|"
            r"themselves|themself)|end (?:her life|his life|their life)|overdose|die painlessly)\b"
            # "do it" only after the act was named: "... kills herself, how would she do it"
            r"|\b(?:kills? (?:herself|himself|themselves)|suicide|overdos\w+|ends? (?:her|his|their) "
            r"life)\b[^\n]{0,80}?\bhow (?:would|could|should|might|do|does|can) (?:she|he|they|someone|"
            r"somebody|my character|the character) (?:\w+ )?do it\b",
            Check.NEGATION,
        ),
        rule(
            "method_research",
            HIGH,
            r"\b(?:painless|most painless|least painful|peaceful|painlessly|quickest painless|"
            r"gentlest) (?P<core>way to go|ways to go|way out)\b(?! (?:to|about|through|back|home|"
            r"there|from|into|for|with|on|of|is (?:to )?(?:talk|ask)))",
            WITHOUT_TONE,
            soon=HIGH,
        ),
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
            "plan",
            MODERATE,
            # A place picked without the word for what it is for: "I know which bridge I'd use".
            r"\b(?:know|knew|decided|picked|chosen|chose|settled on|found) (?:exactly |already )?"
            r"which (?:bridge|building|cliff|tree|overpass|rooftop|drug|pills|meds|medication|tablets) "
            r"(?:i(?:'d|d|'ll| would| will|'m going to| am going to)|to) (?P<core>use|jump (?:from|off)|take)\b(?! (?:to (?:get|go|cross|drive|"
            r"walk|reach)|for (?:the|my|a) (?:commute|drive|trip|run|photo)))",
            WITHOUT_TONE,
            soon=HIGH,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:wish (?:i|i'd)|if only i|i don't|i do not|i lack|i'm lacking|not) (?:had |have |got )?"
            r"(?:the )?(?:guts|courage|nerve|balls|strength) to (?P<core>end it(?: all)?|end my life|"
            r"kill myself|go through with it|take my (?:own )?life|jump)\b(?! (?:with|between|off (?:the "
            r"(?:diving|high) board)|in(?:to)? the (?:pool|lake|water)))",
            Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        rule(
            "active_ideation",
            MODERATE,
            # "End it" said of oneself, now: "I could just end it right now".
            r"\b(?:i could|i might|i should|i'm going to|i'm gonna|i want to|i wanna) (?:just )?"
            r"(?P<core>end it(?: all)?)(?= (?:right )?now\b| tonight\b| today\b|\s*$|[.!?])",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?:so |really |very |dangerously |this |too )?close to (?P<core>ending it(?: all)?|ending "
            r"(?:my life|everything|things|myself)|killing myself|taking my (?:own )?life)\b"
            r"(?! (?:with|between|off|for (?:work|the day)))",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "method_research",
            HIGH,
            # "how do you tell an overdose from ..." asks how to recognise one, not how to do it.
            rf"\b(?:{ASK_HOW}) (?!(?:tell|distinguish|differentiate|recogni[sz]e|spot|support|help|talk to|"
            rf"respond to)\b){GAP}(?P<core>{SUICIDE_SELF}|{SUICIDE_MEANS}|{DIE}"
            r"|(?:hang|shoot|kill|drown|poison|suffocate|gas) (?:yourself|oneself|themselves|someone))",
            Check.NEGATION | Check.HISTORY,
            unless=SOMEONE_ELSES_SEARCH,
        ),
        rule(
            "active_ideation",
            MODERATE,
            rf"\b(?P<core>{SUICIDE_SELF})",
            Check.NEGATION | Check.HISTORY | Check.TONE | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            "active_ideation",
            MODERATE,
            rf"\b(?:{WANT}|{THINK}) {GAP}(?P<core>{SUICIDE_MEANS}|{DIE})",
            USUAL | Check.QUESTION,
            soon=HIGH,
        ),
        *each_alone(
            "suicidal_thoughts",
            MODERATE,
            r"\b(?<!passive )(?<!passively )(?<!anti-)(?<!anti )(?P<core>suicidal(?! (?:ideation )?(?:scales?|questionnaires?|screening|screens?|module|training|research|stud(?:y|ies)|prevention|awareness)\b)|suicide (?:thoughts|ideation|"
            r"urges?|feelings)|thoughts (?:of|about) (?:suicide|ending it|ending my life|dying by "
            r"suicide)|(?:active|bad|strong|intense|loud|constant) si\b|si (?:thoughts|urges|is (?:bad|"
            r"strong|loud|back)|(?:is|was|has been)(?: \w+)? (?:bad|strong|loud|back|high|intense|"
            r"worse|awful)|today|tonight|again)|(?:having|have|had|got|getting|my) si\b)"
            r"(?! (?:squad|prevention|awareness|hotline|helpline|crisis line|line|rates?|statistics))"
            # Said of the people a nurse or a teacher looks after: "three suicidal patients".
            r"(?! (?:patients?|clients?|people|persons?|teens?|kids|students?|callers?|youth|"
            r"veterans?|users?|members?|characters?|residents?|inmates?))"
            r"|\b(?<!no )(?<!not )(?P<core>active (?:si|ideation|suicidal ideation))\b(?! (?:is|means|was) "
            r"(?:a |the )?(?:term|word|definition|concept|phrase))",
            USUAL | Check.QUESTION,
            unless=RESEARCH_FINDINGS,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\b(?P<core>suicide|killing myself|ending it all|ending my life|taking my (?:own )?life|"
            r"ending it) (?:is|has been|keeps|kept|was|are|were) (?:\w+ ){0,2}?(?:on my mind|in my head|"
            r"(?:all )?i (?:can )?think about|creeping in|calling me|tempting me|popping up|coming back)"
            r"|\b(?:thoughts|thinking) (?:of|about) (?:dying|death|being dead|not being here) "
            r"(?:keep|keeps|kept|are|is|won't stop|have been) (?:\w+ )?(?:racing|spinning|looping|"
            r"coming|intrusive|constant|non ?stop|loud|louder|stronger|worse|everywhere|taking over)"
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
            "passive_wish",
            LOW,
            # "I would never act on it" says the thoughts are there.
            r"\b(?:would|will|'d|'ll) never act on (?:it|them|the thoughts|these thoughts|my thoughts|"
            r"the urges?)\b|\bnot (?:going to|gonna) act on (?:the|these|my) (?:thoughts|urges?)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "passive_wish",
            LOW,
            # "Not actively suicidal" says the passive kind is there; its "not" denies the rest.
            r"\bnot (?:actively|acutely) suicidal\b",
            Check.SUBJECT | Check.HISTORY,
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
            r"(?P<core>end it)\b(?! (?:with|between))"
            r"|\b(?:i'm|i am|im) (?:just )?(?:ending it)(?: all)?(?=\s*$|[.!,;\n]| tonight| today"
            r"| now| soon| for good)",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # "rope" as a verb is slang for hanging oneself: "might just rope tonight".
            "active_ideation",
            MODERATE,
            r"\b(?:want to|wanna|gonna|going to|might|about to|should|will|i'll|thinking (?:about|of)|"
            r"tempted to|ready to|finna|tryna) (?:just |go )?(?P<core>rope|roping)(?: myself)?"
            r"(?=\s*$|[.!,;\n]| tonight| today| soon| now| fr| tbh| ngl| lol| again)",
            WITHOUT_TONE,
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
            unless=AWAY_FOR_A_JOURNEY,
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
            r"earlier|two|a few)|\b(?:after|since|before|from|following|because of) my (?:suicide )?"
            r"(?:overdose\b(?! (?:on|of) (?:caffeine|coffee|sugar|chocolate|netflix|tv|love))|"
            r"attempt\b(?! (?:at|to (?!kill|end|die|take)|of|on (?!my life))))|\bsuicide attempt|\bsurvived (?:my|an|a|the|another) (?:suicide )?"
            rf"attempt|\b(?:almost|nearly) (?:killed {MYSELF}|died by suicide|succeeded)(?<!\bit very nearly succeeded)"
            r"(?<!\bit nearly succeeded)(?<!\bit almost succeeded)",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT,
            timing=ATTEMPT_TIMING,
        ),
    )
)

# --- passive wishes and hopelessness about living ----------------------------------------------

PASSIVE_RULES = RuleSet(
    (
        *each_alone(
            # Someone else's wish, then the writer's: "he wants to kill himself and honestly same";
            # a means thought of: "I've thought about using my dad's gun".
            "active_ideation",
            MODERATE,
            r"\b(?:wants? to|wanna|is going to|gonna|plans? to|tried to|thinking (?:about|of)) (?:kill "
            r"(?:himself|herself|themselves)|end (?:his|her|their) (?:life|lives)|die)\b[^.!?\n]{0,30}?"
            r"(?:[,.;!?] ?|\band |\bbut )(?:honestly |tbh |ngl |lowkey |fr )?(?P<core>same|me too|so do i|i do "
            r"too)(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:thought|thinking|think) (?:about|of) (?P<core>using) (?:my |the |a |[a-z]+'s |my [a-z]+'s )?"
            r"(?:gun|rifle|shotgun|pistol|rope|belt|pills|tablets|blades?|razor|exhaust|insulin)\b"
            # Euphemisms and methods named bare: "yeet myself out of existence", "catching the bus,
            # the permanent one", "I've thought about hanging but haven't planned anything".
            r"|\b(?P<core>yeet(?:ing)? myself) out of (?:existence|this world|life|this life)\b"
            r"|\bcatch(?:ing)? the bus\b[^.!?\n]{0,20}?\b(?:the )?(?P<core>(?:permanent|final|last|forever|"
            r"one[- ]way) one)\b"
            r"|\b(?:don't|dont|do not) want to be alive\b[^.!?\n]{0,30}?\b(?:thought about|thinking about|"
            r"considered) (?P<core>(?:making it happen|doing something about it|doing it))\b"
            r"|\b(?:twenty[- ]two|22) a day\b[^.!?\n]{0,40}?\b(?:i'm|im|i'll be|i will be) (?P<core>one of "
            r"them)\b"
            r"|\b(?:i've|ive|i have|i) (?:thought|been thinking) about (?P<core>(?:hanging|drowning|"
            r"overdosing|jumping|gassing|shooting))(?: myself)?(?=\s*(?:$|[.!,;\n]| but\b| and\b))",
            Check.NONE,
        ),
        *each_alone(
            # Quiet wishes: "hoping I don't make it to my next birthday", "would have an easier life
            # without me", "didn't mind when the car skidded", "kind of wished it hadn't stopped",
            # glad when the bloods were bad; in other languages: "ya no tengo por qué quedarme",
            # "não aguento mais viver".
            "passive_wish",
            LOW,
            r"\b(?:hoping|hope|praying) (?:that )?i (?:don't|dont|won't|wont) (?P<core>make it) (?:to|through|"
            r"past) (?:my next birthday|my birthday|christmas|the new year|next year|the weekend|summer|"
            r"another year|\d+)\b"
            r"|\b(?:would|'d) (?:have|live) (?:an )?(?:easier|better|happier|calmer) (?:life|lives|time) "
            r"(?P<core>without (?:me|my (?:episodes|moods|mess|illness|drama)))\b"
            r"|\b(?P<core>(?:didn't|did not|didnt) (?:mind|care)) when (?:the|my) (?:car|bus|lorry|truck|plane) "
            r"(?:skidded|swerved|crashed|spun|nearly hit|almost hit)\b"
            r"|\b(?:wished|wish|hoped) (?P<core>it (?:hadn't|had not|didn't|wouldn't have) stopped)\b"
            r"|\b(?:excited|relieved|glad|happy|hopeful) when (?:the )?(?:bloods|blood tests?|tests?|scan|"
            r"results?|doctor|gp|consultant) (?:said|showed|came back)\b[^\n]{0,80}?\b(?P<core>hurry up)\b"
            r"|\bno tengo (?:por qu[eé]|porque|raz[oó]n para|razones para) (?P<core>quedarme|seguir|vivir)\b"
            r"|\bbetter off with (?:the |my )?(?:life )?(?P<core>insurance(?: money| payout)?) than (?:with )?me\b"
            r"|\bneed the money more than (?:they|she|he|you) (?P<core>need me)\b"
            r"|\b(?:relieved|glad|happy|hopeful) when (?:the )?(?:doctor|gp|consultant|tests?|scan|results?) "
            r"(?:says?|said|showed?|shows) (?:something|it|that)\b[^.!?\n]{0,40}?\b(?P<core>(?:seriously wrong|"
            r"serious|terminal|cancer|fatal|failing))\b"
            r"|\b(?P<core>not counting on) (?:a |any )?(?:long[- ]term|future|next year|being here|being around)\b"
            r"|\b(?:another|one more) (?:year|day|birthday) i (?P<core>(?:never|didn't|did not) ask(?:ed)? for)\b"
            r"|\b(?:been )?feeling like i (?:don't|dont|do not) (?P<core>want to live)\b"
            r"|\bwish (?:the|my) (?:cancer |tumou?r |heart |lump |biopsy )?(?:scare|diagnosis|results?) (?P<core>(?:had "
            r"been|was|were) (?:real|true|positive|worse))\b"
            r"|\b(?:pray|praying|prayed|hope|hoping) (?:every night |each night )?(?:that )?i (?:don't|dont|won't|"
            r"wont|do not) (?P<core>(?:see|wake up to|make it to)) (?:the )?(?:morning|tomorrow|another day|"
            r"sunrise|next week)\b"
            r"|\b(?P<core>dying) (?:doesn't|does not|dont|don't) (?:scare|frighten) me (?:anymore|any more)\b"
            r"|\bn[aã]o aguento mais (?P<core>viver)\b",
            Check.HISTORY,  # the denials are the wishes' own words; the subject is elided
        ),
        *each_alone(
            # The clinic's word, and plain ones: "ideating again", "waiting for my life to be over",
            # "don't want to be here on this earth anymore", "living feels like a chore I want to
            # quit", "I'm over living, mate".
            "suicidal_thoughts",
            MODERATE,
            r"(?<!passive )(?<!passively )(?<!active )(?<!reduced )(?<!reduces )(?<!reduce )\b(?P<core>ideating|"
            r"suicidal ideation)\b(?! (?:scale|scales|questions?|screen\w*|module|training|research|"
            r"stud(?:y|ies)|rates?|in (?:teens|adolescents|young people|patients)))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.QUESTION,
            unless=RESEARCH_FINDINGS,
        ),
        *each_alone(
            "passive_wish",
            LOW,
            r"\bwaiting for (?:my life|it all|everything|life) to (?P<core>(?:be over|end|finish|run out))\b"
            r"|\b(?:don't|do not|dont) want to be (?:here|alive|around) (?:on this earth|in this world|on "
            r"earth|in this life) (?P<core>(?:anymore|any more|any longer))\b"
            r"|\b(?:living|being alive|life) (?:feels|is|seems) like a (?:chore|job|task|sentence|punishment)\b"
            r"[^.!?\n]{0,20}?\b(?:want|wanna|ready) to (?P<core>quit|stop|end)(?=\s*(?:$|[.!,\n]))"
            r"|\b(?:i'm|im|i am) (?:so |just |really |honestly )?(?P<core>over (?:living|being alive|existing|"
            r"life))(?:,? (?:honestly|tbh|mate|lol|ngl|fr))?(?=\s*(?:$|[.!,;\n]))",
            Check.HISTORY | Check.SUBJECT,
        ),
        rule(
            # Tagalog: "nag-iisip na naman ako magpakamatay".
            "suicidal_thoughts",
            MODERATE,
            r"\b(?P<core>magpakamatay|nagpakamatay|pagpapakamatay)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Suicide coming to mind unbidden: "suicide keeps popping into my head at work".
            "suicidal_thoughts",
            MODERATE,
            r"\b(?P<core>suicide|killing myself|ending (?:it|my life)|topping myself|unaliving myself) "
            r"(?:keeps|kept|has been|is|was|just) (?:popping|poping|coming|creeping|sneaking|flashing|running|"
            r"going|crossing)(?: (?:into|in|through|round|around|across))? my (?:head|mind|thoughts)\b",
            WITHOUT_TONE,
        ),
        rule(
            # Death hoped for from outside: "i was hoping for something to take me".
            "passive_wish",
            LOW,
            r"\b(?:hoping|hoped|wishing|wished|praying|prayed) (?:for )?(?:something|someone|it|this|the "
            r"(?:cancer|illness|disease|tumou?r|virus|heart attack)|death) (?:would |will |to |might )?"
            r"(?P<core>take me)\b(?! (?:out|home to|to|for|back to|shopping|dancing|somewhere))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        rule(
            # Asking God to take them: "bhagwan should call me back now", "Lord, take me home".
            "passive_wish",
            LOW,
            r"\b(?:god|allah|bhagwan|bhagwaan|jesus|lord|waheguru|dios|diyos|panginoon),? (?:should |would |"
            r"could |can |please |will |must )?(?:just |please )?(?P<core>(?:call|take) me) (?:back|home|"
            r"now|away|already|soon)\b(?! (?:from|to (?:the|my|a)|with))",
            Check.NEGATION | Check.HISTORY | Check.TONE,
        ),
        rule(
            # Worth more dead: "I'm worth more dead than alive".
            "passive_wish",
            LOW,
            r"\b(?:i'm|im|i am|i'd be) (?P<core>worth more dead than alive)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        *each_alone(
            # Death from outside wished: "wished a tree would come down on me", "I'd rather they
            # just let me go".
            "passive_wish",
            LOW,
            r"\bwish(?:ed|ing)? (?:a|the|some) (?:\w+ ){0,2}?(?:would|'d) (?P<core>(?:come down|fall) on me|hit "
            r"me|crush me|take me|run me over)\b"
            r"|\b(?:i'd|i would) (?:honestly |really |just )?rather (?:they|the doctors|you) (?:just )?(?P<core>let "
            r"me go|let me die|stopped treating me)\b",
            Check.NEGATION | Check.HISTORY,  # "they" are who would let the writer go
        ),
        rule(
            # Not trying to be here: "not tryna be here anymore fr".
            "passive_wish",
            LOW,
            r"\bnot (?:tryna|trying to|wanting to|gonna|going to) (?P<core>be here|be around|be alive|stay) "
            r"(?:anymore|any more|much longer|for long)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # A terminal illness hoped for: "I hope I'll get something terminal".
            "passive_wish",
            LOW,
            r"\bhope (?:i'll|i will|i|that i) (?:get|catch|develop) (?P<core>something terminal|cancer|a "
            r"terminal \w+|something fatal)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Not surfacing again: "I'm drowning and I don't want to come up anymore".
            "passive_wish",
            LOW,
            r"\b(?:don't|do not|dont) want to (?P<core>come (?:back )?up|resurface|surface)(?: (?:anymore|any "
            r"more|again|for air))?(?=\s*(?:$|[.!,;\n]))",
            Check.SUBJECT | Check.HISTORY,
        ),
        *each_alone(
            # Happy not to wake: "I'd be happy to not wake up", "fall asleep and that's it".
            "passive_wish",
            LOW,
            r"\b(?:i'd|i would|id) be (?:happy|fine|okay|ok|glad|content) (?P<core>(?:to not|not to) wake up|if "
            r"i (?:didn't|did not|never) wake up)\b(?! (?:early|late|on time|in time|till|until|til|before|at|"
            r"for)\b)"
            r"|\b(?:fall asleep|go to sleep|sleep) and (?P<core>(?:that's|thats|that is) it)\b(?:,? the end)?",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Rather go next: "I'd rather go next than be the last one left".
            "passive_wish",
            LOW,
            r"\b(?:i'd|i would|id) rather (?P<core>go|die|be gone) (?:next|first|now|soon) than\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Tomorrow hoped not to come: "going to bed hoping tomorrow just doesn't come for me".
            "passive_wish",
            LOW,
            r"\b(?:hoping|hope|wish|wishing|praying) (?P<core>tomorrow (?:just )?(?:doesn't|does not|won't|"
            r"never) comes?)(?: for me)?\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # A calmer life for them without me; why bother staying alive; a game's despawn.
            "passive_wish",
            LOW,
            r"\b(?:would|'d) (?:honestly |probably |really |all )?(?:have|live) (?:a |much )?(?:calmer|better|"
            r"easier|happier|nicer|freer) (?P<core>life|lives|time) without me\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\bwhy (?:i'm|i am|im|am i) (?:even |still )?(?P<core>bothering|trying|fighting) to (?:stay|keep|be) "
            r"(?:alive|going|here)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\bwish i could (?:just )?(?P<core>despawn|uninstall myself|log off (?:irl|permanently|for good|"
            r"from life)|delete myself|respawn never|rage ?quit life)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Not waking up wished: "wishing I didn't have to wake up at all".
            "passive_wish",
            LOW,
            r"\bwish(?:ing|ed)? (?:that )?i (?:didn't|did not|don't|do not|wouldn't) (?:have to )?"
            r"(?P<core>wake up)(?: at all| again| ever| tomorrow)?(?=\s*(?:$|[.!,;\n]| at all| again| ever))",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Freer without me: "they'd be freer without me".
            "passive_wish",
            LOW,
            r"\b(?:they'd|they would|she'd|he'd|everyone would|everybody would|my \w+ would|the kids would|"
            r"it'd|it would) be (?P<core>freer|happier|lighter|better|calmer|easier|richer) without me\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Joining the dead: "thinking more and more about joining my wife ... since she passed".
            "passive_wish",
            LOW,
            r"\b(?:join|joining|be with) (?:my )?(?P<core>(?:late )?(?:wife|husband|partner|mum|mom|mother|"
            r"dad|father|son|daughter|brother|sister|nan|gran|grandma|grandad|best friend|baby))(?: "
            r"again)?\b[^\n]{0,80}?\b(?:passed|died|gone|in heaven|lost (?:him|her)|funeral|grave)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Sleep that never ends: "go to sleep for a really long time. like forever".
            "passive_wish",
            LOW,
            r"\b(?:go to )?sleep\b[^.!?\n]{0,30}?[.,]?\s*(?:like |just |and )?(?P<core>forever|for good|"
            r"and never wake)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        rule(
            # A euphemism thought about: "thinking about the permanent solution again".
            "active_ideation",
            MODERATE,
            r"\b(?:thinking|think|thought|considering|consider) (?:about |of )?(?P<core>(?:the |a )?permanent "
            r"solution)\b(?! (?:to|for) (?:the |a |my |our )?(?:damp|mould|leak|storage|problem with the|"
            r"hair|nails|parking))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        *each_alone(
            # Euphemisms: "my retirement plan is not making it to
            # retirement", "wondering why I bothered surviving".
            "passive_wish",
            LOW,
            r"\b(?:plan is|planning on|plan to be) (?P<core>not making it to) (?:retirement|\d+|thirty|"
            r"forty|fifty|my \w+ birthday|old age)\b"
            r"|\bwhy i (?:even )?(?P<core>bothered surviving|survived)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Sleep with no return: "I'd love to go to sleep and just never come back".
            "passive_wish",
            LOW,
            r"\b(?:go to sleep|fall asleep|sleep|drift off|close my eyes) and (?:just )?(?:never|not) "
            r"(?P<core>come back|wake (?:up|back up)|open them again)\b(?! (?:till|until|til|before|for|at|"
            r"in time|early|on time)\b)",
            Check.SUBJECT | Check.HISTORY,  # the "never" is the wish itself
        ),
        rule(
            # A fatal diagnosis as a relief: "if the doctor told me I had cancer I'd be relieved".
            "passive_wish",
            LOW,
            r"\bif (?:the|a|my) (?:doctor|gp|consultant|scan) (?:told|said|tells|says|showed) (?:me )?"
            r"(?:that )?i (?:had|have|was dying of|had got) (?:cancer|a terminal \w+|months to live|weeks "
            r"to live|a tumou?r)\b[^.!?\n]{0,20}?\b(?:i'd|i would|id) (?:honestly |probably |actually |just )?"
            r"(?:be )?(?P<core>relieved|glad|"
            r"happy|grateful|not (?:mind|care)|welcome it)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Death hoped for from an illness or an operation: "I hope this illness takes me",
            # then "wouldn't care if I didn't make it through surgery".
            "passive_wish",
            LOW,
            r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:this|the|my|it)(?: \w+)? "
            r"(?P<core>takes me|kills me|finishes me(?: off)?|is the end of me)(?=\s*(?:$|[.!,;\n]| (?:already|"
            r"soon|now|tbh|honestly|and|so|before|i'm|im|first)\b))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:wouldn't|would not|won't|don't|do not) (?:really |even )?(?:care|mind) if i "
            r"(?:didn't|don't|did not|never) (?P<core>make it (?:through|out of|to)|come (?:round|around|"
            r"out of it|back)|survive)",
            Check.SUBJECT | Check.HISTORY,  # the negations are the wish itself
        ),
        *each_alone(
            # Wanting out of life itself: "I want out of all of it", "want to take a permanent nap".
            "passive_wish",
            LOW,
            r"\b(?:want|wanna|need|wanted|wish i could get) (?P<core>out of (?:all of it|it all|everything|"
            r"life|this life|existence|this world|being alive|being a person|being me))(?=\s*(?:$|[.!,;\n]| "
            r"(?:tbh|honestly|now|already|for good)))"
            r"|\b(?:want|wanna|need|take|taking|have|ready for) (?:a |the |my )?(?P<core>permanent nap|"
            r"eternal (?:nap|sleep|rest)|dirt nap|forever nap|forever sleep|nap forever|sleep forever|long "
            r"nap|long sleep)\b(?! (?:on|this|after|before|in|at|tomorrow|today|tonight|then)\b)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:just |only )?(?P<core>waiting to die|waiting for (?:death|the end|it all to end))\b"
            r"|\bhop(?:e|ing) (?:it's|this is|today is|tonight is|each day is|every day is) my last"
            r"(?: night| day| breath)?(?=\s*$|[.!,;\n]| night| day| breath)"
            r"|\b(?:don't think|doubt) i(?:'ll| will) (?:survive|make it through|last) (?:the week|the "
            r"night|tonight|the weekend|much longer|another day|till|until)\b"
            r"|\b(?:thinking about|want|wanna|longing for|ready for|craving|dreaming of) (?:the )?"
            r"(?:big|long|eternal) sleep\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Religious and idiomatic wishes to be dead: "asking god to take me home", "six feet
            # under", "not long for this world", "ready to meet my maker".
            "passive_wish",
            LOW,
            r"\b(?:asking|ask|begging|beg|praying for|pray for|want|wanting|need) (?:god|jesus|the "
            r"lord|allah)(?: to| would)? (?:just )?(?P<core>take me)(?: home| now| away)?\b"
            r"|\bready to (?:meet my maker|go home to (?:god|jesus|the lord)|meet (?:god|jesus)|be "
            r"with (?:god|jesus))\b(?! studio| shop| space| class)"
            r"|\b(?:want|wanna|wish i (?:was|were)|just want) (?:to be )?(?:six feet under|in the "
            r"ground|in a (?:box|coffin|grave)|pushing up daisies)"
            r"|\b(?:i'm|i am|im) not long for this world"
            r"|\bdoing (?:everyone|everybody|the world|them|the family) a favou?r (?:if|by) (?:i|you) "
            r"(?:died|dying|disappeared|disappearing|were gone|was gone|killed (?:myself|yourself)|"
            r"killing (?:myself|yourself)|weren't here|wasn't here)",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "means_at_hand",
            LOW,
            r"\bi know where (?:my \w+|he|she|they|the \w+) (?:keeps?|hides?|stores?|puts?) (?:his |"
            r"her |their |the |all the )?(?P<core>sleeping pills|pills|meds|medication|tablets|"
            r"painkillers|gun|guns|rifle|ammo)\b",
            Check.NEGATION,
        ),
        rule(
            # Drink or pills taken to pass out, with the hope of not waking: a means and a wish.
            "method_thoughts",
            MODERATE,
            r"\b(?:drink\w*|drank|pills|sleeping (?:pills|tablets)|vodka|whisk(?:e)?y|booze)\b"
            r"[^.!?\n]{0,40}?\b(?:pass out|black out|knock myself out|sleep)\b[^.!?\n]{0,25}?\b"
            r"(?:hopefully|hope|hoping|wish|praying)\b[^.!?\n]{0,10}?\b(?P<core>(?:not|never|don't|"
            r"won't) wake)",
            WITHOUT_TONE,
        ),
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
            r"\bwish(?:ing|ed)? (?:i )?(?:was|were|am|could be|had been) (?:dead|gone|never born|not alive|not here)"
            r"|\bwish (?:i |i'd |id |i had )?(?:never been|had never been|was never|wasn't|weren't|never "
            r"was) (?:born|alive|here)"
            r"|\bwish i (?:just |really |simply )?(?:didn't|did not) exist|\bwish (?:it|this|my life|everything) (?:would|could) "
            r"(?:just )?(?:end|stop|be over)",
            WITHOUT_TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\bbetter off? (?:dead|without me|gone|not existing|in (?:the|a) (?:ground|grave|coffin)|"
            r"six feet under|if i (?:was|were|wasn't|weren't|"
            r"had never been|never existed|died|disappeared|didn't exist|was gone|left|killed|"
            r"wasn't here|wasn't around|were gone|were dead|was dead|never was)|with me (?:gone|dead|"
            r"out of the picture)"
            r"|when i'm gone|once i'm gone)"
            r"|\b(?:happier|easier|better|simpler|fine|okay|ok|lighter) (?:off |time |life |lives )?"
            r"(?:for (?:everyone|"
            r"everybody|them|you|all of you|my family) )?(?:without me|if i (?:just )?(?:was|were|"
            r"wasn't|weren't|was not|had never been|never existed|died|disappeared|didn't exist|left|"
            r"killed myself|stopped existing|wasn't here|wasn't around|wasn't alive|was gone|were gone|"
            r"was dead|were dead|vanished)|with me (?:gone|dead|out of the picture))"
            r"|\b(?:the world|everyone|everybody|nobody|no one|my family|they|people) (?:doesn't|don't|"
            r"does not|do not|wouldn't|won't|will not) (?:even )?(?:need|want|miss) me\b"
            r"|\b(?:no ?one|nobody) (?:would|will|is going to|'d) (?:even )?(?:care|notice|miss me|cry)"
            r"(?: if| when)? (?:i (?:died|was gone|disappeared|killed myself|wasn't here|didn't wake up|"
            r"left|die|was dead|vanished|stopped existing|ended it|wasn't around|jumped|let go(?! of)|"
            r"never came (?:back|home)|didn't come (?:back|home))|i'm gone|i'm dead)"
            r"|\b(?:no ?one|nobody) would (?:even )?miss me|\bthe world (?:would be|is) better without me",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "passive_wish",
            LOW,
            # A coffin or headstone emoji (read as "coffin") beside being ready or done: "ready to
            # go ⚰️". A skull is laughter ("I'm dead 💀") and is read as such.
            r"\b(?:ready(?: to go)?|take me(?: now| away)?|i'm done|im done|so done|done with (?:life|"
            r"everything|it all)|can't do this anymore|let me go|end me|i want out)[ .,!]{0,4}"
            r"coffin\b(?! (?:shopping|maker|nails?|dance|bay|joint))"
            r"|\bcoffin[ .,!]{0,4}(?:ready|take me|i'm done|im done|me next|soon)\b",
            WITHOUT_TONE,
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
            r"\b(?:no|nothing|zero|any|lost (?:my|the|all)|don't have (?:a|any)|can't find (?:a|any)|"
            r"(?:don't|do not|can't|cannot) see (?:a|any)) "
            r"(?:reason|reasons|will|point|motivation) (?:left )?(?:for me )?(?:to|in|for) (?:live|living|keep "
            r"(?:going(?! to| back)|living)|go on|going on|stay(?:ing)? alive|be(?:ing)? alive|exist|existing|"
            r"carry on|life)"
            r"|\bnothing (?:left )?to live for|\bnothing (?:left )?worth (?:living|staying alive|being "
            r"alive|going on|getting up) for"
            r"|\b(?:what's|what is|whats) (?:even |really |honestly )?the point (?:of|in) (?:living|life|"
            r"being alive|going on|"
            r"existing|anything|trying|carrying on|waking up|staying alive|me|it all|any of (?:it|this)"
            r"|continuing)|\bwhat's the point (?:anymore|of it all)\b"
            r"|\b(?:what's|what is|whats) (?:even )?the point\s*\??\s*$"
            r"|\b(?:(?:don't|do not|can't|cannot|no longer)(?: really| even)? see|there's|there is|"
            r"there isn't|is there|"
            r"there's just|see|seeing) (?:no |any |the )?"
            r"point (?:in|of|to) (?:living|life|being alive|going on|existing|anything|trying|any of "
            r"(?:this|it)|it all|carrying on|waking up|staying alive|me"
            r"|(?:being|staying) (?:here|around|in this world)(?= anymore| any ?more| any longer|\s*$))"
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
            r"(?:\w+ |think i |know if i |think i really )?want to (?:live|be alive|exist|be here|wake up|go on|keep going|keep living|"
            r"be around|continue|stay alive|be in this world|carry on|be on this earth|do life|survive)"
            r"(?! (?:with|in|at|near|on|for|by|under) (?!this world|the world|anymore|(?:the )?(?:weekend|"
            r"morning|end of|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"next week|christmas|my birthday)))"
            r"|\b(?:wouldn't|would not) care (?:if|whether) i (?:died|got hit|got killed|crashed|"
            r"didn't wake up|never woke up|disappeared)\b"
            r"|\b(?:don't|do not|doesn't|no longer|stopped|stop|quit) car(?:e|ing) (?:if|whether) i "
            r"(?:live|die|wake up|"
            r"don't wake up|survive|get hurt|get hit|crash|get killed)"
            r"|\b(?:wish|wishing|want|hope|hoping|pray|praying|rather|sleep|could)\b[^,.;!?\n]{0,30}?\b"
            r"(?:not|never|don't|"
            r"didn't|won't|wouldn't|couldn't) (?:ever )?wake (?:up|again)(?! (?:early|late|on time|in time|for|before|"
            r"until|till|at|when|tomorrow morning))"
            r"|\b(?:hope|hoping) (?:i|to) (?:don't|never) wake up"
            r"|\b(?:hope|hopes|hoping|pray|praying|wish|wishing)\b[^,.;!?\n]{0,15}?\bi (?:don't|won't|"
            r"never|do not|will not) (?:survive|make it)(?= through| out|\s*$|[.!,;\n]| the (?:surgery|"
            r"operation|night|week|winter|year|crash|treatment))"
            r"|\bhopefully (?:i )?(?:don't|won't|never|do not|will not) wake (?:up|again)\b"
            r"|\b(?:not afraid|not scared) (?:to die|of (?:dying|death))"
            r"|\b(?:wouldn't|would not|shouldn't|should not) mind(?: terribly| too much| much| at all| "
            r"really)? if (?:i (?:just |simply )?(?:didn't wake up(?: tomorrow)?|never woke up)|my heart "
            r"(?:just |simply )?(?:stopped|gave out|gave up)(?= in my sleep| tonight| one day| soon| "
            r"forever| for good|\s*$|[.!,;\n]))"
            r"|\bwouldn't mind if i (?:just )?(?:didn't exist|wasn't here|disappeared|never woke up|"
            r"didn't wake up|stopped existing|was gone)"
            r"|\bwouldn't mind (?:dying|being dead|if i died|not waking up|death|not existing|not being "
            r"(?:here|around|alive)|(?:disappearing|vanishing|being gone)(?! (?:to|into|for a|on|off|from|"
            r"at|in)\b)|(?:getting|being) (?:hit|run over|killed)|if (?:a|the|some) (?:car|bus|truck|train|lorry) "
            r"(?:hit|hits|killed|ran over) me)"
            r"|\bif (?:a|the|some) (?:car|bus|truck|train|lorry) (?:hit|hits|killed|ran over) me,?"
            r"(?: [a-z]+){0,6},? (?:honestly |tbh )?i (?:honestly |really |just )?(?:wouldn't|would "
            r"not|won't|don't) (?:even |really )?(?:mind|care|be sad|be sorry|be mad|be upset|be bothered)"
            r"|\bif i (?:got|get|was|were) (?:hit|run over|killed) by (?:a|the|some) (?:car|bus|truck|"
            r"train|lorry)(?: [a-z]+){0,6},? (?:honestly |tbh )?i (?:honestly |really |just )?(?:wouldn't|"
            r"would not|won't|don't) (?:even |really )?(?:mind|care|be sad|be sorry|be mad|be upset|be "
            r"bothered)"
            r"|\bnot (?:be|being) (?:here|around|alive) anymore"
            r"|\bwant(?:ed)? (?:to get )?out of (?:this|my) (?:life|world|existence)\b(?! of)"
            r"|\b(?:i'm|i am) only (?:still alive|still here|alive) (?:because|cause|for|thanks to)\b"
            r"|\bthe only (?:reason|thing) (?:i'm|i am|keeping me) (?:still (?:alive|here|going)|"
            r"alive)\b"
            r"|\bdeath (?:keeps |is |has been )?(?:calling|calls|whispering|beckoning) (?:to )?me\b"
            r"|\b(?:everyone|everybody|people|they|my (?:family|friends|kids)) (?:would|will|'d|'ll) "
            r"(?:\w+ )?(?:move on|forget (?:about )?me|be fine|be happier|be relieved|get over it|cope)"
            r"(?: \w+)? (?:if|when|once|after) i(?:'m| am| was| were)? (?:gone|dead|not here|died)\b"
            r"|\b(?:don't|do not|doesn't|no longer) (?:even |really )?care (?:about )?what happens to "
            r"me\b"
            # At peace with not living: "I'd be ok if I never woke up", "if I died, I wouldn't mind".
            r"|\b(?:i'd|i would)(?: honestly| really| totally| just)? (?:be (?:ok|okay|fine|happy|glad|"
            r"relieved|at peace|alright)|not (?:mind|care)) (?:if|when) i (?:never woke up|didn't wake "
            r"up|don't wake up|died|was dead|were dead|disappeared|stopped existing|wasn't here)"
            r"(?! (?:early|late|on time|in time|for|before|until|till|at|to|on|into))"
            r"|\bif i (?:never woke up|didn't wake up|died|was dead|were dead|stopped existing)"
            r"(?: [a-z']+){0,7},? "
            r"(?:honestly |then |tbh )?(?:i'd|i would|i(?: honestly| really)? wouldn't|i would not)(?: honestly| really| "
            r"totally| just)? (?:be (?:ok|okay|fine|happy|glad|relieved|at peace|alright)|mind|care)"
            r"|\b(?:can't|cannot|don't|do not) see myself (?:being |still )?(?:around|here|alive|living) "
            r"(?:much )?(?:longer|for long|next year|by (?:next|the end)|in (?:a|five|5|ten|10) years?)"
            r"|\b(?:shouldn't|should not|don't deserve to|do not deserve to) (?:be alive|exist|be here|"
            r"have been born|be around|live|be living)"
            r"|\b(?:don't know|not sure|no idea) how (?:much )?(?:longer|long) i can (?:keep going|go on|"
            r"do this|hold on|take (?:it|this)|survive|last|keep living|cope|keep fighting)"
            r"|\b(?:sleep|rest) (?:forever|for ever|and never (?:wake|come back)|and not (?:wake|come "
            r"back)|and stay dead)\b(?! (?:up |)(?:till|until|before|for|at|early|late|in time|on time))"
            r"|\beternal sleep",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            "hopelessness",
            LOW,
            r"\b(?:tired|sick|exhausted|weary|knackered|fed up|worn out) of (?:living|life|being alive|"
            r"existing|being here|"
            r"everything|it all|trying|fighting(?! (?:with|over|about))|surviving|waking up|being me|"
            r"(?:this|my) life|this world)"
            r"|\bhate (?:being alive|living|existing|my (?:own )?existence|being me|my life so much)"
            r"|\b(?:there's |there is |theres )?no point (?:in )?(?:going on|carrying on|living|being "
            r"alive|existing|trying anymore|being here)(?! (?:the|a|an|to|with|holiday|trip|about|at|"
            r"in|for|tour|stage|strike)\b)"
            r"|\b(?:so |completely |totally )?done with (?:life|living|this life|existing|being alive|"
            r"everything|it all|all of it|all of this)|\b(?:can't|cannot|can not|couldn't) (?:go on(?! (?:holiday|vacation|"
            r"a\b|an\b|the\b|tour|stage|strike|leave|dates?|trips?|social|instagram|tiktok|my phone|"
            r"without (?:coffee|sleep)|about|and on))|keep going|do (?:this|it) "
            r"(?:anymore|any more)|take (?:it|this|any more|anymore|much more)|carry on|live like "
            r"this|keep living|handle (?:life|living|this anymore)|cope anymore|be here anymore|"
            r"survive this|see a way out|see a future|see the point|do life|keep doing this"
            r"|anymore(?=\s*$|[.!,;\n]))"
            r"|\b(?:no|don't see a|don't have a|there's no|can't see a) (?:way out|future|light at the "
            r"end)(?! (?:plans|for (?:this|the) (?:project|company|team)))"
            r"|\b(?:i'm|i am|feel|feeling|felt|i've been|i'm so|so) (?:so |completely |totally |utterly |"
            r"really |just )?(?:hopeless|dead inside)(?! (?:at|with|romantic|case at|about (?:math|"
            r"cooking)))|\bno hope (?:left|anymore|for me)|\blost all hope|\b(?:there's|there is) no "
            r"hope|\b(?:given|giving|gave) up on (?:life|everything|living|myself|getting better)"
            r"|\b(?:ready to|want to|about to|going to|just want to|i'm) giv(?:e|ing) up(?! on)\b"
            r"|\bready for (?:it|this|everything|all of this|this life) (?:all )?to (?:end|stop|be "
            r"over)\b(?! (?:so|soon|already))"
            r"|\bwant (?:it|this|everything|the pain|all of this|this life) (?:all )?to (?:end|stop|be "
            r"over)(?: forever| for good)?\b(?! (?:so|soon|already))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        rule(
            # The same said with "don't": "I don't see any future for me", "i dont see why i should
            # keep going", "stopped caring what happens to me", "my life has no more sense".
            "hopelessness",
            LOW,
            r"\b(?:don't|dont|do not|can't|cant|cannot) see (?:any |a )?(?:future|way forward) (?:for me|for "
            r"myself|ahead)\b"
            r"|\b(?:don't|dont|do not|can't|cant|cannot) see (?:why|the point|a reason|any reason)(?: why)? "
            r"(?:i should |to )?(?:keep going|go on|carry on|keep living|stay alive|be here|wake up)\b"
            r"(?! (?:to|with|at|in|there|here|on|for)\b)"
            r"|\bnothing(?:'s| is)? (?:ever )?(?:going to|gonna|will) (?:ever )?get better\b[^.!?\n]{0,20}?"
            r"\bwhy (?:bother|try|even try)\b"
            r"|\bmy life has no (?:more )?(?:sense|meaning|point|purpose)(?=\s*(?:$|[.!,;\n]))"
            # Treatment refused in advance: "if the scan shows something I'm not getting it treated".
            r"|\b(?:scan|test|biopsy|results?|lump|it's cancer)\b[^.!?\n]{0,40}?\b(?:i'm not|i am not|i "
            r"won't be|i wouldn't be|not) (?:getting|having) it (?:treated|seen to)\b(?! (?:privately|here|"
            r"there|at|by|on the|abroad|yet))"
            r"|\b(?:not care|don't care|dont care|do not care|stopped caring|stop caring) (?:about )?what "
            r"happens to me\b"
            r"|\bthe thoughts? (?:are|is) (?:quieter|softer|less loud|better|calmer)(?: now)?\b[^.!?\n]{0,20}?"
            r"\bbut (?:they're|theyre|they are|it's|its) not gone\b",
            Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        rule(
            # Leaving the world, in learner's English; high places looked at.
            "active_ideation",
            MODERATE,
            r"\bwant(?:s|ed)? to (?P<core>go from|leave|go away from|exit|quit) this (?:world|life|earth)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            "method_thoughts",
            MODERATE,
            r"\b(?:been |keep |kept |i keep )?(?P<core>looking at) (?:tall|high) (?:buildings|bridges|places|"
            r"car parks|roofs|rooftops)\b",
            Check.NEGATION | Check.SUBJECT,
            unless=SIGHTSEEING,
        ),
        rule(
            "passive_wish",
            LOW,
            # "I pray every night that god takes me", "wish a meteor would hit me"; not "take me
            # home, it's cold" or "takes me to see the world".
            r"\b(?:pray(?:ing|ed)?|hope|hoping|wish(?:ing)?|want|wanting)(?: every (?:night|day)| each "
            r"night| daily)? (?:for death|(?:that )?(?:god|jesus|the lord|allah|the universe) (?:takes|"
            r"would take|will take|'ll take) me|to get hit by|i get hit by|(?:someone|something|"
            r"somebody|god|(?:a|an|some) (?:\w+ )?(?:car|bus|truck|train|lorry|meteor|asteroid|"
            r"lightning|plane|tree|wave|tornado|earthquake)) (?:would |to |could |will )?(?:just )?(?:kills? "
            r"me|hits? "
            r"me|runs? me over|run me over|takes? me|ends? me|put me out|crush(?:es)? me|flatten me|"
            r"(?:falls?|fell|lands?) on me))\b(?! (?:to|out|for|with|"
            r"back|there|shopping|home|up|along|on|in(?! my sleep)|over)\b)|\b(?:hope|hoping|wish) (?:i|to|i'd|i would|i'll|i "
            r"will) (?:die|get cancer|crash|don't survive|don't make it(?= through\b| out\b| the\b| tonight| until| till|\s*$|[.!,;\n])|don't come back|"
            r"get killed|not survive|not make it(?= through\b| out\b| the\b| tonight| until| till|\s*$|[.!,;\n])|get (?:sick|ill|cancer|a disease) and die|"
            r"(?:get|am|end up) (?:in|into) (?:an? )?(?:fatal |bad |car )?"
            r"(?:accident|crash|wreck)|get (?:hit|run over))"
            r"|\b(?:hope|hoping|wish|pray) (?:a|the|some|that a) (?:car|bus|truck|train|lorry|plane) "
            r"(?:hits|kills|runs over|would hit|will hit|would kill|crashes)",
            Check.NEGATION | Check.HISTORY | Check.TONE,
        ),
        rule(
            "passive_wish",
            LOW,
            r"\b(?:think|thinking|thought|obsess\w*|fixated) (?:a lot |constantly |all the time )?"
            r"(?:about|of|on) (?:death|dying|being dead|my (?:own )?death|my (?:own )?funeral|not "
            r"existing|not being here|disappearing)"
            r"|\b(?:picturing|picture|imagining|imagine|visuali[sz]ing|dreaming (?:of|about)) my (?:own )?"
            r"(?:funeral|death|grave)|\bplan(?:ning|ned)? my (?:own )?funeral"
            r"|\b(?:dying|death|being dead|not existing|not being here|ending it|suicide|killing myself) "
            r"(?:sounds|seems|feels|looks|would be|would feel) (?:so |really |kind of |kinda |like )?"
            r"(?:peaceful|nice|good|appealing|tempting|like (?:a )?relief|a relief|better|easier|"
            r"comforting|like the answer|like freedom|like rest|inviting)"
            r"|\b(?:would|it'd|it would|that'd|that would) be (?:so |really |kind of |kinda )?(?:nice|"
            r"good|great|easier|a relief|peaceful|lovely) (?:to (?:just )?(?:not (?:exist|be here|be "
            r"alive|wake up(?! (?:early|so early|at|before|for|until|till|on time|tomorrow|to)))|stop "
            r"existing|die(?! (?:my|your|her|his|the) hair)|be dead|fall asleep and never wake)|if i "
            r"(?:just )?(?:didn't exist|died|was dead|were dead|didn't wake up|wasn't here|stopped "
            r"existing))",
            USUAL,
        ),
        rule(
            # Death welcome from outside: an illness, an accident, a heart that stops; "wouldn't be
            # the worst thing if ...", "I'd be fine with not waking up".
            "passive_wish",
            LOW,
            r"\b(?:hopes?|hoping|wish(?:es)?|wishing|prays?|praying)\b[^,.;!?\n]{0,20}?\b(?:(?:my )?heart (?:just )?"
            r"(?:stops|would stop|will stop|gives out|gives up)(?= in my sleep| tonight| one day| one night|"
            r" some night| at night| in the night| soon| forever| for good|\s*$|[.!,;\n])|(?:the|my|this) (?:plane|flight) (?:just )?(?:goes "
            r"down|crashes|would crash|will crash)(?! (?:smoothly|well|fine|ok|okay|on time|safely|without))|(?:the|my) (?:cancer|tumou?r|illness|disease) (?:comes "
            r"back|returns|spreads|kills me|gets me|is terminal))\b"
            r"|\b(?:wouldn't|would not|won't|will not) be (?:the worst thing|(?:so|that|too|all that) bad)"
            r"(?: honestly| tbh)?,? (?:if (?:i (?:just )?(?:stopped existing|died|didn't wake up|never woke "
            r"up|wasn't here|was gone|disappeared|got (?:hit|run over|killed))|(?:a|the|some) (?:car|bus|"
            r"truck|train|lorry) (?:didn't stop|hit me|hits me|ran me over|killed me))|to (?:just )?(?:die|"
            r"not wake up|stop existing|not exist))"
            r"|\b(?:i'd|i would|i'll|i will|i'm|i am)(?: honestly| really| genuinely| totally| just)? be "
            r"(?:fine|ok|okay|at peace|happy|glad|content|alright) with (?:just )?(?:not waking up|never "
            r"waking up|dying|not existing|not being here|being dead|not being alive)\b"
            r"(?! (?:early|late|on time|at|before|for|until|till|tomorrow|in time))"
            r"|\bif i (?:got|get|had|was given|were given) (?:a )?(?:terminal (?:diagnosis|illness|"
            r"cancer)|(?:an? )?(?:incurable|fatal) (?:diagnosis|illness|disease)|months to live)"
            r"(?: (?:tomorrow|today|one day|someday|now))?,? "
            r"(?:honestly |tbh |i think )?(?:i'd|i would)(?: honestly| actually| probably| secretly)? "
            r"(?:be |feel )?(?:relieved|glad|happy|grateful|thankful|at peace)\b"
            r"|\b(?:died|dead|death|passed away|killed|funerals?)\b[^.!?\n]{0,60}?\bwish(?:es|ed|ing)? "
            r"(?:it|that) (?:was|were|had been|could be|could have been) me\b(?! who| that)"
            r"|\b(?:(?:jealous|envious) of|envy) (?:the )?(?:people|patients|those|anyone|everyone|the "
            r"ones|the dead|old people) who (?:die|died|get to die|don't wake up|passed away|didn't wake "
            r"up)\b"
            r"|\b(?:stopped|quit|gave up) wanting to (?:live|be alive|exist|be here|wake up)\b"
            r"|\bwant(?:ing|s)? to live\b[^\n]{0,60}?\bi (?:stopped|quit|gave up) wanting to\b"
            r"|\bopt(?:ing)? out of (?:life|living|existence|existing|being alive|this life)\b"
            r"|\b(?:life|living|existence|being alive|this life)\b[^.!?\n]{0,60}?\b(?:i'd|i would|i'll|i "
            r"want to|wanna)(?: happily| gladly| just)? opt out\b"
            r"|\b(?:i'm|i am|im)(?: just| only)? (?:taking|wasting) up (?:space|oxygen|air)"
            r"(?= that| someone| other| here| on this| in this world|\s*$|[.!,;\n])"
            r"|\bwish i (?:had|could find|could get) the (?:guts|courage|nerve|balls|strength) to (?:just )?"
            r"(?:not be here|end it(?! with)|die|kill myself|do it|go through with it|disappear|not exist|end my "
            r"life)\b"
            r"|\bto wish (?:you|one) (?:was|were) dead\b"
            # More burden than worth; a way out by button or vehicle; asking not to be woken.
            r"|\b(?:i'm|i am|im) (?:just )?(?:more|nothing but) (?:trouble|hassle|bother|work|effort|of a "
            r"burden) than i'?m worth\b"
            r"|\b(?:press|push|hit) a button and (?:just )?(?:fade out of existence|disappear|not exist|stop "
            r"existing|die|be gone|never have existed|vanish|cease to exist)"
            r"|\bfad(?:e|ing) (?:out of|from) existence\b"
            # Existing itself too much: "existing is exhausting", "I just want to stop being".
            r"|\b(?:existing|existence|being alive) (?:is|feels) (?:so |too |just |really )?(?:exhausting|"
            r"unbearable|pointless|too (?:hard|much))(?=\s*(?:$|[.!,;\n]))"
            r"|\bwant(?:ed)? to stop being(?=\s*(?:$|[.!,;\n]))"
            # Those close better served by someone else: "my kids deserve a mum who isn't me".
            r"|\b(?:deserve|deserves|need|needs) (?:a|an) (?:\w+ )?(?:mum|mom|mother|dad|father|parent|"
            r"partner|wife|husband|friend|girlfriend|boyfriend|daughter|son|sister|brother) (?:who isn't|"
            r"who is not|that isn't|that is not|other than) me\b"
            r"|\b(?:hope|hoping|wish|pray(?:ing)?) (?:a|the|some) (?:car|bus|truck|train|lorry) (?:takes|"
            r"makes|will take|would take) the (?:decision|choice) (?:out of my hands|for me)"
            r"|\b(?:ask|asking|pray|praying|beg|begging)(?: (?:the lord|god|jesus|allah|him))?(?: every "
            r"night| each night| at night| daily)? (?:not|never) "
            r"to (?:wake me|let me wake)"
            r"|\b(?:should|would|i'd) (?:very much )?like(?: very much)? to (?:simply |just )?(?:not be here|"
            r"die|be dead|not wake up|not exist|stop existing|go to sleep and not wake)"
            r"|\b(?:long|longing|want|wanting|like|ready|yearn(?:ing)?) to (?:join|be with) my (?:late )?(?:wife|"
            r"husband|partner|mother|father|mum|mom|dad|son|daughter)\b(?=[^\n]{0,80}?\b(?:hasten|late|"
            r"died|passed|gone|grave|heaven|the other side|join (?:her|him|them)))"
            r"|\b(?:lives?|life) (?:would|will|'d) be (?:so |much |a lot |way )?(?:easier|better|happier|"
            r"simpler) without me\b"
            r"|\b(?:would|will|'d|'ll) (?:honestly |probably |all |really |finally |just )?(?:have|live|"
            r"lead) (?:an? |much |so much |a much )?(?:easier|better|happier|simpler|nicer) (?:life|lives|"
            r"time)(?: \w+){0,2} without me\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            "active_ideation",
            MODERATE,
            r"\ball i (?:want|wanna do|want to do|need|ever want) (?:now )?is (?:to )?(?:just )?"
            rf"(?P<core>{DIE}|be dead|stop existing|not exist)",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # Someone else's suicide, then the writer's wish to follow: "my friend attempted ...
            # I've been thinking about doing the same", "... and I want to be next".
            "active_ideation",
            MODERATE,
            r"\b(?:attempted(?! (?:the|a|an|to|it|this|that|my|his|her|their)\b)|killed (?:him|her|them)"
            r"sel(?:f|ves)|took (?:his|her|their) (?:own )?life|overdosed|died by suicide|committed "
            r"suicide|suicide|died|hanged)\b[^\n]{0,100}?"
            r"\b(?P<core>i(?:'ve| have|'m| am)? (?:been |keep |was )?(?:thinking (?:about|of)|considering|"
            r"tempted to|want to|wanna|going to|gonna|planning to|might|could) (?:do(?:ing)?|try(?:ing)?) "
            r"(?:the same(?: thing)?|it too|that too|what (?:he|she|they) did)"
            r"|(?:that's|that is) (?:exactly )?what i (?:want|wanna|need)(?: to do)?"
            r"|i (?:want|wanna|hope|wish) (?:to be|i'm|i was|i could be) (?:the )?next"
            r"|i (?:keep thinking|think|thought|reckon) (?:he|she|they) (?:had|has|got) the right idea"
            r"|i (?:keep thinking|think|thought|wish) (?:that )?i (?:should|could|might) (?:just )?(?:go "
            r"(?:and )?)?join (?:him|her|them)"
            r"|i(?:'m| am) (?:jealous|envious) of (?:him|her|them))\b"
            r"(?! (?:in line|to|up|time|year|week|one))",
            Check.NEGATION,
        ),
        rule(
            # A goodbye letter named, then the writer's own: "... and I realised I've written mine".
            "suicide_note",
            HIGH,
            r"\b(?:goodbye (?:letter|note)|suicide (?:letter|note)|(?:wrote|left) a (?:note|letter) "
            r"before (?:he|she|they) (?:did it|died|went))s?\b[^\n]{0,80}?\b(?P<core>i(?:'ve| "
            r"have)? (?:already )?(?:written|wrote|finished|got|have) mine)\b",
            Check.NEGATION,
        ),
        rule(
            # A figure of speech taken back as meant: "work is killing me and I wish it actually
            # would", "'I'd rather die' as a joke but I mean it", "I don't mean the office, I mean
            # life"; someone's wish to die shared: "... and I realised I feel the same".
            "passive_wish",
            LOW,
            r"\b(?:killing me|kill me|killed me)\b[^.!?\n]{0,40}?\bi (?:honestly |actually |really |kinda "
            r"|kind of |sort of )?wish (?:it|they|someone|he|she|you) (?:actually |really |literally |just )?(?:would|"
            r"could|did|will)\b"
            r"|\b(?:kill me|killing me)\b[^\n]{0,80}?\b(?:actually|really|genuinely|literally) want "
            r"(?:someone|somebody|them|it|you|something) to(?=\s*$|[.!,;\n]| (?:do it|kill me|end it|end me|"
            r"finish me))"
            r"|\b(?:rather die|want to die|wanna die|kill me|kms|dead|dying)\b[^\n]{0,60}?\b(?:but|and) "
            r"i (?:actually |genuinely |really |honestly )?mean it\b(?! (?:about|when|for) (?:the|my) "
            r"(?:food|job|show|film|book))"
            r"|\b(?:get out|want out|out of here|escape|leave|gone)\b[^\n]{0,60}?\bi mean (?:life|living|this "
            r"life|existence|the world|for good|permanently|forever)\b"
            r"|\b(?:wanting|wants|want|wanted) to (?:die|kill (?:him|her|them)sel(?:f|ves)|end (?:it|his "
            r"life|her life|their life))\b[^\n]{0,80}?\bi (?:feel|felt) (?:exactly )?(?:the same|that "
            r"way too|like that too)\b",
            Check.HISTORY,
        ),
        rule(
            # Lingering at a high place: "... but today I stood there for a really long time".
            "method_thoughts",
            MODERATE,
            r"\b(?:bridge|cliffs?|edge|ledge|roof(?:top)?|tracks|platform|balcony|railing)\b[^\n]{0,80}?"
            r"\b(?P<core>(?:stood|was standing|sat|was sitting|stayed|lingered|waited)) (?:there|on it|at "
            r"the (?:edge|railing|top)|by the (?:railing|edge))\b[^.!?\n]{0,10}?(?:for )?(?:a (?:really |very )?"
            r"long (?:time|while)|ages|hours|too long|longer than (?:usual|normal|i should)|(?:over |almost "
            r"|nearly )?(?:an|half an|a whole|an entire) hour|(?:\d+|two|three|four) hours)",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # Hurrying one's death along: "I should like to join my wife ... I ought to hasten it".
            "active_ideation",
            MODERATE,
            r"\b(?P<core>hasten(?:ing)? (?:it|the end|my end|my death|my departure|things along|my "
            r"going))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # "you" the writer claims: "is it normal to want to kill yourself ...? that's where I'm
            # at tonight"; a question about "your life" answered yes.
            "active_ideation",
            MODERATE,
            rf"\b(?:{WANT}|{THINK}) {GAP}(?P<core>kill yourself|end(?:ing)? your (?:own )?life|{DIE})"
            rf"(?=[^\n]{0, 150}?\b(?:{YOU_MEANS_ME})\b)"
            r"|\b(?:thoughts? (?:of|about)|thinking (?:of|about)) (?:(?:harming|hurting) yourself or )?"
            r"(?:(?:harming|hurting|killing) yourself|ending your (?:own )?life|suicide)\b"
            r"(?=[^\n]{0,80}?\b(?:said|answered|replied|admitted|told (?:her|him|them)(?: that)?) yes\b)",
            Check.NEGATION,
        ),
        rule(
            # A vehicle driven off a road or into something, said as what the writer is doing.
            "plan",
            HIGH,
            r"\b(?:i'm|i am|im|i'll|i will) (?:just )?(?P<core>(?:drive|driving|crash|crashing|swerve|"
            r"swerving) (?:my car |the car |it )?(?:into|off) (?:a|the) (?:wall|tree|cliff|bridge|barrier|"
            r"river|lake|oncoming traffic|truck|lorry|(?:coast|cliff|mountain) road|pier|quay))\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # A joke death taken as a wish: "i'm deceased 💀 (i wish i actually was)".
            "passive_wish",
            LOW,
            r"\b(?:dead|deceased|dying|died)\b[^\n]{0,40}?\bi (?:wish|want) i (?:actually |really |"
            r"genuinely |literally )?(?:was|were|am)\b(?! (?:there|home|joking|kidding|\w+ing))",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Ways looked up after suicide was named: "I'm not suicidal. well. I don't know anymore.
            # I've been looking up ways to do it".
            "method_research",
            HIGH,
            r"\b(?:suicid\w*|kill myself|end it|die|dying|overdose)\b[^\n]{0,120}?\b(?P<core>(?:looking "
            r"up|looked up|researching|researched|googling|googled|reading about|read about) (?:\w+ ){0,2}?"
            r"(?:ways|methods|how) to do it)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # An attempt named, then another to come: "the anniversary of my attempt is tomorrow and
            # I'm going to try again".
            "suicidal_intent",
            HIGH,
            r"\b(?:attempt|overdose|od)\b[^\n]{0,80}?\b(?P<core>(?:i'm|i am|im|i'll|i will) (?:going to |"
            r"gonna )?(?:try|do it) again)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=IMMINENT,
        ),
        rule(
            # Medicine at hand thought of as the way: "all I can think about is taking it all to die".
            "method_thoughts",
            MODERATE,
            r"\b(?P<core>(?:taking|take|swallowing|swallow) (?:it|them|the lot|all of (?:it|them))(?: all)?) "
            r"to (?:die|end it|not wake up|end my life|kill myself|never wake up)\b",
            Check.NEGATION | Check.SUBJECT,
            soon=HIGH,
        ),
        rule(
            # Asked of God, or longed for as heaven: "God, if you're listening, please just take me
            # in my sleep", "ready for the Lord to call me home", "heaven can't come soon enough".
            "passive_wish",
            LOW,
            r"\b(?:god|lord|jesus|allah)\b[^\n]{0,40}?\b(?:please )?(?:just )?(?P<core>take me)(?: in my "
            r"sleep| tonight| now| home| away| already)\b"
            r"|\bready for (?:the lord|god|jesus|allah|heaven) to (?:call|take) me(?: home)?(?=\s*$|[.!,;\n])"
            r"|\bheaven can't come (?:soon|quick|fast) enough\b"
            # Not caring whether one is still here; no point of being alive, not knowing it.
            r"|\b(?:too tired to|don't|do not|no longer|stopped|can't) car(?:e|ing) (?:if|whether) i(?:'m| am|"
            r"'ll| will)? (?:still )?(?:be )?(?:here|alive|around)\b"
            r"|\b(?:idk|i don't know|don't know|dunno|no idea|can't see|cannot see|not sure) what the "
            r"point (?:of|in) (?:being alive|living|life|existing|going on|carrying on|me) is\b"
            # Peace for others in the writer's absence; a life of others "better off without" the
            # care of the writer.
            r"|\b(?:they'd|they would|everyone would|everyone'd|my (?:family|parents|kids|partner|"
            r"mum|mom|dad) would) (?:finally |all )?(?:have|get|find|know) (?:some )?peace (?:if|when|"
            r"once) i(?:'m| am| was| were)? (?:gone|dead|not here|not around|died)\b"
            r"|\bbetter off without (?:the (?:\w+ )?(?:\w+ and \w+|\w+) of (?:looking after|caring for|"
            r"having|dealing with) me|having to (?:look after|care for|deal with) me)\b"
            r"|\b(?:go to sleep|sleep|fall asleep) and (?:just )?stay (?:there|asleep|that way)\b(?! (?:till|"
            r"until|for|all))"
            r"|\b(?:i|i'll|i will|i can|i get to)(?: finally)?(?: get to)? (?:rest|sleep) (?:for good|"
            r"forever|for ever)\b(?! (?:after|once|when|until|till|this|next|on|at)\b)",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # "I feel like committing suicide" (Indian and other Englishes say it so).
            "active_ideation",
            MODERATE,
            r"\b(?:feel(?:ing)? like|want to|wanna|thinking (?:about|of)|planning|plan) (?:just )?"
            r"(?P<core>commit(?:ting)? suicide)\b",
            USUAL,
            soon=HIGH,
        ),
        rule(
            # A religious farewell with a time: "Lord, I'm coming home tonight".
            "preparation",
            MODERATE,
            r"\b(?:lord|god|jesus|father|heaven)\b[^\n]{0,20}?\b(?P<core>(?:i'm|i am|im) coming (?:home|to "
            r"(?:you|heaven|be with you)))(?=\s*$|[.!,;\n]| tonight| soon| today| now)",
            Check.NEGATION,
            soon=HIGH,
        ),
        rule(
            # Company asked for the act: "can you stay with me while I take them? I don't want to be
            # alone when I go".
            "plan",
            HIGH,
            r"\b(?:stay with me|be with me|keep me company|talk to me) (?:while|when|as) i (?P<core>take "
            r"them|do it|swallow them|go through with it)\b"
            r"|\b(?:don't|do not) want to (?:be alone|die alone) when i (?:go|do it|die|take them)"
            r"(?=\s*$|[.!,;\n])",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        rule(
            # Still being alive questioned, death welcomed or owed: "why am I even still alive", "I
            # should have died in ICU", "I would welcome death", "it'd be a relief if it was all
            # over for me", "wish I could go to sleep for good".
            "passive_wish",
            LOW,
            r"\bwhy (?:am i|do i) (?:even |still )*(?:still |even )?(?:alive|breathing|here(?=\s*$|[.!?,;\n]))"
            r"|\bi should(?:'ve| have) died\b(?! (?:laughing|of|from embarrassment))"
            r"|\b(?:would|i'd|i will|i'll) (?:honestly |gladly |happily )?welcome (?:death|dying|the end|it "
            r"all ending)\b"
            r"|\b(?:would|it'd|it would|that'd) be (?:such )?a relief (?:if|when) (?:it|everything|it all|this) "
            r"(?:was|were|is) (?:all )?over(?: for me)?\b"
            r"|\b(?:sleep|rest) for good\b(?! (?:after|once|when|until|till|this|next|on|at)\b)"
            # Illness hoped for or not fought: "hope the scan finds something terminal", "if I got
            # cancer I wouldn't fight it", "catch some illness and just slip away".
            r"|\b(?:hope|hopes|hoping|wish)\b[^,.;!?\n]{0,10}?\b(?:the |my )?(?:scan|biopsy|tests?|results|mri|"
            r"bloods|doctor|lump)\b[^,.;!?\n]{0,15}?\b(?:finds?|is|turns out|comes back) (?:to be )?"
            r"(?:something )?terminal\b"
            r"|\bif i (?:got|get|had) (?:cancer|a terminal \w+|\w+ cancer)\b[^.!?\n]{0,20}?\bi (?:honestly "
            r"|really |just )?(?:wouldn't|would not|won't) (?:fight|treat|get (?:it )?treated|bother)"
            r"(?! (?:alone|on my own|by myself|it alone))"
            r"|\b(?:wish|hope|want)\b[^.!?\n]{0,40}?\b(?:just )?slip away(?=\s*$|[.!,;\n]| forever| for good|"
            r" in my sleep| quietly)"
            r"|\bwish i(?:'d| had) never woken up(?=\s*$|[.!,;\n]| from| after)"
            r"|\b(?:want|wanna|wish|long|ready) (?:to be|i was|i were) (?:in heaven|up there|with (?:god|jesus))"
            r"\b(?! (?:for|on) (?:a|the|this) (?:holiday|day|weekend|night))",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # A date set for it: "I'm ending my life on the 14th"; a means at a place "so I can end
            # it"; hiding so "nobody finds me in time".
            "plan",
            HIGH,
            r"\b(?:i'm|i am|im) (?P<core>ending my life|killing myself|ending it(?: all)?|going to (?:end my "
            r"life|kill myself)) (?:on|this|next) (?:the \d+(?:st|nd|rd|th)?|\d+(?:st|nd|rd|th)|monday|"
            r"tuesday|wednesday|thursday|friday|saturday|sunday|weekend|my birthday|christmas|new year)"
            r"|\b(?:platform|train|tracks|bridge|cliffs?|roof|rooftop|ledge|pills|tablets|rope|car)\b"
            r"[^\n]{0,60}?\bso (?:i|that i) can (?:finally )?(?:end it(?: all)?|end my life|kill myself|die)\b"
            r"|\bso (?:nobody|no one|noone) (?:finds|will find|can find|would find|could find) me(?: in "
            r"time| for days| before it's too late)\b"
            r"|\b(?:the )?(?:pills|rope|gun|method|means)(?:,? (?:and )?the (?:time|place|date|day|spot|"
            r"pills|rope|gun|method|means)){2,3}\b",
            Check.NEGATION | Check.SUBJECT | Check.TONE,
            soon=IMMINENT,
        ),
    )
)

# --- a means pictured, wondered about, or welcomed by chance -----------------------------------

# What a mind keeps returning to: "can't stop picturing the pills in the bathroom cabinet",
# "how easy the tracks would be", "turning the wheel on the bridge".
_PICTURED_MEANS = (
    r"(?:the (?:pills|tablets|rope|knife|blades?|car and the (?:closed )?garage|garage door)|"
    r"jumping (?:off|from)|(?:stepping|jumping|walking) in front of|turning the wheel|steer\w* into|driving into|walking into traffic|"
    r"hanging myself|overdos\w*|how easy (?:it|the \w+|that) would be)"
)

IMAGERY_RULES = RuleSet(
    (
        *each_alone(
            "method_thoughts",
            MODERATE,
            r"\b(?:keep|kept|can't stop|cant stop|cannot stop|constantly|always|been) (?P<core>picturing|"
            rf"imagining|visuali[sz]ing|thinking about)\b[^.!?\n]{{0,40}}?\b{_PICTURED_MEANS}"
            r"|\b(?:think|thought|thinking) about (?:just )?(?P<core>(?:turning|yanking|jerking|swerving) "
            r"the (?:wheel|car))\b"
            r"|\b(?P<core>steer(?:ing)?) into (?:the|a|oncoming) (?:barrier|wall|tree|traffic|lorry|truck|"
            r"bridge|pillar|central reservation)\b"
            r"|\b(?P<core>wonder\w*) what it (?:would|'d) feel like to (?:jump|fall|step off|drown|hang)\b"
            r"(?=[^.!?\n]{0,30}\b(?:window|bridge|roof|building|balcony|ledge|cliff|tracks|floor)\b)"
            rf"|\b(?P<core>wonder\w*) (?:if|whether) (?:all (?:of )?)?(?:my |the )?(?:\w+ )?{ANY_MED} "
            r"would (?:be enough|do it|kill me)\b(?!\s+to (?!(?:kill|do it|end)))"
            r"|\b(?:si|suicidal ideation|ideation|suicidal thoughts) (?:is |are |has been |have been )?"
            r"(?P<core>flaring(?: up)?|spiking|through the roof|really loud|so loud)\b"
            r"|\b(?:my brain|my head|my mind|a voice|the voices?|something in me) (?:keeps?|kept|is|was) "
            r"(?P<core>(?:telling|saying|screaming|whispering))(?: at)? (?:me )?to (?:jump (?:off|from|in front|when (?:i'm|im|i am) (?:on|at|near))|die|kill myself|"
            r"end it|do it|step off|hang myself|walk into traffic)\b(?! (?:higher|further|better|faster|"
            r"again and again in (?:the )?(?:game|gym)))"
            r"|\b(?:my brain|my head|my mind|a voice|the voices?|something in me) (?:keeps?|kept|is|was) "
            r"(?P<core>(?:telling|saying|screaming|whispering))(?: at)? (?:me )?to cut(?=\s*(?:$|[.!,;\n]| "
            r"myself| again| deeper| tonight))"
            r"|\bthink(?:ing)? about how (?:much|many) (?:it )?(?P<core>would (?:it )?take)\b(?=\s*(?:$|[.!?,\n]))"
            r"|\bwhich of my (?:pills|meds|tablets) (?:i'd|i would|to) (?P<core>take)\b"
            r"|\bmy (?:mind|brain|head|thoughts?) (?:goes|go|went|jumps|jump) (?:straight |right |always |"
            r"immediately )?to (?P<core>(?:suicide|dying|killing myself|ending it))\b(?!\s+(?:my|the|your|"
            r"her|his)\b)"
            r"|\b(?:killed (?:himself|herself|themselves)|died by suicide|took (?:his|her|their) (?:own )?"
            r"life)\b[^\n]{0,80}?\b(?:should|want to|wanna|will|might) (?P<core>follow) (?:him|her|them)\b"
            r"|\b(?:killed (?:himself|herself|themselves)|died by suicide|took (?:his|her|their) (?:own )?"
            r"life)\b[^\n]{0,80}?\bi (?:should|want to|wanna|will|might|could) (?P<core>do (?:it|the same))"
            r"(?: too)?\b"
            r"|\bthink(?:ing)? about (?:just )?(?P<core>(?:stepping|jumping|walking)) (?:off the platform(?! of)|"
            r"in front of (?:it|the train|a train|the bus|a bus|a car|traffic|a lorry))\b"
            r"|\bwhich (?:way|method) would (?P<core>hurt (?:the )?least|be (?:the )?(?:least painful|"
            r"most painless))\b|\bwhich (?:way|method) would be (?:the )?(?:quickest|easiest)(?=\s*(?:$|"
            r"[.!?,;\n]))"
            r"|\b(?:know|knew|decided|picked|chosen) (?:exactly )?which (?:train|bus|lorry|one) (?:i'd|i would|"
            r"i'll|to) (?P<core>(?:jump|step) in front of)\b"
            r"|\bwhich (?:floor|storey|level) of (?:the |a )?(?:car park|building|parking garage|tower|multi[- ]?"
            r"storey)\b"
            r"[^.!?\n]{0,20}?\b(?P<core>high enough)\b(?! (?:to see|for|to get|to watch|to reach|to view))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
        *each_alone(
            # Death welcomed if it came by chance: "it'd be a relief if I got hit crossing the
            # road", "wouldn't fight it if something killed me", "if this is life I don't want it".
            "passive_wish",
            LOW,
            r"\b(?:it'd|it would|would) be (?:a )?(?P<core>relief|mercy|blessing|easier)\b[^.!?\n]{0,10}?"
            r"\bif i (?:got hit|died|didn't wake up|never woke up|was gone|wasn't here|got run over)\b"
            r"|\b(?P<core>wouldn't|would not|wouldnt) (?:fight|mind|care) (?:it )?if (?:something|someone|"
            r"a \w+|a car|cancer) (?:killed|hit|ran over|took) me\b"
            r"|\bif this is (?:life|living|what life is)\b[^.!?\n]{0,10}?\b(?:i )?(?P<core>(?:don't|dont|"
            r"do not) want) (?:it|any of it|to live|to be alive)\b"
            r"|\b(?:just )?want to (?P<core>(?:join|be with)) (?:him|her|them|my (?:late )?(?:dad|mum|mom|"
            r"father|mother|grandma|gran|nan|grandad|grandpa|brother|sister|son|daughter|wife|husband|"
            r"partner|friend))\b(?=[^\n]{0,60}?\b(?:miss|passed|died|gone|heaven|late|grave|lost|since "
            r"(?:he|she|they)))|\bmiss (?:him|her|them|my \w+) so much (?:that )?i (?:just )?want to "
            r"(?:join|be with) (?:him|her|them)\b"
            r"|\b(?:want|wanna|ready) to (?:go|be) (?P<core>(?:to|in) a better place)\b"
            r"|\b(?:god|jesus|the lord|allah) (?:will |would |to )?(?P<core>(?:calls?|takes?)) me (?:home|away)"
            r"(?: early| soon| now|(?=\s*(?:$|[.!,;\n])))"
            r"|\bbeing alive (?:feels|is) (?:like )?(?:a )?(?P<core>(?:punishment|torture|prison|sentence|"
            r"unbearable))\b"
            r"|\bmy last day (?P<core>(?:full stop|period|on earth|ever))\b"
            r"|\b(?P<core>hop(?:e|ing)) (?:they|it|the \w+) (?:find|finds|is) (?:something )?(?:that )?"
            r"(?:finishes|finish|kills?) me(?: off)?\b"
            r"|\b(?P<core>wish) my (?:story|life) (?:could |would )?(?:just )?end\b(?! (?:with|on|in|like|"
            r"happily|well|differently|up))"
            r"|\b(?P<core>hop(?:ed|ing|e)) (?:the )?(?:cord|rope|brakes?|plane|parachute|harness) would "
            r"(?:snap|fail|break|crash|give)\b"
            r"|\btired\W+(?:of )?(?:everything\W+)?of (?P<core>living)\b"
            r"|\b(?:wish|wishing|want|wanna)\b[^.!?\n]{0,20}?\bsleep for a (?:year|month|week|decade)\W+(?:or|maybe) "
            r"(?P<core>forever)\b"
            r"|\b(?:what is|what's|whats) the (?P<core>reason to (?:live|be alive|keep going))\b(?!\s+(?:in|with|at|near|here|there)\b)"
            r"|\bif i (?P<core>died) (?:in my sleep|tonight|tomorrow)\b[^.!?\n]{0,10}?\b(?:that'd|that would|"
            r"it'd|it would) be (?:fine|ok|okay|nice|a relief)\b"
            r"|\b(?:idk|i don't know|i dont know|don't know|dont know) why (?:i'm|im|i am) (?P<core>still "
            r"(?:here|alive))\b(?!\s+(?:at|in|on|with|after|for)\b)"
            r"|\bliving is (?:just )?(?P<core>(?:pain|torture|suffering))\b"
            r"|\b(?P<core>done with (?:being alive|living|life|existing))\b(?! (?:in|with|at|like|here|there|"
            r"on|off|under|near|by|for|as|out))"
            r"|\bwish (?:it|the \w+(?: \w+)?) (?:had been|was|were) (?:a )?(?P<core>broken neck)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.TONE,
        ),
    )
)
