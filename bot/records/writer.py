"""Turning an Analysis into stored records, each journaled so /undo can remove it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.diary.card import CardUpdate
from bot.diary.recording import record_card_update
from bot.medicine_names import same_medicine
from bot.records.journal import journal
from bot.understanding.models import (
    Analysis,
    BaselineData,
    DbtDiaryData,
    MedicationEventData,
    MoodShiftData,
)
from bot.vocabulary import family_of
from storage.context_versions import note_write
from storage.direct import DirectStatement, add_directly
from storage.models import (
    Base,
    Baseline,
    KnowledgeEntry,
    Medication,
    MedicationEvent,
    MoodShift,
    Note,
)

if TYPE_CHECKING:
    from bot.turn import Turn


@dataclass(frozen=True)
class WrittenRecord:
    kind: str  # the table name
    record: Base
    skills: tuple[str, ...] = ()  # skill uses written with a diary entry
    summary: str | None = None  # how to describe it when the record alone can't say


@dataclass(frozen=True)
class RecordContext:
    db: Session
    user_id: int
    message_id: int | None
    at: datetime  # aware UTC
    local_date: date  # in the user's zone

    @classmethod
    def for_turn(cls, turn: Turn) -> RecordContext:
        """Records written for this message, dated today in the user's zone."""
        return cls(
            db=turn.db,
            user_id=turn.user_id,
            message_id=turn.message_id,
            at=turn.now,
            local_date=turn.local_now.date(),
        )


def _journal(ctx: RecordContext, record: Base, kind: str) -> int:
    record_id: int = add_directly(ctx.db, record)
    note_write(ctx.db, kind, ctx.user_id)
    journal(ctx.db, user_id=ctx.user_id, kind=kind, record_id=record_id, at=ctx.at)
    return record_id


_MOOD_SHIFT_WRITTEN = "sanctum_mood_shift_written"


def took_mood_shift_note(db: Session) -> bool:
    """Whether a mood shift was written in this session since the last call (the day's
    review runs only then)."""
    return bool(db.info.pop(_MOOD_SHIFT_WRITTEN, False))


_LAST_STATE = DirectStatement(  # built once: constructing it costs more than running it
    select(MoodShift.current_state)
    .where(MoodShift.user_id == bindparam("user_id"), MoodShift.occurred_at <= bindparam("before"))
    .order_by(MoodShift.occurred_at.desc(), MoodShift.id.desc())
    .limit(1),
    ("user_id", "before"),
)


def last_known_state(db: Session, user_id: int, before: datetime) -> str | None:
    db.flush()  # a shift added in this transaction but not yet written counts
    state: str | None = _LAST_STATE.scalar(db, {"user_id": user_id, "before": before})
    return state


def write_mood_shift(
    ctx: RecordContext,
    data: MoodShiftData,
    *,
    crisis_level: str = "none",
    source: str = "text",
) -> WrittenRecord | None:
    if data.current_state is None:
        return None
    previous = data.previous_state or last_known_state(ctx.db, ctx.user_id, ctx.at)
    shift = MoodShift(
        user_id=ctx.user_id,
        message_id=ctx.message_id,
        created_at=ctx.at,
        occurred_at=ctx.at,
        previous_state=previous,
        current_state=data.current_state,
        family=data.family or family_of(data.current_state),
        intensity=data.intensity,
        trigger=data.trigger,
        physical_symptoms=list(data.physical_symptoms) or None,
        functionality=data.functionality,
        activity=data.activity,
        crisis_level=crisis_level,
        source=source,
    )
    _journal(ctx, shift, "mood_shifts")
    ctx.db.info[_MOOD_SHIFT_WRITTEN] = True
    return WrittenRecord("mood_shifts", shift)


def write_baseline(ctx: RecordContext, data: BaselineData) -> WrittenRecord | None:
    if data.is_empty():
        return None
    baseline = Baseline(
        user_id=ctx.user_id,
        message_id=ctx.message_id,
        created_at=ctx.at,
        recorded_at=ctx.at,
        kind=data.kind,
        mood=data.mood,
        sleep_hours=data.sleep_hours,
        anxiety=data.anxiety,
        irritability=data.irritability,
        energy=data.energy,
    )
    _journal(ctx, baseline, "baselines")
    return WrittenRecord("baselines", baseline)


