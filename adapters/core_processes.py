"""The core in worker processes, so `sanctum run` can use more than one CPU.

The interpreter lock lets one process run Python on one CPU at a time, and the core's work
(understanding, storing, records) is CPU-bound. With ``SANCTUM_CORE_PROCESSES`` above zero,
`sanctum run` keeps the chat adapters, the scheduler and the alert dispatcher in its own
process and hands each message to one of that many worker processes, each with a core of its
own built from the same settings.

- One person's messages always go to the same worker (a stable hash of the person), whose core
  handles them in order under its per-person lock, as in one process.
- With the offline engine on SQLite a worker handles its messages one after another on one
  thread: the work is CPU alone, SQLite's writes take turns anyway, and threads sharing one
  interpreter lock only take turns too (measured: 8 threads gave about a fifth less
  throughput than one). With a provider, or on PostgreSQL, it uses ``SANCTUM_CORE_WORKERS``
  threads, so a slow model call or a database round trip holds nobody else's message. A
  message for a worker busy with others (``would_wait``) gets the crisis rules' reply from
  this process before it waits, as the bridge gives one queued behind its chat.
- A worker reports, in order, that the message is stored, each reply, and the end; the
  adapters acknowledge the platform and send replies exactly as they do in one process.
- Work a worker commits to the outbox (an alert) wakes this process's dispatcher at once.
- The country each person last set comes back with every message, so a crisis message that
  has to wait still gets the right helplines at once (``answer_crisis_now`` runs here).
- A worker that dies fails its messages in flight: the bridge tries them again on a new
  worker, and what was stored but not finished is replayed by the recovery service.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import multiprocessing
import queue
import signal
import threading
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from bot.core import Core, ReplySink, StoredSignal
from bot.crisis.outbox import announce_new_work, on_new_work
from bot.messages import IncomingMessage, Reply
from bot.safe_logging import configure_logging, describe_failure
from bot.settings import Settings
from bot.vocabulary import CrisisLevel

log = logging.getLogger("sanctum.core_processes")

START_SECONDS = 120.0  # a worker imports everything and prepares the crisis rules
STOP_SECONDS = 10.0
_NO_REQUEST = 0  # request id of events that belong to no message


class CoreProcessLost(Exception):
    """The worker process handling a message ended before the message was finished."""


class CoreWorker:
    """One worker process and this side of its pipe. ``ended`` is set once the pipe has closed
    (the process is gone and its messages have failed)."""

    def __init__(self, settings: Settings, number: int, threads: int) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a threaded process
        ours, theirs = context.Pipe()
        self.number = number
        self.process: BaseProcess = context.Process(
            target=serve_core_process,
            args=(settings, theirs, threads),
            name=f"sanctum-core-{number}",
            daemon=True,
        )
        self.process.start()
        theirs.close()
        self._connection = ours
        self._send_guard = threading.Lock()
        self._guard = threading.Lock()
        self._pending: dict[int, queue.SimpleQueue[tuple[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._alive = True
        self.ready = threading.Event()
        self.threads = 1  # how many messages it handles at once, as it says when ready
        self.ended = threading.Event()
        self._reader = threading.Thread(
            target=self._read, name=f"sanctum-core-{number}-reader", daemon=True
        )
        self._reader.start()

    @property
    def alive(self) -> bool:
        return self._alive

    @property
    def busy(self) -> bool:
        """Every thread it has is taken: a message sent now would wait its turn."""
        with self._guard:
            return len(self._pending) >= self.threads

    def handle(self, message: IncomingMessage, emit: ReplySink, on_stored: StoredSignal) -> Any:
        """Run one message on the worker; returns what the worker sent with its end."""
        events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        with self._guard:
            if not self._alive:
                raise CoreProcessLost(f"core process {self.number} has ended")
            request = next(self._ids)
            self._pending[request] = events
        try:
            try:
                with self._send_guard:
                    self._connection.send((request, message))
            except (OSError, ValueError) as error:
                raise CoreProcessLost(f"core process {self.number} has ended") from error
            while True:
                kind, payload = events.get()
                if kind == "stored":
                    on_stored()
                elif kind == "reply":
                    emit(payload)
                elif kind == "done":
                    return payload
                else:  # "lost"
                    raise CoreProcessLost(f"core process {self.number} ended mid-message")
        finally:
            with self._guard:
                self._pending.pop(request, None)

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError), self._send_guard:
            self._connection.send(None)
        self.process.join(STOP_SECONDS)
        if self.process.is_alive():
            log.warning("core process %d did not stop in time; terminating it", self.number)
            self.process.terminate()
            self.process.join(STOP_SECONDS)
        self._connection.close()
        self._reader.join(STOP_SECONDS)

    def _read(self) -> None:
        while True:
            try:
                request, kind, payload = self._connection.recv()
            except (EOFError, OSError):
                break
            if kind == "ready":
                self.threads = payload
                self.ready.set()
            elif kind == "new_work":
                announce_new_work()
            else:
                with self._guard:
                    events = self._pending.get(request)
                if events is not None:
                    events.put((kind, payload))
        with self._guard:
            self._alive = False
            waiting = list(self._pending.values())
        for events in waiting:
            events.put(("lost", None))
        self.ready.set()  # nobody waits for a worker that will never be ready
        self.ended.set()


class CoreProcesses:
    """What the bridge calls instead of a Core when the core runs in worker processes.

    ``local`` is a core in this process: its database, commands and crisis rules serve the
    adapters and background services, and it answers crisis messages that have to wait.
    """

    def __init__(self, settings: Settings, local: Core, processes: int, threads: int) -> None:
        self.settings = settings
        self.local = local
        self.db = local.db
        self.commands = local.commands
        self._threads = threads
        self._guard = threading.Lock()
        self._workers = [CoreWorker(settings, number, threads) for number in range(processes)]

    def wait_until_ready(self, within: float = START_SECONDS) -> None:
        """Block until every worker has built its core; raise if one could not."""
        for worker in self._workers:
            if not worker.ready.wait(within) or not worker.alive:
                raise RuntimeError(
                    f"core process {worker.number} did not start (exit code "
                    f"{worker.process.exitcode}); see its log above"
                )

    def answer_crisis_now(self, message: IncomingMessage) -> tuple[CrisisLevel, list[Reply]]:
        return self.local.answer_crisis_now(message)

    def would_wait(self, message: IncomingMessage) -> bool:
        """Whether the message's worker is busy (a worker on one thread handles one message at
        a time, and one may be slow: a chart, an export), so the bridge answers a crisis in it
        before it waits."""
        worker = self._workers[self._number_for((message.platform, message.platform_user_id))]
        return worker.busy

    def handle(
        self,
        message: IncomingMessage,
        emit: ReplySink | None = None,
        *,
        on_stored: StoredSignal | None = None,
    ) -> None:
        person = (message.platform, message.platform_user_id)
        worker = self.worker_for(person)
        country = worker.handle(
            message,
            emit if emit is not None else _ignore,
            on_stored if on_stored is not None else _nothing,
        )
        if country is not None:
            self.local.remember_country(person, country)

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()

    def worker_for(self, person: tuple[str, str]) -> CoreWorker:
        """The worker serving this person (always the same one, so their messages keep their
        order); a worker that has ended is replaced first."""
        number = self._number_for(person)
        with self._guard:
            worker = self._workers[number]
            if not worker.alive:
                log.error(
                    "core process %d ended (exit code %s); starting another",
                    number,
                    worker.process.exitcode,
                )
                worker = self._workers[number] = CoreWorker(self.settings, number, self._threads)
        return worker

    def _number_for(self, person: tuple[str, str]) -> int:
        return zlib.crc32("\x00".join(person).encode("utf-8")) % len(self._workers)


def _ignore(_: object) -> None:
    pass


def _nothing() -> None:
    pass


def serve_core_process(settings: Settings, connection: Connection, threads: int) -> None:
    """A worker process's whole life: build a core, handle what arrives, stop on None or
    when the parent goes away."""
    # The parent decides when to stop (it finishes messages in flight first); a terminal's
    # Ctrl-C reaches the whole process group, so the worker ignores it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    configure_logging(settings.log_level)
    from bot.app import build_core  # the child's imports, after logging is set up

    send_guard = threading.Lock()

    def send(request: int, kind: str, payload: object = None) -> None:
        with send_guard, contextlib.suppress(OSError, ValueError):
            connection.send((request, kind, payload))

    core = build_core(settings)
    unsubscribe = on_new_work(lambda: send(_NO_REQUEST, "new_work"))
    gc.freeze()
    threads = threads_for(core, threads)
    send(_NO_REQUEST, "ready", threads)

    def run(request: int, message: IncomingMessage) -> None:
        person = (message.platform, message.platform_user_id)
        try:
            core.handle(
                message,
                lambda reply: send(request, "reply", reply),
                on_stored=lambda: send(request, "stored"),
            )
        except Exception as error:  # the core catches its own; this is a bug
            log.error("the core raised: %s", describe_failure(error))
        finally:
            send(request, "done", core.recent_country(person))

    if threads == 1:
        # Messages run one after another on this thread (the bridge keeps several in
        # flight, so the next is already waiting in the pipe).
        for request, message in _requests(connection):
            run(request, message)
    else:
        with ThreadPoolExecutor(threads, thread_name_prefix="sanctum-core") as pool:
            for request, message in _requests(connection):
                pool.submit(run, request, message)
    unsubscribe()
    core.db.dispose()


def threads_for(core: Core, threads: int) -> int:
    """How many threads a worker runs messages on: one when nothing a message does waits
    outside this process (the offline engine on SQLite), else ``threads``."""
    return 1 if core.works_offline and core.db.is_sqlite else threads


def _requests(connection: Connection) -> Iterator[tuple[int, IncomingMessage]]:
    """What the parent sends, until it says stop (None) or goes away."""
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if item is None:
            return
        yield item
