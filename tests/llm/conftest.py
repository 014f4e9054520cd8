"""Fixtures for the LLM tests: fake provider servers on loopback, real SDK clients, a core."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from adapters.llm.anthropic_provider import AnthropicModel
from adapters.llm.openai_provider import OpenAIModel
from adapters.llm.retry import CircuitBreaker, RetryPolicy
from bot.core import Core
from bot.llm.companion import LLMCompanion
from bot.llm.understanding import LLMUnderstanding
from context_builder import ContextCache
from tests.conftest import Chat
from tests.llm.fake_provider import FakeProvider


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake() -> Iterator[FakeProvider]:
    server = FakeProvider().start()
    yield server
    server.stop()


@pytest.fixture
def sleeps() -> list[float]:
    """Pauses the retry logic asked for; recorded instead of slept."""
    return []


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_anthropic(
    fake: FakeProvider, sleeps: list[float], clock: FakeClock, *, retries: int = 2, timeout=5.0
) -> AnthropicModel:
    return AnthropicModel(
        api_key="test-key",
        model="claude-test",
        base_url=fake.url,
        timeout_seconds=timeout,
        policy=RetryPolicy(max_retries=retries),
        breaker=CircuitBreaker(30.0, clock=clock),
        sleep=sleeps.append,
    )


def make_openai(
    fake: FakeProvider,
    sleeps: list[float],
    clock: FakeClock,
    *,
    retries: int = 2,
    timeout=5.0,
    local: bool = False,
) -> OpenAIModel:
    model = OpenAIModel(
        api_key="test-key",
        model="gpt-test",
        base_url=f"{fake.url}/v1",
        timeout_seconds=timeout,
        policy=RetryPolicy(max_retries=retries),
        breaker=CircuitBreaker(30.0, clock=clock),
        sleep=sleeps.append,
    )
    model._local = local  # the fake is always on loopback; choose which dialect to speak
    return model


@pytest.fixture(params=["anthropic", "openai"])
def provider_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def model(provider_name: str, fake: FakeProvider, sleeps: list[float], clock: FakeClock):
    if provider_name == "anthropic":
        return make_anthropic(fake, sleeps, clock)
    return make_openai(fake, sleeps, clock)


def llm_core(database, settings, model) -> Core:
    return Core(
        database,
        settings,
        understand=LLMUnderstanding(model, settings),
        companion=LLMCompanion(model, database, settings, cache=ContextCache()),
    )


def llm_companion(core: Core) -> LLMCompanion:
    """The LLM companion inside whatever the core wraps around it (skill suggestions)."""
    companion = core.companion
    while not isinstance(companion, LLMCompanion):
        companion = companion.inner  # type: ignore[attr-defined]
    return companion


def ready_chat(core: Core, user: str = "alice") -> Chat:
    """A chat whose setup is done (name Alex, Europe/Berlin), with no model calls made.

    An hour passes after setup, so the next message opens a new conversation (session).
    """
    chat = Chat(core, user=user)
    chat.skip_intake()
    chat.now += timedelta(hours=1)
    return chat
