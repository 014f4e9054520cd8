"""The people around the user: emergency contacts, caregivers, healthcare providers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.crypto import EncryptedText
from storage.models.base import Base, utcnow


class EmergencyContact(Base):
    """Someone the user chose to be alerted in a crisis, once they opted in."""

    __tablename__ = "emergency_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(EncryptedText("emergency_contacts.name"))
    relation: Mapped[str | None] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))  # email | telegram | discord | sms
    address: Mapped[str | None] = mapped_column(EncryptedText("emergency_contacts.address"))
    # pending: added, not yet invited; invited; opted_in; opted_out (STOP: final)
    opt_in_state: Mapped[str] = mapped_column(String(16), default="pending")
    opted_in_at: Mapped[datetime | None]
    opted_out_at: Mapped[datetime | None]
    priority: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Caregiver(Base):
    """Someone who receives digests at the detail level the user chose."""

    __tablename__ = "caregivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(EncryptedText("caregivers.name"))
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(EncryptedText("caregivers.address"))
    digest_frequency: Mapped[str] = mapped_column(String(16), default="off")  # off|daily|weekly
    detail_level: Mapped[str] = mapped_column(String(16), default="minimal")  # minimal|summary
    opt_in_state: Mapped[str] = mapped_column(String(16), default="pending")
    opted_in_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HealthcareProvider(Base):
    __tablename__ = "healthcare_providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(EncryptedText("healthcare_providers.name"))
    role: Mapped[str | None] = mapped_column(String(32))  # therapist | psychiatrist | gp ...
    contact: Mapped[str | None] = mapped_column(EncryptedText("healthcare_providers.contact"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
