"""The real anthropic and openai SDKs against fake servers on loopback: replies, tool calls,
malformed answers, 429 with Retry-After, 5xx, timeouts, and the circuit breaker."""

from __future__ import annotations

import pytest

from adapters.llm import connect_anthropic, connect_openai
from adapters.llm.retry import RetryPolicy, parse_retry_after
from bot.llm.port import LLMOutputInvalid, LLMUnavailable, PromptParts, TokenUsage, ToolSpec
from bot.llm.registry import ProviderNotConfigured
from bot.settings import Settings
from tests.llm.conftest import make_anthropic, make_openai
from tests.llm.fake_provider import (
    Hang,
    Respond,
    anthropic_text,
    anthropic_tool,
    error,
    openai_text,
    openai_tool,
    text_answer,
    tool_answer,
)

PROMPT = PromptParts(system="fixed rules", stable="<context>stable</context>", dynamic="hello")
TOOL = ToolSpec(
    name="record_analysis",
    description="record it",
    input_schema={"type": "object", "properties": {"intent": {"type": "string"}}},
)


def test_anthropic_reply_with_prompt_caching_and_usage(fake, sleeps, clock) -> None:
    fake.script(
        anthropic_text("hi Alex", cache_read_input_tokens=900, cache_creation_input_tokens=0)
    )
    completion = make_anthropic(fake, sleeps, clock).complete(PROMPT, max_output_tokens=300)
    assert completion.text == "hi Alex"
    assert completion.usage == TokenUsage(100, 20, 900, 0)
    request = fake.requests[0]
    assert request.path == "/v1/messages"
    assert request.headers["x-stainless-retry-count"] == "0"  # our retries, not the SDK's
    body = request.body
    assert body["model"] == "claude-test" and body["max_tokens"] == 300
    assert body["system"] == [
        {"type": "text", "text": "fixed rules", "cache_control": {"type": "ephemeral"}}
    ]
    assert body["messages"][0]["content"] == [
        {
            "type": "text",
            "text": "<context>stable</context>",
            "cache_control": {"type": "ephemeral"},
        },
        {"type": "text", "text": "hello"},
    ]


def test_anthropic_forced_tool_call(fake, sleeps, clock) -> None:
    fake.script(anthropic_tool("record_analysis", {"intent": "greeting"}))
    extraction = make_anthropic(fake, sleeps, clock).extract(PROMPT, TOOL, max_output_tokens=200)
    assert extraction.arguments == {"intent": "greeting"}
    body = fake.requests[0].body
    assert body["tool_choice"] == {"type": "tool", "name": "record_analysis"}
    assert body["tools"][0]["input_schema"] == TOOL.input_schema


def test_anthropic_answer_without_the_tool_call_is_invalid(fake, sleeps, clock) -> None:
    fake.script(anthropic_text("I'd rather chat"))
    with pytest.raises(LLMOutputInvalid) as raised:
        make_anthropic(fake, sleeps, clock).extract(PROMPT, TOOL, max_output_tokens=200)
    assert raised.value.usage.input_tokens == 100  # what it cost is still known


def test_openai_reply_with_cached_prompt_tokens(fake, sleeps, clock) -> None:
    fake.script(openai_text("hello there", cached=100))
    completion = make_openai(fake, sleeps, clock).complete(PROMPT, max_output_tokens=250)
    assert completion.text == "hello there"
    assert completion.usage == TokenUsage(20, 25, 100, 0)  # 120 prompt tokens, 100 cached
    body = fake.requests[0].body
    assert fake.requests[0].path == "/v1/chat/completions"
    assert body["messages"][0] == {"role": "system", "content": "fixed rules"}
    assert body["messages"][1]["content"].startswith("<context>stable</context>")
    assert body["max_completion_tokens"] == 250 and "max_tokens" not in body


