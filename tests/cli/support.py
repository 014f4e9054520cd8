"""Running the `sanctum` command as a real subprocess, apart from the developer's settings."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

SANCTUM = (sys.executable, "-m", "adapters.cli")


def cli_env(data_dir: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without any SANCTUM_* setting, with data in ``data_dir``,
    plus ``extra``."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("SANCTUM_")}
    return {**env, "SANCTUM_DATA_DIR": str(data_dir), **(extra or {})}


def run_sanctum(
    *args: str, data_dir: Path, stdin: str = "", env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SANCTUM, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli_env(data_dir, env),
        timeout=120,
        check=False,
    )
