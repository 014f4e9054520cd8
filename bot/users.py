"""Finding the person behind a platform account, and their profile."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.settings import Settings
from bot.timezones import resolve_timezone
from storage.models import PersonalitySettings, PlatformIdentity, Profile, User


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


def zone_of(profile: Profile, settings: Settings) -> ZoneInfo:
    for candidate in (profile.timezone, settings.default_timezone):
        if candidate:
            zone = resolve_timezone(candidate)
            if zone is not None:
                return zone
    return ZoneInfo("UTC")
