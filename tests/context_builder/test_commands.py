"""/context, /fact, /settings and /search through the real core (offline provider)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from storage.models import (
    KnowledgeEntry,
    PersonalitySettings,
    SessionLogEntry,
    SessionLogTerm,
)
from tests.conftest import Chat


def ready(chat: Chat) -> Chat:
    chat.skip_intake()
    chat.now += timedelta(hours=1)
    return chat


def test_fact_add_confirm_correct_delete(chat: Chat, database) -> None:
    ready(chat)
    assert "don't keep any facts" in chat.text("/fact")
    added = chat.text("/fact add I work night shifts on weekends")
    with database.transaction() as db:
        fact_id = db.scalar(select(KnowledgeEntry.id))
    assert f"Added #{fact_id}" in added and "[confirmed]" in added
    assert f"#{fact_id} I work night shifts on weekends [confirmed]" in chat.text("/fact")
    assert "Corrected" in chat.text(f"/fact {fact_id} I work night shifts on Fridays")
    assert "Fridays [confirmed]" in chat.text("/fact")
    assert "Deleted" in chat.text(f"/fact {fact_id} delete")
    with database.transaction() as db:
        assert db.scalar(select(func.count()).select_from(KnowledgeEntry)) == 0


def test_fact_shows_outdated_and_confirm_renews_it(chat: Chat, database) -> None:
    ready(chat)
    chat.say("/fact add I live in Leipzig")
    chat.now += timedelta(days=200)
    assert "Leipzig [outdated]" in chat.text("/fact")
    assert "Leipzig [outdated]" in chat.text("/context")
    with database.transaction() as db:
        fact_id = db.scalar(select(KnowledgeEntry.id))
    assert "Confirmed" in chat.text(f"/fact {fact_id} yes")
    assert "Leipzig [confirmed]" in chat.text("/fact")


def test_fact_never_touches_another_persons_facts(core, database) -> None:
    alice, bob = ready(Chat(core, "alice")), ready(Chat(core, "bob"))
    alice.say("/fact add alice's secret")
    with database.transaction() as db:
        fact_id = db.scalar(select(KnowledgeEntry.id))
    assert f"no fact #{fact_id}" in bob.text(f"/fact {fact_id} delete")
    assert f"no fact #{fact_id}" in bob.text(f"/fact {fact_id} bob's version")
    assert "secret" not in bob.text("/fact")
    with database.transaction() as db:
        assert db.scalars(select(KnowledgeEntry.value)).all() == ["alice's secret"]


def test_fact_bad_input_is_explained(chat: Chat) -> None:
    ready(chat)
    assert "Use /fact" in chat.text("/fact twelve delete")
    assert "Give the fact" in chat.text("/fact add")
    assert "up to 500" in chat.text("/fact add " + "x" * 600)


def test_settings_change_tone_pacing_topics_phrases_frameworks_protocols(
    chat: Chat, database
) -> None:
    ready(chat)
    overview = chat.say("/settings")[0]
    assert "Tone: 4/5" in overview.text
    assert "/settings tone 2" in [button.data for row in overview.buttons for button in row]
    assert "Tone set to 2/5" in chat.text("/settings tone 2")
    assert "Pacing set to brief" in chat.text("/settings pacing brief")
    assert "Added" in chat.text("/settings avoid add my father")
    assert "already" in chat.text("/settings avoid add My Father")
    assert "Added" in chat.text("/settings phrases add going to the lake")
    assert "Frameworks now: DBT, CBT" in chat.text("/settings frameworks dbt cbt")
    assert "Frameworks now: DBT, CBT, MBSR" in chat.text("/settings frameworks add mbsr")
    assert "Protocol sleep_watch is off" in chat.text("/settings protocol sleep_watch off")
    with database.transaction() as db:
        stored = db.scalars(select(PersonalitySettings)).one()
        assert (stored.tone, stored.pacing) == (2, "brief")
        assert stored.topics_to_avoid == ["my father"]
        assert stored.crisis_phrases == ["going to the lake"]
        assert stored.frameworks == ["dbt", "cbt", "mbsr"]
        assert stored.protocols == {"sleep_watch": False}
    full = "\n".join(reply.text for reply in chat.say("/context full"))
    assert "Tone: 2 of 5" in full and '"my father"' in full and "Protocols off" in full
    assert "Removed" in chat.text("/settings avoid remove my father")


def test_settings_reject_bad_values_and_change_nothing(chat: Chat, database) -> None:
    ready(chat)
    assert "1 (clinical) to 5" in chat.text("/settings tone 9")
    assert "brief, detailed or adaptive" in chat.text("/settings pacing fast")
    assert "Frameworks: dbt, cbt" in chat.text("/settings frameworks freud")
    assert "protocol NAME on|off" in chat.text("/settings protocol teleport on")
    assert "3 to 80 characters" in chat.text("/settings phrases add x")
    assert "setting called" in chat.text("/settings colour blue")
    with database.transaction() as db:
        stored = db.scalars(select(PersonalitySettings)).one()
        assert (stored.tone, stored.pacing, stored.frameworks) == (4, "adaptive", ["dbt"])
        assert stored.crisis_phrases is None


def test_context_shows_version_budget_facts_and_what_is_sent(chat: Chat) -> None:
    ready(chat)
    chat.say("/fact add I have a dog called Pixel")
    overview = chat.text("/context")
    assert "Pixel [confirmed]" in overview
    assert "AI: offline. Nothing leaves this machine" in overview
    assert "Context version " in overview and "of 2000 tokens" in overview
    full = chat.say("/context full")
    text = "\n".join(reply.text for reply in full)
    assert text.startswith("Context version ")
    assert '"I have a dog called Pixel" (confirmed)' in text
    assert "## Their local time" in text
    assert all(len(reply.text) <= 3500 for reply in full)


def test_search_finds_words_in_encrypted_messages(core, database) -> None:
    alice, bob = ready(Chat(core, "alice")), ready(Chat(core, "bob"))
    alice.say("The meeting with my boss was awful", advance=timedelta(days=1))
    alice.say("Walked the dog, felt calmer")
    alice.say("Another meetings marathon today, boss again", advance=timedelta(days=3))
    bob.now = alice.now
    bob.say("my boss is nice")

    found = alice.text("/search boss meeting")
    assert found.startswith('2 of your messages match "boss meeting"')
    assert found.index("Another meetings marathon") < found.index("The meeting with my boss")
    assert "nice" not in found, "another person's messages are never searched"
    assert "Nothing in your messages matches" in alice.text("/search boss dog")
    assert "Walked the dog" in alice.text("/search DOGS")
    day = (alice.now - timedelta(days=3)).date()
    ranged = alice.text(f"/search boss {day} {day}")
    assert ranged.startswith("1 of your messages matches") and "The meeting with my boss" in ranged
    assert "/search WORDS" in alice.text("/search")
    assert "too common" in alice.text("/search the and")
    with database.transaction() as db:
        tokens = db.scalars(select(SessionLogTerm.token)).all()
        assert tokens and not any("boss" in token for token in tokens)
        commands = db.scalars(select(SessionLogEntry.id).where(SessionLogEntry.kind == "command"))
        indexed = set(db.scalars(select(SessionLogTerm.log_id)))
        assert indexed.isdisjoint(set(commands)), "commands are not indexed"


def test_search_index_is_rebuilt_after_a_key_change(database, settings, core) -> None:
    from bot.search import reindex_user, search_log

    alice = ready(Chat(core, "alice"))
    alice.say("lamotrigine made me dizzy")
    with database.transaction() as db:
        assert search_log(db, 1, "dizzy").total == 1
        assert reindex_user(db, 1) >= 1
        assert search_log(db, 1, "dizzy").total == 1


def test_a_crisis_phrase_set_in_settings_is_treated_like_explicit_words(chat: Chat) -> None:
    ready(chat)
    assert not any(reply.urgent for reply in chat.say("I think I'll go to the lake tonight"))
    chat.say("/settings phrases add go to the lake")
    replies = chat.say("I think I'll go to the lake tonight", advance=timedelta(minutes=1))
    assert replies and replies[0].urgent
