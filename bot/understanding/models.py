"""What the bot understood from one message.

These pydantic models are the shared shape for every understanding provider: the offline rule
engine fills them, and LLM extraction is validated into them (invalid output is discarded).
``Analysis.to_contract()`` renders the exact JSON object of ``shared/spec/analyze.md``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.vocabulary import CrisisLevel, Functionality, Intent, MoodFamily, MoodState


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CrisisAssessment(_Model):
    level: CrisisLevel = "none"
    signals: list[str] = Field(default_factory=list)


class MoodShiftData(_Model):
    previous_state: MoodState | None = None
    current_state: MoodState | None = None
    family: MoodFamily | None = None
    intensity: int | None = Field(default=None, ge=1, le=10)
    trigger: str | None = Field(default=None, max_length=200)
    physical_symptoms: list[str] = Field(default_factory=list)
    functionality: Functionality | None = None
    activity: str | None = Field(default=None, max_length=200)


class BaselineData(_Model):
    kind: Literal["morning", "evening"] | None = None
    mood: int | None = Field(default=None, ge=0, le=10)
    sleep_hours: float | None = Field(default=None, ge=0, le=24)
    anxiety: int | None = Field(default=None, ge=0, le=5)
    irritability: int | None = Field(default=None, ge=0, le=5)
    energy: int | None = Field(default=None, ge=0, le=5)

    def is_empty(self) -> bool:
        return all(
            value is None
            for value in (self.mood, self.sleep_hours, self.anxiety, self.irritability, self.energy)
        )


class DbtDiaryData(_Model):
    emotions: dict[str, int] = Field(default_factory=dict)  # name -> 0..5
    urges: dict[str, int] = Field(default_factory=dict)  # name -> 0..5
    actions: dict[str, bool] = Field(default_factory=dict)  # urge name -> acted on
    skills: list[str] = Field(default_factory=list)
    please: dict[str, Any] = Field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.emotions or self.urges or self.actions or self.skills or self.please)


class MedicationEventData(_Model):
    name: str | None = Field(default=None, max_length=100)
    event: Literal["taken", "missed", "changed", "side_effect"]
    dose: str | None = Field(default=None, max_length=50)


class Analysis(_Model):
    intent: Intent = "other"
    crisis: CrisisAssessment = Field(default_factory=CrisisAssessment)
    mood_shift: MoodShiftData | None = None
    baseline: BaselineData | None = None
    dbt: DbtDiaryData | None = None
    medication: MedicationEventData | None = None
    # Not part of the analyze contract: the text of a "remember that ..." fact or of a note.
    knowledge: str | None = None
    note: str | None = None
    note_audience: str | None = None

    def to_contract(self, message_id: Any) -> dict[str, Any]:
        """The object `sanctum analyze` prints for one line (shared/spec/analyze.md)."""
        return {
            "id": message_id,
            "intent": self.intent,
            "crisis": self.crisis.model_dump(),
            "mood_shift": self.mood_shift.model_dump() if self.mood_shift else None,
            "baseline": self.baseline.model_dump() if self.baseline else None,
            "dbt": self.dbt.model_dump() if self.dbt else None,
            "medication": self.medication.model_dump() if self.medication else None,
        }
