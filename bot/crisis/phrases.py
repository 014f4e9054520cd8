"""Regex building blocks shared by the crisis rules: ways of saying an act, a wish, an intent.

Written for the lower-cased views of ``normalize``; the ``rules_*`` modules combine them.
"""

from __future__ import annotations

import re

from bot.crisis.levels import Level
from bot.crisis.lexicon import MEDICINES, PILL_WORDS, alternation
from bot.crisis.rule import Check, Innocent, Timing

NONE, LOW, MODERATE, HIGH, IMMINENT = Level

USUAL = Check.usual()
WITHOUT_TONE = Check.NEGATION | Check.SUBJECT | Check.HISTORY

# Up to three filler words between a verb and what it governs ("want to just really die").
GAP = r"(?:[a-z']+ ){0,3}?"
WIDE_GAP = r"(?:[a-z']+ ){0,5}?"
MYSELF = r"(?:my ?self|me ?self)"
MEDS = alternation(MEDICINES)
PILLS = alternation(PILL_WORDS)
ANY_MED = rf"(?:{MEDS}|{PILLS})"

# Close people whose death a writer may want to follow ("join my mum").
KIN = (
    r"(?:mum|mom|mummy|mommy|mother|dad|daddy|father|brother|sister|son|daughter|baby|wife|"
    r"husband|partner|boyfriend|girlfriend|fianc[eé]e?|friend|best friend|grandma|gran|granny|nan|"
    r"nana|grandad|granddad|grandpa|grandfather|grandmother|twin|uncle|aunt|auntie|cousin)"
)
# Words that say someone has died ("my phone died" is no death: a person must have died).
BEREAVEMENT = (
    rf"funeral|graves?|graveside|(?:she|he|they|{KIN}) (?:has |had |just )?died|passed away|passed on|"
    rf"(?:she|he|they|{KIN}) passed(?= *(?:$|[.!,;\n]| away| on\b| last| in (?:her|his|their) sleep))|"
    rf"(?:her|his|their|{KIN}'s) death|(?:she|he|they|{KIN})(?:'s| is| was) dead|in heaven|the other "
    rf"side|rip|memorial|ashes|cemetery|lost (?:her|him|them|my (?:\w+ )?{KIN})|been gone|gone (?:for )?"
    rf"(?:\d+|a|an|one|two|three|four|five|six|several|many|a few) (?:years?|months?|weeks?|days?)|"
    rf"since (?:she|he|they) (?:went|left us)|killed (?:in|by)|suicide|miscarr\w+|stillb\w+"
)

