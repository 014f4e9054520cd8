"""Our own labelled probes, scored in process, so a change to the rules that loses what they
catch fails here (and in CI, where the shared dev sets are not beside the clone).

Each probe in ``probes/`` was written blind, by phenomenon, before the rules were changed for
it (README, "Crisis rules, scored"); none is taken from the shared dev sets. The thresholds sit
just under today's scores: the few misses left are listed in the README.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.crisis.detector import assess_text
from bot.understanding.offline.engine import analyze_offline

PROBES = Path(__file__).with_name("probes")


def load(name: str) -> list[dict[str, Any]]:
    lines = (PROBES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def scored_level(text: str) -> str:
    level = assess_text(text).level
    return "high" if level == "imminent" else level  # imminent satisfies "high", as score.py


@pytest.fixture(scope="module")
def crisis_results() -> list[tuple[dict[str, Any], str]]:
    return [(item, scored_level(item["text"])) for item in load("crisis_probes.jsonl")]


def test_crisis_probes_risk_recall(crisis_results: list[tuple[dict[str, Any], str]]) -> None:
    risky = [(item, level) for item, level in crisis_results if "none" not in item["accept"]]
    missed = [item["text"] for item, level in risky if level == "none"]
    assert len(risky) > 200
    # 0.986 today with the learned second opinion (n=14,323; it was trained on these, so this
    # guards the rules and the weights, not generalisation); 0.941 by the rules alone: README
    assert 1 - len(missed) / len(risky) >= 0.97, missed


def test_crisis_probes_high_recall(crisis_results: list[tuple[dict[str, Any], str]]) -> None:
    high = [(item, level) for item, level in crisis_results if item["accept"] == ["high"]]
    missed = [item["text"] for item, level in high if level != "high"]
    assert len(high) > 40
    # 0.959 today (probes 70 and 73 were fixed only in part)
    assert 1 - len(missed) / len(high) >= 0.93, missed


def test_crisis_probes_raise_no_false_alarm(
    crisis_results: list[tuple[dict[str, Any], str]],
) -> None:
    safe = [(item, level) for item, level in crisis_results if "none" in item["accept"]]
    alarms = [item["text"] for item, level in safe if level in ("moderate", "high")]
    assert len(safe) > 200
    # Left, all in the README: "my boss scheduled a 7am meeting, i'm going to kms lol" and "oh
    # sure, let me just die then, very helpful advice" (the annoyance or the sarcasm is in another
    # clause, and other clauses never lower a risk); "took all my meds tonight", read as an
    # overdose on purpose (a miss would cost more); "overdosed on coffe ..." (a typo in the
    # innocent word: the plain reading stands); "... I'm going to kill myself if there's a fifth
    # lol. Off to the pub with the team now." (the "now" of another sentence raises it); "my
    # friend posted something worrying, like a goodbye message" (the friend is in another clause);
    # "Ugh I want to die, I just sent that text to the wrong group chat" (the embarrassment is in
    # another clause); "my grandfather has dementia and keeps talking about wanting to die" (no
    # subject of its own after "and"). From probes 43-49: "wanted to die last month and now I'm
    # planning a holiday" (last month is recent), "... only when I see my bank balance 😂
    # (genuinely ok though)" (the joking answer is in another sentence), "40 minutes on hold
    # with the bank, i want to die" and "if i have to sit through one more zoom i'll walk into
    # the sea" (the annoyance or the condition is in another clause, or lowers only one step),
    # "looking back at my logs from jan, SH 5s everywhere" (the past is in another clause). From
    # 50-51: "rage quit and punched the wall, knuckles bleeding a bit. im fine" (a wall punched is
    # read as self-harm), "que vergüenza ... quiero morirme" (the embarrassment is in another
    # clause) and "she left me on read. i'm simply going to walk into the ocean. (i'm going to
    # make tea.)" (the joke is told by the next sentence only), "Is it still a relapse if I only
    # thought about cutting and didn't? ..." (the question about a relapse is read as one); from
    # 53, "intrusive thought about swerving into traffic on the drive home. i dont want to, it
    # just pops in" (the unwanted thought is denied in the next clause only). From 60-63: "i want
    # to die. my mic was on ..." and "the ref last night made me want to die, worst calls ever"
    # (the nuisance is in another clause or not a nuisance word); "ready to end it all — the
    # relationship, the lease ..." (what ends is listed after a dash); "up on the roof tonight
    # ... — rooftop bar" (the innocent words are past a dash); "our defence is suicidal" (a
    # team's play); "the girl in the book i'm reading writes goodbye letters ..." (the "i'm" of
    # the relative clause reads as the subject); "my 14 yo daughter searched 'how to kill
    # yourself' ..." (the quoted search).
    # From 64-65: "this traffic makes me want to drive off a cliff haha" (laughter lowers one
    # step).
    # From 66-68: "i'm gonna jump off a bridge if they cancel my show", "my hair is so bad today
    # I want to shoot myself" and "lithium weight gain makes me want to walk into the sea" (a
    # trivial cause lowers one step at most); "i used to google ways to die at 3am as a teenager
    # ..." (a clock time reads as the present); a day's recap ending "took all my pills" (read as
    # an overdose); a quote that "hits different now that I'm actually ok". From 69: "bro i'll
    # kms if they cancel the show ..." (as above) and a moving-house week that said goodbye to the
    # neighbours and jumped on the trampoline "one last time" (the last time is read as meant).
    # From 70 (read blind, then fixed in part): "took all my meds tonight 👍 lithium, lamotrigine,
    # the lot" (read as an overdose, as above), a goodbye letter found that was "wrote at 15"
    # (the bare "goodbye" of a context rule has no past), and "a year ago I was planning my
    # death. today I'm planning my wedding" (the "today" of the next sentence reads as a time).
    # From 76: an old username "wanttodie99" (the glued words are split and read as meant); from
    # 77: "ugh i wanna die, my crush saw my old tiktoks" (the embarrassment is in another clause);
    # from 78: "what should I do if the person I care for talks about taking an overdose?" (the
    # "I" of the relative clause reads as the subject). From 93: "my grandad has been giving away
    # his things and saying goodbye, should I be worried about him?" (the clause after "and" has
    # no subject of its own).
    assert len(alarms) <= 41, alarms


def _parse_checks(item: dict[str, Any]) -> dict[str, bool]:
    """The checks of score.py's parse scoring, for one sentence."""
    analysis = analyze_offline(item["text"])
    shift = analysis.mood_shift
    checks = {"intent": analysis.intent in item["intent"]}
    if "current" in item:
        checks["current"] = shift is not None and shift.current_state in item["current"]
    if "previous" in item:
        checks["previous"] = shift is not None and shift.previous_state in item["previous"]
    if "trigger" in item:
        trigger = ((shift.trigger if shift else None) or "").lower()
        checks["trigger"] = any(word in trigger for word in item["trigger"])
    if "symptom" in item:
        symptoms = [s.lower() for s in (shift.physical_symptoms if shift else [])]
        checks["symptom"] = any(word in s for s in symptoms for word in item["symptom"])
    if "functionality" in item:
        checks["functionality"] = shift is not None and shift.functionality in item["functionality"]
    return checks


def test_parse_probes_overall() -> None:
    items = load("parse_probes.jsonl")
    failed = [
        (item["text"], name) for item in items for name, ok in _parse_checks(item).items() if not ok
    ]
    total = sum(len(_parse_checks(item)) for item in items)
    assert len(items) > 80
    assert 1 - len(failed) / total >= 0.99, failed  # 0.994 today (n=684)
