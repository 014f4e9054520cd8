"""Assembling a person's context for an LLM: sections, a token budget, versions and a cache."""

from context_builder.builder import DEFAULT_CACHE, BuiltContext, Part, build_context
from context_builder.cache import ContextCache
from context_builder.sections import register_incident_source
from context_builder.tokens import estimate_tokens

__all__ = [
    "DEFAULT_CACHE",
    "BuiltContext",
    "ContextCache",
    "Part",
    "build_context",
    "estimate_tokens",
    "register_incident_source",
]
