"""The kinds of record a person creates by talking, by table name."""

from __future__ import annotations

from storage.models import (
    Base,
    Baseline,
    DbtDiaryEntry,
    KnowledgeEntry,
    MedicationEvent,
    MoodShift,
    Note,
)

RECORD_KINDS: dict[str, type[Base]] = {
    "mood_shifts": MoodShift,
    "baselines": Baseline,
    "dbt_diary_entries": DbtDiaryEntry,
    "medication_events": MedicationEvent,
    "knowledge_entries": KnowledgeEntry,
    "notes": Note,
}