def write_dbt_entry(ctx: RecordContext, data: DbtDiaryData) -> WrittenRecord | None:
    """A diary line updates the day's card; the record says what changed on it."""
    written = record_card_update(ctx, CardUpdate.from_data(data))
    if written is None:
        return None
    return WrittenRecord(
        "dbt_diary_entries",
        written.entry,
        written.update.skills,
        summary=written.summary(ctx.local_date),
    )


def _find_medication(db: Session, user_id: int, name: str | None) -> Medication | None:
    if not name:
        return None
    # Names are encrypted at rest, so they are compared here rather than in SQL.
    medicines = db.scalars(
        select(Medication).where(Medication.user_id == user_id).order_by(Medication.id)
    )
    return next((found for found in medicines if same_medicine(found.name, name)), None)


def write_medication_event(ctx: RecordContext, data: MedicationEventData) -> WrittenRecord:
    medication = _find_medication(ctx.db, ctx.user_id, data.name)
    if medication is None and data.name and data.event in ("taken", "changed"):
        # The first mention of a named medicine adds it to the list; people can fix it later.
        medication = Medication(user_id=ctx.user_id, name=data.name, dose=data.dose)
        ctx.db.add(medication)
        ctx.db.flush()
    if medication is not None and data.event == "changed" and data.dose:
        medication.dose = data.dose
    event = MedicationEvent(
        user_id=ctx.user_id,
        message_id=ctx.message_id,
        created_at=ctx.at,
        medication_id=medication.id if medication else None,
        name=data.name,
        event=data.event,
        dose=data.dose,
        occurred_at=ctx.at,
    )
    _journal(ctx, event, "medication_events")
    return WrittenRecord("medication_events", event)


def write_knowledge(ctx: RecordContext, fact: str, *, source: str = "user") -> WrittenRecord:
    entry = KnowledgeEntry(
        user_id=ctx.user_id,
        category="general",
        value=fact,
        confidence="confirmed" if source in ("user", "intake") else "inferred",
        source=source,
        created_at=ctx.at,
        updated_at=ctx.at,
        confirmed_at=ctx.at if source in ("user", "intake") else None,
    )
    _journal(ctx, entry, "knowledge_entries")
    return WrittenRecord("knowledge_entries", entry)


def write_note(ctx: RecordContext, text: str, audience: str | None) -> WrittenRecord:
    note = Note(
        user_id=ctx.user_id,
        message_id=ctx.message_id,
        created_at=ctx.at,
        audience=audience,
        text=text,
    )
    _journal(ctx, note, "notes")
    return WrittenRecord("notes", note)


_NOT_A_MOOD_REPORT = ("knowledge", "session_note", "question")


def write_analysis(ctx: RecordContext, analysis: Analysis) -> list[WrittenRecord]:
    """Store every structure the analysis carries; the main intent decides nothing here."""
    written: list[WrittenRecord | None] = []
    if analysis.intent == "knowledge" and analysis.knowledge:
        written.append(write_knowledge(ctx, analysis.knowledge))
    if analysis.intent == "session_note" and analysis.note:
        written.append(write_note(ctx, analysis.note, analysis.note_audience))
    if analysis.mood_shift is not None and analysis.intent not in _NOT_A_MOOD_REPORT:
        written.append(
            write_mood_shift(ctx, analysis.mood_shift, crisis_level=analysis.crisis.level)
        )
    if analysis.baseline is not None:
        written.append(write_baseline(ctx, analysis.baseline))
    if analysis.dbt is not None:
        written.append(write_dbt_entry(ctx, analysis.dbt))
    if analysis.medication is not None and analysis.intent not in ("question",):
        written.append(write_medication_event(ctx, analysis.medication))
    return [record for record in written if record is not None]
