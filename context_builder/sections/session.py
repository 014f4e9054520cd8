"""The conversation now: session memory (rolling summary, open threads) and the last turns."""

from __future__ import annotations

from sqlalchemy import func, select

from context_builder.sections.base import Inputs, Section
from context_builder.text import clean, quote, quote_clean
from storage.models import ChatSession, SessionLogEntry, SessionMemory

MAX_TURNS = 8


def _session(inputs: Inputs) -> ChatSession | None:
    if inputs.session_id is not None:
        return inputs.db.get(ChatSession, inputs.session_id)
    return inputs.db.scalars(
        select(ChatSession)
        .where(ChatSession.user_id == inputs.user_id)
        .order_by(ChatSession.last_activity_at.desc(), ChatSession.id.desc())
        .limit(1)
    ).first()


def _turns(inputs: Inputs, session: ChatSession) -> list[SessionLogEntry]:
    query = select(SessionLogEntry).where(SessionLogEntry.session_id == session.id)
    if inputs.current_message_id is not None:
        first_of_current = (
            select(func.min(SessionLogEntry.id))
            .where(
                SessionLogEntry.session_id == session.id,
                SessionLogEntry.message_id == inputs.current_message_id,
            )
            .scalar_subquery()
        )
        query = query.where(SessionLogEntry.id < func.coalesce(first_of_current, 2**62))
    # Commands and their answers are not conversation: read a few more rows and leave them out.
    rows = inputs.db.scalars(query.order_by(SessionLogEntry.id.desc()).limit(3 * MAX_TURNS)).all()
    turns, after_command = [], False
    for entry in reversed(rows):
        if entry.role == "user":
            after_command = entry.kind == "command"
        if not after_command:
            turns.append(entry)
    return turns[-MAX_TURNS:]


def _previous_summary(inputs: Inputs, session: ChatSession) -> str | None:
    row = inputs.db.execute(
        select(ChatSession.last_activity_at, SessionMemory.summary)
        .join(SessionMemory, SessionMemory.session_id == ChatSession.id)
        .where(ChatSession.user_id == inputs.user_id, ChatSession.id != session.id)
        .order_by(ChatSession.last_activity_at.desc())
        .limit(1)
    ).first()
    if row is None or not row.summary:
        return None
    when = row.last_activity_at.astimezone(inputs.zone)
    return f"Last conversation ({when:%a %d %b %H:%M}): {quote(row.summary, 400)}"


def session(inputs: Inputs) -> Section:
    current = _session(inputs)
    if current is None:
        return Section(
            "session", "This conversation", 90, ("This is the start of a conversation.",)
        )
    started = current.started_at.astimezone(inputs.zone)
    opening = f"Started {started:%a %H:%M}."
    memory = inputs.db.get(SessionMemory, current.id)
    head = [opening]
    if memory is not None and memory.summary:
        head.append(f"Summary of earlier turns: {quote(memory.summary, 600)}")
    if memory is not None and memory.open_threads:
        threads = ", ".join(quote(thread, 120) for thread in memory.open_threads[:5])
        head.append(f"Open threads: {threads}")
    turns = [(turn.at, turn.role, clean(turn.text)) for turn in _turns(inputs, current)]
    if not turns:
        previous = _previous_summary(inputs, current)
        if previous:
            head.append(previous)

    def render(count: int, chars: int) -> str:
        shown = turns[-count:] if count else []
        lines = list(head)
        if shown:
            lines.append("Recent turns, oldest first:")
            lines.extend(
                f"[{at.astimezone(inputs.zone):%H:%M}] "
                f"{'Them' if role == 'user' else 'You'}: {quote_clean(text, chars)}"
                for at, role, text in shown
            )
        return "\n".join(lines)

    return Section(
        "session",
        "This conversation",
        90,
        (render(8, 400), render(4, 200), render(2, 120), render(0, 0), opening),
    )
