"""Inserts that several workers may race on: the first one wins, the others learn it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def insert_unless_exists(db: Session, model: type[DeclarativeBase], **values: Any) -> Any | None:
    """Insert a row and return its primary key, or None if a unique constraint already holds
    an equal row (one that another transaction may have committed a moment ago).

    One statement (INSERT ... ON CONFLICT DO NOTHING RETURNING), so it neither fails the
    transaction nor needs a savepoint. The model must have a single-column primary key.
    """
    dialect = db.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    (key,) = model.__mapper__.primary_key
    statement = insert(model).values(**values).on_conflict_do_nothing().returning(key)
    return db.scalar(statement)
