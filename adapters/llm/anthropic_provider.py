"""Anthropic's Messages API behind the LanguageModel port.

Prompt caching: the fixed system text and the person's stable context each end with a
``cache_control`` breakpoint, so turn after turn only the dynamic part is processed at full
price (Anthropic caches a prefix once it is long enough for the model, about 1-4k tokens).
Structured extraction is a forced tool call; its input is validated by the bot, not here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from adapters.llm.retry import CircuitBreaker, RetryPolicy, call_with_retries, classify_api_error
from bot.llm.port import (
    Completion,
    Extraction,
    LLMOutputInvalid,
    PromptParts,
    TokenUsage,
    ToolSpec,
)

DEFAULT_MODEL = "claude-haiku-4-5"
_EPHEMERAL = {"type": "ephemeral"}


class AnthropicModel:
    provider = "anthropic"

    def __init__(
        self,
        *,
        api_key: str,
        model: str = DEFAULT_MODEL,
        base_url: str | None = None,
        timeout_seconds: float = 20.0,
        policy: RetryPolicy | None = None,
        breaker: CircuitBreaker | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        import anthropic

        self._sdk = anthropic
        self._client = anthropic.Anthropic(
            api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=0
        )
        self.model = model
        self._policy = policy or RetryPolicy()
        self._breaker = breaker or CircuitBreaker()
        self._sleep = sleep

    def _call(self, **request: Any) -> Any:
        return call_with_retries(
            lambda: self._client.messages.create(model=self.model, **request),
            lambda error: classify_api_error(error, self._sdk),
            self._policy,
            self._breaker,
            self._sleep,
        )

    @staticmethod
    def _messages(prompt: PromptParts) -> dict[str, Any]:
        content: list[dict[str, Any]] = []
        if prompt.stable:
            content.append({"type": "text", "text": prompt.stable, "cache_control": _EPHEMERAL})
        content.append({"type": "text", "text": prompt.dynamic})
        return {
            "system": [{"type": "text", "text": prompt.system, "cache_control": _EPHEMERAL}],
            "messages": [{"role": "user", "content": content}],
        }

    def complete(self, prompt: PromptParts, *, max_output_tokens: int) -> Completion:
        message = self._call(max_tokens=max_output_tokens, **self._messages(prompt))
        usage = _usage(message)
        text = "".join(
            getattr(block, "text", "") for block in message.content if block.type == "text"
        ).strip()
        if not text:
            raise LLMOutputInvalid("the reply was empty", usage)
        return Completion(text=text, usage=usage, model=str(message.model or self.model))

    def extract(self, prompt: PromptParts, tool: ToolSpec, *, max_output_tokens: int) -> Extraction:
        message = self._call(
            max_tokens=max_output_tokens,
            tools=[
                {
                    "name": tool.name,
                    "description": tool.description,
                    "input_schema": tool.input_schema,
                }
            ],
            tool_choice={"type": "tool", "name": tool.name},
            **self._messages(prompt),
        )
        usage = _usage(message)
        for block in message.content:
            if (
                block.type == "tool_use"
                and block.name == tool.name
                and isinstance(block.input, dict)
            ):
                return Extraction(
                    arguments=block.input, usage=usage, model=str(message.model or self.model)
                )
        raise LLMOutputInvalid("no tool call in the answer", usage)


def _usage(message: Any) -> TokenUsage:
    usage = getattr(message, "usage", None)
    if usage is None:
        return TokenUsage()
    return TokenUsage(
        input_tokens=usage.input_tokens or 0,
        output_tokens=usage.output_tokens or 0,
        cache_read_tokens=usage.cache_read_input_tokens or 0,
        cache_write_tokens=usage.cache_creation_input_tokens or 0,
    )
