"""/link: one person on several platforms (see bot/linking.py)."""

from __future__ import annotations

from sqlalchemy import select

from bot.linking import (
    CODE_LIFETIME,
    Linked,
    Refused,
    display,
    issue_code,
    redeem_code,
)
from bot.messages import Reply
from bot.records.kinds import RECORD_KINDS
from bot.turn import Turn
from bot.users import load_profile
from storage.models import RawMessage

_REFUSALS = {
    "malformed": "That doesn't look like a link code. Codes have 8 letters and digits, like "
    "ABCD-2345. Send /link on the platform you already use to get one.",
    "unknown": "That code isn't valid or has expired (codes last "
    f"{int(CODE_LIFETIME.total_seconds() // 60)} minutes). Send /link on the platform you "
    "already use to get a new one.",
    "same_user": "This account already is the one that code belongs to: nothing to link.",
    "platform_taken": "Your Sanctum account already has an account on this platform linked, "
    "so I can't add a second one here.",
    "too_many_attempts": "Too many codes that didn't work. Please wait 15 minutes and try "
    "again with a fresh code.",
    "conflict": "I couldn't combine the two accounts automatically, so nothing changed. "
    "You can /export from this one and keep using the other.",
}


def handle(turn: Turn, args: str) -> list[Reply]:
    platform = _platform_of(turn)
    if not args.strip():
        code = issue_code(turn.db, turn.user_id, platform, turn.now)
        minutes = int(CODE_LIFETIME.total_seconds() // 60)
        return [
            Reply(
                text="To use Sanctum from another platform too (your records, settings and "
                f"history shared), send this there within {minutes} minutes:\n\n"
                f"/link {display(code)}\n\n"
                "Keep it to yourself: whoever sends this code joins their account to yours "
                "and can see your data. It works once."
            )
        ]
    outcome = redeem_code(turn.db, args, turn.user_id, turn.now)
    if isinstance(outcome, Refused):
        return [Reply(text=_REFUSALS[outcome.reason])]
    return [Reply(text=_linked_text(turn, outcome))]


def _linked_text(turn: Turn, outcome: Linked) -> str:
    # The rest of this message's handling belongs to the joined user now.
    turn.user_id = outcome.target_user_id
    turn.profile = load_profile(turn.db, outcome.target_user_id)
    name = f", {turn.profile.name}" if turn.profile.name else ""
    carried = sum(outcome.moved.get(table, 0) for table in RECORD_KINDS)
    text = (
        f"Linked{name}. This account now shares everything with your "
        f"{outcome.issued_on.capitalize()} account: records, settings and history."
    )
    if carried:
        text += f" I moved {carried} record{'s' if carried != 1 else ''} from here over."
    return text


def _platform_of(turn: Turn) -> str:
    if turn.message_id is not None:
        platform = turn.db.scalar(
            select(RawMessage.platform).where(RawMessage.id == turn.message_id)
        )
        if platform:
            return platform
    return "another platform"