# Ways of saying "kill myself" that name the writer themself.
SUICIDE_SELF = (
    rf"finish(?:ing)? {MYSELF} off|kill(?:ing|ed|s)? {MYSELF}(?! (?:laughing|at (?:work|the gym)|working|studying|tripping|slipping|"
    r"sprinting|running|rushing|racing|carrying|lifting|"
    rf"falling (?:over|down|off)|on the (?:stairs|ice)|"
    r"in the gym|with work|trying to|to (?:finish|get|make|meet|pay|keep up|please)))"
    r"|(?<!\d )(?<!\d)(?<!few )(?<!many )kms\b"
    # "unalive me" has another subject: "that exam unalived me", "my boss will unalive me".
    r"|finish(?:ing)? my (?:own )?life"
    rf"|unaliv(?:e|ing|ed) {MYSELF}\b|unaliv(?:e|ing)\b(?! (?:me|him|her|them|it|this|that|the|"
    r"a|an|your|his|their|my (?!self\b)\w+))"
    r"|end(?:ing|ed|s)? (?:my|this) (?:own |miserable |stupid |pathetic )?(?:life|existence)"
    r"|end(?:ing|s)? it all(?!\s*[—–:-]+\s*(?:the|my|this|that|our|with|every)\b)"
    r"|tak(?:e|ing) my (?:own )?life|di(?:e|ed|ing) by my (?:own )?hands?\b"
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
    r"|catch(?:ing)? the bus (?:for good|forever|for the last time|permanently|and never come back)"
)
# Ways of dying that need a wish, plan or question before them to mean the writer.
# "overdosed on coffee", "OD'd on christmas chocolate", "overdosing on netflix": no medicine.
NOT_A_DRUG_AFTER_ON = (
    r"(?! on (?:(?:the|my|all the|all that|too much|so much|way too much|christmas|easter|"
    r"halloween|birthday|holiday|party|cheap|free|leftover|dark|milk|white|hot|iced) )*(?:caffeine|"
    r"coffee|espresso|tea|sugar|sweets|candy|chocolates?|cake|cookies|biscuits|pizza|carbs|cheese|"
    r"snacks|junk food|ice cream|tv|netflix|anime|k-?dramas?|tiktok|youtube|memes|love|cuteness|"
    r"sunshine|sun|nostalgia|drama|gossip|energy drinks|red bull|monster|music|podcasts|work|"
    r"studying|exercise|cardio|serotonin|dopamine|fun|vitamin c|garlic|spice|hot sauce|meetings|"
    r"zoom|calls|emails|admin|revision|coursework|christmas|carols|sun|podcasts|true crime|"
    r"reality tv|shopping|gossip|cute \w+))"
)
SUICIDE_MEANS = (
    r"jump(?:ing)? (?:off|from|out of|out) (?:a|the|this|that|my) (?:[a-z]+ )?(?:bridge|building|roof|"
    r"rooftop|cliff|balcony|tower|ledge|overpass|window|car park|parking garage)"
    r"|(?:jump(?:ing)?|step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself) in front of the next (?:one|train|"
    r"bus|lorry|truck)"
    r"|(?:jump(?:ing)?|step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself) (?:out )?(?:in front of|under|"
    r"onto) (?:a|the) (?:train|bus|car|truck|lorry|subway|tracks|traffic)"
    r"|(?:walk|step)(?:ing)? (?:into|in front of) (?:traffic|a (?:car|bus|train|truck))"
    r"|(?:walk|swim)(?:ming|ing)? (?:into|out into|out to|in) (?:the )?(?:sea|ocean|lake|river|water)"
    r"|(?:drive|driving|crash|crashing|swerve|swerving) (?:my car |the car |it )?(?:into|off) (?:a|"
    r"the) (?:wall|tree|cliff|bridge|barrier|river|lake|oncoming traffic|truck|lorry|(?:coast|cliff|"
    r"mountain) road|pier|quay)"
    r"|(?:yeet|fling|launch|hurl)(?:ing|ed)? (?:my ?self|me) (?:off|from|into|in front of)(?! (?:the sun|"
    r"space|orbit|the void|another dimension|the stratosphere)\b)"
    r"|crash(?:ing)? my car on purpose|bleed(?:ing)? out|overdos(?:e|ing)"
    f"{NOT_A_DRUG_AFTER_ON}"
    r"|end(?:ing)? everything\b(?! (?:with|between|on|at|in|for|by|before|early|there|here))"
    r"|end(?:ing)? (?:it|things)\b(?! (?:with|between|for (?:good )?(?:with|between)|early|there|"
    r"here|off))|commit suicide|suicide\b(?! (?:squad|prevention|awareness|hotline|helpline|line|"
    r"rates?|statistics|bombers?|forest|loss|bereavement|survivors?|support|first aid|training|"
    r"risk assessments?))|(?:hang|shoot|cut|kill|drown) myself"
    r"|jump(?:ing)?(?=$|[,.;!?\n]| (?:off|from|now|tonight|today|right now|and\b))"
    r"|(?:tie|tying|make|making) (?:a|the) noose"
)
DIE = (
    r"dye(?=$|[,.;!?\n]| (?:so|now|right now|tonight|already|honestly|tbh|ngl|fr|anymore|lol))"
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
    r"|never wake up|not wake up|sleep forever|go to sleep forever|fall asleep forever|be with (?:my )?(?:late )?"
    r"(?:mom|dad|grandma|grandpa|mother|father) in heaven"
)
WANT = (
    r"(?:want(?:ed|ing|s)?|wan|wanna|need(?:ed)?|deserve[ds]?|ready|longing|itching|desperate|"
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
    r"daydream(?:ing)?|obsess(?:ed|ing)?)(?: (?:seriously|constantly|a lot|so much|really|"
    r"lately|often|again|more and more))? (?:about|of|over)|imagin(?:e|ing)|pictur(?:e|ing)"
    r"|consider(?:ing|ed)?|contemplat(?:e|ing|ed)|research(?:ing|ed)?|look(?:ing|ed)? (?:up|into)"
    r"|googl(?:e|ing|ed)|plan(?:ning|ned)?|preoccupied with"
)
INTENT = (
    r"(?:going|about|ready|decided|planning|plan|intend|intending|determined|gonna|set|"
    r"finally going|time for me|my plan is) to|\b(?:planning|plan|intend|intending) on|\bgoing through with|"
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
    r"written down|wrote down|written out|wrote out|noted down|mapped out|planned out|"
    r"thought through|thought out|(?:have|got|made|making) a plan (?:for|of|on|about)) "
    r"(?:exactly |already |precisely )?(?:how|when|where|the way|"
    r"which (?:bridge|building|pills|method|way|spot|place|day|date|tree|cliff|train))"
    r"(?: (?:i(?:'d|'ll| would| will| am going to|'m going to| could| can| want to)|to))?"
)

