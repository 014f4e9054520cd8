"""Between the asynchronous chat adapters and the synchronous core.

Every conversation (a chat) is a lane: its messages go to the core one after another, in
arrival order, on a worker thread, while other conversations run in parallel. Replies the core
emits from its thread are handed to the event loop at once and sent in order per lane, urgent
ones (the crisis path) ahead of any still waiting. A message that has to wait (its chat's
previous message is still being handled, or every worker is busy) gets the offline crisis
rules' fixed reply at once, before the wait, if the rules find risk. The adapter learns when
the core has stored a message so it can acknowledge the platform then, never before.

A message whose storing failed is tried again after a pause (the lane waits, keeping the
order); on those later attempts the failure notices the person already got are not repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal, Protocol

from bot.commands.registry import CommandRegistry
from bot.core import ReplySink, StoredSignal
from bot.messages import IncomingMessage, Reply
from bot.metrics import ERRORS, HANDLING_SECONDS, MESSAGES_HANDLED, REPLIES_SENT
from bot.safe_logging import describe_failure
from bot.vocabulary import CrisisLevel
from storage.db import Database

log = logging.getLogger("sanctum.bridge")

TYPING_REPEAT = 4.5  # seconds; platforms show "typing" for about five seconds
OVERLOAD_FACTOR = 4  # conversations waiting per worker thread beyond which typing is skipped


class MessageCore(Protocol):
    """The core as the bridge uses it: a Core, or CoreProcesses in front of worker processes."""

    db: Database
    commands: CommandRegistry

    def handle(
        self,
        message: IncomingMessage,
        emit: ReplySink | None = None,
        *,
        on_stored: StoredSignal | None = None,
    ) -> object: ...

    def answer_crisis_now(self, message: IncomingMessage) -> tuple[CrisisLevel, list[Reply]]: ...

    def would_wait(self, message: IncomingMessage) -> bool: ...


class Replier(Protocol):
    """Where one message's replies go (a chat, a DM, an interaction)."""

    async def deliver(self, reply: Reply) -> None: ...

    async def show_typing(self) -> None: ...

    async def finished(self, replied: bool) -> None:
        """The message is handled and its replies were sent (``replied``: any at all)."""


@dataclass(frozen=True)
class StoreRetry:
    """How long a lane keeps trying to store a message before giving up on it."""

    attempts: int = 8
    first_pause: float = 1.0
    longest_pause: float = 30.0

    def pause(self, attempt: int) -> float:
        return min(self.longest_pause, self.first_pause * 2 ** (attempt - 1))


@dataclass
class _Job:
    message: IncomingMessage
    replier: Replier
    stored: asyncio.Future[bool]
    retry: StoreRetry
    attempt: int = 0
    is_stored: bool = False
    finished: bool = False
    replied: bool = False
    typing: asyncio.TimerHandle | None = None


@dataclass(order=True)
class _Outgoing:
    priority: int
    sequence: int
    job: _Job = field(compare=False)
    kind: Literal["reply", "typing", "finished"] = field(compare=False)
    reply: Reply | None = field(compare=False, default=None)


@dataclass
class _Lane:
    key: Hashable
    jobs: deque[_Job] = field(default_factory=deque)
    outbox: list[_Outgoing] = field(default_factory=list)
    runner: asyncio.Task[None] | None = None
    sender: asyncio.Task[None] | None = None

    @property
    def idle(self) -> bool:
        return not self.jobs and not self.outbox and self.runner is None and self.sender is None


