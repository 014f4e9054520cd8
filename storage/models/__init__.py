"""All tables. Import from here so every model is registered on ``Base.metadata``."""

from storage.models.audit import AuditEvent
from storage.models.base import Base, UTCDateTime, utcnow
from storage.models.context import ContextVersion, LlmUsage, SessionLogTerm
from storage.models.crisis import AlertPolicy, CrisisIncident, IncidentEvent
from storage.models.diary import DiaryCardItem
from storage.models.knowledge import CONFIDENCE_LEVELS, KnowledgeEntry
from storage.models.links import LinkCode
from storage.models.messages import (
    ChatSession,
    ConversationState,
    RawMessage,
    SessionLogEntry,
    SessionMemory,
)
from storage.models.outbox import ContactToken, OutboxMessage
from storage.models.people import (
    Caregiver,
    ContactChannel,
    ContactSuppression,
    EmergencyContact,
    HealthcareProvider,
)
from storage.models.records import (
    Baseline,
    DbtDiaryEntry,
    DbtSkillUse,
    Medication,
    MedicationEvent,
    MoodShift,
    Note,
    RecordJournal,
)
from storage.models.scheduling import Appointment, ReminderDelivery, ReminderSettings, Schedule
from storage.models.skills import Skill, SkillLibrary, UserSkill
from storage.models.users import PersonalitySettings, PlatformIdentity, Profile, User

__all__ = [
    "CONFIDENCE_LEVELS",
    "AlertPolicy",
    "Appointment",
    "AuditEvent",
    "Base",
    "Baseline",
    "Caregiver",
    "ChatSession",
    "ContactChannel",
    "ContactSuppression",
    "ContactToken",
    "ContextVersion",
    "ConversationState",
    "CrisisIncident",
    "DbtDiaryEntry",
    "DbtSkillUse",
    "DiaryCardItem",
    "EmergencyContact",
    "HealthcareProvider",
    "IncidentEvent",
    "KnowledgeEntry",
    "LinkCode",
    "LlmUsage",
    "Medication",
    "MedicationEvent",
    "MoodShift",
    "Note",
    "OutboxMessage",
    "PersonalitySettings",
    "PlatformIdentity",
    "Profile",
    "RawMessage",
    "RecordJournal",
    "ReminderDelivery",
    "ReminderSettings",
    "Schedule",
    "SessionLogEntry",
    "SessionLogTerm",
    "SessionMemory",
    "Skill",
    "SkillLibrary",
    "UTCDateTime",
    "User",
    "UserSkill",
    "utcnow",
]

# Context versions are bumped by session events on every write to a context input.
import storage.context_versions  # noqa: F401
