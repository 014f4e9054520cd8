"""One person, several platforms: joining a second platform account to a user.

``/link`` on the first platform issues a one-time code (short-lived, stored only as a keyed
hash). ``/link CODE`` sent from a second account joins that account to the issuer: its
identities, messages, records and everything else it created move over (settings held once
per user, such as the profile, stay the issuer's), and the second user is deleted. Every link,
and every failed attempt, is audited; repeated failures are refused for a while.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.crisis.detector import assess_text
from bot.privacy.audit import audit
from bot.privacy.user_tables import user_owned_mappers
from storage.context_versions import discard_pending, note_all_inputs
from storage.crypto import keyring_of
from storage.models import AuditEvent, LinkCode, PlatformIdentity, User

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to type across apps
CODE_LENGTH = 8  # 40 bits: with the expiry and the attempt limit, out of reach of guessing
CODE_LIFETIME = timedelta(minutes=10)
FAILED_ATTEMPTS_ALLOWED = 5
FAILED_ATTEMPTS_WINDOW = timedelta(minutes=15)
_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class Linked:
    target_user_id: int
    issued_on: str
    moved: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Refused:
    reason: str  # malformed | unknown | same_user | platform_taken | too_many_attempts | conflict


def display(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def normalize(typed: str) -> str | None:
    code = _SEPARATORS.sub("", typed).upper()
    if len(code) != CODE_LENGTH or any(character not in CODE_ALPHABET for character in code):
        return None
    return code


def _code_hash(db: Session, code: str) -> str:
    return keyring_of(db.get_bind().dialect).blind_token(f"link-code:{code}")


def new_code(choose: Callable[[str], str] = secrets.choice) -> str:
    """A random code that reads as nothing. The crisis rules see every message, the /link
    that carries a code too, and about one code in 2,000 (SH8Y-..., KM5S-...) would look to
    them like a self-harm urge rating or suicide slang: those are drawn again."""
    while True:
        code = "".join(choose(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        typed_forms = (f"/link {display(code)}", display(code), code)
        if all(assess_text(form).level == "none" for form in typed_forms):
            return code


def issue_code(db: Session, user_id: int, platform: str, now: datetime) -> str:
    """A new code for this user (earlier unused ones stop working)."""
    db.execute(delete(LinkCode).where(LinkCode.user_id == user_id))
    db.execute(delete(LinkCode).where(LinkCode.expires_at <= now))
    code = new_code()
    db.add(
        LinkCode(
            user_id=user_id,
            code_hash=_code_hash(db, code),
            platform=platform,
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
    )
    audit(db, actor=f"user:{user_id}", action="link_code_issued", subject_user_id=user_id, at=now)
    return code


def redeem_code(db: Session, typed: str, user_id: int, now: datetime) -> Linked | Refused:
    """Join ``user_id`` (the account that typed the code) to the user who issued it."""
    if _recent_failures(db, user_id, now) >= FAILED_ATTEMPTS_ALLOWED:
        return Refused("too_many_attempts")
    code = normalize(typed)
    link = (
        db.scalars(
            select(LinkCode).where(
                LinkCode.code_hash == _code_hash(db, code), LinkCode.expires_at > now
            )
        ).first()
        if code is not None
        else None
    )
    if link is None:
        audit(db, actor=f"user:{user_id}", action="link_failed", subject_user_id=user_id, at=now)
        return Refused("malformed" if code is None else "unknown")
    target = link.user_id
    if target == user_id:
        return Refused("same_user")
    joining = set(
        db.scalars(select(PlatformIdentity.platform).where(PlatformIdentity.user_id == user_id))
    )
    held = set(
        db.scalars(select(PlatformIdentity.platform).where(PlatformIdentity.user_id == target))
    )
    if joining & held:
        return Refused("platform_taken")
    issued_on = link.platform
    db.delete(link)
    try:
        with db.begin_nested():
            moved = merge_users(db, source=user_id, target=target)
    except IntegrityError:
        return Refused("conflict")
    audit(
        db,
        actor=f"user:{target}",
        action="link",
        subject_user_id=target,
        at=now,
        platforms=sorted(joining),
        merged_user=user_id,
        moved={name: count for name, count in moved.items() if count},
    )
    return Linked(target_user_id=target, issued_on=issued_on, moved=moved)


def merge_users(db: Session, *, source: int, target: int) -> dict[str, int]:
    """Move every row of ``source`` to ``target`` and delete ``source``; rows per table.

    Tables keyed by the user (one row per user: profile, settings, flow state) keep the
    target's row; the source's is dropped.
    """
    db.execute(delete(LinkCode).where(LinkCode.user_id == source))
    moved: dict[str, int] = {}
    for mapper in user_owned_mappers():
        model = mapper.class_
        table = mapper.local_table.name  # type: ignore[union-attr]
        if any(column.key == "user_id" for column in mapper.primary_key):
            db.execute(
                delete(model)
                .where(model.user_id == source)
                .execution_options(synchronize_session="fetch")
            )
            continue
        result = db.execute(
            update(model)
            .where(model.user_id == source)
            .values(user_id=target)
            .execution_options(synchronize_session="fetch")
        )
        moved[table] = result.rowcount  # type: ignore[attr-defined]
    db.execute(
        update(AuditEvent)
        .where(AuditEvent.subject_user_id == source)
        .values(subject_user_id=target)
    )
    db.execute(delete(User).where(User.id == source))
    # Versions marked for the source earlier in this transaction have no one to version now;
    # the target's context gained the source's rows.
    discard_pending(db, source)
    note_all_inputs(db, target)
    db.flush()
    return moved


def _recent_failures(db: Session, user_id: int, now: datetime) -> int:
    return (
        db.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(
                AuditEvent.subject_user_id == user_id,
                AuditEvent.action == "link_failed",
                AuditEvent.at > now - FAILED_ATTEMPTS_WINDOW,
            )
        )
        or 0
    )
