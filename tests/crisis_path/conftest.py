"""Fixtures for the crisis safety path: a real SMTP server on loopback, recording chat
channels, the real core with the safety path, the dispatcher, and helpers that enrol contacts
the way people do (commands, invitation mail, opt-in).

Risk sentences are plain ones any crisis detector must catch; the tests never depend on how
the detector words its signals.
"""

from __future__ import annotations

import email
import email.policy
import re
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from adapters.channels.email import EmailChannel
from bot.core import Core
from bot.crisis.dispatcher import AlertDispatcher
from bot.crisis.enrolment import opt_in
from bot.crisis.tokens import redeem_token
from bot.outbound import ChannelDirectory, DeliveryResult, OutboundMessage
from bot.settings import Settings
from storage.db import Database
from storage.models import EmergencyContact
from tests.conftest import Chat

MODERATE = "I want to die"
HIGH = "I have a plan to kill myself"
IMMINENT = "I'm going to kill myself tonight, the pills are ready"
PUBLIC_URL = "https://sanctum.example"


# -- a real SMTP server on 127.0.0.1 ----------------------------------------------------


@dataclass
class SmtpSink:
    """aiosmtpd handler: keeps every accepted mail; refuses recipients it is told to."""

    received: list[EmailMessage] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # address -> "550 no such user"
    arrived: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append(message)  # type: ignore[arg-type]
        self.arrived.set()
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [mail for mail in self.received if mail["To"] == address]

    def reset(self) -> None:
        self.received.clear()
        self.refuse.clear()
        self.arrived.clear()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class SmtpServer:
    sink: SmtpSink
    port: int


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpServer]:
    sink = SmtpSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield SmtpServer(sink, port)
    controller.stop()


@pytest.fixture
def smtp(smtp_server: SmtpServer) -> Iterator[SmtpSink]:
    smtp_server.sink.reset()
    yield smtp_server.sink
    smtp_server.sink.reset()


def body_of(mail: EmailMessage) -> str:
    part = mail.get_body(preferencelist=("plain",))
    assert part is not None
    return part.get_content()


# -- chat channels that record what they are asked to send ------------------------------


class RecordingChannel:
    """A chat platform's DM channel as the dispatcher sees it; outcomes can be scripted."""

    def __init__(self, name: str, script: list[DeliveryResult] | None = None) -> None:
        self.name = name
        self.script = list(script or [])
        self.attempts: list[tuple[str, OutboundMessage]] = []
        self.delivered: list[tuple[str, OutboundMessage]] = []

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        self.attempts.append((address, message))
        result = self.script.pop(0) if self.script else DeliveryResult.sent()
        if result.outcome == "sent":
            self.delivered.append((address, message))
        return result

    def texts_to(self, address: str) -> list[str]:
        return [message.text for to, message in self.delivered if to == address]


# -- the world: core, people, dispatcher ---------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path, smtp_server: SmtpServer) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        smtp_starttls=False,
        smtp_from="sanctum@sanctum.example",
        smtp_timeout_seconds=5,
        public_url=PUBLIC_URL,
    )


@dataclass
class World:
    db: Database
    settings: Settings
    core: Core
    alice: Chat
    channels: ChannelDirectory
    telegram: RecordingChannel
    notices: RecordingChannel  # the user's own platform ("test"): what Alice is told
    smtp: SmtpSink
    dispatcher: AlertDispatcher

    @property
    def now(self) -> datetime:
        return self.alice.now

    def chat(self, user: str, platform: str = "telegram") -> Chat:
        other = Chat(self.core, user, platform=platform)
        other.now = self.alice.now
        return other

    def notices_to_alice(self) -> list[str]:
        return self.notices.texts_to("alice")

    def contact(self, name: str) -> EmergencyContact:
        with self.db.transaction() as db:
            return next(c for c in db.scalars(select(EmergencyContact)) if c.name == name)

    async def deliver(self, at: datetime | None = None) -> None:
        """Dispatcher passes at the given time until nothing more is due (as its loop does)."""
        for _ in range(10):
            if not await self.dispatcher.run_once(at or self.now):
                return
        raise AssertionError("the dispatcher never became idle")

    async def enrol_by_email(
        self, name: str = "Sam", address: str = "sam@example.com", relation: str = "sister"
    ) -> EmergencyContact:
        """Add, invite (mail through SMTP), and opt in with the code from that mail."""
        self.alice.say(f"/contacts add {name}, {relation}, {address}")
        number = len(_contacts(self.db))
        self.alice.say(f"/contacts invite {number}")
        await self.deliver()
        invitation = self.smtp.to(address)[-1]
        code = re.search(r"/optin (\S+)", body_of(invitation))
        assert code is not None
        with self.db.transaction() as db:
            token = redeem_token(db, code.group(1), "optin", self.now)
            assert token is not None
            outcome, _ = opt_in(db, token, self.now, via="link")
            assert outcome == "opted_in"
        return self.contact(name)

    def enrol_by_telegram(self, name: str, handle: str, telegram_id: str) -> Chat:
        """Add a Telegram contact; they send /optin CODE from their own account."""
        self.alice.say(f"/contacts add {name}, friend, telegram @{handle}")
        number = len(_contacts(self.db))
        forwarded = self.alice.say(f"/contacts invite {number}")[-1].text
        code = re.search(r"/optin (\S+)", forwarded)
        assert code is not None
        contact_chat = self.chat(telegram_id)
        reply = contact_chat.text(f"/optin {code.group(1)}")
        assert "You're now an emergency contact for Alex" in reply
        return contact_chat


def _contacts(database: Database) -> list[EmergencyContact]:
    with database.transaction() as db:
        return list(db.scalars(select(EmergencyContact)))


@pytest.fixture
def world(database: Database, settings: Settings, smtp: SmtpSink) -> World:
    core = Core(database, settings)
    telegram = RecordingChannel("telegram")
    notices = RecordingChannel("test")
    channels = ChannelDirectory([EmailChannel.from_settings(settings), telegram, notices])
    alice = Chat(core, "alice")
    alice.skip_intake()  # "Alex", Europe/Berlin (country DE)
    return World(
        db=database,
        settings=settings,
        core=core,
        alice=alice,
        channels=channels,
        telegram=telegram,
        notices=notices,
        smtp=smtp,
        dispatcher=AlertDispatcher(database, channels, settings, owner="test-dispatcher"),
    )
