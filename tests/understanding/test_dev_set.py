"""The shared labelled dev set (../shared/eval/parse_dev.jsonl), scored like shared/eval/score.py.

Rules are not fitted to these sentences; this guards against regressions on them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.understanding.offline import analyze_offline

DEV_SET = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "parse_dev.jsonl"


def _checks(item: dict, text: str) -> dict[str, bool]:
    out = analyze_offline(text).to_contract(None)
    shift = out["mood_shift"] or {}
    checks = {"intent": out["intent"] in item["intent"]}
    if "current" in item:
        checks["current"] = shift.get("current_state") in item["current"]
    if "previous" in item:
        checks["previous"] = shift.get("previous_state") in item["previous"]
    if "trigger" in item:
        trigger = (shift.get("trigger") or "").lower()
        short = len(trigger) <= max(40, 0.6 * len(text))
        checks["trigger"] = short and any(word in trigger for word in item["trigger"])
    if "symptom" in item:
        symptoms = [s.lower() for s in shift.get("physical_symptoms") or []]
        checks["symptom"] = any(
            len(s) <= 40 and any(word in s for word in item["symptom"]) for s in symptoms
        )
    if "functionality" in item:
        checks["functionality"] = shift.get("functionality") in item["functionality"]
    return checks


@pytest.mark.skipif(not DEV_SET.exists(), reason="the shared dev set is not beside the project")
def test_dev_set_overall_score() -> None:
    items = [json.loads(line) for line in DEV_SET.read_text().splitlines() if line.strip()]
    results = [ok for item in items for ok in _checks(item, item["text"]).values()]
    assert sum(results) / len(results) >= 0.95
