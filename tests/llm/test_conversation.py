"""The bot talking through a real SDK to a fake provider: context, replies, extraction,
token use, session memory, and what happens when the provider is unavailable."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.llm.companion import UNAVAILABLE_NOTE
from bot.llm.prompts import template
from storage.models import KnowledgeEntry, LlmUsage, MoodShift, SessionMemory
from tests.llm.conftest import llm_companion, llm_core, ready_chat
from tests.llm.fake_provider import Hang, Router, error, system_text, tool_name, user_text


def test_a_reply_knows_the_person_and_records_what_the_model_extracted(
    database, settings, model, provider_name, fake
) -> None:
    router = Router(provider_name)
    router.analysis = {
        "intent": "mood_shift",
        "crisis": {"level": "none", "signals": []},
        "mood_shift": {"current_state": "anxious", "intensity": 6, "trigger": "the team call"},
    }
    router.reply = "That call sounds like a lot, Alex."
    fake._default = router
    chat = ready_chat(llm_core(database, settings, model))
    chat.say("/fact add I work night shifts on weekends", advance=timedelta(hours=1))

    replies = chat.say(
        "the team call wound me up, I'm really anxious now", advance=timedelta(minutes=2)
    )

    assert len(replies) == 1
    text = replies[0].text
    assert text.startswith("That call sounds like a lot, Alex.")
    assert "I recorded your mood as anxious" in text  # what was stored, said by Sanctum itself
    with database.transaction() as db:
        shift = db.scalars(select(MoodShift)).one()
        assert (shift.current_state, shift.intensity, shift.trigger) == (
            "anxious",
            6,
            "the team call",
        )
        usage = db.scalars(select(LlmUsage).order_by(LlmUsage.id)).all()
    assert [(row.purpose, row.outcome) for row in usage] == [("extract", "ok"), ("reply", "ok")]
    assert usage[1].output_tokens > 0 and usage[1].context_tokens > 0
    assert all(row.message_id is not None for row in usage)

    extraction, reply = fake.requests
    assert tool_name(extraction.body) == "record_analysis"
    assert "Alex" not in user_text(extraction.body), "extraction gets the message, nothing more"
    sent = user_text(reply.body)
    assert 'Name: "Alex"' in sent and "Europe/Berlin" in sent
    assert '"I work night shifts on weekends" (confirmed)' in sent
    assert "<message>\nthe team call wound me up" in sent
    assert system_text(reply.body) == template("system.txt")


def test_when_the_provider_is_down_the_offline_reply_comes_with_one_short_note(
    database, settings, model, provider_name, fake, sleeps
) -> None:
    fake._default = error(500)
    chat = ready_chat(llm_core(database, settings, model))
    replies = chat.say("hello, how are you?", advance=timedelta(minutes=1))
    text = "\n".join(reply.text for reply in replies)
    assert text.count(UNAVAILABLE_NOTE) == 1
    assert len(fake.requests) == 3, "the extraction was tried with two retries, then the breaker"
    with database.transaction() as db:
        outcomes = [
            (row.purpose, row.outcome) for row in db.scalars(select(LlmUsage).order_by(LlmUsage.id))
        ]
    assert outcomes == [("extract", "unavailable"), ("reply", "unavailable")]

    again = chat.text("still there?", advance=timedelta(minutes=1))
    assert again.count(UNAVAILABLE_NOTE) == 1
    assert len(fake.requests) == 3, "during the cooldown nobody waits for the provider"


def test_a_timeout_falls_back_too(database, settings, provider_name, fake, sleeps, clock) -> None:
    from tests.llm.conftest import make_anthropic, make_openai

    maker = make_anthropic if provider_name == "anthropic" else make_openai
    model = maker(fake, sleeps, clock, retries=0, timeout=0.3)
    fake.script(Hang())
    chat = ready_chat(llm_core(database, settings, model))
    assert UNAVAILABLE_NOTE in chat.text("are you there", advance=timedelta(minutes=1))


def test_a_reply_that_describes_methods_is_never_shown(
    database, settings, model, provider_name, fake
) -> None:
    router = Router(provider_name)
    router.reply = "Some people look up the lethal dose of their pills."
    fake._default = router
    chat = ready_chat(llm_core(database, settings, model))
    text = chat.text("I'm so tired of everything", advance=timedelta(minutes=1))
    assert "lethal" not in text
    assert UNAVAILABLE_NOTE not in text  # it answered; Sanctum chose not to use the answer
    with database.transaction() as db:
        reply = db.scalars(select(LlmUsage).where(LlmUsage.purpose == "reply")).one()
    assert reply.outcome == "rejected"


def test_invalid_extraction_is_discarded_and_the_offline_analysis_stands(
    database, settings, model, provider_name, fake
) -> None:
    router = Router(provider_name)
    router.analysis = {
        "intent": "mood_shift",
        "mood_shift": {"current_state": "furious", "intensity": 42},
    }
    fake._default = router
    chat = ready_chat(llm_core(database, settings, model))
    chat.say("today was a lot", advance=timedelta(minutes=1))
    with database.transaction() as db:
        assert db.scalars(select(MoodShift)).all() == []
        extract = db.scalars(select(LlmUsage).where(LlmUsage.purpose == "extract")).one()
    assert extract.outcome == "invalid"


def test_inferred_facts_are_stored_as_inferred_once_and_listed(
    database, settings, model, provider_name, fake
) -> None:
    router = Router(provider_name)
    router.analysis = {"intent": "other", "inferred_facts": ["works night shifts"]}
    fake._default = router
    chat = ready_chat(llm_core(database, settings, model))
    first = chat.text("another night shift done, so tired", advance=timedelta(minutes=1))
    assert 'I noted as a guess: "works night shifts"' in first
    chat.say("night shift again", advance=timedelta(minutes=1))
    with database.transaction() as db:
        facts = db.scalars(select(KnowledgeEntry)).all()
    assert [(f.value, f.confidence, f.source) for f in facts] == [
        ("works night shifts", "inferred", "model")
    ]
    assert f"#{facts[0].id} works night shifts [inferred]" in chat.text("/fact")
    chat.say(f"/fact {facts[0].id} confirm")
    assert "[confirmed]" in chat.text("/fact")


def test_older_turns_are_folded_into_the_session_memory(
    database, settings, model, provider_name, fake
) -> None:
    router = Router(provider_name)
    router.memory = {"summary": "Rough week at work; sleeping badly.", "open_threads": ["try TIPP"]}
    fake._default = router
    core = llm_core(database, settings, model)
    chat = ready_chat(core)
    chat.say("work was rough again", advance=timedelta(hours=2))  # a new session
    for number in range(6):
        chat.say(f"and another thing number {number}", advance=timedelta(minutes=1))
    llm_companion(core).drain()
    summaries = router.of_kind(fake.requests, "update_session_memory")
    assert summaries, "once turns scroll out of the window they are summarised"
    assert "work was rough again" in user_text(summaries[0].body)
    with database.transaction() as db:
        memory = db.scalars(select(SessionMemory)).all()[-1]
        assert memory.summary == "Rough week at work; sleeping badly."
        assert memory.open_threads == ["try TIPP"]
        assert memory.covered_through_log_id is not None
        usage = db.scalars(select(LlmUsage).where(LlmUsage.purpose == "summary")).all()
    assert usage and all(row.outcome == "ok" for row in usage)
    chat.say("ok", advance=timedelta(minutes=1))
    latest = [r for r in fake.requests if tool_name(r.body) is None][-1]
    sent = user_text(latest.body)
    assert "Summary of earlier turns" in sent and "Rough week at work" in sent
    assert "'try TIPP'" in sent or '"try TIPP"' in sent


def test_the_stable_context_is_byte_identical_between_turns_until_it_changes(
    database, settings, model, provider_name, fake
) -> None:
    fake._default = Router(provider_name)
    chat = ready_chat(llm_core(database, settings, model))
    chat.say("hi there", advance=timedelta(minutes=1))
    chat.say("still here", advance=timedelta(minutes=1))
    chat.say("/settings tone 2", advance=timedelta(minutes=1))
    chat.say("and now?", advance=timedelta(minutes=1))
    replies = [r.body for r in fake.requests if tool_name(r.body) is None]
    assert len(replies) == 3

    def stable_of(body):
        if provider_name == "anthropic":
            block = body["messages"][0]["content"][0]
            assert block["cache_control"] == {"type": "ephemeral"}
            return block["text"]
        return user_text(body).split("</context>")[0]

    assert stable_of(replies[0]) == stable_of(replies[1])
    assert stable_of(replies[2]) != stable_of(replies[1])
    assert "Tone: 2 of 5" in stable_of(replies[2])
