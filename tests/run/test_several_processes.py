"""Two `sanctum run` processes in webhook mode behind a load balancer, one PostgreSQL database.

Telegram may deliver an update again to another process (after a timeout or a lost answer);
here every update goes to both processes at once, the worst case. Nothing may be stored,
recorded or answered twice.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from adapters.telegram.adapter import webhook_secret
from bot.settings import Settings
from storage.db import Database
from storage.models import MoodShift, RawMessage, User
from tests.run.test_sanctum_run import RunningProcess, free_port, run_environment
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi

PEOPLE = [2000 + n for n in range(12)]
MOODS = ["calm", "anxious", "sad"]


async def test_two_webhook_processes_store_record_and_answer_each_update_once(
    database: Database, test_key: str, tmp_path: Path, fake_telegram: FakeBotApi
) -> None:
    if database.is_sqlite:
        pytest.skip("several processes share a PostgreSQL database")
    processes: list[RunningProcess] = []
    try:
        for number in range(2):
            port = free_port()
            environment = run_environment(database, test_key, tmp_path, fake_telegram, port)
            environment["SANCTUM_TELEGRAM_WEBHOOK_URL"] = f"http://127.0.0.1:{port}/telegram/hook"
            workdir = tmp_path / f"process{number}"
            workdir.mkdir()
            processes.append(await RunningProcess.start(environment, workdir))
        secret = webhook_secret(Settings(_env_file=None, telegram_token=SecretStr(TOKEN)))  # type: ignore[call-arg]
        urls = [f"http://127.0.0.1:{p.port}/telegram/hook" for p in processes]

        async def deliver_everywhere(person: int) -> list[int]:
            statuses = []
            for mood in MOODS:
                update = fake_telegram.message_update(person, f"/mood {mood} functional")
                statuses += await asyncio.gather(
                    *(fake_telegram.push(update, secret, url) for url in urls)
                )
            return statuses

        results = await asyncio.gather(*(deliver_everywhere(person) for person in PEOPLE))
        assert {status for statuses in results for status in statuses} == {200}
        for process in processes:
            assert await process.terminate() == 0  # finishes what it took, then exits
    finally:
        for process in processes:
            await process.kill()

    assert all(len(fake_telegram.texts(person)) == len(MOODS) for person in PEOPLE), {
        person: fake_telegram.texts(person) for person in PEOPLE
    }
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(User)) == len(PEOPLE)
        assert db.scalar(select(func.count()).select_from(RawMessage)) == len(PEOPLE) * 3
        assert db.scalar(select(func.count()).select_from(MoodShift)) == len(PEOPLE) * 3
        assert set(db.scalars(select(RawMessage.status))) == {"processed"}
