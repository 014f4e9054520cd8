"""Timing of the offline crisis detector on a generated, realistic mix of chat messages.

    .venv/bin/python bench/bench_crisis_detection.py [--messages N] [--seed S]

Prints p50/p95/p99 microseconds per message, the throughput, and the time for one 100 KB
message. It only prints figures; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.crisis.detector import (
    assess_text_afresh as assess_text,
)  # the rules' cost, not the cache's

OPENERS = ["", "ugh ", "honestly ", "so ", "ok ", "hey, ", "idk, ", "lol ", "tbh "]
EVERYDAY = [
    "had a good walk with the dog this morning",
    "mood 6/10, slept about 7 hours",
    "anxious before the meeting but it went fine",
    "took my lamotrigine with breakfast",
    "my therapist moved our session to thursday at 3pm",
    "this commute is killing me",
    "I'm dying to try the new ramen place",
    "feeling a bit flat today, not sure why",
    "remember that my sister's birthday is on the 12th",
    "energy 2, anxiety 4, irritability 3",
    "note for my therapist: the new job is stressful",
    "my phone died halfway through the call",
    "cutting back on caffeine this week",
    "watched a documentary about the ocean",
    "I can't wait for the weekend",
    "emotions: sadness 2, shame 1, joy 3. skills: opposite action",
    "the kids were loud all evening and I snapped at them",
    "went to bed at 2am again, racing thoughts",
    "spent way too much money online today, feeling elevated",
]
RISKY = [
    "I want to die",
    "i don't want to be here anymore",
    "thinking about killing myself again",
    "I cut myself last night",
    "sh urge 4/5, acted on it",
    "I have the pills ready and I'm doing it tonight",
    "took 30 of my quetiapine",
    "nobody would miss me if I was gone",
    "i want to k1ll mys3lf",
    "how many sleeping pills would it take",
    "I'm not suicidal, just tired",
    "my friend told me she self harms",
]
FILLER = (
    "Today I spent most of the afternoon sorting out the flat, answering emails and trying "
    "to keep my head above water while the builders drilled next door. "
)


def message(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.80:
        parts = [rng.choice(EVERYDAY) for _ in range(rng.randint(1, 3))]
    elif roll < 0.95:
        parts = [rng.choice(EVERYDAY), rng.choice(RISKY)]
        rng.shuffle(parts)
    else:
        parts = [FILLER * rng.randint(2, 6), rng.choice(RISKY)]
    return rng.choice(OPENERS) + ", ".join(parts)


def percentile(sorted_values: list[float], share: float) -> float:
    index = min(len(sorted_values) - 1, round(share * (len(sorted_values) - 1)))
    return sorted_values[index]


def time_once(text: str) -> float:
    start = time.perf_counter()
    assess_text(text)
    return (time.perf_counter() - start) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    corpus = [message(rng) for _ in range(args.messages)]
    for text in corpus[:200]:  # warm the token caches the way a running bot would
        assess_text(text)

    started = time.perf_counter()
    cpu_started = time.process_time()
    micros = sorted(time_once(text) for text in corpus)
    total = time.perf_counter() - started
    cpu_total = time.process_time() - cpu_started
    mean_chars = statistics.fmean(len(text) for text in corpus)
    print(f"messages: {len(corpus)} (mean {mean_chars:.0f} chars)")
    print(
        f"per message: p50 {percentile(micros, 0.50):.1f} us, p95 {percentile(micros, 0.95):.1f} us,"
        f" p99 {percentile(micros, 0.99):.1f} us, max {micros[-1]:.0f} us"
    )
    print(
        f"throughput: {len(corpus) / total:,.0f} messages/s"
        f" (CPU time {cpu_total / len(corpus) * 1e6:.1f} us per message; wall-clock figures"
        " include any other load on the machine)"
    )

    short = [text for text in corpus if len(text) <= 80]
    short_micros = sorted(time_once(text) for text in short)
    print(
        f"short messages (<= 80 chars, n={len(short)}): p50 {percentile(short_micros, 0.5):.1f} us,"
        f" p95 {percentile(short_micros, 0.95):.1f} us"
    )

    big = (FILLER * 800)[:100_000] + " and I want to kill myself"
    start = time.perf_counter()
    result = assess_text(big)
    print(f"100 KB message: {(time.perf_counter() - start) * 1000:.1f} ms -> {result.level}")
    hostile = ("a " * 50_000)[:100_000]
    start = time.perf_counter()
    assess_text(hostile)
    print(f"100 KB of 'a a a ...': {(time.perf_counter() - start) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
