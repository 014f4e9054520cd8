"""What the bot records from conversation: moods, baselines, diary cards, medication, notes.

Numbers, states and times stay in clear so summaries are SQL aggregates; the person's own
words (triggers, activities, notes) and their medicines (names and doses, which say much
about a diagnosis) are encrypted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedJSON, EncryptedText
from storage.models.base import Base, utcnow


class _UserRecord:
    """Columns every record shares: owner, source message and creation time."""

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("raw_messages.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MoodShift(_UserRecord, Base):
    __tablename__ = "mood_shifts"
    __table_args__ = (Index("ix_mood_shifts_user_id_occurred_at", "user_id", "occurred_at"),)

    occurred_at: Mapped[datetime]
    previous_state: Mapped[str | None] = mapped_column(String(16))
    current_state: Mapped[str] = mapped_column(String(16))
    family: Mapped[str] = mapped_column(String(16))
    intensity: Mapped[int | None] = mapped_column(Integer)
    trigger: Mapped[str | None] = mapped_column(EncryptedText("mood_shifts.trigger"))
    physical_symptoms: Mapped[list[str] | None] = mapped_column(
        EncryptedJSON("mood_shifts.physical_symptoms")
    )
    functionality: Mapped[str | None] = mapped_column(String(16))
    activity: Mapped[str | None] = mapped_column(EncryptedText("mood_shifts.activity"))
    crisis_level: Mapped[str] = mapped_column(String(16), default="none")
    source: Mapped[str] = mapped_column(String(16), default="text")  # text | quick | checkin


class Baseline(_UserRecord, Base):
    """A morning or evening check-in with ratings."""

    __tablename__ = "baselines"
    __table_args__ = (Index("ix_baselines_user_id_recorded_at", "user_id", "recorded_at"),)

    recorded_at: Mapped[datetime]
    kind: Mapped[str | None] = mapped_column(String(8))  # morning | evening
    mood: Mapped[int | None] = mapped_column(Integer)  # 0-10
    sleep_hours: Mapped[float | None] = mapped_column(Float)
    anxiety: Mapped[int | None] = mapped_column(Integer)  # 0-5
    irritability: Mapped[int | None] = mapped_column(Integer)  # 0-5
    energy: Mapped[int | None] = mapped_column(Integer)  # 0-5


class DbtDiaryEntry(_UserRecord, Base):
    """Ratings from one diary line or card step; a day's card is the merge of its entries."""

    __tablename__ = "dbt_diary_entries"
    __table_args__ = (Index("ix_dbt_diary_entries_user_id_local_date", "user_id", "local_date"),)

    recorded_at: Mapped[datetime]
    local_date: Mapped[date]
    emotions: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    urges: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    actions: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    please: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(EncryptedText("dbt_diary_entries.note"))
    # The card's daily "skills used" rating: 0 not thought about ... 7 used them, they helped.
    skills_rating: Mapped[int | None] = mapped_column(Integer)


class DbtSkillUse(_UserRecord, Base):
    __tablename__ = "dbt_skill_uses"
    __table_args__ = (Index("ix_dbt_skill_uses_user_id_used_at", "user_id", "used_at"),)

    diary_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("dbt_diary_entries.id", ondelete="CASCADE")
    )
    skill: Mapped[str] = mapped_column(String(48))
    used_at: Mapped[datetime]
    rating: Mapped[int | None] = mapped_column(Integer)  # 0-7 on the card's skills scale


class Medication(Base):
    __tablename__ = "medications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(EncryptedText("medications.name"))
    dose: Mapped[str | None] = mapped_column(EncryptedText("medications.dose"))
    schedule: Mapped[list[str]] = mapped_column(JSON, default=list)  # local times "08:00"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MedicationEvent(_UserRecord, Base):
    __tablename__ = "medication_events"
    __table_args__ = (Index("ix_medication_events_user_id_occurred_at", "user_id", "occurred_at"),)

    medication_id: Mapped[int | None] = mapped_column(
        ForeignKey("medications.id", ondelete="SET NULL")
    )
    name: Mapped[str | None] = mapped_column(EncryptedText("medication_events.name"))
    event: Mapped[str] = mapped_column(String(16))  # taken | missed | changed | side_effect
    dose: Mapped[str | None] = mapped_column(EncryptedText("medication_events.dose"))
    occurred_at: Mapped[datetime]


class Note(_UserRecord, Base):
    """A note the person asked to keep, often for a clinician."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_user_id_created_at", "user_id", "created_at"),)

    audience: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(EncryptedText("notes.text"))


class RecordJournal(Base):
    """Which record each write created, newest last: what /undo removes."""

    __tablename__ = "record_journal"
    __table_args__ = (Index("ix_record_journal_user_id_id", "user_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))  # table name of the record
    record_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
