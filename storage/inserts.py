"""Inserts that several workers may race on: the first one wins, the others learn it."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session

from storage.direct import DirectStatement


def insert_unless_exists(db: Session, model: type[DeclarativeBase], **values: Any) -> Any | None:
    """Insert a row and return its primary key, or None if a unique constraint already holds
    an equal row (one that another transaction may have committed a moment ago).

    One statement (INSERT ... ON CONFLICT DO NOTHING RETURNING), so it neither fails the
    transaction nor needs a savepoint. The model must have a single-column primary key.
    """
    statement = _insert_statement(db.get_bind().dialect.name, model, tuple(sorted(values)))
    return statement.scalar(db, values)


@cache
def _insert_statement(
    dialect: str, model: type[DeclarativeBase], columns: tuple[str, ...]
) -> DirectStatement:
    # On the table, run directly: the ORM's bulk-insert machinery is not needed for one row.
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = model.__table__
    (key,) = table.primary_key.columns
    return DirectStatement(insert(table).on_conflict_do_nothing().returning(key), columns)
