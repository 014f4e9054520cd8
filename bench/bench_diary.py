"""The diary card and skills: taps per card, time per tap, /diary week, suggestions.

    python bench/bench_diary.py [--cards 40] [--postgres URL]

Drives the real core as the chat adapters do (each tap sends the button's data back) and
prints, on SQLite (a file, WAL) and, when a PostgreSQL URL is given (or
SANCTUM_TEST_POSTGRES_URL is set), on PostgreSQL:
- taps and messages for a typical full card, and the time per tap (p50/p95);
- the time to build /diary week (summary and PNG table) for a filled-in week;
- the time to answer "what can I do, I'm panicking" with suggestions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from bot.core import Core
from bot.messages import IncomingMessage, Reply
from bot.settings import Settings
from storage.crypto import KeyRing, generate_key
from storage.db import Database, make_engine
from storage.migrate import upgrade

TYPICAL_CARD = (
    "Sad 3", "Shame 2", "Rest are 0 →", "Binge 3", "Rest are 0 →", "Binge: didn't", "TIPP",
    "5/7", "All on track ✓", "Slept 7h", "Moved 30 min", "No note",
)  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class Driver:
    def __init__(self, core: Core, user: str, at: datetime) -> None:
        self.core, self.user, self.at = core, user, at

    def say(self, text_: str) -> tuple[list[Reply], float]:
        message = IncomingMessage(
            platform="bench",
            platform_user_id=self.user,
            text=text_,
            sent_at=self.at,
            platform_message_id=uuid.uuid4().hex,
        )
        began = time.perf_counter()
        replies = self.core.handle(message)
        return replies, (time.perf_counter() - began) * 1000


def tap(driver: Driver, reply: Reply, label: str) -> tuple[Reply, float]:
    data = next(b.data for row in reply.buttons for b in row if b.label == label)
    replies, elapsed = driver.say(data)
    return replies[-1], elapsed


def run(database: Database, label: str, cards: int) -> None:
    settings = Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp()))  # type: ignore[call-arg]
    core = Core(database, settings)
    start = datetime(2026, 11, 16, 20, tzinfo=UTC)
    tap_times: list[float] = []
    taps = messages = 0
    for number in range(cards):
        driver = Driver(core, f"user-{number % 10}", start + timedelta(days=number // 10))
        replies, elapsed = driver.say("/diary")
        messages += 1
        reply = replies[-1]
        for button in TYPICAL_CARD:
            reply, elapsed = tap(driver, reply, button)
            tap_times.append(elapsed)
            taps += 1
            messages += 1
        assert "is done" in reply.text, reply.text
    per_card = taps // cards
    print(
        f"{label:<22} typical full card: {per_card} taps, {messages // cards} messages; "
        f"per tap p50={statistics.median(tap_times):5.1f} ms p95={percentile(tap_times, 0.95):5.1f} ms"
    )

    week_times = []
    driver = Driver(core, "user-0", start + timedelta(days=6))
    for _ in range(10):
        replies, elapsed = driver.say("/diary week")
        assert replies[0].attachment is not None
        week_times.append(elapsed)
    size = len(replies[0].attachment.content)  # type: ignore[union-attr]
    print(
        f"{label:<22} /diary week (summary + PNG, {size // 1024} KB): "
        f"first {week_times[0]:6.1f} ms, then p50={statistics.median(week_times[1:]):6.1f} ms"
    )

    suggest_times = []
    for number in range(30):
        driver = Driver(core, f"user-{number % 10}", start + timedelta(days=7, minutes=number))
        replies, elapsed = driver.say("what can I do, I'm panicking")
        assert any(b.data.startswith("/skill ") for r in replies for row in r.buttons for b in row)
        suggest_times.append(elapsed)
    print(
        f"{label:<22} 'what can I do, I'm panicking' with suggestions: "
        f"p50={statistics.median(suggest_times):5.1f} ms p95={percentile(suggest_times, 0.95):5.1f} ms"
    )


def sqlite_database() -> Database:
    path = Path(tempfile.mkdtemp()) / "bench.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return Database(f"sqlite:///{path}", KeyRing(generate_key()))


def postgres_database(url: str) -> tuple[Database, str]:
    from sqlalchemy.engine import make_url

    schema = f"sanctum_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    scoped_url = scoped.render_as_string(hide_password=False)
    engine = make_engine(scoped_url)
    upgrade(engine)
    engine.dispose()
    return Database(scoped_url, KeyRing(generate_key())), schema


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=40)
    parser.add_argument("--postgres", default=os.environ.get("SANCTUM_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    database = sqlite_database()
    run(database, "SQLite (file, WAL)", args.cards)
    database.dispose()
    if args.postgres:
        database, schema = postgres_database(args.postgres)
        try:
            run(database, "PostgreSQL (loopback)", args.cards)
        finally:
            database.dispose()
            admin = make_engine(args.postgres)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


if __name__ == "__main__":
    main()
