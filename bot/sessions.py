"""Sessions (runs of conversation separated by idle gaps), their memory, and the session log.

The log is append-only and keeps every turn; the person's own messages are added to the
search index as they are appended (``bot/search.py``). The session memory is the current state
of a conversation: a short rolling summary of the turns that scrolled out of the context window
and the threads still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from bot.search import index_text, is_searchable
from storage.context_versions import note_write
from storage.direct import DirectStatement, load_row
from storage.models import ChatSession, SessionLogEntry, SessionMemory

# Built once: constructing a statement costs more than running it.
_APPEND_LOG = DirectStatement(
    insert(SessionLogEntry.__table__).returning(SessionLogEntry.__table__.c.id),
    ("user_id", "session_id", "message_id", "at", "role", "kind", "text"),
)
_LATEST_SESSION = DirectStatement(
    select(*ChatSession.__table__.columns)
    .where(ChatSession.user_id == bindparam("user_id"))
    .order_by(ChatSession.last_activity_at.desc(), ChatSession.id.desc())
    .limit(1),
    ("user_id",),
)
_sessions = ChatSession.__table__
_TOUCH_SESSION = DirectStatement(
    update(_sessions)
    .where(_sessions.c.id == bindparam("session_id"))
    .values(last_activity_at=bindparam("at")),
    ("session_id", "at"),
)


def current_session(db: Session, user_id: int, now: datetime, idle_minutes: int) -> ChatSession:
    """The user's open session, or a new one after an idle gap (the old one is closed)."""
    db.flush()  # a session added in this transaction counts
    row = _LATEST_SESSION.first(db, {"user_id": user_id})
    latest: ChatSession | None = load_row(db, ChatSession, row) if row is not None else None
    gap = timedelta(minutes=idle_minutes)
    if latest is not None and latest.ended_at is None and now - latest.last_activity_at <= gap:
        if now > latest.last_activity_at:
            # A direct UPDATE: the unit of work's flush of this one attribute cost about 0.9M
            # instructions a message (callgrind). The object learns the value as stored.
            _TOUCH_SESSION.execute(db, {"session_id": latest.id, "at": now})
            note_write(db, "sessions", user_id)
            set_committed_value(latest, "last_activity_at", now)
        return latest
    if latest is not None and latest.ended_at is None:
        latest.ended_at = latest.last_activity_at + gap
    session = ChatSession(user_id=user_id, started_at=now, last_activity_at=now)
    db.add(session)
    db.flush()
    return session


def append_log(
    db: Session,
    chat_session: ChatSession,
    *,
    role: str,
    kind: str,
    text: str,
    at: datetime,
    message_id: int | None = None,
) -> int:
    """Append one turn; its id. A direct INSERT (``storage/direct.py``): the log is
    append-only, so nothing needs the entry as an object, and the ORM's unit of work and
    execution events around it cost more than the write (the context version is marked here
    instead)."""
    row = {
        "user_id": chat_session.user_id,
        "session_id": chat_session.id,
        "message_id": message_id,
        "at": at,
        "role": role,
        "kind": kind,
        "text": text,
    }
    log_id: int = _APPEND_LOG.scalar(db, row)
    note_write(db, "session_log", chat_session.user_id)
    if is_searchable(role, kind):
        index_text(db, log_id, chat_session.user_id, text)
    return log_id


def first_log_id_of_message(db: Session, session_id: int, message_id: int | None) -> int | None:
    if message_id is None:
        return None
    return db.scalar(
        select(func.min(SessionLogEntry.id)).where(
            SessionLogEntry.session_id == session_id, SessionLogEntry.message_id == message_id
        )
    )


@dataclass(frozen=True)
class SummaryJob:
    """Turns about to scroll out of the context window, to fold into the session memory."""

    session_id: int
    user_id: int
    previous: str | None
    open_threads: list[str]
    turns: list[tuple[str, str]]  # (role, text)
    through_log_id: int


def pending_summary(
    db: Session,
    session_id: int,
    *,
    before_log_id: int | None,
    window: int,
    minimum: int = 4,
    limit: int = 40,
) -> SummaryJob | None:
    """A job when at least ``minimum`` turns older than the last ``window`` are unsummarised."""
    recent = select(SessionLogEntry.id).where(SessionLogEntry.session_id == session_id)
    if before_log_id is not None:
        recent = recent.where(SessionLogEntry.id < before_log_id)
    window_ids = db.scalars(recent.order_by(SessionLogEntry.id.desc()).limit(window)).all()
    if len(window_ids) < window:
        return None
    memory = db.get(SessionMemory, session_id)
    covered = (memory.covered_through_log_id if memory else None) or 0
    older = db.scalars(
        select(SessionLogEntry)
        .where(
            SessionLogEntry.session_id == session_id,
            SessionLogEntry.id > covered,
            SessionLogEntry.id < min(window_ids),
        )
        .order_by(SessionLogEntry.id)
        .limit(limit)
    ).all()
    if len(older) < minimum:
        return None
    return SummaryJob(
        session_id=session_id,
        user_id=older[0].user_id,
        previous=memory.summary if memory else None,
        open_threads=list(memory.open_threads or []) if memory else [],
        turns=[(entry.role, entry.text) for entry in older],
        through_log_id=older[-1].id,
    )


def save_session_memory(
    db: Session, job: SummaryJob, summary: str, open_threads: list[str], at: datetime
) -> None:
    memory = db.get(SessionMemory, job.session_id)
    if memory is None:
        memory = SessionMemory(session_id=job.session_id, user_id=job.user_id)
        db.add(memory)
    elif (memory.covered_through_log_id or 0) >= job.through_log_id:
        return  # a newer summary was saved meanwhile
    memory.summary = summary
    memory.open_threads = open_threads
    memory.covered_through_log_id = job.through_log_id
    memory.updated_at = at