# A height asked for a vehicle's clearance: "which bridge is high enough for the lorry?".
NOT_FOR_A_VEHICLE = (
    r"(?! (?:for|to fit|to clear|to take) (?:the |a |my |our |his |her |their |this |that )?(?:\w+ )?"
    r"(?:lorry|lorries|truck|trucks|van|vans|bus|buses|coach|trailer|caravan|camper|campervan|"
    r"motorhome|rv|horsebox|tractor|boat|double[- ]decker|load|hgv|artic)\b)"
)

# Words that say a goodbye is for good, whatever else the message holds ("... by the time you
# read this tomorrow I'll be gone", "bye forever. couldn't face moving again").
FOR_GOOD = re.compile(
    r"\b(?:forever|for good|for ever|(?:one|the) last time|or ever|ever again"
    r"|(?:i'll|i will|i'd|i would) be gone\b(?! (?:for|till|until|by|on|from|a|all|most|over|in|"
    r"this|next|tomorrow|today|tonight))"
    r"|(?:won't|will not|wont) be (?:a|any) tomorrow|no tomorrow for me|there won't be one"
    r"|never (?:see|hear from|talk to|speak to) me again"
    r"|(?:won't|will not|wont) (?:ever )?(?:see|hear from) me again(?! (?:till|until|til|for|before|"
    r"this|today|tonight|on|in))"
    r"|by the time (?:you|anyone|someone|they|u) (?:read|reads|find|finds|see|sees|get|gets)"
    r"|(?:when|after|once) i'm (?:gone|dead|no longer here)(?! (?:on|to|for|away|out|home|shopping|"
    r"abroad|from))"
    r"|before i go(?= *(?:$|[.!,;\n]))|last (?:message|post|words|text) before i"
    r"|done with (?:it all|everything|all of it|life|living)"
    r"|(?:i'm|i am|im) done(?= *(?:$|[.!\n]))"
    r"|have a (?:good|nice|great|happy) life|sorry for everything|forgive me"
    r"|this is (?:my )?goodbye(?! (?:for|to|till|until))"
    r"|(?:won't|will not|not going to|never going to) make it (?:to|through|past)"
    r"|(?:don't|do not) (?:cry for me|blame yourselves|blame yourself)"
    r"|not coming back(?! (?:till|until|for|to (?:work|school|class)|here))"
    r")\b"
)

# Words that say a means is for the writer, whatever pastime the message names ("the gun is
# from the range ... I'm using it on myself", "told them it was for balloons").
FOR_MYSELF = re.compile(
    r"\b(?:(?:on|at|against) myself|end(?:ing)? (?:it|it all|my life|things|everything)"
    r"|(?:kill|hang|shoot|hurt|cut) myself|(?:told|tell|telling) (?:them|him|her|the \w+|everyone|"
    r"people) (?:it was|it's|it is|they were|they're) for|(?:it's|it is|it was|they're|they are) not "
    r"(?:really |actually )?for|not really for|done with (?:it all|everything|all of it|life|living)"
    r"|(?:isn't|is not|aren't|are not|wasn't|was not) (?:really |actually )?for|(?:it's|it is|they're|"
    r"they are) for me(?=\s*$|[.!,;\n])"
    r")\b"
)

# Words that say a high or hidden place was sought to die, whatever the view or the pastime
# ("on the roof. been waiting an hour for the courage", "one last time").
FOR_THE_END = re.compile(
    rf"{FOR_GOOD.pattern}|\b(?:(?:the|enough|up the|up my) (?:courage|nerve|guts)|let (?:myself )?go"
    r"(?! of)|one last (?:time|look|sunset|view|walk)|(?:the )?last (?:thing|sunset|view|time) i(?:'ll)?"
    r" (?:ever )?(?:want to |get to |will )?see|(?:nobody|no one|no ?one) (?:would|will) (?:even )?"
    r"(?:notice|miss me|care|find me)|end (?:it|it all|things|my life)|kill myself)\b"
)

