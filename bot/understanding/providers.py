"""Choosing the understanding provider for one-off analysis (`sanctum analyze`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.understanding.models import Analysis
from bot.understanding.offline import analyze_offline

PROVIDERS = ("offline", "anthropic", "openai")


def analyzer_for(provider: str | None) -> Callable[[str, datetime | None], Analysis]:
    name = (provider or "offline").strip().lower()
    if name not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}")
    if name != "offline":
        raise ValueError(f"the {name} provider is not configured; use --provider offline")
    return analyze_offline
