"""Direct statements store exactly what SQLAlchemy would, inside the session's transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import bindparam, exc, insert, inspect, select, text, update

from bot.users import resolve_user
from storage.crypto import KeyRing, generate_key
from storage.db import Database, make_engine
from storage.direct import DirectStatement, add_directly, load_directly, load_row
from storage.migrate import upgrade
from storage.models import MoodShift, Note, PersonalitySettings, Profile, SessionLogEntry

_NOTE_COLUMNS = ("user_id", "message_id", "created_at", "audience", "text")
_INSERT_NOTE = DirectStatement(
    insert(Note.__table__).returning(Note.__table__.c.id, Note.__table__.c.created_at),
    _NOTE_COLUMNS,
)
_RENAME_NOTES = DirectStatement(
    update(Note.__table__)
    .where(Note.__table__.c.user_id == bindparam("owner"))
    .values(audience="therapist"),
    ("owner",),
)
_NOTES_SINCE = DirectStatement(
    select(Note.__table__.c.text, Note.__table__.c.created_at)
    .where(Note.__table__.c.created_at >= bindparam("since"))
    .order_by(Note.__table__.c.id),
    ("since",),
)
_PROFILE_OF = DirectStatement(
    select(*Profile.__table__.columns).where(Profile.user_id == bindparam("owner")), ("owner",)
)
AT = datetime(2026, 11, 27, 18, 30, 15, 123456, tzinfo=UTC)


def _user(database: Database) -> int:
    with database.transaction() as db:
        user_id, _ = resolve_user(db, "test", "direct", AT)
    return user_id


def _note(user_id: int, words: str, at: datetime = AT) -> dict[str, object]:
    return {
        "user_id": user_id,
        "message_id": None,
        "created_at": at,
        "audience": None,
        "text": words,
    }


def test_a_direct_insert_reads_back_through_the_orm_encrypted_at_rest(database: Database) -> None:
    user_id = _user(database)
    with database.transaction() as db:
        note_id, created = _INSERT_NOTE.first(db, _note(user_id, "kestrel over the allotment"))
    with database.transaction() as db:
        stored = db.get(Note, note_id)
        assert stored is not None
        assert stored.text == "kestrel over the allotment"
        assert stored.created_at.replace(tzinfo=UTC) == AT
        assert created == stored.created_at  # converted as the ORM converts it
        raw = db.execute(text("SELECT text FROM notes WHERE id = :id"), {"id": note_id}).scalar()
    assert raw is not None and "kestrel" not in str(raw)


def test_a_direct_query_converts_what_it_reads(database: Database) -> None:
    user_id = _user(database)
    with database.transaction() as db:
        _INSERT_NOTE.first(db, _note(user_id, "older", AT - timedelta(days=2)))
        _INSERT_NOTE.first(db, _note(user_id, "newer"))
        rows = [_NOTES_SINCE.first(db, {"since": AT - timedelta(hours=1)})]
    assert rows[0] is not None
    words, created = rows[0]
    assert words == "newer"
    assert created.replace(tzinfo=UTC) == AT


def test_all_returns_every_row_converted_in_order(database: Database) -> None:
    user_id = _user(database)
    with database.transaction() as db:
        _INSERT_NOTE.first(db, _note(user_id, "too old", AT - timedelta(days=2)))
        for words in ("first", "second"):
            _INSERT_NOTE.first(db, _note(user_id, words))
        rows = _NOTES_SINCE.all(db, {"since": AT - timedelta(hours=1)})
        nothing = _NOTES_SINCE.all(db, {"since": AT + timedelta(days=1)})
    assert [words for words, _ in rows] == ["first", "second"]
    assert all(created.replace(tzinfo=UTC) == AT for _, created in rows)
    assert nothing == []


def test_it_runs_in_the_sessions_transaction_and_counts_changed_rows(database: Database) -> None:
    user_id = _user(database)
    with database.session() as db:
        _INSERT_NOTE.first(db, _note(user_id, "kept only until the rollback"))
        assert db.scalars(select(Note.text)).all() == ["kept only until the rollback"]
        db.rollback()
    with database.transaction() as db:
        assert db.scalars(select(Note.text)).all() == []
        _INSERT_NOTE.first(db, _note(user_id, "one"))
        _INSERT_NOTE.first(db, _note(user_id, "two"))
        assert _RENAME_NOTES.execute(db, {"owner": user_id}) == 2
        assert _RENAME_NOTES.execute(db, {"owner": user_id + 1000}) == 0
        assert set(db.scalars(select(Note.audience))) == {"therapist"}


def test_many_rows_at_once(database: Database) -> None:
    user_id = _user(database)
    with database.transaction() as db:
        many = DirectStatement(insert(Note.__table__), _NOTE_COLUMNS)
        many.execute_many(db, [_note(user_id, f"note {number}") for number in range(5)])
        many.execute_many(db, [])
        assert sorted(db.scalars(select(Note.text))) == [f"note {number}" for number in range(5)]


def test_driver_errors_arrive_as_sqlalchemy_errors(database: Database) -> None:
    with database.session() as db, pytest.raises(exc.IntegrityError):
        _INSERT_NOTE.first(db, _note(user_id=10_000_000, words="nobody owns this"))


def test_statements_that_would_be_filled_in_differently_are_refused(database: Database) -> None:
    user_id = _user(database)
    without_created_at = DirectStatement(insert(Note.__table__), ("user_id", "text"))
    needs_a_value = DirectStatement(
        select(SessionLogEntry.id).where(SessionLogEntry.user_id == bindparam("owner")), ()
    )
    with database.session() as db:
        with pytest.raises(ValueError, match="every column"):
            without_created_at.execute(db, {"user_id": user_id, "text": "x"})
        with pytest.raises(ValueError, match="owner"):
            needs_a_value.first(db, {})


def test_an_object_added_directly_is_persistent_with_its_defaults(database: Database) -> None:
    user_id = _user(database)
    with database.transaction() as db:
        shift = MoodShift(
            user_id=user_id, occurred_at=AT, current_state="anxious", family="anxiety"
        )
        shift_id = add_directly(db, shift)
        assert shift.id == shift_id
        assert (shift.source, shift.crisis_level, shift.trigger) == ("text", "none", None)
        assert shift.created_at is not None  # the column's callable default
        assert inspect(shift).persistent
        shift.trigger = "the phone call"  # a later change is flushed like any other
        assert db.get(MoodShift, shift_id) is shift
    with database.transaction() as db:
        stored = db.get(MoodShift, shift_id)
        assert stored is not None
        assert (stored.current_state, stored.source, stored.trigger) == (
            "anxious",
            "text",
            "the phone call",
        )


def test_only_new_objects_are_added_directly(database: Database) -> None:
    user_id = _user(database)
    with database.transaction() as db:
        note = Note(user_id=user_id, text="once", created_at=AT)
        add_directly(db, note)
        with pytest.raises(ValueError, match="new object"):
            add_directly(db, note)
        with pytest.raises(ValueError, match="primary key"):
            add_directly(db, Note(id=99, user_id=user_id, text="chosen key", created_at=AT))


def test_objects_loaded_directly_equal_what_the_orm_loads(database: Database) -> None:
    user_id = _user(database)
    with database.transaction() as db:
        profile = db.get(Profile, user_id)
        assert profile is not None
        profile.name, profile.timezone, profile.tracking = "Ren", "Asia/Tokyo", ["sleep", "meds"]
        personality = db.get(PersonalitySettings, user_id)
        assert personality is not None
        personality.crisis_phrases = ["the usual place"]
    columns = {model: tuple(model.__table__.columns) for model in (Profile, PersonalitySettings)}
    for model, model_columns in columns.items():
        query = DirectStatement(
            select(*model_columns).where(model_columns[0] == bindparam("owner")), ("owner",)
        )
        with database.transaction() as db:
            expected = {c.key: getattr(db.get(model, user_id), c.key) for c in model_columns}
        with database.transaction() as db:
            row = query.first(db, {"owner": user_id})
            assert row is not None
            loaded = load_directly(db, model, dict(zip(expected, row, strict=True)))
            assert inspect(loaded).persistent
            assert {key: getattr(loaded, key) for key in expected} == expected
            assert load_directly(db, model, dict(zip(expected, row, strict=True))) is loaded
            assert db.get(model, user_id) is loaded  # no second object for the same row
            assert not db.is_modified(loaded), "loaded as stored: nothing to write back"
    with database.transaction() as db:
        row = _PROFILE_OF.first(db, {"owner": user_id})
        assert row is not None
        loaded = load_row(db, Profile, row)
        loaded.name = "Rei"  # a change to an object loaded directly is flushed as usual
    with database.transaction() as db:
        assert db.scalar(select(Profile.name).where(Profile.user_id == user_id)) == "Rei"


def test_each_transaction_of_a_session_runs_on_its_own_connection(database: Database) -> None:
    user_id = _user(database)
    with database.session() as db:
        _INSERT_NOTE.first(db, _note(user_id, "committed"))
        db.commit()
        _INSERT_NOTE.first(db, _note(user_id, "rolled back"))
        with db.begin_nested():
            _INSERT_NOTE.first(db, _note(user_id, "in a savepoint"))
        _INSERT_NOTE.first(db, _note(user_id, "after the savepoint"))
        db.rollback()
        _INSERT_NOTE.first(db, _note(user_id, "committed too"))
        db.commit()
    with database.transaction() as db:
        assert sorted(db.scalars(select(Note.text))) == ["committed", "committed too"]


def test_databases_with_different_keys_each_use_their_own(tmp_path: Path) -> None:
    """Compiled conversions belong to one engine's dialect: its key ring encrypts."""
    databases = []
    for name in ("first", "second"):
        url = f"sqlite:///{tmp_path / name}.db"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        databases.append(Database(url, KeyRing(generate_key())))
    try:
        for number, database in enumerate(databases):
            user_id = _user(database)
            with database.transaction() as db:
                _INSERT_NOTE.first(db, _note(user_id, f"written with key {number}"))
        for number, database in enumerate(databases):
            with database.transaction() as db:
                assert db.scalars(select(Note.text)).all() == [f"written with key {number}"]
                assert _NOTES_SINCE.first(db, {"since": AT})[0] == f"written with key {number}"
    finally:
        for database in databases:
            database.dispose()
