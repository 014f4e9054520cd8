"""Which language model the settings ask for.

Adapters register a factory per provider name (``adapters/llm/__init__.py``); ``bot/`` looks
them up here, so it never imports a provider's SDK.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.llm.port import LanguageModel
from bot.settings import Settings

LanguageModelFactory = Callable[[Settings], LanguageModel]

_FACTORIES: dict[str, LanguageModelFactory] = {}


class ProviderNotConfigured(ValueError):
    """The chosen provider cannot be used as configured; the message says what to set."""


def register_provider(name: str, factory: LanguageModelFactory) -> None:
    _FACTORIES[name] = factory


def language_model_for(settings: Settings, provider: str | None = None) -> LanguageModel | None:
    """The configured model, or None for the offline engine (no network at all)."""
    name = (provider or settings.llm_provider).strip().lower()
    if name == "offline":
        return None
    factory = _FACTORIES.get(name)
    if factory is None:
        raise ProviderNotConfigured(f"the {name} provider is not available in this build")
    return factory(settings)
