"""Engines and transactions for SQLite (WAL) and PostgreSQL (psycopg 3)."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from storage.crypto import KeyRing, attach_keyring

try:
    import fcntl
except ImportError:  # Windows has no flock: there, processes meet in SQLite's busy handler
    fcntl = None  # type: ignore[assignment]


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock up front: a deferred transaction that later writes
        # can fail with "database is locked" instead of waiting for the busy timeout.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class _SqliteWriterLock:
    """SQLite has one writer at a time. Threads of this process queue on a lock. Processes
    that write the file side by side (`sanctum run` with core worker processes) also queue on
    an flock of a file beside it, instead of in SQLite's busy handler, which polls with
    growing sleeps (long, uneven waits). The kernel hands an flock to the next waiter as soon
    as it is released. Occasional other writers (a CLI command) still meet in the busy handler."""

    def __init__(self, database_file: str | None, *, across_processes: bool) -> None:
        self._threads = threading.RLock()
        self._lock_file = (
            f"{database_file}.lock" if across_processes and database_file and fcntl else None
        )
        self._descriptor: int | None = None
        self._depth = 0  # only the thread holding self._threads touches it

    def __enter__(self) -> None:
        self._threads.acquire()
        try:
            if self._depth == 0 and self._lock_file is not None:
                if self._descriptor is None:
                    self._descriptor = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o600)
                fcntl.flock(self._descriptor, fcntl.LOCK_EX)
        except BaseException:
            self._threads.release()
            raise
        self._depth += 1

    def __exit__(self, *_: object) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self._descriptor is not None:
                fcntl.flock(self._descriptor, fcntl.LOCK_UN)
        finally:
            self._threads.release()

    def close(self) -> None:
        with self._threads:
            if self._descriptor is not None:
                os.close(self._descriptor)
                self._descriptor = None


def _sqlite_file(engine: Engine) -> str | None:
    database = engine.url.database
    if not database or database == ":memory:" or engine.url.query.get("mode") == "memory":
        return None
    return database


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            from pathlib import Path

            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    """One engine with its key ring, and transactions on it.

    ``writers_in_other_processes``: on SQLite, other processes write this file all the time
    (core worker processes), so transactions also queue on a lock file with them.
    """

    def __init__(
        self,
        url: str,
        keyring: KeyRing,
        *,
        writers_in_other_processes: bool = False,
        **engine_kwargs: Any,
    ) -> None:
        self.url = url
        self.keyring = keyring
        self.engine = make_engine(url, **engine_kwargs)
        attach_keyring(self.engine.dialect, keyring)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._serialize: AbstractContextManager[object] = (
            _SqliteWriterLock(
                _sqlite_file(self.engine), across_processes=writers_in_other_processes
            )
            if self.is_sqlite
            else nullcontext()
        )
        self._lock_engine: Engine | None = None
        self._lock_engine_guard = threading.Lock()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end of the block, or rolls back on error."""
        with self._serialize, self._sessions.begin() as session:
            yield session

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for work spanning several transactions (commit or roll back yourself)."""
        with self._serialize, self._sessions() as session:
            yield session

    @contextmanager
    def exclusive(self, key: str) -> Iterator[None]:
        """Run the block while no other process using this database runs one for ``key``.

        On PostgreSQL: a session-level advisory lock on a connection of its own, outside any
        transaction, so the server releases it if this process dies. On SQLite there is one
        process, and the caller's own thread locks are enough.
        """
        if self.is_sqlite:
            yield
            return
        lock_id = advisory_lock_id(key)
        with self._locks_engine().connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": lock_id})
            try:
                yield
            finally:
                try:
                    connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": lock_id})
                except Exception:
                    # Closing the connection releases the lock on the server anyway.
                    connection.invalidate()

    def _locks_engine(self) -> Engine:
        with self._lock_engine_guard:
            if self._lock_engine is None:
                # Each waiting worker holds one connection, so the pool must not cap them.
                self._lock_engine = make_engine(
                    self.url, isolation_level="AUTOCOMMIT", pool_size=4, max_overflow=-1
                )
            return self._lock_engine

    def dispose(self) -> None:
        self.engine.dispose()
        if isinstance(self._serialize, _SqliteWriterLock):
            self._serialize.close()
        if self._lock_engine is not None:
            self._lock_engine.dispose()


def advisory_lock_id(key: str) -> int:
    """A signed 64-bit PostgreSQL advisory lock id for a text key."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8, person=b"sanctum-lock").digest()
    return int.from_bytes(digest, "big", signed=True)
