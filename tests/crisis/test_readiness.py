"""The detector does its one-off work when the core is built, not on the first message."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = textwrap.dedent(
    """
    from bot.crisis.helplines import load_directory
    from bot.crisis.patterns import CONTEXT_RULES, MAIN_RULES

    def ready():
        return [
            "_index" in vars(rules) and "_second_parts" in vars(rules)
            for rules in (MAIN_RULES, CONTEXT_RULES)
        ] + [load_directory.cache_info().currsize == 1]

    assert ready() == [False, False, False], ready()  # lazy until asked

    from bot.core import Core
    from bot.settings import Settings
    from storage.crypto import KeyRing, generate_key
    from storage.db import Database

    Core(Database("sqlite://", KeyRing(generate_key())), Settings(_env_file=None))
    assert ready() == [True, True, True], ready()
    print("ready")
    """
)


def test_building_the_core_prepares_the_crisis_rules_and_helplines() -> None:
    # A fresh interpreter: in this one, earlier tests have long since used the rules.
    finished = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert finished.stdout.strip() == "ready"