# Sightseeing and chores on a bridge or roof ("standing on the bridge, what a view").
SIGHTSEEING = Innocent(
    re.compile(
        r"\b(?:view|views|photo|photos|pic|pics|picture|pictures|selfie|sunset|sunrise|tour|walk|"
        r"walking|hike|hiking|vacation|holiday|trip|beautiful|gorgeous|amazing|stunning|fishing|"
        r"wedding|concert|waiting for|train to|bus to|commute|tourist|scenery|fireworks|fixing|"
        r"gutter|repair\w*|cleaning|shingles|solar|antenna|skyline|city lights|stars|lol|fun|"
        r"drinks?|bar|party|garden|terrace|bbq|barbecue|beer|wine|coffee|lunch|dinner|chilling|"
        r"relaxing|friends|waiting|watch|watching|meteor\w*|stargaz\w*|moon|eclipse)\b"
    ),
    meant=FOR_THE_END,
)
# Everyday partings ("bye everyone, see you tomorrow", "goodbye all, off to bed").
CASUAL_PARTING = Innocent(
    re.compile(
        r"\b(?:see (?:you|ya|u)|talk (?:to you |to u )?(?:later|tomorrow|soon)|catch you|tomorrow|"
        r"gn|good ?night|nighty|(?:going|heading|off) to (?:bed|sleep)|off to (?:work|school)|"
        r"logging off|brb|for now|for today|have a (?:good|nice|great|lovely) (?:day|night|evening|"
        r"weekend|week|time|trip|holiday|christmas|one)|back (?:later|soon|tomorrow|in|on)|"
        r"heading (?:out|off|home)|leaving for|vacation|holiday|trip|last day|new job|"
        r"moving|retir\w+|graduat\w+|farewell party|party|until next|next week|later|xx+|lol|"
        r"leaving do|leaving drinks|send ?off|going away|farewell (?:do|drinks|lunch|dinner)|"
        r"haha|early start|airport|flight|plane|in the air|boarding|departures|terminal|removals?|"
        r"the van|new owners|"
        r"new (?:house|flat|place)|exchanged contracts|completion day|(?:gave|given|giving|handed in) (?:my )?notice on (?:the|my) (?:flat|house|apartment|place|"
        r"room)|clear(?:ed|ing) my desk|handed in "
        r"my (?:badge|laptop|keys))\b"
    ),
    meant=FOR_GOOD,
)

# Ordinary reasons to give a pet or belongings away ("we're moving house", "my son is
# allergic"). They must be unmistakable: the words are looked for beyond the match's sentence.
ORDINARY_REHOMING = Innocent(
    re.compile(
        r"\b(?:(?:moving|move|moved) (?:house|out|abroad|away|in with|flat|country|to)|relocat\w+|"
        r"abroad|allerg\w+|landlord|tenancy|new baby|work hours|long hours|declutter\w*|downsiz\w+|"
        r"charity|donat\w+|outgrew|outgrown|grew out of|grown out of|too old for|too small|sold|selling|"
        r"for sale|garage sale|car boot)\b"
    )
)

# A journey by train, not a train waited for ("doesn't stop here, so I change at Leeds").
TRAIN_TRAVEL = Innocent(
    re.compile(
        r"\b(?:change (?:at|trains)|changing (?:at|trains)|get on|got on|board(?:ed|ing)?|commut\w*|"
        r"delayed|cancel+ed|tickets?|seat|connection|connecting|trainspott\w*|photograph\w*|"
        r"to get to|journey)\b"
    )
)

# A quiet place found for an innocent purpose ("where nobody would find me to study").
HIDING_FOR_PEACE = Innocent(
    re.compile(
        r"\b(?:study|studying|to read|reading|nap|napping|lunch|hide and seek|hide-and-seek|picnic|"
        r"meditat\w+|peace and quiet|fishing|camping)\b"
    ),
    meant=FOR_THE_END,
)

