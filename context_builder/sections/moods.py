"""Mood shifts of the last 24 hours and a 7-day summary, from SQL over indexed time ranges.

Every query is bounded by time (or a LIMIT), so the cost does not grow with years of records.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from context_builder.sections.base import Inputs, Section
from context_builder.text import quote
from storage.models import Baseline, MedicationEvent, MoodShift

DAY = timedelta(hours=24)
WEEK = timedelta(days=7)


def _last_day_shifts(inputs: Inputs, count: int = 24) -> list[MoodShift]:
    shifts = inputs.db.scalars(
        select(MoodShift)
        .where(MoodShift.user_id == inputs.user_id, MoodShift.occurred_at >= inputs.now - DAY)
        .order_by(MoodShift.occurred_at.desc(), MoodShift.id.desc())
        .limit(count)
    ).all()
    return list(reversed(shifts))


def _last_day(inputs: Inputs, shifts: list[MoodShift], chars: int, count: int) -> str:
    if not shifts:
        return "Last 24 hours: no mood recorded."
    parts = []
    for shift in shifts[-count:]:
        part = f"{shift.occurred_at.astimezone(inputs.zone):%a %H:%M} {shift.current_state}"
        if shift.intensity:
            part += f" {shift.intensity}/10"
        if shift.trigger and chars:
            part += f" (trigger {quote(shift.trigger, chars)})"
        if shift.crisis_level not in (None, "none"):
            part += f" [risk {shift.crisis_level}]"
        parts.append(part)
    return "Last 24 hours: " + " → ".join(parts)


def _week(inputs: Inputs, detailed: bool) -> str:
    db, since = inputs.db, inputs.now - WEEK
    in_week = (MoodShift.user_id == inputs.user_id, MoodShift.occurred_at >= since)
    families = db.execute(
        select(MoodShift.family, func.count(), func.avg(MoodShift.intensity))
        .where(*in_week)
        .group_by(MoodShift.family)
        .order_by(func.count().desc(), MoodShift.family)
    ).all()
    total = sum(count for _, count, _ in families)
    if not total:
        line = "Last 7 days: no mood shifts recorded."
    else:
        spread = ", ".join(f"{family} {count}" for family, count, _ in families)
        line = f"Last 7 days: {total} mood shifts ({spread})."
    crisis = db.scalar(
        select(func.count())
        .select_from(MoodShift)
        .where(*in_week, MoodShift.crisis_level != "none")
    )
    if crisis:
        line += f" Risk flagged {crisis} times."
    if not detailed:
        return line
    lines = [line]
    baseline = db.execute(
        select(func.count(), func.avg(Baseline.mood), func.avg(Baseline.sleep_hours)).where(
            Baseline.user_id == inputs.user_id, Baseline.recorded_at >= since
        )
    ).one()
    if baseline[0]:
        parts = [f"{baseline[0]} check-ins"]
        if baseline[1] is not None:
            parts.append(f"mood {baseline[1]:.1f}/10 on average")
        if baseline[2] is not None:
            parts.append(f"sleep {baseline[2]:.1f} h")
        lines.append("Check-ins: " + ", ".join(parts) + ".")
    events = dict(
        db.execute(
            select(MedicationEvent.event, func.count())
            .where(MedicationEvent.user_id == inputs.user_id, MedicationEvent.occurred_at >= since)
            .group_by(MedicationEvent.event)
        ).all()
    )
    if events:
        lines.append(
            "Medication: "
            + ", ".join(
                f"{name.replace('_', ' ')} {count}" for name, count in sorted(events.items())
            )
            + "."
        )
    triggers = db.scalars(
        select(MoodShift.trigger).where(*in_week, MoodShift.trigger.is_not(None)).limit(200)
    ).all()
    common = Counter(trigger.strip().lower() for trigger in triggers if trigger).most_common(3)
    if common:
        lines.append(
            "Common triggers: " + ", ".join(f"{quote(text, 60)} ({n})" for text, n in common) + "."
        )
    return "\n".join(lines)


def _depth(inputs: Inputs) -> str:
    first = inputs.db.scalar(
        select(func.min(MoodShift.occurred_at)).where(MoodShift.user_id == inputs.user_id)
    )
    if first is None:
        return ""
    return f"Their records go back to {first.astimezone(inputs.zone):%B %Y} (older days: /history)."


def moods(inputs: Inputs) -> Section:
    depth = _depth(inputs)
    shifts = _last_day_shifts(inputs)
    week_full = _week(inputs, detailed=True)
    week_line = week_full.split("\n", 1)[0]

    def join(*parts: str) -> str:
        return "\n".join(part for part in parts if part)

    return Section(
        "moods",
        "Mood lately",
        75,
        (
            join(_last_day(inputs, shifts, 80, 24), week_full, depth),
            join(_last_day(inputs, shifts, 0, 8), week_line),
            week_line,
            "",
        ),
    )
