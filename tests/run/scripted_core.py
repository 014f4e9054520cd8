"""A real core with scripted extension points, for the end-to-end tests of the front ends.

The understanding provider is scripted (a stand-in for an LLM provider: it knows a few
phrases and falls back to the offline engine), so the adapters are tested against known
analyses while the offline rules are written elsewhere. Hooks let a test hold the core at a
chosen point: inside understanding (as a slow model would), inside the crisis path's
recording (after the immediate reply was emitted), or inside reply generation.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from datetime import datetime

from bot.companion import OfflineCompanion, ReplyPlan
from bot.core import Core
from bot.crisis.path import SafetyPath
from bot.messages import Attachment, Reply
from bot.settings import Settings
from bot.understanding.models import Analysis, CrisisAssessment, MoodShiftData
from bot.understanding.offline import analyze_offline
from storage.db import Database

WAIT = 20.0

MOOD_SHIFT_TEXT = "went from calm to anxious after the call with my boss"
CRISIS_TEXT = "i can't do this anymore, i want to end it all tonight"
LONG_TEXT = "tell me everything"
PICTURE_TEXT = "show me a picture"
SLOW_TEXT = "think about this slowly"
FANCY_TEXT = "say it with style"
FANCY_REPLY = "**not bold** _not italic_ `not code` ~~kept~~ <b>kept</b> & @everyone"

SCRIPT = {
    MOOD_SHIFT_TEXT: Analysis(
        intent="mood_shift",
        mood_shift=MoodShiftData(
            previous_state="calm",
            current_state="anxious",
            family="anxious",
            trigger="the call with my boss",
        ),
    ),
    CRISIS_TEXT: Analysis(crisis=CrisisAssessment(level="high", signals=["scripted"])),
}

# Over 4,096 characters, with everything HTML would misread.
LONG_REPLY = "\n\n".join(
    f"Part {n}: <b>not bold</b> & <i>not italic</i> 5 > 3 — ünïcödé 🌙 " + "words " * 60
    for n in range(1, 25)
)
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


class ProcessKilled(BaseException):
    """Raised in a held worker thread to play a process dying at that point."""


@dataclass
class Hold:
    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)
    die: bool = False

    async def wait_reached(self) -> None:
        """From the event loop: wait (without blocking it) until a core thread is held here."""
        assert await asyncio.to_thread(self.reached.wait, WAIT), "the core never got here"

    async def wait_finished(self) -> None:
        assert await asyncio.to_thread(self.finished.wait, WAIT), "the held thread never ended"

    def wait_here(self) -> None:
        self.reached.set()
        try:
            assert self.release.wait(WAIT), "a held core thread was never released"
            if self.die:
                raise ProcessKilled
        finally:
            self.finished.set()


class ScriptedUnderstanding:
    def __init__(self) -> None:
        self.holds: dict[str, Hold] = {}

    def hold(self, text: str) -> Hold:
        hold = self.holds[text.lower()] = Hold()
        return hold

    def __call__(self, text: str, local_time: datetime | None) -> Analysis:
        hold = self.holds.get(text.lower())
        if hold is not None:
            hold.wait_here()
        return SCRIPT.get(text.lower()) or analyze_offline(text, local_time)


class ScriptedCompanion:
    """The offline companion, plus long, picture and slow replies on cue."""

    def __init__(self) -> None:
        self.offline = OfflineCompanion()
        self.slow = Hold()

    def prepare(self, turn, analysis, recorded) -> ReplyPlan:  # type: ignore[no-untyped-def]
        text = turn.text.lower()
        if text == LONG_TEXT:
            return ReplyPlan.now([Reply(text=LONG_REPLY)])
        if text == FANCY_TEXT:
            return ReplyPlan.now([Reply(text=FANCY_REPLY)])
        if text == PICTURE_TEXT:
            picture = Attachment(filename="mood.png", media_type="image/png", content=PNG)
            return ReplyPlan.now([Reply(text="Your week:", attachment=picture)])
        if text == SLOW_TEXT:

            def generate() -> list[Reply]:
                self.slow.wait_here()
                return [Reply(text="That took some thought.")]

            return ReplyPlan(generate=generate, fallback=[Reply(text="fallback")])
        return self.offline.prepare(turn, analysis, recorded)


class HeldCrisisPath(SafetyPath):
    """Records a crisis only when the test lets it: the immediate reply must be out by then."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.recording = Hold()
        self.enabled = False

    def record(self, turn, assessment, sent):  # type: ignore[no-untyped-def]
        if self.enabled:
            self.recording.wait_here()
        return super().record(turn, assessment, sent)


@dataclass
class ScriptedCore:
    core: Core
    understanding: ScriptedUnderstanding
    companion: ScriptedCompanion
    crisis_path: HeldCrisisPath


def scripted_core(database: Database, settings: Settings) -> ScriptedCore:
    understanding = ScriptedUnderstanding()
    companion = ScriptedCompanion()
    crisis_path = HeldCrisisPath(settings)
    core = Core(
        database,
        settings,
        understand=understanding,
        companion=companion,
        crisis_path=crisis_path,
    )
    return ScriptedCore(core, understanding, companion, crisis_path)
