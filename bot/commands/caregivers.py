"""/caregivers: people who may receive a digest, how often and in how much detail.

    /caregivers                       the list
    /caregivers add Sam, sister, sam@example.com
    /caregivers digest 2 weekly       off | daily | weekly (off by default)
    /caregivers detail 2 summary      minimal | summary
    /caregivers remove 2

A caregiver is stored as pending. Digests only go to caregivers who agreed to receive them
(the invitation is part of contact enrolment), with counts and averages, never what you wrote.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.conversations.intake_answers import parse_contact
from bot.messages import Reply
from bot.turn import Turn
from scheduler.sync import reschedule_user
from storage.models import Caregiver

USAGE = (
    "/caregivers add Sam, sister, sam@example.com · /caregivers digest 2 weekly (off, daily) · "
    "/caregivers detail 2 summary (minimal) · /caregivers remove 2"
)
DETAIL = {
    "minimal": "how many check-ins you answered",
    "summary": "check-ins answered, average mood and sleep, medication taken, whether there "
    "was a crisis moment",
}
MAX_CAREGIVERS = 10


def handle(turn: Turn, args: str) -> list[Reply]:
    words = args.split()
    if not words:
        return [Reply(text=_render(turn))]
    action = words[0].lower()
    if action == "add":
        answer = _add(turn, " ".join(words[1:]))
    elif action in ("digest", "frequency"):
        answer = _set(turn, words[1:], "digest_frequency", ("off", "daily", "weekly"))
    elif action == "detail":
        answer = _set(turn, words[1:], "detail_level", ("minimal", "summary"))
    elif action in ("remove", "delete"):
        answer = _remove(turn, words[1:])
    else:
        return [Reply(text=f"I don't know '/caregivers {action[:20]}'. {USAGE}")]
    reschedule_user(turn.db, turn.user_id, turn.now, turn.settings)
    return [Reply(text=answer)]


def _mine(turn: Turn) -> list[Caregiver]:
    return list(
        turn.db.scalars(
            select(Caregiver).where(Caregiver.user_id == turn.user_id).order_by(Caregiver.id)
        )
    )


def _find(turn: Turn, reference: str) -> Caregiver | None:
    reference = reference.lstrip("#")
    if not reference.isdigit():
        return None
    caregiver = turn.db.get(Caregiver, int(reference))
    return caregiver if caregiver is not None and caregiver.user_id == turn.user_id else None


def _add(turn: Turn, text: str) -> str:
    contact = parse_contact(text)
    if contact is None:
        return (
            "I need a name and one way to reach them: an email, a phone number or a Telegram "
            f"@name. {USAGE}"
        )
    if len(_mine(turn)) >= MAX_CAREGIVERS:
        return f"You can add up to {MAX_CAREGIVERS} caregivers."
    caregiver = Caregiver(
        user_id=turn.user_id,
        name=contact.name,
        channel=contact.channel,
        address=contact.address,
        digest_frequency="off",
        detail_level="minimal",
        opt_in_state="pending",
        created_at=turn.now,
    )
    turn.db.add(caregiver)
    turn.db.flush()
    return (
        f"Added {contact.name} as caregiver #{caregiver.id} ({contact.channel}), not yet "
        "confirmed: they get nothing until they agree, and digests are off until you choose: "
        f"/caregivers digest {caregiver.id} weekly, /caregivers detail {caregiver.id} summary."
    )


def _set(turn: Turn, words: list[str], column: str, allowed: tuple[str, ...]) -> str:
    if len(words) != 2 or words[1].lower() not in allowed:
        return f"Use a caregiver's number and one of: {', '.join(allowed)}. {USAGE}"
    caregiver = _find(turn, words[0])
    if caregiver is None:
        return "I can't find that caregiver. /caregivers lists them."
    value = words[1].lower()
    setattr(caregiver, column, value)
    if column == "detail_level":
        return f"{caregiver.name}'s digests will show {DETAIL[value]}. Never what you wrote."
    if value == "off":
        return f"No more digests for {caregiver.name}."
    pending = "" if caregiver.opt_in_state == "opted_in" else " once they agree to receive them"
    return (
        f"{caregiver.name} will get a {value} digest{pending}, showing "
        f"{DETAIL[caregiver.detail_level]}."
    )


def _remove(turn: Turn, words: list[str]) -> str:
    caregiver = _find(turn, words[0]) if words else None
    if caregiver is None:
        return "I can't find that caregiver. /caregivers lists them."
    name = caregiver.name
    turn.db.delete(caregiver)
    return f"Removed {name}. They won't get anything from me."


def _masked(address: str | None) -> str:
    if not address:
        return ""
    if "@" in address[1:]:
        local, _, domain = address.partition("@")
        return f"{local[:2]}…@{domain}"
    return f"{address[:3]}…{address[-2:]}" if len(address) > 6 else "…"


def _render(turn: Turn) -> str:
    caregivers = _mine(turn)
    if not caregivers:
        return f"No caregivers yet. Digests are off by default. {USAGE}"
    lines = ["Caregivers (digests hold counts and averages, never what you wrote):"]
    for caregiver in caregivers:
        state = caregiver.opt_in_state.replace("_", " ")
        lines.append(
            f"• #{caregiver.id} {caregiver.name}, {caregiver.channel} {_masked(caregiver.address)}"
            f" [{state}]: digest {caregiver.digest_frequency}, detail {caregiver.detail_level}"
        )
    lines.append(USAGE)
    return "\n".join(lines)