def test_openai_tool_call_and_malformed_arguments(fake, sleeps, clock) -> None:
    model = make_openai(fake, sleeps, clock)
    fake.script(openai_tool("record_analysis", {"intent": "question"}))
    assert model.extract(PROMPT, TOOL, max_output_tokens=100).arguments == {"intent": "question"}
    body = fake.requests[0].body
    assert body["tool_choice"] == "required" and len(body["tools"]) == 1
    assert body["tools"][0]["function"]["parameters"] == TOOL.input_schema
    fake.script(openai_tool("record_analysis", '{"intent": "question", '))
    with pytest.raises(LLMOutputInvalid):
        model.extract(PROMPT, TOOL, max_output_tokens=100)
    fake.script(openai_tool("record_analysis", "[1, 2]"))
    with pytest.raises(LLMOutputInvalid):
        model.extract(PROMPT, TOOL, max_output_tokens=100)
    assert len(fake.requests) == 3, "an unusable answer is not retried"


def test_a_local_server_answering_in_plain_json_is_read(fake, sleeps, clock) -> None:
    model = make_openai(fake, sleeps, clock, local=True)
    fake.script(openai_text('```json\n{"intent": "greeting"}\n```'))
    assert model.extract(PROMPT, TOOL, max_output_tokens=100).arguments == {"intent": "greeting"}
    assert fake.requests[0].body["max_tokens"] == 100  # what local servers understand


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_429_waits_for_a_short_retry_after_then_succeeds(fake, sleeps, clock, provider) -> None:
    model = (make_anthropic if provider == "anthropic" else make_openai)(fake, sleeps, clock)
    fake.script(error(429, {"retry-after": "2"}), text_answer(provider, "made it"))
    assert model.complete(PROMPT, max_output_tokens=50).text == "made it"
    assert sleeps == [2.0]
    assert len(fake.requests) == 2


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_429_with_a_long_retry_after_gives_up_at_once(fake, sleeps, clock, provider) -> None:
    model = (make_anthropic if provider == "anthropic" else make_openai)(fake, sleeps, clock)
    fake.script(error(429, {"retry-after": "120"}))
    with pytest.raises(LLMUnavailable) as raised:
        model.complete(PROMPT, max_output_tokens=50)
    assert raised.value.kind == "rate_limited"
    assert sleeps == [] and len(fake.requests) == 1


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_500s_are_retried_a_bounded_number_of_times(fake, sleeps, clock, provider) -> None:
    model = (make_anthropic if provider == "anthropic" else make_openai)(fake, sleeps, clock)
    fake.script(error(500), error(503), error(500), text_answer(provider, "too late"))
    with pytest.raises(LLMUnavailable) as raised:
        model.complete(PROMPT, max_output_tokens=50)
    assert raised.value.kind == "server_error"
    assert len(fake.requests) == 3  # the first try and two retries
    assert len(sleeps) == 2
    policy = RetryPolicy()
    assert policy.base_delay / 2 <= sleeps[0] <= policy.base_delay  # growing, jittered pauses
    assert policy.base_delay <= sleeps[1] <= 2 * policy.base_delay


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_a_500_then_success_answers(fake, sleeps, clock, provider) -> None:
    model = (make_anthropic if provider == "anthropic" else make_openai)(fake, sleeps, clock)
    fake.script(error(502), tool_answer(provider, "record_analysis", {"intent": "other"}))
    assert model.extract(PROMPT, TOOL, max_output_tokens=50).arguments == {"intent": "other"}


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_a_timeout_ends_in_unavailable(fake, sleeps, clock, provider) -> None:
    maker = make_anthropic if provider == "anthropic" else make_openai
    model = maker(fake, sleeps, clock, retries=1, timeout=0.3)
    fake.script(Hang(), Hang())
    with pytest.raises(LLMUnavailable) as raised:
        model.complete(PROMPT, max_output_tokens=50)
    assert raised.value.kind == "timeout"
    assert len(fake.requests) == 2


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_refusals_are_not_retried(fake, sleeps, clock, provider) -> None:
    model = (make_anthropic if provider == "anthropic" else make_openai)(fake, sleeps, clock)
    fake.script(error(400), text_answer(provider, "a reply"), error(401))
    with pytest.raises(LLMUnavailable) as raised:
        model.extract(PROMPT, TOOL, max_output_tokens=50)
    assert raised.value.kind == "refused" and len(fake.requests) == 1
    # a malformed request does not hold back the next, differently shaped one...
    assert model.complete(PROMPT, max_output_tokens=50).text == "a reply"
    with pytest.raises(LLMUnavailable):
        model.complete(PROMPT, max_output_tokens=50)
    with pytest.raises(LLMUnavailable) as raised:  # ...but a bad key does
        model.complete(PROMPT, max_output_tokens=50)
    assert raised.value.kind == "cooling_down" and len(fake.requests) == 3


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_a_body_that_is_not_json_is_invalid_output(fake, sleeps, clock, provider) -> None:
    model = (make_anthropic if provider == "anthropic" else make_openai)(fake, sleeps, clock)
    fake.script(Respond(body=b'{"id": "msg_1", "content": [tru'))
    with pytest.raises(LLMOutputInvalid):
        model.complete(PROMPT, max_output_tokens=50)


