"""`sanctum run`: a real process (SIGTERM), and the same server in-process (draining)."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from pydantic import SecretStr

from adapters.run import serve
from bot.settings import Settings
from storage.db import Database
from tests.run.scripted_core import WAIT, scripted_core
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi

SANCTUM = str(Path(sys.executable).with_name("sanctum"))
ANA = 1001


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_environment(
    database: Database, test_key: str, tmp_path: Path, fake: FakeBotApi, port: int
) -> dict[str, str]:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("SANCTUM_")
    }
    environment.update(
        SANCTUM_DATA_DIR=str(tmp_path / "data"),
        SANCTUM_DATABASE_URL=database.url,
        SANCTUM_ENCRYPTION_KEY=test_key,
        SANCTUM_TELEGRAM_TOKEN=TOKEN,
        SANCTUM_TELEGRAM_BASE_URL=fake.base_url,
        SANCTUM_TELEGRAM_CHAT_MESSAGES_PER_SECOND="0",
        SANCTUM_HTTP_PORT=str(port),
        SANCTUM_LOG_LEVEL="INFO",
    )
    return environment


class RunningProcess:
    def __init__(self, process: asyncio.subprocess.Process, port: int) -> None:
        self.process = process
        self.port = port
        self.log: list[str] = []

    @classmethod
    async def start(cls, environment: dict[str, str], cwd: Path) -> RunningProcess:
        process = await asyncio.create_subprocess_exec(
            SANCTUM,
            "run",
            env=environment,
            cwd=cwd,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        running = cls(process, int(environment["SANCTUM_HTTP_PORT"]))
        await running.wait_for_log("sanctum running")
        return running

    async def wait_for_log(self, fragment: str) -> None:
        assert self.process.stderr is not None

        async def read() -> None:
            while True:
                line = await self.process.stderr.readline()  # type: ignore[union-attr]
                if not line:
                    raise AssertionError(f"no {fragment!r} in the log:\n" + "".join(self.log))
                self.log.append(line.decode())
                if fragment in self.log[-1]:
                    return

        await asyncio.wait_for(read(), WAIT)

    async def get(self, path: str) -> tuple[int, str]:
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{self.port}{path}") as response,
        ):
            return response.status, await response.text()

    async def get_until(self, path: str, fragment: str, attempts: int = 200) -> str:
        """GET ``path`` again until its body holds ``fragment`` (each try is a round trip)."""
        for _ in range(attempts):
            status, body = await self.get(path)
            assert status == 200
            if fragment in body:
                return body
        raise AssertionError(f"{fragment!r} never appeared in {path}")

    async def terminate(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        await self.wait_for_log("stopped")
        return await asyncio.wait_for(self.process.wait(), WAIT)

    async def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
            await self.process.wait()


@pytest.fixture
async def sanctum_process(
    database: Database, test_key: str, tmp_path: Path, fake_telegram: FakeBotApi
) -> AsyncIterator[RunningProcess]:
    environment = run_environment(database, test_key, tmp_path, fake_telegram, free_port())
    running = await RunningProcess.start(environment, tmp_path)
    yield running
    await running.kill()


async def test_sanctum_run_serves_telegram_health_and_metrics_and_stops_on_sigterm(
    sanctum_process: RunningProcess, fake_telegram: FakeBotApi
) -> None:
    status, health = await sanctum_process.get("/healthz")
    assert status == 200
    assert '"telegram": "polling"' in health and '"database": "ok"' in health

    update_id = fake_telegram.say(ANA, "/mood calm functional")
    assert "calm" in (await fake_telegram.wait_for_texts(ANA, 1))[0]
    # The reply can arrive a moment before the core's thread has returned and been counted.
    handled = 'sanctum_messages_handled_total{platform="telegram"} 1.0'
    metrics = await sanctum_process.get_until("/metrics", handled)
    assert 'sanctum_message_handling_seconds_count{platform="telegram"} 1.0' in metrics
    assert 'sanctum_replies_sent_total{platform="telegram"} 1.0' in metrics
    assert "sanctum_alerts_total" in metrics and "sanctum_errors_total" in metrics

    assert await sanctum_process.terminate() == 0
    assert fake_telegram.confirmed_offset == update_id + 1, "what was stored is confirmed"
    assert not any("Traceback" in line for line in sanctum_process.log), "\n".join(
        sanctum_process.log
    )


async def test_sanctum_run_refuses_an_unmigrated_database(
    tmp_path: Path, test_key: str, fake_telegram: FakeBotApi
) -> None:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("SANCTUM_")
    }
    environment.update(
        SANCTUM_DATA_DIR=str(tmp_path / "data"),
        SANCTUM_ENCRYPTION_KEY=test_key,
        SANCTUM_HTTP_PORT=str(free_port()),
    )
    process = await asyncio.create_subprocess_exec(
        SANCTUM, "run", env=environment, cwd=tmp_path, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await asyncio.wait_for(process.communicate(), WAIT)
    assert process.returncode == 2
    assert b"sanctum db upgrade" in stderr


async def test_shutdown_finishes_the_message_in_progress_and_reports_unavailable(
    database: Database, settings: Settings, fake_telegram: FakeBotApi
) -> None:
    port = free_port()
    settings = settings.model_copy(
        update={
            "telegram_token": SecretStr(TOKEN),
            "telegram_base_url": fake_telegram.base_url,
            "telegram_chat_messages_per_second": 0,
            "http_port": port,
        }
    )
    scripted = scripted_core(database, settings)
    hold = scripted.understanding.hold("a long thought")
    stop = asyncio.Event()
    ready = asyncio.Event()
    server = asyncio.create_task(
        serve(settings, stop=stop, core=scripted.core, on_ready=lambda _: ready.set())
    )
    gc.unfreeze()
    await asyncio.wait_for(ready.wait(), WAIT)
    # What was loaded at start is kept out of the collector's full passes (stalls of ~0.1 s).
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    update_id = fake_telegram.say(ANA, "a long thought")
    await hold.wait_reached()
    stop.set()  # SIGTERM arrives while the core is busy with the message

    async with aiohttp.ClientSession() as session:

        async def health() -> int:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                return response.status

        assert await health() == 503, "a stopping process tells the load balancer"
        hold.release.set()
        await asyncio.wait_for(server, WAIT)
    assert len(fake_telegram.texts(ANA)) == 1, "the message in progress was answered"
    assert fake_telegram.confirmed_offset == update_id + 1
