"""Saying in plain words what was recorded, and how to fix it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.diary.card import DiaryCard, describe_update, entry_update
from bot.diary.items import CardItems, card_items, standard_items
from bot.records.writer import WrittenRecord
from storage.models import (
    Base,
    Baseline,
    DbtDiaryEntry,
    DbtSkillUse,
    KnowledgeEntry,
    MedicationEvent,
    MoodShift,
    Note,
)

FIX_HINT = "Not right? /undo removes it, or just tell me again in your own words."


def describe_mood_shift(shift: MoodShift) -> str:
    if shift.previous_state and shift.previous_state != shift.current_state:
        line = f"a mood shift from {shift.previous_state} to {shift.current_state}"
    else:
        line = f"your mood as {shift.current_state}"
    details = []
    if shift.intensity:
        details.append(f"intensity {shift.intensity}/10")
    if shift.trigger:
        details.append(f"trigger: {shift.trigger}")
    if shift.physical_symptoms:
        details.append(f"body: {', '.join(shift.physical_symptoms)}")
    if shift.functionality:
        details.append(f"functioning: {shift.functionality}")
    if shift.activity:
        details.append(f"while: {shift.activity}")
    return line + (f" ({'; '.join(details)})" if details else "")


def describe_baseline(baseline: Baseline) -> str:
    parts = []
    if baseline.mood is not None:
        parts.append(f"mood {baseline.mood}/10")
    if baseline.sleep_hours is not None:
        parts.append(f"sleep {baseline.sleep_hours:g} h")
    for label, value in (
        ("anxiety", baseline.anxiety),
        ("irritability", baseline.irritability),
        ("energy", baseline.energy),
    ):
        if value is not None:
            parts.append(f"{label} {value}/5")
    kind = f"{baseline.kind} " if baseline.kind else ""
    return f"a {kind}check-in: {', '.join(parts)}"


def describe_diary(entry: DbtDiaryEntry, skills: list[str], items: CardItems | None = None) -> str:
    update = entry_update(entry, skills)
    parts = describe_update(DiaryCard(day=entry.local_date), update, items or standard_items())
    return f"a diary card entry for {entry.local_date:%a %d %b}: " + (
        "; ".join(parts) if parts else "an entry"
    )


def describe_medication_event(event: MedicationEvent) -> str:
    name = event.name or "your medication"
    dose = f" ({event.dose})" if event.dose else ""
    return {
        "taken": f"{name}{dose} taken",
        "missed": f"{name}{dose} missed",
        "changed": f"a change to {name}{dose}",
        "side_effect": f"a side effect of {name}",
    }[event.event]


def describe(records: list[WrittenRecord]) -> str:
    lines = []
    for written in records:
        record = written.record
        if isinstance(record, MoodShift):
            lines.append(describe_mood_shift(record))
        elif isinstance(record, Baseline):
            lines.append(describe_baseline(record))
        elif isinstance(record, DbtDiaryEntry):
            lines.append(written.summary or describe_diary(record, list(written.skills)))
        elif isinstance(record, MedicationEvent):
            lines.append(describe_medication_event(record))
        elif isinstance(record, KnowledgeEntry):
            lines.append(f'a fact to remember: "{record.value}"')
        elif isinstance(record, Note):
            audience = f" for your {record.audience}" if record.audience else ""
            lines.append(f"a note{audience}")
    if not lines:
        return ""
    if len(lines) == 1:
        return f"I recorded {lines[0]}.\n{FIX_HINT}"
    bullet_list = "\n".join(f"• {line}" for line in lines)
    return f"I recorded:\n{bullet_list}\n{FIX_HINT}"


def describe_record(record: Base, db: Session) -> str:
    """One stored record in plain words (for /undo and /history)."""
    if isinstance(record, MoodShift):
        return describe_mood_shift(record)
    if isinstance(record, Baseline):
        return describe_baseline(record)
    if isinstance(record, DbtDiaryEntry):
        skills = db.scalars(
            select(DbtSkillUse.skill).where(DbtSkillUse.diary_entry_id == record.id)
        ).all()
        return describe_diary(record, list(skills), card_items(db, record.user_id))
    if isinstance(record, MedicationEvent):
        return describe_medication_event(record)
    if isinstance(record, KnowledgeEntry):
        return f'the fact "{record.value}"'
    if isinstance(record, Note):
        audience = f" for your {record.audience}" if record.audience else ""
        return f"a note{audience}: {record.text}"
    return "a record"
