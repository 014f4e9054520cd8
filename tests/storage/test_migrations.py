"""Migrations run up, down and up again on both databases, and match the models."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from storage.crypto import KeyRing, attach_keyring, generate_key
from storage.db import make_engine
from storage.migrate import current_revision, downgrade, head_revision, upgrade
from storage.models import Base, Medication, MedicationEvent
from tests.conftest import POSTGRES_URL, postgres_url_with_schema

AT = datetime(2026, 11, 1, 8, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'migrate.db'}")
        yield engine
        engine.dispose()
        return
    if not POSTGRES_URL:
        pytest.skip("SANCTUM_TEST_POSTGRES_URL is not set")
    schema = f"sanctum_migrate_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(postgres_url_with_schema(schema))
    yield engine
    engine.dispose()
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def test_upgrade_downgrade_upgrade(empty_engine) -> None:
    upgrade(empty_engine)
    assert current_revision(empty_engine) == head_revision()
    assert "mood_shifts" in inspect(empty_engine).get_table_names()
    downgrade(empty_engine, "base")
    assert current_revision(empty_engine) is None
    assert "mood_shifts" not in inspect(empty_engine).get_table_names()
    upgrade(empty_engine)
    assert current_revision(empty_engine) == head_revision()


def test_medicine_names_written_in_clear_are_encrypted_by_the_upgrade(empty_engine) -> None:
    attach_keyring(empty_engine.dialect, KeyRing(generate_key()))
    upgrade(empty_engine, "0005")
    with empty_engine.begin() as connection:
        connection.execute(text("INSERT INTO users (id, created_at) VALUES (1, :at)"), {"at": AT})
        connection.execute(
            text(
                "INSERT INTO medications (user_id, name, dose, schedule, active, created_at) "
                "VALUES (1, 'Lamotrigine', '200 mg', '[]', true, :at)"
            ),
            {"at": AT},
        )
        connection.execute(
            text(
                "INSERT INTO medication_events (user_id, name, event, occurred_at, created_at) "
                "VALUES (1, 'Lamotrigine', 'taken', :at, :at)"
            ),
            {"at": AT},
        )
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        raw = connection.execute(text("SELECT name, dose FROM medications")).one()
        assert b"Lamotrigine" not in bytes(raw[0]) and b"200" not in bytes(raw[1])
    with Session(empty_engine) as db:
        assert db.scalars(select(Medication.name)).one() == "Lamotrigine"
        assert db.scalars(select(Medication.dose)).one() == "200 mg"
        assert db.scalars(select(MedicationEvent.name)).one() == "Lamotrigine"
    downgrade(empty_engine, "0005")
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT name, dose FROM medications")).one() == (
            "Lamotrigine",
            "200 mg",
        )
        assert connection.execute(text("SELECT name FROM medication_events")).scalar() == (
            "Lamotrigine"
        )


def test_models_and_migrations_agree(empty_engine) -> None:
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_user_table_is_deleted_with_its_user() -> None:
    for table in Base.metadata.sorted_tables:
        if "user_id" not in table.columns or table.name == "audit_log":
            continue
        keys = [
            fk for fk in table.columns["user_id"].foreign_keys if fk.column.table.name == "users"
        ]
        assert keys, f"{table.name}.user_id has no foreign key to users"
        assert keys[0].ondelete == "CASCADE", f"{table.name}.user_id does not cascade"
