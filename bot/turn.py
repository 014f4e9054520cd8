"""Everything a handler needs to answer one message, inside its database transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.messages import Reply
from bot.settings import Settings
from bot.understanding.models import CrisisAssessment
from storage.models import ChatSession, PersonalitySettings, Profile


@dataclass
class Turn:
    db: Session
    settings: Settings
    user_id: int
    profile: Profile
    chat_session: ChatSession
    message_id: int | None
    text: str
    now: datetime  # aware, UTC: when the message was sent
    crisis: CrisisAssessment = field(default_factory=CrisisAssessment)
    first_message: bool = False  # the first message this person ever sent
    # False when the message was stored with no conversation flow active (saves a query).
    may_be_in_flow: bool = True
    # Set by the crisis path when a fixed crisis reply went out: nothing chatty is added.
    crisis_reply_sent: bool = False
    # Set by /forget: the user and this message no longer exist, so nothing more is written.
    user_forgotten: bool = False
    # Set by the core: runs the crisis path for risk a handler found in what it recorded (a
    # diary button "urge to self-harm 5"), returning the replies that must go first.
    escalate: Callable[[CrisisAssessment], list[Reply]] | None = None
    # The AI settings read with the message, in this session. Holding them keeps them in the
    # session's identity map (which holds unchanged objects weakly), so reads by user id
    # (``load_personality``) need no query.
    personality: PersonalitySettings | None = None

    @property
    def zone(self) -> ZoneInfo:
        from bot.users import zone_of

        return zone_of(self.profile, self.settings)

    @property
    def local_now(self) -> datetime:
        return self.now.astimezone(self.zone)

    @property
    def actor(self) -> str:
        return f"user:{self.user_id}"
