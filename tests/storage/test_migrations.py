"""Migrations run up, down and up again on both databases, and match the models."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from storage.db import make_engine
from storage.migrate import current_revision, downgrade, head_revision, upgrade
from storage.models import Base
from tests.conftest import POSTGRES_URL, postgres_url_with_schema


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
