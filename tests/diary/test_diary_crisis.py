"""Risky diary ratings go through the crisis path, however they arrive."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from bot.conversations.state import active_flow
from bot.core import Core
from bot.diary.card import load_card
from bot.diary.risk import diary_risk, with_diary_risk
from bot.understanding.models import Analysis, CrisisAssessment, DbtDiaryData
from storage.models import SessionLogEntry
from tests.conftest import Chat
from tests.diary.support import SpyCrisisPath, press


def _card(database, chat: Chat):  # type: ignore[no-untyped-def]
    with database.transaction() as db:
        return load_card(db, 1, chat.now.date())


def _flow_is_paused(database, chat: Chat) -> bool:  # type: ignore[no-untyped-def]
    with database.transaction() as db:
        return active_flow(db, 1, chat.now) is None


@pytest.mark.parametrize(
    ("urges", "actions", "level"),
    [
        ({"suicide": 5}, {}, "high"),
        ({"suicide": 4}, {}, "high"),
        ({"suicide": 3}, {}, "none"),
        ({}, {"suicide": True}, "high"),
        ({"self_harm": 4}, {}, "moderate"),
        ({"self_harm": 3}, {}, "none"),
        ({"self_harm": 1}, {"self_harm": True}, "moderate"),
        ({"self_harm": 5}, {"self_harm": False}, "moderate"),
        ({"binge": 5, "substance_use": 5}, {"binge": True}, "none"),
        ({"self_harm": 4, "suicide": 4}, {}, "high"),
    ],
)
def test_which_ratings_are_risk(urges, actions, level) -> None:  # type: ignore[no-untyped-def]
    assert diary_risk(urges, actions).level == level


def test_the_diary_can_raise_an_analysis_but_never_lower_it() -> None:
    raised = with_diary_risk(Analysis(dbt=DbtDiaryData(urges={"self_harm": 5})))
    assert raised.crisis.level == "moderate" and "diary_self_harm_urge" in raised.crisis.signals
    kept = with_diary_risk(
        Analysis(
            crisis=CrisisAssessment(level="imminent", signals=["plan_with_time"]),
            dbt=DbtDiaryData(urges={"self_harm": 5}),
        )
    )
    assert kept.crisis.level == "imminent"
    assert kept.crisis.signals == ["plan_with_time", "diary_self_harm_urge"]


def test_a_suicide_urge_button_sends_the_crisis_reply_alone(
    chat: Chat, database, crisis_path: SpyCrisisPath
) -> None:
    grid = chat.say("/diary")[0]
    urges = press(chat, grid, "Rest are 0 →")[-1]
    replies = press(chat, urges, "Suicide 5")
    assert len(replies) == 1 and replies[0].urgent
    assert "Emergency" in replies[0].text and "Urges (2 of 5)" not in replies[0].text
    # The button's text already carries the rating, so the core's crisis check catches it
    # first; the diary's own check then finds nothing higher and adds no second reply.
    assert [call.level for call in crisis_path.calls] == ["high"]
    assert crisis_path.calls[0].signals[0] in {"rated_suicide_urge", "diary_suicide_urge"}
    assert crisis_path.calls[0].sent == [replies[0].text]
    assert _card(database, chat).urges == {"suicide": 5}  # kept quietly
    assert _flow_is_paused(database, chat)
    with database.transaction() as db:
        kinds = db.scalars(select(SessionLogEntry.kind).order_by(SessionLogEntry.id)).all()
    assert kinds[-1] == "crisis"


def test_self_harm_urges_and_acts_go_through_the_path_at_moderate(
    chat: Chat, database, crisis_path: SpyCrisisPath
) -> None:
    chat.say("/diary")
    chat.say("none")  # emotions
    replies = chat.say("sh 4")  # a typed answer at the urges step
    assert replies[0].urgent and "Are you safe right now?" in replies[0].text
    assert "I've saved that on your card" in replies[1].text
    assert _flow_is_paused(database, chat)
    resumed = chat.say("/diary")[0]
    assert "Welcome back" in resumed.text
    chat.say("/diary set binge 2")
    acted = chat.say("/diary acted self_harm yes")
    assert acted[0].urgent
    assert [call.level for call in crisis_path.calls] == ["moderate", "moderate"]
    assert crisis_path.calls[1].signals == ["diary_self_harm_act"]
    assert _card(database, chat).actions == {"self_harm": True}


def test_low_ratings_are_recorded_without_an_alarm(chat: Chat, crisis_path: SpyCrisisPath) -> None:
    chat.say("/diary")
    chat.say("none")
    replies = chat.say("suicide 2, self-harm 3")
    assert not any(reply.urgent for reply in replies)
    assert "If the urge gets stronger, tell me any time" in replies[0].text
    # Recorded as low risk, with nothing sent to the person beyond the card's own line.
    assert all(call.level == "low" and call.sent == [] for call in crisis_path.calls)


def _diary_reader(text: str, local_time: datetime | None) -> Analysis:
    """An understanding provider that reads two diary lines (the engine's job elsewhere)."""
    if "urge to binge" in text:
        return Analysis(
            intent="dbt_diary",
            dbt=DbtDiaryData(urges={"binge": 3}, actions={"binge": False}, skills=["TIPP"]),
        )
    if "sh urge" in text:
        return Analysis(intent="dbt_diary", dbt=DbtDiaryData(urges={"self_harm": 5}))
    return Analysis()


def test_a_diary_line_typed_anywhere_updates_today_and_says_what_changed(
    library, settings, crisis_path: SpyCrisisPath
) -> None:
    chat = Chat(Core(library, settings, understand=_diary_reader, crisis_path=crisis_path))
    chat.say("/diary set binge 1")
    chat.say("/cancel")
    reply = chat.text("urge to binge 3/5 but didn't act, used TIPP")
    assert "on today's diary card: binge urge 3/5 (was 1), not acted on; skills: TIPP" in reply
    with library.transaction() as db:
        card = load_card(db, 1, chat.now.date())
    assert card.urges == {"binge": 3} and card.skills == ("tipp",)
    assert crisis_path.calls == []


def test_a_risky_diary_line_typed_anywhere_gets_the_crisis_reply_first(
    library, settings, crisis_path: SpyCrisisPath
) -> None:
    chat = Chat(Core(library, settings, understand=_diary_reader, crisis_path=crisis_path))
    replies = chat.say("sh urge 5 today")
    assert replies[0].urgent and chat.emitted[0].urgent
    assert [call.level for call in crisis_path.calls] == ["moderate"]
    with library.transaction() as db:
        assert load_card(db, 1, chat.now.date()).urges == {"self_harm": 5}


def test_one_crisis_reply_when_the_message_already_carried_the_level(
    library, settings, crisis_path: SpyCrisisPath
) -> None:
    def reader(text: str, local_time: datetime | None) -> Analysis:
        return Analysis(
            intent="dbt_diary",
            crisis=CrisisAssessment(level="high", signals=["intent"]),
            dbt=DbtDiaryData(urges={"suicide": 5}),
        )

    chat = Chat(Core(library, settings, understand=reader, crisis_path=crisis_path))
    replies = chat.say("urge to end it 5 tonight")
    assert [reply.urgent for reply in replies] == [True]
    assert [call.level for call in crisis_path.calls] == ["high"]