# A treatment stopped on advice, not to die ("stopped my steroids because the doctor said to
# taper").
MEDICAL_ADVICE = Innocent(
    re.compile(
        r"\b(?:doctor|dr|gp|nurse|consultant|specialist|pharmacist|taper\w*|told to|advised|advice|"
        r"side effects?|ran out|run out|prescri\w+|pharmacy|switched|switching|allerg\w+)\b"
    )
)

# "Almost did it" about a brave step, not an attempt ("almost did it yesterday, finally asked
# her out!").
BRAVE_STEP = Innocent(
    re.compile(
        r"\b(?:asked (?:her|him|them) out|proposed|propose|finally|signed up|booked|applied|quit my "
        r"job|handed in my notice|bungee|skydiv\w*|tattoo|piercing|audition\w*|the marathon|the "
        r"race|confess\w*|came out|coming out|told (?:her|him|them) (?:how i feel|i love)|said yes)\b"
    )
)

# Things that end by a day that are not a life ("by friday it will all be over for me, exams
# finish thursday").
ORDINARY_ENDINGS = Innocent(
    re.compile(
        r"\b(?:exams?|finals|term|semester|project|deadline|shift|contract|job|course|treatment|chemo|"
        r"radiotherapy|season|holiday|trip|visit|stay|notice period|tour|move|moving|renovation|"
        r"surgery|operation|trial|case|hearing|interview|audition|competition|tournament|match|"
        r"race|marathon|diet|detox|sentence|probation|placement|internship|rota)\b"
    )
)

# Ordinary reasons to be away or out of reach ("not gonna be around by morning, night shift",
# "won't need them where I'm going, skiing in the alps").
ORDINARY_ABSENCE = Innocent(
    re.compile(
        r"\b(?:moving|move|moved|emigrat\w*|relocat\w*|new job|night shift|shift|flight|flying|"
        r"holiday|vacation|trip|travel\w*|abroad|skiing|camping|festival|surgery|operation|phone(?:'s| "
        r"is)? (?:broken|dead|dying|off)|battery|no signal|rehab|retreat|deploy\w*|hiking|cruise)\b"
    ),
    meant=FOR_GOOD,
)

# Letters and notes people write every year ("writing letters to everyone, it's a christmas
# thing"), and ordinary things done on a named day ("doing it this weekend... dyeing my hair").
ORDINARY_LETTERS = Innocent(
    re.compile(
        r"\b(?:christmas|xmas|birthday|thank[- ]you|pen ?pals?|every year|cards?|new year|"
        r"valentine\w*|anniversary|wedding|invitations?|postcards?|cover letters?|references?|job "
        r"applications?|santa|thank you notes?|company|colleagues|team|adventure|next chapter|"
        r"new job|leaving do|last day at work|office|move abroad|moving abroad|emigrat\w*|retir\w*|"
        r"last day (?:tomorrow|today|on friday|at the|of term)|(?:before|after) my (?:flight|trip|"
        r"holiday|move|gap year)|flight to|moving to|off to)\b"
    ),
    meant=FOR_GOOD,
)
ORDINARY_PROJECT = Innocent(
    re.compile(
        r"\b(?:dye\w*|hair ?cut|haircut|fringe|tattoo\w*|piercing|marathon|skydiv\w*|bungee|propos\w*|"
        r"quit(?:ting)? my job|resign\w*|ask(?:ing)? (?:her|him|them) out|move|moving|driving test|"
        r"exam|interview|presentation|race|gig|audition|first date|wedding|camping|hike|climb\w*|"
        r"party|surprise|speech)\b"
    ),
    meant=FOR_GOOD,
)

# Findings reported, not feelings: "the trial found ketamine reduced suicidal ideation".
RESEARCH_FINDINGS = Innocent(
    re.compile(
        r"\b(?:trials?|stud(?:y|ies)|research(?:ers)?|papers?|meta-?analys[ie]s|scientists|journal|"
        r"data|evidence)\b[^.!?\n]{0,40}?\b(?:found|find|finds|show|shows|showed|shown|suggests?|"
        r"suggested|reduced|reduces|linked|lowers?|lowered|cut)\b"
    ),
    meant=FOR_GOOD,
)

# Places people go for a while, named after "I'm in" or "I'll be in".
PLACES_AWAY = (
    r"(?:spain|france|italy|portugal|greece|turkey|germany|ireland|scotland|wales|england|london|"
    r"paris|new york|america|the (?:us|usa|states)|canada|australia|india|pakistan|poland|"
    r"nigeria|the philippines|dubai|thailand|bali|mexico|europe|asia|africa|hospital for (?:my|an?|"
    r"the) (?:op|operation|procedure|surgery))"
)

