"""The learned second opinion (``bot/crisis/learned.py``): its weights, and that it can only
raise a rules level of "none" to "low"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.crisis.detector import assess_text, rules_assessment
from bot.crisis.learned import (
    WEIGHTS_PATH,
    features,
    load_model,
    model_info,
    risk_probability,
)
from bot.crisis.normalize import canonical_view, plain_view
from bot.vocabulary import crisis_rank

PROBES = Path(__file__).parents[1] / "eval" / "probes" / "crisis_probes.jsonl"
FEATURE_NAME = re.compile(r"^(?:w:[a-z0-9']+|b:(?:<s>|[a-z0-9']+) [a-z0-9']+)$")


def rules_level(text: str) -> str:
    plain = plain_view(text)
    return rules_assessment(plain, canonical_view(plain)).level if plain else "none"


def test_weights_load_and_describe_themselves() -> None:
    model = load_model()
    info = model_info()
    assert 0.5 <= model.threshold < 1.0
    assert info["threshold"] == model.threshold
    assert info["kept_features"] == len(model.weights) > 1000
    sizes = info["training_sentences"]
    assert sizes["risk"] + sizes["safe"] == sizes["unique"] > 5000
    # Trained on the probe file as it stands, less the probes held out: a probe added without
    # retraining (bench/learned_crisis_experiment.py train) fails here.
    probes = [
        json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    held = set(info["held_out"])
    assert sizes["crisis_probes"] == sum(item.get("probe") not in held for item in probes)
    assert info["trained"]
    assert WEIGHTS_PATH.stat().st_size <= 150_000


def test_weights_match_the_feature_code() -> None:
    """Every weight names a feature this code can produce, and the code produces weighted
    features from ordinary risky and safe text (a renamed feature scheme would score 0)."""
    names = load_model().weights
    assert all(FEATURE_NAME.match(name) for name in names), [
        name for name in names if not FEATURE_NAME.match(name)
    ][:5]
    found = features("I don't want to be here anymore. Work was fine though")
    assert {"w:anymore", "b:<s> i", "b:work was"} <= found
    assert len(found & names.keys()) >= 3
    payload = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert "bot.crisis.learned.features" in payload["features"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=120),
        st.lists(
            st.sampled_from(sorted(name[2:] for name in load_model().weights if name[0] == "w")),
            max_size=15,
        ).map(" ".join),
    )
)
def test_model_only_raises(text: str) -> None:
    """With the model, a level is never below the rules' own, and differs only as none -> low."""
    alone = rules_level(text)
    both = assess_text(text).level
    assert crisis_rank(both) >= crisis_rank(alone)
    if both != alone:
        assert (alone, both) == ("none", "low")
        assert assess_text(text).signals == ["learned_risk"]


# Written for this test, not taken from any probe: fresh phrasing the rules do not read.
RAISED = [
    "honestly i dont see myself still being around by christmas",
    "tbh everyone would cope fine if i just quietly stopped existing",
    "some nights i lie there wondering how long before anyone noticed",
    "been wondering how many of my sleeping tablets it would actually take",
]

# Everyday lookalikes: tiredness, dying batteries, stopping things.
LEFT_ALONE = [
    "im so tired after the late shift, bed time",
    "dead tired after leg day lol",
    "this traffic is killing me",
    "my phone battery is dying again",
    "stopped my antibiotics early, is that bad",
    "i could sleep for a week after that exam",
    "i need to stop eating so much chocolate",
    "the match tonight was a killer, we got destroyed",
]


@pytest.mark.parametrize("text", RAISED)
def test_raises_fresh_phrasing_to_a_check_in(text: str) -> None:
    assert rules_level(text) == "none"
    assessment = assess_text(text)
    assert assessment.level == "low"
    assert assessment.signals == ["learned_risk"]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_leaves_everyday_lookalikes_alone(text: str) -> None:
    assert risk_probability(text) < load_model().threshold
    assert assess_text(text).level == "none"
