"""Words people use for how they feel, mapped onto the canonical mood states.

The taxonomy's synonym lists (bot/vocabulary/mood_taxonomy.yaml) are the seed; this module
extends them with everyday phrasing and slang. Canonical state names never change here.

A phrase marked ``~`` is *weak*: common outside talk about feelings ("low battery", "a good
friend", "calmed down"), so it only counts as a mood where the sentence frames it as one
("feeling low", "I'm good", "low today") or where it opens a clause ("low again."). ``~~``
marks words that do not even open a clause as a mood ("well, ...", "ok so ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from bot.understanding.offline.phrases import PhraseMatcher
from bot.vocabulary import MoodState, taxonomy

TermKind = Literal["state", "relief", "intensifier", "less", "more", "anymore"]


@dataclass(frozen=True, slots=True)
class MoodTerm:
    kind: TermKind
    state: MoodState | None = None
    weak: int = 0  # 0 strong, 1 needs a mood frame or a clause start, 2 needs a mood frame
    agitation: bool = False  # restlessness: with a depressive state it makes a mixed state
    cue: bool = False  # a behaviour that implies the state rather than a name for it
    level: int = 0  # intensifiers: the 1-10 intensity they imply


_STATE_PHRASES: dict[MoodState, str] = {
    "depressed": """
        depressed|depression|depressive|depressing|hopeless|hopelessness|worthless|despair|
        despairing|despondent|miserable|misery|dark place|in a dark place|in a hole|in a pit|
        dark hole|black hole|rock bottom|hit rock bottom|whats the point|no point|pointless|
        ~useless|like a failure|such a failure|defeated|~~broken|bleak|desolate|suicidal|
        self loathing|hate myself|unmotivated|no motivation|zero motivation|cant be bothered|
        giving up|given up|cant go on|in the pits|~sinking|dark thoughts|dark cloud|black cloud|
        deep depression|depressed af|want to disappear|wanna disappear|low mood|
        feel like a burden|such a burden|a burden|no joy|cant enjoy anything|everything is grey|
        self hatred|self hate|lost all hope|no hope|cant see a way out|no way out|
        depressive episode|sunk into depression|dragging myself|whats the point anymore|
        black dog|the black dog|suicidal thoughts|suicidal ideation|dysthymic|dysthymia|psychomotor retardation|wish i wasnt here|dont want to exist|no point getting up|cant be bothered with anything|dark thoughts again|
        ~grey|~gray|everything is gray|
        everything is black|everything feels black|everything is dark|everything feels dark|
        want to die|wanna die|wish i was dead|wish i were dead|dont want to be here|dont want to live|no reason to live|better off dead|better off without me|end it all|kill myself""",
    "sad": """
        sad|sadness|~down|~low|felt this low|feel this low|feeling this low|been this low|~blue|tearful|teary|weepy|crying|cried|cry|sobbing|sobbed|
        in tears|tears|heartbroken|heart broken|lonely|loneliness|~alone|~isolated|grieving|
        grief|mourning|gloomy|~heavy|heavy heart|crashed|crashing|unhappy|upset|hurting|
        disappointed|let down|gutted|bummed|bummed out|down in the dumps|glum|melancholy|
        melancholic|sorrow|~~bad|~awful|~terrible|~horrible|~shit|~shitty|~crap|~crappy|
        ~rubbish|~lousy|~rough|homesick|guilty|guilt|ashamed|shame|in a funk|
        ~funk|in a slump|~slump|~struggling|having a hard time|hard day|bad day|rough day|
        tough day|shit day|crap day|awful day|terrible day|horrible day|hard week|bad week|
        rough week|like shit|like crap|like garbage|like trash|sad af|sadder|saddest|
        unloved|rejected|abandoned|humiliated|embarrassed|mortified|deflated|disheartened|
        discouraged|dejected|downcast|bereft|choked up|heartache|missing my|miss my|
        sorrowful|~hurt inside|not the best|not my best|not in a good place|
        not in a great place|in a bad place|~~hurt|
        in bits|devastated|broken hearted|brokenhearted|~cut up|welling up|teared up|tearing up|tears streaming|bawling|weeping|wept|heavy hearted|sombre|somber|morose|mopey|moping|in the dumps|feeling sorry for myself|pity party|dysphoric|dysphoria|sad face|
        out of sorts|feeling off|feel off|a bit off|not right in myself|
        ~~hard|~~tough|~~difficult|~~heavy going|
        ~crushed|brought me down|brings me down|bringing me down|got me down|gets me down|
        getting me down|dragged me down|dragging me down|pulled me down|ruined my mood|killed my mood|mood is ruined|mood ruined|ruined my day""",
    "numb": """
        numb|numbness|~empty|empty inside|~flat|hollow|apathetic|apathy|feel nothing|
        feeling nothing|feeling absolutely nothing|feel absolutely nothing|felt absolutely nothing|felt nothing|cant feel anything|dont feel anything|cannot feel anything|
        nothing matters|dead inside|~blank|~shut down|~shutdown|~switched off|meh|blah|
        indifferent|dont care about anything|anhedonia|anhedonic|emotionless|no emotions|
        zombie|like a zombie|going through the motions|flatlining|numbed|emotionally flat|
        cant cry|~dull|~muted|nothing at all|then nothing|just nothing|now nothing|
        flat affect|blunted|emotionally blunted|switched off emotionally|feel dead|numb af""",
    "anxious": """
        anxious|anxiety|anxiousness|worried|worry|worrying|worries|nervous|nerves|nervy|
        on edge|edgy|tense|tensed|uneasy|unease|scared|afraid|frightened|fearful|~fear|stressed|
        stress|stressed out|stressing|stressy|jittery|jumpy|antsy|wound up|keyed up|
        apprehensive|dread|dreading|sense of doom|impending doom|~doom|paranoid|sinking feeling|shook|shaken|
        rattled|worked up|on pins and needles|anxy|overthinking|overthink|ruminating|
        spiralling|spiraling|spiralled|spiraled|~spiral|catastrophising|catastrophizing|
        ~insecure|self conscious|hypervigilant|unsettled|worried sick|sick with worry|
        scared stiff|on tenterhooks|a wreck|nervous wreck|bundle of nerves|anxious af|
        tensed up|freaked|fretting|fretful|panicky feeling|pacing|cant stop pacing|
        concerned|alarmed|shaken up|twitchy|heart in my mouth|health anxiety|social anxiety|
        cant stop thinking|cant stop worrying|keep overthinking|
        wobble|wobbly|having a wobble|bricking it|shitting myself|cacking it|het up|flustered|uptight|neurotic|sweating it|on tenterhooks|worry wart|crippling anxiety|anxiety is bad|anxiety is high|anxious mess|in a state|psychomotor agitation""",
    "panicked": """
        panic|panicked|panicking|panicky|panic attack|panic attacks|panic mode|terrified|
        freaking out|freaked out|freak out|freaking the fuck out|hysterical|scared to death|
        scared shitless|petrified|in a panic|full panic|cant calm down|cannot calm down|
        couldnt calm down|hyperventilating|anxiety attack|horrified|frantic|
        thought i was having a heart attack|like i was having a heart attack|
        thought i was dying|thought i was going to die|thought id die|felt like i was dying|
        feel like im dying|feels like im dying|scared im dying|scared i was dying|
        convinced i was dying|convinced im dying|sure i was dying|terrified im dying""",
    "overwhelmed": """
        overwhelmed|overwhelm|overwhelming|swamped|drowning|~too much|cant cope|cannot cope|
        couldnt cope|not coping|struggling to cope|cant handle|cant handle it|cant take it|
        cant take this|at my limit|at capacity|burnt out|burned out|burnout|~fried|frazzled|
        snowed under|stretched thin|in over my head|losing it|losing my mind|lost it|
        falling apart|meltdown|melt down|melting down|breaking down|breakdown|overloaded|
        overstimulated|sensory overload|overstretched|~underwater|~buried|way too much|
        breaking point|at breaking point|about to snap|cant keep up|piling up|
        cant think straight|maxed out|too much going on|stretched too thin|
        nervous breakdown|mental breakdown|
        end of my tether|at the end of my tether|wits end|at my wits end|cant take any more|cant take anymore|too much on my plate|all over the shop|head is spinning|my head is spinning|cant cope anymore|
        going crazy|going insane|going mad|losing the plot""",
    "irritable": """
        irritable|irritated|irritability|irritation|annoyed|annoyance|cranky|grumpy|
        short tempered|short fuse|on a short fuse|frustrated|frustration|frustrating|
        snappy|snapping|snapped|fed up|pissy|touchy|prickly|tetchy|crabby|ratty|narky|
        stroppy|~salty|ticked off|irked|impatient|on my nerves|getting on my nerves|
        exasperated|vexed|miffed|peeved|grouchy|testy|bad mood|foul mood|in a mood|
        bitchy|mardy|agitated|agitation|aggravated|aggro|sick of everyone|sick of everything|
        irritable af|wound tight|annoying me|irritating me|bugging me|winding me up|
        doing my head in|moody|short with everyone|short with the kids|short with people|
        arsey|snippy|hacked off|cheesed off|brassed off|~put out|sick and tired|wound up|winds me up|on my last nerve|irritable mood|
        so done|so over it|over it all|had enough|had it with|pissing me off|pisses me off|pissed me off|getting on my tits""",
    "angry": """
        angry|anger|furious|fury|rage|raging|enraged|~mad|pissed|pissed off|fuming|seething|
        boiling|seeing red|irate|outraged|lost my temper|losing my temper|blew up|want to scream|
        wanna scream|want to punch|wanna punch|infuriated|incensed|ready to explode|
        hate everyone|resentful|resentment|~bitter|~hostile|aggressive|wrath|ragey|rageful|
        angry af|so mad|livid|angy|mad af|blew my top|hit the roof|lost it at|
        going to explode|gonna explode|about to explode|want to explode|
        steaming|hopping mad|up in arms|blew a fuse|blow a fuse|lost the plot|went mental|lashed out|punched a wall|slammed the door|incandescent|apoplectic|raging mad""",
    "dissociated": """
        dissociated|dissociating|dissociation|dissociative|dissociate|spaced out|spacey|spacy|
        ~spaced|zoned out|zoning out|~zoned|unreal|feel unreal|detached|disconnected|
        out of body|out of my body|outside my body|outside myself|depersonalised|
        depersonalized|depersonalisation|depersonalization|derealisation|derealization|
        derealised|derealized|dpdr|dp dr|on autopilot|autopilot|~fog|foggy|brain fog|in a fog|
        in a daze|dazed|checked out|~not present|not real|nothing is real|nothing feels real|
        nothing seems real|doesnt feel real|dont feel real|didnt feel real|feels unreal|
        like a dream|dreamlike|in a dream|floaty|~~floating|~far away|watching myself|
        behind glass|through glass|in a bubble|out of it|trance|in a trance|blanking|
        blanked out|lost time|losing time|~fuzzy|~hazy|vacant|not in my body|robotic|
        like a robot|glass wall|like a movie|like im not real|not myself|
        behind a screen|behind a wall|through a screen|not my own|isnt mine|doesnt feel like mine|like a ghost|in a haze|glazed over|lost hours|time skipped|fuzzy headed|not in my head|outside of myself|
        staring at the wall|staring into space|a fog came down|like a fog came down|fog came over me|went somewhere else in my head|staring at nothing|brain is mush|brain feels like mush|head is mush|mushy|brain feels like cotton wool|cotton wool""",
    "stable": """
        ~stable|~~okay|~~ok|~fine|~~alright|~~all right|~baseline|at baseline|back to baseline|
        ~normal|back to normal|like myself|myself again|back to myself|steady|even keel|
        neutral|balanced|levelled out|leveled out|level headed|so so|~decent|not bad|
        not too bad|not so bad|not the worst|could be worse|holding up|hanging in there|
        same as usual|same old|nothing special|~average|middling|stableish|okayish|ok ish|
        okay ish|fine ish|alright ish|steady ish|~grand|not terrible|cant complain|
        all good|its all good|nothing to report|uneventful|
        no complaints|back to my normal self|back to my usual self|my normal self|back to my old self|
        not up not down|neither up nor down|not up or down|no ups or downs|decent mood|in a decent mood|
        euthymic|usual self|my usual self|even keel|on an even keel|not too shabby|middle of the road""",
    "calm": """
        calm|calmer|calmed|calmed down|calming down|relaxed|relaxing|~~relax|peaceful|at peace|
        ~settled|grounded|~content|serene|chill|chilled|chilled out|chillin|chilling|zen|mellow|
        tranquil|soothed|centred|centered|at ease|more relaxed|relieved|relief|composed|
        unbothered|laid back|calmer now|calm af|cooled down|cooled off|restful|unwound|
        contented|at ease now|
        ~unwinding|cosy|cozy|comfy|~quiet|peaceful now|calm and collected|
        can breathe again|breathe again|breathing again|weight off my shoulders|weight has lifted|weight lifted|sigh of relief""",
    "happy": """
        happy|~good|~great|joyful|joy|cheerful|glad|grateful|thankful|hopeful|excited|
        good mood|great mood|in a good mood|in a great mood|~amazing|~awesome|~fantastic|
        ~wonderful|~brilliant|~lovely|~nice|~positive|upbeat|optimistic|proud|delighted|
        pleased|thrilled|ecstatic|stoked|elated|over the moon|on cloud nine|blessed|blissful|bliss|
        good vibes|vibing|feeling myself|loved|uplifted|~lighter|buoyant|~sunny|~bright|
        good day|great day|lovely day|nice day|best day|amazing day|happier|happiest|
        high spirits|in high spirits|smiling|laughing|giggling|~~well|doing well|~fab|~fabulous|~superb|
        ~excellent|brighter|more positive|chuffed|happy af|cheery|jolly|couldnt be happier|couldnt be better|
        never felt better|never been better|never been happier|in a good place|in a great place|
        ~~made up|walking on air|lifted my mood|lifted my spirits|cheered me up|perked me up|
        lifted me up|brightened my day|~glowing|beaming|lighthearted|light hearted|carefree|psyched|joyous|over the moon|good mood today|in good spirits|good spirits""",
    "elevated": """
        elevated|energetic|energised|energized|wired|buzzing|buzzy|hyper|restless|revved up|
        revved|amped|amped up|pumped|pumped up|full of energy|so much energy|tons of energy|
        loads of energy|bouncing off the walls|bouncy|hyped|hyped up|~~high|on a high|
        euphoric|euphoria|giddy|zoomy|zooming|speedy|cant sit still|couldnt sit still|
        cannot sit still|cant keep still|couldnt keep still|cannot keep still|
        fizzing with ideas|fizzing with energy|buzzing with ideas|buzzing with energy|motor mouth|fidgety|overexcited|over excited|wired af|
        full of beans|fired up|supercharged|high energy|zippy|
        ~flying|~bouncing|high as a kite|on a high|so much energy|boundless energy|endless energy|energy through the roof""",
    "hypomanic": """
        hypomanic|hypomania|hypo manic|~hypo|talking fast|talking so fast|talking really fast|
        talking a mile a minute|cant stop talking|couldnt stop talking|pressured speech|
        racing thoughts|thoughts racing|thoughts are racing|mind racing|mind is racing|
        my mind is racing|brain racing|mind wont stop|mind wont shut up|brain wont stop|
        brain wont shut up|spending spree|shopping spree|spent too much money|impulse buys|
        impulse buying|impulse bought|impulsive|so many ideas|million ideas|full of ideas|
        flight of ideas|started new projects|dont need sleep|dont need to sleep|
        no need for sleep|need no sleep|dont need much sleep|barely need sleep|
        maxed out my card|maxed out my credit card|maxed my credit card|bought a bunch of|
        brain wont switch off|mind wont switch off|brain wont turn off|mind wont turn off|
        ideas everywhere|ideas keep coming|grand plans|big plans|creative burst|
        cant stop spending|spending too much|
        decreased need for sleep|reduced need for sleep|need less sleep|barely sleeping but not tired|talking nonstop|talking non stop|reckless|hypersexual|jumping from idea to idea|distractible|started loads of projects|booked a holiday on a whim|on a whim|
        thoughts wont slow down|mind wont slow down|thoughts wont stop|brain wont slow down|starting new projects|keep starting new projects|starting loads of projects""",
    "manic": """
        manic|mania|invincible|grandiose|grandiosity|no sleep for days|havent slept in days|
        havent slept for days|not slept in days|no sleep in days|up for days|awake for days|
        on top of the world|unstoppable|like a god|feel like god|i am god|godlike|god like|
        chosen one|special mission|untouchable|superhuman|super human|can do anything|
        like a genius|manic af|full blown mania|full on manic|special powers|
        everything is connected|mission from god|manic episode|
        superpowers|delusions|grandiose plans|out of control manic""",
    "mixed": """
        ~mixed|mixed state|mixed episode|mixed features|agitated depression|wired but depressed|
        wired and depressed|~up and down|all over the place|rollercoaster|roller coaster|
        emotional rollercoaster|mood swings|rapid cycling|dysphoric mania|high and low|tired but wired|wired but tired|wired but exhausted|
        labile|lability|bipolar mixed|agitated and low|energised but miserable|wired and miserable|
        agitated low|agitated depressed|wired low|restless low""",
}

# Words that mean a state only by implication; they never beat the name of a state.
_CUES = frozenset(
    {
        # a verdict on the day names no feeling: "bad day. so worried" is worried
        *(
            f"{verdict} {span}"
            for verdict in (
                "hard",
                "bad",
                "rough",
                "tough",
                "shit",
                "crap",
                "awful",
                "terrible",
                "horrible",
            )
            for span in ("day", "week")
        ),
        "spent too much money",
        "impulse buys",
        "impulse buying",
        "impulse bought",
        "impulsive",
        "started new projects",
        "so many ideas",
        "million ideas",
        "full of ideas",
        "bought a bunch of",
        "cant be bothered",
        "no motivation",
        "zero motivation",
        "unmotivated",
        "struggling",
        "cant sit still",
        "couldnt sit still",
        "cannot sit still",
        "cant keep still",
        "couldnt keep still",
        "cannot keep still",
        "fidgety",
        "restless",
        "pacing",
        "cant stop pacing",
        "brain wont switch off",
        "mind wont switch off",
        "brain wont turn off",
        "mind wont turn off",
        "ideas everywhere",
        "ideas keep coming",
        "cant stop thinking",
        "thoughts wont slow down",
        "mind wont slow down",
        "thoughts wont stop",
        "brain wont slow down",
        "starting new projects",
        "keep starting new projects",
        "starting loads of projects",
        "grand plans",
        "big plans",
        "creative burst",
        "cant stop spending",
        "spending too much",
        "dragging myself",
        "not myself",
    }
)
_AGITATION = frozenset(
    {
        "agitated",
        "agitation",
        "restless",
        "cant sit still",
        "couldnt sit still",
        "cannot sit still",
        "cant keep still",
        "couldnt keep still",
        "cannot keep still",
        "fidgety",
        "pacing",
        "cant stop pacing",
    }
)
_HYPOMANIC_NIGHT_ACTIVITIES = (
    "cleaning",
    "organising",
    "organizing",
    "reorganising",
    "reorganizing",
    "rearranging",
    "writing",
    "painting",
    "planning",
    "building",
    "coding",
    "sorting",
    "decluttering",
    "redecorating",
    "tidying",
    "scrubbing",
    "shopping",
)
# Days without sleep point to mania, but only as a cue: insomnia happens in depression too.
_SLEEPLESS_FRAMES = (
    "havent slept in {} days",
    "havent slept for {} days",
    "not slept in {} days",
    "no sleep in {} days",
    "no sleep for {} days",
    "up for {} days",
    "awake for {} days",
    "barely slept in {} days",
)
# Taxonomy synonyms too common outside mood talk to use bare.
_TAXONOMY_SYNONYMS_DROPPED = frozenset({"even", "too much", "can't cope"})

INTENSIFIERS: dict[str, int] = {
    # lowering
    "a bit": 3,
    "a little": 3,
    "a little bit": 3,
    "little bit": 3,
    "bit": 3,
    "slightly": 3,
    "mildly": 3,
    "a tad": 3,
    "a touch": 3,
    "low key": 3,
    "lowkey": 3,
    "a wee bit": 3,
    "marginally": 2,
    "kinda": 4,
    "kind of": 4,
    "sort of": 4,
    "sorta": 4,
    "somewhat": 4,
    "a bit more": 4,
    "fairly": 5,
    "quite": 5,
    "rather": 5,
    "moderately": 5,
    "pretty": 6,
    # raising
    "really": 7,
    "very": 7,
    "so": 7,
    "super": 7,
    "too": 7,
    "real": 7,
    "seriously": 7,
    "truly": 7,
    "deeply": 7,
    "properly": 7,
    "majorly": 7,
    "highly": 7,
    "way": 7,
    "soo": 7,
    "sooo": 7,
    "hella": 8,
    "mega": 8,
    "extremely": 8,
    "incredibly": 8,
    "insanely": 8,
    "crazy": 8,
    "massively": 8,
    "hugely": 8,
    "terribly": 8,
    "awfully": 8,
    "horribly": 8,
    "ridiculously": 8,
    "unbelievably": 8,
    "intensely": 8,
    "severely": 8,
    "seriously so": 8,
    "fucking": 8,
    "fuckin": 8,
    "fking": 8,
    "fkn": 8,
    "effing": 8,
    "bloody": 8,
    "damn": 8,
    "so so": 8,
    "really really": 8,
    "very very": 8,
    "super duper": 8,
    "full": 8,
    "full on": 8,
    "full blown": 8,
    "proper": 7,
    "completely": 9,
    "totally": 9,
    "utterly": 9,
    "absolutely": 9,
    "beyond": 9,
    "unbearably": 9,
    "overwhelmingly": 9,
    "entirely": 9,
    "so fucking": 9,
    "really fucking": 9,
}
# Said after the state: "anxious af", "scared as hell".
POST_INTENSIFIERS: dict[str, int] = {
    "af": 8,
    "as fuck": 8,
    "as hell": 8,
    "as heck": 7,
    "like crazy": 8,
    "beyond belief": 9,
    "out of my mind": 8,
    "out of my skull": 8,
    "through the roof": 9,
    "to the max": 9,
    "like mad": 8,
}

# "better" without a state says the person improved; what they improved *to* depends on what
# they were (see mood.relief_state).
# Bare comparatives also describe things ("a better way"): they need a mood frame.
_WEAK_RELIEF = (
    "better",
    "much better",
    "a lot better",
    "bit better",
    "improving",
    "improved",
    "recovered",
)
_RELIEF_PHRASES = (
    "feeling better",
    "feel better",
    "doing better",
    "back on track",
    "less bad",
    "lighter now",
    "better now",
)
_COMPARATIVE_LESS = (
    "less",
    "not as",
    "not so",
    "a bit less",
    "a little less",
    "much less",
    "lot less",
)
_COMPARATIVE_MORE = ("more", "even more", "increasingly", "getting more", "growing more")
_ANYMORE = ("anymore", "any more", "any longer")

NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "aint",
        "wont",
        "cant",
        "cannot",
        "couldnt",
        "havent",
        "hasnt",
        "hadnt",
        "neither",
        "nor",
        "without",
        "hardly",
        "barely",
        "nothing",
        "stopped",
    }
)
# Words that may stand between a negator and the state it negates ("not feeling that anxious").
NEGATION_TRANSPARENT = frozenset(
    {
        "feel",
        "feeling",
        "felt",
        "feels",
        "feelin",
        "really",
        "very",
        "so",
        "that",
        "too",
        "particularly",
        "at",
        "all",
        "as",
        "quite",
        "super",
        "overly",
        "even",
        "be",
        "been",
        "being",
        "am",
        "im",
        "i",
        "it",
        "its",
        "a",
        "bit",
        "little",
        "any",
        "much",
        "remotely",
        "exactly",
        "entirely",
        "completely",
        "totally",
        "actually",
        "gonna",
        "going",
        "to",
        "get",
        "getting",
        "got",
        "the",
        "whole",
        "lot",
        "doing",
        "was",
        "is",
        "are",
        "seem",
        "sure",
        "if",
        "whether",
        "just",
        "this",
        "of",
        "kind",
        "sort",
        "kinda",
        "longer",
        "terribly",
        "in",
        "like",
        "myself",
        "make",
        "me",
        "anything",
        "think",
        "believe",
        "guess",
        "reckon",
    }
)
# Words that can sit between a copula and a weak state ("feeling a bit low").
COPULAS = frozenset(
    {
        "feel",
        "feeling",
        "felt",
        "feels",
        "feelin",
        "im",
        "am",
        "was",
        "were",
        "been",
        "being",
        "is",
        "are",
        "its",
        "mood",
        "seem",
        "seems",
        "seemed",
        "stay",
        "staying",
        "stayed",
        "getting",
        "got",
        "get",
        "gone",
        "remain",
        "remained",
        "doing",
        "doin",
        "looking",
        "and",
        "but",
        "yet",
        "still",
        "just",
        "also",
        "ive",
        "be",
        "feeel",
        "more",
        "less",
        "bit",
        "thats",
        "everything",
        "all",
        "from",
        "to",
        "into",
        "then",
        "now",
        "turned",
        "became",
        "become",
        "went",
    }
)
# "tired and low": a conjunction frames a weak word only after another feeling or body state.
CONJUNCTIONS = frozenset({"and", "but", "yet"})
BODY_STATES = frozenset(
    [
        "tired",
        "exhausted",
        "drained",
        "sick",
        "sleepy",
        "shaky",
        "dizzy",
        "sore",
        "achy",
        "hungry",
        "cold",
        "ill",
        "unwell",
        "knackered",
        "worn",
        "wiped",
        "sweaty",
        "restless",
        "teary",
        "tearful",
        "crying",
        "energy",  # "low energy and flat": a list of how the writer is
    ]
)
# After "is"/"was" a weak word is a mood only when the subject is the writer or their mood:
# "my mood is low", "everything is too much", but not "the battery is low".
THIRD_PERSON_COPULAS = frozenset({"is", "was", "are", "were", "seems", "seemed", "been"})
PERSONAL_SUBJECTS = frozenset(
    [
        "i",
        "im",
        "ive",
        "id",
        "me",
        "mood",
        "moods",
        "everything",
        "things",
        "life",
        "it",
        "its",
        "head",
        "brain",
        "heart",
        "spirits",
        "day",
        "today",
        "week",
        "tonight",
        "morning",
        "evening",
        "afternoon",
        "weekend",
        "this",
        "that",
        "which",
        "i've",
        "being",
        "just",
        "still",
        "all",
    ]
)
# A weak state right before one of these reads as a mood report ("low today", "ok now").
WEAK_FOLLOWERS = frozenset(
    {"today", "now", "again", "tonight", "lately", "rn", "atm", "af", "ish", "still", "though"}
)


@cache
def mood_matcher() -> PhraseMatcher[MoodTerm]:
    return PhraseMatcher(_mood_entries(), typo_min_length=6)


@cache
def one_word_feelings() -> frozenset[str]:
    """Words that name a feeling on their own ("panicking", "dreading", "spiralling")."""
    return frozenset(
        phrase for phrase, term in _mood_entries() if term.kind == "state" and " " not in phrase
    )


def _mood_entries() -> list[tuple[str, MoodTerm]]:
    entries: list[tuple[str, MoodTerm]] = []
    seen: set[str] = set()

    def add(phrase: str, term: MoodTerm) -> None:
        if phrase not in seen:
            seen.add(phrase)
            entries.append((phrase, term))

    for state, blob in _STATE_PHRASES.items():
        for raw in blob.replace("\n", "").split("|"):
            phrase = raw.strip()
            if not phrase:
                continue
            weak = len(phrase) - len(phrase.lstrip("~"))
            phrase = phrase.lstrip("~")
            add(
                phrase,
                MoodTerm(
                    "state",
                    state,
                    weak=weak,
                    agitation=phrase in _AGITATION,
                    cue=phrase in _CUES,
                ),
            )
    for phrase, term in _generated_entries():
        add(phrase, term)
    for phrase, term in _mood_movements():
        add(phrase, term)
    for state, synonyms in taxonomy().synonyms.items():
        for synonym in synonyms:
            if synonym not in _TAXONOMY_SYNONYMS_DROPPED:
                add(synonym.replace("'", "").replace("-", " "), MoodTerm("state", state))  # type: ignore[arg-type]
    for phrase, level in INTENSIFIERS.items():
        add(phrase, MoodTerm("intensifier", level=level))
    for phrase in _WEAK_RELIEF:
        add(phrase, MoodTerm("relief", weak=1))  # "sleeping better" is not a mood
    for phrase in _RELIEF_PHRASES:
        add(phrase, MoodTerm("relief"))
    for phrase in _COMPARATIVE_LESS:
        add(phrase, MoodTerm("less"))
    for phrase in _COMPARATIVE_MORE:
        add(phrase, MoodTerm("more"))
    for phrase in _ANYMORE:
        add(phrase, MoodTerm("anymore"))
    return entries


def _generated_entries() -> Iterator[tuple[str, MoodTerm]]:
    """Families of phrases built from parts: days without sleep, urges to lash out, bursts of
    projects, whole nights spent on chores."""
    for amount in ("two", "three", "four", "2", "3", "4", "a few", "few", "several", "multiple"):
        for frame in _SLEEPLESS_FRAMES:
            yield frame.format(amount), MoodTerm("state", "manic", cue=True)
    for urge in (
        "scream",
        "punch something",
        "hit something",
        "throw something",
        "smash something",
    ):
        for frame in ("want to {}", "wanted to {}", "wanna {}", "could {}", "felt like i could {}"):
            yield frame.format(urge), MoodTerm("state", "angry")
    for amount in (
        "two",
        "three",
        "four",
        "five",
        "several",
        "loads of",
        "lots of",
        "so many",
        "a bunch of",
        "3",
        "4",
        "5",
    ):
        yield f"{amount} new projects", MoodTerm("state", "hypomanic", cue=True)
    for activity in _HYPOMANIC_NIGHT_ACTIVITIES:
        for frame in (
            "all night {}",
            "up all night {}",
            "the whole night {}",
            "all day and night {}",
        ):
            yield frame.format(activity), MoodTerm("state", "hypomanic", cue=True)


# "my mood tanked", "mood has crashed", "mood's picked up": the mood itself moved.
_MOOD_FALLS = (
    "tanked",
    "tanking",
    "crashed",
    "crashing",
    "dropped",
    "dropping",
    "plummeted",
    "plummeting",
    "dipped",
    "dipping",
    "nosedived",
    "nosediving",
    "sank",
    "sunk",
    "sinking",
    "took a nosedive",
    "took a dive",
    "went downhill",
    "hit the floor",
    "hit rock bottom",
    "through the floor",
    "gone through the floor",
    "went through the floor",
    "dropped through the floor",
    "fallen through the floor",
    "fell through the floor",
    "gone downhill",
    "in the toilet",
    "in the gutter",
)
_MOOD_RISES = ("lifted", "picked up", "improved", "brightened", "soared", "perked up")


def _mood_movements() -> Iterator[tuple[str, MoodTerm]]:
    for subject in ("mood", "moods", "spirits"):
        for link in ("", "has ", "s ", "just ", "totally ", "completely ", "really "):
            for verb in _MOOD_FALLS:
                yield f"{subject} {link}{verb}", MoodTerm("state", "sad")
            for verb in _MOOD_RISES:
                yield f"{subject} {link}{verb}", MoodTerm("relief")


def post_intensity(words: tuple[str, ...], after: int) -> int | None:
    """Intensity of a post-positioned intensifier starting at word ``after`` ("af", "as hell")."""
    if after >= len(words) or words[after] not in _POST_FIRST_WORDS:
        return None
    for parts, level in _POST_INTENSIFIER_WORDS:
        if words[after : after + len(parts)] == parts:
            return level
    return None


_POST_INTENSIFIER_WORDS = tuple((tuple(p.split()), level) for p, level in POST_INTENSIFIERS.items())
_POST_FIRST_WORDS = frozenset(parts[0] for parts, _ in _POST_INTENSIFIER_WORDS)
