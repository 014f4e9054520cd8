"""Train and score the learned second opinion beside the crisis rules (``bot/crisis/learned.py``).

The rules read their own test sentences well and fresh phrasing less well. This script trains a
logistic regression that tells a message with some risk from one without, writes the weights
the bot uses (``bot/crisis/learned_weights.json``, with the training sizes, the threshold and
the date), and scores "rules alone" against "rules, raised to low where the model is
confident". ``assess_text`` asks the model only when the rules found nothing, and then only to
raise "none" to "low"; it never lowers a level. README ("A learned second opinion") has the
figures. Not run by ``bench/run_all.py``: training needs scikit-learn, in a venv of its own.

Two steps, two Pythons (scikit-learn is for training only; scoring is plain Python)::

    python3 -m venv /tmp/learned-venv
    /tmp/learned-venv/bin/pip install scikit-learn numpy pyspellchecker==0.9.1 pyyaml
    /tmp/learned-venv/bin/python bench/learned_crisis_experiment.py \\
        train --oof OOF.jsonl                 # writes bot/crisis/learned_weights.json
    .venv/bin/python bench/learned_crisis_experiment.py \\
        evaluate --oof OOF.jsonl HELD_OUT.jsonl ...

``train --out W.json`` writes elsewhere instead (an experiment); ``evaluate --weights W.json``
scores such a file. ``--hold-out 50,51`` leaves those probes (by their "probe" number in
``crisis_probes.jsonl``, or as ``probe50.jsonl`` in ``--extra-probes DIR``) out of training, to
measure on them. The weights in the repository were trained on everything in the repository,
with nothing held out; the held-out figures in the README were measured before, on weights
trained without the probes they name.

Training data: ``tests/eval/probes/crisis_probes.jsonl``, the cases of
``tests/crisis/crisis_cases.py`` and any ``probe*.jsonl`` in ``--extra-probes``, less the
held-out probes; never the shared dev sets. One label per distinct plain
text (the first kept). Target: "none" is not an accepted level. Features
(``bot.crisis.learned.features``, the bot's own code): words and word pairs of the detector's
plain and canonical views, present or not. Model: L2 logistic regression with balanced classes;
the ``--keep`` features of largest weight are kept and the model fitted again on those alone.
Five-fold cross-validation, pruning inside each fold, gives out-of-fold probabilities for the
training sentences; the threshold written is the lowest (0.50-0.99, in steps of 0.01) at which
the model alone raises at most ``--max-safe-raised`` (2%) of the safe training sentences out of
fold, so the held-out sets play no part in choosing it.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.crisis.learned import WEIGHTS_PATH, LearnedModel, features  # noqa: E402
from bot.crisis.learned import probability as _probability  # noqa: E402
from bot.crisis.normalize import plain_view  # noqa: E402

PROBES = ROOT / "tests" / "eval" / "probes" / "crisis_probes.jsonl"
CASES = ROOT / "tests" / "crisis" / "crisis_cases.py"
ORDER = ["none", "low", "moderate", "high"]

# --- features and scoring: the bot's own code (bot/crisis/learned.py) -------------------------


def probability(bias: float, weights: dict[str, float], names: set[str]) -> float:
    return _probability(LearnedModel(bias, weights, 1.0), names)


def load_weights(path: Path) -> tuple[float, dict[str, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return float(data["bias"]), {name: float(w) for name, w in data["weights"].items()}


# --- data ----------------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _case_lists() -> list[tuple[str, list[str]]]:
    """Every (text, accepted levels) pair in the module's upper-case lists."""
    spec = importlib.util.spec_from_file_location("crisis_cases", CASES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = []
    for name, value in vars(module).items():
        if not (name.isupper() and isinstance(value, list)):
            continue
        for entry in value:
            if (
                isinstance(entry, tuple)
                and len(entry) == 2
                and isinstance(entry[0], str)
                and isinstance(entry[1], tuple)
            ):
                found.append((entry[0], list(entry[1])))
    return found


def held_out(args: argparse.Namespace) -> tuple[int, ...]:
    """The probe numbers of ``--hold-out``: never trained on, by their "probe" number in
    crisis_probes.jsonl or as probeN.jsonl in --extra-probes."""
    return tuple(int(n) for n in args.hold_out.split(",") if n.strip())


def load_training(
    extra: Path | None, held: tuple[int, ...] = ()
) -> tuple[list[dict], dict[str, int]]:
    """Sentences with their accepted levels, one per plain text (the first label kept)."""
    held_files = {f"probe{n}" for n in held}
    sources: dict[str, list[tuple[str, list[str]]]] = {
        "crisis_probes": [
            (item["text"], item["accept"])
            for item in _jsonl(PROBES)
            if item.get("probe") not in held
        ],
        "crisis_cases": _case_lists(),
    }
    if extra is not None:
        for path in sorted(extra.glob("probe*.jsonl")):
            if path.stem in held_files:
                continue  # held out for evaluation: never trained on
            sources[path.stem] = [(item["text"], item["accept"]) for item in _jsonl(path)]
    items, seen, sizes = [], set(), {}
    for source, pairs in sources.items():
        sizes[source] = len(pairs)
        for text, accept in pairs:
            key = plain_view(text)
            if key in seen:
                continue
            seen.add(key)
            items.append({"text": text, "accept": accept, "source": source})
    sizes["unique"] = len(items)
    return items, sizes


# --- training (scikit-learn) ---------------------------------------------------------------


def _fit(feats, y, c: float, keep: int, min_count: int) -> tuple[float, dict[str, float]]:
    """Fit, keep the ``keep`` largest weights, fit again on those: (bias, {name: weight})."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    def matrix(vocab: dict[str, int]):
        rows = [row for row, names in enumerate(feats) for name in names if name in vocab]
        cols = [vocab[name] for names in feats for name in names if name in vocab]
        ones = np.ones(len(rows))
        return csr_matrix((ones, (rows, cols)), shape=(len(feats), len(vocab)))

    counts: dict[str, int] = {}
    for names in feats:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(name for name, count in counts.items() if count >= min_count)
    vocab = {name: i for i, name in enumerate(names)}
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(matrix(vocab), y)
    kept = sorted(np.argsort(-np.abs(model.coef_[0]))[:keep])
    vocab = {names[i]: j for j, i in enumerate(kept)}
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(matrix(vocab), y)
    return float(model.intercept_[0]), {name: float(model.coef_[0][i]) for name, i in vocab.items()}


def train(args: argparse.Namespace) -> None:
    import numpy as np
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    items, sizes = load_training(args.extra_probes, held_out(args))
    feats = [features(item["text"]) for item in items]
    y = np.array([int("none" not in item["accept"]) for item in items])
    print(f"training sentences: {sizes}; risk {int(y.sum())}, safe {int(len(y) - y.sum())}")

    oof = np.zeros(len(items))
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    for part, rest in folds.split(np.zeros(len(y)), y):
        bias, weights = _fit([feats[i] for i in part], y[part], args.c, args.keep, args.min_count)
        for i in rest:
            oof[i] = probability(bias, weights, feats[i])
    auc = roc_auc_score(y, oof)
    print(f"cross-validated AUC {auc:.4f}")
    for threshold in (0.5, 0.7, 0.8, 0.85, 0.9, 0.95):
        raised = oof >= threshold
        print(
            f"  p >= {threshold:.2f}: risk caught {raised[y == 1].mean():.3f}, "
            f"safe raised {raised[y == 0].mean():.3f}"
        )
    # The threshold: the lowest (on a 0.01 grid) at which the model alone, out of fold, raises
    # at most --max-safe-raised of the safe training sentences.
    grid = [round(0.5 + 0.01 * step, 2) for step in range(50)]
    threshold = next(t for t in grid if (oof[y == 0] >= t).mean() <= args.max_safe_raised)
    safe_raised = float((oof[y == 0] >= threshold).mean())
    risk_caught = float((oof[y == 1] >= threshold).mean())
    print(
        f"threshold {threshold:.2f} (safe raised out of fold <= {args.max_safe_raised}): "
        f"risk caught {risk_caught:.3f}, safe raised {safe_raised:.3f}"
    )
    if args.oof:
        with args.oof.open("w", encoding="utf-8") as out:
            for item, p in zip(items, oof, strict=True):
                out.write(json.dumps({**item, "p": round(float(p), 5)}) + "\n")

    bias, weights = _fit(feats, y, args.c, args.keep, args.min_count)
    ordered = dict(sorted(weights.items(), key=lambda kv: -abs(kv[1])))
    payload = {
        "model": "logistic regression, L2, balanced classes; target: 'none' not accepted",
        "features": "bot.crisis.learned.features: words and word pairs, plain+canonical views",
        "use": "raise a rules level of 'none' to 'low' at p >= threshold; never lower a level",
        "trained": datetime.datetime.now(datetime.UTC).date().isoformat(),
        "training_sentences": {**sizes, "risk": int(y.sum()), "safe": int(len(y) - y.sum())},
        "held_out": list(held_out(args)),
        "c": args.c,
        "kept_features": len(ordered),
        "threshold": threshold,
        "cross_validation": {
            "folds": args.folds,
            "auc": round(float(auc), 4),
            "risk_caught": round(risk_caught, 4),
            "safe_raised": round(safe_raised, 4),
        },
        "bias": round(bias, 5),
        "weights": {name: round(w, 4) for name, w in ordered.items()},
    }
    args.out.write_text(json.dumps(payload, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {args.out.stat().st_size} bytes, {len(ordered)} features")


# --- evaluation (the project's Python) -----------------------------------------------------


def _raised(level: str, p: float, low_at: float, moderate_at: float | None) -> str:
    """The rules' level, raised to low (or moderate) by a confident model; never lowered."""
    floor = "none"
    if moderate_at is not None and p >= moderate_at:
        floor = "moderate"
    elif p >= low_at:
        floor = "low"
    return max(level, floor, key=ORDER.index)


def _scores(rows: list[tuple[list[str], str]]) -> str:
    """score.py's risk recall, high recall and false alarms (moderate or high on a safe
    sentence), and the stricter false alarms: any level outside the accepted ones on a safe
    sentence."""
    risk = [level for accept, level in rows if "none" not in accept]
    high = [level for accept, level in rows if accept == ["high"]]
    safe = [(accept, level) for accept, level in rows if "none" in accept]
    recall = sum(level != "none" for level in risk) / max(1, len(risk))
    high_recall = sum(level == "high" for level in high) / max(1, len(high))
    fa_score = sum(level in ("moderate", "high") for _, level in safe) / max(1, len(safe))
    fa_any = sum(level not in accept for accept, level in safe) / max(1, len(safe))
    within = sum(level in accept for accept, level in rows) / max(1, len(rows))
    return (
        f"recall {recall:.3f}  high {high_recall:.3f}  FA score.py {fa_score:.3f}  "
        f"FA outside accept {fa_any:.3f}  within {within:.3f}"
    )


def evaluate(args: argparse.Namespace) -> None:
    from bot.crisis.detector import prepare_detector, rules_assessment
    from bot.crisis.normalize import canonical_view

    prepare_detector()
    bias, weights = load_weights(args.weights)
    chosen_at = float(json.loads(args.weights.read_text(encoding="utf-8"))["threshold"])
    thresholds = sorted({chosen_at, *(float(t) for t in args.thresholds.split(","))})
    training = {
        plain_view(item["text"]) for item in load_training(args.extra_probes, held_out(args))[0]
    }

    def rules(text: str) -> str:
        plain = plain_view(text)
        level = rules_assessment(plain, canonical_view(plain)).level if plain else "none"
        return "high" if level == "imminent" else level  # imminent satisfies "high", as score.py

    tables = []
    for path in args.sets:
        items = _jsonl(path)
        fresh = [item for item in items if plain_view(item["text"]) not in training]
        for name, chosen in ((path.stem, items), (f"{path.stem} fresh", fresh)):
            if name.endswith("fresh") and len(fresh) == len(items):
                continue  # no sentence of the set is also a training sentence
            tables.append(
                (
                    name,
                    [
                        (
                            i["accept"],
                            rules(i["text"]),
                            probability(bias, weights, features(i["text"])),
                        )
                        for i in chosen
                    ],
                )
            )
    pooled = [row for name, rows in tables if not name.endswith("fresh") for row in rows]
    if len(args.sets) > 1:
        tables.append(("held-out sets together", pooled))
    if args.oof:
        items = _jsonl(args.oof)
        tables.append(
            ("training, 5-fold", [(i["accept"], rules(i["text"]), i["p"]) for i in items])
        )

    for name, rows in tables:
        n_risk = sum("none" not in accept for accept, _, _ in rows)
        print(f"{name}: {n_risk} risky, {len(rows) - n_risk} safe")
        print(f"  {'rules alone':>16}  {_scores([(a, level) for a, level, _ in rows])}")
        for t in thresholds:
            raised = [(a, _raised(level, p, t, args.moderate)) for a, level, p in rows]
            mark = "*" if t == chosen_at else " "
            print(f"  {mark + '+ model, p>=' + format(t, '.2f'):>16}  {_scores(raised)}")

    texts = [item["text"] for item in _jsonl(PROBES)]
    best = math.inf
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            probability(bias, weights, features(text))
        best = min(best, (time.process_time() - start) / len(texts))
    size = args.weights.stat().st_size
    print(f"cost: {best * 1e6:.1f} us CPU per message (features and score); weights {size} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extra-probes", type=Path, help="a folder of probe*.jsonl to add")
    parser.add_argument(
        "--hold-out", default="", help="probe numbers never trained on, e.g. 50,51 (to measure)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    fit = commands.add_parser("train", help="train and write the weights (scikit-learn)")
    fit.add_argument(
        "--out", type=Path, default=WEIGHTS_PATH, help="the weights file (default: the bot's)"
    )
    fit.add_argument("--oof", type=Path, help="write out-of-fold probabilities here")
    fit.add_argument("--c", type=float, default=1.5, help="inverse L2 strength")
    fit.add_argument("--keep", type=int, default=4000, help="features kept in the file")
    fit.add_argument("--min-count", type=int, default=2, help="sentences a feature needs")
    fit.add_argument("--folds", type=int, default=5)
    fit.add_argument(
        "--max-safe-raised", type=float, default=0.02, help="out of fold, choosing the threshold"
    )
    score = commands.add_parser("evaluate", help="rules alone against rules plus the model")
    score.add_argument("sets", nargs="*", type=Path, help="held-out labelled JSONL sets")
    score.add_argument("--weights", type=Path, default=WEIGHTS_PATH)
    score.add_argument("--oof", type=Path, help="the training sentences' out-of-fold scores")
    score.add_argument("--thresholds", default="0.8,0.85,0.9,0.92,0.95")
    score.add_argument("--moderate", type=float, help="raise to moderate at this probability")
    args = parser.parse_args()
    train(args) if args.command == "train" else evaluate(args)


if __name__ == "__main__":
    main()
