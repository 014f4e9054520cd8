"""Context versions change with every write to an input, across processes, and only then."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, insert, select, update

from context_builder import ContextCache, build_context
from storage.crypto import KeyRing
from storage.db import Database
from storage.models import (
    ContextVersion,
    KnowledgeEntry,
    MoodShift,
    PersonalitySettings,
    RawMessage,
)
from tests.context_builder.conftest import NOW, add_fact, add_history, make_person


def build(database, settings, user_id, cache, now=NOW):
    with database.transaction() as db:
        return build_context(db, settings, user_id=user_id, now=now, cache=cache)


def tokens(database, user_id):
    with database.transaction() as db:
        row = db.get(ContextVersion, user_id)
        return (row.profile_token, row.activity_token)


def test_same_inputs_same_version_and_a_cache_hit(database, settings) -> None:
    user_id = make_person(database)
    add_history(database, user_id, days=3)
    cache = ContextCache()
    first = build(database, settings, user_id, cache)
    misses = cache.misses
    second = build(database, settings, user_id, cache)
    assert second.version == first.version and second.text == first.text
    assert cache.misses == misses and cache.hits >= 2
    later = build(database, settings, user_id, cache, now=NOW + timedelta(minutes=1))
    assert later.version != first.version, "the local time is an input too"
    assert later.stable_version == first.stable_version


def test_each_kind_of_write_changes_the_right_version(database, settings) -> None:
    user_id = make_person(database)
    cache = ContextCache()
    built = build(database, settings, user_id, cache)

    def changed() -> tuple[bool, bool]:
        nonlocal built
        new = build(database, settings, user_id, cache)
        result = (new.stable_version != built.stable_version, new.version != built.version)
        built = new
        return result

    add_fact(database, user_id, "has a dog called Pixel")
    assert changed() == (True, True)
    assert '"has a dog called Pixel"' in built.stable.text
    with database.transaction() as db:
        db.add(
            MoodShift(user_id=user_id, occurred_at=NOW, current_state="sad", family="depressive")
        )
    assert changed() == (False, True)
    assert "sad" in built.dynamic.text
    with database.transaction() as db:
        db.get(PersonalitySettings, user_id).tone = 1
    assert changed() == (True, True)
    assert "Tone: 1 of 5" in built.stable.text
    with database.transaction() as db:  # not an input: nothing changes
        db.add(RawMessage(user_id=user_id, platform="test", received_at=NOW, text="x"))
    assert changed() == (False, False)
    with database.transaction() as db:  # bulk statements are caught too
        db.execute(
            update(KnowledgeEntry)
            .where(KnowledgeEntry.user_id == user_id)
            .values(value="has a cat called Pixel")
        )
    assert changed() == (True, True)
    assert "cat called Pixel" in built.stable.text
    with database.transaction() as db:
        db.execute(delete(KnowledgeEntry).where(KnowledgeEntry.user_id.in_([user_id])))
    assert changed() == (True, True)
    assert "Pixel" not in built.stable.text
    with database.transaction() as db:
        db.execute(
            insert(MoodShift),
            [{"user_id": user_id, "occurred_at": NOW, "current_state": "calm", "family": "stable"}],
        )
    assert changed() == (False, True)


def test_a_write_in_another_process_invalidates_this_ones_cache(
    database, settings, test_key
) -> None:
    user_id = make_person(database)
    other = Database(database.url, KeyRing(test_key))  # another process: its own engine
    cache = ContextCache()
    try:
        before = build(database, settings, user_id, cache)
        with other.transaction() as db:
            db.add(
                KnowledgeEntry(
                    user_id=user_id,
                    value="written elsewhere",
                    confidence="confirmed",
                    created_at=NOW,
                    updated_at=NOW,
                    confirmed_at=NOW,
                )
            )
        after = build(database, settings, user_id, cache)
    finally:
        other.dispose()
    assert after.version != before.version
    assert "written elsewhere" in after.stable.text


def test_a_rolled_back_build_never_serves_stale_data(database, settings) -> None:
    user_id = make_person(database)
    cache = ContextCache()
    build(database, settings, user_id, cache)
    committed = tokens(database, user_id)
    with database.session() as db:
        db.add(
            KnowledgeEntry(
                user_id=user_id,
                value="never committed",
                confidence="confirmed",
                created_at=NOW,
                updated_at=NOW,
            )
        )
        inside = build_context(db, settings, user_id=user_id, now=NOW, cache=cache)
        assert "never committed" in inside.stable.text
        db.rollback()
    assert tokens(database, user_id) == committed
    again = build(database, settings, user_id, cache)
    assert "never committed" not in again.stable.text


def test_a_person_without_a_version_row_gets_one(database, settings) -> None:
    user_id = make_person(database)
    with database.engine.begin() as connection:  # as data from before this feature
        connection.execute(delete(ContextVersion))
    built = build(database, settings, user_id, ContextCache())
    assert built.version
    with database.transaction() as db:
        assert db.scalar(select(ContextVersion.user_id)) == user_id


def test_forgetting_a_person_leaves_no_version_row(chat, database) -> None:
    chat.say("/mood calm functional")
    chat.say("/forget")
    chat.say("delete everything")
    with database.transaction() as db:
        assert db.scalars(select(ContextVersion)).all() == []
    add_history  # noqa: B018  (imported for other tests)


def test_writes_after_a_build_in_the_same_transaction_get_a_new_version(database, settings) -> None:
    user_id = make_person(database)
    cache = ContextCache()

    def fact(db, value):
        db.add(
            KnowledgeEntry(
                user_id=user_id,
                value=value,
                confidence="confirmed",
                created_at=NOW,
                updated_at=NOW,
                confirmed_at=NOW,
            )
        )

    with database.transaction() as db:
        fact(db, "first fact")
        inside = build_context(db, settings, user_id=user_id, now=NOW, cache=cache)
        fact(db, "second fact")  # after the build, before the commit
    assert "second fact" not in inside.stable.text
    after = build(database, settings, user_id, cache)
    assert after.stable_version != inside.stable_version
    assert "first fact" in after.stable.text and "second fact" in after.stable.text
