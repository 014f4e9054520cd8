"""Keeping each person's context version current: every write to a context input bumps it.

The context builder caches what it built under the person's version tokens. For that cache to
be right with several processes, the version lives in the database and is replaced in the same
transaction as the write that changes an input, by session events, so no writer can forget it:

- ``after_flush``: any inserted, changed or deleted row of an input table marks its owner's
  token for that table's group; the marked tokens are replaced (one upsert per person on
  ``context_versions``) just before the transaction commits, or earlier when the context
  builder reads that person's version inside the transaction (``flush_pending``);
- ``do_orm_execute``: a bulk ``insert()`` on an input table bumps the owners in its rows; a bulk
  ``update()``/``delete()`` bumps the owners named in its ``WHERE user_id = ...`` /
  ``user_id IN (...)``; either bumps every person when it names nobody.

Statements run on a raw connection (``engine.begin()``, ``session.connection()``, Alembic)
bypass the ORM and these events; code in the bot that writes a context input that way (for
speed) marks the owner itself with ``note_write``.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal

from sqlalchemy import bindparam, event, inspect, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, ColumnClause

from storage.direct import DirectStatement
from storage.models.base import utcnow
from storage.models.context import ContextVersion

Group = Literal["profile", "activity"]

# Table name -> which version token a write to it replaces. Features add their tables with
# ``register_context_input`` when the context builder reads them.
CONTEXT_INPUTS: dict[str, Group] = {
    "profiles": "profile",
    "personality_settings": "profile",
    "knowledge_entries": "profile",
    "medications": "profile",
    "mood_shifts": "activity",
    "baselines": "activity",
    "medication_events": "activity",
    "sessions": "activity",
    "session_memory": "activity",
    "session_log": "activity",
}

_TOKEN_COLUMN: dict[Group, str] = {"profile": "profile_token", "activity": "activity_token"}


def register_context_input(table_name: str, group: Group) -> None:
    CONTEXT_INPUTS[table_name] = group


def new_token() -> str:
    return secrets.token_hex(12)


_PENDING = "sanctum_context_bumps"


@lru_cache(maxsize=16)
def _upsert(dialect: str, columns: frozenset[str]) -> DirectStatement:
    """INSERT ... ON CONFLICT (user_id) DO UPDATE of ``columns``, built once per shape."""
    table = ContextVersion.__table__
    values = {name: bindparam(name) for name in _VALUE_COLUMNS}
    if dialect == "postgresql":
        statement: Any = postgresql.insert(table).values(values)
    elif dialect == "sqlite":
        statement = sqlite.insert(table).values(values)
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise RuntimeError(f"context versions are not implemented for {dialect}")
    return DirectStatement(
        statement.on_conflict_do_update(
            index_elements=["user_id"],
            set_={column: statement.excluded[column] for column in sorted(columns)},
        ),
        _VALUE_COLUMNS,
    )


_VALUE_COLUMNS = ("user_id", "profile_token", "activity_token", "updated_at")


def bump(session: Session, user_id: int, groups: Iterable[Group]) -> None:
    """Replace the person's tokens for ``groups`` now (creating their row on first use)."""
    columns = frozenset({_TOKEN_COLUMN[group] for group in groups} | {"updated_at"})
    if len(columns) == 1:
        return
    _upsert(session.get_bind().dialect.name, columns).execute(
        session,
        {
            "user_id": user_id,
            "profile_token": new_token(),
            "activity_token": new_token(),
            "updated_at": utcnow(),
        },
    )


def _pending(session: Session) -> dict[int, set[Group]]:
    return session.info.setdefault(_PENDING, {})


def flush_pending(session: Session, user_id: int | None = None) -> None:
    """Replace the tokens marked so far (for one person, or everyone), inside the transaction."""
    pending = _pending(session)
    owners = list(pending) if user_id is None else [user_id]
    for owner in owners:
        groups = pending.pop(owner, None)
        if groups:
            bump(session, owner, groups)


def discard_pending(session: Session, user_id: int) -> None:
    """Drop the tokens marked for ``user_id`` and not yet replaced (the person was deleted in
    this transaction)."""
    _pending(session).pop(user_id, None)


