"""Two `sanctum run` processes on one database: every occurrence is sent once, none is missed.

Each worker has its own Database (its own engine and connections), as separate processes
would. On PostgreSQL claims use FOR UPDATE SKIP LOCKED; SQLite has one writer at a time.
"""

from __future__ import annotations

import asyncio
import shutil
import threading
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import func, select

from bot.outbound import ChannelDirectory
from scheduler.claim import claim_due_batch
from scheduler.sweep import SweepConfig, Sweeper
from storage.crypto import KeyRing
from storage.db import Database
from storage.models import PlatformIdentity, Profile, ReminderDelivery, Schedule, User
from tests.conftest import BACKENDS, _empty_postgres, postgres_url_with_schema
from tests.scheduler.conftest import RecordingChannel, utc

PEOPLE = 400
DUE = utc(2026, 6, 10, 6)


@pytest.fixture(params=BACKENDS)
def two_databases(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path, test_key: str
) -> Iterator[tuple[Database, Database]]:
    if request.param == "sqlite":
        path = tmp_path / "shared.db"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    else:
        url = postgres_url_with_schema(request.getfixturevalue("postgres_schema"))
    first, second = Database(url, KeyRing(test_key)), Database(url, KeyRing(test_key))
    if request.param == "postgres":
        _empty_postgres(first)
    yield first, second
    first.dispose()
    second.dispose()


def _people_with_due_check_ins(database: Database, count: int) -> None:
    with database.transaction() as db:
        users = [User(created_at=DUE - timedelta(days=1)) for _ in range(count)]
        db.add_all(users)
        db.flush()
        for user in users:
            db.add(
                PlatformIdentity(user_id=user.id, platform="test", platform_user_id=f"u{user.id}")
            )
            db.add(Profile(user_id=user.id, tracking=[], timezone="Europe/Berlin",
                           morning_checkin=time(8)))  # fmt: skip
            db.add(
                Schedule(user_id=user.id, key="checkin:morning", kind="checkin", variant="morning",
                         local_time=time(8), zone="Europe/Berlin", next_fire_at=DUE)
            )  # fmt: skip


@pytest.mark.postgres
def test_skip_locked_gives_a_second_worker_other_rows_without_waiting(
    postgres_schema: str, test_key: str
) -> None:
    url = postgres_url_with_schema(postgres_schema)
    first, second = Database(url, KeyRing(test_key)), Database(url, KeyRing(test_key))
    try:
        _empty_postgres(first)
        _people_with_due_check_ins(first, 100)
        grace = timedelta(hours=2)
        other: dict[str, set[int]] = {}

        def claim_in_second_worker() -> None:
            with second.transaction() as db:
                claim_due_batch(db, DUE, 60, grace)
                other["users"] = set(db.scalars(select(ReminderDelivery.user_id)))

        with first.transaction() as db:
            report = claim_due_batch(db, DUE, 60, grace)
            mine = set(db.scalars(select(ReminderDelivery.user_id)))
            # The first worker's transaction is still open, its 60 rows locked.
            thread = threading.Thread(target=claim_in_second_worker)
            thread.start()
            thread.join(timeout=20)
            assert not thread.is_alive(), "the second worker waited for the first one's locks"
        assert report.claimed == 60 and len(mine) == 60
        assert len(other["users"]) == 40  # the 40 rows nobody held
        assert mine.isdisjoint(other["users"])
        with first.transaction() as db:
            assert db.scalar(select(func.count()).select_from(ReminderDelivery)) == 100
            assert db.scalar(select(func.count()).where(Schedule.next_fire_at <= DUE)) == 0
    finally:
        first.dispose()
        second.dispose()


def test_two_workers_sweeping_at_once_send_each_check_in_exactly_once(
    two_databases: tuple[Database, Database], settings
) -> None:
    first, second = two_databases
    _people_with_due_check_ins(first, PEOPLE)
    channel = RecordingChannel("test")
    config = SweepConfig(batch_size=10)
    workers = [
        Sweeper(database, settings, ChannelDirectory([channel]), worker=name, config=config)
        for database, name in ((first, "worker-a"), (second, "worker-b"))
    ]
    start = threading.Barrier(2)
    reports: dict[str, object] = {}

    def run(worker: Sweeper) -> None:
        start.wait(timeout=10)
        reports[worker.worker] = asyncio.run(worker.sweep())

    with time_machine.travel(DUE + timedelta(seconds=5), tick=False):
        threads = [threading.Thread(target=run, args=(worker,)) for worker in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads)
    addresses = [item.address for item in channel.sent]
    assert len(addresses) == PEOPLE
    assert len(set(addresses)) == PEOPLE
    claimed = [report.claim.claimed for report in reports.values()]  # type: ignore[attr-defined]
    sent = [report.sent for report in reports.values()]  # type: ignore[attr-defined]
    assert sum(claimed) == PEOPLE and sum(sent) == PEOPLE
    if not first.is_sqlite:  # SQLite has one writer: one worker may well take everything
        assert all(count > 0 for count in claimed), f"one worker did all the claiming: {claimed}"
    with first.transaction() as db:
        statuses = db.execute(
            select(ReminderDelivery.status, func.count()).group_by(ReminderDelivery.status)
        ).all()
        assert [tuple(row) for row in statuses] == [("sent", PEOPLE)]
