"""Inserts that several workers may race on: the first one wins, the others learn it."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def insert_unless_exists(db: Session, model: type[DeclarativeBase], **values: Any) -> Any | None:
    """Insert a row and return its primary key, or None if a unique constraint already holds
    an equal row (one that another transaction may have committed a moment ago).

    One statement (INSERT ... ON CONFLICT DO NOTHING RETURNING), so it neither fails the
    transaction nor needs a savepoint. The model must have a single-column primary key.
    """
    statement = _insert_statement(db.get_bind().dialect.name, model)
    return db.execute(statement, values).scalar()


@cache
def _insert_statement(dialect: str, model: type[DeclarativeBase]) -> Any:
    # On the table rather than the mapped class: the ORM's bulk-insert machinery is not
    # needed for one row, and a statement built once keeps its compiled form cached.
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = model.__table__
    (key,) = table.primary_key.columns
    return insert(table).on_conflict_do_nothing().returning(key)
