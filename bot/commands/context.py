"""/context: everything the bot knows about the person, and the context an AI would get.

/context        the overview: profile, how the AI talks with you, facts with confidence, ...
/context full   the assembled context exactly as it is sent to a configured AI provider
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.knowledge import effective_confidence
from bot.llm.usage import WEEK, usage_since
from bot.messages import Reply
from bot.personality import TONES
from bot.turn import Turn
from bot.users import load_personality
from context_builder import BuiltContext, build_context
from storage.models import (
    Caregiver,
    EmergencyContact,
    KnowledgeEntry,
    Medication,
    MoodShift,
)

CHUNK_CHARS = 3500  # under every platform's message limit


def _mask(address: str | None) -> str:
    if not address:
        return ""
    if "@" in address:
        local, _, domain = address.partition("@")
        return f"{local[:2]}…@{domain}"
    return f"{address[:3]}…{address[-2:]}" if len(address) > 6 else "…"


def _where_it_goes(turn: Turn) -> str:
    provider = turn.settings.llm_provider
    if provider == "offline":
        return (
            "AI: offline. Nothing leaves this machine; the context below is what a configured "
            "AI provider would receive."
        )
    model = turn.settings.llm_model or "its default model"
    where = f" at {turn.settings.llm_base_url}" if turn.settings.llm_base_url else ""
    return (
        f"AI: {provider} ({model}{where}). With each message it receives the context below "
        "and the message itself; never contact details, never anyone else's data."
    )


def _context_summary(turn: Turn, context: BuiltContext) -> list[str]:
    parts = []
    for placed in context.sections:
        if not placed.text:
            state = "left out"
        elif placed.level == 0:
            state = "full"
        else:
            state = "shortened"
        parts.append(f"{placed.name} {state}")
    lines = [
        f"Context version {context.version}: about {context.tokens} of {context.budget} tokens "
        f"({', '.join(parts)}). /context full shows it.",
    ]
    calls, tokens_in, tokens_out = usage_since(turn.db, turn.user_id, turn.now - WEEK)
    if calls:
        lines.append(
            f"AI use in the last 7 days: {calls} calls, {tokens_in} tokens in, {tokens_out} out."
        )
    return lines


def _full(context: BuiltContext) -> list[Reply]:
    text = f"Context version {context.version}, about {context.tokens} tokens:\n\n{context.text}"
    chunks, current = [], ""
    for line in text.split("\n"):
        while len(line) > CHUNK_CHARS:  # a single very long line
            chunks.append(current + line[: CHUNK_CHARS - len(current)])
            line, current = line[CHUNK_CHARS - len(current) :], ""
        if len(current) + len(line) + 1 > CHUNK_CHARS:
            chunks.append(current.rstrip("\n"))
            current = ""
        current += line + "\n"
    if current.strip():
        chunks.append(current.rstrip("\n"))
    return [Reply(text=chunk) for chunk in chunks]


def handle(turn: Turn, args: str) -> list[Reply]:
    context = build_context(turn.db, turn.settings, user_id=turn.user_id, now=turn.now)
    if args.strip().lower() == "full":
        return _full(context)
    if args.strip():
        return [Reply(text="Use /context for the overview or /context full for everything.")]
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
        lines.append("Facts (confirmed: you said so; inferred: my guess; outdated: unconfirmed "
                     "for six months):")  # fmt: skip
        lines.extend(
            f"  #{fact.id} {fact.value} [{effective_confidence(fact, turn.now)}]" for fact in facts
        )
        lines.append("  /fact 12 confirm, /fact 12 NEW TEXT corrects, /fact 12 delete removes.")
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
    lines.append(_where_it_goes(turn))
    lines.extend(_context_summary(turn, context))
    lines.append(
        "How I talk with you: /settings. Your full data: /export. Delete everything: /forget."
    )
    return [Reply(text="\n".join(lines))]
