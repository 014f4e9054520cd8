"""Skill suggestions: body first at high arousal, the person's own preferences, the reasons."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core import Core
from bot.skills.suggest import EmotionState, SkillFacts, rank
from bot.understanding.models import Analysis, CrisisAssessment, MoodShiftData
from bot.users import load_personality
from tests.conftest import Chat
from tests.diary.support import buttons, press


def _suggested(reply) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data.split()[1] for b in buttons(reply) if b.data.startswith("/skill ")]


def test_ranking_puts_the_body_first_at_high_arousal() -> None:
    tipp = SkillFacts("tipp", "TIPP", "dbt", ("anxious",), body_based=True)
    facts = SkillFacts("check_the_facts", "Check the facts", "dbt", ("anxious",), needs_calm=True,
                       rating=5, uses=9, learned=True)  # fmt: skip
    stop = SkillFacts("stop", "STOP", "dbt", ("anxious",))
    panic = EmotionState(family="anxious", state="panicked")
    assert [s.skill_id for s in rank([facts, stop, tipp], panic)] == [
        "tipp",
        "stop",
        "check_the_facts",
    ]
    worry = EmotionState(family="anxious", state="anxious", intensity=4)
    assert rank([facts, stop, tipp], worry)[0].skill_id == "check_the_facts"  # rated, used
    unhelpful = SkillFacts("stop", "STOP", "dbt", ("anxious",), rating=1)
    assert [s.skill_id for s in rank([unhelpful, tipp], worry)] == ["tipp"]


def test_what_can_i_do_while_panicking(chat: Chat) -> None:
    reply = chat.say("what can I do, I'm panicking")[-1]
    chosen = _suggested(reply)
    assert 1 <= len(chosen) <= 3
    assert chosen[0] in ("tipp", "self_soothe", "breathing_space")
    assert "check_the_facts" not in chosen and "pros_and_cons" not in chosen
    assert "From what you said: panicked." in reply.text
    assert "start with your body" in reply.text
    assert "1. TIPP (DBT): it works through your body" in reply.text
    assert "First step: Temperature" in reply.text
    opened = press(chat, reply, "TIPP")[0]
    assert opened.text.startswith("TIPP ·")


def test_never_an_avoided_skill_or_topic(chat: Chat, database) -> None:
    chat.say("/skill tipp avoid")
    with database.transaction() as db:
        load_personality(db, 1).topics_to_avoid = ["breathing"]
    chosen = _suggested(chat.say("what can I do? I'm panicking")[-1])
    assert chosen and "tipp" not in chosen and "breathing_space" not in chosen


def test_only_frameworks_the_person_enabled(chat: Chat) -> None:
    dbt_only = _suggested(chat.say("/skills for sad")[-1])
    assert dbt_only and all(skill in _dbt_ids() for skill in dbt_only)
    chat.say("/skills use cbt")
    cbt_only = _suggested(chat.say("/skills for sad")[-1])
    assert cbt_only[0] == "behavioural_activation"
    assert all(skill not in _dbt_ids() for skill in cbt_only)


def _dbt_ids() -> set[str]:
    from bot.skills.content import packaged_library

    return {s.id for f in packaged_library().frameworks if f.framework == "dbt" for s in f.skills}


def test_skills_rated_helpful_and_used_come_first_and_say_so(chat: Chat) -> None:
    before = _suggested(chat.say("/skills for sad")[-1])
    assert "improve" not in before[:1]
    chat.say("/skill improve rate 5")
    for _ in range(3):
        chat.say("/skill improve used", advance=timedelta(minutes=1))
    reply = chat.say("/skills for sad")[-1]
    assert _suggested(reply)[0] == "improve"
    assert "you rated it 5/5; you've used it 3 times" in reply.text


def test_the_last_mood_log_answers_what_should_i_do(chat: Chat) -> None:
    chat.say("/mood angry limited")
    reply = chat.say("what should I do now?", advance=timedelta(minutes=30))[-1]
    assert "From your mood log at 09:00: angry." in reply.text
    assert _suggested(reply)[0] in ("tipp", "self_soothe", "breathing_space", "mindful_walking")


def test_without_a_known_feeling_it_asks_first(chat: Chat) -> None:
    replies = chat.say("what can I do?")
    question = replies[-1]
    assert "What are you feeling?" in question.text
    answer = press(chat, question, "Numb or far away")[-1]
    chosen = _suggested(answer)
    assert chosen and "From what you picked: dissociated." in answer.text
    assert "Use e.g. /skills for panicked" in chat.text("/skills for fabulous")


def _shift(state: str, intensity: int | None, crisis: str = "none"):  # type: ignore[no-untyped-def]
    def understand(text: str, local_time: datetime | None) -> Analysis:
        return Analysis(
            intent="mood_shift",
            crisis=CrisisAssessment(level=crisis),  # type: ignore[arg-type]
            mood_shift=MoodShiftData(current_state=state, intensity=intensity),  # type: ignore[arg-type]
        )

    return understand


def test_skills_are_offered_after_a_high_intensity_mood_shift(library, settings) -> None:
    strong = Chat(Core(library, settings, understand=_shift("anxious", 8)))
    replies = strong.say("so anxious right now, 8/10")
    assert "I recorded your mood as anxious" in replies[0].text
    offer = replies[-1]
    assert offer.text.startswith("If it would help right now:")
    assert _suggested(offer)[0] in ("tipp", "self_soothe", "breathing_space")
    mild = Chat(Core(library, settings, understand=_shift("anxious", 3)), "sam")
    assert not any(_suggested(reply) for reply in mild.say("a bit anxious"))
    happy = Chat(Core(library, settings, understand=_shift("happy", 9)), "kim")
    assert not any(_suggested(reply) for reply in happy.say("so happy!"))


def test_nothing_is_suggested_next_to_a_crisis(library, settings) -> None:
    chat = Chat(Core(library, settings, understand=_shift("panicked", 9, crisis="moderate")))
    replies = chat.say("what can I do, I'm panicking and want to hurt myself")
    assert replies[0].urgent
    assert not any(_suggested(reply) for reply in replies)
