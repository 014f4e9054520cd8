"""Run every bench script in this folder, one after another, and print what each prints.

    python bench/run_all.py [--only NAME ...]

PostgreSQL figures appear when SANCTUM_TEST_POSTGRES_URL is set. Figures depend on the
machine: run on a quiet one and quote them with its description and the machine reference
printed first.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine_reference() -> float:
    """Seconds for ten million steps of a plain Python loop: figures from machines (or
    moments) of different speed can be compared through it."""
    began = time.perf_counter()
    total = 0
    for step in range(10_000_000):
        total += step
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None, help="script names without bench_")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
    print(f"machine reference: a 10M-step Python loop took {machine_reference():.2f} s", flush=True)
    failures = 0
    for script in scripts:
        print(f"\n=== {script.name}", flush=True)
        began = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], check=False)
        print(f"--- {script.name}: exit {result.returncode}, {time.perf_counter() - began:.0f} s")
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
