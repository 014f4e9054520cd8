"""Medication events: a dose taken, missed, changed, or a side effect.

Known psychiatric medications (generic and brand names) are recognised anywhere and recorded
under their generic name; an unknown name counts when a dose, "pills"/"meds" or a
pharmaceutical ending marks it as a drug ("took my 50mg zentravil").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from bot.understanding.models import MedicationEventData
from bot.understanding.offline.phrases import PhraseMatcher
from bot.understanding.offline.text import Doc

MedicationEvent = Literal["taken", "missed", "changed", "side_effect"]

# generic name -> other names people use (brands, short forms)
_MEDICATIONS: dict[str, str] = {
    # mood stabilisers and anticonvulsants
    "lithium": "lithium carbonate|priadel|camcolit|lithobid|eskalith|liskonum",
    "lamotrigine": "lamictal|lamo|lamotrigin",
    "valproate": "depakote|depakine|epilim|divalproex|sodium valproate|valproic acid|convulex",
    "carbamazepine": "tegretol|carbatrol|equetro",
    "oxcarbazepine": "trileptal",
    "topiramate": "topamax",
    "gabapentin": "neurontin",
    "pregabalin": "lyrica",
    # antipsychotics
    "quetiapine": "seroquel|quetiapin|seroquel xr",
    "olanzapine": "zyprexa",
    "aripiprazole": "abilify|abilify maintena|aripiprazol",
    "risperidone": "risperdal",
    "lurasidone": "latuda",
    "cariprazine": "vraylar|reagila",
    "ziprasidone": "geodon",
    "asenapine": "saphris|sycrest",
    "paliperidone": "invega|xeplion",
    "clozapine": "clozaril|denzapine|zaponex",
    "haloperidol": "haldol",
    "lumateperone": "caplyta",
    "brexpiprazole": "rexulti",
    "chlorpromazine": "largactil|thorazine",
    "amisulpride": "solian",
    "lurasidone hydrochloride": "",
    # antidepressants
    "sertraline": "zoloft|lustral",
    "fluoxetine": "prozac",
    "citalopram": "celexa|cipramil",
    "escitalopram": "lexapro|cipralex",
    "paroxetine": "paxil|seroxat",
    "fluvoxamine": "luvox|faverin",
    "venlafaxine": "effexor",
    "desvenlafaxine": "pristiq",
    "duloxetine": "cymbalta",
    "bupropion": "wellbutrin|zyban",
    "mirtazapine": "remeron|zispin",
    "trazodone": "desyrel|molipaxin",
    "vortioxetine": "trintellix|brintellix",
    "amitriptyline": "elavil",
    "nortriptyline": "pamelor",
    "agomelatine": "valdoxan",
    "phenelzine": "nardil",
    "vilazodone": "viibryd",
    "esketamine": "spravato",
    "clomipramine": "anafranil",
    # anxiolytics and sedatives
    "lorazepam": "ativan",
    "clonazepam": "klonopin|rivotril",
    "diazepam": "valium",
    "alprazolam": "xanax",
    "buspirone": "buspar",
    "hydroxyzine": "atarax|vistaril",
    "propranolol": "inderal",
    "promethazine": "phenergan",
    "temazepam": "restoril",
    # stimulants and ADHD
    "methylphenidate": "ritalin|concerta|medikinet|equasym",
    "lisdexamfetamine": "vyvanse|elvanse",
    "amphetamine": "adderall|mixed amphetamine salts",
    "dexamfetamine": "dexedrine|dexamphetamine|dextroamphetamine",
    "modafinil": "provigil",
    "atomoxetine": "strattera",
    "guanfacine": "intuniv",
    "clonidine": "catapres",
    # sleep
    "zolpidem": "ambien|stilnoct",
    "zopiclone": "imovane|zimovane",
    "eszopiclone": "lunesta",
    "melatonin": "circadin",
    # other psychiatric
    "naltrexone": "revia|vivitrol",
    "prazosin": "minipress",
    "levothyroxine": "synthroid",
    # recovery: opioid substitution and alcohol
    "methadone": "physeptone|methadose",
    "buprenorphine": "subutex|suboxone|espranor|buvidal|sublocade|bupe",
    "acamprosate": "campral",
    "disulfiram": "antabuse",
    # pain
    "co-codamol": "cocodamol|co codamol|solpadol|tylex|zapain",
    "codeine": "codeine phosphate",
    "tramadol": "zydol|ultram",
    "morphine": "oramorph|zomorph",
    "oxycodone": "oxycontin|oxynorm",
    "naproxen": "naprosyn",
}
_GENERIC_WORDS = (
    "meds|med|medication|medications|medicine|medicines|pills|pill|tablets|tablet|dose|doses|"
    "dosage|prescription|antidepressant|antidepressants|mood stabiliser|mood stabilisers|"
    "mood stabilizer|mood stabilizers|antipsychotic|antipsychotics|sleeping pill|sleeping pills|"
    "sleeping tablets|anxiety meds|benzo|benzos|stimulant|stimulants|depot|depot injection|"
    "night meds|morning meds|evening meds|ssri|ssris|snri|maoi"
)
_GENERIC = "__generic__"
_PHARMA_ENDINGS = (
    "azepam",
    "zolam",
    "oxetine",
    "xetine",
    "pram",
    "triptyline",
    "tyline",
    "apine",
    "idone",
    "azine",
    "olol",
    "pril",
    "sartan",
    "statin",
    "prazole",
    "ipine",
    "trigine",
    "azole",
    "mycin",
    "cillin",
    "profen",
    "fenac",
    "afine",
    "axine",
    "amate",
    "azodone",
    "ipramine",
    "oxamine",
    "epine",
    "aline",
)

_FILLER = (
    r"(?:\s+(?:my|the|his|her|a|an|some|of|your|morning|evening|night|nighttime|bedtime|daily|usual|"
    r"regular|last|first|second|extra|half|whole|full|dose|doses|\d+(?:\.\d+)?\s?(?:mg|mcg|g|ml)|to take|"
    r"to|taking|on|off|from|new|other|prescribed|two|both|me|me on|me to|me onto|up on|"
    r"(?:up |down )?to \d+(?:\.\d+)?|up|down|"
    r"[1-4](?!\s+extra)|"  # a dose's count: "took 2 propranolol" (not "took 30 of my pills")
    r"(?:a|one|two|three|four|five|a few|few|a couple of|couple of|couple|several|\d+) "
    r"(?:days?|nights?|doses?|weeks?|mornings?|evenings?) of))*\s*$"
)
_MISSED_BEFORE = re.compile(
    r"\b(?:skipped|skip|skipping|forgot(?:ten)?(?: to take)?|forgetting|missed|miss|missing|"
    r"didn'?t take|did not take|haven'?t taken|have not taken|hasn'?t taken|not taken|never took|"
    r"(?:ran|run|running|runnin) (?:out of|outta)|out of|outta|couldn'?t take|failed to take|no|without|"
    r"didn'?t have|did not have|haven'?t had|hasn'?t had|have not had|not had|yet to take)"
    + _FILLER
)
_CHANGED_BEFORE = re.compile(
    r"\b(?:raised|raising|increased|increasing|upped|upping|bumped(?: up)?|lowered|lowering|"
    r"decreased|decreasing|reduced|reducing|cut|halved|doubled|tapered|tapering(?: off)?|"
    r"weaning(?: off)?|weaned(?: off)?|switched|switching|changing|changed|started(?: on)?|"
    r"starting(?: on)?|began|beginning|stopped(?: taking)?|stopping|quit|came off|coming off|"
    r"(?:stop|start|quit) taking|(?:to|gonna|will|ll) (?:stop|start|quit|come off|go off|reduce|"
    r"increase|lower|raise|switch|taper|wean off)(?: taking)?|"
    r"going off|went off|put me on|putting me on|putting me|put me (?:up|down)|(?:moved|bumped|took) me (?:up|down)|"
    r"swapped|swapping|swap|swapped over|changed over|moved (?:me )?(?:from|to|onto)|added|adding|prescribed|adjusted|"
    r"adjusting|titrating|titrated|new|trialling|trialing)" + _FILLER
)
_TAKEN_BEFORE = re.compile(
    r"\b(?:took|taken|had|swallowed|popped|remembered(?: to take)?|just took|finally took|"
    r"double dosed|double-dosed|doubled up on|took an extra|took extra|took too much|took too many)"
    + _FILLER
)
_SIDE_EFFECT_AFTER = re.compile(
    r"^\s*(?:is |was |has been |have been |keeps |are |were |'s |s |really |definitely |honestly |"
    r"still |always |probably |maybe |i think )*"
    r"(?:makin'?g?|makes|made|givin'?g?|gives|gave|causin'?g?|causes|caused|leaves|leavin'?g?|left|"
    r"keepin'?g?|keeps|knockin'?g?|knocks|knocked|wipin'?g?|wiped|messin'?g?|messes|ruinin'?g?|ruins|"
    r"killin'?g?)\s+"
    r"(?:me|my|up|with)\b|^\s*(?:side ?-?effects?|is killing my|makes it hard)"
)
_SIDE_EFFECT_BEFORE = re.compile(
    r"(?:side ?-?effects?\s+(?:of|from|on)|since (?:starting|i started|upping|increasing|going on|"
    r"being on|the new)|(?:because of|from|thanks to|due to) (?:the|my|this|that))\s*(?:new\s+)?$"
)
# "been on lamotrigine", "I'm on olanzapine now": a medication being taken, over time
_ON_IT = re.compile(
    r"\b(?:been|being|i'?m|im|am|now|still|currently|since going|since being)\s+on\s+"
    r"(?:my\s+|the\s+|this\s+)?(?:new\s+)?$"
)
_CHANGED_AFTER = re.compile(
    r"^\s*(?:dose\s+)?(?:was|got|has been|is being|is|been|were|have been|'s|s)\s+"
    r"(?:raised|increased|upped|bumped up|lowered|decreased|reduced|cut|halved|doubled|changed|"
    r"adjusted|stopped|switched)|^\s*(?:dose\s+)?(?:went|goes|going|gone) (?:up|down)|"
    r"^\s*(?:dose\s+)?(?:raised|increased|upped|lowered|decreased|reduced|cut|halved|doubled|"
    r"dropped|changed)\s+(?:to|from|by|down|up|back)\b|"
    r"^\s*(?:dose )?(?:change|increase|decrease|switch|reduction)"
)
_UNSURE = re.compile(
    r"\b(?:if|whether|did|do|should|can|could|shall)\s+(?:i\s+)?(?:took|take|taken|had)\b"
)
_TAKEN_AFTER = re.compile(r"^\s*(?:[:\-=]\s*)?(?:taken|done|in|yes|swallowed|\u2713|\u2705|\u2714)")
_MISSED_AFTER = re.compile(
    r"^\s*(?:[:\-=]\s*)?(?:missed|skipped|forgotten|not taken|no\b|\u2717|\u274c)"
)
_DOSE = re.compile(
    r"\b(?P<amount>\d+(?:[.,]\d+)?)\s?(?P<unit>mg|mcg|\u00b5g|ug|g|ml|milligrams?|micrograms?)\b"
)
_UNKNOWN_NAME = re.compile(
    r"\b(?:took|taken|skipped|forgot|missed|didn'?t take|raised|increased|lowered|reduced|started|"
    r"stopped|switched to|on)\s+(?:my\s+|the\s+|some\s+)?"
    r"(?P<dose_before>\d+(?:\.\d+)?\s?(?:mg|mcg|g|ml)\s+(?:of\s+)?)?(?P<name>[a-z][a-z\-]{3,24})\b"
    r"(?P<after>\s+(?:\d+(?:\.\d+)?\s?(?:mg|mcg|g|ml)\b|meds\b|pills?\b|tablets?\b|dose\b|capsules?\b))?"
)
_BARE_DOSE = re.compile(
    r"^\s*(?:dose\s+)?(?:was\s+|is\s+)?(?:\w+\s+)?to\s+(?P<amount>\d{1,4}(?:\.\d+)?)\b"
    r"(?!\s*(?:%|am|pm|h\b|days?|weeks?|hours?))"
)
_UNIT_NAMES = {
    "milligram": "mg",
    "milligrams": "mg",
    "microgram": "mcg",
    "micrograms": "mcg",
    "ug": "mcg",
    "\u00b5g": "mcg",
}
_WINDOW = 48


# "picked up my lithium prescription", "ordered my repeat meds": an errand about the medicine,
# not a dose taken, missed or changed. Nothing is recorded, but the message is about medication.
_ERRAND = re.compile(
    r"\b(?:picked up|pick up|picking up|collected|collecting|collect|ordered|ordering|requested|"
    r"renewed|refilled|re-?ordered|topped up)\s+(?:(?:my|the|a|new|next|repeat|monthly|"
    r"\w+)\s+){0,3}?(?:prescription|script|refill|repeat|meds|medication|tablets|pills)\b"
)

_ERRAND_OBJECTS = frozenset(
    {"prescription", "script", "refill", "repeat", "meds", "medication", "tablets", "pills"}
)


@dataclass(frozen=True, slots=True)
class MedicationReading:
    data: MedicationEventData | None
    start: int | None  # character where the medication is named (intent decisions)
    errand: bool = False  # a prescription collected or ordered, with no dose event


@cache
def name_matcher() -> PhraseMatcher[str]:
    entries: list[tuple[str, str]] = []
    for generic, others in _MEDICATIONS.items():
        entries.append((generic, generic))
        entries.extend((other, generic) for other in others.split("|") if other)
    entries.extend((word, _GENERIC) for word in _GENERIC_WORDS.split("|"))
    return PhraseMatcher(entries, typo_min_length=7)


def read_medication(doc: Doc, body_told: bool = False) -> MedicationReading:
    """``body_told``: the message reports physical symptoms ("been on X a month, hair falling
    out"), which, told by someone on a medication, are read as its side effects."""
    low = doc.low
    for hit in name_matcher().find(doc.words):
        start, end = doc.starts[hit.first], doc.ends[hit.last]
        event = _event_around(low, start, end)
        if event is None and body_told and _ON_IT.search(_clause_before(low, start)):
            event = "side_effect"
        if event is None:
            continue
        name = None if hit.value == _GENERIC else hit.value
        return MedicationReading(
            MedicationEventData(name=name, event=event, dose=_dose_near(low, start, end)), start
        )
    found = _unknown_medication(low)
    if found.data is None and not doc.wordset.isdisjoint(_ERRAND_OBJECTS):
        errand = _ERRAND.search(low)
        if errand is not None:
            return MedicationReading(None, errand.start(), errand=True)
    return found


def _event_around(low: str, start: int, end: int) -> MedicationEvent | None:
    before = _clause_before(low, start)
    after = _clause_after(low, end)
    if _SIDE_EFFECT_AFTER.search(after) or _SIDE_EFFECT_BEFORE.search(before):
        return "side_effect"
    if _MISSED_BEFORE.search(before) or _MISSED_AFTER.search(after):
        return "missed"
    if _CHANGED_BEFORE.search(before) or _CHANGED_AFTER.search(after):
        return "changed"
    if _UNSURE.search(before):
        return None  # "can't remember if I took my meds"
    if _TAKEN_BEFORE.search(before) or _TAKEN_AFTER.search(after):
        return "taken"
    return None


def _clause_before(low: str, start: int) -> str:
    window = low[max(0, start - _WINDOW) : start]
    cut = max(window.rfind(mark) for mark in ".;!?\n,")
    return window[cut + 1 :] if cut >= 0 else window


def _clause_after(low: str, end: int) -> str:
    window = low[end : end + _WINDOW]
    cuts = [index for index in (window.find(mark) for mark in ".;!?\n") if index >= 0]
    return window[: min(cuts)] if cuts else window


def _dose_near(low: str, start: int, end: int) -> str | None:
    region = low[max(0, start - 20) : end + _WINDOW]
    match = _DOSE.search(region)
    if match is None:
        bare = _BARE_DOSE.search(low[end : end + _WINDOW])
        return bare.group("amount") if bare else None  # "upped it to 150": unit unstated
    unit = _UNIT_NAMES.get(match.group("unit"), match.group("unit"))
    return f"{match.group('amount').replace(',', '.')}{unit}"[:50]


def _unknown_medication(low: str) -> MedicationReading:
    for match in _UNKNOWN_NAME.finditer(low):
        name = match.group("name")
        marked = match.group("dose_before") or match.group("after")
        if not marked and not name.endswith(_PHARMA_ENDINGS):
            continue
        start, end = match.start("name"), match.end("name")
        event = _event_around(low, start, end)
        if event is None:
            continue
        return MedicationReading(
            MedicationEventData(name=name[:100], event=event, dose=_dose_near(low, start, end)),
            start,
        )
    return MedicationReading(None, None)
