"""Physical symptoms, named with short canonical phrases ("chest tight", "headache").

Each label keeps the word people search for ("sleep", "breath", "heart"), so a chart or a
summary can group "couldn't sleep" with "barely slept". Crying is emotional, not physical:
it belongs to the mood lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from bot.understanding.offline.text import Doc, literal_alternation, word_pattern
from bot.vocabulary import MoodState

_CANT = r"(?:can'?t|cannot|can not|couldn'?t|could not|unable to|struggl\w* to|barely|hardly)"
_BODY = r"(?:hands?|fingers?|arms?|legs?|feet|foot|face|lips|toes|body)"
# what the chest is said to bear: "an elephant sitting on my chest", "like a ton of bricks"
_HEAVY_THING = r"(?:elephants?|bricks?|weights?|rocks?|boulders?|anvils?|tons? of bricks)"
_TENSE_PART = r"(?:shoulders?|neck|muscles|body|back)"
_GONE_TENSE = (
    r"(?:(?:go|goes|went|gone|turn|turns|turned|feel|feels|felt)\s+)?(?:(?:so|really|all)\s+)?"
    r"(?:tense|tight|stiff|rigid|locked up|seized up|in (?:knots|a knot)|like (?:stone|a rock|rock|iron|steel|a board|a plank))"
)
# limbs and joints that throb or ache: "knees throbbing", "aching hips" (label, pattern)
_PAINFUL_PARTS = (
    ("knee", r"knees?"),
    ("hip", r"hips?"),
    ("ankle", r"ankles?"),
    ("foot", r"(?:feet|foot)"),
    ("wrist", r"wrists?"),
    ("hand", r"hands?"),
    ("leg", r"legs?"),
    ("shoulder", r"shoulders?"),
    ("elbow", r"elbows?"),
)
# the writer's own limb: "my knees", "knees throbbing" opening a clause (not "Margaret's knee")
_OWN = r"(?:(?<=\bmy )|(?<=\bme )|(?<=\bboth )|(?<=^)|(?<=[,.;!?] )|(?<=\band ))"
_SO = r"(?:(?:so|really|very|super|a bit|kinda|all|getting|got|gone|going|goes|went|is|are|was|were|has been|have been|been|feels?|felt|keeps?|kept|started|won'?t stop)\s+)*"

# "hart pounding": the heart misspelt, where a heartbeat verb follows
_HEART = r"(?:heart|hart)"

# "anxious and sick", "nervous n sick", "shaky & sick": sick after a feeling word (by its
# ending: -ous, -ed, -y, and the typo'd -os), not "my son is home and sick"
_SICK_BESIDE_A_FEELING = (
    "(?:"
    + "|".join(
        f"(?<={ending} {joint} )"
        for ending in ("ous", "ed", "y", "os")
        for joint in ("and", "n", "&")
    )
    + ")"
)

# label -> pattern; earlier rows win where two overlap.
_SYMPTOMS: tuple[tuple[str, str], ...] = (
    (
        "chest tight",
        rf"tight(?:ness)?\s+(?:in\s+)?(?:my\s+|the\s+)?chest|chest\s+{_SO}(?:tight\w*|heavy|constricted|(?:under\s+)?pressure)|pressure (?:in|on) (?:my |the )?chest|chest pressure|weight on (?:my )?chest|heavy chest|"
        rf"chest\s+{_SO}(?:like\s+)?(?:there'?s\s+|there is\s+|someone'?s\s+|something'?s\s+)?(?:an?\s+|a ton of\s+)?{_HEAVY_THING}\s+(?:(?:is|was)\s+)?(?:sitting|sat|standing|stood|on|crushing|pressing|squeezing)|"
        rf"{_HEAVY_THING}(?:'s)?\s+(?:(?:is|was)\s+)?(?:sitting|sat|standing|stood|pressing|crushing)?\s*on (?:my |the )?chest|"
        r"chest (?:is |was )?(?:caving in|being crushed|in a vi[cs]e)",
    ),
    ("chest pain", r"chest\s+(?:pains?|hurts?|hurting|aches?|aching)|pains? in (?:my )?chest"),
    (
        "headache",
        rf"headaches?|head\s*ache|head\s+{_SO}(?:pounding|throbbing|hurts?|hurting|aching|splitting|killing me|banging|thumping|(?:like it'?s |like its )?(?:going to|gonna|about to|ready to) (?:explode|burst|split))|banging head|(?:pounding|splitting|throbbing|sore) head",
    ),
    ("migraine", r"migraines?"),
    (
        "shaky hands",
        rf"(?:shaky|shaking|trembling|trembly|jittery)\s+hands?|hands?\s+{_SO}(?:shaking|shaky|shook|trembling)",
    ),
    ("trembling", r"trembl\w*|tremors?"),
    ("shaking", r"shaking|shaky|the shakes|shakes"),
    (
        "racing heart",
        rf"racing heart|{_HEART}\s+{_SO}(?:racing|going a mile a minute|beating (?:so |really |very )?fast|beating out of my chest|going crazy|going nuts|going like mad|going (?:mental|wild|haywire|berserk|insane|mad|like the clappers|(?:ten|nineteen) to the dozen|\d+ ?mph)|won'?t slow down|wouldn'?t slow down)|heart ?rate (?:is |was )?(?:up|high|through the roof)|(?:fast|rapid) heart ?(?:beat|rate)|tachycardia",
    ),
    (
        "heart pounding",
        rf"(?:pounding|thumping|hammering) heart|{_HEART}\s+{_SO}(?:pounding|thumping|hammering|thudding)|"
        rf"{_HEART}\s+{_SO}(?:going|beating|thumping|banging|pounding|hammering) like (?:a |the )?(?:drum|drums|hammer|train|jackhammer|bass drum)|"
        # the heart felt high up, beating: "heart in my throat", "heart in my mouth"
        r"heart (?:is |was |right |up |practically )*in my (?:throat|mouth)",
    ),
    (
        "palpitations",
        r"palpitations?|heart palps|palps|heart (?:skipping|skipped|fluttering|flutters)",
    ),
    (
        "can't breathe",
        rf"{_CANT}\s+(?:to\s+)?breathe?|trouble breathing|difficulty breathing|(?:couldn'?t|can'?t) get (?:enough )?air|gasping for (?:air|breath)",
    ),
    (
        "short of breath",
        r"short(?:ness)? of breath|breathless|out of breath|(?:can'?t|couldn'?t) catch my breath|hard to breathe|shallow breath\w*|breathing (?:fast|hard|heavily|is shallow)",
    ),
    ("hyperventilating", r"hyperventilat\w*"),
    ("nausea|upset stomach", r"sick to (?:my|the) (?:stomach|tummy|gut)"),
    (
        "nausea",
        r"nause\w*|nausious|nautious|naseous|queasy|(?:feel|feeling|feelin|felt|feels)\s+(?:so |really |very |a bit |kinda |physically |super )?sick(?!\s+of)|sick to my stomach|(?:want|wanted|going|about|gonna|need) (?:to )?(?:throw up|puke|vomit|be sick)|wanna (?:throw up|puke|vomit)|like (?:i'?m going to|i'?m gonna) (?:throw up|puke|be sick)|sick feeling|dry heav\w*|gagging|"
        rf"{_SICK_BESIDE_A_FEELING}sick(?=\s*(?:[,.;:!?]|$|\s+(?:to|about|over|and|n|think|cos|because|with)\b))",
    ),
    ("vomiting", r"vomit(?:ed|ing)?|threw up|throwing up|puk(?:ed|ing)"),
    ("cold sweat", r"cold sweats?"),
    (
        "clammy hands",
        rf"(?:hands?|palms?|fingers)\s+{_SO}(?:(?:cold|wet|sweaty|damp)\s+(?:and|&|n)\s+)?clammy|"
        r"clammy (?:hands?|palms?|fingers)",
    ),
    (
        "sweaty palms",
        rf"(?:sweaty|sweating|damp|wet) (?:hands|palms)|(?:hands|palms)\s+{_SO}(?:sweaty|sweating|damp)",
    ),
    ("sweating", r"sweat(?:ing|y|s)?|clammy|drenched"),
    (
        "exhausted",
        r"exhausted|exhaustion|exausted|exhuasted|exhasted|wiped out|worn out|knackered|shattered|zonked|dead on my feet|running on empty",
    ),
    (
        "drained",
        r"drained|draining",
    ),
    (
        "heavy legs",
        r"heavy legs|legs (?:feel |feels |felt |are |were |so |really )*(?:like (?:lead|concrete|"
        r"bricks)|made of (?:lead|concrete)|heavy as lead|heavy)",
    ),
    (
        "fatigue",
        r"fatigue|fatigued|lethargic|lethargy|sluggish|heavy limbs|limbs (?:feel )?heavy|"
        r"(?:legs|arms|limbs|body|whole body) (?:feel |feels |felt |are |is |was |were )?(?:like (?:lead|concrete)|made of (?:lead|concrete)|heavy as lead)",
    ),
    (
        "tired",
        r"tired(?!\s+of)|sleepy|drowsy|groggy|(?:can'?t|couldn'?t|cannot|struggling to) keep my eyes open",
    ),
    (
        "low energy",
        r"(?:no|low|zero|zero)\s+energy|energy\s+(?:is\s+)?(?:low|gone|zero|non-?existent)",
    ),
    (
        "couldn't sleep",
        rf"(?:{_CANT}|didn'?t|did not|haven'?t|have not|hasn'?t|not)\s+(?:get to\s+|fall\s+|go to\s+|stay\s+|get any\s+|really\s+)?(?:sleep|slept|asleep)|no sleep|(?:up|awake) (?:all|most of the) night|sleepless|tossing and turning|kept waking up|waking up (?:constantly|all night|every hour)|woke up (?:every hour|multiple times|several times|constantly|loads)",
    ),
    ("insomnia", r"insomnia|insomniac|insomia|insomnea"),
    (
        "early waking",
        r"early (?:morning )?wak(?:ing|ening)s?|wak(?:ing|e) up (?:too |really |so |very )?early|"
        r"woke (?:up )?(?:at [1-5](?:am)?|too early|really early|so early|very early)",
    ),
    (
        "poor sleep",
        r"slept\s+(?:so\s+|really\s+|very\s+)?(?:badly|poorly|terribly|awfully|horribly|like (?:crap|shit|garbage))|(?:bad|poor|terrible|awful|broken|crap|shit|restless|crappy|shitty|patchy)\s+(?:night'?s\s+)?sleep",
    ),
    ("nightmares", r"nightmares?|night terrors?|bad dreams?"),
    (
        "oversleeping",
        r"overslept|oversleeping|sleeping too much|slept all day|slept (?:for )?(?:1[2-9]|2\d) hours|hypersomnia",
    ),
    (
        "dizzy",
        r"dizz\w*|dizy|diziness|light ?-?headed\w*|woozy|vertigo|(?:room|head) (?:is |was |keeps )?spinning",
    ),
    (
        "faint",
        r"feel(?:ing)? faint|fainted|fainting|passed out|nearly passed out|almost passed out",
    ),
    (
        "stomach in knots",
        r"(?:stomach|gut|tummy) (?:is |was )?(?:in|tied in|all in) knots|knots? in my (?:stomach|gut|tummy)",
    ),
    (
        "stomach ache",
        rf"(?:stomach|tummy|belly) ?aches?|(?:stomach|tummy|belly|gut)\s+{_SO}(?:pains?|cramps?|cramping|hurts?|hurting|killing me|aching)|stomach cramps|pains? in my (?:stomach|tummy|belly)",
    ),
    (
        "upset stomach",
        r"upset (?:stomach|tummy)|(?:stomach|tummy|gut) (?:is |was )?(?:upset|churning|turning|in a mess)|churning (?:stomach|gut)|"
        rf"(?:stomach|tummy|gut)\s+{_SO}(?:doing|did|does|in)\s+(?:flips|somersaults|backflips|cartwheels|flip-?flops|loops)|"
        r"(?:stomach|tummy|gut) (?:dropped|drops|flipped|flipping|lurched|lurching|turned over|turning over)|(?:pit|bottom) of my (?:stomach|tummy|gut)|gut-?wrench\w*",
    ),
    ("butterflies", r"butterflies"),
    (
        "jaw clenching",
        r"clench\w* (?:my )?(?:jaw|teeth)|jaw (?:is |was )?(?:clench\w*|tight|locked|aching|sore)|grinding (?:my )?teeth|teeth grinding|bruxism|"
        r"(?:tight|clenched|sore) jaw",
    ),
    ("stiff neck|tense shoulders", rf"neck\s+(?:and|&|n)\s+shoulders?\s+{_SO}{_GONE_TENSE}"),
    (
        "muscle tension",
        rf"(?:muscle|physical|body) tension|tense (?:muscles|shoulders|neck|body)|(?:{_TENSE_PART}\s+(?:and|&|n)\s+)?{_TENSE_PART}\s+{_SO}(?:(?:go|goes|went|gone|turn|turns|turned|feel|feels|felt)\s+)?(?:(?:so|really|all)\s+)?(?:tense|tight|stiff|rigid|locked up|seized up|in (?:knots|a knot)|like (?:stone|a rock|rock|iron|steel|a board|a plank))|tension in (?:my )?(?:shoulders|neck|body|muscles|back)|tensed up",
    ),
    ("tingling", r"(?<!on )pins and needles|tingl\w*"),
    ("skin crawling", r"skin (?:is |was |keeps |started )?crawling|crawling skin"),
    (
        "jelly legs",
        r"jelly legs|(?:legs?|knees?)\s+(?:(?:like|are|were|went|turned|gone|feel|felt|to|all|turning)\s+){1,3}jelly|"
        r"(?:wobbly|shaky|weak) (?:legs|knees)|(?:legs|knees) (?:are |were |went |feel |felt )?(?:all )?(?:wobbly|weak|gave way|buckling)",
    ),
    (
        "tense shoulders",
        r"shoulders (?:are |were |up |all |hunched |right |practically )*(?:up )?(?:round|around|by|to|near|at) my ears|"
        r"(?:hunched|raised) shoulders|shoulders (?:are |were )?hunched",
    ),
    ("numbness", rf"(?:my\s+)?{_BODY}\s+{_SO}(?:numb|went numb|going numb)|numb\s+{_BODY}"),
    ("hot flushes", r"hot (?:flush|flash)(?:es)?|flushed|burning up"),
    (
        "chills",
        r"chills|shivering|shivers|shivery|teeth (?:are |were |keep |kept )?chattering|chattering teeth",
    ),
    (
        "throat tight",
        r"lump in (?:my )?throat|throat (?:is |feels |felt |was )?(?:so )?(?:tight|closing(?: up)?|closed(?: up)?|swelling up|swollen shut)|tight throat|choking|(?:can'?t|couldn'?t|cannot) swallow",
    ),
    (
        "body aches",
        r"body (?:aches?|is aching|hurts)|(?:feel|feeling|felt|feels) like (?:i'?ve been |i was |i got |i'?d been |i have been )?(?:hit|run over) by a (?:bus|truck|train|lorry|car)|aching body|everything (?:aches|hurts)|aches and pains|achy|muscle aches?|sore muscles|"
        r"(?:my\s+)?(?:muscles|joints|limbs|bones) (?:ache|aches|aching|hurt|hurts|are sore)",
    ),
    (
        "no appetite",
        r"no appetite|lost (?:my )?appetite|loss of appetite|not hungry|(?:can'?t|couldn'?t|cannot) eat|haven'?t eaten|appetites? (?:is |'s )?(?:gone|zero|non-?existent)|off my food",
    ),
    ("overeating", r"over-?eating|ate too much|stress eating|comfort eating|eating everything"),
    ("dry mouth", r"dry mouth|mouth (?:is |so )?dry|cotton mouth"),
    ("blurred vision", r"blurr?(?:ed|y) vision|vision (?:is |went |was )?blurr?(?:ed|y)"),
    ("restless legs", r"restless legs?"),
    ("twitching", r"twitch(?:ing|y|es)|eye twitch"),
    ("back pain", r"back (?:pain|ache|hurts|(?:is )?killing me)|backache|sore back"),
    *(
        (
            f"{part} pain",
            rf"{_OWN}{parts}\s+{_SO}(?:throbbing|throb|aching|ache|aches|hurting|hurts?|killing me|"
            r"burning|on fire|screaming|swollen|sore|playing up|flaring(?: up)?)|"
            rf"(?:throbbing|aching|achy|sore|swollen|painful|burning) {parts}|"
            rf"pain (?:in|down) (?:my |both )?(?:\w+ )?{parts}|{parts} pain",
        )
        for part, parts in _PAINFUL_PARTS
    ),
    ("neck pain", r"neck (?:pain|ache|hurts)|stiff neck|sore neck"),
    (
        "weight gain",
        r"weight gain|gained (?:\w+ )?weight|put(?:ting)? on (?:(?:so much|a lot of|loads of) )?weight|"
        r"(?:(?:put|putting|piled) on|gained|gaining) (?:\d+(?:\.\d+)?|a|two|three|four|five|ten) ?"
        r"(?:kg|kgs|kilos?|lbs?|pounds?|stone|st)\b",
    ),
    (
        "hair loss",
        r"hair (?:is |'s |has been |keeps |started )?(?:falling out|coming out|thinning)|"
        r"(?:losing|lost) (?:my |clumps of (?:my )?)?hair|hair loss|thinning hair",
    ),
    ("rash", r"rash|hives|itchy skin"),
    ("diarrhoea", r"diarrh?o?ea|the runs"),
    ("constipation", r"constipat\w*"),
    (
        "needing the toilet",
        r"(?:keep|keeps|kept|constantly|always|forever) (?:needing|running to|going to|dashing to|rushing to|having to go to|having to run to) the (?:loo|toilet|bathroom|restroom|lav)",
    ),
    (
        "joint pain",
        rf"(?:arthritis|joints?|rheumatism|gout|fibro|fibromyalgia)\s+{_SO}(?:flaring(?: up)?|flared(?: up)?|playing up|acting up)|"
        r"(?:arthritis|fibro|fibromyalgia|gout) (?:flare|flare-up|flareup)s?|joint pain|(?:sore|aching|swollen|stiff) joints",
    ),
    ("tinnitus", r"tinnitus|ringing in (?:my )?ears|ears (?:are |were )?ringing"),
    ("heartburn", r"heartburn|acid reflux"),
    ("fever", r"fever|feverish|high temperature"),
)
# Literal pieces that every match of a row contains: one cheap scan finds which rows can match,
# so a message without any body words costs a single regex pass.
_STEMS: dict[str, str] = {
    "chest tight": "chest",
    "chest pain": "chest",
    "headache": "head",
    "migraine": "migraine",
    "shaky hands": "hand",
    "trembling": "trembl tremor",
    "shaking": "shak",
    "racing heart": "heart hart tachycardia",
    "heart pounding": "heart hart",
    "palpitations": "palp heart",
    "can't breathe": "breath air",
    "short of breath": "breath",
    "hyperventilating": "hypervent",
    "nausea|upset stomach": "sick",
    "nausea": "nause nausi naut nase queasy sick throw puke vomit heav gagging",
    "vomiting": "vomit threw throwing puk",
    "cold sweat": "sweat",
    "sweating": "sweat clammy drenched",
    "exhausted": "exhaust exaust exhuast exhast wiped worn knackered shattered zonked dead empty",
    "drained": "drain",
    "fatigue": "fatigue letharg sluggish limbs lead concrete",
    "tired": "tired sleepy drowsy groggy eyes",
    "low energy": "energy",
    "couldn't sleep": "sleep slept asleep night tossing waking woke",
    "insomnia": "insomn insomia",
    "early waking": "wak woke",
    "poor sleep": "slept sleep",
    "nightmares": "nightmare terror dream",
    "oversleeping": "overslept oversleeping sleep slept hypersomnia",
    "dizzy": "dizz dizy headed woozy vertigo spinning",
    "faint": "faint passed",
    "stomach in knots": "knots",
    "stomach ache": "stomach tummy belly gut",
    "upset stomach": "stomach tummy gut",
    "butterflies": "butterflies",
    "jaw clenching": "clench jaw grinding teeth bruxism",
    "stiff neck|tense shoulders": "neck",
    "muscle tension": "tension tense tight stiff rigid locked seized knot stone rock iron steel board plank",
    "tingling": "needles tingl",
    "skin crawling": "crawl",
    "jelly legs": "jelly leg knee",
    "tense shoulders": "shoulder",
    "numbness": "numb",
    "hot flushes": "hot flushed burning",
    "chills": "chill shiver chatter",
    "throat tight": "throat chok swallow",
    "body aches": "ache aching hurts hurt achy sore hit run",
    "no appetite": "appetite hungry eat food",
    "overeating": "eating ate",
    "dry mouth": "dry mouth",
    "blurred vision": "blur vision",
    "restless legs": "restless",
    "twitching": "twitch",
    "back pain": "back",
    "knee pain": "knee",
    "hip pain": "hip",
    "ankle pain": "ankle",
    "foot pain": "feet foot",
    "wrist pain": "wrist",
    "hand pain": "hand",
    "leg pain": "leg",
    "shoulder pain": "shoulder",
    "elbow pain": "elbow",
    "clammy hands": "clammy",
    "sweaty palms": "palm hand",
    "heavy legs": "leg",
    "neck pain": "neck",
    "weight gain": "weight kg kilo lb pound stone",
    "hair loss": "hair",
    "rash": "rash hives itchy",
    "diarrhoea": "diarrh runs",
    "constipation": "constipat",
    "needing the toilet": "loo toilet bathroom restroom lav",
    "joint pain": "arthritis joint rheumatism gout fibro",
    "tinnitus": "tinnitus ringing",
    "heartburn": "heartburn reflux",
    "fever": "fever temperature",
}
_ROWS = tuple((label, word_pattern(pattern)) for label, pattern in _SYMPTOMS)
_ROWS_BY_STEM: dict[str, list[int]] = {}
for _row, (_label, _) in enumerate(_SYMPTOMS):
    for _stem in _STEMS[_label].split():
        _ROWS_BY_STEM.setdefault(_stem, []).append(_row)
for _stem, _rows in list(_ROWS_BY_STEM.items()):
    # the stem scan takes the longest stem at a position: "throwing" must also wake the rows
    # listed under "throw"
    for _inner, _inner_rows in list(_ROWS_BY_STEM.items()):
        if _inner != _stem and _inner in _stem:
            _rows.extend(row for row in _inner_rows if row not in _rows)
_STEM = re.compile(literal_alternation(_ROWS_BY_STEM))


# The body's alarm: with no mood word at all, these describe anxiety ("shaking, heart racing"),
# and several of the sharpest together describe panic.
_ALARM = frozenset(
    {
        "chest tight",
        "shaky hands",
        "trembling",
        "shaking",
        "racing heart",
        "heart pounding",
        "palpitations",
        "can't breathe",
        "short of breath",
        "hyperventilating",
        "cold sweat",
        "clammy hands",
        "sweaty palms",
        "sweating",
        "stomach in knots",
        "butterflies",
        "throat tight",
    }
)
_PANIC = frozenset(
    {"can't breathe", "hyperventilating", "racing heart", "heart pounding", "chest tight"}
)


def implied_state(labels: list[str]) -> MoodState | None:
    """The state a set of symptoms implies when the writer names none."""
    alarm = [label for label in labels if label in _ALARM]
    if not alarm:
        return None
    return "panicked" if sum(label in _PANIC for label in alarm) >= 2 else "anxious"


# "head's pounding", "chest's tight": read as "head pounding"; the spans are mapped back.
_BODY_IS = re.compile(
    r"\b(?:head|heart|chest|stomach|tummy|gut|throat|jaw|neck|back|body|skin|mouth|vision|"
    r"breathing|hands?|legs?|knees?|hips?|ankles?|foot|wrists?|shoulders?|elbows?)(?='s\s)"
)


def _without_body_is(low: str) -> tuple[str, list[int]]:
    """The text with the "'s" after body words dropped, and where (in it) each drop was."""
    if "'s" not in low:
        return low, []
    parts: list[str] = []
    drops: list[int] = []
    taken = 0
    for match in _BODY_IS.finditer(low):
        parts.append(low[taken : match.end()])
        taken = match.end() + 2
        drops.append(match.end() - 2 * len(drops))
    parts.append(low[taken:])
    return "".join(parts), drops


def find_symptoms(doc: Doc) -> tuple[list[str], list[tuple[int, int]]]:
    """The symptom labels in the message, in order, and the character spans they cover."""
    low, drops = _without_body_is(doc.low)
    rows = {row for stem in set(_STEM.findall(low)) for row in _ROWS_BY_STEM[stem]}
    if not rows:
        return [], []
    found = sorted(
        (match.start(), row, match.end()) for row in rows for match in _ROWS[row][1].finditer(low)
    )
    if drops:
        found = [
            (start + 2 * bisect_right(drops, start), row, end + 2 * bisect_left(drops, end))
            for start, row, end in found
        ]
    labels: list[str] = []
    spans: list[tuple[int, int]] = []
    covered_to = -1
    for start, row, end in found:
        if start < covered_to:
            continue  # overlaps an earlier (or higher-priority) symptom
        covered_to = end
        spans.append((start, end))
        for label in _ROWS[row][0].split("|"):  # "nausea|upset stomach": one phrase, two labels
            if label not in labels:
                labels.append(label)
    return labels, spans
