"""Run every bench script in this folder, one after another, and print what each prints.

    python bench/run_all.py [--only NAME ...]

PostgreSQL figures appear when SANCTUM_TEST_POSTGRES_URL is set. Figures depend on the
machine: run on a quiet one and quote them with its description.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None, help="script names without bench_")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
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
