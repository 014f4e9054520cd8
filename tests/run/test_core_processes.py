"""The core in worker processes (SANCTUM_CORE_PROCESSES): real spawned processes, each with
its own core on the same database, driven the way the bridge drives a Core."""

from __future__ import annotations

import fcntl
import json
import os
import select as waiting
import signal
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from adapters.core_processes import CoreProcesses, CoreProcessLost, threads_for
from bot.core import Core
from bot.crisis.outbox import on_new_work
from bot.llm.companion import LLMCompanion
from bot.llm.registry import language_model_for
from bot.llm.understanding import LLMUnderstanding
from bot.messages import IncomingMessage, Reply
from bot.settings import Settings
from storage.crypto import KeyRing
from storage.db import Database
from storage.models import MoodShift, OutboxMessage, RawMessage
from tests.llm.fake_provider import FakeProvider, Respond, Router
from tests.llm.fake_provider import Recorded as FakeRequest
from tests.run.test_sanctum_run import ANA, RunningProcess, free_port, run_environment
from tests.telegram.fake_bot_api import FakeBotApi

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
CRISIS = "I want to kill myself tonight"
_ids = count()


def message(text: str, user: str = "ana", *, minutes: int = 0) -> IncomingMessage:
    return IncomingMessage(
        platform="test",
        platform_user_id=user,
        text=text,
        sent_at=START + timedelta(minutes=minutes, seconds=next(_ids)),
        platform_message_id=f"m{next(_ids)}",
    )


class Recorded:
    def __init__(self) -> None:
        self.events: list[str | Reply] = []

    def reply(self, reply: Reply) -> None:
        self.events.append(reply)

    def stored(self) -> None:
        self.events.append("stored")

    @property
    def texts(self) -> list[str]:
        return [event.text for event in self.events if isinstance(event, Reply)]


def send(processes: CoreProcesses, incoming: IncomingMessage) -> Recorded:
    recorded = Recorded()
    processes.handle(incoming, recorded.reply, on_stored=recorded.stored)
    return recorded


def worker_settings(database: Database, test_key: str, tmp_path: Path, **more: object) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        database_url=database.url,
        encryption_key=SecretStr(test_key),
        log_level="WARNING",
        smtp_host="127.0.0.1",  # email invitations are queued; nothing here sends them
        **more,
    )


@pytest.fixture
def processes(database: Database, test_key: str, tmp_path: Path) -> Iterator[CoreProcesses]:
    settings = worker_settings(database, test_key, tmp_path)
    pool = CoreProcesses(settings, Core(database, settings), processes=2, threads=2)
    try:
        pool.wait_until_ready()
        yield pool
    finally:
        pool.close()


def test_a_message_is_stored_then_answered_in_a_worker_and_its_country_learnt(
    processes: CoreProcesses, database: Database
) -> None:
    for text in ("/start", "Ana", "Berlin"):
        send(processes, message(text))
    recorded = send(processes, message("/mood calm functional", minutes=5))
    assert recorded.events[0] == "stored", "the stored signal comes before any reply"
    assert "calm" in recorded.texts[0]
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(MoodShift)) == 1
        assert db.scalar(select(func.count()).select_from(RawMessage)) == 4
    # A crisis message that has to wait is answered here, with Berlin's helplines.
    assert processes.local.recent_country(("test", "ana")) == "DE"
    level, replies = processes.answer_crisis_now(message("I want to kill myself tonight"))
    assert level in ("high", "imminent")
    assert "112" in " ".join(reply.text for reply in replies)


def test_one_persons_messages_always_go_to_the_same_worker(processes: CoreProcesses) -> None:
    people = [("test", f"person-{n}") for n in range(40)]
    chosen = {person: processes.worker_for(person).number for person in people}
    assert chosen == {person: processes.worker_for(person).number for person in people}
    assert set(chosen.values()) == {0, 1}, "people are spread over both workers"


