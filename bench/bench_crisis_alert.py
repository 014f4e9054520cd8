"""Message to alert: from a user's imminent-risk message to the alert mail in an SMTP server.

    python bench/bench_crisis_alert.py [--incidents 50] [--postgres URL]

Runs the real core (offline crisis rules, safety path) and the real alert dispatcher as the
background service `sanctum run` starts, with email over SMTP to an aiosmtpd server on
127.0.0.1. Each of N users has one opted-in email contact and the "automatic at imminent"
policy; the users write one after another, and the time from handing the message to the core
until the alert mail is accepted by the SMTP server is measured, along with the time until
the user's own crisis reply was emitted. Prints p50/p95/max on SQLite (a file, WAL) and, when
a PostgreSQL URL is given (or SANCTUM_TEST_POSTGRES_URL is set), on PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiosmtpd.controller import Controller
from sqlalchemy import text

from adapters.channels.email import EmailChannel
from bot.core import Core
from bot.crisis.dispatcher import AlertDispatcher
from bot.messages import IncomingMessage, Reply
from bot.outbound import ChannelDirectory, DeliveryResult, OutboundMessage
from bot.settings import Settings
from bot.users import resolve_user
from storage.crypto import KeyRing, generate_key
from storage.db import Database, make_engine
from storage.migrate import upgrade
from storage.models import AlertPolicy, ContactChannel, EmergencyContact, Profile

IMMINENT = "I'm going to kill myself tonight, the pills are ready"
PLATFORM = "bench"


class Inbox:
    """aiosmtpd handler: notes when each recipient's mail was accepted."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.events: dict[str, threading.Event] = {}

    def expect(self, address: str) -> threading.Event:
        self.events[address] = threading.Event()
        return self.events[address]

    async def handle_DATA(self, server, session, envelope):
        now = time.perf_counter()
        for address in envelope.rcpt_tos:
            self.arrived.setdefault(address, now)
            if address in self.events:
                self.events[address].set()
        return "250 OK"


class QuietChannel:
    """The users' own platform: notices to them are accepted and dropped."""

    name = PLATFORM

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        return DeliveryResult.sent()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def prepare(database: Database, count: int) -> None:
    now = datetime.now(UTC)
    with database.transaction() as db:
        for n in range(count):
            user_id, _ = resolve_user(db, PLATFORM, f"user{n}", now)
            profile = db.get(Profile, user_id)
            assert profile is not None
            profile.name, profile.country = f"User {n}", "GB"
            contact = EmergencyContact(
                user_id=user_id,
                name=f"Contact {n}",
                channel="email",
                address=f"contact{n}@example.com",
                opt_in_state="opted_in",
                opted_in_at=now,
                introduced_as=f"User {n}",
                priority=1,
            )
            db.add(contact)
            db.flush()
            db.add(
                ContactChannel(
                    user_id=user_id,
                    contact_id=contact.id,
                    channel="email",
                    address=contact.address,
                    verified_at=now,
                )
            )
            db.add(AlertPolicy(user_id=user_id, ask_at_high=True, auto_at_imminent=True))


async def measure(database: Database, label: str, count: int) -> None:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=Path(tempfile.mkdtemp()),
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_starttls=False,
        smtp_from="sanctum@bench.example",
        public_url="https://sanctum.example",
        alert_poll_seconds=60,  # only the wake-up after commit makes alerts fast
    )
    prepare(database, count)
    core = Core(database, settings)
    channels = ChannelDirectory([EmailChannel.from_settings(settings), QuietChannel()])
    dispatcher = AlertDispatcher(database, channels, settings, owner=f"bench-{label}")
    service = asyncio.create_task(dispatcher.run())
    to_alert: list[float] = []
    to_reply: list[float] = []
    after_commit: list[float] = []
    try:
        for n in range(count):
            address = f"contact{n}@example.com"
            arrived = inbox.expect(address)
            replied: list[float] = []

            def emit(reply: Reply, replied: list[float] = replied) -> None:
                if reply.urgent and not replied:
                    replied.append(time.perf_counter())

            message = IncomingMessage(
                platform=PLATFORM,
                platform_user_id=f"user{n}",
                text=IMMINENT,
                sent_at=datetime.now(UTC),
                platform_message_id=uuid.uuid4().hex,
            )
            started = time.perf_counter()
            await asyncio.to_thread(core.handle, message, emit)
            handled = time.perf_counter()
            if not await asyncio.to_thread(arrived.wait, 10):
                raise SystemExit(
                    f"no alert for user{n} within 10 s: does the crisis detector flag "
                    f"{IMMINENT!r} as imminent?"
                )
            to_alert.append((inbox.arrived[address] - started) * 1000)
            after_commit.append(max(0.0, inbox.arrived[address] - handled) * 1000)
            to_reply.append((replied[0] - started) * 1000 if replied else float("nan"))
    finally:
        service.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await service
        controller.stop()
    print(
        f"{label}: {count} incidents, message -> alert mail accepted by SMTP on loopback: "
        f"p50 {statistics.median(to_alert):.1f} ms, p95 {percentile(to_alert, 0.95):.1f} ms, "
        f"max {max(to_alert):.1f} ms\n"
        f"  of which after the core finished the message: "
        f"p50 {statistics.median(after_commit):.1f} ms, p95 {percentile(after_commit, 0.95):.1f} ms\n"
        f"  message -> the user's crisis reply emitted: "
        f"p50 {statistics.median(to_reply):.1f} ms, p95 {percentile(to_reply, 0.95):.1f} ms"
    )


def sqlite_database() -> Database:
    path = Path(tempfile.mkdtemp()) / "bench.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return Database(f"sqlite:///{path}", KeyRing(generate_key()))


def postgres_database(url: str) -> tuple[Database, str]:
    from sqlalchemy.engine import make_url

    schema = f"bench_alert_{uuid.uuid4().hex[:10]}"
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    scoped = (
        make_url(url)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )
    engine = make_engine(scoped)
    upgrade(engine)
    engine.dispose()
    return Database(scoped, KeyRing(generate_key())), schema


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=50)
    parser.add_argument("--postgres", default=os.environ.get("SANCTUM_TEST_POSTGRES_URL"))
    args = parser.parse_args()

    database = sqlite_database()
    try:
        asyncio.run(measure(database, "SQLite file", args.incidents))
    finally:
        database.dispose()
    if args.postgres:
        database, schema = postgres_database(args.postgres)
        try:
            asyncio.run(measure(database, "PostgreSQL on loopback", args.incidents))
        finally:
            database.dispose()
            admin = make_engine(args.postgres)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


if __name__ == "__main__":
    main()
