"""Self-harm: urges, acts, and wounds that need medical care."""

from __future__ import annotations

import re

from bot.crisis.phrases import (
    BARE_CUT,
    GAP,
    HIGH,
    INTENT,
    MEDICAL_TIMING,
    MODERATE,
    SELF_HARM_SELF,
    SELF_HARM_SH,
    SELF_HARM_TIMING,
    THINK,
    USUAL,
    WANT,
    WISH,
)
from bot.crisis.rule import Check, Innocent, RuleSet, each_alone, rule

SELF_HARM_RULES = RuleSet(
    (
        *each_alone(
            # A blade on oneself: "thinking about using one on myself", "holding the blade".
            "self_harm_urge",
            MODERATE,
            r"\b(?:thinking about|think about|want to|wanna|tempted to|urge to) (?P<core>us(?:e|ing)) "
            r"(?:one|it|them|a knife|the knife|a blade|the blade|a razor|the razor) on myself\b"
            r"|\b(?:also |still |just |i'm |im )?holding (?P<core>the (?:blade|razor))\b"
            # One thought only: "all i can think about is grabbing a blade".
            r"|\ball i (?:can|could) think (?:about|of) is (?P<core>(?:grabbing|getting|using|finding|picking "
            r"up|holding)) (?:a|the|my) (?:blade|razor|knife|lighter|sharpener)\b",
            USUAL,
        ),
        *each_alone(
            # Self-made wounds gone bad: "the cuts from last night look infected"; another's harm,
            # then the writer's: "my sister cuts and lately I've been doing it too".
            "self_harm_act",
            MODERATE,
            r"\b(?:the |my )?(?P<core>cuts|burns|wounds)\b[^.!?\n]{0,30}?\b(?:look|looks|are|is|got|getting|"
            r"gone|went) (?:really |a bit |kinda )?(?:infected|septic|oozing|red and hot|swollen and hot)\b"
            r"|\b(?:cuts|self[- ]harms|burns (?:herself|himself|themselves)|hurts (?:herself|himself|"
            r"themselves))\b[^.!?\n]{0,40}?\b(?:and |but )?(?:lately |recently |now )?(?P<core>i(?:'ve| have)? "
            r"(?:been doing|started doing|do) it too)\b"
            r"|\b(?:did |i )?(?P<core>scratch(?:ed)?) my (?:arms|legs|wrists|skin|thighs|stomach) (?:up|raw|"
            r"open|to bits|to shreds)\b"
            r"|\b(?:blade|razor|knife|sharpener)\b[^.!?\n]{0,40}?\b(?:want|wanna|really want|realy want|need|"
            r"tempted) to (?P<core>use it)\b"
            r"|\b(?:blade|razor|knife|sharpener|scissors)\b[^.!?\n]{0,50}?\bto use on (?P<core>myself)\b"
            r"|\b(?:me and|i and) (?:the|my) (?P<core>(?:blade|razor))\b"
            r"|\b(?:razor|blade)\b[^.!?\n]{0,60}?\bi (?P<core>used it)\b"
            r"|\b(?P<core>(?:take apart|taking apart|break open|breaking open|snap|snapping|unscrew|unscrewing)) "
            r"(?:the |a |my )?(?:pencil )?sharpener\b"
            r"|\b(?P<core>craving) (?:the feeling of )?(?:a |the |my )?(?:razor|blade|cutting|burning|the sting)\b"
            r"|\b(?:need|want|crave|craving|wanna) to (?P<core>feel) (?:the sting of )?(?:a |the |my )?(?:razor|blade)\b"
            r"|\bitching to (?P<core>(?:slice|cut|burn|sh))(?: (?:again|myself|tonight))?(?=\s*(?:$|[.!,\n]))"
            r"|\b(?:i'll|ill|i will|gonna|going to) (?:just )?(?P<core>cut) (?:a little|a bit|again|tonight)\b"
            r"|\b(?P<core>scratch(?:ed)? up) my (?:arms?|legs?|thighs?|wrists?|skin|stomach|forearms?)\b"
            r"|\b(?P<core>carv(?:e|ed|ing)) (?:a |the |an |some |my |his |her )?(?:\w+ )?(?:word|words|letters?|"
            r"names?|initials?|x|lines?|numbers?) into my (?:arms?|forearms?|thighs?|skin|wrists?|legs?|"
            r"stomach|hips?)\b"
            r"|\b(?P<core>broke) (?:my )?(?:\d+|[a-z]+)[- ]?(?:days?|weeks?|months?)(?: clean| free| streak)? "
            r"(?:clean )?(?:from|of) (?:sh|self[- ]?harm|cutting)\b",
            Check.NEGATION | Check.ACCIDENT | Check.HISTORY,
        ),
        rule(
            # Stopped, but for one time that is the act: "I don't self harm anymore, well, except last
            # night" (the denial is the act's own frame).
            "self_harm_act",
            MODERATE,
            r"\b(?:self[- ]?harm(?:ing)?|sh|cut(?:ting)?|hurt(?:ing)? myself) (?:anymore|any more)\b[^.!?\n]{0,15}?"
            r"\b(?P<core>except|apart from|other than|besides|bar) (?:for )?(?:last night|yesterday|today|"
            r"tonight|this morning|earlier|once|twice|the other day|this week|on \w+day)\b",
            Check.NONE,
        ),
        rule(
            # A hurt made for its purpose: "slammed my hand in the door to make the feelings stop"
            # (the purpose says it was no accident, whatever the door).
            "self_harm_act",
            MODERATE,
            r"\b(?:slammed|hit|punched|banged|burned|burnt) my (?:hand|head|fist|arm|fingers?) [^.!?\n]{0,30}?"
            r"\bto (?P<core>(?:make (?:the|it|my) (?:feelings?|pain|noise|thoughts) stop|feel something|punish "
            r"myself))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Cutting on the mind all the time: "thinking about cutting non stop".
            "self_harm_urge",
            MODERATE,
            r"\bthinking (?:about|of) (?P<core>cutting|burning myself|hurting myself|sh)\b (?:non[- ]?stop|"
            r"constantly|all the time|all day|every day|so much)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # One harm for another: "I've been cutting instead of drinking".
            "self_harm_act",
            MODERATE,
            r"\b(?:i've been|i have been|been|started|i'm|im) (?P<core>cutting|burning myself|scratching "
            r"myself|hurting myself) (?:instead|again)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        *each_alone(
            # Hurt to stop something: "punched the wall till my knuckles split, the only thing that
            # stops the flashbacks"; "scratched myself with a paperclip".
            "self_harm_act",
            MODERATE,
            r"\b(?:punched|hit|smashed) (?:the |a )?(?:\w+ )?wall\b[^.!?\n]{0,30}?\b(?:till|until) (?:my )?"
            r"(?P<core>knuckles (?:split|bled|cracked|broke))\b"
            r"|\b(?P<core>scratched|scratching|cut|cutting|stabbed|stabbing) myself with (?:a|the|my) "
            r"(?:paperclip|pin|needle|compass|pen|pencil|staple|safety pin|key|nail|fork)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Stitches said with a number: "the cuts on my wrist needed 14 stitches".
            "self_harm_medical",
            HIGH,
            # Cuts in the places self-harm leaves them, not "the cut on my hand from the fence".
            r"\b(?:the |my )?(?:cuts|(?:cut|wound)s? on my (?:wrists?|arms?|forearms?|thighs?|legs?|stomach))\b"
            r"[^.!?\n]{0,30}?\b(?P<core>needed|had|got|required) (?:\d+|a few|some|lots of|"
            r"loads of|\w+) stitches\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
        ),
        rule(
            # Old wounds reopened to feel: "reopening my old scars so I can feel something".
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>reopen(?:ing|ed|s)?|re-open(?:ing|ed)?|open(?:ing|ed)? up|pick(?:ing|ed)? at) (?:my )?"
            r"(?:old )?(?:scars|cuts|wounds|scabs)\b[^.!?\n]{0,30}?\b(?:so (?:i can|that i can|i could) feel|to "
            r"feel|on purpose|deliberately)\b",
            Check.NEGATION | Check.SUBJECT,  # old scars reopened now are no past
        ),
        rule(
            # Carving into the body: "i carved into my leg".
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>carv(?:ed|ing|e)) (?:into |words into |something into )?my (?:arm|arms|leg|legs|"
            r"skin|thigh|thighs|wrist|wrists|stomach|hip|hips|chest)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Self-harm named as a verb: "i keep sh-ing and hiding it".
            "self_harm_act",
            MODERATE,
            r"\b(?:keep|kept|been|still|started|i) (?P<core>sh[- ]?(?:ing|ed|'?d))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        *each_alone(
            # Care needed, then owned: "it did need eight stitches ... I did it to myself".
            "self_harm_medical",
            HIGH,
            r"\b(?:stitches|stitched|glued|steri-?strips|a&e|the er|hospital|walk-in)\b[^\n]{0,80}?\b(?P<core>i "
            r"did (?:it|this|that) to myself)\b|\b(?P<core>i did (?:it|this|that) to myself)\b[^\n]{0,60}?"
            r"\b(?:stitches|stitched|glued|steri-?strips)\b",
            Check.NEGATION | Check.HISTORY,
        ),
        rule(
            # Blades bought for it: "bought new blades to cut with".
            "self_harm_urge",
            MODERATE,
            r"\b(?:bought|got|ordered|buying|have|hid|hidden|keep) (?:some |new |fresh |a pack of |a box of )?"
            r"(?P<core>blades|razors?|razor blades)\b (?:to|for) (?:cut|cutting|sh|self[- ]harm\w*|use on "
            r"myself)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # A clean streak broken: "I stopped cutting for a year but I did it again last night".
            "self_harm_act",
            MODERATE,
            r"\b(?:stopped|quit|clean from|hadn't|haven't|had not|have not) (?:cutting|self[- ]harm\w*|sh|"
            r"burning)\b[^\n]{0,40}?\bbut (?:i )?(?P<core>did it again|relapsed|slipped|did it|started "
            r"again|went back to it)\b",
            Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # The act owned bare: "I'm not suicidal, but I did cut last night".
            "self_harm_act",
            MODERATE,
            r"\bi (?:did|have|had|just|actually) (?P<core>cut|sh'?d|self[- ]harmed|burned myself|burnt "
            r"myself)(?=\s*(?:$|[.!,;\n]| (?:last night|again|today|yesterday|earlier|this morning|"
            r"tonight|this week)))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
        ),
        rule(
            # An urge to self-harm back after a clean time: "haven't cut since school but the
            # urge came back tonight".
            "self_harm_urge",
            MODERATE,
            r"\b(?:cut|cutting|self[- ]harm\w*|sh|burn\w*)\b[^\n]{0,60}?\b(?P<core>urges? (?:came|come|is|"
            r"are|has come|have come|coming|has been coming) back|urges? (?:is|are) back)\b",
            Check.SUBJECT,
        ),
        rule(
            # The act named after "did it again": "did it again. the cutting".
            "self_harm_act",
            MODERATE,
            r"\b(?:did|done) it again\b[^\n]{0,10}?\b(?P<core>the (?:cutting|burning|self[- ]harm\w*|"
            r"sh|scratching|hitting myself))\b(?! of\b)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        *each_alone(
            # Objects or household poisons swallowed: a medical emergency, whatever the reason.
            "self_harm_medical",
            HIGH,
            r"\b(?:swallowed|swallowing|ate|eaten|eating) (?:some |a |an |the |two |three |a few |several |"
            r"\d+ |a load of |loads of |a bunch of |a handful of |lots of |a couple of |some of the |my )?(?P<core>(?:button )?batter(?:y|ies)|broken glass|glass|razor ?blades?|blades?|"
            r"bleach|detergent|(?:laundry |tide |washing )?pods?|nails|screws|magnets|pins|needles|"
            r"coins)\b"
            r"|\b(?:drank|drunk|drinking|swallowed|downed) (?:some |a |the |half (?:a|the) )?(?:bottle "
            r"of |cup of |glass of )?(?P<core>bleach|detergent|antifreeze|drain cleaner|washing[- ]up "
            r"liquid|weed ?killer|bath cleaner|toilet cleaner)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.MISTAKE,
        ),
        rule(
            # A self-made wound gone bad or a head hurt: "the cut I gave myself is hot and swollen
            # and I'm feverish", "banged my head on purpose, now throwing up".
            "self_harm_medical",
            HIGH,
            r"\b(?:gave myself|cut myself|burn(?:ed|t) myself|hurt myself|on purpose|deliberately|"
            r"self[- ]harm\w*|sh (?:wounds?|cuts?)|my cuts|the cuts? i (?:made|did)|the cuts? on my|i cut|i burned|"
            r"i burnt)\b[^\n]{0,80}?\b(?P<core>blister\w*|(?:skin|flesh) (?:is |was |keeps |has |had )?(?:coming|"
            r"came|come|peeling|peeled|falling|fell|hanging) off|white and leathery|leathery|hot(?:,)? (?:and )?swollen|"
            r"swollen(?:,)? (?:and )?(?:hot|red|oozing|angry)|oozing|pus\b|red streaks|feverish|"
            r"(?:a|running a) (?:fever|temperature)|throwing up|vomiting|(?:blurry|blurred|double) "
            r"vision|vision (?:is |went |gone |'s )?(?:blurry|blurred|double|weird|funny)|won't stop "
            r"bleeding|gaping|see (?:the )?(?:fat|bone|tendon)|see something white|(?:something )?white under "
            r"the skin)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Walls hit on purpose: "punching walls until my knuckles bruise, on purpose".
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>punch(?:ed|ing)?|hit(?:ting)?|slamm?(?:ed|ing)?|bang(?:ed|ing)?|smash(?:ed|ing)?) "
            r"(?:the |a )?(?:walls?|doors?|my (?:fists?|hands?|head) (?:into|against|on) (?:the |a )?"
            r"(?:walls?|doors?))\b[^.!?\n]{0,50}?\b(?:on purpose|deliberately|to hurt myself|to feel "
            r"(?:something|pain))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # The community's words for cuts and their depth: "arms all barcode", "down to beans",
            # "cat scratches" made on oneself; "styro" deep needs a doctor.
            "self_harm_act",
            MODERATE,
            r"\b(?:arms?|legs?|thighs?|wrists?|skin|stomach|hips?) (?:is |are |look |looks |"
            r"like )?(?:all |a |full |such a )?(?P<core>barcoded?)\b|\bbarcode (?:arms?|legs?|thighs?)\b"
            r"|\b(?:went|go|going|gone|got|get|getting|hit|hitting|reached|cut|cutting|down) (?:down )?"
            r"(?:to|into) (?:the )?(?:beans|dermis|fat layer)\b|\b(?:beans|dermis) deep\b"
            r"|\b(?:did|doing|do|made|making|gave myself|done) (?:some |a few |more |a couple of )?cat "
            r"scratches\b"
            r"|\bpunish(?:ed|ing)? myself (?:with|by) (?:the |a |my )?(?:belt|blade|razor|lighter|knife|"
            r"cuts?|cutting|burning|burns|hitting|scratching|starving)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Wounds made light of: "it's nothing, just a few cuts on my arm", "only scratched
            # myself a little".
            "self_harm_act",
            MODERATE,
            r"\b(?:just|only) (?:a (?:few|couple of) |some |a little |a bit of )?(?:new |fresh |small )?"
            r"(?P<core>cuts|burns) (?:on|across|along) my (?:arms?|wrists?|thighs?|legs?|"
            r"stomach|hips?|skin)\b"
            r"|\b(?:only |just )?(?:scratched|scratching|clawed|clawing) (?:at )?myself\b",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            "self_harm_medical",
            HIGH,
            r"\b(?:went|go|going|gone|got|get|getting|hit|hitting|reached|cut|cutting|down) (?:down )?"
            r"(?:to|into) (?P<core>styro(?:foam)?|stryo|the bone|bone)\b|\b(?:styro(?:foam)?|stryo|bone) "
            r"deep\b|\bwent styro\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            timing=MEDICAL_TIMING,
        ),
        rule(
            # A blade got ready: a sharpener taken apart, blades hidden away.
            "self_harm_urge",
            MODERATE,
            r"\b(?:took|taking|take|broke|breaking|got|getting|smashed) (?:the |a |my )?(?:pencil )?"
            r"(?P<core>sharpener) apart\b(?! (?:to (?:clean|fix|repair|get the (?:pencil|lead))))"
            r"|\b(?:took|taking|got|getting) (?:the )?blades? out of (?:a |the |my )?(?:pencil )?"
            r"(?:sharpener|razor|disposable)"
            r"|\b(?:hid|hidden|hiding|stashed|stash|stashing) (?:the |my |some |a |new )?(?:razor "
            r"blades|blades|razors|a blade|a razor)\b(?! (?:from (?:my|the|our) (?:kids|son|daughter|"
            r"children|toddler|baby|dog)|somewhere safe|away from (?:me|myself)))",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            soon=HIGH,
        ),
        rule(
            # A long clean run ended, or an old act done again: "was 5 years clean from self harm
            # until tonight", "last night I did it again for the first time in years".
            "self_harm_act",
            MODERATE,
            r"\bclean (?:from|of|off) (?:self[- ]?harm(?:ing)?|sh|cutting|self[- ]injury)\b[^.!?\n]{0,20}?"
            r"\buntil (?P<core>tonight|today|last night|yesterday|this (?:morning|week|evening))\b"
            r"|\b(?:did it|cut|self[- ]harmed|hurt myself|relapsed) again\b[^.!?\n]{0,30}?\bfor the "
            r"first time in\b",
            Check.SUBJECT,  # "clean from" reads as a denial; here it is the run that ended
        ),
        rule(
            # Cutting that will not stop, a blade that calls: "cant stop cutting tonight", "the
            # razor is calling me".
            "self_harm_urge",
            MODERATE,
            r"\b(?:can't|cannot|cant) stop (?P<core>cutting|burning myself|hurting myself)(?=\s*(?:$|[.!,;\n]|"
            r"tonight|today|right now|again|lately))"
            r"|\b(?:the |my )?(?:razor|blade|blades|knife|scissors)(?:'s| is| are| keeps?) calling "
            r"(?:me|my name|to me)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            unless=Innocent(re.compile(r"\b(?:shav\w*|beard|legs|stubble|trim\w*|haircut)\b")),
            soon=HIGH,
        ),
        rule(
            # Tending the wounds: "cleaned up the cuts, they're not too deep".
            "self_harm_act",
            MODERATE,
            r"\b(?:clean(?:ed|ing)?(?: up)?|bandag(?:ed|ing)|dress(?:ed|ing)|steri-?strip(?:ped)?|"
            r"cover(?:ed|ing)(?: up)?|hid(?:e|ing)?|hiding) (?:the |my )?(?:fresh |new |latest )?"
            r"(?P<core>cuts|wounds|burns)\b(?! (?:from|after|on (?:my|the) (?:finger|hand|knee)))",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Euphemisms: "did the thing on my arm again", "my thighs are a mess, had to use the
            # blade".
            "self_harm_act",
            MODERATE,
            r"\b(?:did|done|doing|do) (?:the thing|that thing) (?:on|to) my (?P<core>arms?|wrists?|"
            r"thighs?|legs?|stomach|hips?|skin)\b"
            r"|\bmy (?:arms?|wrists?|thighs?|legs?|stomach|hips?) (?:are|is|look|looks) (?:such )?"
            r"(?:a (?:mess|state)|cut up|shredded|wrecked|covered in cuts)\b[^\n]{0,40}?\b(?:"
            r"blade|razor|sharpener|cutting)\b",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            "self_harm_medical",
            HIGH,
            r"\b(?P<core>cut (?:too |really |very |so |way |pretty |quite |fairly |super )?deep(?:ly|er)?\b(?! (?:from|off|track|"
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
            timing=MEDICAL_TIMING,
        ),
        rule(
            "self_harm_urge",
            MODERATE,
            rf"\b(?:{WANT}|{THINK}|{WISH}|{INTENT}|itch to|craving) {GAP}"
            rf"(?P<core>{SELF_HARM_SELF}|{BARE_CUT}|self[ -]?harm|burn (?:my|myself)|hurt myself|"
            r"bleed\b(?! (?:the|my|our) (?:radiators?|brakes?|brake lines?|system|pipes?|heating))|see "
            r"(?:my own )?blood|feel (?:physical )?pain\b|(?:the|my) (?:blade|razor)\b)",
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
            rf"\b(?P<core>{SELF_HARM_SELF}|{SELF_HARM_SH}|(?:gave in|caved|gave up fighting)(?: to (?:the |"
            rf"my )?(?:urges?|it))? and (?:i )?{BARE_CUT}|(?:been|started|start|keep|kept|went back to|"
            rf"back to|relaps(?:e|ed|ing)(?: on| into| to)?|am|i'm) {BARE_CUT}|cutting again|"
            r"relaps(?:e|ed|ing)\b(?! (?:prevention|plan|signs|signature|risk|group|meeting|session|workbook|indicators?))"
            r"(?! (?:on|into|with|to|of) (?:the |my )?(?:drinking|drink|alcohol|booze|smoking|"
            r"cigarettes|vaping|weed|drugs|cocaine|gambling|depression|mania|hypomania|an episode|a "
            r"diet|my diet|the diet|sugar|junk food|fast food|ice cream|carbs|snacks|caffeine|coffee|"
            r"depressive|bulimia|binge|porn|my ed|my eating disorder|old habits|psychosis|nail biting|"
            r"skin picking|prevention|plan))(?![^.!?\n]{0,25}?\b(?:cigarettes?|smok\w*|drinks?|drank|"
            r"beers?|wine|vodka|vape|vaping|joint|weed|coke|cocaine|bets?|gambl\w*|binged?|cake|sober|"
            r"chocolate|takeaway|pints?)\b))",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.QUESTION | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            "self_harm_act",
            MODERATE,
            # Fists against walls and doors, with the harm that says it was no accident and no
            # figure of speech (heads against walls are in SELF_HARM_SELF).
            r"\b(?P<core>(?:punch|hit|bang|bash|slam|smash)(?:ed|ing|es|s|ting|med|ming)? (?:the |a |"
            r"my )?(?:walls?|doors?|mirrors?))\b[^.!?\n]{0,40}?(?:(?:until|till|til|to the point|so "
            r"hard)(?: that| where)? (?:(?:it|they|i|my (?:knuckles|hands?|fists?|skin|fingers)) )?"
            r"(?:bled|bleeds?|bleeding|was bleeding|were bleeding|bruised|swelled)|(?:my )?(?:knuckles|"
            r"hands?|fists?) (?:are |were )?(?:bleeding|bloody|bled|split open|busted)|(?:until|till|til|so "
            r"hard)(?: that)? (?:i )?(?:broke my (?:knuckles|hand|fingers|fist)|my (?:knuckles|hands?|"
            r"fingers|fists?) (?:broke|cracked|split))|to punish myself|to feel (?:something|pain)|"
            r"because i deserved? it)",
            Check.NEGATION | Check.SUBJECT | Check.ACCIDENT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # A relapse told without the word for it: "did it again last night, the cutting", "was
            # 200 days self harm free and I blew it", a streak broken beside a wounded arm.
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>(?:did|done) it again)\b[^.!?\n]{0,25}?\b(?:the )?(?:cutting|burning|self[ -]?"
            r"harm(?:ing)?|sh)\b(?! (?:of|the|grass|hair|wood|board|paper))"
            r"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)(?: \w+)? "
            r"(?:days?|weeks?|months?|years?) (?:of )?(?:being )?(?:sh|self[ -]?harm|cutting|cut)[ -]?"
            r"(?:free|clean)\b[^.!?\n]{0,30}?\b(?:blew it|broke it|ruined it|messed (?:it )?up|"
            r"relapsed|slipped|lost it|threw it (?:all )?away|it's gone|reset)\b"
            r"|\bbroke (?:my )?(?:sh|self[ -]?harm|clean|cutting) streak\b"
            r"|\b(?:clean|sh|self[ -]?harm|cutting)[ -]streak (?:is |got |just )?(?:broken|over|gone|reset|ended)\b(?=[^\n]{0,80}?"
            r"\b(?:arms?|wrists?|thighs?|legs?|skin)(?:'s| is| are) (?:a (?:bloody )?mess|covered in "
            r"(?:cuts|blood|scratches)|(?:all )?cut up|bleeding)\b)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Harm to the body on purpose: "punched the wall on purpose so my hand would hurt".
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>(?:punch|hit|bang|bash|slam|smash)(?:ed|ing|es|s|ting|med|ming)? (?:my (?:fists?|"
            r"hands?|head) (?:into|against|on) )?(?:the |a |my )?(?:walls?|doors?|mirrors?))\b[^.!?\n]{0,20}?"
            r"\b(?:on purpose|deliberately|to hurt myself|so (?:it|my \w+) (?:would|will|'d) hurt)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            "self_harm_urge",
            MODERATE,
            r"\b(?:so close to|about to|nearly|almost|trying not to|trying so hard not to|resisting|"
            r"can't stop myself from) (?P<core>(?:grab|get|pick|reach|us)(?:e|bing|ing|ting)?"
            r"(?: up| for)? (?:the|a|my) (?:blades?|razors?|razor blades?|box cutter|sharpener blade))\b"
            r"(?! (?:for|of|from|to) )",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
        ),
        rule(
            # Any injury done to oneself on purpose: burning an arm on the hob, nails dug in until
            # they drew blood, hair pulled or a face slapped as punishment, biting, bruising.
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>(?:burn(?:ed|t|ing|s)?|cut(?:ting|s)?|hit(?:ting|s)?|punch(?:ed|ing|es)?|"
            r"slap(?:ped|ping|s)?|scratch(?:ed|ing|es)?|bit|bite|bites|biting|bruis(?:ed|ing|e)|dug|dig(?:ging|s)?|"
            r"hurt(?:ing|s)?|stab(?:bed|bing)?|pinch(?:ed|ing)?) (?:myself|my "
            r"(?:own )?(?:arms?|wrists?|legs?|thighs?|hands?|face|skin|head|hair|stomach|body|fingers?|"
            r"knuckles|chest|neck|scalp|(?:finger)?nails|lips?|cheeks?))|pull(?:ed|ing|s)? (?:out my (?:own )?"
            r"hair|my (?:own )?hair out))\b[^.!?\n]{0,60}?\b(?:on "
            r"purpose|deliberately|intentionally|to punish (?:myself|my body|me)|as (?:a )?punishment|"
            r"because i deserved? (?:it|to)|until (?:it|they|i) (?:bled|drew blood|bruised)|drew blood|"
            r"hard enough to (?:bruise|bleed|leave a mark|draw blood)|(?:(?:really |so |as )?hard "
            r"(?:as i can )?)?(?:when|whenever|every time) i (?:mess up|screw up|fail|hate myself|make a "
            r"mistake|get (?:it|something|things) wrong|feel (?:bad|stupid|worthless|useless)|made a mistake|"
            r"messed up|screwed up|failed))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Food refused or brought up as a punishment: "haven't eaten in three days on purpose, I
            # deserve to be hungry", "made myself throw up ... to punish my body".
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>starv(?:e|ed|ing) (?:myself|my body)|(?:haven't|have not|hasn't|not) eaten|"
            r"made myself (?:throw up|sick|vomit)|skipp(?:ed|ing) (?:meals|breakfast|lunch|dinner))\b"
            r"[^\n]{0,100}?\b(?:to punish|as (?:a )?punishment|punish(?:ing)? (?:myself|my body|me)|"
            r"deserve (?:to be hungry|to starve|to suffer|it|the pain))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Wounds owned up to: "told her it was the oven but I did them myself", "a cut that's
            # quite deep? I did it to myself an hour ago".
            "self_harm_act",
            MODERATE,
            r"\b(?:cut|cuts|burns?|wounds?|marks|bruises|scratches|gash)\b[^\n]{0,30}?\b(?:arms?|wrists?|"
            r"legs?|thighs?|hands?|skin|stomach|body|hips?|deep)\b[^\n]{0,60}?\b(?P<core>i did "
            r"(?:it|them|this|these|that)(?: to)? myself)\b",
            Check.HISTORY,  # "aren't from cooking" before it denies the other story, not this
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Urges at their strongest beside a means or the act's name: "haven't self harmed in
            # months but tonight the urges are stronger than ever and I have a blade".
            "self_harm_urge",
            MODERATE,
            r"\b(?:self[ -]?harm(?:ed|ing)?|sh|cut(?:ting)?|blades?|razors?)\b[^\n]{0,80}?\b(?P<core>"
            r"(?:the |my )?urges?) (?:are|is|have been|were|are getting|'re) (?:so |really |getting )?"
            r"(?:stronger|worse|louder|unbearable|overwhelming|really strong|so strong|out of control|"
            r"back)\b",
            Check.NEGATION | Check.SUBJECT,
        ),
        rule(
            # A clean time ended: "three years clean from cutting but I did it again last night".
            "self_harm_act",
            MODERATE,
            r"\b(?:clean|free) (?:from|of) (?:cutting|self[ -]?harm(?:ing)?|sh|burning)\b[^\n]{0,40}?"
            r"\b(?:but|and) (?:i )?(?P<core>did it again|relapsed|slipped|cut again|broke (?:it|my streak))\b",
            Check.SUBJECT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Wounds told of without the act: "the cuts from yesterday are still open", "three new cuts
            # this week, hiding them under long sleeves", "Cut after the argument with Mum".
            "self_harm_act",
            MODERATE,
            r"\b(?:the |my )?(?P<core>cuts|burns)\b[^\n]{0,30}?\b(?:are|is|meant to|supposed to)(?: still)? "
            r"(?:be )?(?:still )?(?:open|bleeding|"
            r"gaping|infected)\b"
            r"|\b(?:new|fresh|more) (?:cuts|burns|scratches|marks|wounds)\b(?! of)[^\n]{0,60}?\b(?:hid(?:e|ing)|"
            r"cover(?:ing)?) (?:them|it)\b"
            r"|(?:^|[.!?]\s*)(?:i )?cut (?:again|after (?:the|a|my|our|that)|last night|tonight|this morning|"
            r"yesterday)\b(?![^.!?\n]{0,40}\b(?:hair|fringe|bangs|beard|grass|hedge|lawn)\b)",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            # Old wounds opened, a blade held back from: "reopened my old cuts on purpose", "holding
            # the blade right now trying not to use it".
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>re-?open(?:ed|ing|s)? (?:my |the )?(?:old )?(?:cuts|scars|scabs))\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY,
            timing=SELF_HARM_TIMING,
        ),
        rule(
            "self_harm_urge",
            MODERATE,
            r"\b(?:blade|razor|knife|lighter|scissors)\b[^\n]{0,40}?\b(?P<core>trying (?:so hard |hard |really "
            r"hard )?not to (?:use it|use them|cut(?=\s*$|[.!,;\n]| myself| again| tonight)|do it|act on "
            r"it))",
            Check.SUBJECT,
        ),
        *each_alone(
            # Self-harm in its other forms: hitting, biting, burning, digging nails in, pulling
            # hair out, starving on purpose, headbanging, a clean streak broken.
            "self_harm_act",
            MODERATE,
            r"\b(?P<core>(?:punch\w*|hit\w*|slap\w*|beat\w*)) (?:walls and )?(?:my own|myself in the) "
            r"(?:thighs?|legs?|arms?|face|head|stomach|chest)\b"
            r"|\b(?P<core>(?:bit|bite|biting|bitten)) (?:my|myself on the) (?:own )?(?:arms?|hands?|"
            r"wrists?|fingers?|thighs?)\b[^.!?\n]{0,40}?\b(?:marks?|bleed\w*|blood|bruis\w*|hard enough|"
            r"until|till|to feel|on purpose|purple|so hard (?:it|that it|i) (?:bled|bleeds|bruised|left|broke))\b"
            r"|\bpull(?:ed|ing)? out (?:so much|all (?:this|that)|loads of|chunks of|clumps of)? ?(?:my )?"
            r"hair\b[^.!?\n]{0,60}?\bpunish"
            r"|\b(?P<core>scratch\w*) (?:my \w+ |myself )?raw\b(?![^.!?\n]{0,30}\b(?:ivy|rash|eczema|"
            r"itch\w*|bites?|mosquito\w*|hives|chicken ?pox|allerg\w*))"
            r"|\b(?:blades?|razors?)\b[^\n]{0,60}?\b(?P<core>used) (?:them|it) on my (?:arms?|wrists?|legs?|"
            r"thighs?|skin|stomach)\b"
            r"|\b(?P<core>picking) (?:at )?my skin\b[^.!?\n]{0,30}?\b(?:on purpose|till it bleeds|until it "
            r"bleeds)\b"
            r"|\blong sleeves\b[^.!?\n]{0,40}?\bso (?:no one|nobody|noone|people don't|they don't) "
            r"(?:asks?|sees?|notices?|can see)\b(?![^.!?\n]{0,30}\b(?:tattoo|sunburn|rash|eczema|tan|"
            r"psoriasis|surprise|reveal))"
            r"|\b(?P<core>press(?:ing|ed)?) on (?:the|my) bruises\b[^.!?\n]{0,30}?\b(?:hurt (?:more|"
            r"worse)|on purpose|to feel)"
            r"|\b(?P<core>i) did (?:it|this|that) to myself\b(?=[^\n]{0,80}?\b(?:stitch\w*|glued|a&e|er|"
            r"hospital|cut|burn\w*|arm|wrist|leg))"
            r"|\b(?:stitch\w*|glued)\b[^\n]{0,60}?\b(?P<core>i) did (?:it|this|that) to myself\b"
            r"|\b(?P<core>(?:pressed|held|put|pushing|pressing|press)) (?:a |the )?(?:hot |heated |lit )?"
            r"(?:spoon|lighter|cigarette|iron|knife|metal|match|curling iron|straighteners|coin|key) "
            r"(?:to|on|against|into) my (?:skin|arms?|thighs?|legs?|wrists?|hands?|stomach|belly)\b"
            r"|\b(?P<core>burn(?:ed|t|ing)?) (?:my \w+|myself) (?:again )?with (?:a |the |my )?(?:lighter|"
            r"cigarette|match(?:es)?|hot spoon|candle)\b"
            r"|\b(?P<core>(?:dig|digging|dug|dig)) my (?:finger)?nails (?:in|into)\b[^.!?\n]{0,30}?"
            r"\b(?:bleed\w*|blood|marks|skin)\b"
            r"|\b(?P<core>scratch\w*) (?:myself |my \w+ )?(?:till|until) (?:it |i )?bleed\w*"
            r"|\b(?P<core>pull(?:ed|ing)?) (?:out )?(?:a chunk of |chunks of |clumps of )?my (?:own )?hair"
            r"(?: out)?\b[^.!?\n]{0,40}?\b(?:to (?:make|stop|feel)|punish\w*|until|till)\b"
            r"|\b(?P<core>(?:haven't|havent|have not|didn't|didnt|not) eat(?:en)?)\b[^.!?\n]{0,30}?(?<!not )\bon "
            r"purpose\b|\b(?:don't|dont|do not) deserve (?:food|to eat)\b|\bstarv(?:ing|ed|e) myself\b"
            r"|\b(?P<core>head ?bang(?:ed|ing)?) (?:the |against the |into the |on the )?(?:wall|floor|door)\b"
            r"|\bhead ?bang(?:ed|ing) again\b(?![^.!?\n]{0,40}\b(?:gig|concert|song|music|band|metal|"
            r"mosh\w*)\b)"
            r"|\b(?:my )?(?:clean|sh[- ]free|self[- ]harm[- ]free) (?:streak|time|days)\b[^.!?\n]{0,20}?"
            r"\b(?:is |are |got )?(?:dead|gone|over|broken|ruined|reset|ended|back to (?:zero|0|day one))\b"
            r"[^\n]{0,40}?\b(?:cut|burn\w*|hurt|relapse\w*|sh)\b",
            Check.NEGATION | Check.SUBJECT | Check.HISTORY | Check.ACCIDENT,
            timing=SELF_HARM_TIMING,
        ),
        *each_alone(
            # Urges to hurt oneself told by what they would do: "fighting the urge to punch the
            # wall until my knuckles break", "urge to swallow everything in the medicine drawer".
            "self_harm_urge",
            MODERATE,
            r"\b(?P<core>urges?) to (?:punch|hit|smash) (?:the |a )?wall (?:until|till) my (?:knuckles|hands?|"
            r"fists?) (?:break|bleed|crack)\b"
            r"|\b(?P<core>urges?) to (?:swallow|take|down) (?:everything|all (?:of )?(?:the|my) \w+|the "
            r"(?:whole|lot))\b",
            Check.SUBJECT | Check.HISTORY,
        ),
    )
)
