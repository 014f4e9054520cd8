"""Statements of the message path, run straight on the database driver.

Running a statement through SQLAlchemy costs about 25 us of Python on top of the driver's own
work (a cache key computed from the statement, an execution context, a result object), and the
message path runs about a dozen of them for every message. A ``DirectStatement`` is compiled
once per dialect by SQLAlchemy itself, so the SQL text and every value conversion (encryption
of free text, dates on SQLite) are exactly what SQLAlchemy would send; it then runs on the
driver cursor of the session's own connection, inside the session's transaction.

What it gives up: connection events (``before_cursor_execute``) and the ORM's session events
do not see these statements, so a writer of a context input marks it with ``note_write``, as
for any statement on a raw connection. Statements whose columns have Python-side defaults or
whose parameters are not all named are refused when first compiled, so nothing is filled in
differently from SQLAlchemy.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, bindparam, event, exc, insert, inspect, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session, SessionTransaction, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.sql import ClauseElement

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: bool
    # (name in the SQL, key in the caller's values or None for a fixed value, fixed value,
    # the type's conversion)
    binds: tuple[tuple[str, str | None, Any, Processor], ...]
    results: tuple[Processor, ...]

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        converted = []
        for _name, key, fixed, process in self.binds:
            value = values[key] if key is not None else fixed
            converted.append(process(value) if process is not None and value is not None else value)
        if self.positional:
            return converted
        return {bind[0]: value for bind, value in zip(self.binds, converted, strict=True)}

    def row(self, raw: Sequence[Any] | None) -> tuple[Any, ...] | None:
        if raw is None:
            return None
        return tuple(
            process(value) if process is not None else value
            for process, value in zip(self.results, raw, strict=True)
        )


class DirectStatement:
    """A statement compiled once per dialect, run on the driver in the session's transaction.

    ``keys`` names the values a call supplies (the columns of an INSERT or UPDATE without
    ``.values()``, or the ``bindparam`` names of a query); values fixed in the statement itself
    are sent as they are.
    """

    def __init__(self, statement: ClauseElement, keys: Iterable[str] = ()) -> None:
        self.statement = statement
        self.keys = tuple(keys)
        # By dialect object, not name: each engine's dialect carries its own key ring, which
        # the value conversions (encryption) use.
        self._by_dialect: weakref.WeakKeyDictionary[Dialect, _Compiled] = (
            weakref.WeakKeyDictionary()
        )

    def _compiled(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect)
        if found is None:
            found = self._by_dialect[dialect] = _compile(self.statement, self.keys, dialect)
        return found

    def _run(self, db: Session, run: Callable[[Any, _Compiled], Any]) -> Any:
        dialect, driver = _driver_of(db)
        compiled = self._compiled(dialect)
        cursor = driver.cursor()
        try:
            return run(cursor, compiled)
        except dialect.loaded_dbapi.Error as error:
            raise exc.DBAPIError.instance(
                compiled.sql, None, error, dialect.loaded_dbapi.Error
            ) from error
        finally:
            cursor.close()

    def execute(self, db: Session, values: Mapping[str, Any]) -> int:
        """Run it; the number of rows it changed."""
        return self._run(db, lambda cursor, compiled: _execute(cursor, compiled, values).rowcount)  # type: ignore[no-any-return]

    def first(self, db: Session, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """Run it; its first row (a query, or RETURNING), or None."""
        return self._run(  # type: ignore[no-any-return]
            db, lambda cursor, compiled: compiled.row(_execute(cursor, compiled, values).fetchone())
        )

    def all(self, db: Session, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run it; every row. Like every direct statement it does not flush the session first:
        a caller reading rows this transaction may have added flushes itself."""

        def run(cursor: Any, compiled: _Compiled) -> list[tuple[Any, ...]]:
            return [compiled.row(raw) for raw in _execute(cursor, compiled, values).fetchall()]  # type: ignore[misc]

        return self._run(db, run)  # type: ignore[no-any-return]

    def scalar(self, db: Session, values: Mapping[str, Any]) -> Any:
        """Run it; the first column of its first row, or None."""
        row = self.first(db, values)
        return row[0] if row is not None else None

    def execute_many(self, db: Session, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run it once for each of ``rows`` (no RETURNING)."""
        if not rows:
            return

        def run(cursor: Any, compiled: _Compiled) -> None:
            cursor.executemany(compiled.sql, [compiled.parameters(row) for row in rows])

        self._run(db, run)


_DRIVER = "sanctum_driver_connection"


def _driver_of(db: Session) -> tuple[Dialect, Any]:
    """The dialect and driver connection of the session's transaction, begun if needed.
    Kept in the session until the transaction ends: asking the session for its connection
    each time cost a third of a direct statement."""
    found: tuple[Dialect, Any] | None = db.info.get(_DRIVER)
    if found is None:
        connection = db.connection()
        found = db.info[_DRIVER] = (connection.dialect, connection.connection.driver_connection)
    return found


@event.listens_for(Session, "after_transaction_end")
def _forget_driver(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost: its connection goes back to the pool
        session.info.pop(_DRIVER, None)


def _execute(cursor: Any, compiled: _Compiled, values: Mapping[str, Any]) -> Any:
    cursor.execute(compiled.sql, compiled.parameters(values))
    return cursor


def _compile(statement: ClauseElement, keys: tuple[str, ...], dialect: Dialect) -> _Compiled:
    compiled: Any = statement.compile(dialect=dialect, column_keys=list(keys) or None)
    filled_in = ("insert_prefetch", "update_prefetch", "postfetch")
    if any(getattr(compiled, name, None) for name in filled_in):
        raise ValueError(
            "a direct statement must name every column it writes (no Python-side defaults): "
            f"{statement}"
        )
    # Each parameter once, by the name it has in the SQL (``binds`` also holds aliases).
    by_name = {compiled.bind_names[bind]: bind for bind in compiled.binds.values()}
    order = compiled.positiontup if compiled.positional else list(by_name)
    binds = []
    for name in order:
        bind = by_name[name]
        supplied = bind.key in keys
        if not supplied and bind.required:
            raise ValueError(f"a direct statement needs a value for {bind.key!r}: {statement}")
        binds.append(
            (
                name,
                bind.key if supplied else None,
                None if supplied else bind.effective_value,
                bind.type.dialect_impl(dialect).bind_processor(dialect),
            )
        )
    results = tuple(
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in getattr(statement, "exported_columns", ())
    )
    return _Compiled(
        sql=compiled.string,
        positional=bool(compiled.positional),
        binds=tuple(binds),
        results=results,
    )


def add_directly(db: Session, instance: Any) -> Any:
    """Insert a new ORM object with one direct statement and put it in the session as if
    flushed: persistent, its primary key set, later changes to it flushed as usual. Its
    primary key.

    A flush of one new object costs ten times the INSERT. What it gives up: mapper events
    (``after_insert``) do not fire, and the context version is not marked (``note_write``).
    Columns left unset take their column default; one with a server default is left to the
    database and loaded if read.
    """
    state = inspect(instance)
    if state.key is not None or state.session_id is not None:
        raise ValueError("add_directly takes a new object that no session holds")
    table = state.mapper.local_table
    (key_column,) = table.primary_key.columns
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.key in state.dict:
            values[column.key] = state.dict[column.key]
        elif column is key_column or column.server_default is not None:
            continue
        elif column.default is None:
            values[column.key] = None
        elif column.default.is_scalar:
            values[column.key] = column.default.arg
        elif column.default.is_callable:
            values[column.key] = column.default.arg(None)
        else:
            raise ValueError(f"add_directly cannot compute the default of {column}")
    if key_column.key in values:
        raise ValueError("add_directly lets the database choose the primary key")
    for name, value in values.items():
        if name not in state.dict:
            set_committed_value(instance, name, value)
    statement = _record_insert(table, tuple(values))
    primary_key = statement.scalar(db, values)
    set_committed_value(instance, key_column.key, primary_key)
    make_transient_to_detached(instance)
    db.add(instance)
    return primary_key


@lru_cache(maxsize=64)
def _record_insert(table: Table, columns: tuple[str, ...]) -> DirectStatement:
    (key_column,) = table.primary_key.columns
    return DirectStatement(insert(table).returning(key_column), columns)


def load_directly(db: Session, model: type[Any], values: Mapping[str, Any]) -> Any:
    """The ``model`` object of a row read by a direct statement (every column in
    ``values``), held by the session as if the ORM had loaded it; the object the session
    already holds for that row, unchanged, if it has one."""
    mapper = inspect(model)
    identity = mapper.identity_key_from_primary_key(
        [values[column.key] for column in mapper.primary_key]
    )
    held = db.identity_map.get(identity)
    if held is not None:
        return held
    instance = mapper.class_manager.new_instance()
    # Straight into the instance dict: make_transient_to_detached resets every attribute's
    # history "as though freshly loaded" (a set_committed_value per column cost more than
    # the query).
    instance_state(instance).dict.update(values)
    make_transient_to_detached(instance)
    db.add(instance)
    return instance


def load_row(db: Session, model: type[Any], row: Sequence[Any]) -> Any:
    """``load_directly`` for a row read as every column of ``model``'s table, in table order
    (``select(*model.__table__.columns)``)."""
    return load_directly(db, model, dict(zip(column_keys(model), row, strict=True)))


@lru_cache(maxsize=32)
def column_keys(model: type[Any]) -> tuple[str, ...]:
    """The attribute keys of ``model``'s table columns, in table order."""
    return tuple(column.key for column in model.__table__.columns)


def rows_between(
    columns: Sequence[Any], owner: Any, moment: Any, *, order_by: Sequence[Any]
) -> DirectStatement:
    """A query of ``columns`` from one person's rows (``owner == user_id``) whose ``moment``
    lies from ``first`` to ``last``, both included, in ``order_by`` order. Its values:
    ``user_id``, ``first`` and ``last``."""
    return DirectStatement(
        select(*columns)
        .where(
            owner == bindparam("user_id"),
            moment >= bindparam("first"),
            moment <= bindparam("last"),
        )
        .order_by(*order_by),
        ("user_id", "first", "last"),
    )
