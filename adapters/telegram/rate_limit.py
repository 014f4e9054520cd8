"""Keeping under Telegram's flood limits, crisis replies first.

Telegram allows about 30 messages a second overall, about one a second in a private chat
(short bursts pass) and 20 a minute in a group; beyond that it answers 429 with a
``retry_after``. python-telegram-bot's own AIORateLimiter has no per-private-chat limit, no
priorities and retries nothing by default, so this limiter plugs into the same hook
(``BaseRateLimiter``) and adds them:

- per chat, a virtual-scheduling bucket (sends wait for their slot, in order);
- overall, a token bucket whose waiters are served urgent first (``SendOptions.urgent``);
- a 429 pauses every request for ``retry_after``, then the request is tried again (up to
  ``max_retries``; channels that retry themselves pass 0 and get the RetryAfter).

The buckets are per process: several processes behind one bot token share Telegram's limit,
so give each a share (SANCTUM_TELEGRAM_MESSAGES_PER_SECOND).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger("sanctum.telegram")

GROUP_MESSAGES_PER_SECOND = 20 / 60
CHAT_BURST = 3  # messages a chat may receive at once before the per-chat rate applies
OVERALL_BURST_SECONDS = 1.0
_UNLIMITED_ENDPOINTS = frozenset({"getUpdates", "getMe", "answerCallbackQuery", "sendChatAction"})
_MAX_TRACKED_CHATS = 20_000


@dataclass(frozen=True)
class SendOptions:
    """Passed as ``rate_limit_args`` with a request."""

    urgent: bool = False  # part of the crisis path: served before everything else waiting
    max_retries: int | None = None  # after a 429; None: the limiter's default


class _ChatSchedule:
    """Generic cell rate: each send gets the earliest slot the chat's rate and burst allow."""

    __slots__ = ("_next", "interval", "tolerance")

    def __init__(self, rate: float, burst: int) -> None:
        self.interval = 1 / rate
        self.tolerance = (burst - 1) * self.interval
        self._next = 0.0

    def reserve(self, now: float) -> float:
        """Seconds until this send may go (0: now); the slot is taken."""
        theoretical = max(self._next, now)
        allowed_at = max(now, theoretical - self.tolerance)
        self._next = theoretical + self.interval
        return allowed_at - now

    def idle_since(self, now: float) -> bool:
        return self._next <= now


class _PriorityBucket:
    """A token bucket whose waiters are served by priority, then in arrival order."""

    def __init__(self, rate: float, burst: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = burst
        self._updated = clock()
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: asyncio.TimerHandle | None = None

    async def acquire(self, urgent: bool) -> None:
        if not self._waiting and self._take() == 0:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (0 if urgent else 1, next(self._order), future))
        self._release_due()
        await future  # on cancellation the future is cancelled and skipped below

    def _take(self) -> float:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self.rate

    def _release_due(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self._waiting:
            future = self._waiting[0][2]
            if future.done():
                heapq.heappop(self._waiting)
                continue
            wait = self._take()
            if wait > 0:
                self._timer = asyncio.get_running_loop().call_later(wait, self._release_due)
                return
            heapq.heappop(self._waiting)
            future.set_result(None)


class TelegramRateLimiter(BaseRateLimiter[SendOptions]):
    def __init__(
        self,
        messages_per_second: float = 30,
        chat_messages_per_second: float = 1,
        max_retries: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._overall = (
            _PriorityBucket(
                messages_per_second,
                max(1.0, messages_per_second * OVERALL_BURST_SECONDS),
                clock,
            )
            if messages_per_second > 0
            else None
        )
        self._chat_rate = chat_messages_per_second
        self._chats: dict[int | str, _ChatSchedule] = {}
        self._max_retries = max_retries
        self._paused_until = 0.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: SendOptions | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        options = rate_limit_args or SendOptions()
        max_retries = self._max_retries if options.max_retries is None else options.max_retries
        limited = endpoint not in _UNLIMITED_ENDPOINTS and data.get("chat_id") is not None
        if limited:
            await self._wait_for_chat(data["chat_id"])
        attempt = 0
        while True:
            await self._wait_out_pause()
            if limited and self._overall is not None:
                await self._overall.acquire(options.urgent)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                pause = retry_after_seconds(error)
                self._paused_until = max(self._paused_until, self._clock() + pause)
                log.warning("Telegram asked to wait %.1f s (429)", pause)
                if attempt >= max_retries:
                    raise
                attempt += 1

    async def _wait_out_pause(self) -> None:
        # A deadline, not an event: a later 429 may push it further while we wait.
        while (wait := self._paused_until - self._clock()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(wait)

    async def _wait_for_chat(self, chat_id: int | str) -> None:
        rate = self._chat_rate
        group = isinstance(chat_id, str) or int(chat_id) < 0
        if group:
            rate = GROUP_MESSAGES_PER_SECOND if rate > 0 else 0
        if rate <= 0:
            return
        now = self._clock()
        schedule = self._chats.get(chat_id)
        if schedule is None:
            if len(self._chats) >= _MAX_TRACKED_CHATS:
                self._forget_idle_chats(now)
            schedule = self._chats[chat_id] = _ChatSchedule(rate, CHAT_BURST)
        wait = schedule.reserve(now)
        if wait > 0:
            await asyncio.sleep(wait)

    def _forget_idle_chats(self, now: float) -> None:
        for chat_id in [key for key, value in self._chats.items() if value.idle_since(now)]:
            del self._chats[chat_id]


def retry_after_seconds(error: RetryAfter) -> float:
    value = error.retry_after
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    return max(0.0, seconds)
