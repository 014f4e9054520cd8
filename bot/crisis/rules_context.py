"""Vague words ("this is it", "I've taken them") that count only beside another risk."""

from __future__ import annotations

from bot.crisis.phrases import (
    AWAY_FOR_A_JOURNEY,
    CASUAL_PARTING,
    HIGH,
    HOBBY,
    IMMINENT,
    LOW,
    MODERATE,
    ORDINARY_PROJECT,
    SIGHTSEEING,
)
from bot.crisis.rule import Check, RuleSet, each_alone, rule

# --- vague words that count only beside another risk: run only when a main rule found one -----

CONTEXT_RULES = RuleSet(
    (
        rule(
            # Passwords left for the morning after: "if I'm not here tomorrow, my passwords are in
            # the blue notebook".
            "goodbye_message",
            HIGH,
            r"\bif (?:i'm|im|i am) (?:not|no longer) (?P<core>(?:here|around|alive)) (?:tomorrow|in the "
            r"morning|by (?:the )?(?:morning|weekend|monday|friday))\b",
            Check.NONE,  # beside another sign only: "the spare key is under the mat" is no goodbye
        ),
        rule(
            # A drive with no return: "I'm parked at the cliffs. I don't think I'm driving home."
            "farewell",
            HIGH,
            r"\b(?:don't|do not|dont) think (?:i'm|im|i am|i'll be|i will be) (?P<core>(?:driving|going|coming|"
            r"walking|getting) (?:home|back)(?: inside| in)?)\b",
            Check.NONE,
        ),
        *each_alone(
            "place_of_risk",
            HIGH,
            r"\b(?:parked|sitting|standing|waiting) (?:up )?(?:at|by|near) (?P<core>the (?:cliffs?|cliff edge|"
            r"bridge|(?:train |railway )?tracks|railway|quarry|reservoir))\b|\b(?:sitting|standing|waiting) (?:up )?(?:at|on|by|"
            r"near) (?P<core>the (?:multi-?storey|car park roof|top floor|edge))\b",
            Check.NEGATION,
        ),
        rule(
            # Blood everywhere after self-harm.
            "self_harm_medical",
            HIGH,
            r"\b(?P<core>blood) (?:all over|everywhere|on the (?:floor|walls|bed|sheets))\b",
            Check.NEGATION,
        ),
        rule(
            # Pills just taken, told bare: "took the pills about ten minutes ago".
            "overdose_in_progress",
            IMMINENT,
            r"\b(?P<core>took|swallowed) (?:the|all the|all my) (?:pills|tablets)(?: about| like| maybe)? "
            r"(?:\d+|ten|five|twenty|fifteen|thirty|an?|half an) (?:minutes?|mins?|hours?) ago\b",
            Check.NEGATION,
        ),
        rule(
            # Not to be stopped: "you can't stop me", "I've made my plan", "after tonight nobody will
            # have to (worry)".
            "decision_made",
            HIGH,
            r"\b(?P<core>(?:you|nobody|no one|no-one) can'?t stop me|(?:you|nobody|no one) can stop me"
            r"|(?:i've|i have|ive) made (?:my|a|the) plan(?=\s*(?:$|[.!,\n]))"
            r"|after (?:tonight|today|tomorrow) (?:nobody|no one|no-one) will (?:have|need) to)",
            Check.NONE,
        ),
        rule(
            # Waiting over: "not going to wait anymore", beside means or a wish.
            "decision_made",
            HIGH,
            r"\b(?:not going to|won't|not gonna|can't|cannot) (?P<core>wait (?:any ?more|any longer))\b",
            Check.NONE,
        ),
        rule(
            # Planning begun, beside a wish: "I'm not scared of dying anymore, I've started
            # planning how".
            "plan",
            HIGH,
            r"\b(?:i've |i have |i )?(?:started|begun|been) (?P<core>planning (?:how|when|it|my death|my "
            r"suicide|the details))(?=\s*(?:$|[.!,\n]))",
            Check.NEGATION,
        ),
        rule(
            # Pills laid out: "I've lined up the pills on the table".
            "means_at_hand",
            HIGH,
            r"\b(?P<core>(?:lined|laid|set) up) (?:all )?(?:the |my )?(?:pills|tablets|meds)\b",
            Check.NEGATION,
        ),
        rule(
            # Bleeding that will not stop: "bleeding a lot, won't stop".
            "self_harm_medical",
            HIGH,
            r"\b(?P<core>bleeding) (?:a lot|loads|so much|heavily|badly)?,? ?(?:and )?(?:it )?(?:won't|wont|"
            r"will not|can't|cant) stop\b",
            Check.NEGATION,
        ),
        rule(
            # Nothing will matter soon: "after tonight it won't matter anymore".
            "farewell",
            HIGH,
            r"\bafter (?:tonight|today|tomorrow|this weekend|friday) (?P<core>it won'?t matter|nothing "
            r"(?:will )?matters?|none of (?:it|this) (?:will )?matters?)\b",
            Check.NEGATION,
        ),
        rule(
            # A room or a car sealed: "bought charcoal and tape, I'm sealing my room tonight".
            "preparation",
            HIGH,
            r"\b(?P<core>seal|sealing|sealed|tape|taping|taped) (?:up )?(?:my|the) (?:bathroom |bedroom |car |"
            r"kitchen |garage )?(?:room|bedroom|door|"
            r"doors|windows?|car|vents?|gaps)\b",
            Check.NEGATION,
        ),
        rule(
            # On the way to a place of risk: "leaving for the cliffs in an hour".
            "place_of_risk",
            HIGH,
            r"\b(?:leaving|heading|setting off|off|driving|walking|going) (?:for|to|out to|down to|up to) "
            r"(?P<core>the (?:cliffs?|bridge(?! (?:club|game|night|tournament|lessons?|party|evening|match))|tracks|railway|river|quarry|multi-?storey|car park roof|"
            r"roof))\b(?! (?:for|with|to|and)\b)",
            Check.NEGATION,
        ),
        rule(
            # Affairs put in order, a time for it: "sorted my affairs ... so it'll be this weekend".
            "preparation",
            HIGH,
            r"\b(?P<core>(?:sorted|sorting|put|putting|got|getting) (?:out )?my affairs(?: in order)?|my "
            r"affairs (?:are )?(?:in order|sorted))\b",
            Check.NEGATION,
        ),
        rule(
            "plan_with_time",
            HIGH,
            r"\b(?:so )?(?P<core>it'?ll be|it will be|it's going to be) (?:this|next) "
            r"(?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday)(?=\s*(?:$|[.!\n]))",
            Check.NEGATION,
        ),
        rule(
            # Means packed, a place of risk: "everything I need is in my bag".
            "means_at_hand",
            HIGH,
            r"\b(?:everything|all) i need(?:'s| is) (?P<core>in my (?:bag|car|pocket|room)|packed|ready)\b",
            Check.NEGATION,
        ),
        rule(
            # Meant this time, beside a wish to die: "... and this time I mean it".
            "plan",
            HIGH,
            r"\b(?P<core>this time i (?:really )?mean it|i (?:really )?mean it this time|(?:i'm|im) "
            r"(?:serious|not joking) this time|(?:i've|ive|i have) made (?:the|my) decision)\b",
            Check.NEGATION,
        ),
        rule(
            "self_harm_medical",
            HIGH,
            r"\b(?:might|may|probably|should|need to|have to|going to|gonna) (?:need|go to|get to|"
            r"go) (?:the )?(?:hospital|er|a&e|emergency|urgent care)\b|\bcut (?:myself )?(?:really |"
            r"pretty |so |very |too )?bad(?:ly)?\b"
            r"|\b(?:a lot of|so much|lots of|too much|loads of) blood\b|\b(?:won't|wont|can't|cannot) "
            r"stop (?:the )?bleeding\b"
            # Injuries that need care: an artery, a head knocked out, a burn gone bad.
            r"|\b(?:it's |its |it is )?(?:spurting|pulsing out)\b|\bi (?:think i )?hit (?:an artery|a vein|"
            r"something)\b|\b(?:blacked|passed|knocked myself) out\b|\bconcussion\b|\blooks? "
            r"infected\b|\b(?:probably |might |definitely )?needs? (?:a |the )?(?:hospital|a&e|stitches|doctor)\b"
            r"|\b(?:cuts?|burns?|wounds?) (?:got|is|are|has|have|getting|gone) (?:really |badly |so )?infected\b"
            r"|\binfected where i (?:cut|burn\w*)\b|\b(?:feeling |feel |i'm |im )?(?:dizzy|faint|light-?headed)\b"
            r"|\b(?:stitched|glued) (?:my \w+ )?(?:up|back together)\b|\b(?:got|needed|had) stitches\b"
            r"|\b(?:stitched|glued|sutured) (?:my \w+|it|them)\b[^.!?\n]{0,20}?\b(?:a&e|er|hospital|urgent "
            r"care)\b",
            Check.NEGATION,
        ),
        rule(
            # Beside a wish to be dead, resolve: "this time I'm actually going to do it".
            "plan",
            HIGH,
            r"\b(?:this time )?(?:i'm|im|i am) (?:actually|really|finally|definitely|seriously) (?:going "
            r"to|gonna) (?P<core>do it|go through with it)\b(?! anyway| anyways| regardless| though| for\b)",
            Check.NEGATION,
        ),
        rule(
            # Beside a rope or a means, where it would be done: "worked out where I'd hang it".
            "preparation",
            HIGH,
            r"\b(?:worked out|figured out|found|picked|chose|know|checked) (?P<core>(?:where|how|what) "
            r"(?:i'd|i would|i'll|i will|to|i can|i could|i'm going to|im going to|i'm gonna|i am going "
            r"to) (?:hang|tie|attach) (?:it|myself|the rope|"
            r"the noose))\b",
            Check.NEGATION,
        ),
        rule(
            # Absolution written down: "a letter for my mom so she knows it's not her fault".
            "absolution",
            HIGH,
            r"\bso (?:she|he|they|you|mum|mom|dad|everyone|my \w+) (?:knows?|understands?|won't think) "
            r"(?P<core>(?:it's|its|it is|it was|this is|this was) not (?:her|his|their|your|anyone's|"
            r"anybody's) fault)\b",
            Check.NEGATION,
        ),
        rule(
            # Beside a wish to be dead, thoughts of acting on it: "I don't want to be alive and I
            # keep thinking about doing something about it".
            "active_ideation",
            MODERATE,
            r"\b(?:thinking|think|thought|wondering|considering) (?:about |of )?(?P<core>doing something "
            r"about it|acting on (?:it|them|the thoughts?|the feeling)|going through with it|doing it|"
            r"actually doing it)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            "goodbye_message",
            HIGH,
            r"\b(?:in case|if) i (?:don't|do not|won't) (?:make it|survive|wake up|come back|reply|answer|"
            r"respond|message back|get "
            r"through (?:this|tonight))",
            Check.NEGATION,
        ),
        rule(
            "suicide_note",
            HIGH,
            r"\b(?:wrote|written|writing|write|left|leave|leaving|finished|finishing) (?:a |my |the |some )?"
            r"(?:(?:kids|children|family|parents|wife|husband|partner|mum|mom|dad|everyone|each of them|"
            r"them|him|her) (?:a |an |my |some |each a )?)?(?:notes?|letters?)\b(?! for (?:tomorrow's|today's|the|my|a|next|this|our) (?:\w+ )?(?:lecture|"
            r"class|meeting|exam|test|seminar|talk|presentation|interview|shift|lesson|course|module|"
            r"revision|assignment|essay|handover|cover|substitute))"
            r"(?! (?:to|for) (?:my |the |our )?(?:boss|teacher|landlord|manager|"
            r"colleague|coworker|school|work|plumber|neighbou?r|doctor|therapist|gp|council|bank|"
            r"future self|santa))",
            Check.NEGATION | Check.SUBJECT,
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
            r"\b(?:giving|gave|give) (?:stuff|things|everything) away\b"
            r"|\b(?:giving|gave|give) (?:away )?my (?:cat|dog|pets?|belongings|stuff|things|"
            r"possessions|clothes|kids?) (?:away|to)\b|\b(?:i have|i've got|got) the means\b",
            Check.NEGATION,
        ),
        rule(
            # A means said to be in place: "the rope's already in my wardrobe", "pills are ready".
            "means_at_hand",
            HIGH,
            r"\b(?:the|my) (?:rope|noose|gun|pills|tablets|blades?|razor)(?:'s| is| are)(?: already| all|"
            r"(?: all)? ready| now| just| right)? (?:in|under|on|ready|sorted|hidden|set up|tied|waiting|"
            r"loaded|counted out|laid out|here|next to me|beside me|with me)\b"
            r"|\b(?:has|had) (?:the|a|my) (?:rope|noose|gun|pills|blades?|razor) (?:ready|out|tied)\b"
            r"|\b(?:it's|its|it is|the gun is|the gun's) loaded\b|\b(?:sitting )?(?:on|in) my lap\b"
            r"|\b(?:lined|laid|set) (?:all )?(?:the |my )?(?:pills|tablets|meds) (?:up|out)\b"
            r"|(?:^|(?<=[.!,;\n])|(?<=[.!,;\n] ))(?:the )?(?:rope|noose)(?:'s| is) (?:up|hung|hanging|tied)(?: now)?(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION,
        ),
        rule(
            # A month's supply at hand: "I've got a full month's supply sitting here".
            "means_at_hand",
            HIGH,
            r"\b(?:a |my )?(?:full |whole )?(?:month|week|year|fortnight)'s (?:supply|worth)\b[^.!?\n]{0,30}?"
            r"\b(?:here|in front of me|on the (?:desk|table|bed)|with me|ready|sitting)\b"
            r"|\b(?:all )?my (?:meds|pills|tablets|medication|\w+) (?:lined up|laid out|counted out)\b",
            Check.NEGATION,
        ),
        rule(
            # A decision announced: "bought a rope today, I've made up my mind".
            "decision_made",
            HIGH,
            r"\b(?:i've|i have|i) (?:finally )?made up my mind(?=\s*$|[.!,;\n])|\bmy mind(?:'s| is) made up\b"
            r"|\bmind's made up\b"
            r"|\b(?:made|i've made|i have made) my decision\b|\b(?:i've|ive|i have) already decided"
            r"(?=\s*$|[.!,;\n])|\b(?:weirdly|strangely|oddly) (?:calm|peaceful|at "
            r"peace)\b|\bnow that i've decided when\b"
            # A day picked: "kms. and I mean it, I've picked friday".
            r"|\b(?:i've|i have|i|and) (?:picked|chosen|chose|set|decided on) (?:a |the )?(?:day|night|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"|\b(?:i've|ive|i have) made sure of (?:that|it)(?=\s*(?:$|[.!,;\n]))",
            Check.NEGATION,
        ),
        rule(
            # A day named as when it ends: "made my decision and sunday its done".
            "plan_with_time",
            HIGH,
            r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b,? "
            r"(?:it's|its|it is|it'll be|it will be) (?:done|over|happening)(?=\s*$|[.!,;\n])",
            Check.NEGATION,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # "what's the point", said on its own.
            "hopelessness",
            LOW,
            r"(?:^|(?<=[.!?,\n])|(?<=[.!?,\n] ))(?:what's|whats|what is) the point[.!?\s]*(?=$|[,.\n])"
            r"|(?:^|(?<=[.!?\n])|(?<=[.!?\n] ))(?:i'm|im|i am) done[.!\s]*$",
            Check.NEGATION,
        ),
        rule(
            # Affairs put in order: "sorted the will", "updated my will".
            "preparation",
            HIGH,
            r"\b(?:sorted|sorting|made|wrote|updated|finished|signed|done|finalised|finalized) (?:out )?(?:my|the) "
            r"will\b|\b(?:my )?will(?:'s| is) (?:updated|done|sorted|written|made|signed)\b",
            Check.NEGATION,
        ),
        rule(
            # Said to be there now: "I am on the train bridge now", "at the cliffs".
            "plan",
            HIGH,
            r"\b(?:i'm|i am|im) (?:on|at|standing on|sitting on|out on) (?:the|a|my) (?:\w+ )?(?:bridge|"
            r"cliffs?|balcony|window ledge|ledge|"
            r"roof|rooftop|tracks|edge|platform edge)\b(?: now| right now)?",
            Check.NEGATION,
        ),
        rule(
            "goodbye_message",
            HIGH,
            r"\btell (?:my |\w+ )?\w+ (?:that )?(?:(?:i'm|i am|im) sorry|i (?:loved|love) (?:her|him|them|"
            r"you))\b|\bsigning off for good\b|\bi've got what i need\b"
            r"|\b(?:please )?(?:don't|do not) (?:call|tell) (?:anyone|anybody|an ambulance|999|911|112|the "
            r"police)\b|(?:\b(?:i'm|i am|im) |^|(?<=[.!,;\n])|(?<=[.!,;\n] ))ready to go(?: now)?(?=\s*$|[.!,;\n])"
            r"|\b(?:the|my) (?:note|letter)s?(?:'s| is| are) (?:on|in|under) (?:the|my) (?:kitchen )?(?:table|bed|"
            r"pillow|desk|counter|drawer)\b"
            r"|\b(?:i'm )?ending it (?:tonight|tomorrow(?: morning| night)?|today|this (?:weekend|evening|"
            r"morning)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
            Check.NEGATION,
        ),
        rule(
            # A farewell said bare, the way a last message is: "ready to go now. love u all",
            # "text my mum goodbye", "tomorrow's my last day", "no more".
            "farewell",
            HIGH,
            r"(?:^|(?<=[.!,;\n])|(?<=[.!,;\n] ))(?:i )?love (?:you|u) all\b(?=\s*(?:$|[.!\n]))"
            r"|\b(?:text|message|call|ring|say) (?:bye to |goodbye to )?(?:my \w+|everyone|them|him|her) "
            r"goodbye\b"
            r"|\b(?:tomorrow|today|tonight)(?:'s| is) my last (?:day|night)(?=\s*(?:$|[.!,;\n]))"
            r"|(?:^|(?<=[.!?\n])|(?<=[.!?\n] ))no more[.!\s]*$"
            r"|(?:\bi |^|(?<=[.!?\n])|(?<=[.!?\n] ))(?:just )?(?:needed|wanted) (?:someone|somebody|you) to "
            r"know\b(?=\s*(?:$|[.!\n]))"
            r"|(?:^|(?<=[.!?\n])|(?<=[.!?\n] ))(?:this is |this'?s )?(?:my )?last (?:message|text|check-?in)(?: "
            r"from me)?(?=\s*(?:$|[.!\n]))"
            # Understanding promised for afterwards: "they'll understand later".
            r"|\b(?:they'll|theyll|they will|she'll|he'll|you'll|everyone will) (?:understand|know why|"
            r"get it) (?:later|one day|soon|eventually|when i'm gone|afterwards)\b"
            # Thanks for everything, the way a last message gives them: "thank you for all the chats".
            r"|\bthank (?:you|u) for (?:everything|all (?:the|our) (?:chats|talks|help|support|"
            r"conversations))(?=\s*(?:$|[.!,\n]))"
            r"|\b(?:cheers|thanks|thank you|thank u) for (?:listening|being there|all the (?:games|memories|"
            r"laughs)) (?:these|all these|the last|over the) (?:months|years|weeks)\b"
            r"|\b(?:just )?wanted to say thanks for (?:all the (?:games|chats|talks|memories|laughs)|"
            r"everything)\b"
            # Help that will not be needed: "won't need these check-ins much longer", "I won't be
            # needing the lithium refill next month".
            r"|\b(?:won't|wont|will not) (?:be needing|need) (?:these|the|my|any more|anymore) (?:check-?ins|"
            r"refills?|\w+ refills?|prescriptions?|appointments?|sessions)\b",
            Check.NEGATION,
            unless=CASUAL_PARTING,
        ),
        rule(
            # Gone by a day named: "I'm not going to be here by the weekend" (a trip makes it one).
            "farewell",
            HIGH,
            r"\b(?:i won't|i wont|i will not|i am not going to|i'm not going to|im not going to|i'm not "
            r"gonna|im not gonna) (?P<core>be (?:here|around|alive)) (?:by|for|after|past|at|on|come) "
            r"(?:the weekend|the end of the (?:week|month)|christmas|new year|my birthday|tomorrow|"
            r"morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|much longer)\b",
            Check.NONE,  # the denial is the sign itself
            unless=AWAY_FOR_A_JOURNEY,
        ),
        rule(
            # Absolution and an empty house, which no casual word makes casual: "if I don't reply
            # tomorrow, it's not your fault".
            "absolution",
            HIGH,
            r"\b(?:it's|its|it is) (?:not your fault|better this way|for the best)(?=\s*(?:$|[.!,;\n]| ok\b))"
            r"|\b(?:the house|the flat|home|the place) (?:will be|is going to be|'ll be) empty\b"
            r"|\b(?:please )?(?:don't|do not|dont) blame (?:yourselves|yourself|urself|anyone|each "
            r"other)(?=\s*(?:$|[.!,;\n]))",
            Check.NONE,
        ),
        rule(
            # A time fixed without saying for what: "it's set for Sunday", "the date is Friday",
            # "not telling anyone when".
            "plan_with_time",
            HIGH,
            r"\b(?:it's|its|it is|everything's|everything is) set for (?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday|tonight|tomorrow|the (?:\d+\w*|weekend))\b"
            r"|\bthe date is (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|set|the \d+\w*)\b"
            r"|\b(?:not telling|won't tell|not going to tell) (?:anyone|you|anybody) when\b",
            Check.NEGATION,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # Farewells to a pet or the children; a lonely place gone to; the car as the means.
            "farewell",
            HIGH,
            r"\bsaid (?:my )?goodbyes? to (?:my|the) (?:cat|dog|pets?|kids|children|family|mum|mom|dad|"
            r"sister|brother|plants)\b"
            r"|\b(?:i'm |i am )?going (?:out )?to the (?:woods|forest|cliffs?|bridge(?! (?:club|game|night|tournament|lessons?|party|evening|match))|tracks|river|lake|"
            r"quarry)\b(?! (?:for a|with|to (?:walk|hike|run|swim|fish|meet)))",
            Check.NEGATION,
            unless=CASUAL_PARTING,
        ),
        rule(
            "means_chosen",
            HIGH,
            r"\b(?:going to|gonna|will|i'll|i'm going to) crash (?:the|my) car\b"
            r"|\b(?:don't|do not|won't|refuse to|not going to) (?:want to )?go to (?:a&e|the er|hospital|"
            r"the hospital)\b",
            Check.NONE,
        ),
        *each_alone(
            # Courage gathered at a place, accounts closed, no return: "drove up to the cliffs ...
            # building up the nerve", "deleted all my accounts ... I won't be coming back". Each
            # alone, so two of them add up ("put my will on the table ... walking into the sea").
            "place_of_risk",
            HIGH,
            r"\b(?:building|working|getting|plucking) up (?:the )?(?:nerve|courage|guts)\b"
            r"|\b(?:drove|driven|walked|went|came) (?:up |out )?to the (?:cliffs?|bridge|tracks|quarry)\b"
            r"|\b(?:i )?(?:won't|will not|wont) be coming back\b(?! (?:to|until|till|for|here|on|after)\b)"
            r"|\bdeleted (?:all )?my (?:accounts|socials|social media)\b"
            r"|\bnot telling (?:you|anyone) how many\b"
            r"|\b(?:walked|walking|waded|wading) (?:out )?into the (?:sea|ocean|river|lake|water)\b(?! (?:for "
            r"a|to (?:swim|cool|paddle)))"
            r"|\bnot turning back\b|\bparked (?:up )?(?:at|by|on) the (?:cliffs?|bridge|edge|lookout|"
            r"reservoir|cliff lookout)\b|\bdriving off when\b"
            r"|\bnot calling (?:the|a|any) (?:hotline|helpline|crisis line|samaritans|ambulance)\b"
            r"|\b(?:nobody|no one|noone) (?:can|will|could) stop me\b"
            r"|\b(?:not|never) coming back (?:inside|in|down)\b"
            r"|\b(?:put|left) my will (?:on|by) the (?:kitchen )?table\b"
            r"|\b(?:don't|dont|do not) try to (?:talk me out of it|stop me|find me)\b"
            r"|\bnote(?:'s| is)? done\b"
            r"|\bgoing through with it (?:in the morning|tonight|tomorrow|today|at \d+)\b"
            r"|\b(?:pistol|rifle|gun|9mm|knife|blade|razor|pills)(?:'s| is| are) (?:on the table )?(?:in front of "
            r"me|on the table|next to me|beside me|next to it|next to the bath)\b",
            Check.NEGATION,
            unless=CASUAL_PARTING,
        ),
        rule(
            # "catch the bus" spelled out        rule(
            # "catch the bus" spelled out is "ctb" only with readiness: "ready to catch the bus tonight".
            "plan",
            HIGH,
            r"\b(?:(?:ready|going|about|time) to|time (?:i|for me to)) catch the bus\b(?= tonight| soon| now| "
            r"for good|\s*$|[.!,;\n])",
            Check.NEGATION | Check.SUBJECT,
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
            r"\b(?:goodbye|bye|farewell|cya(?=\s*$)|i love you all|(?:i'm |im |i am )?sorry for everything|forgive me|"
            r"thank you for everything|thanks for everything)\b"
            r"|\b(?:i'm|i am) (?:so |really )?sorry[.!\s]*$|(?:^|\n)(?:so |really )?sorry[.!\s]*$"
            r"|\b(?:don't|do not|dont) worry about me\b",
            Check.NEGATION,
            unless=CASUAL_PARTING,
        ),
        rule(
            # Pills meant but not named: "going to take them all tonight".
            "overdose_intent",
            HIGH,
            r"\b(?:going to|gonna|will|i'll|about to|planning to|want to|wanna|ready to) (?:just )?"
            r"(?:take|swallow|down) (?:them all|all of them|the lot|every (?:single |last )?one)\b"
            r"(?! (?:to|with|on|for|into|at|home|back|out|off|apart|down)\b)"
            r"|\b(?:tonight|now|today) i (?:take|swallow) (?:them all|all of them|the lot)\b"
            r"|\b(?:i'm|i am|im) (?:taking|swallowing|downing) (?:them all|all of them|the lot)\b"
            r"(?! (?:to|with|on|for|into|at|home|back|out|off|apart|down)\b)",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        rule(
            "overdose_in_progress",
            IMMINENT,
            r"\b(?:already|just) (?:took|taken|swallowed|downed) (?:them|it|all|everything|the lot|the "
            r"(?:pills|tablets))\b"
            r"|(?<!about )(?<!of )(?<!considered )\b(?:took|taken|swallowed|downed|taking|swallowing) (?:them|it|"
            r"those|these|the pills|"
            r"the tablets) all\b(?! (?:to|with|on|for|into|at|home|back|out|off|apart|down|over|round|"
            r"around)\b)|\b(?:took|taken|swallowed|downed) (?:all of )?(?:them|those|these|the "
            r"lot|everything)(?: (?:already|just now|now|all))\b|\b(?:took|swallowed|taken) all of "
            r"(?:them|those|these)|\bpills (?:are )?(?:kicking in|starting to work)"
            r"|\b(?:took|taken|swallowed) (?:everything|all) (?:i had|i have|i could find)\b",
            Check.NEGATION,
        ),
        rule(
            "unsafe",
            MODERATE,
            r"\b(?:going to|gonna|about to|i'll|i will|i might) do something(?=\s*$|[.!,;\n])",
            Check.NEGATION,
        ),
        rule(
            # Urges that return: "tried to hang myself in 2019, the urges are back this week".
            "self_harm_urge",
            MODERATE,
            r"\b(?:the |my |those |these )?(?:urges?|feelings|suicidal thoughts|dark thoughts|intrusive thoughts|"
            r"thoughts of (?:dying|death|suicide|killing myself|ending it)|sh urges?) (?:are|is|have|has)"
            r" (?:come |coming |crept |creeping )?back\b|\b(?:urges?|those thoughts|those feelings|it)"
            r" (?:came|coming|come|pulling me|pulls me|is pulling me) back\b",
            Check.NEGATION,
        ),
        rule(
            # A promise to solve the problem the writer thinks they are: "they'd be better without
            # me and I'm going to fix that tonight".
            "suicidal_intent",
            HIGH,
            r"\b(?:i'm going to|i am going to|going to|gonna|i'll|i will) (?:fix|solve) (?:that|this|the "
            r"problem)(?: for (?:them|good|everyone))?"
            r"(?=\s*(?:$|[.!,;\n]| (?:tonight|today|soon|now|for good)\b))",
            Check.NEGATION,
            soon=IMMINENT,
        ),
        rule(
            # Notes left where they will be found: "they're on the kitchen table".
            "preparation",
            HIGH,
            r"\b(?:they're|they are|it's|it is|notes? (?:is|are)|letters? (?:is|are)|i (?:left|put) "
            r"(?:them|it)) (?:on|in) (?:the|my) (?:kitchen )?(?:table|bed|pillow|desk|counter|mantelpiece|"
            r"drawer)\b(?! (?:for|to|ready for|ready to) (?:post|posting|the post|sign|signing|collection|"
            r"you to sign))",
            Check.NEGATION,
        ),
        rule(
            # A day named as the day: "this friday is the day, everything is ready".
            "plan_with_time",
            HIGH,
            r"\b(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
            r"weekend)(?:'s| is| will be) the (?:day|night)(?=\s*$|[.,;\n])"  # not "the day!"
            r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)(?:'s| is) "
            r"when (?:i'm|i am|im) (?:doing it|going to do it|going)(?=\s*$|[.,;!\n])",
            Check.NEGATION,
        ),
        rule(
            "preparation",
            HIGH,
            r"\b(?:everything|everything's|it's all|it is all|all) (?:is )?(?:ready|in place|sorted|"
            r"arranged)"
            r"(?=\s*$|[.!,;\n]| now\b)",
            Check.NEGATION,
        ),
        rule(
            "preparation",
            HIGH,
            r"\b(?:(?:i'm|i am|im) at peace with (?:it|my decision|dying|death|this)\b|(?:i've|i have|i) "
            r"made (?:my )?peace(?: with (?:it|everything|it all|dying|death|my "
            r"decision|god|the world))?(?=$|[.!,;\n]| and\b))",
            Check.NEGATION,
        ),
        rule(
            "plan_with_time",
            IMMINENT,
            r"\b(?:(?:i'm |i am |i'll |i will |gonna |going to )?(?:do|doing) it (?:before (?:sunrise|"
            r"morning|dawn|midnight|the sun comes up)|tonight|today|now|"
            r"right now|tomorrow|this weekend|soon|in (?:an|a|\d+) (?:hour|minute|min)s?|at \d+)"
            r"|(?:it's|it is|it will be|it'll be|it'll all be|it will all be) (?:happening|over|done|all "
            r"over) (?:tonight|today|"
            r"soon|now|in (?:an|a|\d+) (?:hour|minute|min)s?|by morning)"
            r"|(?:tonight|today)(?:'s| is) the (?:night|day)|this is it\b|it's time\b|here goes"
            r"|(?:it|this|everything) (?:all )?ends (?:tonight|today|now|here)|i'm ready now"
            r"|(?:tomorrow|tmrw|tonight|tomorrow morning|tmrw morning) it happens"
            r"|(?:^|(?<=[.!?,\n])|(?<=[.!?,\n] ))plan(?:'s| is) set\b"
            r"|nothing (?:can|will) stop me)",
            Check.NEGATION,
            unless=ORDINARY_PROJECT,
        ),
        rule(
            # The time first: "in an hour it'll be done", "tonight ... I'm doing it." (not "I'm
            # doing it! the marathon"); a rule of its own, so its words gate it.
            "plan_with_time",
            IMMINENT,
            r"\bin (?:an|a|\d+|half an|one|two|three|five|ten|fifteen|twenty|thirty|a few|few) "
            r"(?:hour|minute|min)s? (?:it'll|it will|it's going to|everything(?:'ll| will)) (?:all )?be "
            r"(?:over|done)\b"
            r"|\b(?:tonight|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday))\b[^.!?\n]{0,40}?\bi(?:'m| am)(?: going to| gonna)? do(?:ing)? it(?=\s*(?:$|[.\n]))",
            Check.NEGATION,
        ),
        rule(
            # A time when nobody will see: "when everyone's asleep tonight".
            "preparation",
            HIGH,
            r"\b(?:when|once|after|as soon as|while) (?:everyone|everybody|they|she|he|(?:my |the )(?:\w+ )?(?:family|"
            r"parents|partner|wife|husband|flatmates?|roommates?|kids|children|mum|mom|dad))(?:'s|'re| is|"
            r" are| has| have)? (?:asleep|gone to (?:bed|sleep)|in bed|gone out|out|at (?:work|school|"
            r"(?:their|his|her|my|our) \w+'s)|away|"
            r"left|gone|leaves?|leave for (?:school|work)|at (?:the|a) \w+|go to (?:sleep|bed|school|work)|goes to "
            r"(?:sleep|bed|school|work|(?:her|his|their|my) \w+?'?s))\b",
            Check.NEGATION,
        ),
        rule(
            "plan",
            HIGH,
            r"\bi (?:have|'ve got|got|made|'ve made|came up with) (?:a |the )?plan\b(?! to (?:go|meet|see|visit))"
            r"|\bi (?:know|have decided|'ve decided|have figured out|'ve figured out|worked out) "
            r"(?:exactly )?(?:how|when|where)(?: i(?:'ll| will|'d| would| am going to|'m going to)"
            r"(?: do it)?)?(?=$|[,.;!?\n]| and\b| but\b)"
            r"|\b(?:going to|gonna|will|ready to|about to) go through with it\b"
            r"|\b(?:my|the) plan is (?:set|ready|made|done)|\b(?:picked|set|chose|chosen) (?:a|the) "
            r"(?:date|day|time|spot|place|method|bridge)\b|\bi've (?:decided|made up my mind)\b"
            r"|\b(?:bought|got|ordered|buying) (?:a |some |the )?(?:rope|gun|razor blades|blades|"
            r"charcoal|helium)\b|\bgiving away my (?:things|stuff)",
            Check.NEGATION,
            unless=HOBBY,
        ),
        *each_alone(
            # An unnamed "it" given its time: "it's happening this weekend", "That's when.", "by
            # then it'll be done", "Tonight I go", "picked friday to do it".
            "plan_with_time",
            HIGH,
            r"\b(?:it's|its|it is|it'll be|it will be) (?P<core>happening) (?:tonight|tomorrow|this "
            r"weekend|next week|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"|(?:^|(?<=[.!?] )|(?<=[.!?]))(?P<core>that'?s when)(?=\s*(?:$|[.!\n]))"
            r"|\bby then (?P<core>(?:it'?ll|it will) be (?:done|over)|i'?ll be gone|i will be gone)\b"
            r"|\b(?:i'?ll|i will) be (?P<core>gone by (?:then|morning|the morning|tomorrow|9|nine))\b"
            r"|\b(?:tonight|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday)) (?P<core>i (?:go|leave|end it))(?=\s*(?:$|[.!,;\n]))"
            r"|\b(?:picked|chose|chosen|set|decided on|fixed) (?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday|tonight|tomorrow|a day|the day|a date|the date) (?P<core>to do it|for it)\b"
            r"|\b(?:taking|take|swallowing|swallow|having) (?P<core>the lot|them all|all of them|the whole "
            r"lot) (?:tonight|tomorrow|today|later|this weekend|on \w+day)\b"
            r"|\b(?P<core>doing it|do it|end it|ending it) (?:as soon as|when|once|the moment|the minute) "
            r"i get (?:home|back|in)\b"
            r"|\b(?P<core>ready to go) (?:tonight|tomorrow|now|today|soon)\b"
            r"|\b(?P<core>(?:doing|do) it) on my (?:birthday|anniversary)\b"
            r"|\b(?:picked|set|chose|chosen) (?:my birthday|christmas|new year|(?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday)) (?P<core>as the (?:date|day))\b"
            r"|(?:^|(?<=[.!?,] )|(?<=[.!?,]))(?:i've |i have |ive )?(?P<core>already decided)(?=\s*(?:$|[.!\n]))"
            r"|\b(?P<core>(?:the )?note(?:'s| is) written)\b"
            r"|\b(?:tonight|today|tomorrow|sunday|saturday|friday) (?P<core>feels right)\b"
            r"|\b(?:an )?(?P<core>empty house) (?:on|this|tonight|tomorrow|at)\b"
            r"|\b(?P<core>driving there) (?:at dawn|tonight|tomorrow|at \d|in the morning)\b"
            r"|\b(?P<core>after (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|"
            r"tomorrow|next week))(?=\s*(?:[.!?\n]|$))"
            r"|\bwhen i go (?P<core>(?:next week|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)))\b"
            r"|\b(?:i'm|im|i am) (?P<core>going back) (?:there )?(?:tomorrow|tonight|later|on \w+day)\b"
            r"|\b(?:just )?(?P<core>waiting (?:till|until|for)) (?:sunday|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|tonight|tomorrow|the weekend|morning)\b"
            r"|\b(?P<core>(?:won't|wont|will not|don't|dont) (?:check|come|find me)) (?:till|until) (?:the )?"
            r"(?:morning|count|tomorrow)\b"
            r"|\b(?P<core>doing it) before (?:the |my )?(?:wife|husband|kids|family|mum|mom|dad|partner|he|she|"
            r"they)\b[^.!?\n]{0,15}?\b(?:gets?|comes?|are|is) (?:home|back)\b"
            r"|\b(?:i've |i have |ive )?(?P<core>got it all (?:worked out|planned|figured out|sorted))\b"
            # A time said alone: "Tonight. The letters are on the kitchen table."
            r"|(?:^|(?<=[.!?,] )|(?<=[.!?,]))(?P<core>tonight|tomorrow|this weekend|on (?:monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday) (?:night|morning)|next (?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|week|weekend))(?=\s*(?:[.!\n]|$))",
            Check.NEGATION,
        ),
        *each_alone(
            # Affairs put in order for the people left: passwords listed, papers laid out, debts and
            # contracts ended, a pet or the children placed, a funeral's music chosen.
            "preparation",
            HIGH,
            r"\btold (?:my |\w+ )?\w+ (?P<core>where (?:the|my) (?:keys|will|papers|insurance|passwords|"
            r"documents|deeds|bank (?:details|stuff|cards)|spare key))\b"
            r"|\b(?:written|wrote|writing) (?:down|out) (?P<core>who (?:should )?(?:gets?|has|have) what)\b"
            r"|\b(?:put|left|laid|leaving) (?:the |my )?(?:house )?(?P<core>(?:deeds|will|papers|"
            r"documents)) (?:and (?:the |my )?[\w ]{1,20} )?(?:on|in|by) (?:the|my) (?:kitchen )?"
            r"(?:table|desk|bed|side)\b"
            r"|\b(?P<core>paid off) (?:all )?(?:my |the )?(?:small |last |remaining |little )?(?:debts|loans|"
            r"credit cards?)\b"
            r"|\b(?:wrote|written|writing|left|leaving) (?:out |down )?(?:all )?my (?P<core>passwords|pins|"
            r"logins)\b"
            r"|\b(?:i have|i've got|ive got|got) (?P<core>enough) now(?=\s*(?:$|[.!\n]))"
            r"|\b(?P<core>(?:kept|held|put|set|saved|hid|hidden|stashed) (?:back|aside|away|up)) (?:a|one|two|"
            r"three|four|six|\d+) (?:weeks?|months?|fortnights?)(?:'s)? (?:of them|worth)\b"
            r"|\b(?P<core>cancell?(?:ed|ing)) (?:my |the |all my )?(?:phone (?:contract|plan)|contracts?|"
            r"subscriptions?|repeat prescriptions?|direct debits?)\b"
            r"|\b(?P<core>(?:found|finding) (?:a )?(?:new )?home for) (?:the|my) (?:cat|dog|pets?|rabbit|"
            r"birds?)\b"
            r"|\b(?:cat|dog|pets?|kids|children)(?:'s| is|'re| are) (?:going|staying) (?:to|with) (?:my |the "
            r"|our )?\w+\b[^.!?\n]{0,20}?\b(?P<core>if (?:anything|something) (?:happens|happened) to me)\b"
            r"|\basked (?:my )?\w+ to (?:take|look after|have|mind) my (?:cat|dog|kids|pets?|children)\b"
            r"[^.!?\n]{0,20}?\b(?P<core>if (?:anything|something) (?:happens|happened) to me)\b"
            r"|\b(?:made|making|picked|chose|chosen|sorted) (?:a |the |my )?(?P<core>(?:playlist|songs?|"
            r"music|hymns?|readings?) for (?:my|the) (?:funeral|memorial|wake))\b"
            r"|\b(?P<core>everything(?: is|'s) (?:ready|sorted|in order|arranged) for when i'?m gone)\b"
            r"|\bso (?:nobody|no one|no-one|they|she|he|my \w+) (?:is |are |isn't |aren't |won't be )?"
            r"(?P<core>(?:left|stuck) with) (?:any )?(?:bills|debts|the rent|a mess)\b"
            r"|\b(?:rent|bills) (?:is|are) (?P<core>covered) for (?:my \w+|them|her|him)\b"
            r"|\b(?P<core>paid (?:my |\w+ )?(?:mate|friend|brother|sister|mum|mom|dad|nan|gran|flatmate|"
            r"roommate) back)\b"
            r"|\bgave (?:her|him|them) (?:\w+ )?(?P<core>(?:hoodie|jumper|ring|stuff|things|key|keys)) back\b"
            r"|\band told (?:him|her|them) to (?P<core>take my (?:spot|place))\b"
            r"|\b(?:made sure|arranged for|sent) (?:the|my) (?P<core>(?:kids|children|boys|girls|son|"
            r"daughter)) (?:are|is|will be|to (?:stay|be)) (?:at|with)\b",
            Check.NEGATION,
        ),
        *each_alone(
            # Kept from those nearby: "didn't tell her why", "told her i needed a break", "i told my
            # wife i am fixing the hay loft. i am not."
            "preparation",
            HIGH,
            r"\b(?P<core>(?:didn't|did not|didnt) tell) (?:her|him|them|anyone|my \w+) why\b"
            r"|\btold (?:her|him|them|my \w+) (?P<core>i (?:needed|need) a break)\b"
            r"|\btold (?:my |\w+ )?\w+ (?:that )?i(?:'m| am| was) [^.!?\n]{3,40}[.,] ?(?P<core>i(?:'m| am)? "
            r"not)(?=\s*(?:$|[.!\n]))",
            Check.NONE,
        ),
        *each_alone(
            # A last word to someone, anyone: "just wanted to tell someone before", "sorry bot, you
            # were nice to me", "only turned it back on to tell you".
            "farewell",
            HIGH,
            r"\bjust (?P<core>want(?:ed)?(?: to)? (?:say (?:bye|goodbye|sorry|thank you|thanks)(?: to "
            r"(?:someone|somebody|anyone|you))?|tell (?:someone|somebody|anyone|you) (?:before|first)))\b"
            r"|\b(?:you|u) (?P<core>(?:were|have been|'ve been) (?:so |really |always |very )?(?:nice|kind|"
            r"good|lovely|sweet) to me)\b"
            r"|\bonly (?P<core>turned it (?:back )?on to tell you)\b|\b(?P<core>turned (?:my|the) phone "
            r"off)\b"
            r"|\b(?:thanks|thank you) for everything\b[^\n]{0,20}?\b(?P<core>love (?:you|u|ya) (?:forever|"
            r"always))\b"
            r"|\b(?P<core>sorry for everything)\b(?! (?:i said|i did|that happened|earlier|last night|"
            r"today|yesterday|at|in|about|with))"
            r"|\bthanks for (?P<core>(?:listening|being there|putting up with me|everything))(?: to me)? "
            r"(?:all (?:year|these months|this time|these years)|these (?:months|years|weeks)|this (?:year|"
            r"whole time))\b"
            r"|\b(?:i won't|i wont|i will not|won'?t) (?P<core>be (?:around|here)) for (?:the|my|our) "
            r"(?:final|game|match|season|exams?|results|wedding|party|holidays|christmas|birthday|"
            r"graduation|prom|formal)\b"
            r"|\bbefore i (?P<core>lose (?:my )?(?:nerve|courage))\b"
            r"|\b(?P<core>(?:wanted|want) (?:someone|somebody) to know where i'?ll be)\b"
            r"|\b(?:didn't|did not|didnt) want to go (?P<core>without (?:telling|saying goodbye to) "
            r"(?:someone|anyone|you))\b"
            r"|(?:^|(?<=[.!?,] )|(?<=[.!?,]))(?P<core>(?:i'm|im|i am) ready)(?=\s*(?:$|[.!\n]))"
            r"|(?:^|(?<=[.!?] )|(?<=[.!?]))(?:it's|it is|that's|this is) (?P<core>the last thing (?:i'm going to|"
            r"i'll|i will) (?:ever )?do)(?=\s*(?:$|[.!\n]))"
            r"|[,.;] ?(?P<core>(?:then )?(?:i'm|im|i am) done)(?=\s*(?:$|[.!\n]))"
            r"|\b(?:thank you|thanks) (?P<core>for everything)(?=\s*(?:[,.!\n]|$))"
            r"|\b(?:deleted|deleting) (?:all )?my (?:accounts|socials) and (?P<core>(?:sent|said|posted) my "
            r"goodbyes)\b",
            Check.NEGATION,
            unless=CASUAL_PARTING,
        ),
        *each_alone(
            # Means obtained or placed: pills taken from work "in my bag now", a loaded gun "in the
            # truck", a ladder and rope "in the barn already".
            "means_at_hand",
            HIGH,
            r"\b(?:took|taken|stole|nicked|pocketed|brought) (?:them|some|the \w+) (?:home )?from (?:the "
            r"|work|my work)?(?P<core>(?:ward|work|hospital|pharmacy|drug (?:cupboard|cabinet|trolley)|"
            r"ward cupboard))\b"
            r"|\b(?:they're|they are|it's|it is|all) (?P<core>in my (?:bag|pocket|locker|coat|car)) now\b"
            r"|\b(?P<core>(?:rifle|gun|shotgun|pistol|revolver|handgun))(?:'s| is) (?:loaded|ready|out)\b"
            r"|\b(?:rifle|gun|shotgun|pistol|revolver|handgun)\b[^\n]{0,60}?\b(?:i )?(?P<core>(?:took|got|brought) it "
            r"out)\b"
            r"|\b(?:put|left|keep|kept|got) the (?P<core>(?:rifle|gun|shotgun|pistol|revolver|handgun)) "
            r"(?:under|by|beside|next to) (?:the|my) bed\b"
            r"|\bthe (?:ladder|stool|chair) and (?:the )?(?P<core>rope) (?:are|is) (?:in|ready|set|already)\b"
            r"|\b(?:they're|they are|the (?:pills|tablets) are|pills are|tablets are) (?:all )?(?P<core>(?:counted|"
            r"lined|laid|set) (?:out|up))\b",
            Check.NEGATION,
            unless=HOBBY,
        ),
        *each_alone(
            # A place reached and waited at: "drove to the bridge, im parked there now".
            "place_of_risk",
            HIGH,
            r"\b(?:drove|driven|walked|went|came|cycled) (?:out )?(?:to|up to|down to) (?:the|a) "
            r"(?P<core>(?:bridge|cliffs?|tracks|railway|river|quarry|reservoir|back paddock|woods|edge))"
            r"\b(?![^.!?\n]{0,30}\b(?:for|with|to (?:see|watch|take|meet|walk))\b)"
            r"|\b(?:i'm|im|i am) (?P<core>(?:parked|sitting|standing|waiting)) (?:up )?there now\b"
            r"|\b(?:on|at) the platform\b[^.!?\n]{0,30}?\b(?P<core>waiting for the (?:express|fast|freight|"
            r"non-?stop)(?: train)?)\b"
            r"|(?:^|(?<=[.!?,] )|(?<=[.!?,]))(?P<core>not to (?:catch|get on|board) it)\b"
            r"|(?:\b(?:i'm|im|i am) |(?<=, )|(?<=,))(?P<core>not (?:going|coming|driving) (?:home|back))\b",
            Check.NEGATION,
            unless=SIGHTSEEING,
        ),
        *each_alone(
            # The pills given a day, belongings given out, an everyday purpose denied: "so it's all
            # sorted before I take my pills on Sunday", "giving my good china away", "not for
            # camping".
            "preparation",
            HIGH,
            r"\b(?:before|when|after) i (?P<core>(?:take|swallow) (?:my|the|all my|all the) (?:pills|"
            r"tablets|meds))\b[^.!?\n]{0,15}?\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday)|tonight|tomorrow|this weekend)\b"
            r"|\b(?:been )?(?P<core>giving) (?:all )?my [\w ]{2,40}? away\b"
            r"|\bso (?P<core>(?:it's|its|it is|everything's|everything is) all sorted) before i\b"
            r"|\bi (?P<core>know (?:exactly )?what (?:it's|it is|its|they're|they are) for)\b"
            r"|\bi (?P<core>know (?:exactly )?why i(?:'m| am)? (?:did|doing|do) (?:that|this|it))\b"
            r"|(?:^|(?<=[.!?,] )|(?<=[.!?,]))(?P<core>not for (?:camping|climbing|the garden|work|a project|diy|sailing|"
            r"the boat|towing|the dog|hiking|a swing|the car))(?=\s*(?:$|[.!\n]))",
            Check.NONE,
        ),
        *each_alone(
            # Signs told in passing, beside another: pills "on the nightstand", the kids "at their
            # dad's", a cover story taken back ("told the guy it was for home protection. It's
            # not."), "the other bottle I've got at home", the plan admitted to a clinician, letters
            # put "with the will", a eulogy written, "the date is Sunday", freight trains timed at
            # the crossing, "estou no alto do prédio" (up on the building).
            "preparation",
            HIGH,
            r"\b(?:the |my )?(?:pills|tablets|rope|gun|rifle|shotgun|pistol|blades?|razor|charcoal)(?: are| "
            r"is|'re|'s)? "
            r"(?P<core>(?:on|in|under) (?:the|my) (?:nightstand|bedside table|bedside cabinet|trunk|boot|"
            r"glovebox|glove box|truck|ute|van))\b"
            r"|(?<!when )(?<!once )(?<!while )(?<!after )(?<!until )(?<!till )\bthe (?:kids|children|boys|girls) "
            r"(?P<core>are (?:at|with) (?:their|my) (?:dad|mum|mom|father|"
            r"mother|nan|gran|grandma|grandparents|ex)\S*)"
            r"|\b(?:told|said to) (?:the |a |my )?\w+(?: \w+)? (?:at the \w+ )?(?:it was|it's|they were) for "
            r"[^.!?\n]{2,30}[.,] ?(?P<core>(?:it's|it is|they're|they are|it was|they were|that's) not)"
            r"(?=\s*(?:$|[.!\n]))"
            r"|\bthe (?P<core>other (?:bottle|box|packet|stash|supply)) (?:i've got|i have|i've|at home)\b"
            r"|\b(?P<core>admitted (?:the|my) plan)\b|\btold (?:my |the )?(?:psychiatrist|psych|therapist|"
            r"doctor|gp|nurse|crisis team|care coordinator) (?P<core>about (?:the|my) plan)(?=\s*(?:$|[.!,\n]))"
            r"|\b(?:changed|updated|rewrote|rewritten|made|redid) (?P<core>my will)\b"
            r"|\b(?P<core>checked (?:there (?:are|were) )?no cameras)\b"
            r"|\b(?:gave|given) (?:away )?my (?P<core>medals)\b"
            r"|\b(?:message|text|note) saying (?P<core>goodbye)\b"
            r"|\b(?P<core>an honou?r to serve) with\b"
            r"|\b(?:dog|cat|pets?) (?P<core>rehomed)\b"
            r"|\b(?P<core>a note) (?:to|on) the fridge\b"
            r"|\b(?P<core>got everything ready)\b(?! for (?:the|a|my|our|his|her) )"
            r"|\b(?P<core>(?:once|after|when) (?:i'm|i am) dead)\b"
            r"|\b(?P<core>asking for myself)(?=\s*(?:$|[.!?\n]))"
            r"|\b(?:told|telling) (?:them|her|him|the \w+) (?P<core>it'?s for good)\b"
            r"|\b(?:left|leaving) (?:a|the|my) (?:spare )?(?P<core>key) (?:under|with|for)\b"
            r"|\b(?:paid off|cleared) my (?P<core>overdraft)\b"
            r"|\b(?:my \w+|\w+) gets (?:the|my) \w+,? (?:and )?(?:my \w+|\w+|the \w+) (?P<core>gets|goes to)\b"
            r"|\b(?:it's|its|it is) all ready (?P<core>before i go)\b"
            r"|\b(?P<core>(?:my |our )?last (?:chat|conversation|talk)) with (?:anyone|anybody|you)\b"
            r"|\b(?:room|flat|hotel|suite) with the (?P<core>high balcony)\b"
            r"|\b(?:i have|i've got|ive got|got) a (?P<core>fridge full) of (?:it|them|insulin)\b"
            r"|\b(?:pay|pays|paid) out (?:if|when|for|on) (?:the death is ruled |it's |it is )?(?:a )?"
            r"(?P<core>suicide)\b"
            r"|\b(?:been )?(?P<core>collecting) (?:packets|boxes|strips|blister packs)\b"
            r"|\b(?:everything|it all) (?P<core>(?:tidy|sorted|in order)) by (?:the end of the (?:month|week)|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b"
            r"|\bmaking sure (?:my|the) (?:boys|girls|kids|children|family|wife|husband) (?:are|is) "
            r"(?P<core>(?:covered|looked after|provided for))\b"
            r"|\b(?:asking|asked) about (?:the|a) (?P<core>(?:bridge|building|tracks|cliff|car park|"
            r"multi-?storey|viaduct|reservoir))\b"
            r"|(?:^|(?<=[.!?] )|(?<=[.!?]))the (?P<core>top floor) of the (?:multi-?storey|car park|"
            r"building|tower)\b"
            r"|\b(?:debts?|loans?) (?P<core>die with me)\b"
            r"|\b(?:collecting|saving|hoarding|stockpiling|kept back|keeping back) (?:[a-z]+'s |my |the )?"
            r"(?:sleeping |heart |pain ?|blood pressure )?(?P<core>(?:tablets|pills|meds))\b"
            r"|\b(?:i'm|im|i am|i'll|ill|i will) (?P<core>taking them (?:myself|all myself))\b"
            r"|\b(?P<core>with (?:the|my) will)\b|\bmy (?P<core>will is (?:done|written|signed|sorted|"
            r"finished))\b|\b(?:the )?(?P<core>letters (?:are |have been )?written)\b(?![^.!?\n]{0,30}\b(?:post|"
            r"send|mail|deliver)\w*)"
            r"|\b(?:finished|wrote|written|writing) (?:the |my )?(?P<core>letters) (?:to|for) (?:both |all )?(?:my |"
            r"the )?(?:kids|children|family|husband|wife|partner|mum|mom|parents)\b"
            r"|\b(?:wrote|written|writing|finished) (?:my|her|his|their) own (?P<core>eulogy|obituary)\b"
            r"|\bthe (?P<core>date is) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|set|"
            r"tomorrow|tonight)\b"
            r"|\b(?P<core>timing) (?:the )?(?:freight |express |fast )?trains\b"
            r"|\b(?:driving|going|walking) to the (?:train |level |railway )?(?P<core>crossing) (?:every|each) "
            r"(?:night|day|evening)\b",
            Check.NEGATION,
        ),
        rule(
            # Portuguese, up on a building: "estou no alto do prédio" (its "no" is "on the").
            "place_of_risk",
            HIGH,
            r"\bestou no (?P<core>(?:alto|topo|terraço|terraco|telhado)) d[oa] (?:prédio|predio|edifício|"
            r"edificio|ponte|trabalho)\b",
            Check.NONE,
        ),
        rule(
            # Nothing needed after a day: "I won't need you after tonight" (the denial is the sign).
            "plan_with_time",
            HIGH,
            r"\b(?:won't|wont|will not) (?P<core>need (?:you|it|them|anything|any of (?:it|this))) (?:after|"
            r"past|beyond) (?:tonight|tomorrow|today|this week|the weekend|friday|saturday|sunday)\b",
            Check.NONE,
        ),
        rule(
            # "i've made my decision", beside another sign.
            "decision_made",
            HIGH,
            r"\b(?:i've|i have|ive) (?P<core>made (?:my|the|a) decision|decided)(?=\s*(?:$|[.!,\n]))",
            Check.NEGATION,
        ),
        *each_alone(
            # Walked through for real after rehearsing: "tonight I walked through it for real, up to
            # the last step".
            "preparation",
            HIGH,
            r"\b(?P<core>(?:walked|went|gone|stepped) through it) for real\b|\bup to the (?P<core>(?:last|"
            r"final) step)\b|\b(?P<core>rehearsed it) (?:in my head|a (?:hundred|thousand|million) "
            r"times|so many times|over and over)\b",
            Check.NEGATION,
        ),
        *each_alone(
            # Messages timed to arrive after: "scheduled an email to my therapist for 9am tomorrow".
            "goodbye_message",
            HIGH,
            r"\b(?P<core>(?:set up|scheduled|scheduling|timed)) (?:an? |the |some )?(?:emails?|messages?|"
            r"texts?|posts?)\b[^.!?\n]{0,40}?\b(?:tomorrow|tonight|at \d|for \d|in the morning|on (?:monday|"
            r"tuesday|wednesday|thursday|friday|saturday|sunday))\b",
            Check.NEGATION,
        ),
    )
)