# Away for a journey or a shift, not for good ("I'll be gone before morning, early flight",
# "won't be around to feed the cat next week, I'm in Spain").
AWAY_FOR_A_JOURNEY = Innocent(
    re.compile(
        r"\b(?:flight|train|bus|plane|airport|ferry|trip|holiday|early start|shift|leaving for|off "
        r"to|moving|road trip|conference|festival|camping|cruise|working away|(?:i'll|i will|i'm|im|"
        r"i am|we'll|we're) (?:be )?(?:away|abroad|overseas|visiting|staying with)|(?:i'll|i will|"
        rf"i'm|im|i am|we'll|we're) (?:be )?in {PLACES_AWAY})\b"
    ),
    meant=FOR_GOOD,
)

# Someone else's search reported: "my sister said she's been googling ways to die" (unless the
# writer says the same of themselves).
SOMEONE_ELSES_SEARCH = Innocent(
    re.compile(
        r"\b(?:she|he|they|my (?:\w+ )?(?:sister|brother|friend|son|daughter|mum|mom|dad|partner|kid|"
        r"child|student|patient|client))(?:'s| has| is| was|'ve| have| had)? (?:been )?(?:googling|"
        r"searching|looking up|researching|asking about|asked about|looked up|googled|searched)\b"
    ),
    meant=re.compile(
        r"\b(?:me too|so have i|i have too|so am i|i've been (?:googling|searching|looking))\b"
    ),
)

# Leaving a place online, not life ("logging off for good, this forum is toxic").
LEAVING_ONLINE = Innocent(
    re.compile(
        r"\b(?:app|apps|forum|site|website|server|discord|twitter|reddit|subreddit|tiktok|instagram|"
        r"insta|facebook|fb|social media|socials|group ?chat|this group|the group|this chat|game|"
        r"account|platform|online|internet|wow|steam|xbox|playstation|twitch|youtube|news)\b"
    )
)

# Ropes, guns, blades and helium bought for a pastime.
_HOBBY_WORDS = (
    r"\b(?:hunting|hunt|camping|climb\w*|range|tent|boat|sailing|garden\w*|crafts?|bbq|barbecue|"
    r"balloons?|party|shaving|fishing|diy|workshop|gym|tug of war|swing|games?|gaming|fortnite|"
    r"airsoft|paintball|nerf|water ?guns?|call of duty|gta|toy|movie|film|scene|clay pigeons?|clays|"
    r"skeet|trap shooting|shooting (?:club|range|ground))\b"
)
HOBBY = Innocent(re.compile(_HOBBY_WORDS), meant=FOR_MYSELF)

# Knives, pills or a gun looked at in a shop or for a kitchen ("looking at the knives for an
# hour in the shop, can't choose").
BROWSING = Innocent(
    re.compile(
        rf"{_HOBBY_WORDS}|\b(?:shop|shops|store|shopping|choose|choosing|pick one|buy|buying|catalogue|"
        r"website|online|amazon|ebay|display|museum|exhibit\w*|collection|chef|review|reviews|price|"
        r"prices)\b"
    )
)


# Knives and blades got ready for a pastime or for cooking.
HOBBY_OR_KITCHEN = Innocent(
    re.compile(
        rf"{_HOBBY_WORDS}|\b(?:carv\w*|turkey|roast|dinner|cooking|cook|chopping|chop|kitchen|"
        r"vegetables|veg|meat|bread|cake|recipe|sharpen\w*)\b"
    ),
    meant=FOR_MYSELF,
)

# A car run in the garage for the car's sake ("engine running in the garage to warm it up"),
# unless the fumes are the point after all.
WARMING_THE_CAR = Innocent(
    re.compile(
        r"\b(?:warm(?:ing)? (?:it|her|the car|the engine|the van|up)|defrost\w*|de-?ic\w*|frost\w*|"
        r"windscreen|windshield|jump ?start\w*|battery|mechanic|(?:garage )?door (?:open|up)|"
        r"with the (?:garage )?door open)\b"
    ),
    meant=re.compile(
        r"\b(?:fumes|breath\w*|hose|pipe|tube|not wake|never wake|die|dying|end it|goodbye|sleep "
        r"in it|sit in it|carbon monoxide)\b"
    ),
)

