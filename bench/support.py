"""What the bench scripts share: migrated scratch databases and percentiles.

A script run as ``python bench/bench_x.py`` from the repository root puts the root on
``sys.path`` first, then imports from here: ``from bench.support import sqlite_database``.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.crypto import KeyRing, generate_key
from storage.db import Database, make_engine
from storage.migrate import upgrade


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank value below which ``share`` (0..1) of ``values`` lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _migrated(url: str) -> None:
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


@contextmanager
def sqlite_database() -> Iterator[Database]:
    """A migrated SQLite file (WAL) in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="sanctum-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        _migrated(url)
        database = Database(url, KeyRing(generate_key()))
        try:
            yield database
        finally:
            database.dispose()


@contextmanager
def postgres_schema(url: str, *, prefix: str) -> Iterator[str]:
    """A new schema on the PostgreSQL ``url``, migrated to head: yields a URL scoped to it
    (its search_path). The schema is dropped afterwards, whatever happened; dispose of every
    engine on the scoped URL before leaving the block."""
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = make_engine(url)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        admin.dispose()  # no idle connection of ours during the measurement
        try:
            scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
            scoped_url = scoped.render_as_string(hide_password=False)
            _migrated(scoped_url)
            yield scoped_url
        finally:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@contextmanager
def postgres_database(url: str, *, prefix: str, **engine_kwargs: Any) -> Iterator[Database]:
    """A Database on a scratch schema of the PostgreSQL ``url`` (see postgres_schema)."""
    with postgres_schema(url, prefix=prefix) as scoped_url:
        database = Database(scoped_url, KeyRing(generate_key()), **engine_kwargs)
        try:
            yield database
        finally:
            database.dispose()