class _Mailbox:
    """Calls from worker threads to run on the event loop, in the order posted. Waking the
    loop costs a system call, so a burst of posts shares one wake-up."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._calls: deque[tuple[Callable[..., object], tuple[object, ...]]] = deque()
        self._guard = threading.Lock()
        self._scheduled = False

    def post(self, callback: Callable[..., object], *args: object) -> None:
        with self._guard:
            self._calls.append((callback, args))
            if self._scheduled:
                return
            self._scheduled = True
        with contextlib.suppress(RuntimeError):  # a closed loop: the process is going away
            self._loop.call_soon_threadsafe(self._run)

    def _run(self) -> None:
        while True:
            with self._guard:
                if not self._calls:
                    self._scheduled = False
                    return
                batch = list(self._calls)
                self._calls.clear()
            for callback, args in batch:
                try:
                    callback(*args)
                except Exception as error:  # one failing call must not stop the others
                    ERRORS.labels("bridge").inc()
                    log.error("a call from the core failed: %s", describe_failure(error))


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():  # a lane cancelled by abort() no longer waits for it
        future.set_result(None)


class CoreBridge:
    def __init__(
        self,
        core: MessageCore,
        *,
        workers: int,
        typing_after: float = 0.25,
        store_retry: StoreRetry | None = None,
    ) -> None:
        self.core = core
        self.typing_after = typing_after
        self.store_retry = store_retry or StoreRetry()
        self._workers = workers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sanctum-core")
        self._lanes: dict[Hashable, _Lane] = {}
        self._sequence = itertools.count()
        self._closed = False
        self._running = 0  # messages on worker threads now
        self._mailbox: _Mailbox | None = None
        self._idle = asyncio.Event()
        self._idle.set()

    # -- what adapters call ---------------------------------------------------------------

    def submit(
        self,
        lane_key: Hashable,
        message: IncomingMessage,
        replier: Replier,
        *,
        retry: StoreRetry | None = None,
    ) -> asyncio.Future[bool]:
        """Queue a message; the future becomes True once it is stored, False if storing
        was given up (after ``retry``)."""
        loop = asyncio.get_running_loop()
        stored: asyncio.Future[bool] = loop.create_future()
        if self._closed:
            stored.set_result(False)
            return stored
        lane = self._lanes.get(lane_key)
        if lane is None:
            lane = self._lanes[lane_key] = _Lane(lane_key)
        early: list[Reply] = []
        if lane.jobs or self._running >= self._workers or self.core.would_wait(message):
            # It would wait (behind this chat's previous message, maybe a slow model, for a
            # free worker, or in a busy worker process): the crisis rules' fixed reply goes
            # out now, not after the wait.
            level, early = self.core.answer_crisis_now(message)
            if early:
                message = message.model_copy(update={"crisis_answered": level})
        job = _Job(message, replier, stored, retry or self.store_retry)
        lane.jobs.append(job)
        for reply in early:
            self._enqueue(lane, job, reply, "reply")
        self._idle.clear()
        if lane.runner is None:
            lane.runner = asyncio.create_task(self._run_lane(lane))
        return stored

    @property
    def busy(self) -> int:
        """Conversations with work queued or in progress."""
        return len(self._lanes)

    async def drain(self, within: float) -> bool:
        """Wait (up to ``within`` seconds) until every queued message is handled and its
        replies sent."""
        try:
            async with asyncio.timeout(within):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True

    def abort(self) -> None:
        """Stop at once, as a killed process would: queued work is dropped, nothing sent."""
        self._closed = True
        for lane in self._lanes.values():
            for task in (lane.runner, lane.sender):
                if task is not None:
                    task.cancel()
            for job in lane.jobs:
                if not job.stored.done():
                    job.stored.set_result(False)
        self._lanes.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def close(self) -> None:
        self._closed = True
        await asyncio.to_thread(self._pool.shutdown, wait=True, cancel_futures=True)

    # -- lanes ----------------------------------------------------------------------------

    async def _run_lane(self, lane: _Lane) -> None:
        try:
            while lane.jobs:
                job = lane.jobs[0]
                await self._handle(lane, job)
                lane.jobs.popleft()
        finally:
            lane.runner = None
            self._forget_if_idle(lane)

    async def _handle(self, lane: _Lane, job: _Job) -> None:
        loop = asyncio.get_running_loop()
        mailbox = self._mailbox_for(loop)
        while True:
            job.attempt += 1
            typing = loop.call_later(self.typing_after, self._typing_due, lane, job)
            started = time.perf_counter()
            handled: asyncio.Future[None] = loop.create_future()
            self._running += 1
            self._pool.submit(self._run_core, mailbox, lane, job, handled)
            try:
                await handled
            finally:
                self._running -= 1
                typing.cancel()
                if job.typing is not None:
                    job.typing.cancel()
            HANDLING_SECONDS.labels(job.message.platform).observe(time.perf_counter() - started)
            if job.is_stored:
                break
            if job.attempt >= job.retry.attempts:
                ERRORS.labels("store").inc()
                log.error("gave up storing a %s message", job.message.platform)
                break
            await asyncio.sleep(job.retry.pause(job.attempt))
        job.finished = True
        self._enqueue(lane, job, None, "finished")
        MESSAGES_HANDLED.labels(job.message.platform).inc()
        if not job.stored.done():
            job.stored.set_result(job.is_stored)

    def _run_core(
        self, mailbox: _Mailbox, lane: _Lane, job: _Job, handled: asyncio.Future[None]
    ) -> None:
        """On a worker thread. Everything it tells the loop goes through one mailbox, in
        order: the stored signal, the replies, then the end."""
        try:
            self.core.handle(
                job.message,
                lambda reply: mailbox.post(self._enqueue, lane, job, reply, "reply"),
                on_stored=lambda: mailbox.post(self._mark_stored, job),
            )
        except Exception as error:  # the core catches its own; this is a bug
            ERRORS.labels("core").inc()
            log.error("the core raised: %s", describe_failure(error))
        finally:
            mailbox.post(_settle, handled)

    def _mailbox_for(self, loop: asyncio.AbstractEventLoop) -> _Mailbox:
        if self._mailbox is None:
            self._mailbox = _Mailbox(loop)
        return self._mailbox

    def _mark_stored(self, job: _Job) -> None:
        job.is_stored = True
        if not job.stored.done():
            job.stored.set_result(True)

    def _enqueue(
        self,
        lane: _Lane,
        job: _Job,
        reply: Reply | None,
        kind: Literal["reply", "typing", "finished"],
    ) -> None:
        if self._closed:
            return
        if kind == "reply" and job.attempt > 1 and not job.is_stored:
            return  # a repeated failure notice: the person was told on the first attempt
        priority = 0 if reply is not None and reply.urgent else 1
        heapq.heappush(lane.outbox, _Outgoing(priority, next(self._sequence), job, kind, reply))
        if lane.sender is None:
            lane.sender = asyncio.create_task(self._send_lane(lane))

    def _typing_due(self, lane: _Lane, job: _Job) -> None:
        if job.finished or self._closed:
            return
        if len(self._lanes) <= self._workers * OVERLOAD_FACTOR:
            # Under a backlog the indicator is the first thing to go: it costs a request
            # per conversation and says nothing the queue would not cure faster.
            self._enqueue(lane, job, None, "typing")
        job.typing = asyncio.get_running_loop().call_later(
            TYPING_REPEAT, self._typing_due, lane, job
        )

    async def _send_lane(self, lane: _Lane) -> None:
        try:
            while lane.outbox:
                item = heapq.heappop(lane.outbox)
                await self._send(item)
        finally:
            lane.sender = None
            self._forget_if_idle(lane)

    async def _send(self, item: _Outgoing) -> None:
        platform = item.job.message.platform
        replier = item.job.replier
        try:
            if item.kind == "typing":
                if not item.job.finished:
                    await replier.show_typing()
            elif item.kind == "finished":
                await replier.finished(item.job.replied)
            elif item.reply is not None:
                item.job.replied = True
                await replier.deliver(item.reply)
                REPLIES_SENT.labels(platform).inc()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            ERRORS.labels(f"{platform}_send").inc()
            log.warning("sending to %s failed: %s", platform, describe_failure(error))

    def _forget_if_idle(self, lane: _Lane) -> None:
        if lane.idle and self._lanes.get(lane.key) is lane:
            del self._lanes[lane.key]
        if not self._lanes:
            self._idle.set()