# A shift at work with patients: "had an overdose in bay 4 tonight, young lad, we got him stable".
AT_WORK_WITH_PATIENTS = Innocent(
    re.compile(
        r"\b(?:we (?:got|stabili[sz]ed|brought|admitted|transferred|tubed|lost) (?:him|her|them)|"
        r"(?:young|old|elderly) (?:lad|man|woman|girl|boy|lady|bloke|fella|gentleman)|psych (?:saw|"
        r"assessed|reviewed) (?:him|her|them)|(?:admitted|brought in|bed for) (?:him|her|them)|"
        r"(?:my|our) patients?|the crew brought|patient(?:'s| is| was) (?:stable|fine|ok|okay|safe)|"
        r"overdose (?:call|job|shout)|(?:called|call) out to)\b"
    ),
    meant=re.compile(
        r"\b(?:i (?:took|swallowed|have taken|'ve taken|overdosed)|myself|i woke up|my (?:own )?overdose|"
        r"i'm (?:a|the) patient|i was (?:admitted|brought in))\b"
    ),
)

# A topic revised, not a plan: "Pharmacology exam tomorrow: lethal doses, overdose management".
REVISION_TOPICS = Innocent(
    re.compile(
        r"\b(?:exams?|revision|revising|revise|module|lectures?|syllabus|memoris\w*|memoriz\w*|"
        r"flashcards|pharmacology|toxicology|textbook|coursework|osce|nclex|finals|mcqs?|"
        r"pharmacy school|nursing school|med school)\b"
    ),
    meant=FOR_MYSELF,
)

# Getting the week's medicine ready is routine ("pills ready for tomorrow, pill box sorted").
PILL_ROUTINE = Innocent(
    re.compile(
        r"\b(?:pill ?box|organi[sz]er|dispenser|dosette|blister pack|for the week|weekly|pharmacy|"
        r"for (?:tomorrow|the morning|my trip|the trip|travel|the holiday)|refill|sorted)\b"
    )
)

