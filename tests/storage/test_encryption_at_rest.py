"""A unique string planted through the real core appears nowhere in the raw database."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import inspect, select, text

from bot.core import Core
from storage.crypto import KeyRing, generate_key
from storage.db import Database
from storage.models import EmergencyContact, KnowledgeEntry, Medication, Note
from storage.reencrypt import encrypted_columns, reencrypt_all
from tests.conftest import Chat


def _raw_database_bytes(database: Database) -> bytes:
    if database.is_sqlite:
        database.dispose()  # checkpoint the WAL so the file holds everything
        path = Path(database.engine.url.database or "")
        parts = [path.read_bytes()]
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                parts.append(extra.read_bytes())
        return b"".join(parts)
    dumped = []
    with database.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            rows = connection.execute(text(f'SELECT t::text FROM "{table}" AS t')).scalars()
            dumped.extend(row.encode() for row in rows)
    return b"\n".join(dumped)


def test_planted_secrets_are_not_in_the_raw_database(database: Database, settings) -> None:
    secret = f"zebra{uuid.uuid4().hex[:10]}"
    chat = Chat(Core(database, settings))
    chat.say("/start")
    chat.say(f"Alex{secret[:3]}")
    chat.say("Berlin")
    chat.say("skip")
    chat.say(f"Sam, sister, {secret}@example.com")
    chat.say("skip")
    chat.say(f"remember that my cat is called {secret}")
    chat.say(f"note for my therapist: {secret} keeps coming up")
    chat.say(f"went from calm to anxious after the {secret} meeting")
    chat.say(f"/meds add {secret}mycin 08:00")
    with database.transaction() as db:
        # the data really is there, readable through the application
        assert db.scalars(select(EmergencyContact.address)).one().startswith(secret)
        assert db.scalars(select(Medication.name)).one() == f"{secret}mycin"
        values = (
            db.scalars(select(KnowledgeEntry.value)).all() + db.scalars(select(Note.text)).all()
        )
    assert values == [] or any(secret in value for value in values)
    raw = _raw_database_bytes(database)
    assert len(raw) > 2_000
    assert secret.encode() not in raw
    assert secret.encode().hex().encode() not in raw  # nor as hex (PostgreSQL bytea text)


def test_reencrypt_moves_every_value_to_the_current_key(
    database: Database, settings, test_key: str
) -> None:
    chat = Chat(Core(database, settings))
    chat.skip_intake()
    chat.say("remember that my cat is called Miso")
    chat.say("went from calm to anxious after the call with my boss")
    new_key = generate_key(avoiding=(test_key,))
    rotated = Database(database.url, KeyRing(new_key, retired=(test_key,)))
    only_new = Database(database.url, KeyRing(new_key))
    try:
        resealed = reencrypt_all(rotated.engine, page=3)  # several pages per column
        assert resealed["raw_messages.text"] >= 8
        assert reencrypt_all(rotated.engine) == {}, "a second run finds nothing to do"
        with only_new.transaction() as db:
            for table, column, _ in encrypted_columns():
                db.execute(select(table.c[column.name])).all()
            assert db.scalars(select(KnowledgeEntry.value)).all() == ["my cat is called Miso"]
    finally:
        rotated.dispose()
        only_new.dispose()
