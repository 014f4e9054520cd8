"""Several workers (processes) sharing one database never store, record or answer twice.

Two ``Core`` instances stand for two `sanctum run` processes: each has its own in-process
locks, so only what the database provides keeps them apart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from bot.core import Core
from bot.messages import IncomingMessage, Reply
from bot.understanding.models import Analysis
from bot.users import resolve_user
from storage.db import Database
from storage.inserts import insert_unless_exists
from storage.models import MoodShift, PlatformIdentity, RawMessage, User
from tests.conftest import START

WAIT = 20  # seconds; generous bounds on joins, never sleeps


def _message(user: str, number: int, text: str = "/mood anxious limited") -> IncomingMessage:
    return IncomingMessage(
        platform="telegram",
        platform_user_id=user,
        text=text,
        sent_at=START + timedelta(seconds=number),
        platform_message_id=f"m{user}:{number}",
    )


def _count(database: Database, model: type) -> int:
    with database.transaction() as db:
        return db.scalar(select(func.count()).select_from(model)) or 0


def test_the_same_updates_delivered_to_two_workers_are_handled_once(database, settings) -> None:
    workers = [Core(database, settings), Core(database, settings)]
    messages = [_message(f"user{n % 7}", n) for n in range(28)]
    start = threading.Barrier(2)

    def deliver_all(core: Core) -> list[list[Reply]]:
        start.wait(timeout=WAIT)
        return [core.handle(message) for message in messages]

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(deliver_all, workers, timeout=WAIT * 3)

    answered = [bool(a) + bool(b) for a, b in zip(first, second, strict=True)]
    assert answered == [1] * len(messages), "each update is answered by exactly one worker"
    assert _count(database, RawMessage) == len(messages)
    assert _count(database, MoodShift) == len(messages)
    assert _count(database, User) == 7
    with database.transaction() as db:
        statuses = set(db.scalars(select(RawMessage.status)))
    assert statuses == {"processed"}


def _postgres_only(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite serves one process; this race needs PostgreSQL")


def _wait_until(condition: Callable[[], bool]) -> None:
    """Poll the database for a state another thread reaches (bounded, not a timing guess)."""
    deadline = threading.Event()
    timer = threading.Timer(WAIT, deadline.set)
    timer.start()
    try:
        while not condition():
            if deadline.wait(0.01):
                raise AssertionError("the other worker never reached the expected state")
    finally:
        timer.cancel()


def _someone_waits_for_a_lock(database: Database, locktype: str | None = None) -> bool:
    query = "SELECT count(*) FROM pg_locks WHERE NOT granted"
    if locktype:
        query += f" AND locktype = '{locktype}'"
    with database.engine.connect() as connection:
        return bool(connection.execute(text(query)).scalar())


def test_a_replay_while_another_worker_handles_it_waits_and_sends_nothing(
    database, settings
) -> None:
    _postgres_only(database)
    understanding_started = threading.Event()
    release = threading.Event()

    def slow_model(text_: str, local_time):  # an LLM call that takes a while
        understanding_started.set()
        assert release.wait(WAIT)
        return Analysis(intent="greeting")

    first = Core(database, settings, understand=slow_model)
    second = Core(database, settings)
    message = _message("ana", 1, "hello there")
    with ThreadPoolExecutor(2) as pool:
        original = pool.submit(first.handle, message)
        assert understanding_started.wait(WAIT)
        replay = pool.submit(second.handle, message)
        _wait_until(lambda: _someone_waits_for_a_lock(database, "advisory"))
        release.set()
        assert original.result(WAIT)
        assert replay.result(WAIT) == []
    assert _count(database, RawMessage) == 1


def test_insert_unless_exists_yields_to_a_row_committed_while_it_waited(database) -> None:
    _postgres_only(database)
    with database.transaction() as db:
        user_id = resolve_user(db, "telegram", "zoe", START)[0]
    values = dict(
        user_id=user_id,
        platform="telegram",
        platform_message_id="m1",
        received_at=START,
        text="hi",
        status="received",
    )
    with database.session() as winner:
        assert insert_unless_exists(winner, RawMessage, **values) is not None
        with ThreadPoolExecutor(1) as pool:

            def lose() -> object:
                with database.session() as loser:
                    result = insert_unless_exists(loser, RawMessage, **values)
                    loser.commit()
                    return result

            loser_result = pool.submit(lose)
            _wait_until(lambda: _someone_waits_for_a_lock(database))
            winner.commit()
            assert loser_result.result(WAIT) is None
    assert _count(database, RawMessage) == 1


def test_two_workers_creating_the_same_new_person_end_with_one_user(database) -> None:
    _postgres_only(database)
    with database.session() as winner:
        created_id, created = resolve_user(winner, "discord", "42", START)
        assert created
        with ThreadPoolExecutor(1) as pool:

            def lose() -> tuple[int, bool]:
                with database.session() as loser:
                    result = resolve_user(loser, "discord", "42", START)
                    loser.commit()
                    return result

            loser_result = pool.submit(lose)
            _wait_until(lambda: _someone_waits_for_a_lock(database))
            winner.commit()
            assert loser_result.result(WAIT) == (created_id, False)
    assert _count(database, User) == 1
    assert _count(database, PlatformIdentity) == 1
