"""Choosing the understanding provider for one-off analysis (`sanctum analyze`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.settings import Settings
from bot.understanding.models import Analysis
from bot.understanding.offline import analyze_offline

PROVIDERS = ("offline", "anthropic", "openai")


def analyzer_for(
    provider: str | None, settings: Settings | None = None
) -> Callable[[str, datetime | None], Analysis]:
    """The analyzer for ``provider`` (default: the configured one).

    Raises ValueError with a message for the person running the command when the provider is
    unknown or not configured (no key, no model for a local server).
    """
    settings = settings or Settings()
    name = (provider or settings.llm_provider).strip().lower()
    if name not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}")
    if name == "offline":
        return analyze_offline
    # Imported only for a model: they bring the prompt and context machinery (and the ORM),
    # a quarter of a second that the offline command does not need at start.
    from bot.llm.registry import ProviderNotConfigured, language_model_for
    from bot.llm.understanding import LLMUnderstanding

    try:
        model = language_model_for(settings, name)
    except ProviderNotConfigured as error:
        raise ValueError(f"{error}; or use --provider offline") from None
    assert model is not None
    return LLMUnderstanding(model, settings)
