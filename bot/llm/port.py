"""The port to a language model: what the bot asks of one, whoever provides it.

``bot/`` speaks only these types; adapters in ``adapters/llm/`` translate them to a provider's
API (Anthropic's Messages API, OpenAI's Chat Completions, a local OpenAI-compatible server).
Errors carry no request or reply text, so they can be logged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

FailureKind = Literal[
    "timeout", "rate_limited", "server_error", "connection", "refused", "cooling_down"
]


@dataclass(frozen=True)
class TokenUsage:
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0


@dataclass(frozen=True)
class PromptParts:
    """One request, in three parts ordered from most to least stable.

    ``system``: fixed instructions, byte-identical for every person and turn.
    ``stable``: this person's slowly changing context (profile, AI settings, facts); the same
    bytes turn after turn until one of them changes, so providers can cache the prefix.
    ``dynamic``: what changes every turn, ending with the person's message, fenced as data.
    """

    system: str
    stable: str
    dynamic: str


@dataclass(frozen=True)
class ToolSpec:
    """A structured answer the model must give: a name and a JSON schema for its arguments."""

    name: str
    description: str
    input_schema: dict[str, Any]


@dataclass(frozen=True)
class Completion:
    text: str
    usage: TokenUsage
    model: str


@dataclass(frozen=True)
class Extraction:
    arguments: dict[str, Any]
    usage: TokenUsage
    model: str


class LLMError(Exception):
    """A model call that gave no usable answer."""

    def __init__(self, message: str, usage: TokenUsage | None = None) -> None:
        super().__init__(message)
        self.usage = usage or TokenUsage()


class LLMUnavailable(LLMError):
    """The provider did not answer in time or at all, after the bounded retries."""

    def __init__(self, kind: FailureKind, usage: TokenUsage | None = None) -> None:
        super().__init__(f"language model unavailable: {kind}", usage)
        self.kind = kind


class LLMOutputInvalid(LLMError):
    """The provider answered, but not in the shape asked for (malformed JSON, no tool call)."""


@dataclass
class CallRecord:
    """What one call cost and how it ended, for the token-use log (never its content)."""

    purpose: Literal["reply", "extract", "summary"]
    provider: str
    model: str
    outcome: Literal["ok", "unavailable", "invalid", "rejected"]
    usage: TokenUsage = field(default_factory=TokenUsage)
    latency_ms: int = 0
    context_tokens: int = 0


class LanguageModel(Protocol):
    provider: str  # "anthropic" | "openai"
    model: str

    def complete(self, prompt: PromptParts, *, max_output_tokens: int) -> Completion:
        """A free-text answer. Raises LLMUnavailable or LLMOutputInvalid."""
        ...

    def extract(self, prompt: PromptParts, tool: ToolSpec, *, max_output_tokens: int) -> Extraction:
        """The tool's arguments as a JSON object (not yet validated). Raises like complete."""
        ...
