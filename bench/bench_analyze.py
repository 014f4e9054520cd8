"""Throughput of the offline understanding engine.

    .venv/bin/python bench/bench_analyze.py [--lines 20000] [--seed 7]

Prints lines/s of ``analyze_offline`` (in process, crisis check included) over a generated
corpus of realistic messages, then lines/s of the whole ``sanctum analyze --provider offline``
command over the same lines (process start, JSON in and out). The contract asks for at
least 5,000 lines/s on one core. Rates are given per CPU second (what one core sustains,
steady on a shared machine) and, for the command, per wall-clock second too.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATES = [
    "anxious",
    "really low",
    "a bit down",
    "numb",
    "so irritable",
    "furious",
    "calm",
    "okay",
    "wired",
    "overwhelmed",
    "spaced out",
    "hopeless",
    "kinda meh",
    "panicking",
    "happy",
    "stressed af",
    "on edge",
    "flat",
    "buzzing",
    "not great",
]
CAUSES = [
    "after the call with my landlord",
    "because of work",
    "since the argument with my sister",
    "about tomorrow's appointment",
    "when the bus didn't show",
    "over the rent",
    "",
    "after therapy",
    "thanks to a long walk",
    "",
    "",
]
EXTRAS = [
    "",
    "",
    "chest is tight",
    "headache all day",
    "couldn't sleep",
    "hands shaking",
    "stayed in bed",
    "managed work though",
    "got nothing done",
    "heart racing",
    "",
]
TEMPLATES = [
    "feeling {state} {cause}",
    "{state} {cause}, {extra}",
    "went from {state} to {state2} {cause}",
    "was {state} earlier, now {state2}",
    "not {state} anymore, {extra}",
    "morning: mood {n}/10, slept {h}h",
    "evening check-in: mood {n}, anxiety {a}/5, energy {a2}",
    "sadness {a} shame {a2}, urge to drink {a}, used wise mind",
    "urge to self harm {a} but didn't act, used TIPP",
    "took my {med}",
    "forgot my {med} last night",
    "doctor raised my {med} to {dose}mg",
    "the {med} is making me dizzy",
    "remember that I work nights on {day}",
    "note for my therapist: {state} most of the week",
    "how does the diary card work?",
    "hi",
    "good morning!",
    "{extra} and {state} tbh",
    "ok so today was {state}, {extra}, {cause}",
]
MEDS = ["lithium", "lamotrigine", "Seroquel", "sertraline", "meds", "quetiapine", "abilify"]
DAYS = ["Mondays", "weekends", "Fridays"]


def corpus(size: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for _ in range(size):
        template = rng.choice(TEMPLATES)
        lines.append(
            " ".join(
                template.format(
                    state=rng.choice(STATES),
                    state2=rng.choice(STATES),
                    cause=rng.choice(CAUSES),
                    extra=rng.choice(EXTRAS),
                    n=rng.randint(0, 10),
                    h=rng.choice([4, 5, 6, 6.5, 7, 8, 9]),
                    a=rng.randint(0, 5),
                    a2=rng.randint(0, 5),
                    med=rng.choice(MEDS),
                    dose=rng.choice([50, 100, 200, 300]),
                    day=rng.choice(DAYS),
                ).split()
            )
        )
    return lines


def bench_in_process(lines: list[str], repeats: int = 3) -> float:
    """Best of ``repeats`` passes: the least disturbed by other work on the machine."""
    from bot.understanding.offline import analyze_offline

    for line in lines[:200]:  # warm caches and lazy tables, as a running bot would have
        analyze_offline(line)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for line in lines:
            analyze_offline(line)
        best = min(best, time.process_time() - start)
    return len(lines) / best


def bench_cli(lines: list[str]) -> tuple[float, float] | None:
    """(lines per CPU second, lines per wall-clock second) of the whole command."""
    sanctum = shutil.which("sanctum", path=str(Path(sys.executable).parent))
    if sanctum is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for number, line in enumerate(lines):
            handle.write(json.dumps({"id": number, "text": line}) + "\n")
        path = handle.name
    cpu_before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        [sanctum, "analyze", "--provider", "offline", path],
        capture_output=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    Path(path).unlink()
    produced = done.stdout.count(b"\n")
    if produced != len(lines):
        raise SystemExit(f"sanctum analyze printed {produced} lines for {len(lines)}")
    return len(lines) / cpu, len(lines) / elapsed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    lines = corpus(args.lines, args.seed)
    rate = bench_in_process(lines)
    print(
        f"analyze_offline (in process, crisis check included): {rate:,.0f} lines per CPU second "
        f"({1e6 / rate:.0f} us/line) over {len(lines):,} lines"
    )
    cli = bench_cli(lines)
    if cli is None:
        print("sanctum analyze: skipped, the sanctum command is not installed beside this Python")
        return
    per_cpu, per_wall = cli
    print(
        f"sanctum analyze --provider offline (whole process): {per_cpu:,.0f} lines per CPU second, "
        f"{per_wall:,.0f} lines per wall second, over {len(lines):,} lines"
    )


if __name__ == "__main__":
    main()
