"""An open incident: the current message's risk level and safety messages sent in the last day.

Other features can add what they know (an open alert, a safety plan in progress) with
``register_incident_source``: a function of the section inputs returning a line or None.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from context_builder.sections.base import Inputs, Section
from storage.models import SessionLogEntry

IncidentSource = Callable[[Inputs], str | None]
INCIDENT_SOURCES: list[IncidentSource] = []


def register_incident_source(source: IncidentSource) -> None:
    INCIDENT_SOURCES.append(source)


def _current_level(inputs: Inputs) -> str | None:
    if inputs.crisis_level in ("none", ""):
        return None
    return (
        f"The safety check rated their latest message {inputs.crisis_level} risk. A fixed safety "
        "message with helplines has already been sent to them: do not repeat it, stay with them."
    )


def _recent_safety_messages(inputs: Inputs) -> str | None:
    times = inputs.db.scalars(
        select(SessionLogEntry.at)
        .where(
            SessionLogEntry.user_id == inputs.user_id,
            SessionLogEntry.at >= inputs.now - timedelta(hours=24),
            SessionLogEntry.kind == "crisis",
        )
        .order_by(SessionLogEntry.at.desc())
        .limit(5)
    ).all()
    if not times:
        return None
    local = ", ".join(f"{moment.astimezone(inputs.zone):%a %H:%M}" for moment in reversed(times))
    return f"Safety messages were sent to them in the last 24 hours at {local}."


def incident(inputs: Inputs) -> Section:
    lines = []
    for source in (_current_level, _recent_safety_messages, *INCIDENT_SOURCES):
        line = source(inputs)
        if line:
            lines.append(line)
    return Section("incident", "Safety", 100, ("\n".join(lines),))
