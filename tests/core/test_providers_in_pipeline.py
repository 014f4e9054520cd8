"""How the core uses an understanding provider and a companion that may call the network."""

from __future__ import annotations

import threading

from sqlalchemy import select

from bot.companion import ReplyPlan
from bot.core import Core
from bot.messages import Reply
from bot.understanding.models import Analysis, CrisisAssessment
from storage.models import RawMessage, SessionLogEntry
from tests.conftest import Chat


def test_a_provider_may_raise_the_crisis_level(database, settings) -> None:
    def worried_provider(text, local_time):
        return Analysis(crisis=CrisisAssessment(level="high", signals=["provider_intent"]))

    chat = Chat(Core(database, settings, understand=worried_provider))
    replies = chat.say("everything is fine, just sorting my affairs and giving my cat away")
    assert replies[0].urgent
    assert "not a crisis service" in replies[0].text
    assert len(replies) == 1, "at high risk the fixed reply stands alone"


def test_a_provider_can_never_lower_the_rules_level(database, settings) -> None:
    def calm_provider(text, local_time):
        return Analysis(crisis=CrisisAssessment(level="none"))

    chat = Chat(Core(database, settings, understand=calm_provider))
    replies = chat.say("I am going to kill myself tonight, I have the pills ready")
    assert replies and replies[0].urgent
    assert "not a crisis service" in replies[0].text


class NetworkCompanion:
    """Stands in for an LLM companion: its reply is made after the transaction is closed."""

    def __init__(self, database, fail: bool = False) -> None:
        self.database = database
        self.fail = fail
        self.other_writer_finished = False

    def prepare(self, turn, analysis, recorded) -> ReplyPlan:
        def generate() -> list[Reply]:
            # Another thread must be able to write while "the model" is thinking.
            def write() -> None:
                with self.database.transaction() as db:
                    db.scalars(select(RawMessage.id)).all()
                self.other_writer_finished = True

            worker = threading.Thread(target=write)
            worker.start()
            worker.join(timeout=20)
            if self.fail:
                raise TimeoutError("model timed out")
            return [Reply(text="a considered reply")]

        return ReplyPlan(generate=generate, fallback=[Reply(text="the offline reply")])


def test_generation_runs_with_no_transaction_open_and_is_logged(database, settings) -> None:
    companion = NetworkCompanion(database)
    chat = Chat(Core(database, settings, companion=companion))
    chat.say("/start")
    chat.say("/cancel")
    assert chat.text("how was your day?") == "a considered reply"
    assert companion.other_writer_finished
    with database.transaction() as db:
        logged = db.scalars(select(SessionLogEntry.text).where(SessionLogEntry.role == "bot")).all()
        statuses = set(db.scalars(select(RawMessage.status)))
    assert "a considered reply" in logged
    assert statuses == {"processed"}


def test_a_failed_generation_falls_back_to_the_offline_reply(database, settings) -> None:
    chat = Chat(Core(database, settings, companion=NetworkCompanion(database, fail=True)))
    chat.say("/start")
    chat.say("/cancel")
    assert chat.text("how was your day?") == "the offline reply"
