"""/context: everything the bot knows about the person, in one view."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.knowledge import effective_confidence
from bot.messages import Reply
from bot.turn import Turn
from bot.users import load_personality
from storage.models import (
    Caregiver,
    EmergencyContact,
    KnowledgeEntry,
    Medication,
    MoodShift,
)

TONES = {1: "clinical", 2: "matter-of-fact", 3: "balanced", 4: "warm", 5: "very supportive"}


def _mask(address: str | None) -> str:
    if not address:
        return ""
    if "@" in address:
        local, _, domain = address.partition("@")
        return f"{local[:2]}…@{domain}"
    return f"{address[:3]}…{address[-2:]}" if len(address) > 6 else "…"


def handle(turn: Turn, args: str) -> list[Reply]:
    db, profile = turn.db, turn.profile
    personality = load_personality(db, turn.user_id)
    lines = ["What I know about you:"]
    lines.append(
        f"• Name: {profile.name or '(not set)'}"
        + (f" ({profile.pronouns})" if profile.pronouns else "")
    )
    lines.append(f"• Time zone: {turn.zone.key}, local time {turn.local_now:%a %H:%M}")
    if profile.country:
        lines.append(f"• Country (for helplines): {profile.country}")
    if profile.tracking:
        lines.append("• Tracking: " + ", ".join(t.replace("_", " ") for t in profile.tracking))
    checkins = [
        f"{label} {t:%H:%M}"
        for label, t in (("morning", profile.morning_checkin), ("evening", profile.evening_checkin))
        if t
    ]
    if checkins:
        lines.append("• Check-ins: " + ", ".join(checkins))
    lines.append(
        f"• How I talk with you: tone {personality.tone}/5 "
        f"({TONES.get(personality.tone, '?')}), pacing {personality.pacing}, frameworks: "
        + (", ".join(f.upper() for f in personality.frameworks) or "none")
    )
    if personality.topics_to_avoid:
        lines.append("• Topics to avoid: " + ", ".join(personality.topics_to_avoid))
    if personality.crisis_phrases:
        lines.append(f"• Your crisis phrases: {len(personality.crisis_phrases)} set")

    facts = db.scalars(
        select(KnowledgeEntry)
        .where(KnowledgeEntry.user_id == turn.user_id)
        .order_by(KnowledgeEntry.id)
    ).all()
    if facts:
        lines.append("Facts:")
        lines.extend(
            f"  #{fact.id} {fact.value} [{effective_confidence(fact, turn.now)}]" for fact in facts
        )
    medications = db.scalars(
        select(Medication).where(Medication.user_id == turn.user_id, Medication.active.is_(True))
    ).all()
    if medications:
        lines.append(
            "Medication: "
            + ", ".join(f"{m.name}{f' {m.dose}' if m.dose else ''}" for m in medications)
        )
    recent = db.scalars(
        select(MoodShift)
        .where(
            MoodShift.user_id == turn.user_id, MoodShift.occurred_at >= turn.now - timedelta(days=1)
        )
        .order_by(MoodShift.occurred_at)
    ).all()
    if recent:
        lines.append(
            "Last 24 hours: "
            + " → ".join(
                f"{shift.current_state} ({shift.occurred_at.astimezone(turn.zone):%H:%M})"
                for shift in recent
            )
        )
    contacts = db.scalars(
        select(EmergencyContact).where(EmergencyContact.user_id == turn.user_id)
    ).all()
    for contact in contacts:
        relation = f", {contact.relation}" if contact.relation else ""
        lines.append(
            f"Emergency contact: {contact.name}{relation}, {contact.channel} "
            f"{_mask(contact.address)} [{contact.opt_in_state.replace('_', ' ')}]"
        )
    caregivers = db.scalars(select(Caregiver).where(Caregiver.user_id == turn.user_id)).all()
    for caregiver in caregivers:
        lines.append(
            f"Caregiver: {caregiver.name}, digest {caregiver.digest_frequency} "
            f"[{caregiver.opt_in_state.replace('_', ' ')}]"
        )
    lines.append("Your full data: /export. Delete everything: /forget.")
    return [Reply(text="\n".join(lines))]