OVERDOSE_TIMING = Timing(
    now=(IMMINENT, "overdose_in_progress"),
    recent=(HIGH, "recent_overdose"),
    unstated=(IMMINENT, "overdose_in_progress"),
    long_ago=(LOW, "past_attempt"),
)
# A few pills of a medicine dangerous in small numbers, or sedatives on top of much alcohol.
POSSIBLE_OVERDOSE_TIMING = Timing(
    now=(HIGH, "possible_overdose"),
    recent=(HIGH, "possible_overdose"),
    unstated=(HIGH, "possible_overdose"),
    long_ago=(LOW, "past_attempt"),
)
ATTEMPT_TIMING = Timing(
    now=(IMMINENT, "attempt_in_progress"),
    recent=(HIGH, "recent_attempt"),
    unstated=(HIGH, "recent_attempt"),
    long_ago=(LOW, "past_attempt"),
)
SELF_HARM_TIMING = Timing(
    now=(MODERATE, "self_harm_act"),
    recent=(MODERATE, "self_harm_act"),
    unstated=(MODERATE, "self_harm_act"),
    long_ago=(LOW, "past_self_harm"),
)
MEDICAL_TIMING = Timing(
    now=(HIGH, "self_harm_medical"),
    recent=(HIGH, "self_harm_medical"),
    unstated=(HIGH, "self_harm_medical"),
    long_ago=(LOW, "past_self_harm"),
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
    r"|(?:pick(?:ed|ing)?|scratch(?:ed|ing)?|dig(?:ging)?|bit|bite|biting|bitten) (?:at )?my "
    r"(?:skin|arms?|legs?|face|scabs?|hands?|wrists?|fingers?)"
    r" (?:until|till|til|to the point|so hard)(?: that)? (?:it|they|i) (?:bleeds?|bled|bleed|"
    r"bleeding|bruised|bruises|left (?:a )?(?:marks?|bruises?))"
    r"|pull(?:ed|ing)? (?:out )?my (?:own )?hair(?: out)? (?:until|till|til|to the point)(?: where)? "
    r"(?:(?:it|they|i|my scalp) (?:bleeds?|bled|bleed|bleeding)|there (?:are|were|is) bald "
    r"(?:patches|spots)|i have bald (?:patches|spots))"
    r"|\bi (?:just |have |'ve |had )?(?:cut|burned|burnt)(?= again| last night| yesterday| today| "
    r"this (?:morning|week|evening)| earlier| tonight| and\b| but\b| so\b|$|[,.;!?\n])"
    r"|(?:arms?|legs?|thighs?|wrists?|stomach|body|skin|hips?) (?:is|are) (?:covered in|full of) "
    r"(?:fresh |new )?(?:cuts|burns|wounds|scratches)\b(?! (?:from|after) (?:the|my|a|our) "
    r"(?:cat|kitten|dog|puppy|brambles|bushes|garden|thorns|roses|hike|fall))"
    rf"|(?:burn(?:ed|t|ing|s)?|hit(?:ting|s)?|punch(?:ed|ing|es)?|slap(?:ped|ping|s)?|"
    rf"bit(?:e|ing|ten)?|hurt(?:ing|s)?|harm(?:ed|ing|s)?|injur(?:e|ed|ing)|bruis(?:e|ed|ing)|"
    rf"mutilat(?:e|ed|ing)) {MYSELF}"
    r"|self[ -]?(?:harmed|harming|harms|injured|injuring|mutilat\w+)"
    r"|(?:\bi|i've|i have|i'm|i am|been|did|do|my|started|start|keep|kept|back to|struggl\w+ with|"
    r"battling|relapsed? (?:on|into|with)?|\bto)(?: some| a bit of| more)? ?self[ -]?(?:harm|injury)\b(?! (?:recovery|awareness|"
    r"support|group|charity|services?|team|nurse|clinic|workshop|training|prevention|research|free|"
    r"clean|token|chip|anniversary))"
    r"|self[ -]?harm(?= again| tonight| today| yesterday| last night| this (?:week|morning))|\bnssi\b"
    # "(It's) like banging my head against a wall" is a figure of speech.
    r"|(?<!like )(?<!like i'm )(?<!as if )(?:bang|hit|smash|slam|knock|punch|struck|strike|striking|"
    r"beat)(?:ed|ing|s|t|ting|med|ming)? my (?:head|fists?|face) (?:against|on|into) "
    r"(?:the |a )?(?:cell |bedroom |bathroom |kitchen )?(?:wall|floor|door|desk|table|mirror)"
    rf"|scratch(?:ed|ing)? {MYSELF} (?:raw|until|till|til|to)"
    r"|(?:scratch|pick|peel)(?:ed|ing)? (?:at )?my (?:skin|arms?|legs?|thighs?|wrists?|face|scabs?|"
    r"cuticles?|lips?) (?:raw|bloody|until (?:it|they) (?:was|were|bled|bleeds?|is|are) (?:raw|"
    r"bleeding|bloody)|till (?:it|they) (?:bled|bleeds?|(?:was|were) raw))\b"
    r"|dig(?:ging|s)? my (?:finger)?nails into my (?:skin|arms?|legs?|hands?|wrists?|thighs?|palms?)"
    r"[^.!?\n]{0,20}?(?:till|until|til) (?:they|it|i) (?:bleed|bled|bleeds|broke the skin)"
    r"|(?:scratch|scrap|dig|poke|stab|prick)(?:ed|ped|ged|ing|ping|ging)? (?:at |into )?my (?:skin|"
    r"arms?|legs?|thighs?|wrists?|hands?|stomach) with (?:a |the |my )?(?:pin|needle|blade|razor|"
    r"knife|scissors|compass|glass|safety pin|nail file|sharpener)"
    rf"|starv(?:e|ed|ing) {MYSELF}(?! to death)|punish(?:ed|ing)? {MYSELF} (?:by|with) (?:cutting|"
    r"burning|hitting|not eating|starving|hurting|bleeding|scratching)|(?:my|fresh) (?:cuts|wounds|sh scars)\b(?! (?:from|after) (?:the|my) "
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
    r"cut(?:ting)?(?![.…]+ ?(?:my losses|ties|back|down|out|the cord|carbs|sugar|caffeine|class|"
    r"(?:my )?hair|it short|(?:people|them|him|her) off|corners|costs|in line|my fringe))"
    r"(?=$|[,.;!?\n]| (?:again|so |really |deep|deeper|tonight|right now|now\b|today|"
    r"all |myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body)|but\b|and\b|lol|"
    r"though|tho|badly|bad\b|more|even|too\b|still|anymore|somewhere|without|or\b|every (?:day|night)|"
    r"since\b|after\b|when\b|again\b|daily|most (?:days|nights)))"
)
