"""Fixtures shared by the diary and skills tests: the skills content loaded, and a core whose
crisis path remembers what it was asked to record (the seam issue 3 builds incidents on)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.core import Core
from bot.crisis.path import SafetyPath
from bot.messages import Button, Reply
from bot.settings import Settings
from bot.skills.store import sync_library
from bot.turn import Turn
from bot.understanding.models import CrisisAssessment
from storage.db import Database
from tests.conftest import Chat


@dataclass
class RecordedCrisis:
    level: str
    signals: list[str]
    sent: list[str]


class SpyCrisisPath(SafetyPath):
    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.calls: list[RecordedCrisis] = []

    def record(self, turn: Turn, assessment: CrisisAssessment, sent: list[Reply]) -> list[Reply]:
        self.calls.append(
            RecordedCrisis(assessment.level, list(assessment.signals), [r.text for r in sent])
        )
        return super().record(turn, assessment, sent)


def buttons(reply: Reply) -> list[Button]:
    return [button for row in reply.buttons for button in row]


def press(chat: Chat, reply: Reply, label: str) -> list[Reply]:
    """Tap the button labelled ``label`` on ``reply`` (fails if it is not offered)."""
    offered = {button.label: button.data for button in buttons(reply)}
    assert label in offered, f"no button {label!r} in {sorted(offered)}"
    return chat.say(offered[label])


@pytest.fixture
def library(database: Database) -> Database:
    """The skills content in the test database (PostgreSQL tests empty every table)."""
    with database.engine.begin() as connection:
        sync_library(connection)
    return database


@pytest.fixture
def crisis_path(settings: Settings) -> SpyCrisisPath:
    return SpyCrisisPath(settings)


@pytest.fixture
def core(library: Database, settings: Settings, crisis_path: SpyCrisisPath) -> Core:
    return Core(library, settings, crisis_path=crisis_path)


@pytest.fixture
def chat(core: Core) -> Chat:
    return Chat(core)
