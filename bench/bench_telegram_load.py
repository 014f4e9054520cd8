"""Telegram load: `sanctum run` against the fake Bot API server, beside a bare echo bot.

    python bench/bench_telegram_load.py [--seconds 20] [--burst 2000] [--users 50] [--rate 100]
        [--processes N] [--postgres URL] [--only echo|sanctum]

Both bots poll the same fake Bot API server (tests/telegram/fake_bot_api.py, in this process)
in the same run. For each: a steady load of ``--rate`` messages a second from ``--users``
people, then a burst of ``--burst`` messages offered at once ("full speed"). Printed: replies
per second, and reply latency p50/p95 (from the update being offered to the reply arriving
at the server). Sanctum runs as a real `sanctum run` process on a fresh SQLite database (or a
scratch schema of ``--postgres``), with ``--processes`` core worker processes, the offline
engine, and its Telegram rate limits off (the fake server has none; the limits would
otherwise cap it at 30 messages a second by design).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import os
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.support import postgres_schema  # noqa: E402
from storage.crypto import generate_key  # noqa: E402
from tests.telegram.fake_bot_api import TOKEN, Call, FakeBotApi  # noqa: E402

SANCTUM = str(Path(sys.executable).with_name("sanctum"))
MESSAGES = [
    "went from calm to really anxious after the call with my boss, chest is tight",
    "feeling low after the argument with my partner",
    "morning: mood 6/10, slept 7h",
    "sadness 4 shame 3, urge to drink 2, used self-soothe",
    "took my lamotrigine",
    "irritated since the bus was late",
    "calmer now after a walk",
    "/today",
    "/mood anxious functional",
    "numb and flat, didn't leave the house",
]
ECHO_BOT = """
import sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters

async def echo(update, context):
    await update.message.reply_text(update.message.text)

application = ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2]).build()
application.add_handler(MessageHandler(filters.TEXT, echo))
application.run_polling(timeout=1)
"""


@dataclass
class Replies:
    """Pairs each reply with the oldest unanswered message of its chat."""

    waiting: dict[int, collections.deque[float]] = field(
        default_factory=lambda: collections.defaultdict(collections.deque)
    )
    latencies: list[float] = field(default_factory=list)
    last_at: float = 0.0
    unmatched: int = 0
    requests: collections.Counter[str] = field(default_factory=collections.Counter)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def offered(self, chat_id: int, at: float) -> None:
        self.waiting[chat_id].append(at)

    def on_call(self, call: Call) -> None:
        self.requests[call.method] += 1
        if call.method != "sendMessage" or call.status != 200:
            return
        queue = self.waiting.get(call.chat_id or 0)
        if not queue:
            self.unmatched += 1
            return
        self.latencies.append(call.at - queue.popleft())
        self.last_at = call.at
        self.arrived.set()

    async def wait_for(self, count: int, within: float) -> None:
        deadline = time.perf_counter() + within
        while len(self.latencies) < count:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"{len(self.latencies)} of {count} replies arrived")
            self.arrived.clear()
            try:
                async with asyncio.timeout(remaining):
                    await self.arrived.wait()
            except TimeoutError:
                continue


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@dataclass
class Figures:
    label: str
    messages: int
    per_second: float
    p50_ms: float
    p95_ms: float

    def row(self) -> str:
        return (
            f"| {self.label} | {self.messages} | {self.per_second:.0f} | "
            f"{self.p50_ms:.1f} | {self.p95_ms:.1f} |"
        )


async def offer_steady(
    fake: FakeBotApi, replies: Replies, users: list[int], rate: float, seconds: float
) -> int:
    count = int(rate * seconds)
    started = time.perf_counter()
    for number in range(count):
        due = started + number / rate
        if (wait := due - time.perf_counter()) > 0:
            await asyncio.sleep(wait)  # pacing the offered load, not synchronisation
        user = users[number % len(users)]
        replies.offered(user, time.perf_counter())
        fake.say(user, MESSAGES[number % len(MESSAGES)])
    return count


async def measure(
    label: str,
    fake: FakeBotApi,
    users: list[int],
    offer: Callable[[Replies], object],
    within: float,
) -> Figures:
    replies = Replies()
    fake.on_call = replies.on_call
    started = time.perf_counter()
    count = await offer(replies)  # type: ignore[misc]
    await replies.wait_for(count, within)
    elapsed = replies.last_at - started
    fake.on_call = None
    sent = replies.requests["sendMessage"]
    if sent != count:
        print(f"  ({label}: {sent} messages sent for {count} received; {dict(replies.requests)})")
    latencies = replies.latencies
    return Figures(
        label,
        count,
        count / elapsed,
        statistics.median(latencies) * 1000,
        percentile(latencies, 0.95) * 1000,
    )


async def run_bot(
    name: str, command: list[str], environment: dict[str, str], fake: FakeBotApi, args
) -> list[Figures]:  # type: ignore[no-untyped-def]
    users = [10_000 + n for n in range(args.users)]
    polls = len(fake.calls)
    process = await asyncio.create_subprocess_exec(
        *command, env=environment, stdout=asyncio.subprocess.DEVNULL
    )
    try:
        await fake.wait_for(lambda: len(fake.sent(method="getUpdates")) > polls, 60)

        async def warm_up(replies: Replies) -> int:  # every user known, caches warm
            for user in users:
                replies.offered(user, time.perf_counter())
                fake.say(user, "hello")
            return len(users)

        await measure(f"{name} warm-up", fake, users, warm_up, 60)
        steady = await measure(
            f"{name}, {args.rate:.0f} msg/s offered",
            fake,
            users,
            lambda replies: offer_steady(fake, replies, users, args.rate, args.seconds),
            args.seconds + 60,
        )

        async def burst(replies: Replies) -> int:
            for number in range(args.burst):
                user = users[number % len(users)]
                replies.offered(user, time.perf_counter())
                fake.say(user, MESSAGES[number % len(MESSAGES)])
            return args.burst

        full = await measure(f"{name}, full speed", fake, users, burst, 300)
        return [steady, full]
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 60)


async def main(args) -> None:  # type: ignore[no-untyped-def]
    fake = FakeBotApi(keep_calls=True)
    await fake.start()
    figures: list[Figures] = []
    base = {key: value for key, value in os.environ.items() if not key.startswith("SANCTUM_")}
    with tempfile.TemporaryDirectory() as data_dir, contextlib.ExitStack() as scratch:
        if args.only in (None, "echo"):
            echo = [sys.executable, "-c", ECHO_BOT, TOKEN, fake.base_url]
            figures += await run_bot("echo bot (bare python-telegram-bot)", echo, base, fake, args)
            fake.calls.clear()
        environment = {
            **base,
            "SANCTUM_DATA_DIR": data_dir,
            "SANCTUM_ENCRYPTION_KEY": generate_key(),
            "SANCTUM_TELEGRAM_TOKEN": TOKEN,
            "SANCTUM_TELEGRAM_BASE_URL": fake.base_url,
            "SANCTUM_TELEGRAM_MESSAGES_PER_SECOND": "0",
            "SANCTUM_TELEGRAM_CHAT_MESSAGES_PER_SECOND": "0",
            "SANCTUM_HTTP_PORT": "0",
            "SANCTUM_LOG_LEVEL": "WARNING",
            "SANCTUM_CORE_WORKERS": str(args.workers),
            "SANCTUM_CORE_PROCESSES": str(args.processes),
        }
        database = "SQLite"
        if args.postgres:
            database = "PostgreSQL"
            scoped = scratch.enter_context(postgres_schema(args.postgres, prefix="bench_tg"))
            environment["SANCTUM_DATABASE_URL"] = scoped
        upgrade = await asyncio.create_subprocess_exec(
            SANCTUM, "db", "upgrade", env=environment, stdout=asyncio.subprocess.DEVNULL
        )
        assert await upgrade.wait() == 0
        if args.only in (None, "sanctum"):
            command = [SANCTUM, "run"]
            label = f"sanctum run ({database}, {args.processes or 'no'} core processes)"
            figures += await run_bot(label, command, environment, fake, args)
    await fake.stop()

    print(f"\nTelegram load, {args.users} users, fake Bot API on loopback ({os.cpu_count()} cores)")
    print("| bot, load | messages | replies/s | p50 ms | p95 ms |")
    print("| --- | --- | --- | --- | --- |")
    for figure in figures:
        print(figure.row())
    if len(figures) < 4:
        return
    echo_full, sanctum_full = figures[1], figures[3]
    print(
        f"\nSanctum at full speed: {sanctum_full.per_second / echo_full.per_second:.0%} of the "
        f"echo bot's throughput; p95 at {args.rate:.0f} msg/s: {figures[2].p95_ms:.1f} ms"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=8, help="SANCTUM_CORE_WORKERS")
    parser.add_argument(
        "--processes", type=int, default=0, help="SANCTUM_CORE_PROCESSES (0: one process)"
    )
    parser.add_argument("--postgres", help="run sanctum on this PostgreSQL URL (a scratch schema)")
    parser.add_argument("--only", choices=["echo", "sanctum"], help="measure one bot only")
    asyncio.run(main(parser.parse_args()))
