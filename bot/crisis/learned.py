"""A learned second opinion on crisis risk: logistic regression over word features.

The hand-written rules read their own test sentences well and fresh phrasing less well. This
model was trained offline (``bench/learned_crisis_experiment.py train``, scikit-learn) on the
labelled sentences of the rules' tests and probes, to tell a message with some risk from one
without; its weights, threshold and training sizes sit in ``learned_weights.json``. Scoring here
is plain Python (no numpy): the features present in a message are looked up and summed.

The detector asks it only when the rules found nothing, and then may only raise "none" to
"low" (the check-in reply); it never lowers a level and never raises one above "low".

The features are read from the detector's two views of the text (``plain_view`` and
``canonical_view``): the words and word pairs of either view, each counted once. The training
script calls ``features`` from here, so training and scoring read a message the same way.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.crisis.normalize import canonical_view, plain_view

WEIGHTS_PATH = Path(__file__).with_name("learned_weights.json")

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_CLAUSE_BREAK = re.compile(r"[.!?;\n]+")


@dataclass(frozen=True, slots=True)
class LearnedModel:
    bias: float
    weights: dict[str, float]
    threshold: float  # raise "none" to "low" at this probability or above


def view_features(plain: str, canonical: str) -> set[str]:
    """The feature names of one message read in both views: "w:" words and "b:" word pairs.

    Word pairs do not cross a sentence break; "<s>" marks a sentence's start.
    """
    found: set[str] = set()
    if not plain:
        return found
    for view in {plain, canonical}:
        for clause in _CLAUSE_BREAK.split(view):
            words = _WORD.findall(clause)
            if not words:
                continue
            found.update("w:" + word for word in words)
            found.update(f"b:{a} {b}" for a, b in zip(["<s>", *words], words, strict=False))
    return found


def features(text: str) -> set[str]:
    """``view_features`` of a raw message (the views computed here)."""
    plain = plain_view(text if isinstance(text, str) else str(text))
    if not plain:
        return set()
    return view_features(plain, canonical_view(plain).text)


def probability(model: LearnedModel, names: set[str]) -> float:
    """The model's probability (0..1) that the writer of a message with these features is at
    some risk."""
    weights = model.weights
    score = model.bias + sum(weights.get(name, 0.0) for name in names)
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    odds = math.exp(score)
    return odds / (1.0 + odds)


@lru_cache(maxsize=1)
def load_model() -> LearnedModel:
    """The weights file, read once (``prepare_detector`` calls this at start-up)."""
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return LearnedModel(
        bias=float(data["bias"]),
        weights={name: float(weight) for name, weight in data["weights"].items()},
        threshold=float(data["threshold"]),
    )


def model_info() -> dict[str, object]:
    """What the weights file says of itself (training sizes, threshold, date), no weights."""
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if key != "weights"}


def risk_probability(text: str) -> float:
    """The model's probability that the writer of ``text`` is at some risk."""
    return probability(load_model(), features(text))


def raises_to_low(plain: str, canonical: str) -> bool:
    """Whether the model is confident enough of some risk to raise "none" to "low", given the
    detector's two views of the message."""
    model = load_model()
    return probability(model, view_features(plain, canonical)) >= model.threshold
