"""All tables. Import from here so every model is registered on ``Base.metadata``."""

from storage.models.audit import AuditEvent
from storage.models.base import Base, UTCDateTime, utcnow
from storage.models.knowledge import CONFIDENCE_LEVELS, KnowledgeEntry
from storage.models.links import LinkCode
from storage.models.messages import (
    ChatSession,
    ConversationState,
    RawMessage,
    SessionLogEntry,
    SessionMemory,
)
from storage.models.people import Caregiver, EmergencyContact, HealthcareProvider
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
from storage.models.users import PersonalitySettings, PlatformIdentity, Profile, User

__all__ = [
    "CONFIDENCE_LEVELS",
    "AuditEvent",
    "Base",
    "Baseline",
    "Caregiver",
    "ChatSession",
    "ConversationState",
    "DbtDiaryEntry",
    "DbtSkillUse",
    "EmergencyContact",
    "HealthcareProvider",
    "KnowledgeEntry",
    "LinkCode",
    "Medication",
    "MedicationEvent",
    "MoodShift",
    "Note",
    "PersonalitySettings",
    "PlatformIdentity",
    "Profile",
    "RawMessage",
    "RecordJournal",
    "SessionLogEntry",
    "SessionMemory",
    "UTCDateTime",
    "User",
    "utcnow",
]
