"""The shared dev sets, scored by the shared score.py through the real `sanctum analyze`.

The sets live beside the project (../shared/eval) and are never copied into it; the test is
skipped where they are absent.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
ANALYZE = f"{sys.executable} -m adapters.cli analyze --provider offline"

pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="no ../shared/eval here")


def score(kind: str, *thresholds: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EVAL / "score.py"), kind, str(EVAL / f"{kind}_dev.jsonl"),
         "--cmd", ANALYZE, *thresholds],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip


def test_crisis_dev_set_meets_the_safety_thresholds() -> None:
    result = score(
        "crisis", "--min-recall", "0.95", "--min-high", "0.9", "--max-false-alarm", "0.05"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_parse_dev_set_meets_the_overall_threshold() -> None:
    result = score("parse", "--min-overall", "0.9")
    assert result.returncode == 0, result.stdout + result.stderr