def test_a_busy_worker_is_known_so_a_crisis_can_be_answered_before_the_wait(
    processes: CoreProcesses, database: Database
) -> None:
    person = ("test", "ana")
    worker = processes.worker_for(person)
    # One thread on SQLite with the offline engine; the threads asked for on PostgreSQL.
    assert worker.threads == (1 if database.is_sqlite else 2)
    assert not processes.would_wait(message("hello"))
    reached, release = threading.Event(), threading.Event()

    def held_stored() -> None:  # the request stays in flight until its events are read
        reached.set()
        assert release.wait(30)

    held = threading.Thread(
        target=worker.handle, args=(message("/mood calm functional"), lambda _: None, held_stored)
    )
    held.start()
    try:
        assert reached.wait(30)
        assert processes.would_wait(message(CRISIS)) == (worker.threads == 1)
    finally:
        release.set()
        held.join(30)
    assert not processes.would_wait(message(CRISIS))


def test_work_a_worker_queues_wakes_this_process_dispatcher(processes: CoreProcesses) -> None:
    woken = threading.Event()
    unsubscribe = on_new_work(woken.set)
    try:
        send(processes, message("/contacts add Sam, sister, sam@example.com"))
        assert not woken.is_set()
        send(processes, message("/contacts invite 1 as Ana"))
        # The wake-up travels on the pipe ahead of the message's end, which handle() waited for.
        assert woken.is_set()
    finally:
        unsubscribe()
    with processes.db.transaction() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage)) == 1


def test_a_worker_that_dies_fails_its_messages_and_is_replaced(processes: CoreProcesses) -> None:
    person = ("test", "ana")
    worker = processes.worker_for(person)
    os.kill(worker.process.pid, signal.SIGKILL)  # type: ignore[arg-type]
    worker.process.join()
    assert worker.ended.wait(10), "the pipe closing is noticed"
    with pytest.raises(CoreProcessLost):
        worker.handle(message("hello"), lambda reply: None, lambda: None)

    recorded = send(processes, message("/mood calm functional"))
    assert "calm" in recorded.texts[0]
    assert processes.worker_for(person) is not worker


def test_a_worker_asking_a_model_answers_others_while_one_reply_waits(
    database: Database, test_key: str, tmp_path: Path
) -> None:
    # Offline, a worker handles its messages one after another (CPU work, one interpreter
    # lock); with a provider it must not: one person's slow model call holds nobody else.
    router = Router("openai")
    others_arrived = threading.Event()
    slow_call_saw_others: list[bool] = []

    def answer(recorded: FakeRequest) -> Respond:
        if "zebra" in json.dumps(recorded.body):
            slow_call_saw_others.append(others_arrived.wait(15))
        else:
            others_arrived.set()
        return router(recorded)

    fake = FakeProvider(default=answer).start()
    settings = worker_settings(
        database,
        test_key,
        tmp_path,
        llm_provider="openai",
        llm_base_url=f"{fake.url}/v1",
        llm_model="gpt-test",
    )
    pool = CoreProcesses(settings, Core(database, settings), processes=1, threads=2)
    try:
        pool.wait_until_ready()
        for person in ("ana", "ben"):
            for text in ("/start", person.title(), "Europe/Berlin", "skip", "skip", "skip"):
                send(pool, message(text, user=person))
        slow = threading.Thread(target=send, args=(pool, message("zebra stripes all day")))
        slow.start()
        recorded = send(pool, message("a quiet evening at home", user="ben"))
        slow.join(30)
    finally:
        pool.close()
        fake.stop()
    assert router.reply in recorded.texts, "the other person got the model's reply"
    assert slow_call_saw_others and slow_call_saw_others[0], "answered while the first waited"


def test_a_core_without_a_provider_works_offline(database: Database, settings: Settings) -> None:
    offline = Core(database, settings)
    assert offline.works_offline
    # One thread only where nothing waits outside the process: threads would take turns.
    assert threads_for(offline, 8) == (1 if database.is_sqlite else 8)
    model = language_model_for(
        settings.model_copy(
            update={
                "llm_provider": "openai",
                "llm_base_url": "http://127.0.0.1:9/v1",
                "llm_model": "m",
            }
        )
    )
    assert model is not None
    asking = Core(database, settings, understand=LLMUnderstanding(model, settings))
    assert not asking.works_offline
    assert threads_for(asking, 8) == 8
    assert not Core(
        database, settings, companion=LLMCompanion(model, database, settings)
    ).works_offline


