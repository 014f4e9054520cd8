"""Bounded retries for provider calls, shared by every LLM adapter.

The SDKs' own retries are switched off (``max_retries=0``) so one policy applies everywhere:
timeouts, connection errors, 408/409/429 and 5xx are retried at most ``max_retries`` times with
a growing, jittered pause; a 429's Retry-After is honoured when it is short and otherwise means
"answer offline now" (nobody should wait a minute for a reply). After a call has failed for
good, a circuit breaker answers "unavailable" at once for a cooldown, so an outage costs the
person one wait, not one per message.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import Literal, TypeVar

from bot.llm.port import FailureKind, LLMOutputInvalid, LLMUnavailable

T = TypeVar("T")

RETRYABLE_STATUS = frozenset({408, 409, 429})


@dataclass(frozen=True)
class Failure:
    kind: FailureKind | Literal["invalid"]
    retryable: bool
    retry_after: float | None = None
    # False for a request the provider refused as malformed (400, 404, 413, 422): other calls,
    # shaped differently, may well work, so they are not held back.
    opens_breaker: bool = True


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 4.0
    # A Retry-After longer than this is not waited for: the offline engine answers instead.
    max_retry_after: float = 10.0

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before retry number ``attempt + 1``, or None to give up now."""
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)


class CircuitBreaker:
    """After a call failed for good, report "unavailable" at once until the cooldown ends."""

    def __init__(
        self, cooldown_seconds: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.cooldown_seconds = cooldown_seconds
        self._clock = clock
        self._open_until = 0.0
        self._lock = threading.Lock()

    def check(self) -> None:
        with self._lock:
            if self._clock() < self._open_until:
                raise LLMUnavailable("cooling_down")

    def record_failure(self) -> None:
        with self._lock:
            self._open_until = self._clock() + self.cooldown_seconds

    def record_success(self) -> None:
        with self._lock:
            self._open_until = 0.0


def parse_retry_after(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds from ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date)."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def classify_api_error(error: Exception, sdk: ModuleType) -> Failure | None:
    """Map an exception of the anthropic or openai SDK (same shape) to a Failure.

    None means the exception is not the provider's doing (a bug of ours): it propagates.
    """
    if isinstance(error, sdk.APITimeoutError):
        return Failure("timeout", retryable=True)
    if isinstance(error, sdk.APIConnectionError):
        return Failure("connection", retryable=True)
    if isinstance(error, sdk.APIResponseValidationError):
        return Failure("invalid", retryable=False)
    if isinstance(error, sdk.APIStatusError):
        status = error.status_code
        if status == 429:
            return Failure(
                "rate_limited",
                retryable=True,
                retry_after=parse_retry_after(error.response.headers),
            )
        if status >= 500 or status in RETRYABLE_STATUS:
            return Failure("server_error", retryable=True)
        return Failure("refused", retryable=False, opens_breaker=status in (401, 402, 403))
    if isinstance(error, sdk.APIError | ValueError):  # e.g. a body that is not JSON
        return Failure("invalid", retryable=False)
    return None


def call_with_retries(
    call: Callable[[], T],
    classify: Callable[[Exception], Failure | None],
    policy: RetryPolicy,
    breaker: CircuitBreaker,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    breaker.check()
    attempt = 0
    while True:
        try:
            result = call()
        except Exception as error:
            failure = classify(error)
            if failure is None:
                raise
            if failure.kind == "invalid":
                breaker.record_success()  # it answered; the answer was unusable
                raise LLMOutputInvalid("the provider's answer could not be read") from None
            pause = policy.delay(attempt, failure.retry_after) if failure.retryable else None
            if pause is None or attempt >= policy.max_retries:
                if failure.opens_breaker:
                    breaker.record_failure()
                raise LLMUnavailable(failure.kind) from None
            sleep(pause)
            attempt += 1
            continue
        breaker.record_success()
        return result
