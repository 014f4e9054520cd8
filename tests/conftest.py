"""Shared fixtures: real databases (SQLite always, PostgreSQL when configured) and a chat driver.

PostgreSQL runs when SANCTUM_TEST_POSTGRES_URL is set (CI sets it). Each test process gets its
own schema, migrated once; tables are emptied between tests.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.core import Core
from bot.messages import IncomingMessage, Reply
from bot.settings import Settings
from storage.crypto import KeyRing, generate_key
from storage.db import Database, make_engine
from storage.migrate import upgrade
from storage.models import Base

POSTGRES_URL = os.environ.get("SANCTUM_TEST_POSTGRES_URL")
# The crisis rules' read-apart gates (bot/crisis/gate_cache.py) are kept for test runs here,
# not in the home directory; the CLI subprocesses of the tests inherit this.
os.environ.setdefault("SANCTUM_CACHE_DIR", str(Path(tempfile.gettempdir()) / "sanctum-test-cache"))
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def postgres_url_with_schema(schema: str) -> str:
    assert POSTGRES_URL
    url = make_url(POSTGRES_URL)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )


@pytest.fixture(scope="session")
def test_key() -> str:
    return generate_key()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for every test (migrating each time is slower)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()  # closing the last connection checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture(scope="session")
def postgres_schema() -> Iterator[str]:
    if not POSTGRES_URL:
        pytest.skip("SANCTUM_TEST_POSTGRES_URL is not set")
    schema = f"sanctum_test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(postgres_url_with_schema(schema))
    upgrade(engine)
    engine.dispose()
    yield schema
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _empty_postgres(database: Database) -> None:
    """Every table emptied, then the content migrations load put back (as in a fresh SQLite)."""
    from bot.skills.store import sync_library

    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        sync_library(connection)


@pytest.fixture(params=BACKENDS)
def database(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path, test_key: str
) -> Iterator[Database]:
    keyring = KeyRing(test_key)
    if request.param == "sqlite":
        path = tmp_path / "sanctum.db"
        shutil.copy(sqlite_template, path)
        db = Database(f"sqlite:///{path}", keyring)
    else:
        schema = request.getfixturevalue("postgres_schema")
        db = Database(postgres_url_with_schema(schema), keyring)
        _empty_postgres(db)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path, sqlite_template: Path, test_key: str) -> Iterator[Database]:
    path = tmp_path / "sanctum.db"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}", KeyRing(test_key))
    yield db
    db.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]


@pytest.fixture
def core(database: Database, settings: Settings) -> Core:
    return Core(database, settings)


START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class Chat:
    """Drives the real core as one person on one platform, with a controllable clock."""

    def __init__(self, core: Core, user: str = "alice", platform: str = "test") -> None:
        self.core = core
        self.user = user
        self.platform = platform
        self.now = START
        self.emitted: list[Reply] = []
        self._counter = 0

    def say(
        self, text: str, *, at: datetime | None = None, advance: timedelta | None = None
    ) -> list[Reply]:
        if advance is not None:
            self.now += advance
        if at is not None:
            self.now = at
        self._counter += 1
        message = IncomingMessage(
            platform=self.platform,
            platform_user_id=self.user,
            text=text,
            sent_at=self.now,
            platform_message_id=str(self._counter),
        )
        return self.core.handle(message, emit=self.emitted.append)

    def text(self, text: str, **kwargs: object) -> str:
        return "\n".join(reply.text for reply in self.say(text, **kwargs))  # type: ignore[arg-type]

    def skip_intake(self) -> None:
        """Finish setup quickly with a name and time zone, skipping the rest."""
        self.say("/start")
        self.say("Alex")
        self.say("Europe/Berlin")
        for _ in range(3):
            self.say("skip")


@pytest.fixture
def chat(core: Core) -> Chat:
    return Chat(core)
