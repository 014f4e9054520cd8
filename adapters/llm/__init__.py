"""Language model providers: Anthropic, OpenAI and OpenAI-compatible local servers.

Importing this package registers the providers with ``bot.llm.registry``; ``adapters/__init__``
does so, so every entry point (``sanctum chat``, ``run``, ``analyze``) can use them. The SDKs
are imported only when a provider is actually configured.
"""

from __future__ import annotations

from urllib.parse import urlparse

from adapters.llm.retry import CircuitBreaker, RetryPolicy
from bot.llm.port import LanguageModel
from bot.llm.registry import ProviderNotConfigured, register_provider
from bot.settings import Settings


def _retry_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(max_retries=settings.llm_max_retries)


def _base_url(settings: Settings) -> str | None:
    url = (settings.llm_base_url or "").strip()
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ProviderNotConfigured(
            f"SANCTUM_LLM_BASE_URL must be an http(s) address such as "
            f"http://127.0.0.1:11434/v1, not {url[:60]!r}"
        )
    return url


def connect_anthropic(settings: Settings) -> LanguageModel:
    from adapters.llm.anthropic_provider import DEFAULT_MODEL, AnthropicModel

    if settings.anthropic_api_key is None or not settings.anthropic_api_key.get_secret_value():
        raise ProviderNotConfigured(
            "the anthropic provider needs an API key: set SANCTUM_ANTHROPIC_API_KEY"
        )
    return AnthropicModel(
        api_key=settings.anthropic_api_key.get_secret_value(),
        model=settings.llm_model or DEFAULT_MODEL,
        base_url=_base_url(settings),
        timeout_seconds=settings.llm_timeout_seconds,
        policy=_retry_policy(settings),
        breaker=CircuitBreaker(),
    )


def connect_openai(settings: Settings) -> LanguageModel:
    from adapters.llm.openai_provider import DEFAULT_MODEL, OpenAIModel

    base_url = _base_url(settings)
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    if base_url is None and not key:
        raise ProviderNotConfigured(
            "the openai provider needs an API key: set SANCTUM_OPENAI_API_KEY (or "
            "SANCTUM_LLM_BASE_URL for a local OpenAI-compatible server)"
        )
    if base_url is not None and not settings.llm_model:
        raise ProviderNotConfigured(
            "with SANCTUM_LLM_BASE_URL, set SANCTUM_LLM_MODEL to a model your server serves "
            "(e.g. llama3.1:8b for Ollama)"
        )
    return OpenAIModel(
        api_key=key or "local-server",  # local servers ignore it; the SDK wants one
        model=settings.llm_model or DEFAULT_MODEL,
        base_url=base_url,
        timeout_seconds=settings.llm_timeout_seconds,
        policy=_retry_policy(settings),
        breaker=CircuitBreaker(),
    )


register_provider("anthropic", connect_anthropic)
register_provider("openai", connect_openai)
