"""Finding the person behind a platform account, and their profile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import LABEL_STYLE_TABLENAME_PLUS_COL, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.settings import Settings
from bot.timezones import resolve_timezone
from storage.direct import DirectStatement, column_keys, load_row
from storage.models import (
    ConversationState,
    PersonalitySettings,
    PlatformIdentity,
    Profile,
    User,
)


def find_user_id(db: Session, platform: str, platform_user_id: str) -> int | None:
    return db.scalar(
        select(PlatformIdentity.user_id).where(
            PlatformIdentity.platform == platform,
            PlatformIdentity.platform_user_id == platform_user_id,
        )
    )


def resolve_user(
    db: Session, platform: str, platform_user_id: str, now: datetime
) -> tuple[int, bool]:
    """The user id for this account and whether it was created now (first contact).

    Two workers meeting a new account at once both try to create it; the one that loses the
    race on the identity's unique key takes the winner's user instead.
    """
    user_id = find_user_id(db, platform, platform_user_id)
    if user_id is not None:
        return user_id, False
    try:
        with db.begin_nested():
            user = User(created_at=now)
            db.add(user)
            db.flush()
            db.add(
                PlatformIdentity(
                    user_id=user.id, platform=platform, platform_user_id=platform_user_id
                )
            )
            db.flush()
            db.add(Profile(user_id=user.id, tracking=[]))
            db.add(PersonalitySettings(user_id=user.id))
            db.flush()
    except IntegrityError:
        user_id = find_user_id(db, platform, platform_user_id)
        if user_id is None:
            raise
        return user_id, False
    return user.id, True


@dataclass(frozen=True)
class Person:
    """Who wrote a message, with what every message needs, read in one query."""

    user_id: int
    created: bool  # first contact: the account was created for this message
    profile: Profile
    personality: PersonalitySettings
    has_active_flow: bool  # a flow may be active (it may have expired: see active_flow)


# Built once: constructing the statement costs more than running it.
_ACTIVE_FLOW_EXISTS = (
    select(ConversationState.user_id)
    .where(
        ConversationState.user_id == PlatformIdentity.user_id,
        ConversationState.active.is_(True),
    )
    .exists()
)
# Run directly, with the two objects built from the row (``storage/direct.py``): the ORM's
# loading of two entities cost more than the rest of storing a message.
_PERSON = DirectStatement(
    select(
        PlatformIdentity.user_id,
        *Profile.__table__.columns,
        *PersonalitySettings.__table__.columns,
        _ACTIVE_FLOW_EXISTS,
    )
    .set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL)
    .select_from(PlatformIdentity)
    .outerjoin(Profile, Profile.user_id == PlatformIdentity.user_id)
    .outerjoin(PersonalitySettings, PersonalitySettings.user_id == PlatformIdentity.user_id)
    .where(
        PlatformIdentity.platform == bindparam("platform"),
        PlatformIdentity.platform_user_id == bindparam("platform_user_id"),
    ),
    ("platform", "platform_user_id"),
)


def resolve_person(db: Session, platform: str, platform_user_id: str, now: datetime) -> Person:
    """The person behind this account (created on first contact), profile and AI settings.

    Known accounts, nearly every message, cost one SELECT instead of four.
    """
    row = _PERSON.first(db, {"platform": platform, "platform_user_id": platform_user_id})
    if row is not None:
        user_id, profile, personality, has_active_flow = _person_of(db, row)
        return Person(
            user_id=user_id,
            created=False,
            profile=profile if profile is not None else load_profile(db, user_id),
            personality=(personality if personality is not None else load_personality(db, user_id)),
            has_active_flow=bool(has_active_flow),
        )
    user_id, created = resolve_user(db, platform, platform_user_id, now)
    return Person(
        user_id=user_id,
        created=created,
        profile=load_profile(db, user_id),
        personality=load_personality(db, user_id),
        # Found only after losing the race to create it: let active_flow look.
        has_active_flow=not created,
    )


def _person_of(
    db: Session, row: tuple[Any, ...]
) -> tuple[int, Profile | None, PersonalitySettings | None, bool]:
    """The parts of a ``_PERSON`` row, each object held by the session (None when missing)."""
    profile_end = 1 + len(column_keys(Profile))
    return (
        row[0],
        _loaded(db, Profile, row[1:profile_end]),
        _loaded(db, PersonalitySettings, row[profile_end:-1]),
        bool(row[-1]),
    )


def _loaded(db: Session, model: type[Any], values: tuple[Any, ...]) -> Any:
    if values[column_keys(model).index("user_id")] is None:
        return None  # the outer join found no row
    return load_row(db, model, values)


def load_profile(db: Session, user_id: int) -> Profile:
    profile = db.get(Profile, user_id)
    if profile is None:  # a user created before profiles existed, or a partial import
        profile = Profile(user_id=user_id, tracking=[])
        db.add(profile)
        db.flush()
    return profile


def load_personality(db: Session, user_id: int) -> PersonalitySettings:
    personality = db.get(PersonalitySettings, user_id)
    if personality is None:
        personality = PersonalitySettings(user_id=user_id)
        db.add(personality)
        db.flush()
    return personality


def country_of(profile: Profile | None, settings: Settings) -> str | None:
    """The country whose helplines and emergency number the person gets."""
    return (profile.country if profile else None) or settings.default_country or None


def zone_of(profile: Profile, settings: Settings) -> ZoneInfo:
    for candidate in (profile.timezone, settings.default_timezone):
        if candidate:
            zone = resolve_timezone(candidate)
            if zone is not None:
                return zone
    return ZoneInfo("UTC")