def test_after_a_failure_the_breaker_answers_at_once_until_the_cooldown_ends(
    fake, sleeps, clock
) -> None:
    model = make_anthropic(fake, sleeps, clock, retries=0)
    fake.script(error(500))
    with pytest.raises(LLMUnavailable):
        model.complete(PROMPT, max_output_tokens=50)
    with pytest.raises(LLMUnavailable) as raised:
        model.complete(PROMPT, max_output_tokens=50)
    assert raised.value.kind == "cooling_down"
    assert len(fake.requests) == 1, "no request while cooling down"
    clock.now += 31
    fake.script(anthropic_text("back"))
    assert model.complete(PROMPT, max_output_tokens=50).text == "back"


def test_retry_after_formats() -> None:
    assert parse_retry_after({"retry-after-ms": "1500"}) == 1.5
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({}) is None
    from datetime import UTC, datetime

    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert parse_retry_after({"retry-after": "Tue, 24 Nov 2026 09:00:07 GMT"}, now) == 7.0


def _settings(tmp_path, **values) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path, **values)  # type: ignore[call-arg]


def test_connecting_needs_a_key_or_a_local_server_with_a_model(tmp_path) -> None:
    with pytest.raises(ProviderNotConfigured, match="SANCTUM_ANTHROPIC_API_KEY"):
        connect_anthropic(_settings(tmp_path, llm_provider="anthropic"))
    with pytest.raises(ProviderNotConfigured, match="SANCTUM_OPENAI_API_KEY"):
        connect_openai(_settings(tmp_path, llm_provider="openai"))
    with pytest.raises(ProviderNotConfigured, match="SANCTUM_LLM_MODEL"):
        connect_openai(_settings(tmp_path, llm_base_url="http://127.0.0.1:11434/v1"))
    with pytest.raises(ProviderNotConfigured, match="http"):
        connect_openai(_settings(tmp_path, llm_base_url="ollama:11434", llm_model="llama3.1:8b"))
    local = connect_openai(
        _settings(tmp_path, llm_base_url="http://127.0.0.1:11434/v1", llm_model="llama3.1:8b")
    )
    assert (local.provider, local.model) == ("openai", "llama3.1:8b")


def test_a_local_openai_compatible_server_needs_no_key(fake, tmp_path) -> None:
    model = connect_openai(
        _settings(tmp_path, llm_base_url=f"{fake.url}/v1", llm_model="llama3.1:8b")
    )
    fake.script(openai_text("local hello"))
    assert model.complete(PROMPT, max_output_tokens=64).text == "local hello"
    request = fake.requests[0]
    assert request.body["model"] == "llama3.1:8b" and request.body["max_tokens"] == 64
    assert request.headers["authorization"] == "Bearer local-server"