def test_sqlite_transactions_hold_a_lock_other_processes_queue_on(
    sqlite_database: Database, test_key: str
) -> None:
    shared = Database(sqlite_database.url, KeyRing(test_key), writers_in_other_processes=True)
    lock_file = sqlite_database.url.removeprefix("sqlite:///") + ".lock"
    with sqlite_database.transaction():
        assert not Path(lock_file).exists(), "one process alone takes no lock file"
    with shared.transaction():
        other = os.open(lock_file, os.O_RDWR)  # another open file: as another process sees it
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(other)
    other = os.open(lock_file, os.O_RDWR)
    try:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released with the transaction
    finally:
        os.close(other)
        shared.dispose()


async def test_sanctum_run_with_core_processes_answers_and_stops_on_sigterm(
    database: Database, test_key: str, tmp_path: Path, fake_telegram: FakeBotApi
) -> None:
    environment = run_environment(database, test_key, tmp_path, fake_telegram, free_port())
    environment["SANCTUM_CORE_PROCESSES"] = "2"
    running = await RunningProcess.start(environment, tmp_path)
    try:
        fake_telegram.say(ANA, "/mood calm functional")
        assert "calm" in (await fake_telegram.wait_for_texts(ANA, 1))[0]
        last_update = fake_telegram.say(ANA, "I want to kill myself tonight")
        crisis = await fake_telegram.wait_for_texts(ANA, 2)
        assert any("988" in text or "112" in text for text in crisis[1:])
        assert await running.terminate() == 0
        assert fake_telegram.confirmed_offset == last_update + 1, "what was stored is confirmed"
        assert not any("Traceback" in line for line in running.log), "".join(running.log)
    finally:
        await running.kill()
    with database.transaction() as db:  # each message stored and recorded once
        assert db.scalar(select(func.count()).select_from(RawMessage)) == 2
        calm = select(func.count()).select_from(MoodShift).where(MoodShift.current_state == "calm")
        assert db.scalar(calm) == 1


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _ends_within(pid: int, seconds: float) -> bool:
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = waiting.select([handle], [], [], seconds)  # readable once it has ended
        return bool(readable)
    finally:
        os.close(handle)


async def test_a_killed_sanctum_run_leaves_no_worker_and_its_restart_repeats_nothing(
    database: Database, test_key: str, tmp_path: Path, fake_telegram: FakeBotApi
) -> None:
    environment = run_environment(database, test_key, tmp_path, fake_telegram, free_port())
    environment["SANCTUM_CORE_PROCESSES"] = "1"  # as the deploy files run it
    first = await RunningProcess.start(environment, tmp_path)
    try:
        fake_telegram.say(ANA, "/mood calm functional")
        assert "calm" in (await fake_telegram.wait_for_texts(ANA, 1))[0]
        left = _children(first.process.pid)
        assert left, "the core runs in a process of its own"
    finally:
        await first.kill()  # SIGKILL: no shutdown at all
    assert all([_ends_within(pid, 30) for pid in left]), "a worker outlived its parent"

    second = await RunningProcess.start(environment, tmp_path)
    try:
        fake_telegram.say(ANA, "/mood sad limited")
        texts = await fake_telegram.wait_for_texts(ANA, 2)
        assert await second.terminate() == 0
    finally:
        await second.kill()
    assert "sad" in texts[1]
    # If the kill left the first update unconfirmed, it comes again and is not answered again.
    assert len(fake_telegram.texts(ANA)) == 2, "nothing answered twice"
    with database.transaction() as db:
        states = sorted(db.scalars(select(MoodShift.current_state)))
        statuses = set(db.scalars(select(RawMessage.status)))
    assert states == ["calm", "sad"], "each record exactly once"
    assert statuses == {"processed"}
