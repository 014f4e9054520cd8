"""OpenAI's Chat Completions API, and any OpenAI-compatible server, behind the port.

With ``base_url`` the same client talks to a local server (Ollama, llama.cpp, vLLM), so a
person can keep everything on their own machine. Local servers differ in what they support:
``max_tokens`` is sent to them (OpenAI itself wants ``max_completion_tokens``), and when a model
answers an extraction in plain JSON instead of a tool call, that JSON is read.
OpenAI caches long prompt prefixes by itself; the fixed system text and the stable context come
first so the prefix stays the same from turn to turn.
"""

from __future__ import annotations

import json
import re
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

DEFAULT_MODEL = "gpt-5.4-mini"
_JSON_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.S)


class OpenAIModel:
    provider = "openai"

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
        import openai

        self._sdk = openai
        self._client = openai.OpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=0
        )
        self.model = model
        self._local = base_url is not None
        self._policy = policy or RetryPolicy()
        self._breaker = breaker or CircuitBreaker()
        self._sleep = sleep

    def _call(self, prompt: PromptParts, max_output_tokens: int, **extra: Any) -> Any:
        limit = "max_tokens" if self._local else "max_completion_tokens"
        user = f"{prompt.stable}\n\n{prompt.dynamic}" if prompt.stable else prompt.dynamic
        request: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": prompt.system},
                {"role": "user", "content": user},
            ],
            limit: max_output_tokens,
            **extra,
        }
        return call_with_retries(
            lambda: self._client.chat.completions.create(**request),
            lambda error: classify_api_error(error, self._sdk),
            self._policy,
            self._breaker,
            self._sleep,
        )

    def complete(self, prompt: PromptParts, *, max_output_tokens: int) -> Completion:
        completion = self._call(prompt, max_output_tokens)
        usage = _usage(completion)
        message = _first_message(completion, usage)
        text = (message.content or "").strip()
        if not text:
            raise LLMOutputInvalid("the reply was empty", usage)
        return Completion(text=text, usage=usage, model=str(completion.model or self.model))

    def extract(self, prompt: PromptParts, tool: ToolSpec, *, max_output_tokens: int) -> Extraction:
        completion = self._call(
            prompt,
            max_output_tokens,
            tools=[
                {
                    "type": "function",
                    "function": {
                        "name": tool.name,
                        "description": tool.description,
                        "parameters": tool.input_schema,
                    },
                }
            ],
            # One tool, so "required" forces it; local servers support it more widely than
            # naming the function.
            tool_choice="required",
        )
        usage = _usage(completion)
        message = _first_message(completion, usage)
        for call in message.tool_calls or []:
            function = getattr(call, "function", None)
            if function is not None and function.name == tool.name:
                return Extraction(
                    arguments=_json_object(function.arguments, usage),
                    usage=usage,
                    model=str(completion.model or self.model),
                )
        if message.content:  # some local models answer with the JSON itself
            return Extraction(
                arguments=_json_object(message.content, usage),
                usage=usage,
                model=str(completion.model or self.model),
            )
        raise LLMOutputInvalid("no tool call in the answer", usage)


def _first_message(completion: Any, usage: TokenUsage) -> Any:
    choices = getattr(completion, "choices", None) or []
    if not choices or getattr(choices[0], "message", None) is None:
        raise LLMOutputInvalid("the answer had no message", usage)
    return choices[0].message


def _json_object(text: str | None, usage: TokenUsage) -> dict[str, Any]:
    raw = (text or "").strip()
    fenced = _JSON_FENCE.match(raw)
    if fenced:
        raw = fenced.group(1)
    try:
        value = json.loads(raw)
    except (json.JSONDecodeError, TypeError):
        raise LLMOutputInvalid("the tool arguments were not valid JSON", usage) from None
    if not isinstance(value, dict):
        raise LLMOutputInvalid("the tool arguments were not a JSON object", usage)
    return value


def _usage(completion: Any) -> TokenUsage:
    usage = getattr(completion, "usage", None)
    if usage is None:
        return TokenUsage()
    details = getattr(usage, "prompt_tokens_details", None)
    cached = (getattr(details, "cached_tokens", None) or 0) if details else 0
    prompt_tokens = usage.prompt_tokens or 0
    return TokenUsage(
        input_tokens=max(0, prompt_tokens - cached),
        output_tokens=usage.completion_tokens or 0,
        cache_read_tokens=cached,
        cache_write_tokens=(getattr(details, "cache_write_tokens", None) or 0) if details else 0,
    )
