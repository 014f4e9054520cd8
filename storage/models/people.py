"""The people around the user: emergency contacts, caregivers, healthcare providers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
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
    # How the user is named to this contact (set when inviting; alerts use the same name).
    introduced_as: Mapped[str | None] = mapped_column(
        EncryptedText("emergency_contacts.introduced_as")
    )
    invited_at: Mapped[datetime | None]
    invitations_sent: Mapped[int] = mapped_column(Integer, default=0)


class ContactChannel(Base):
    """One proven way of reaching an emergency contact, tried in order when alerting.

    Created when the contact opts in: the email or phone the invitation went to, or the chat
    account (Telegram, Discord) from which they sent /optin, whose platform id is the address.
    """

    __tablename__ = "contact_channels"
    __table_args__ = (UniqueConstraint("contact_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("emergency_contacts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))  # email | telegram | discord | sms
    address: Mapped[str] = mapped_column(EncryptedText("contact_channels.address"))
    # The contact's own account when they opted in by chat: their messages (STOP, "on it")
    # are recognised by it. They never see the user's data through it.
    contact_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    verified_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ContactSuppression(Base):
    """An address that said STOP to this user's messages: never invited again by Sanctum."""

    __tablename__ = "contact_suppressions"
    __table_args__ = (Index("ix_contact_suppressions_user_id_token", "user_id", "token"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(32))  # keyed hash of "channel:address"
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
