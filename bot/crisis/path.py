"""The crisis path around the immediate reply: who the reply may name, and what is recorded.

The core calls ``audience`` while storing the message (so the reply can go out before
anything else), then ``record`` inside the message's transaction, after the reply was sent.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.crisis.responder import CrisisAudience
from bot.messages import Reply
from bot.settings import Settings
from bot.turn import Turn
from bot.understanding.models import CrisisAssessment
from bot.vocabulary import crisis_rank
from storage.models import EmergencyContact, Profile


class CrisisPath(Protocol):
    def audience(
        self, db: Session, user_id: int, profile: Profile, assessment: CrisisAssessment
    ) -> CrisisAudience: ...

    def record(
        self, turn: Turn, assessment: CrisisAssessment, sent: list[Reply]
    ) -> list[Reply]: ...


class BasicCrisisPath:
    """Names an opted-in contact in the reply at high risk; records nothing beyond the log."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def audience(
        self, db: Session, user_id: int, profile: Profile, assessment: CrisisAssessment
    ) -> CrisisAudience:
        contact_name = None
        if crisis_rank(assessment.level) >= crisis_rank("high"):
            contact_name = db.scalar(
                select(EmergencyContact.name)
                .where(
                    EmergencyContact.user_id == user_id,
                    EmergencyContact.opt_in_state == "opted_in",
                )
                .order_by(EmergencyContact.priority, EmergencyContact.id)
                .limit(1)
            )
        return CrisisAudience(
            country=profile.country or self.settings.default_country or None,
            contact_name=contact_name,
        )

    def record(self, turn: Turn, assessment: CrisisAssessment, sent: list[Reply]) -> list[Reply]:
        return []