def note_all_inputs(session: Session, user_id: int) -> None:
    """Mark every token of ``user_id`` (rows of all kinds came or went at once)."""
    _pending(session).setdefault(user_id, set()).update(_TOKEN_COLUMN)


def note_write(session: Session, table_name: str, user_id: int) -> None:
    """Mark ``user_id``'s token for ``table_name``'s group, after a write the events did not
    see; replaced before the transaction commits, like any other."""
    group = CONTEXT_INPUTS.get(table_name)
    if group is not None:
        _pending(session).setdefault(user_id, set()).add(group)


def _owner_of(instance: object) -> int | None:
    state = inspect(instance)
    user_id = state.dict.get("user_id")
    if user_id is None and state.identity and "user_id" in state.mapper.columns:
        # Tables keyed by user_id (profiles, personality settings) carry it in the identity.
        primary_key = [column.key for column in state.mapper.primary_key]
        if primary_key == ["user_id"]:
            user_id = state.identity[0]
    return user_id if isinstance(user_id, int) else None


def _changed_inputs(session: Session) -> dict[int, set[Group]]:
    owners: dict[int, set[Group]] = {}
    candidates: list[object] = [*session.new, *session.deleted]
    candidates.extend(
        instance
        for instance in session.dirty
        if session.is_modified(instance, include_collections=False)
    )
    for instance in candidates:
        table = getattr(inspect(instance).mapper.local_table, "name", None)
        group = CONTEXT_INPUTS.get(table or "")
        if group is None:
            continue
        owner = _owner_of(instance)
        if owner is not None:
            owners.setdefault(owner, set()).add(group)
    return owners


def _after_flush(session: Session, _flush_context: Any) -> None:
    pending = _pending(session)
    for owner, groups in _changed_inputs(session).items():
        pending.setdefault(owner, set()).update(groups)


def _before_commit(session: Session) -> None:
    session.flush()  # the commit's own flush comes after this event: make it happen now
    flush_pending(session)


def _discard_pending(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)


def _named_owners(where: Any) -> list[int] | None:
    """The user ids a bulk statement's WHERE pins ``user_id`` to, or None when it doesn't."""
    if where is None:
        return None
    owners: list[int] = []
    for element in visitors.iterate(where):
        if not isinstance(element, BinaryExpression):
            continue
        column, value = element.left, element.right
        if not (isinstance(column, ColumnClause) and column.name == "user_id"):
            continue
        if not isinstance(value, BindParameter):
            continue
        bound = value.effective_value
        if element.operator is operators.eq and isinstance(bound, int):
            owners.append(bound)
        elif element.operator is operators.in_op and isinstance(bound, list | tuple):
            owners.extend(item for item in bound if isinstance(item, int))
    return owners or None


def _inserted_owners(state: ORMExecuteState) -> list[int] | None:
    """The user ids in a bulk INSERT's parameter rows, or None when it names none."""
    rows = state.parameters
    rows = [rows] if isinstance(rows, dict) else list(rows or [])
    owners = [row.get("user_id") for row in rows if isinstance(row, dict)]
    found = sorted({owner for owner in owners if isinstance(owner, int)})
    return found or None


def _on_bulk_statement(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    group = CONTEXT_INPUTS.get(getattr(table, "name", "") or "")
    if group is None:
        return
    if state.is_insert:
        inserted = _inserted_owners(state)
        for owner in inserted or []:
            _pending(state.session).setdefault(owner, set()).add(group)
        if inserted is not None:
            return
    column = getattr(ContextVersion, _TOKEN_COLUMN[group])
    statement = update(ContextVersion).values({column: new_token(), "updated_at": utcnow()})
    owners = (
        None if state.is_insert else _named_owners(getattr(state.statement, "whereclause", None))
    )
    if owners is not None:
        statement = statement.where(ContextVersion.user_id.in_(owners))
    # Plain UPDATE: a bulk write never creates a version row (e.g. halfway through /forget).
    state.session.connection().execute(statement)


_LISTENERS = (
    ("after_flush", _after_flush),
    ("before_commit", _before_commit),
    ("after_rollback", _discard_pending),
    ("after_soft_rollback", _discard_pending),
    ("do_orm_execute", _on_bulk_statement),
)


def install() -> None:
    for name, listener in _LISTENERS:
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)


install()
