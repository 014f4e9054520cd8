"""Conversation with a language model: the port, understanding, the companion, token use."""

from bot.llm.port import (
    CallRecord,
    Completion,
    Extraction,
    LanguageModel,
    LLMError,
    LLMOutputInvalid,
    LLMUnavailable,
    PromptParts,
    TokenUsage,
    ToolSpec,
)
from bot.llm.registry import ProviderNotConfigured, language_model_for, register_provider

__all__ = [
    "CallRecord",
    "Completion",
    "Extraction",
    "LLMError",
    "LLMOutputInvalid",
    "LLMUnavailable",
    "LanguageModel",
    "PromptParts",
    "ProviderNotConfigured",
    "TokenUsage",
    "ToolSpec",
    "language_model_for",
    "register_provider",
]
